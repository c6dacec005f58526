// Binary searches over lists kept in text order (tokens, mentions, quotes), in one place.
// Written out for the two orders the finders search by, not as one search taking a
// callback: such a callback closes over the sought offset, a new function per search, and
// the finders search per token, mention and quote.

/** The first index whose item starts at or after `offset`, in a list sorted by start. */
export function firstStartingFrom(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose number is at least `value`, in an ascending list of numbers (its length if none). */
export function firstAtLeast(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose span ends after `offset`, in a list of non-overlapping spans sorted by position. */
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
