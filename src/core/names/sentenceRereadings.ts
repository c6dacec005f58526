import type { AnalyzedText } from '../text/analyzedText';
import type { Sentence } from '../text/sentences';
import type { NameMention } from './nameMention';
import { tokenIndexAt } from '../text/analyzedText';
import { isCapitalizedWord, isLowerWord } from '../text/tokenCase';
import { genderOfGivenName, isGivenName } from '../entities/givenNames';
import { COUNTRY_INITIALS, demonymCountry, isKnownPlace, isSizeablePlace, lookupPlaces, namesCountryOrRegion } from '../places/gazetteer';
import { stripPossessive } from '../entities/personName';
import { KNOWN_ORGANIZATIONS, NOT_NAME_WORDS, ORGANIZATION_WORDS, SAID_FORMS, STORM_WORDS, SURNAME_PARTICLES, isGroupMember, isGroupPlural, isPlaceHeaded, isTitle } from './nameLexicon';
import { lowerCase } from '../text/lowerCase';
import { isSpeechVerb } from '../quotes/reportingVerbs';
import { bodiesBeforeTheirDay } from './bodiesBeforeTheirDay';
import { peopleAfterTheirCountry } from './peopleAfterTheirCountry';
import { isOccupationBeforeName } from './occupationTitles';
import { SOVEREIGN_TITLES } from './regnalNames';

// The tagger reads a sentence word by word; a few of its readings are set right from the words
// around a name, sentence by sentence, after the name finder has refined the spans: a surname's
// particles ("John le Carré"), a bill's name ("Ruto's Finance Bill"), a British body's name in
// "UK" ("Age UK"), a thing's name that speaks ("Bavarian Nordic, which makes …, said").

/** Sets right the mentions of sentence `s` (those from `first` in `out`, in text order). */
export function rereadSentenceNames(doc: AnalyzedText, s: Sentence, first: number, caseClasses: ReadonlyMap<string, number>, out: NameMention[]): void {
  givenNamesWithParticles(doc.text, first, out);
  billsReadAsPeople(doc, s, first, out);
  britishBodiesEndingInUK(doc, s, first, out);
  branchesNamedForCountries(doc, s, first, out);
  thingsThatSpeak(doc, s, first, out);
  bodiesSetOffByKind(doc, s, first, out);
  bodiesBeforeTheirKind(doc, s, first, out);
  placesFromTo(doc.text, first, out);
  partiesBeforeTheirMembers(doc.text, first, out);
  bodiesNamedForCountries(first, caseClasses, out);
  bodiesOpeningSentences(doc, s, first, caseClasses, out);
  unreadPeopleWhoSpeak(doc, s, first, caseClasses, out);
  bodiesBeforeTheirDay(doc, s, first, caseClasses, out);
  peopleAfterTheirCountry(doc.text, first, caseClasses, out);
  bodiesOpenedByCommonWords(doc, s, first, caseClasses, out);
  stormsByTheirLocalNames(doc.text, first, out);
  partiesLeadingCouncils(doc.text, first, out);
  stationsWithTheirNumbers(doc.text, first, out);
  divisionsReadAsBodies(doc.text, first, out);
  chambersOfStates(doc.text, first, out);
  placesOpenedByFort(first, out);
  performersReadAsBodies(doc, s, first, out);
  placesJoinedByConjunctions(doc.text, first, out);
  bodiesEndingInAPeople(doc.text, first, out);
  placesWithParticles(doc.text, first, out);
  ownersOfArms(doc.text, first, out);
  speakersSetOffBeforeTheirVerb(doc.text, first, out);
  speakersReadAsPlaces(doc.text, first, out);
  lawsNamedForTheirSponsors(doc.text, first, out);
}

/**
 * A law named for its sponsors, their surnames joined by hyphens, with its kind after it or a
 * verb of repeal before it: "the Dodd-Frank Act", "the McCain-Feingold law", "repeal Dodd-Frank",
 * "restore Glass-Steagall". The tagger reads a piece or the whole as a person or a place.
 * A capital is asked before the lookbehind, ASCII first (as firmEvidence.ts's CAPITAL_HERE):
 * the lookbehind then runs at the capitals only, not at every character of the sentence, and
 * the pattern's time over the dev paragraphs it runs on halves.
 */
const SPONSORS_LAW = /(?=[A-Z\u{80}-\u{10FFFF}])(?=\p{Lu})(?<![\p{L}\p{N}-])(\p{Lu}\p{L}*\p{Ll}(?:-\p{Lu}\p{L}*\p{Ll}){1,2})(?:( (?:Act|Bill)\b)| (?:law|bill|legislation|rules?|reforms?|regulations?|amendment)\b)/gu;
const REPEALED_LAW = /\b(?:repeal|repealing|repealed|restore|restoring|reinstate|reinstating|under) (\p{Lu}\p{L}*\p{Ll}(?:-\p{Lu}\p{L}*\p{Ll}){1,2})(?![\p{L}\p{N}-])/gu;

function lawsNamedForTheirSponsors(text: string, first: number, out: NameMention[]): void {
  if (first >= out.length) return;
  const from = out[first].start;
  const to = out[out.length - 1].end;
  // A hyphen inside a capitalized word is rare: asked first, before the patterns.
  const offset = Math.max(0, from - 12);
  const window = text.slice(offset, to + 12);
  if (!window.includes('-') || !/\p{Ll}-\p{Lu}/u.test(window)) return;
  for (const re of [SPONSORS_LAW, REPEALED_LAW]) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m !== null; m = re.exec(window)) {
      const start = offset + m.index + m[0].indexOf(m[1]);
      const end = start + m[1].length + (m[2]?.length ?? 0);
      if (isKnownPlace(m[1])) continue;
      // The mentions the tagger made inside the law's name go; the law is no person, place or body.
      let i = first;
      while (i < out.length && out[i].end <= start) i++;
      let j = i;
      while (j < out.length && out[j].start < end) j++;
      if (j > i && out[i].start >= start - 1) out.splice(i, j - i, { start, end, text: text.slice(start, end), type: 'MISC' });
    }
  }
}

