import type { PerceptronModel, TaggerModel } from '../../src/core/names/perceptronModel';
import { CASE_CLASS_COUNT } from '../../src/core/names/caseClasses';
import { MODEL_FORMAT, type SerializedModel, type SerializedStage } from '../../src/core/names/modelFormat';

// Writes a trained model in the shipped format (src/core/names/modelFormat.ts reads it).

const LEVELS = 127;

export function serializeModel(model: TaggerModel, trainedOn: string): SerializedModel {
  const words = [...model.vocabulary.entries()].sort((a, b) => a[1] - b[1]).map(([w]) => w);
  const caseClasses: string[][] = Array.from({ length: CASE_CLASS_COUNT - 1 }, () => []);
  for (const [word, k] of model.caseClasses) caseClasses[k - 1].push(word);
  return {
    format: MODEL_FORMAT,
    trainedOn,
    vocabulary: words.join('\n'),
    caseClasses: caseClasses.map((list) => list.join('\n')),
    stages: model.stages.map((s) => serializeStage(s)),
  };
}

/**
 * Each weight as one byte: a sign bit and the index of the nearest of 127 magnitude levels
 * spaced geometrically from the 2nd-percentile magnitude to the largest, so every weight
 * keeps its value within about 4 % whether it is one of the many small ones or one of
 * the few large ones (a linear int8 scale loses one or the other).
 */
function serializeStage(model: PerceptronModel): SerializedStage {
  const L = model.labels;
  const rows = 1 << model.tableBits;
  const magnitudes = Float64Array.from(model.weights, Math.abs).filter((x) => x > 0).sort();
  const lo = magnitudes.length ? magnitudes[Math.floor(magnitudes.length * 0.02)] : 1;
  const hi = magnitudes.length ? magnitudes[magnitudes.length - 1] : 1;
  const levels: number[] = [];
  for (let k = 0; k < LEVELS; k++) levels.push(lo * Math.pow(hi / lo, k / (LEVELS - 1)));
  // Midpoints between levels: a magnitude below bounds[k] rounds to level k.
  const bounds = levels.slice(1).map((v, k) => (v + levels[k]) / 2);
  const code = (w: number): number => {
    const m = Math.abs(w);
    if (m < levels[0] / 2) return 0;
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (m < bounds[mid]) hi = mid;
      else lo = mid + 1;
    }
    return (lo + 1) | (w < 0 ? 0x80 : 0);
  };
  const bytes: number[] = [];
  let last = -1;
  for (let r = 0; r < rows; r++) {
    let mask = 0;
    const q: number[] = [];
    for (let y = 0; y < L; y++) {
      const c = code(model.weights[r * L + y]);
      if (c !== 0) {
        mask |= 1 << y;
        q.push(c);
      }
    }
    if (!mask) continue;
    writeVarint(bytes, r - last - 1);
    last = r;
    bytes.push(mask & 0xff, mask >> 8);
    for (const v of q) bytes.push(v);
  }
  return {
    tableBits: model.tableBits,
    labels: L,
    transitions: Array.from(model.transitions, (x) => Math.round(x * 1e4) / 1e4),
    levels: levels.map((x) => Number(x.toPrecision(5))),
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
