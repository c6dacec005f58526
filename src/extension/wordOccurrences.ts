/** A letter, digit or joiner inside a word, so that "Lyon" is not found inside "Lyonnais". */
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

/** As many occurrences as are worth painting: "the" in a 20 MB file would be half a million. */
export const MAX_WORD_OCCURRENCES = 1000;

/**
 * Whole-word, same-case occurrences of `word` in `text` (the first `limit`), as VS Code's
 * own textual highlighting finds them. A document highlight provider replaces that
 * highlighting for its languages, so where nothing was annotated under the cursor we give
 * the same answer back.
 */
export function wordOccurrences(text: string, word: string, limit = MAX_WORD_OCCURRENCES): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!word) return out;
  for (let i = text.indexOf(word); i !== -1 && out.length < limit; i = text.indexOf(word, i + word.length)) {
    const end = i + word.length;
    if ((i > 0 && WORD_CHAR.test(text[i - 1])) || (end < text.length && WORD_CHAR.test(text[end]))) continue;
    out.push({ start: i, end });
  }
  return out;
}