/** After a name: a participle's phrase set off by commas, then a verb: ", pressed on the dispute, said", ", speaking in Kyiv, warned". */
const PARTICIPLE_ASIDE_THEN_VERB = /^, \p{Ll}{2,}(?:ed|ing) [^,.;:"“”()]{1,60}, (\p{Ll}+)/u;

/**
 * "Macron, pressed on the dispute, said …": a one-word name read as a place the gazetteer does
 * not know, set off by a participle's phrase before a verb of saying, is the person who spoke (a
 * place that speaks is a known capital: "Beijing, angered by the visit, said").
 */
function speakersSetOffBeforeTheirVerb(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'LOC' || m.text.includes(' ') || text.charCodeAt(m.end) !== 44 || isKnownPlace(m.text)) continue;
    const verb = PARTICIPLE_ASIDE_THEN_VERB.exec(text.slice(m.end, m.end + 90))?.[1];
    if (verb !== undefined && (SAID_FORMS.has(verb) || isSpeechVerb(verb))) out[i] = { ...m, type: 'PER' };
  }
}

/** A verb of saying in the present or the past right after a name: "Klein said", "Klein says". */
const SAID_AFTER = /^ (?:said|says)\b/u;

/** What may stand right before a clause's subject: the text's start or a punctuation mark (a sentence's end, a comma, a quotation mark), then blanks. */
const SUBJECT_OPENING = /(?:^|[.!?,;:"“”'’(\n—–-])\s*$/u;

/**
 * "Klein said that two other women …": a one-word name read as a place the gazetteer does not
 * know, opening its clause right before "said" or "says", is the person who spoke: places do not
 * speak, and a country or a city that does ("Mexico said", "Beijing says") is one the gazetteer
 * knows. Not after a preposition or an article ("the pitch on Kickstarter says"), nor an acronym.
 */
function speakersReadAsPlaces(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'LOC' || m.title !== undefined || m.text.includes(' ') || text.charCodeAt(m.end) !== 32 || !SAID_AFTER.test(text.slice(m.end, m.end + 7))) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(m.text) || isKnownPlace(m.text) || COUNTRY_INITIALS.has(m.text) || !SUBJECT_OPENING.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: 'PER' };
  }
}

/** What a body owns and no person does, after its possessive: "'s venture arm", "'s lending unit", "'s subsidiary". */
const ARM_AFTER = /^['’]s (?:(?:venture|investment|lending|charitable|philanthropic|consulting|research|retail|insurance|banking|trading|cloud) )?(?:arm|unit|subsidiary|division|affiliate)\b/u;

/**
 * "Reckitt Benckiser's research unit", "Hargreaves Lansdown's lending arm": a name read as a person's, no given name
 * opening it, in the possessive before a body's arm or unit is that body.
 */
function ownersOfArms(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'PER' || m.title !== undefined || !ARM_AFTER.test(text.slice(m.end, m.end + 40))) continue;
    const space = m.text.indexOf(' ');
    const opening = space < 0 ? m.text : m.text.slice(0, space);
    // "Kaiser Permanente": a sovereign's title opening it is left to the grouper, which reads such a body as a titled person.
    if (isGivenName(opening) || SOVEREIGN_TITLES.has(lowerCase(opening))) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: 'ORG' };
  }
}

/** Words that open Portuguese, Spanish and Italian places' names: "São Bernardo do Campo", "San Pedro de la Paz", "Rio Grande do Sul". */
const ROMANCE_PLACE_OPENER = /^(?:São|Sao|Santo|Santa|San|Rio|Río|Porto|Villa|Vila|Ciudad|Cidade|Puerto|Nova|Nueva)$/u;

/** Particles of a Romance place's name between two capitalized words. */
const PLACE_PARTICLES = /^ (?:do|da|dos|das|de|del|de la|de los|de las|di|della) $/u;

/**
 * "a rally in São Bernardo do Campo": a place opened by a saint's or a river's word, a particle and
 * the name after it, which the tagger read as a person ("Campo"), are one place.
 */
function placesWithParticles(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i + 1 < out.length; i++) {
    const m = out[i];
    const next = out[i + 1];
    if (m.type !== 'LOC' || next.title !== undefined || next.start - m.end > 12 || !PLACE_PARTICLES.test(text.slice(m.end, next.start))) continue;
    const space = m.text.indexOf(' ');
    if (!ROMANCE_PLACE_OPENER.test(space < 0 ? m.text : m.text.slice(0, space)) || next.text.includes(' ')) continue;
    out.splice(i, 2, { start: m.start, end: next.end, text: text.slice(m.start, next.end), type: 'LOC' });
  }
}

/** "Confederation of African", "Union of South American": a body's head word, "of" and a people's word, a name cut short. */
const BODY_OF_A_PEOPLE = /^(?:The )?\p{Lu}\p{Ll}+ of (?:the )?(?:\p{Lu}\p{Ll}+ )?\p{Lu}\p{Ll}+(?:an|ish|ese|ic)$/u;

