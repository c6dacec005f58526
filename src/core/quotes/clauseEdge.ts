/**
 * Exactly `/[\s,;:]/u.test(String.fromCharCode(code))`: the blanks and marks a reported clause
 * is trimmed of at its ends (quoteFinder.ts). Tested by its character code: a regex run on a
 * one-character string cost more than the rest of the trimming.
 */
export function isClauseEdge(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x2c || code === 0x3a || code === 0x3b;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
