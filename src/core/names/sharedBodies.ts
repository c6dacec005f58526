import type { NameMention } from './nameMention';
import { isKnownPlace } from '../places/gazetteer';
import { KNOWN_ORGANIZATIONS, NOT_NAME_WORDS, ORGANIZATION_WORDS, PARTY_MEMBER_NOUNS } from './nameLexicon';
import { lowerCase } from '../text/lowerCase';

// British local copy names bodies two places share: "Devon and Cornwall Police", "Avon and
// Somerset Police", "Brighton and Hove City Council", "Kensington and Chelsea Council". The
// tagger reads the second place and the body as the organization, the first place apart.

/** Last words of a body two places share. */
const SHARED_BODY_ENDINGS = new Set(['Police', 'Constabulary', 'Council']);

/** Words between the second place and the body's word: "Brighton and Hove City Council". */
const COUNCIL_KINDS = new Set(['City', 'County', 'Borough', 'District']);

const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * The sentence's mentions (from `first` in `out`): an organization "<Place> [City] Police|
 * Constabulary|Council" right after "<Word> and " is the body of both places, where the word
 * is a place's (the gazetteer's, or read as a place), or an organization's that is no known
 * body when the gazetteer knows the second place. Not after a comma: "Kent, Surrey and
 * Sussex Police" is left as it is.
 */
/**
 * "Highland Council in Inverness and Aberdeen City Council": mention `i`, a place, says where the body
 * right before it sits (after "in"); it opens no body it would share with the place after "and".
 */
export function placeOfTheBodyBefore(text: string, out: readonly NameMention[], i: number, first: number): boolean {
  const before = i - 1 >= first ? out[i - 1] : undefined;
  return before !== undefined && before.type === 'ORG' && text.slice(before.end, out[i].start) === ' in ';
}

export function bodiesOfTwoPlaces(text: string, first: number, out: NameMention[]): void {
  for (let i = out.length - 1; i >= first; i--) {
    const right = out[i];
    if (right.type !== 'ORG') continue;
    const words = right.text.split(' ');
    if (words.length < 2 || words.length > 3 || !SHARED_BODY_ENDINGS.has(words[words.length - 1]) || (words.length === 3 && !COUNCIL_KINDS.has(words[1]))) continue;
    const second = words[0];
    if (!TITLE_CASE_WORD.test(second)) continue;
    const opening = /(\p{Lu}\p{Ll}+) and $/u.exec(text.slice(Math.max(0, right.start - 30), right.start));
    const place = opening?.[1];
    if (place === undefined || NOT_NAME_WORDS.has(lowerCase(place)) || ORGANIZATION_WORDS.has(lowerCase(place)) || KNOWN_ORGANIZATIONS.has(lowerCase(place)) || PARTY_MEMBER_NOUNS.has(place)) continue;
    const start = right.start - ' and '.length - place.length;
    if (start > 0 && (!/\s/u.test(text[start - 1]) || /,\s$/u.test(text.slice(Math.max(0, start - 2), start)))) continue;
    const left = i - 1 >= first ? out[i - 1] : undefined;
    const leftIsPlace = left !== undefined && left.start === start && left.end === start + place.length;
    if (left !== undefined && !leftIsPlace && left.end > start) continue;
    if (leftIsPlace && placeOfTheBodyBefore(text, out, i - 1, first)) continue;
    // "Argyll and Bute Council", "Dumfries and Galloway Council": two places the gazetteer does not know, the first read as a name of its own, before a council.
    const placeLike = isKnownPlace(place) || (leftIsPlace && left.type === 'LOC') || (isKnownPlace(second) && (!leftIsPlace || left.type === 'ORG'))
      || (leftIsPlace && left.type === 'ORG' && words[words.length - 1] === 'Council');
    if (!placeLike) continue;
    const joined: NameMention = { start, end: right.end, text: text.slice(start, right.end), type: 'ORG' };
    if (leftIsPlace) {
      out.splice(i - 1, 2, joined);
      i--;
    } else out[i] = joined;
  }
}

/** The end of an English NHS trust's name: "… NHS Foundation Trust", "… NHS Trust". */
const NHS_TRUST = / NHS (?:Foundation )?Trust$/u;

/**
 * "University Hospitals Bristol and Weston NHS Foundation Trust", "Chelsea and Westminster
 * Hospital NHS Foundation Trust": trusts merged from two places' hospitals keep both in one
 * name; the tagger reads a body or a place ending in the first place, then the trust. The two
 * are one body where the first ends in a place the gazetteer knows or was read as a place.
 */
export function trustsOfTwoPlaces(text: string, first: number, out: NameMention[]): void {
  for (let i = out.length - 1; i > first; i--) {
    const right = out[i];
    const left = out[i - 1];
    if (right.type !== 'ORG' || !NHS_TRUST.test(right.text) || (left.type !== 'ORG' && left.type !== 'LOC') || text.slice(left.end, right.start) !== ' and ') continue;
    if (left.type === 'ORG' && !isKnownPlace(left.text.slice(left.text.lastIndexOf(' ') + 1))) continue;
    out.splice(i - 1, 2, { start: left.start, end: right.end, text: text.slice(left.start, right.end), type: 'ORG' });
    i--;
  }
}
