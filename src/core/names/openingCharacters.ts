// Rules that look every token of a sentence up in a list of words: most tokens open with a
// character no word of the list opens with, and a test of that character lets them go before
// the look-up (a hash of the token's text, and a probe of a table scattered in memory).

/** The ASCII characters the words open with, marked by code; a word opening beyond ASCII counts as any. */
export function openingCharacters(words: Iterable<string>): Uint8Array {
  const marks = new Uint8Array(128);
  for (const word of words) {
    const c = word.charCodeAt(0);
    if (c < 128) marks[c] = 1;
  }
  return marks;
}

/**
 * Whether the word at `at` in `text` (by default `text` itself) may be one of the words `marks`
 * were made of: it opens with one of their characters, or beyond ASCII.
 */
export function mayOpenAs(marks: Uint8Array, text: string, at = 0): boolean {
  const c = text.charCodeAt(at);
  return c >= 128 || marks[c] === 1;
}