/** A capitalized word right after a name, one space on: its next word. */
const NEXT_CAPITALIZED = /^ (\p{Lu}\p{Ll}+)(?![\p{L}'’-])/u;

/**
 * "The Confederation of African Football said": a name read as ending in a people's word after "of", its
 * head a body's word, before a capitalized word outside every name, is a body's name that word ends
 * ("the Confederation of African" names nothing; "the Union of European Football Associations" is one more word on).
 */
function bodiesEndingInAPeople(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type === 'PER' || m.type === 'LOC' || !BODY_OF_A_PEOPLE.test(m.text)) continue;
    const head = lowerCase(m.text.replace(/^The /u, '').split(' ')[0]);
    if (!ORGANIZATION_WORDS.has(head) && head !== 'confederation') continue;
    const next = NEXT_CAPITALIZED.exec(text.slice(m.end, m.end + 24));
    if (next === null || (out[i + 1] !== undefined && out[i + 1].start < m.end + 1 + next[1].length)) continue;
    const end = m.end + 1 + next[1].length;
    out[i] = { start: m.start, end, text: text.slice(m.start, end), type: 'ORG' };
  }
}

/** "Michoacán y Guanajuato", "Zacatecas e Tamaulipas", "Bade-Wurtemberg et Bavière", "Sachsen und Thüringen": two names and a conjunction. */
const JOINED_BY_CONJUNCTION = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}) (y|e|et|und|and) (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})$/u;

/**
 * "Sinaloa, Michoacán y Guanajuato", "Zacatecas y Tamaulipas": two places the gazetteer knows, joined by
 * "and" in Spanish, Portuguese, Italian, French or German (in English for a place's reading only), read as
 * one name are two places, unless the whole is one ("Trinidad and Tobago").
 */
function placesJoinedByConjunctions(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type === 'PER' || m.text.length < 7) continue;
    const joined = JOINED_BY_CONJUNCTION.exec(m.text);
    if (joined === null || (joined[2] === 'and' && m.type !== 'LOC') || isKnownPlace(m.text) || !isKnownPlace(joined[1]) || !isKnownPlace(joined[3])) continue;
    const second = m.end - joined[3].length;
    out.splice(i, 1, { start: m.start, end: m.start + joined[1].length, text: joined[1], type: 'LOC' }, { start: second, end: m.end, text: text.slice(second, m.end), type: 'LOC' });
    i++;
  }
}

/**
 * "the pop star Beyoncé", "the striker Neymar": a one-word name read as a body (no acronym, no body's
 * word, no body the lexicon knows) right after a lower-case word for a performer's or a player's
 * occupation is a person known by one name ("the band Blur" is a body: firmEvidence.ts). Not from a
 * pronoun after "said": a firm speaks of its people too ("Acme said his contract had ended").
 */
function performersReadAsBodies(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  const { tokens } = doc;
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'ORG' || m.title !== undefined || !/^\p{Lu}\p{Ll}+$/u.test(m.text) || ORGANIZATION_WORDS.has(lowerCase(m.text)) || KNOWN_ORGANIZATIONS.has(lowerCase(m.text))) continue;
    const k = tokenIndexAt(doc, m.start);
    if (tokens[k]?.start !== m.start) continue;
    const before = k > s.tokenStart ? tokens[k - 1] : undefined;
    if (before !== undefined && isLowerWord(before) && isOccupationBeforeName(before.text)) out[i] = { start: m.start, end: m.end, text: m.text, type: 'PER' };
  }
}

/** Words that open towns' and peaks' names and no person's: "Fort St. John", "Port Moresby", "Mount St. Helens", "Ciudad de México", "Puerto Vallarta". */
const PLACE_OPENERS = /^(?:Fort|Port|Mount|Mt\.|Ciudad|Cidade|Puerto) (?:de |del )?\p{Lu}/u;

/** "sent to Fort St. John": a name read as a person's that such a word opens is a place's (a saint's name after it misled the tagger). */
function placesOpenedByFort(first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    // "Puerto Ricans": a people's word made of a place's name is no place.
    if (m.type === 'PER' && m.title === undefined && PLACE_OPENERS.test(m.text) && demonymCountry(m.text) === null && !/(?:an|ans)$/u.test(m.text)) out[i] = { start: m.start, end: m.end, text: m.text, type: 'LOC' };
  }
}

/** A legislature's chamber after its state's name: "the Texas House", "the Ohio Senate", "the Georgia General Assembly". */
const CHAMBER_AFTER_STATE = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) (?:House|Senate|Assembly|General Assembly|Legislature)$/u;

/** "Wisconsin Senate candidate", "the Ohio Senate race": a state's seat in the country's chamber, not its own. */
const RACE_AFTER = /^ (?:candidates?|races?|seats?|nominees?|nomination|primary|primaries|contests?|hopefuls?|campaigns?)\b/u;

/**
 * "The Texas House on Tuesday passed", "the Ohio Senate voted": a state's name and a chamber's, read as a
 * place the gazetteer does not know, are the state's legislature or one of its chambers.
 */
function chambersOfStates(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'LOC' || RACE_AFTER.test(text.slice(m.end, m.end + 12))) continue;
    const state = CHAMBER_AFTER_STATE.exec(m.text)?.[1];
    if (state === undefined || isKnownPlace(m.text) || !lookupPlaces(state).some((e) => e.kind === 'region')) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: 'ORG' };
  }
}

/** "Aichi Prefecture", "Hubei Province", "Kherson Oblast": a name and the word for a division of a country, ending the name. */
const DIVISION_NAME = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)? (?:Province|Prefecture|Oblast|Governorate|Voivodeship)$/u;

/** A body's word after a division's name: "the Hubei Province government", "Aichi Prefecture police". */
const BODY_AFTER_DIVISION = /^ (?:government|authorities|administration|police|council|assembly|officials|office)\b/u;

/**
 * "Floods hit Aichi Prefecture", "Hubei Province reported 40 cases": a province's or a prefecture's name
 * read as a body or a thing is the place, unless a body's word follows ("the Hubei Province government").
 */
function divisionsReadAsBodies(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if ((m.type !== 'ORG' && m.type !== 'MISC') || !DIVISION_NAME.test(m.text) || BODY_AFTER_DIVISION.test(text.slice(m.end, m.end + 16))) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: 'LOC' };
  }
}

