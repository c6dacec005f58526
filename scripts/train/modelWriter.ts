import type { PerceptronModel } from '../../src/core/names/perceptronModel';
import { MODEL_FORMAT, type SerializedModel } from '../../src/core/names/modelFormat';

// Writes a trained model in the shipped format (src/core/names/modelFormat.ts reads it).

export function serializeModel(model: PerceptronModel, trainedOn: string, clipQuantile = 0.9999): SerializedModel {
  const L = model.labels;
  const rows = 1 << model.tableBits;
  const magnitudes = Array.from(model.weights, Math.abs).filter((x) => x > 0).sort((a, b) => a - b);
  const top = magnitudes.length ? magnitudes[Math.min(magnitudes.length - 1, Math.floor(magnitudes.length * clipQuantile))] : 1;
  const scale = top / 127;
  const bytes: number[] = [];
  let last = -1;
  for (let r = 0; r < rows; r++) {
    let mask = 0;
    const q: number[] = [];
    for (let y = 0; y < L; y++) {
      const v = Math.max(-127, Math.min(127, Math.round(model.weights[r * L + y] / scale)));
      if (v !== 0) {
        mask |= 1 << y;
        q.push(v);
      }
    }
    if (!mask) continue;
    writeVarint(bytes, r - last - 1);
    last = r;
    bytes.push(mask & 0xff, mask >> 8);
    for (const v of q) bytes.push(v & 0xff);
  }
  const words = [...model.vocabulary.entries()].sort((a, b) => a[1] - b[1]).map(([w]) => w);
  return {
    format: MODEL_FORMAT,
    tableBits: model.tableBits,
    labels: L,
    trainedOn,
    vocabulary: words.join('\n'),
    transitions: Array.from(model.transitions, (x) => Math.round(x * 1e4) / 1e4),
    scale,
    weights: Buffer.from(bytes).toString('base64'),
  };
}

function writeVarint(out: number[], value: number): void {
  while (value >= 0x80) {
    out.push((value & 0x7f) | 0x80);
    value >>>= 7;
  }
  out.push(value);
}

