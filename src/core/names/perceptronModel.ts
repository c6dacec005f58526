import type { SentenceKeys } from './featureExtractor';

// The linear model: one weight per (hashed feature, label) and one per label transition.
// Shared by the trainer (which updates the weights) and the tagger (which only reads).

export class PerceptronModel {
  readonly weights: Float32Array;
  readonly transitions: Float32Array;

  constructor(
    readonly tableBits: number,
    readonly labels: number,
    readonly vocabulary: ReadonlyMap<string, number>,
    weights?: Float32Array,
    transitions?: Float32Array,
  ) {
    this.weights = weights ?? new Float32Array((1 << tableBits) * labels);
    this.transitions = transitions ?? new Float32Array((labels + 1) * labels);
  }

  get mask(): number {
    return (1 << this.tableBits) - 1;
  }

  /** Label scores of every token of the sentence in `features` into `out` (count × labels). */
  emissions(features: SentenceKeys, count: number, out: Float64Array): void {
    const L = this.labels;
    const { weights } = this;
    const mask = this.mask;
    const { keys, offsets } = features;
    out.fill(0, 0, count * L);
    for (let i = 0; i < count; i++) {
      const base = i * L;
      for (let f = offsets[i], end = offsets[i + 1]; f < end; f++) {
        const w = (keys[f] & mask) * L;
        for (let y = 0; y < L; y++) out[base + y] += weights[w + y];
      }
    }
  }
}
