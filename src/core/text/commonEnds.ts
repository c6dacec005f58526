/**
 * How much two versions of a text share at their start and at their end (the two never
 * overlap: prefix + suffix <= the shorter length). An edit leaves everything outside
 * [prefix, length - suffix) as it was. Compared a block at a time with native string
 * equality, then character by character inside the first differing block: typing in a
 * 100 KB text costs some thirty block comparisons, not a hundred thousand charCodeAt calls.
 */
const BLOCK = 2048;

export function commonEnds(before: string, after: string): { prefix: number; suffix: number } {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix + BLOCK <= limit && before.slice(prefix, prefix + BLOCK) === after.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  const room = limit - prefix;
  let suffix = 0;
  const b = before.length;
  const a = after.length;
  while (suffix + BLOCK <= room && before.slice(b - suffix - BLOCK, b - suffix) === after.slice(a - suffix - BLOCK, a - suffix)) suffix += BLOCK;
  while (suffix < room && before.charCodeAt(b - suffix - 1) === after.charCodeAt(a - suffix - 1)) suffix++;
  return { prefix, suffix };
}
