import type { Token } from './tokenizer';

// The case of a word token, as the name and quote rules ask it.

/** A word starting with a capital letter ("Obama", "US", "Élysée"). */
export function isCapitalizedWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

/** A word written all in lower case ("said", "the"). */
export function isLowerWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.text === t.text.toLowerCase();
}
