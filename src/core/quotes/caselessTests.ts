// Lower-casing and case-blind word tests for token texts that answer exactly as
// `String.prototype.toLowerCase` and the `/…/iu` regexes they replace, but cheaply. A news
// text holds curly quotes and dashes, so it and every token text sliced from it are two-byte
// strings, and for those V8 lower-cases through ICU, several times slower than for an ASCII
// string; the quote finders lower-case and test tokens tens of thousands of times per article,
// and most of their words are plain lower-case ASCII already.

import { lowerCase } from '../text/lowerCase';

export { lowerCase };

/**
 * A list of lower-case ASCII words tested without regard to case: `has(word)` answers exactly
 * `/^(?:w1|w2|…)$/iu.test(word)`. Unicode case folding maps two non-ASCII letters to ASCII
 * ones (ſ to s, the Kelvin sign to k), so a word reaching a non-ASCII character is left to
 * that regex; an ASCII character matches a list word's letter when it is that letter or its
 * capital. A match keeps the length of a list word (one UTF-16 unit per letter), so a word is
 * compared letter by letter with the few list words of its length only: no lower-cased copy
 * and no hash of it are made.
 */
export class CaselessWords {
  private readonly pattern: RegExp;
  /** The list words by their length. */
  private readonly byLength: string[][] = [];

  constructor(words: readonly string[]) {
    for (const w of words) {
      if (!/^[a-z]+$/u.test(w)) throw new Error(`CaselessWords takes lower-case ASCII letters, not ${JSON.stringify(w)}`);
      while (this.byLength.length <= w.length) this.byLength.push([]);
      if (!this.byLength[w.length].includes(w)) this.byLength[w.length].push(w);
    }
    this.pattern = new RegExp(`^(?:${words.join('|')})$`, 'iu');
  }

  has(word: string): boolean {
    const candidates = this.byLength[word.length];
    if (candidates === undefined) return false;
    for (const w of candidates) {
      let i = 0;
      for (; i < w.length; i++) {
        const c = word.charCodeAt(i);
        if (c > 127) return this.pattern.test(word);
        const letter = w.charCodeAt(i);
        if (c !== letter && c + 32 !== letter) break;
      }
      if (i === w.length) return true;
    }
    return false;
  }
}

/**
 * Exactly `lowerCase(word) === lower` for a lower-case ASCII word `lower`, but most words are
 * turned away by their length without being lower-cased: a character lower-cases to an ASCII
 * one only when it is ASCII itself or the Kelvin sign (one UTF-16 unit each), so only a word
 * of the same length can lower-case to `lower`.
 */
export function lowersTo(word: string, lower: string): boolean {
  return word.length === lower.length && lowerCase(word) === lower;
}

/**
 * Exactly `/ing$/iu.test(word)`: no letter outside ASCII folds to "i", "n" or "g". The
 * participle test runs on every verb a speaker phrase is read for.
 */
export function endsInIng(word: string): boolean {
  const n = word.length;
  return n >= 3 && (word.charCodeAt(n - 3) | 32) === 0x69 && (word.charCodeAt(n - 2) | 32) === 0x6e && (word.charCodeAt(n - 1) | 32) === 0x67;
}