/** A party's hold on a body after its name: "-led council", "-run administration", "-controlled authority". */
const PARTY_HOLD_AFTER = /^-(?:led|run|controlled) (?:council|councils|administration|authority|authorities|government|coalition|cabinet|executive|assembly|borough|county)\b/u;

/**
 * "the Green-led council", "a Reform-run county": the one word before a party's hold on a
 * council is the party, never a small town of that name (Green, Ohio). A country's, a region's, a
 * people's or a city's name stays a place ("a US-led coalition", "the Saudi-led coalition"), and
 * an acronym is left as read ("the SNP-led council" is the party already).
 */
function partiesLeadingCouncils(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if ((m.type !== 'LOC' && m.type !== 'PER') || m.title !== undefined || m.text.includes(' ') || text.charCodeAt(m.end) !== 0x2d) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(m.text) || !PARTY_HOLD_AFTER.test(text.slice(m.end, m.end + 30)) || namesCountryOrRegion(m.text) || demonymCountry(m.text) !== null || isSizeablePlace(m.text)) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: 'ORG' };
  }
}

/** A station's number after its broadcaster's word: "BBC Radio 4", "Channel 5", "Rai 3" (not "Radio 4,000 listeners"). */
const STATION_NUMBER_AFTER = /^ \d{1,2}(?![\d,.:%]\d|[\d%])/u;
const STATION_WORDS = /(?:^|\s)(?:Radio|Channel|TV|Rai|Canal|Kanal)$/u;

/** "told BBC Radio 4": a broadcaster's station read without its number is named with it. */
function stationsWithTheirNumbers(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'ORG' || !STATION_WORDS.test(m.text)) continue;
    const number = STATION_NUMBER_AFTER.exec(text.slice(m.end, m.end + 6));
    const next = out[i + 1];
    if (number === null || (next !== undefined && next.start < m.end + number[0].length)) continue;
    let end = m.end + number[0].length;
    // "Channel 4 News": a programme's or a station's word after the number, read apart, is part of the name.
    const joined = next !== undefined && next.type === 'ORG' && next.start === end + 1;
    if (joined) end = next.end;
    out.splice(i, joined ? 2 : 1, { start: m.start, end, text: text.slice(m.start, end), type: 'ORG' });
  }
}

/** A word news writes in lower case at least half the time in mid-sentence ("shelter"; not "Trevor"), as the tagger's counts say. */
function isMostlyLowerCase(word: string, caseClasses: ReadonlyMap<string, number>): boolean {
  const c = caseClasses.get(lowerCase(word)) ?? 0;
  return c === 1 || c === 2;
}

/** Compass and size words that open places' names the gazetteer may not hold ("Northern Cyprus", "Greater Britain"): no body's. */
const COMPASS_OPENING = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Inner|Outer|Rural|Coastal|Mainland|Old|New) /u;

/** The United Kingdom's nations, which the gazetteer holds as regions: "Shelter Scotland", "Sport England". */
const UK_NATIONS = new Set(['England', 'Scotland', 'Wales', 'Ireland', 'Britain']);

/** A country's name, or one of the United Kingdom's nations: what a body "named for its country" ends in. */
function namesANation(word: string): boolean {
  return UK_NATIONS.has(word) || lookupPlaces(word).some((e) => e.kind === 'country');
}

/**
 * "Shelter Scotland said", "Air India, owned by Tata", "Akasa Air lost ground": a name read as a
 * person's that ends in a country's name after a word news mostly writes in lower case and that
 * is no given name ("Jimmy Wales", "Trevor Holland" are people), or that an airline's "Air"
 * opens or ends, is a body's: a charity's or a firm's branch in that country, a carrier; so is such a
 * name read as a place the gazetteer does not know ("Oman Air", "Virgin Australia"). Read so
 * before the article's surnames are taken from its people, "India" alone stays the country.
 */
function bodiesNamedForCountries(first: number, caseClasses: ReadonlyMap<string, number>, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    // Read as a place too ("Oman Air", "Virgin Australia"), unless the gazetteer knows the place ("Northern Ireland", "South Africa").
    if ((m.type !== 'PER' && m.type !== 'LOC') || m.title !== undefined || (m.type === 'LOC' && (isKnownPlace(m.text) || COMPASS_OPENING.test(m.text)))) continue;
    const space = m.text.indexOf(' ');
    if (space < 0) continue;
    const opening = m.text.slice(0, space);
    const last = stripPossessive(m.text.slice(m.text.lastIndexOf(' ') + 1));
    const airline = (opening === 'Air' || last === 'Air') && /^\p{Lu}\p{Ll}/u.test(m.text.slice(space + 1));
    const branch = /^\p{Lu}\p{Ll}+$/u.test(opening) && isMostlyLowerCase(opening, caseClasses) && genderOfGivenName(opening) === null && namesANation(last);
    if (airline || branch) out[i] = { start: m.start, end: m.end, text: m.text, type: 'ORG' };
  }
}

/** Verbs that open a supposition before a country's name: "Suppose Britain said no". */
const SUPPOSING = new Set(['suppose', 'imagine', 'consider', 'let', 'picture', 'assume']);

/**
 * "Natural England said", "Police Scotland said", "Natural Resources Wales said": a body named
 * for its country whose first word opens the sentence, where a capital tells the tagger nothing,
 * was read without that word (the country alone, "Resources Wales"). A word news mostly writes
 * in lower case (no given name, no "Meanwhile" or "Today") before it and a verb of saying after
 * it make the whole the body's name: a country does not speak after a common noun or adjective.
 */
