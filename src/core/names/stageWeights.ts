import { addRows, type PerceptronModel } from './perceptronModel';

// The tagger's stages read the same keys (a later stage's features are stage 1's plus a
// few), and each key's row is a fetch from a table too large for the processor's caches.
// With the stages' tables interleaved row by row, one fetch brings a key's rows of every
// stage: the later stages' look-ups of stage 1's keys hit the cache.

export class StageWeights {
  /** Row r of stage s at table[r · stride + s · labels]; null when the stages' tables differ in size. */
  private readonly table: Float32Array | null = null;
  private readonly stride: number;
  private readonly mask: number;

  constructor(private readonly stages: readonly PerceptronModel[]) {
    const { tableBits, labels } = stages[0];
    this.stride = stages.length * labels;
    this.mask = stages[0].mask;
    if (stages.length < 2 || labels !== 9 || stages.some((s) => s.tableBits !== tableBits || s.labels !== labels)) return;
    const rows = 1 << tableBits;
    const table = new Float32Array(rows * this.stride);
    stages.forEach((s, k) => {
      const { weights } = s;
      for (let r = 0; r < rows; r++) {
        const to = r * this.stride + k * labels;
        for (let y = 0; y < labels; y++) table[to + y] = weights[r * labels + y];
      }
    });
    this.table = table;
  }

  /** addRows (perceptronModel.ts) of stage s, from the interleaved table where there is one. */
  add(s: number, keys: Uint32Array, from: number, to: number, init: Float64Array, initAt: number, out: Float64Array, outAt: number): void {
    const { table } = this;
    if (table === null) {
      addRows(this.stages[s], keys, from, to, init, initAt, out, outAt);
      return;
    }
    const { stride, mask } = this;
    const offset = s * 9;
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
      const w = (keys[f] & mask) * stride + offset;
      a0 += table[w];
      a1 += table[w + 1];
      a2 += table[w + 2];
      a3 += table[w + 3];
      a4 += table[w + 4];
      a5 += table[w + 5];
      a6 += table[w + 6];
      a7 += table[w + 7];
      a8 += table[w + 8];
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
}
