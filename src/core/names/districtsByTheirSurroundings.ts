import type { NameMention } from './nameMention';
import { demonymCountry, isSizeablePlace } from '../places/gazetteer';
import { genderOfGivenName } from '../entities/givenNames';
import { KNOWN_ORGANIZATIONS, ORGANIZATION_WORDS } from './nameLexicon';
import { lowerCase } from '../text/lowerCase';
import { cachedByText } from '../text/cachedByText';

// The districts, suburbs and slums of big cities the gazetteer does not hold ("Oshodi" of
// Lagos, "Eastleigh" of Nairobi, "Korangi" of Karachi, "Tanah Abang" of Jakarta): the tagger,
// never having seen the word, reads it as a body's or a person's name. The words around it say
// it is a place, as a reader knows it without knowing the city:
// - a word for a part of a town right after it: "the Oshodi area", "Eastleigh district";
// - people who live there: "residents of Korangi", "Mathare residents";
// - the town it is part of right after it, where the sentence puts it: "in Kawo, Kaduna",
//   "in Tanah Abang, Jakarta's biggest market"; a list of such names before "in" and the town:
//   "flooding hit Oshodi and Amuwo-Odofin in Lagos" (not "analysts at Barclays in London":
//   only after a word that says where, or what a place suffers).

/** Lower-case words for a part of a town, right after its name: "the Oshodi area", "Eastleigh district". */
const DISTRICT_AFTER = /^ (?:district|area|suburb|neighbourhood|neighborhood|township|slum|shantytown|locality|enclave|residents)\b/u;

/** A word for a part of a town or a region, "of" and the whole's name: " district of Nairobi", " region of Ukraine". */
const PART_OF_PLACE_AFTER = /^ (?:district|suburb|neighbourhood|neighborhood|quarter|borough|ward|township|area|province|region|county) of \p{Lu}/u;

/** "the Eastleigh district of Nairobi": the name ending at `end` is named as a part of the place after it (its placeQualifier 'part'). */
export function isNamedAsPartAt(text: string, end: number): boolean {
  return PART_OF_PLACE_AFTER.test(text.slice(end, end + 20));
}

/** "residents of ", "the suburb of ", "the slums of ": the people or the part of a town before its name. */
const DISTRICT_BEFORE = /\b(?:residents|inhabitants|streets|district|suburb|suburbs|neighbourhood|neighborhood|township|slum|slums|locality|outskirts) of $/u;

/** Words before a place's name, or a list of places' names, that say where: "in Kawo, Kaduna", "hit Oshodi and …". */
const WHERE_BEFORE = /\b(?:in|across|near|around|outside|inside|throughout|through|hit|struck|flooded|battered|swept|raided|shelled) $/iu;

/** Endings of adjectives that stand before "districts" or "residents": "Democratic", "Congressional", "Mexican". */
const ADJECTIVE_ENDING = /(?:ic|al|an|ese|ish)$/u;

/** The mention may be a district: one name of one or two words, no title, no given name opening it, no body's word in it, no known firm or body. */
function mayBeDistrict(m: NameMention): boolean {
  return m.type !== 'LOC' && m.title === undefined && mayNameDistrict(m.text);
}

/**
 * Whether a name so spelled may be a district's: asked of every mention of the article on
 * every keystroke, so answered once per distinct name (a split, a pattern per word and four
 * lexicon look-ups each time were 4 % of an edit's time).
 */
const mayNameDistrict = cachedByText((text: string): boolean => {
  const words = text.split(' ');
  if (words.length > 2 || !words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w))) return false;
  // "people of Mexican descent", "African-American residents", "Democratic districts": a people's or a party's adjective.
  const last = words[words.length - 1];
  if (demonymCountry(last.slice(last.lastIndexOf('-') + 1)) !== null || ADJECTIVE_ENDING.test(last)) return false;
  if (words.some((w) => ORGANIZATION_WORDS.has(lowerCase(w))) || KNOWN_ORGANIZATIONS.has(lowerCase(text))) return false;
  return genderOfGivenName(words[0].split('-')[0]) === null;
});

/** A known town's name at `at` in the text: `, Lagos` or ` in Lagos`, then no more of a name. */
function townAfter(text: string, at: number, joiner: RegExp): boolean {
  const match = joiner.exec(text.slice(at, at + 40));
  return match !== null && isSizeablePlace(match[1]);
}

const SPACE = 0x20;

/** DISTRICT_AFTER's words all open with one of these: the text after most names is not cut to be read. */
function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
const COMMA = 0x2c;