function bodiesOpeningSentences(doc: AnalyzedText, s: Sentence, first: number, caseClasses: ReadonlyMap<string, number>, out: NameMention[]): void {
  const { tokens } = doc;
  const m = out[first];
  const opener = tokens[s.tokenStart];
  if (m === undefined || (m.type !== 'LOC' && m.type !== 'ORG') || m.title !== undefined || opener === undefined || opener.end + 1 !== m.start) return;
  const last = m.text.slice(m.text.lastIndexOf(' ') + 1);
  if (!namesANation(last)) return;
  const verb = tokens[tokenIndexAt(doc, m.end)];
  if (verb === undefined || verb.start !== m.end + 1 || !isLowerWord(verb) || !(SAID_FORMS.has(verb.text) || isSpeechVerb(verb.text))) return;
  const word = opener.text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !isMostlyLowerCase(word, caseClasses) || word.endsWith('ly') || COMPASS_OPENING.test(`${word} `)) return;
  // "Say Mexico insisted …", "Suppose Britain said no": a verb opening a supposition.
  if (isSpeechVerb(lowerCase(word)) || SUPPOSING.has(lowerCase(word))) return;
  openWithWordsBefore(doc, first, first, s.tokenStart, 'ORG', out, (w) => !NOT_NAME_WORDS.has(lowerCase(w)));
}

/**
 * "John le Carré", "Juan de la Cruz": a name the tagger reads as an organization's or a place's
 * that is a given name, a surname's particles and capitalized words is a person's, unless its
 * last word names a body or a place ("Juan de Fuca Strait"); so are a given name read as a
 * person's and the name after its particles, read apart.
 */
function givenNamesWithParticles(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    // "John" and "Carré" read apart around "le": one name.
    const next = out[i + 1];
    if (next !== undefined && m.type === 'PER' && next.start - m.end <= 12 && PARTICLES_BETWEEN.test(text.slice(m.end, next.start)) && opensParticleSurname(m, next)) {
      out.splice(i, 2, { start: m.start, end: next.end, text: text.slice(m.start, next.end), type: 'PER' });
      continue;
    }
    if (m.type === 'PER') {
      withParticlesBefore(text, i, first, out);
      continue;
    }
    if (!mayHoldParticle(m.text) || !PARTICLE_NAME.test(m.text)) continue;
    const words = m.text.split(' ');
    const last = lowerCase(words[words.length - 1]);
    if (genderOfGivenName(words[0]) === null || ORGANIZATION_WORDS.has(last) || isPlaceHeaded(m.text)) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: 'PER' };
  }
}

/**
 * Whether a word after a space in `name` may be a surname's particle (SURNAME_PARTICLES open with
 * a lower-case letter of ASCII or an apostrophe): PARTICLE_NAME runs only then, where most names
 * hold no space or a capital after each.
 */
function mayHoldParticle(name: string): boolean {
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) {
    const c = name.charCodeAt(i + 1);
    if ((c >= 97 && c <= 122) || c === 39 || c === 0x2019) return true;
  }
  return false;
}

/**
 * Whether a person's name `m` and the name `next` after a surname's particles are one name: a given
 * name alone ("John" le "Carré"); a given name and a capitalized word ("André Corrêa" do "Lago",
 * the first part of a Portuguese or Spanish compound surname); or one word after an honorific
 * ("Mr Corrêa" do "Lago"). The name after the particles is one capitalized word, no place
 * the gazetteer knows and no body's word ("Bank").
 */
function opensParticleSurname(m: NameMention, next: NameMention): boolean {
  const space = m.text.indexOf(' ');
  if (space < 0) return genderOfGivenName(m.text) !== null || (m.title !== undefined && isOneCapitalizedWord(next.text));
  return m.text.indexOf(' ', space + 1) < 0 && genderOfGivenName(m.text.slice(0, space)) !== null && /^\p{Lu}\p{Ll}/u.test(m.text.slice(space + 1)) && isOneCapitalizedWord(next.text);
}

/** A surname's particles in lower case right before a name, after the start of the text, a space or a mark: "ten " of "said ten Hag". */
const PARTICLES_BEFORE = new RegExp(String.raw`(?:^|[\s"“‘(—–-])((?:(?:${[...SURNAME_PARTICLES].filter((p) => p !== 'do').join('|')}) )+)$`, 'u');

/**
 * '"We tried," ten Hag said', "said van der Vaart": a person's name after a surname's particles in
 * lower case, one word with no given name before its particles, is read from them, as the full name is
 * ("Erik ten Hag"): the tagger reads only the capitalized word ("Hag"). Not after "do", an
 * English verb far more often than a particle ("how do Smith's voters").
 */
function withParticlesBefore(text: string, i: number, first: number, out: NameMention[]): void {
  const m = out[i];
  // A surname after particles is one word: "la Casa Blanca" (Spanish in an English text) is no name of the kind.
  if (m.text.includes(' ')) return;
  const particles = PARTICLES_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[1];
  if (particles === undefined) return;
  const start = m.start - particles.length;
  if (i > first && out[i - 1].end > start) return;
  out[i] = { ...m, start, text: text.slice(start, m.end) };
}

/** One capitalized word, no place of the gazetteer and no body's word: "Lago", "Sousa". */
function isOneCapitalizedWord(text: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(text) && !isKnownPlace(text) && !ORGANIZATION_WORDS.has(lowerCase(text));
}

/**
 * "Ruto's Finance Bill", "the Online Safety Bill": "Bill" alone read as a person's given name,
 * after capitalized words outside every name (no title, no given name), ends a bill's name.
 */
function billsReadAsPeople(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'PER' || m.text !== 'Bill' || m.title !== undefined) continue;
    openWithWordsBefore(doc, i, first, s.tokenStart + 1, 'MISC', out, () => true);
  }
}

/**
 * "Age UK's charity director", "Cancer Research UK said": a British body's name ends in "UK",
 * which the tagger reads alone as the country, or as a body's name without its first word
 * ("Research UK"). Capitalized words right before it, outside
 * every name (no preposition, title, place or given name), open the organization's name.
 */
