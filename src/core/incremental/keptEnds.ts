/**
 * How many paragraphs two versions of a text share at their start and at their end,
 * compared by token list (the same list, the same paragraph text: paragraphIds.ts); the
 * two never overlap. What lies between is what an edit may have changed.
 */
export function keptEnds(before: readonly object[], now: readonly object[]): { start: number; end: number } {
  const shorter = Math.min(before.length, now.length);
  let start = 0;
  while (start < shorter && before[start] === now[start]) start++;
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === now[now.length - 1 - end]) end++;
  return { start, end };
}
