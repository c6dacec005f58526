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

/** The span containing `offset`, in a list of non-overlapping spans sorted by position. */
export function spanContaining<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  const i = lowerBound(spans, (s) => s.end <= offset);
  return i < spans.length && spans[i].start <= offset ? spans[i] : undefined;
}