function britishBodiesEndingInUK(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (!(m.type === 'LOC' && (m.text === 'UK' || m.text === 'U.K.')) && !(m.type === 'ORG' && m.text.endsWith(' UK'))) continue;
    openWithWordsBefore(doc, i, first, s.tokenStart, 'ORG', out, (word) => !NOT_NAME_WORDS.has(lowerCase(word)) && !PLACE_PREPOSITIONS.has(lowerCase(word)) && !isKnownPlace(word));
  }
}

/** Last words of a body's name before the country its branch serves: "Amnesty International Kenya", "Oxfam International", "the Red Cross Society". */
const BRANCH_BODY_ENDINGS = new Set(['international', 'watch', ...ORGANIZATION_WORDS]);

/** A possessive's ending and a word for a body's staff or head after a country's name: "'s director", "'s executive director", "'s head". */
const BRANCH_STAFF_AFTER = /^['’]s (?:(?:executive|managing|country|national|regional|deputy|acting|interim|new|former) )?(?:director|head|chief|chair|chairman|chairwoman|president|spokesman|spokeswoman|spokesperson|coordinator|representative|researcher)\b/u;

/**
 * "Amnesty International Kenya's director Irungu Houghton said": a country's name in the
 * possessive before a body's head or staff, right after capitalized words outside every name
 * that end in a body's word ("International", "Watch"), is the last word of the body's national
 * branch, which the tagger read as the country alone.
 */
function branchesNamedForCountries(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'LOC' || !namesCountryOrRegion(m.text) || !BRANCH_STAFF_AFTER.test(doc.text.slice(m.end, m.end + 40))) continue;
    const before = /(\p{Lu}\p{Ll}+) $/u.exec(doc.text.slice(Math.max(0, m.start - 24), m.start))?.[1];
    if (before === undefined || !BRANCH_BODY_ENDINGS.has(lowerCase(before))) continue;
    openWithWordsBefore(doc, i, first, s.tokenStart, 'ORG', out, (word) => !NOT_NAME_WORDS.has(lowerCase(word)) && !PLACE_PREPOSITIONS.has(lowerCase(word)) && !isKnownPlace(word));
  }
}

/**
 * "Denmark-based Bavarian Nordic, which makes the vaccine, said …": a name of two capitalized
 * words or more read as a thing's (MISC) that is the subject of a speech verb, right before it
 * or across a relative clause set off by commas, is an organization's: events, laws and works
 * do not speak, and groups ("Senate Democrats") are plural.
 */
function thingsThatSpeak(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  const { tokens } = doc;
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'MISC' || !m.text.includes(' ') || m.title !== undefined || isGroupPlural(m.text.slice(m.text.lastIndexOf(' ') + 1))) continue;
    let k = tokenIndexAt(doc, m.end);
    if (tokens[k]?.text === ',' && WHO_WHICH_SET_OFF.has(tokens[k + 1]?.text ?? '')) {
      let c = k + 2;
      while (c < s.tokenEnd && c < k + 20 && tokens[c].text !== ',') c++;
      k = c + 1;
    }
    const verb = tokens[k];
    if (verb === undefined || k >= s.tokenEnd || !isLowerWord(verb) || !SAID_FORMS.has(verb.text)) continue;
    // A given name opens a person's ("François Hollande said"); "the" or a day inside is no body's name ("Super Tuesday").
    const words = m.text.split(' ');
    if (words.some((w) => (!/^\p{Lu}/u.test(w) && w !== 'of' && w !== 'and' && w !== 'for') || DAY_OR_MONTH.test(w))) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: genderOfGivenName(words[0]) === null ? 'ORG' : 'PER' };
  }
}

const WHO_WHICH_SET_OFF = new Set(['which', 'who', 'whose']);

/** Members of a parliament in the plural, as abbreviated: "Labour MPs", "Fine Gael TDs", "SNP MSPs". */
const MEMBERS_PLURAL = /^(?:TDs|MPs|MEPs|MLAs|MSPs|MPPs|MHAs|MSs)$/u;

/**
 * "Fine Gael TDs met", "Sinn Féin TDs walked out": a name read whole with members of a parliament
 * in the plural at its end is their party's name and a common noun, not a person: the party is
 * the body, as "Labour" of "Labour MPs".
 */
function partiesBeforeTheirMembers(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    const space = m.text.lastIndexOf(' ');
    if (space < 0 || m.title !== undefined || !MEMBERS_PLURAL.test(m.text.slice(space + 1))) continue;
    const end = m.start + space;
    out[i] = { start: m.start, end, text: text.slice(m.start, end), type: 'ORG' };
  }
}

/** Kinds of body an appositive names after a body's name: "Threshold, the housing charity, said". */
const BODY_KINDS = new Set([
  'charity', 'union', 'group', 'company', 'firm', 'utility', 'regulator', 'watchdog', 'association', 'federation', 'alliance',
  'foundation', 'nonprofit', 'non-profit', 'organisation', 'organization', 'lobby', 'bank', 'lender', 'retailer', 'airline', 'insurer',
  'broadcaster', 'operator', 'agency', 'council', 'coalition', 'network', 'campaign', 'thinktank', 'body',
]);

/** Kinds of body named after a person or a cause ("the Sanders campaign", "the Gates foundation", "the Brexit campaign"): the name before them is no body's. */
const NAMED_FOR_PEOPLE = new Set(['campaign', 'foundation', 'coalition', 'body', 'council']);

/**
 * "the Aslef union", "the Oxfam charity": a name read as a person's or a place's between "the"
 * and a kind of body in lower case is the body's name. A place the gazetteer knows says where the
 * body is ("the Seattle company", "the Paris council"), read as the body or not.
 */
