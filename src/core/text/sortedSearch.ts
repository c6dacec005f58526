// Binary searches over lists kept in text order (tokens, mentions, quotes), in one place.

/** The first index whose item is not `before` the sought position (`before` must be true for a prefix of the list). */
export function lowerBound<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index of the first span ending after `offset`, in a list of non-overlapping spans
 * sorted by position. A search of its own rather than lowerBound with a predicate: it is
 * asked for every name and date of the text on every keystroke, and each predicate closing
 * over its offset was an allocation.
 */
export function firstEndingAfter(spans: readonly { end: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span containing `offset`, in a list of non-overlapping spans sorted by position. */
export function spanContaining<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  const i = firstEndingAfter(spans, offset);
  return i < spans.length && spans[i].start <= offset ? spans[i] : undefined;
}
