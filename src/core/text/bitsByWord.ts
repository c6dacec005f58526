/**
 * Each word of the lists with the bits of every list it is in, OR-ed: one look-up of a word
 * then says which of several word lists hold it, where a set per list took a look-up each.
 */
export function bitsByWord(lists: ReadonlyArray<readonly [Iterable<string>, number]>): Map<string, number> {
  const bits = new Map<string, number>();
  for (const [words, bit] of lists) for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  return bits;
}
