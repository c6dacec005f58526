import type { AnalyzedText } from '../text/analyzedText';
import { nearbyTokenIndexAt } from '../text/nearbyTokenSearch';

// The bounds of the token windows read for a quote's cues (speechCues.ts). The windows are
// capped a few dozen tokens from the quote's ends, so where the cap is nearer than the next
// quote or the paragraph's end, a short walk finds the bound: a search for a far offset sent
// the next search (nearbyTokenSearch.ts starts from the last answer) back across the quote.
// Each answers exactly what the search and the cap answer together.

/**
 * `Math.min(tokens.length, nearbyTokenIndexAt(doc, offset), most)`, for a window after token
 * `from`: walked from `from` when the answer is there or after it, else searched.
 */
export function tokenIndexAtMost(doc: AnalyzedText, offset: number, from: number, most: number): number {
  const { tokens } = doc;
  const n = Math.min(tokens.length, most);
  if (from > tokens.length || (from > 0 && tokens[from - 1].start >= offset)) return Math.min(n, nearbyTokenIndexAt(doc, offset));
  let i = from;
  while (i < n && tokens[i].start < offset) i++;
  return i;
}

/**
 * `Math.max(nearbyTokenIndexAt(doc, offset), least)`, for a window before token `from`:
 * walked back from `from` (at most to `least`) when the answer is there or before it, else searched.
 */
export function tokenIndexAtLeast(doc: AnalyzedText, offset: number, from: number, least: number): number {
  const { tokens } = doc;
  if (from < 0 || from > tokens.length || (from < tokens.length && tokens[from].start < offset)) return Math.max(least, nearbyTokenIndexAt(doc, offset));
  let i = from;
  while (i > 0 && i > least && tokens[i - 1].start >= offset) i--;
  return Math.max(i, least);
}
