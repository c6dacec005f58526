import type { SentenceKeys } from './featureExtractor';

// One linear stage of the tagger: a weight per (hashed feature, label) and one per label
// transition. Shared by the trainer (which updates the weights) and the tagger (which
// only reads them).

export class PerceptronModel {
  readonly weights: Float32Array;
  readonly transitions: Float32Array;
  readonly mask: number;

  constructor(
    readonly tableBits: number,
    readonly labels: number,
    weights?: Float32Array,
    transitions?: Float32Array,
    /**
     * The weights of a model read from its file (modelFormat.ts) as one-byte codes:
     * weights[k] = values[codes[k]] for every k (code 0 stands for 0).
     */
    readonly quantized: { codes: Uint8Array; values: Float64Array } | null = null,
  ) {
    this.weights = weights ?? new Float32Array((1 << tableBits) * labels);
    this.transitions = transitions ?? new Float32Array((labels + 1) * labels);
    this.zeros = new Float64Array(labels);
    this.mask = (1 << tableBits) - 1;
  }

  /**
   * Label scores of every token of the sentence in `features` into `out` (count × labels).
   * Tokens that are not name candidates (candidates[first + i] = 0) can only be O.
   */
  emissions(features: SentenceKeys, count: number, candidates: Uint8Array, first: number, out: Float64Array): void {
    const L = this.labels;
    const { keys, offsets } = features;
    for (let i = 0; i < count; i++) {
      const base = i * L;
      if (!candidates[first + i]) {
        out[base] = 0;
        for (let y = 1; y < L; y++) out[base + y] = -Infinity;
        continue;
      }
      addRows(this, keys, offsets[i], offsets[i + 1], this.zeros, 0, out, base);
    }
  }

  /** A row of zeros to add the weights to (0 + w is exactly w). */
  private readonly zeros: Float64Array;
}

/**
 * out[outAt + y] = init[initAt + y] plus the stage's weights of label y for keys[from, to),
 * for every label y (`out` may be `init`).
 */
export function addRows(stage: PerceptronModel, keys: Uint32Array, from: number, to: number, init: Float64Array, initAt: number, out: Float64Array, outAt: number): void {
  const { weights, mask, labels: L } = stage;
  if (L === 9) {
    addRows9(weights, keys, from, to, mask, init, initAt, out, outAt);
    return;
  }
  for (let y = 0; y < L; y++) out[outAt + y] = init[initAt + y];
  for (let f = from; f < to; f++) {
    const w = (keys[f] & mask) * L;
    for (let y = 0; y < L; y++) out[outAt + y] += weights[w + y];
  }
}

// The nine-label case (BIO over four types) unrolled into locals: V8 keeps them in
// registers, about three times faster than the loop over labels.
function addRows9(weights: Float32Array, keys: Uint32Array, from: number, to: number, mask: number, init: Float64Array, initAt: number, out: Float64Array, outAt: number): void {
  let a0 = init[initAt];
  let a1 = init[initAt + 1];
  let a2 = init[initAt + 2];
  let a3 = init[initAt + 3];
  let a4 = init[initAt + 4];
  let a5 = init[initAt + 5];
  let a6 = init[initAt + 6];
  let a7 = init[initAt + 7];
  let a8 = init[initAt + 8];
  for (let f = from; f < to; f++) {
    const w = (keys[f] & mask) * 9;
    a0 += weights[w];
    a1 += weights[w + 1];
    a2 += weights[w + 2];
    a3 += weights[w + 3];
    a4 += weights[w + 4];
    a5 += weights[w + 5];
    a6 += weights[w + 6];
    a7 += weights[w + 7];
    a8 += weights[w + 8];
  }
  out[outAt] = a0;
  out[outAt + 1] = a1;
  out[outAt + 2] = a2;
  out[outAt + 3] = a3;
  out[outAt + 4] = a4;
  out[outAt + 5] = a5;
  out[outAt + 6] = a6;
  out[outAt + 7] = a7;
  out[outAt + 8] = a8;
}

/** The whole tagger's model: the vocabulary its features use and one or two stages. */
export interface TaggerModel {
  vocabulary: ReadonlyMap<string, number>;
  /** caseClasses.ts class of each counted word. */
  caseClasses: ReadonlyMap<string, number>;
  /** Stage 1 alone, or stage 1 then stage 2 (which also sees stage 1's labels). */
  stages: PerceptronModel[];
}