function bodiesBeforeTheirKind(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  const { tokens } = doc;
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type === 'MISC' || m.title !== undefined || m.text.indexOf(' ') !== m.text.lastIndexOf(' ')) continue;
    const k = tokenIndexAt(doc, m.start);
    if (k <= s.tokenStart || !/^(?:the|The|a|A|an|An)$/u.test(tokens[k - 1].text)) continue;
    let after = k;
    while (after < s.tokenEnd && tokens[after].end <= m.end) after++;
    const kind = tokens[after];
    if (kind === undefined || after >= s.tokenEnd || !BODY_KINDS.has(kind.text) || NAMED_FOR_PEOPLE.has(kind.text)) continue;
    // "The Seattle company said": a city read as the body is where the body is.
    if (m.type === 'ORG') {
      if (isSizeablePlace(m.text) && genderOfGivenName(m.text.split(' ')[0]) === null) out[i] = { start: m.start, end: m.end, text: m.text, type: 'LOC' };
      continue;
    }
    // "a US firm": a country's initials say where the firm is, as a known place's name does.
    if (isKnownPlace(m.text) || COUNTRY_INITIALS.has(m.text) || genderOfGivenName(m.text.split(' ')[0]) !== null) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: 'ORG' };
  }
}

/**
 * "moved from Leeds to London", "flights from London to Leeds": a city read as a body (a club's
 * town) at one end of "from … to …" whose other end is a place is the place too.
 */
function placesFromTo(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (text.slice(a.end, b.start) !== ' to ' || !/(?:^|\s)from $/u.test(text.slice(Math.max(0, a.start - 5), a.start))) continue;
    if (a.type === 'ORG' && b.type === 'LOC' && isSizeablePlace(a.text)) out[i] = { start: a.start, end: a.end, text: a.text, type: 'LOC' };
    else if (b.type === 'ORG' && a.type === 'LOC' && isSizeablePlace(b.text)) out[i + 1] = { start: b.start, end: b.end, text: b.text, type: 'LOC' };
  }
}

/** Verbs and auxiliaries a sentence's subject takes right after an appositive: "…, said", "…, has warned". */
const AFTER_APPOSITIVE = new Set(['has', 'have', 'had', 'is', 'was', 'will', 'would', 'can', 'could', 'says', 'said']);

/**
 * "Threshold, the housing charity, said …", "Acorn, a renters' union, has …": capitalized words
 * opening a sentence, opened by words of no name, set off by an appositive that names a kind of body
 * ("the", up to three words, then the kind) and followed by a verb, are that body's name. The
 * tagger, reading the words themselves, leaves a common noun unread ("Threshold"); an adverb
 * opening a sentence ("Meanwhile, the union, …") takes no verb after the appositive.
 */
