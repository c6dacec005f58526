import { isAllowedTransition } from './nerLabels';

// First-order Viterbi over label scores: emissions[i * L + y] for token i and label y,
// transitions[(prev + 1) * L + y] with prev = -1 for the sentence start. Forbidden moves
// (O → I-X, B-X → I-Y) are never taken. Linear in the sentence length.

const allowedCache = new Map<number, Uint8Array>();

function allowedTable(labels: number): Uint8Array {
  let table = allowedCache.get(labels);
  if (table) return table;
  table = new Uint8Array((labels + 1) * labels);
  for (let p = -1; p < labels; p++) {
    for (let y = 0; y < labels; y++) table[(p + 1) * labels + y] = isAllowedTransition(p < 0 ? 0 : p, y) ? 1 : 0;
  }
  allowedCache.set(labels, table);
  return table;
}

export class ViterbiDecoder {
  private scores = new Float64Array(0);
  private back = new Int32Array(0);

  constructor(private readonly labels: number) {}

  /** Best label sequence for `length` tokens, written into `out`. */
  decode(emissions: ArrayLike<number>, transitions: ArrayLike<number>, length: number, out: Int32Array | number[]): void {
    const L = this.labels;
    if (length === 0) return;
    if (this.scores.length < length * L) {
      this.scores = new Float64Array(length * L * 2);
      this.back = new Int32Array(length * L * 2);
    }
    const { scores, back } = this;
    const allowed = allowedTable(L);
    for (let y = 0; y < L; y++) {
      scores[y] = allowed[y] ? transitions[y] + emissions[y] : -Infinity;
      back[y] = -1;
    }
    for (let i = 1; i < length; i++) {
      const base = i * L;
      const prevBase = base - L;
      for (let y = 0; y < L; y++) {
        let best = -Infinity;
        let arg = 0;
        for (let p = 0; p < L; p++) {
          if (!allowed[(p + 1) * L + y]) continue;
          const s = scores[prevBase + p] + transitions[(p + 1) * L + y];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        scores[base + y] = best + emissions[base + y];
        back[base + y] = arg;
      }
    }
    const lastBase = (length - 1) * L;
    let arg = 0;
    for (let y = 1; y < L; y++) if (scores[lastBase + y] > scores[lastBase + arg]) arg = y;
    for (let i = length - 1; i >= 0; i--) {
      out[i] = arg;
      arg = back[i * L + arg];
    }
  }
}
