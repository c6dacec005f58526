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
  /** decodeCandidateRun's scores of the current and the next token, one per label. */
  private readonly current = new Float64Array(9);
  private readonly next = new Float64Array(9);

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
    traceBack(scores, (length - 1) * L, transitions, L, thenOutside, back, length, out, outAt);
  }

  /**
   * decodeRun of a run of name candidates, whose scores are all finite (no label ruled out
   * by its emission). For the nine labels of nerLabels.ts the loop over labels is
   * unrolled into calls per label; the comparisons are decodeRun's, in its order, so the path and its tie-breaks
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
    // The scores live in two typed arrays swapped per token, not in locals passed to the
    // helpers: a helper left out of line (anyBefore is called five times a token) would
    // box each double argument and its result on the heap, a few MB of garbage a run.
    let cur = this.current;
    let next = this.next;
    for (let y = 0; y < 9; y++) cur[y] = allowed[startRow + y] ? T[startRow + y] + emissions[e0 + y] : -Infinity;
    for (let i = 1; i < length; i++) {
      const e = from + i * L;
      const b = i * L;
      // O and B-X may follow any label; I-X only B-X and I-X (isAllowedTransition).
      anyBefore(cur, T, 0, back, b, emissions, e, next);
      anyBefore(cur, T, 1, back, b, emissions, e, next);
      sameTypeBefore(cur, T, 2, back, b, emissions, e, next);
      anyBefore(cur, T, 3, back, b, emissions, e, next);
      sameTypeBefore(cur, T, 4, back, b, emissions, e, next);
      anyBefore(cur, T, 5, back, b, emissions, e, next);
      sameTypeBefore(cur, T, 6, back, b, emissions, e, next);
      anyBefore(cur, T, 7, back, b, emissions, e, next);
      sameTypeBefore(cur, T, 8, back, b, emissions, e, next);
      const swap = cur;
      cur = next;
      next = swap;
    }
    // Into O after the run (its transition) or the sentence's end (none).
    traceBack(cur, 0, T, L, thenOutside, back, length, out, outAt);
  }
}

/**
 * The end of a decode: the best label of the run's last token, its scores read from `last` at
 * `lastAt` (with the transition into O after the run where `thenOutside`), then the path back
 * through `back`, written to out[outAt ...].
 */
function traceBack(
  last: ArrayLike<number>, lastAt: number, transitions: ArrayLike<number>, L: number,
  thenOutside: boolean, back: Int32Array, length: number, out: Int32Array, outAt: number,
): void {
  let arg = 0;
  let best = -Infinity;
  for (let y = 0; y < L; y++) {
    const s = last[lastAt + y] + (thenOutside ? transitions[(y + 1) * L + OUTSIDE] : 0);
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
 * The best score into label y from any label (scores s[0..8]) plus y's emission
 * emissions[e + y], written to next[y], its label to back[at + y].
 */
function anyBefore(s: Float64Array, T: Float32Array, y: number, back: Int32Array, at: number, emissions: Float64Array, e: number, next: Float64Array): void {
  let best = -Infinity;
  let arg = 0;
  for (let p = 0; p < 9; p++) {
    const v = s[p] + T[(p + 1) * 9 + y];
    if (v > best) {
      best = v;
      arg = p;
    }
  }
  back[at + y] = arg;
  next[y] = best + emissions[e + y];
}

/**
 * The best score into I-X (label y) from B-X (label y - 1) or I-X (label y) plus y's
 * emission, written to next[y], its label to back[at + y].
 */
function sameTypeBefore(s: Float64Array, T: Float32Array, y: number, back: Int32Array, at: number, emissions: Float64Array, e: number, next: Float64Array): void {
  let best = -Infinity;
  let arg = 0;
  let v = s[y - 1] + T[y * 9 + y];
  if (v > best) {
    best = v;
    arg = y - 1;
  }
  v = s[y] + T[(y + 1) * 9 + y];
  if (v > best) {
    best = v;
    arg = y;
  }
  back[at + y] = arg;
  next[y] = best + emissions[e + y];
}
