// Binary searches over lists kept in text order (tokens, mentions, quotes), in one place.

/**
 * The index of the first item starting at or after `offset`, in a list sorted by start
 * (tokens, mentions). Searches of their own rather than one taking a predicate: they are
 * asked for every quotation, cue and name of the text on every keystroke, and a predicate
 * closing over the offset was an allocation each time.
 */
export function firstStartingAtOrAfter(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first span ending after `offset`, in a list of non-overlapping spans sorted by position. */
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