/** ", the national park town where", ", a fishing village of": a town's kind set off after its name, up to three words before it. */
const TOWN_SET_OFF = /^, (?:the|a|an) (?:[\p{Ll}-]+ ){0,3}(?:town|city|village|hamlet|township|suburb|resort town)(?: where| of| in| that| on|,)/u;

/** One or two capitalized words, no body's word among them: a town's name, whatever a given name opening it. */
const mayNameTown = cachedByText((text: string): boolean => {
  const words = text.split(' ');
  return words.length <= 2 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ORGANIZATION_WORDS.has(lowerCase(w))) && !KNOWN_ORGANIZATIONS.has(lowerCase(text));
});

const COMMA_TOWN = /^, (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?=['’]s\b|[,.;:]| \p{Ll})/u;
const IN_TOWN = /^ in (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?=['’]s\b|[,.;:]| \p{Ll})/u;

/** Mentions read as bodies or people that the words around them show to be districts, retyped as places. */
export function districtsByTheirSurroundings(text: string, mentions: NameMention[]): NameMention[] {
  let out: NameMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    // Each field read once, and places and people with titles let go first: the mentions come in many shapes, and every read of a field is a look-up.
    const { type, title } = m;
    if (type === 'LOC' || title !== undefined) continue;
    const { start, end, text: name } = m;
    // "Jasper, the national park town where …": a name set off by a town's kind is the town, even one named like a person.
    if (text.charCodeAt(end) === COMMA && TOWN_SET_OFF.test(text.slice(end, end + 48)) && mayNameTown(name)) {
      (out ??= mentions.slice())[i] = { start, end, text: name, type: 'LOC' };
      continue;
    }
    if (!mayNameDistrict(name)) continue;
    // Every pattern before the name ends in a space, every one after it opens with one: asked of
    // most surnames on every keystroke, the text is cut and read only where that space stands.
    // And each pattern before it is asked only where what it needs stands beside the name: "of " before it
    // (DISTRICT_BEFORE), a comma or " in " after it (a town after a word that says where).
    const spaceBefore = text.charCodeAt(start - 1) === SPACE;
    const ofBefore = spaceBefore && text.charCodeAt(start - 2) === 0x66 && text.charCodeAt(start - 3) === 0x6f;
    const townNext = text.charCodeAt(end) === 0x2c || text.startsWith(' in ', end);
    const before = spaceBefore && (ofBefore || townNext) ? text.slice(Math.max(0, start - 40), start) : '';
    const marked = (text.charCodeAt(end) === SPACE && isAsciiLower(text.charCodeAt(end + 1)) && DISTRICT_AFTER.test(text.slice(end, end + 16))) || (ofBefore && DISTRICT_BEFORE.test(before))
      || (before !== '' && townNext && WHERE_BEFORE.test(before) && (townAfter(text, end, COMMA_TOWN) || townAfter(text, end, IN_TOWN)))
      || listedBeforeTown(text, mentions, i);
    if (!marked) continue;
    const place: NameMention = { start, end, text: name, type: 'LOC' };
    if (isNamedAsPartAt(text, end)) place.placeQualifier = 'part';
    (out ??= mentions.slice())[i] = place;
  }
  return out ?? mentions;
}

const LIST_JOINER = /^(?:, |,? (?:and|or) )$/u;

/** LIST_JOINER between `from` and `to`, the gap's length looked at first: most names stand farther apart than ", and ". */
function joined(text: string, from: number, to: number): boolean {
  return to - from >= 2 && to - from <= 6 && LIST_JOINER.test(text.slice(from, to));
}

/**
 * Mention i is in a list of names ("Oshodi and Amuwo-Odofin", "Korangi, Lyari and Orangi")
 * after a word that says where, whose last name is followed by "in" and a known town.
 */
function listedBeforeTown(text: string, mentions: readonly NameMention[], i: number): boolean {
  let first = i;
  while (first > 0 && joined(text, mentions[first - 1].end, mentions[first].start)) first--;
  let last = i;
  while (last + 1 < mentions.length && joined(text, mentions[last].end, mentions[last + 1].start)) last++;
  if (first === last || !WHERE_BEFORE.test(text.slice(Math.max(0, mentions[first].start - 12), mentions[first].start))) return false;
  // Names of districts only (no known place among them: "Alton Sterling in Louisiana and Philando Castile in Minnesota"), no person's.
  for (let k = first; k <= last; k++) if (mentions[k].type === 'PER' || !mayBeDistrict(mentions[k])) return false;
  return townAfter(text, mentions[last].end, IN_TOWN);
}
