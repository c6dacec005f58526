import { addRows, type PerceptronModel } from './perceptronModel';

// Each key's row of weights is a fetch from a table too large for the processor's caches
// (2.4 MB a stage as float32), and the tagger's stages read the same keys. A model read
// from its file has one-byte weights (modelFormat.ts): their codes, interleaved row by row
// for all stages, make a table of 1.2 MB in which one fetch brings a key's rows of every
// stage. The values the codes stand for are the float32 weights themselves, so the sums
// are the same.

export class StageWeights {
  /** Row r of stage s at codes[r · stride + s · labels]; null when the stages have no codes or differ in size. */
  private readonly codes: Uint8Array | null = null;
  /** Stage s's value of code b at values[s · 256 + b]. */
  private readonly values = new Float64Array(0);
  private readonly stride: number;
  private readonly mask: number;

  constructor(private readonly stages: readonly PerceptronModel[]) {
    const { tableBits, labels } = stages[0];
    this.stride = stages.length * labels;
    this.mask = stages[0].mask;
    if (labels !== 9 || stages.some((s) => s.quantized === null || s.tableBits !== tableBits || s.labels !== labels)) return;
    const rows = 1 << tableBits;
    const codes = new Uint8Array(rows * this.stride);
    this.values = new Float64Array(256 * stages.length);
    stages.forEach((s, k) => {
      const quantized = s.quantized as { codes: Uint8Array; values: Float64Array };
      this.values.set(quantized.values, 256 * k);
      const own = quantized.codes;
      for (let r = 0; r < rows; r++) {
        const to = r * this.stride + k * labels;
        for (let y = 0; y < labels; y++) codes[to + y] = own[r * labels + y];
      }
    });
    this.codes = codes;
  }

  /** addRows (perceptronModel.ts) of stage s, from the table of codes where there is one. */
  add(s: number, keys: Uint32Array, from: number, to: number, init: Float64Array, initAt: number, out: Float64Array, outAt: number): void {
    const { codes } = this;
    if (codes === null) {
      addRows(this.stages[s], keys, from, to, init, initAt, out, outAt);
      return;
    }
    const { stride, mask } = this;
    const offset = s * 9;
    const { values } = this;
    const v = s * 256;
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
      a0 += values[v + codes[w]];
      a1 += values[v + codes[w + 1]];
      a2 += values[v + codes[w + 2]];
      a3 += values[v + codes[w + 3]];
      a4 += values[v + codes[w + 4]];
      a5 += values[v + codes[w + 5]];
      a6 += values[v + codes[w + 6]];
      a7 += values[v + codes[w + 7]];
      a8 += values[v + codes[w + 8]];
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
