import { cachedByText } from '../text/cachedByText';
import type { Person } from '../types';

/** The last names that two or more of the people bear (lower case): a bare one does not say which of them spoke. */
export function surnamesShared(people: readonly Person[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const p of people) {
    const surname = lastWord(p.name);
    if (seen.has(surname)) shared.add(surname);
    seen.add(surname);
  }
  return shared;
}

/**
 * The last word of a name, lower case, without a possessive ending: "Clinton's" → "clinton".
 * Asked of every person on every keystroke (surnamesShared): made once per name, not split
 * and lower-cased anew each time.
 */
export const lastWord = cachedByText((name: string): string => (name.trim().split(/\s+/u).pop() ?? '').replace(/['’]s?$/u, '').toLowerCase());
