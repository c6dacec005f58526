import type { Token } from './tokenizer';
import { lowerCase } from './lowerCase';

// The case of a word token, as the name and quote rules ask it. Both are asked of nearly every
// token by many rules: a word's first character decides at once when it is ASCII (\p{Lu} holds
// no other ASCII character than A-Z), and a word's lower case is computed once per spelling.

/** A word starting with a capital letter ("Obama", "US", "Élysée"). */
export function isCapitalizedWord(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(t.text);
}

/** A word written all in lower case ("said", "the"). */
export function isLowerWord(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  // A capital of A-Z answers no (no lower case holds one), plain ASCII yes; a character
  // beyond ASCII asks the word's lower case.
  const word = t.text;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) return false;
    if (c > 127) return word === lowerCase(word);
  }
  return true;
}
