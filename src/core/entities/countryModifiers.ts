import { demonymCountry } from '../places/gazetteer';
import { cachedByText } from '../text/cachedByText';

// Kept apart from roleNouns.ts: reading a demonym needs the gazetteer, which the editor's own
// bundle must not carry (it describes people from role nouns alone, see personDescriptions.ts).

/** "Russian", "Chinese", "U.S.", "US", "British": the country a word before a role names, or null. */
export function countryOfModifier(word: string): string | null {
  // Asked of every word before a name: a lower-case word is settled without a look-up.
  const first = word.charCodeAt(0);
  if (!(first >= 65 && first <= 90) && !(first > 127 && /^\p{Lu}/u.test(word))) return null;
  return countryOfCapitalized(word);
}

const countryOfCapitalized = cachedByText((word: string): string | null => {
  const bare = word.replace(/['’]s$/u, '');
  if (/^(?:U\.?S\.?|US|USA|American)$/u.test(bare)) return 'US';
  if (/^(?:U\.?K\.?|UK|British)$/u.test(bare)) return 'GB';
  return /^\p{Lu}\p{Ll}+$/u.test(bare) ? demonymCountry(bare) : null;
});
