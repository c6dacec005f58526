import { cachedByText } from '../text/cachedByText';
import { stripPossessive } from './personName';
import { LEGAL_FORMS } from '../names/nameLexicon';

/**
 * Last words that make a name a firm's, its first word the firm's short name: "Pfizer Inc.",
 * "Samsung Electronics Co Ltd", "Valeant Pharmaceuticals International", "Bloor Homes". The
 * retyping of mentions (mentionTypes.ts: "Pfizer", or "Bloor Homes", read as a person is the
 * firm) and the grouping of
 * organizations (organizationGrouper.ts: "Pfizer" joins "Pfizer Inc.") read the same list.
 */
const FIRM_DESIGNATORS = new Set([
  ...LEGAL_FORMS, 'corporation', 'incorporated', 'company', 'limited', 'group', 'holdings',
  'pharmaceuticals', 'international', 'industries', 'technologies', 'motors', 'airlines', 'energy', 'communications', 'networks', 'brands', 'foods',
  'homes', 'bancorp', 'bancshares', 'partners', 'ventures', 'systems', 'solutions', 'labs', 'pharma', 'therapeutics', 'biosciences', 'semiconductor',
  'electronics', 'telecom', 'airways', 'petroleum', 'mining', 'logistics', 'securities', 'investments', 'capital', 'bureau', 'front',
  // "Mistral AI", "Stability AI": AI firms name themselves so; "Mistral" is the firm's short name.
  'ai',
]);

/**
 * The first word of a firm's name of two words or more, lower case, a leading "the" and the
 * last word's possessive and full stop left out ("pfizer" of "Pfizer Inc.", "acme" of "the
 * Acme Corp.'s"); else null.
 */
export const firmShortName = cachedByText((text: string): string | null => {
  const words = text.trim().split(/\s+/u);
  if (words.length > 2 && words[0].toLowerCase() === 'the') words.shift();
  if (words.length < 2 || !FIRM_DESIGNATORS.has(stripPossessive(words[words.length - 1]).replace(/[.,]$/u, '').toLowerCase())) return null;
  return words[0].toLowerCase();
});
