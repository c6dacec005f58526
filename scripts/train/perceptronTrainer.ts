import { PerceptronModel } from '../../src/core/names/perceptronModel';
import { ViterbiDecoder } from '../../src/core/names/viterbiDecoder';
import type { Example } from './trainingExamples';

// Collins' structured perceptron with weight averaging: decode each sentence with the
// current weights, and where the best path differs from the gold one, add the gold
// path's features and subtract the predicted path's. The averaged weights (the mean over
// every step) are what generalizes; they are computed with the usual lazy trick:
// avg = w - u / c, where u accumulates c × each update.

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Called after each epoch with the averaged model in place; return to continue. */
  onEpoch?: (epoch: number, mistakes: number) => void;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainPerceptron(model: PerceptronModel, examples: Example[], options: TrainOptions): void {
  const L = model.labels;
  const mask = model.mask;
  const w = model.weights;
  const tr = model.transitions;
  const raw = Float32Array.from(w);
  const rawTr = Float32Array.from(tr);
  const acc = new Float64Array(w.length);
  const accTr = new Float64Array(tr.length);
  const decoder = new ViterbiDecoder(L);
  const random = mulberry32(options.seed);
  const order = examples.map((_, i) => i);
  let emissions = new Float64Array(1024);
  let predicted = new Int32Array(256);
  let c = 1;
  // Decode with the raw (non-averaged) weights, as the perceptron requires.
  const scoring = new PerceptronModel(model.tableBits, L, raw, rawTr);

  const update = (keys: Uint32Array, from: number, to: number, label: number, delta: number): void => {
    for (let f = from; f < to; f++) {
      const idx = (keys[f] & mask) * L + label;
      raw[idx] += delta;
      acc[idx] += c * delta;
    }
  };
  const updateTransition = (prev: number, label: number, delta: number): void => {
    const idx = (prev + 1) * L + label;
    rawTr[idx] += delta;
    accTr[idx] += c * delta;
  };

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let mistakes = 0;
    for (const index of order) {
      const ex = examples[index];
      const n = ex.gold.length;
      if (emissions.length < n * L) emissions = new Float64Array(n * L * 2);
      if (predicted.length < n) predicted = new Int32Array(n * 2);
      scoring.emissions(ex, n, ex.candidates, 0, emissions);
      decoder.decode(emissions, rawTr, n, predicted);
      let wrong = false;
      for (let t = 0; t < n; t++) {
        const g = ex.gold[t];
        const p = predicted[t];
        if (g !== p) {
          wrong = true;
          update(ex.keys, ex.offsets[t], ex.offsets[t + 1], g, 1);
          update(ex.keys, ex.offsets[t], ex.offsets[t + 1], p, -1);
        }
        const gp = t > 0 ? ex.gold[t - 1] : -1;
        const pp = t > 0 ? predicted[t - 1] : -1;
        if (g !== p || gp !== pp) {
          updateTransition(gp, g, 1);
          updateTransition(pp, p, -1);
        }
      }
      if (wrong) mistakes++;
      c++;
    }
    for (let k = 0; k < w.length; k++) w[k] = raw[k] - acc[k] / c;
    for (let k = 0; k < tr.length; k++) tr[k] = rawTr[k] - accTr[k] / c;
    options.onEpoch?.(epoch, mistakes);
  }
}
