import { isAllowedTransition, OUTSIDE } from './nerLabels';

// First-order Viterbi over label scores: emissions[i * L + y] for token i and label y,
// transitions[(prev + 1) * L + y] with prev = -1 for the sentence start. Forbidden moves
// (O → I-X, B-X → I-Y) are never taken. Linear in the sentence length; a token whose
// only finite label is O (not a name candidate) costs one step instead of L².

const allowedCache = new Map<number, Uint8Array>();
const predecessorCache = new Map<number, { list: Int8Array; start: Int32Array }>();

/** For each label y, the labels that may precede it: list[start[y] .. start[y + 1]). */
function predecessors(labels: number): { list: Int8Array; start: Int32Array } {
  let p = predecessorCache.get(labels);
  if (p) return p;
  const list: number[] = [];
  const start = new Int32Array(labels + 1);
  for (let y = 0; y < labels; y++) {
    start[y] = list.length;
    for (let q = 0; q < labels; q++) if (isAllowedTransition(q, y)) list.push(q);
  }
  start[labels] = list.length;
  p = { list: Int8Array.from(list), start };
  predecessorCache.set(labels, p);
  return p;
}

function allowedTable(labels: number): Uint8Array {
  let table = allowedCache.get(labels);
  if (table) return table;
  table = new Uint8Array((labels + 1) * labels);
  for (let p = -1; p < labels; p++) {
    for (let y = 0; y < labels; y++) table[(p + 1) * labels + y] = isAllowedTransition(p < 0 ? OUTSIDE : p, y) ? 1 : 0;
  }
  allowedCache.set(labels, table);
  return table;
}

export class ViterbiDecoder {
  private scores = new Float64Array(0);
  private back = new Int32Array(0);
  private readonly last = new Float64Array(9);

  /** allowedTable(labels), looked up once: a run of one or two tokens is most of the work. */
  private readonly allowed: Uint8Array;

  constructor(private readonly labels: number) {
    this.allowed = allowedTable(labels);
  }

  /** Best label sequence for `length` tokens, written into `out`. */
  decode(emissions: ArrayLike<number>, transitions: ArrayLike<number>, length: number, out: Int32Array): void {
    this.decodeRun(emissions, 0, transitions, length, -1, false, out, 0);
  }

