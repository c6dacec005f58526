// Exact `toLowerCase` for token texts without ICU. A news text holds curly quotes and dashes,
// so it and every token text sliced from it are two-byte strings, and for those V8 lower-cases
// through ICU, several times slower than for an ASCII string; the finders lower-case tokens
// tens of thousands of times per article, and most of their words are plain lower-case ASCII
// already. Here, not in quotes/, so that text/caselessWordSet.ts can use it too.

/**
 * Exactly `word.toLowerCase()`: the word itself when it holds no capital and no non-ASCII
 * letter, else its lower case computed once per distinct spelling ("Trump", "The") and then
 * looked up, which costs a tenth of ICU's lower-casing of a two-byte string.
 */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c > 127 && !isCaselessMark(c)) || (c >= 65 && c <= 90)) return lowerCaseKept(word);
  }
  return word;
}

/** Curly apostrophes and quotes, dashes: no case to change, and common inside words ("don’t", "Trump’s"). */
function isCaselessMark(c: number): boolean {
  return c === 0x2019 || c === 0x2018 || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014;
}

const LOWER_CASES = new Map<string, string>();
/** More spellings than any news vocabulary has: emptied past it, so an editor session's memory stays bounded. */
const LOWER_CASES_KEPT = 50_000;

/**
 * The word asked last and its lower case: the finders ask the same token's word several times
 * in a row (half of the look-ups over a news text), and comparing it with the last one costs
 * far less than hashing it into the Map.
 */
let lastWord = '';
let lastLower = '';

function lowerCaseKept(word: string): string {
  if (word === lastWord) return lastLower;
  let lower = LOWER_CASES.get(word);
  if (lower === undefined) {
    lower = word.toLowerCase();
    if (LOWER_CASES.size >= LOWER_CASES_KEPT) LOWER_CASES.clear();
    LOWER_CASES.set(word, lower);
  }
  lastWord = word;
  lastLower = lower;
  return lower;
}
