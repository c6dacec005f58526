import type { AnalyzedText } from './analyzedText';

/**
 * Index of the first token whose start is >= offset: what tokenIndexAt (analyzedText.ts)
 * answers, found by a search that starts from the previous answer and widens step by step
 * (a galloping search). The quote finders ask about the ends of each quotation in text order,
 * so the answer is mostly a few tokens from the last one; a binary search over the whole
 * text touched some seventeen tokens scattered through memory for each question (the person
 * profiles ask the same of each person mention's ends, also in text order). The start
 * only changes how fast the answer is found, never the answer.
 */
export function nearbyTokenIndexAt(doc: AnalyzedText, offset: number): number {
  const { tokens } = doc;
  const n = tokens.length;
  const g = last < n ? last : n;
  let lo: number;
  let hi: number;
  if (g < n && tokens[g].start < offset) {
    // The answer lies after g.
    lo = g + 1;
    let step = 1;
    while (g + step < n && tokens[g + step].start < offset) {
      lo = g + step + 1;
      step *= 2;
    }
    hi = Math.min(n, g + step);
  } else {
    // The answer is g or before it.
    hi = g;
    let step = 1;
    while (g - step >= 0 && tokens[g - step].start >= offset) {
      hi = g - step;
      step *= 2;
    }
    lo = g - step >= 0 ? g - step + 1 : 0;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  last = lo;
  return lo;
}

/** The previous answer: where the next search starts. */
let last = 0;

/**
 * tokenIndexAt's answer when `guess` is it, checked on the two tokens around it (the caller
 * often knows it: the end of the paragraph before, the end of the last sentence), else the
 * galloping search's.
 */
export function tokenIndexAtGuess(doc: AnalyzedText, offset: number, guess: number): number {
  const { tokens } = doc;
  if (guess >= 0 && guess <= tokens.length && (guess === 0 || tokens[guess - 1].start < offset) && (guess === tokens.length || tokens[guess].start >= offset)) return guess;
  return nearbyTokenIndexAt(doc, offset);
}