  /**
   * Best labels for a run of `length` tokens whose scores start at emissions[from]: entered
   * from label `before` (-1: the sentence start) and, when `thenOutside`, followed by a
   * token that must be O (its transition is scored). Written to out[outAt ...].
   */
  decodeRun(
    emissions: ArrayLike<number>, from: number, transitions: ArrayLike<number>, length: number,
    before: number, thenOutside: boolean, out: Int32Array, outAt: number,
  ): void {
    const L = this.labels;
    if (length === 0) return;
    if (this.scores.length < length * L) {
      this.scores = new Float64Array(length * L * 2);
      this.back = new Int32Array(length * L * 2);
    }
    const { scores, back } = this;
    const allowed = allowedTable(L);
    const startRow = (before + 1) * L;
    for (let y = 0; y < L; y++) {
      scores[y] = allowed[startRow + y] ? transitions[startRow + y] + emissions[from + y] : -Infinity;
      back[y] = -1;
    }
    const { list, start } = predecessors(L);
    for (let i = 1; i < length; i++) {
      const base = i * L;
      const prevBase = base - L;
      const e = from + base;
      const onlyOutside = emissions[e + 1] === -Infinity && emissions[e + 2] === -Infinity;
      for (let y = 0; y < L; y++) {
        if (onlyOutside && y !== OUTSIDE) {
          scores[base + y] = -Infinity;
          back[base + y] = 0;
          continue;
        }
        let best = -Infinity;
        let arg = 0;
        for (let k = start[y], end = start[y + 1]; k < end; k++) {
          const p = list[k];
          const s = scores[prevBase + p] + transitions[(p + 1) * L + y];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        scores[base + y] = best + emissions[e + y];
        back[base + y] = arg;
      }
    }
    const lastBase = (length - 1) * L;
    let arg = 0;
    let best = -Infinity;
    for (let y = 0; y < L; y++) {
      const s = scores[lastBase + y] + (thenOutside ? transitions[(y + 1) * L + OUTSIDE] : 0);
      if (s > best) {
        best = s;
        arg = y;
      }
    }
    for (let i = length - 1; i >= 0; i--) {
      out[outAt + i] = arg;
      arg = back[i * L + arg];
    }
  }

  /**
   * decodeRun of a run of name candidates, whose scores are all finite (no label ruled out
   * by its emission). For the nine labels of nerLabels.ts the loops are unrolled into
   * locals; the comparisons are decodeRun's, in its order, so the path and its tie-breaks
   * are the same. Other label sets go to decodeRun.
   */
  decodeCandidateRun(
    emissions: Float64Array, from: number, transitions: Float32Array, length: number,
    before: number, thenOutside: boolean, out: Int32Array, outAt: number,
  ): void {
    const L = this.labels;
    if (L !== 9 || length === 0) {
      this.decodeRun(emissions, from, transitions, length, before, thenOutside, out, outAt);
      return;
    }
    if (this.back.length < length * L) {
      this.scores = new Float64Array(length * L * 2);
      this.back = new Int32Array(length * L * 2);
    }
    const { back } = this;
    const T = transitions;
    const e0 = from;
    const startRow = (before + 1) * L;
    const { allowed } = this;
    let s0 = allowed[startRow] ? T[startRow] + emissions[e0] : -Infinity;
    let s1 = allowed[startRow + 1] ? T[startRow + 1] + emissions[e0 + 1] : -Infinity;
    let s2 = allowed[startRow + 2] ? T[startRow + 2] + emissions[e0 + 2] : -Infinity;
    let s3 = allowed[startRow + 3] ? T[startRow + 3] + emissions[e0 + 3] : -Infinity;
    let s4 = allowed[startRow + 4] ? T[startRow + 4] + emissions[e0 + 4] : -Infinity;
    let s5 = allowed[startRow + 5] ? T[startRow + 5] + emissions[e0 + 5] : -Infinity;
    let s6 = allowed[startRow + 6] ? T[startRow + 6] + emissions[e0 + 6] : -Infinity;
    let s7 = allowed[startRow + 7] ? T[startRow + 7] + emissions[e0 + 7] : -Infinity;
    let s8 = allowed[startRow + 8] ? T[startRow + 8] + emissions[e0 + 8] : -Infinity;
    for (let i = 1; i < length; i++) {
      const e = from + i * L;
      const b = i * L;
      // O and B-X may follow any label; I-X only B-X and I-X (isAllowedTransition).
      const n0 = anyBefore(s0, s1, s2, s3, s4, s5, s6, s7, s8, T, 0, back, b) + emissions[e];
      const n1 = anyBefore(s0, s1, s2, s3, s4, s5, s6, s7, s8, T, 1, back, b) + emissions[e + 1];
      const n2 = sameTypeBefore(s1, s2, T, 2, back, b) + emissions[e + 2];
      const n3 = anyBefore(s0, s1, s2, s3, s4, s5, s6, s7, s8, T, 3, back, b) + emissions[e + 3];
      const n4 = sameTypeBefore(s3, s4, T, 4, back, b) + emissions[e + 4];
      const n5 = anyBefore(s0, s1, s2, s3, s4, s5, s6, s7, s8, T, 5, back, b) + emissions[e + 5];
      const n6 = sameTypeBefore(s5, s6, T, 6, back, b) + emissions[e + 6];
      const n7 = anyBefore(s0, s1, s2, s3, s4, s5, s6, s7, s8, T, 7, back, b) + emissions[e + 7];
      const n8 = sameTypeBefore(s7, s8, T, 8, back, b) + emissions[e + 8];
      s0 = n0;
      s1 = n1;
      s2 = n2;
      s3 = n3;
      s4 = n4;
      s5 = n5;
      s6 = n6;
      s7 = n7;
      s8 = n8;
    }
    // Into O after the run (its transition) or the sentence's end (none).
    const { last } = this;
    last[0] = s0;
    last[1] = s1;
    last[2] = s2;
    last[3] = s3;
    last[4] = s4;
    last[5] = s5;
    last[6] = s6;
    last[7] = s7;
    last[8] = s8;
    let arg = 0;
    let best = -Infinity;
    for (let y = 0; y < L; y++) {
      const s = last[y] + (thenOutside ? T[(y + 1) * L + OUTSIDE] : 0);
      if (s > best) {
        best = s;
        arg = y;
      }
    }
    for (let i = length - 1; i >= 0; i--) {
      out[outAt + i] = arg;
      arg = back[i * L + arg];
    }
  }
}

/** The best score into label y from any label (scores s0..s8), its label written to back[at + y]. */
function anyBefore(
  s0: number, s1: number, s2: number, s3: number, s4: number, s5: number, s6: number, s7: number, s8: number,
  T: Float32Array, y: number, back: Int32Array, at: number,
): number {
  let best = -Infinity;
  let arg = 0;
  let s = s0 + T[9 + y];
  if (s > best) {
    best = s;
    arg = 0;
  }
  s = s1 + T[18 + y];
  if (s > best) {
    best = s;
    arg = 1;
  }
  s = s2 + T[27 + y];
  if (s > best) {
    best = s;
    arg = 2;
  }
  s = s3 + T[36 + y];
  if (s > best) {
    best = s;
    arg = 3;
  }
  s = s4 + T[45 + y];
  if (s > best) {
    best = s;
    arg = 4;
  }
  s = s5 + T[54 + y];
  if (s > best) {
    best = s;
    arg = 5;
  }
  s = s6 + T[63 + y];
  if (s > best) {
    best = s;
    arg = 6;
  }
  s = s7 + T[72 + y];
  if (s > best) {
    best = s;
    arg = 7;
  }
  s = s8 + T[81 + y];
  if (s > best) {
    best = s;
    arg = 8;
  }
  back[at + y] = arg;
  return best;
}

/** The best score into I-X (label y) from B-X (score b, label y - 1) or I-X (score i), its label written to back[at + y]. */
function sameTypeBefore(b: number, i: number, T: Float32Array, y: number, back: Int32Array, at: number): number {
  let best = -Infinity;
  let arg = 0;
  let s = b + T[y * 9 + y];
  if (s > best) {
    best = s;
    arg = y - 1;
  }
  s = i + T[(y + 1) * 9 + y];
  if (s > best) {
    best = s;
    arg = y;
  }
  back[at + y] = arg;
  return best;
}
