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

export class WordScores {
  private readonly keys = new Uint32Array(MAX_WORD_KEYS);
  private readonly labels: number;

  constructor(private readonly stages: readonly PerceptronModel[], private readonly weights: StageWeights) {
    this.labels = stages[0].labels;
  }

  /**
   * The profile's summed word-key weights with context `ctx`'s rows filled: stage s's row
   * starts at rowOf(ctx, s). Rows of another tagger's (another model's) are replaced.
   */
  of(p: WordProfile, ctx: number): Float64Array {
    let scores = p.scores;
    if (scores === null || p.scoresOwner !== this) {
      scores = new Float64Array(CONTEXTS * this.stages.length * this.labels);
      p.scores = scores;
      p.scoresOwner = this;
      p.scoresFilled = 0;
    }
    if ((p.scoresFilled & (1 << ctx)) === 0) {
      const count = wordKeys(p, ctx, this.keys, 0);
      for (let s = 0; s < this.stages.length; s++) {
        const at = this.rowOf(ctx, s);
        scores.fill(0, at, at + this.labels);
        this.weights.add(s, this.keys, 0, count, scores, at, scores, at);
      }
      p.scoresFilled |= 1 << ctx;
    }
    return scores;
  }

  rowOf(ctx: number, stage: number): number {
    return (ctx * this.stages.length + stage) * this.labels;
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