function bodiesSetOffByKind(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  const { tokens, text } = doc;
  const k = s.tokenStart;
  let comma = k;
  while (comma < s.tokenEnd && comma < k + 4 && isCapitalizedWord(tokens[comma]) && (comma === k || tokens[comma - 1].end + 1 === tokens[comma].start)) comma++;
  if (comma === k || tokens[comma]?.text !== ',' || !/^(?:the|a|an)$/u.test(tokens[comma + 1]?.text ?? '')) return;
  let kind = comma + 2;
  while (kind < comma + 6 && kind < s.tokenEnd && !BODY_KINDS.has(tokens[kind].text)) kind++;
  if (!BODY_KINDS.has(tokens[kind]?.text ?? '') || tokens[kind + 1]?.text !== ',') return;
  for (let w = comma + 2; w < kind; w++) if (tokens[w].kind !== 'word' && !/^['’]$/u.test(tokens[w].text) || tokens[w].text === 'of') return;
  const verb = tokens[kind + 2];
  if (!isLowerWord(verb) || !(AFTER_APPOSITIVE.has(verb.text) || SAID_FORMS.has(verb.text) || isSpeechVerb(verb.text))) return;
  const start = tokens[k].start;
  const end = tokens[comma - 1].end;
  const opening = tokens[k];
  if (genderOfGivenName(opening.text) !== null || isTitle(opening) || NOT_NAME_WORDS.has(lowerCase(opening.text)) || DAY_OR_MONTH.test(opening.text)) return;
  // The tagger may have read a place at the name's end ("South Africa" of "Business Unity South
  // Africa"): a place or a body inside, after words of no name, is part of it; a person is not.
  let at = first;
  while (at < out.length && out[at].end <= start) at++;
  let inside = at;
  while (inside < out.length && out[inside].start < end) inside++;
  const read = out.slice(at, inside);
  if (read.some((m) => m.type === 'PER' || m.start < start || m.end > end) || (read.length > 0 && read[0].start === start)) return;
  out.splice(at, inside - at, { start, end, text: text.slice(start, end), type: 'ORG' });
}

/** The words between a storm's name and its other name: ", locally known as", ", known locally as", " (also called". */
const KNOWN_AS = /^,?\s*\(?(?:(?:locally|also)\s+)?(?:known|called|named)\s+(?:locally\s+|in\s+the\s+\p{Lu}\p{L}+\s+)?as\s+$/u;

/**
 * "Typhoon Kalmaegi, locally known as Tino,", "Typhoon Haiyan, known locally as Yolanda": the
 * Philippines' weather agency names the storms it tracks itself, and news gives both names. The
 * second is the storm's too, not a person's; marked as the first (a storm's title on a thing's
 * name), so the article's other "Yolanda"s follow it (mentionTypes.ts).
 */
function stormsByTheirLocalNames(text: string, first: number, out: NameMention[]): void {
  for (let i = Math.max(first, 1); i < out.length; i++) {
    const storm = out[i - 1];
    if (storm.type !== 'MISC' || storm.title === undefined || !STORM_WORDS.has(lowerCase(storm.title)) || out[i].text.includes(' ')) continue;
    if (KNOWN_AS.test(text.slice(storm.end, out[i].start))) out[i] = { start: out[i].start, end: out[i].end, text: out[i].text, type: 'MISC', title: storm.title };
  }
}

/**
 * "Arne Slot insisted Liverpool were …", "Pareekh Jain said": two capitalized words the tagger
 * left unread, opening a clause (the sentence's start, or after a comma, "and" or "but") right
 * before a verb of saying, are a person's name where the first is a given name or a word the
 * tagger's counts of news never met ("Arne"; not "Some" or "New"). The names of the wider world
 * are the ones the tagger has not seen; the second may well be a common word ("Slot", "Day").
 */
function unreadPeopleWhoSpeak(doc: AnalyzedText, s: Sentence, first: number, caseClasses: ReadonlyMap<string, number>, out: NameMention[]): void {
  const { tokens, text } = doc;
  let next = first;
  for (let k = s.tokenStart; k + 2 < s.tokenEnd; k++) {
    const a = tokens[k];
    const b = tokens[k + 1];
    const verb = tokens[k + 2];
    while (next < out.length && out[next].end <= a.start) next++;
    if (!isCapitalizedWord(a) || !isCapitalizedWord(b) || !isLowerWord(verb) || !(SAID_FORMS.has(verb.text) || isSpeechVerb(verb.text))) continue;
    if (next < out.length && out[next].start < b.end) continue;
    const before = tokens[k - 1];
    if (k > s.tokenStart && !(before.text === ',' || before.text === 'and' || before.text === 'but')) continue;
    if (b.end + 1 !== verb.start || a.end + 1 !== b.start || !/^\p{Lu}\p{Ll}+$/u.test(a.text) || !/^\p{Lu}\p{Ll}+$/u.test(b.text)) continue;
    const unseen = (caseClasses.get(lowerCase(a.text)) ?? 0) === 0;
    if (!(unseen || genderOfGivenName(a.text) !== null)) continue;
    if ([a, b].some((t) => NOT_NAME_WORDS.has(lowerCase(t.text)) || isTitle(t) || DAY_OR_MONTH.test(t.text) || isKnownPlace(t.text) || ORGANIZATION_WORDS.has(lowerCase(t.text)))) continue;
    out.splice(next, 0, { start: a.start, end: b.end, text: text.slice(a.start, b.end), type: 'PER' });
    next++;
  }
}

/**
 * "call Crime Stoppers", "backed by Mumsnet": in mid-sentence a capital on a word news mostly
 * writes in lower case is the name's own, so such a word right before a one-word body's name,
 * left outside it by the tagger ("Stoppers"), opens the body's name. Only where the word before
 * it is in lower case: a run of capitals is a headline's, which tells nothing.
 */
function bodiesOpenedByCommonWords(doc: AnalyzedText, s: Sentence, first: number, caseClasses: ReadonlyMap<string, number>, out: NameMention[]): void {
  const { tokens } = doc;
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'ORG' || m.title !== undefined || !/^\p{Lu}\p{Ll}+$/u.test(m.text)) continue;
    const at = tokenIndexAt(doc, m.start);
    if (at - 2 < s.tokenStart || tokens[at].start !== m.start || !isLowerWord(tokens[at - 2])) continue;
    const word = tokens[at - 1].text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || DAY_OR_MONTH.test(word) || isKnownPlace(word) || isGroupMember(word)) continue;
    openWithWordsBefore(doc, i, first, at - 1, 'ORG', out, (w) => isMostlyLowerCase(w, caseClasses) && !NOT_NAME_WORDS.has(lowerCase(w)));
  }
}

const DAY_OR_MONTH = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/** Prepositions of place that NOT_NAME_WORDS leaves out ("Across UK", "Throughout UK"). */
const PLACE_PREPOSITIONS = new Set(['across', 'throughout', 'around', 'outside', 'inside', 'within', 'via', 'into', 'beyond', 'toward', 'towards']);

/** A surname's particles between two names: " le ", " von der ". */
const PARTICLES_BETWEEN = new RegExp(String.raw`^(?: (?:${[...SURNAME_PARTICLES].join('|')}))+ $`, 'u');

/** One or two capitalized words ("André Lopes" of "André Lopes do Vale"), a surname's particles in lower case, and capitalized words. */
const PARTICLE_NAME = new RegExp(String.raw`^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?: (?:${[...SURNAME_PARTICLES].join('|')}))+(?: \p{Lu}[\p{L}'’-]*)+$`, 'u');

/**
 * Mention i of `out` opened by up to two capitalized words right before it, one space apart,
 * outside every name (no title, given name or possessive, and what `accepts` allows), from
 * token `lowest` on: "Finance" of "Finance Bill", "Cancer Research" of "Cancer Research UK".
 * The name becomes one of `type`; unchanged where no such word stands there.
 */
function openWithWordsBefore(doc: AnalyzedText, i: number, first: number, lowest: number, type: NameMention['type'], out: NameMention[], accepts: (word: string) => boolean): void {
  const { tokens, text } = doc;
  const m = out[i];
  const at = tokenIndexAt(doc, m.start);
  let start = at;
  while (start - 1 >= lowest && start > at - 3 && isCapitalizedWord(tokens[start - 1]) && tokens[start - 1].end + 1 === tokens[start].start && accepts(tokens[start - 1].text)
    && !isTitle(tokens[start - 1]) && genderOfGivenName(tokens[start - 1].text) === null && !/['’]s$/u.test(tokens[start - 1].text)) start--;
  if (start === at || (i > first && out[i - 1].end > tokens[start].start)) return;
  out[i] = { start: tokens[start].start, end: m.end, text: text.slice(tokens[start].start, m.end), type };
}
