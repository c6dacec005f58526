import type { NameMention } from './nameMention';
import { lowerCase } from '../text/lowerCase';
import { isKnownPlace, lookupPlaces } from '../places/gazetteer';
import { ORGANIZATION_WORDS, isGroupPlural, isPlaceHeaded } from './nameLexicon';

/** A country's name and its "'s" right before a name: "Paraguay's ", "Chile’s ". */
const COUNTRY_POSSESSIVE = /(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)['’]s $/u;

/** Two capitalized words, accents and all: "Santiago Peña". */
const TWO_WORDS = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u;

/**
 * "Paraguay's Santiago Peña", "Peru's Lima Quispe": a name of two words after a country's "'s"
 * that the tagger read as a place because its first word is also a city's is a person's when
 * the gazetteer knows neither the whole nor its last word, and that last word is one news never
 * writes in lower case (a surname, not "Metro" or "Region") and names no body, place or group.
 * A country's own places are named so too ("Colombia's Santa Marta"), hence the gazetteer's word.
 */
export function peopleAfterTheirCountry(text: string, first: number, caseClasses: ReadonlyMap<string, number>, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'LOC' || m.title !== undefined || !TWO_WORDS.test(m.text) || isKnownPlace(m.text) || isPlaceHeaded(m.text)) continue;
    const owner = COUNTRY_POSSESSIVE.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (owner === null || !lookupPlaces(owner[1]).some((e) => e.kind === 'country')) continue;
    const last = m.text.slice(m.text.indexOf(' ') + 1);
    const c = caseClasses.get(lowerCase(last)) ?? 0;
    if ((c !== 0 && c !== 4) || isKnownPlace(last) || ORGANIZATION_WORDS.has(lowerCase(last)) || isGroupPlural(last)) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: 'PER' };
  }
}
