import { MAX_WORD_KEYS, wordKeys, type WordProfile } from './featureExtractor';
import type { PerceptronModel } from './perceptronModel';
import type { StageWeights } from './stageWeights';

// About half of a candidate token's features depend on its word and its context class
// alone (wordKeys), and news repeats its words, names most of all: each stage's weights of
// those keys are summed once per word and context and kept on the word's profile, so a
// token costs only the look-ups of its context keys. The sums come out bit for bit as in
// any other order (weightSumsAreExact), so the tagging is the same as summing token by token.

/** Context classes of featureExtractor.ts (Ctx). */
const CONTEXTS = 4;
/** Bits per context in WordProfile.scoresFilled: 0 for none, else 1 + the slot of its rows. */
const SLOT_BITS = 3;

export class WordScores {
  private readonly keys = new Uint32Array(MAX_WORD_KEYS);
  private readonly labels: number;
  /** Numbers of one context's rows: one row per stage. */
  private readonly block: number;

  constructor(private readonly stages: readonly PerceptronModel[], private readonly weights: StageWeights) {
    this.labels = stages[0].labels;
    this.block = stages.length * this.labels;
  }

  /**
   * Where in p.scores the profile's summed word-key weights in context `ctx` start (stage
   * s's row at the result + s · labels), computed if they were not. A word gets rows only
   * for the contexts it occurs in (most in one or two of the four). Rows of another
   * tagger's (another model's) are replaced.
   */
  rowsAt(p: WordProfile, ctx: number): number {
    let scores = p.scores;
    if (scores === null || p.scoresOwner !== this) {
      scores = new Float64Array(this.block);
      p.scores = scores;
      p.scoresOwner = this;
      p.scoresFilled = 0;
    }
    const code = (p.scoresFilled >> (SLOT_BITS * ctx)) & ((1 << SLOT_BITS) - 1);
    if (code !== 0) return (code - 1) * this.block;
    let slot = 0;
    for (let c = 0; c < CONTEXTS; c++) if ((p.scoresFilled >> (SLOT_BITS * c)) & ((1 << SLOT_BITS) - 1)) slot++;
    const at = slot * this.block;
    if (scores.length < at + this.block) {
      const grown = new Float64Array(at + this.block);
      grown.set(scores);
      scores = grown;
      p.scores = scores;
    }
    const count = wordKeys(p, ctx, this.keys, 0);
    for (let s = 0; s < this.stages.length; s++) {
      const row = at + s * this.labels;
      scores.fill(0, row, row + this.labels);
      this.weights.add(s, this.keys, 0, count, scores, row, scores, row);
    }
    p.scoresFilled |= (slot + 1) << (SLOT_BITS * ctx);
    return at;
  }
}

/**
 * Whether every sum of up to `terms` weights of the stages (and their transitions) is exact
 * in double precision, whatever the order: true when all are float32 multiples of the
 * smallest one's last bit and no sum can outgrow 53 bits of those. Then caching partial
 * sums (WordScores) cannot change a score, a tie or an argmax.
 */
export function weightSumsAreExact(stages: readonly PerceptronModel[], terms: number): boolean {
  let lowest = Infinity;
  let highest = -Infinity;
  const visit = (values: Float32Array): void => {
    for (let k = 0; k < values.length; k++) {
      const v = Math.abs(values[k]);
      if (v === 0) continue;
      if (!Number.isFinite(v)) {
        highest = Infinity;
        return;
      }
      let e = Math.floor(Math.log2(v));
      // log2 may round across a power of two.
      while (2 ** e > v) e--;
      while (2 ** (e + 1) <= v) e++;
      if (e < lowest) lowest = e;
      if (e > highest) highest = e;
    }
  };
  for (const s of stages) {
    visit(s.weights);
    visit(s.transitions);
  }
  if (lowest === Infinity) return true;
  // Each value is a multiple of 2^(lowest - 23) below 2^(highest + 1); a sum of `terms` of
  // them stays below terms · 2^(highest + 1), which needs at most 53 bits of that unit.
  return Math.log2(terms) + highest + 1 - (lowest - 23) <= 53;
}
