/** Small words a place's name keeps in lower case inside it ("Rio de Janeiro", "Stratford-upon-Avon"). */
const LOWER_WORDS = new Set(['of', 'de', 'da', 'do', 'dos', 'das', 'del', 'la', 'le', 'les', 'on', 'upon', 'and', 'the', 'al', 'el', 'sur', 'am', 'im', 'an', 'der']);

/**
 * "BOCA CHICA, Texas" with no other spelling of the town in the text: the place is named in
 * title case ("Boca Chica"), as the rest of the article would write it. Words of one letter and
 * a full stop stay capitals ("ST." becomes "St.", "N.H." stays).
 */
export function titleCase(text: string): string {
  return text.replace(/\p{L}[\p{L}\p{M}]*/gu, (word, at: number) => {
    const lower = word.toLowerCase();
    if (at > 0 && LOWER_WORDS.has(lower)) return lower;
    if (text[at + word.length] === '.' && word.length === 1) return word;
    // "O'FALLON": one letter and an apostrophe open the name.
    return word[0] + lower.slice(1);
  });
}
