import type { Quote } from '../core/types';

/** The quote after (or before) `offset`, wrapping around the document. */
export function adjacentQuote(quotes: readonly Quote[], offset: number, direction: 1 | -1): Quote | undefined {
  if (!quotes.length) return undefined;
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  if (direction === 1) return sorted.find((q) => q.start > offset) ?? sorted[0];
  for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i].start < offset) return sorted[i];
  return sorted[sorted.length - 1];
}
