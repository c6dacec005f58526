import { lowerCase } from '../../text/lowerCase';

// The words of a date's clause as the tense reader reads them: lower case, commas kept, a name
// after "to" marked as such; and the n-th word before one, in a list read either way.

/** Stands for a name in the word list (see words()). */
export const NAME = '#name';

/** Words and commas, lowercased, in text order. */
export function words(s: string): string[] {
  const raw = s.match(WORD) ?? [];
  const out: string[] = [];
  // lowerCase, not toLowerCase: a word of a text with curly quotes is a two-byte string, which
  // toLowerCase copies through ICU even when it is lower case already, as most words are.
  // Each word is lower-cased once, also for the test of the word after it.
  let previous = '';
  for (const w of raw) {
    const lower = lowerCase(w);
    // "a letter to Reno": a capitalised word after "to" is a name, not an infinitive.
    out.push(previous === 'to' && isCapital(w.charCodeAt(0)) ? NAME : lower.replace('’', "'"));
    previous = lower;
  }
  return out;
}

// Not the letters of "9am" or "5pm": "am" there is no verb.
const WORD = /(?<![0-9])[A-Za-z]+(?:['’-][A-Za-z]+)*|['’](?:ll|d|s|re)\b|,/g;

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * The n-th word before `list[i]` in the text, `k` the direction of the list (1 when it runs
 * backwards). Read for every word of a date's sentence: a function, not a closure over the
 * list made per word.
 */
export function wordBefore(list: readonly string[], i: number, k: number, n: number): string | undefined {
  return list[i + n * k];
}
