// Lower-casing and case-blind word tests for token texts that answer exactly as
// `String.prototype.toLowerCase` and the `/…/iu` regexes they replace, but cheaply. A news
// text holds curly quotes and dashes, so it and every token text sliced from it are two-byte
// strings, and for those V8 lower-cases through ICU, several times slower than for an ASCII
// string; the quote finders lower-case and test tokens tens of thousands of times per article,
// and most of their words are plain lower-case ASCII already.

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

function lowerCaseKept(word: string): string {
  let lower = LOWER_CASES.get(word);
  if (lower === undefined) {
    lower = word.toLowerCase();
    if (LOWER_CASES.size >= LOWER_CASES_KEPT) LOWER_CASES.clear();
    LOWER_CASES.set(word, lower);
  }
  return lower;
}

/**
 * A list of lower-case ASCII words tested without regard to case: `has(word)` answers exactly
 * `/^(?:w1|w2|…)$/iu.test(word)`. Unicode case folding maps two non-ASCII letters to ASCII
 * ones (ſ to s, the Kelvin sign to k), so a word with a non-ASCII letter is left to that regex;
 * any other word matches when its ASCII lower case is in the list. A match keeps the length
 * of a list word (one UTF-16 unit per letter), so most words are turned away by length alone.
 */
export class CaselessWords {
  private readonly words: ReadonlySet<string>;
  private readonly pattern: RegExp;
  /** Bit n: a list word of length n (n < 31); bit 31: a longer one. */
  private readonly lengths: number;

  constructor(words: readonly string[]) {
    let lengths = 0;
    for (const w of words) {
      if (!/^[a-z]+$/u.test(w)) throw new Error(`CaselessWords takes lower-case ASCII letters, not ${JSON.stringify(w)}`);
      lengths |= lengthBit(w.length);
    }
    this.words = new Set(words);
    this.pattern = new RegExp(`^(?:${words.join('|')})$`, 'iu');
    this.lengths = lengths;
  }

  has(word: string): boolean {
    if ((this.lengths & lengthBit(word.length)) === 0) return false;
    let lower = true;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c > 127) return this.pattern.test(word);
      if (c >= 65 && c <= 90) lower = false;
    }
    return this.words.has(lower ? word : word.toLowerCase());
  }
}

function lengthBit(length: number): number {
  return length < 31 ? 1 << length : 1 << 31;
}

/**
 * Exactly `/ing$/iu.test(word)`: no letter outside ASCII folds to "i", "n" or "g". The
 * participle test runs on every verb a speaker phrase is read for.
 */
export function endsInIng(word: string): boolean {
  const n = word.length;
  return n >= 3 && (word.charCodeAt(n - 3) | 32) === 0x69 && (word.charCodeAt(n - 2) | 32) === 0x6e && (word.charCodeAt(n - 1) | 32) === 0x67;
}
