import type { NameMention } from './nameMention';
import { KNOWN_ORGANIZATIONS, ORGANIZATION_WORDS, isPlaceHeaded, isTitle } from './nameLexicon';
import { demonymCountry, isKnownPlace, isSizeablePlace } from '../places/gazetteer';
import { lowerCase } from '../text/lowerCase';
import { placeOfResidents } from './residentsOfPlaces';
import { genderOfGivenName } from '../entities/givenNames';
import { ORGANIZATION_ROLE_NOUNS } from '../entities/roleNouns';
import { isKinNoun } from './kinIntroduced';

// Bodies and places told apart by the words beside the name, read sentence by sentence after
// tagging (the tagger's features stay as they are). News from abroad names clubs, firms and
// parties the tagger has never seen, and describes them in the same sentence: "Gor Mahia, the
// Nairobi club, won", "Her party, Morena, controls"; and names places the way it names bodies:
// "Brazil's central bank", "Texas Governor Greg Abbott", "In Phoenix, the council said".

/**
 * Nouns for a kind of body, lower case, that a description in apposition ends in ("the
 * Nairobi club", "the largest private energy company", "the Dubai airline"): what it
 * describes is that body, no person or place.
 */
const BODY_KINDS = new Set([
  'club', 'team', 'side', 'company', 'firm', 'group', 'conglomerate', 'airline', 'carrier', 'bank', 'lender', 'insurer', 'broadcaster',
  'newspaper', 'retailer', 'supermarket', 'chain', 'utility', 'operator', 'manufacturer', 'startup', 'start-up', 'party', 'movement',
  'union', 'charity', 'agency', 'regulator', 'militia', 'brewer', 'automaker', 'carmaker', 'giant',
  // Not "developer", "producer", "publisher" or "miner": "Ann Lee, a Texas real estate developer" is a person
  // ("his publisher, W.W. Norton," is a body: a possessive and a kind before the name read "publisher" too).
]);

/** A description in apposition after a name, up to its kind of body: ", the Nairobi club," ", the largest private energy company." */
const DESCRIPTION_AFTER = /^, (?:the|a|an) ((?:[\p{L}\p{N}.-]+ ){0,4})([\p{Ll}-]+)(?=[,.;:)]| (?:based|owned|controlled|founded|which|that)\b)/u;

/** Words that make a description one of a person's role at the body ("the head of the company"), not the body's own. */
const ROLE_LINKS = /(?:^| )(?:of|at|for|in|with|to|from|and|by|on)(?= )|['’]s /u;

/** A body's kind after a possessive, right before the name: "Her party, " "Khan's party, " "its subsidiary, ". */
const KIND_BEFORE = /(?:\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y)|\p{L}['’]s) (?:[\p{Ll}-]+ )?([\p{Ll}-]+), $/u;

/** Right before a name: "Shares in ", "shares of ", "a group called ", "a party named ". */
const SHARES_OR_KIND_CALLED = /(?:\b[Ss]hares (?:in|of)|\b(?:club|team|company|firm|group|party|movement|union|charity|band) (?:called|named)) $/u;

/**
 * "Gor Mahia, the Nairobi club, beat": a name read as a person's or a place's, described in
 * apposition as a kind of body ("the largest private energy company", "the Dubai airline"),
 * named after its kind and a possessive ("Her party, Morena, controls"), or after its kind
 * and "called" ("a group called Oszukana Wieś") or after "shares in" ("Shares in Itaú Unibanco
 * fell": firmEvidence.ts shows one-word firms so article-wide), is that body.
 */
export function bodiesDescribedBeside(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'PER' && m.type !== 'LOC') continue;
    if (m.type === 'PER' && m.title !== undefined) continue;
    // The characters the patterns need first: a comma after the name (a description or a kind set off), or the last
    // letter of "in", "of", "called", "named" and a space before it. Most names have neither, and no slice is cut.
    const comma = text.charCodeAt(m.end) === 44;
    const last = text.charCodeAt(m.start - 2);
    const called = text.charCodeAt(m.start - 1) === 32 && (last === 110 || last === 102 || last === 100);
    if (!comma && !called) continue;
    const after = comma ? DESCRIPTION_AFTER.exec(text.slice(m.end, m.end + 80)) : null;
    let body = after !== null && BODY_KINDS.has(after[2]) && !ROLE_LINKS.test(` ${after[1]}`);
    if (!body) {
      const before = text.slice(Math.max(0, m.start - 40), m.start);
      const kind = comma ? KIND_BEFORE.exec(before) : null;
      body = (kind !== null && (BODY_KINDS.has(kind[1]) || kind[1] === 'publisher')) || (called && SHARES_OR_KIND_CALLED.test(before));
    }
    if (body) out[i] = { start: m.start, end: m.end, text: m.text, type: 'ORG' };
  }
}

/** A political grouping's kind, lower case, inside a span the tagger ran over it: "Peronist coalition Fuerza Patria". */
const GROUPING_INSIDE = / (?:coalition|alliance|bloc|front|party|movement) (?=\p{Lu})/u;

/** The last word of a First Nation's or a band's name: "the Haisla Nation said", "the Gitxaala Nation". */
const NATION_END = /^\p{Lu}[\p{L}'’-]+(?: First)? Nation$/u;

/**
 * "the Peronist coalition Fuerza Patria": a span run over a kind of political grouping in lower
 * case is the body named after the kind; "the Haisla Nation said": a First Nation is a body, no
 * place (the tagger knows "nation" as a country's word).
 */
export function bodiesAfterTheirKind(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    const kind = m.type === 'ORG' ? null : GROUPING_INSIDE.exec(m.text);
    if (kind) {
      const start = m.start + kind.index + kind[0].length;
      out[i] = { start, end: m.end, text: text.slice(start, m.end), type: 'ORG' };
    } else if (m.type === 'LOC' && NATION_END.test(m.text)) out[i] = { ...m, type: 'ORG' };
  }
}

/** A compass word opening a region's name, then a capitalised word that is no compass word: "North Darfur", not "North West". */
const COMPASS_OPENED = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Central)(?: \p{Lu}[\p{L}'’-]*)+$/u;
const COMPASS_ONLY = /^(?:North|South|East|West|Northern|Southern|Eastern|Western)$/u;

/**
 * "the capital of North Darfur": a name read as a person's, with no title, opened by a compass
 * word is a region's (no one's given name is "North" or "Upper"; "North West", two compass
 * words, may be).
 */
export function placesOpenedByCompassWords(first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'PER' || m.title !== undefined || !COMPASS_OPENED.test(m.text) || m.text.split(' ').slice(1).some((w) => COMPASS_ONLY.test(w))) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: 'LOC' };
  }
}

/** A saint's name: "St Mary", "St. Paul", "Saint Patrick". */
const SAINTS_NAME = /^(?:St\.?|Saint) \p{Lu}[\p{L}-]+$/u;

/**
 * The possessive after a saint's name, before a mark or a short word that opens no noun of its
 * own ("'s in", "’s.", "' on" after a name in -s): not "St. Paul's mayor", the city's.
 */
const SAINTS_POSSESSIVE = /(?:['’]s|(?<=s)['’])(?=\s*(?:[.,;:)!?"”]|$)|\s+(?:in|on|at|and|or|for|to|with|from|last|this|next|since|after|before|where|when|which|who|is|was|were|has|had|will)\b)/uy;

/**
 * "at St Mary's on Friday", "Prayers at St. Paul's": a saint's name in the possessive before no
 * other name is a church's, a hospital's or a school's, named with the possessive ("St Mary's"),
 * never the saint nor a city named after the saint (St. Paul, Minnesota).
 */
export function placesNamedForSaints(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.text.charCodeAt(0) !== 83 || !SAINTS_NAME.test(m.text)) continue;
    SAINTS_POSSESSIVE.lastIndex = m.end;
    const possessive = SAINTS_POSSESSIVE.exec(text);
    if (possessive === null || (i + 1 < out.length && out[i + 1].start < m.end + possessive[0].length)) continue;
    const end = m.end + possessive[0].length;
    out[i] = { start: m.start, end, text: text.slice(m.start, end), type: m.type === 'PER' ? 'LOC' : m.type };
  }
}

/** A possessive, then a word in lower case: "Brazil's central bank", not "Brazil's President Lula". */
const POSSESSIVE_BEFORE_LOWER = /^['’]s \p{Ll}/u;

/**
 * "Brazil's central bank", "Texas Governor Greg Abbott", "In Phoenix, officials said": one word
 * read as a body's that names a country, a region or a sizeable city, in the possessive before
 * a common noun, right before a person's title, or after a sentence's opening "In" and a comma,
 * is the place.
 */
export function placesReadAsBodies(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type === 'ORG' && isSiteOfOwner(text, m)) {
      out[i] = { start: m.start, end: m.end, text: m.text, type: 'LOC' };
      continue;
    }
    if (m.type !== 'ORG' || m.text.includes(' ') || !isSizeablePlace(m.text)) continue;
    const after = text.slice(m.end, m.end + 40);
    const next = /^ (\p{Lu}[\p{L}.]*) \p{Lu}/u.exec(after);
    const place = POSSESSIVE_BEFORE_LOWER.test(after) || (next !== null && isTitle({ text: next[1] })) || (/^,/u.test(after) && /(?:^|[.!?"”]\s+|\n)In $/u.test(text.slice(Math.max(0, m.start - 6), m.start)));
    if (place) out[i] = { start: m.start, end: m.end, text: m.text, type: 'LOC' };
  }
}

/** "its ", "their ", "the firm's " before a place's name, a word for a site after it: "its Solihull plant", "the company's Halewood factory". */
const OWNER_BEFORE = /(?:\b(?:[Ii]ts|[Tt]heir)|\p{Ll}['’]s) $/u;
const SITE_AFTER = /^ (?:plant|plants|factory|factories|site|works|facility|office|offices|headquarters|warehouse|depot|refinery|mine|campus|store|branch|terminal|hub|base)\b/u;

/** "its Solihull plant": a place the gazetteer knows, between an owner and its site, is where the site is (the tagger read a body). */
function isSiteOfOwner(text: string, m: NameMention): boolean {
  // "s " or "r " before the name ("its ", "their ", "Acme's "), a space after it, looked at before a slice is cut.
  const last = text.charCodeAt(m.start - 2);
  if (text.charCodeAt(m.start - 1) !== 32 || (last !== 115 && last !== 114) || text.charCodeAt(m.end) !== 32) return false;
  return OWNER_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) && SITE_AFTER.test(text.slice(m.end, m.end + 16)) && isKnownPlace(m.text);
}

/** A word for a kind of body in the plural, lower case ("councils", "universities"): its singular, else null. */
function singularOfBodyWord(lower: string): string | null {
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.endsWith('s') ? lower.slice(0, -1) : null;
  return singular !== null && !ORGANIZATION_WORDS.has(lower) && ORGANIZATION_WORDS.has(singular) ? singular : null;
}

/**
 * "young Kenyans had lost patience", "Councils across Wales warned": one word read as a body's
 * that is a people's name in the plural, or a place's people (residentsOfPlaces.ts: "Queenslanders", read as a body or a place),
 * is the people's (MISC, as CoNLL marks "Kenyans"), unless
 * "the" makes it a team ("the Texans"); one that is a kind of body in the plural names none.
 */
export function peoplesAndKindsReadAsBodies(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (isNationalityBeforeNoun(text, m)) {
      out[i] = { start: m.start, end: m.end, text: m.text, type: 'MISC' };
      continue;
    }
    // "would fail Queenslanders", "many New Yorkers", "Mainers": a place's people read as a body or a place (residentsOfPlaces.ts).
    if ((m.type === 'ORG' || m.type === 'LOC') && m.text.endsWith('s') && placeOfResidents(m.text) !== null && !isAfterThe(text, m)) {
      out[i] = { start: m.start, end: m.end, text: m.text, type: 'MISC' };
      continue;
    }
    if (m.type !== 'ORG' || !/^\p{Lu}\p{Ll}+s$/u.test(m.text)) continue;
    if (singularOfBodyWord(lowerCase(m.text)) !== null) {
      out.splice(i--, 1);
      continue;
    }
    if (demonymCountry(m.text) !== null && !isAfterThe(text, m)) out[i] = { start: m.start, end: m.end, text: m.text, type: 'MISC' };
  }
}

/** "the Texans", "the Hammers": a people's word after "the" names a team. */
function isAfterThe(text: string, m: NameMention): boolean {
  return /\b[Tt]he $/u.test(text.slice(Math.max(0, m.start - 4), m.start));
}

/**
 * "his Qatari counterpart", "the Sudanese army": a nationality's word, read as a body's, a
 * person's or a place's, before a word in lower case is an adjective (MISC, as CoNLL marks it),
 * unless it is a place's name too ("Djibouti").
 */
function isNationalityBeforeNoun(text: string, m: NameMention): boolean {
  return m.type !== 'MISC' && text.charCodeAt(m.end) === 32 && /^\p{Lu}\p{Ll}+$/u.test(m.text) && / \p{Ll}/uy.test(text.slice(m.end, m.end + 2))
    && demonymCountry(m.text) !== null && !isKnownPlace(m.text);
}

/** A firm's officer's role in lower case between the firm's name and the officer's: "co-founder", "chief executive", "spokeswoman". */
const OFFICER_BETWEEN = /^ (?:co-?founder|founder|chief executive|chief technology officer|chief scientist|chairman|chairwoman|chair|spokes(?:man|woman|person)|boss|owner|president|managing director) $/u;

/** A building's name, which stays the place's where news speaks for the office in it ("White House spokesman Josh Earnest"). */
const BUILDING_LAST = / (?:House|Palace|Hall|Building|Castle|Tower|Square|Street)$/u;

/**
 * "Hugging Face co-founder Thomas Wolf", "Vespucci chief executive Ana Ruiz": a name the tagger
 * read as a place the gazetteer does not know, right before a firm's officer's role in lower
 * case and a person's name, or a chief executive's or a founder's role alone ("the former
 * Hewlett-Packard CEO who"), is the firm's ("Texas Governor Greg Abbott" keeps its known place).
 */
export function bodiesBeforeTheirOfficers(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'LOC') continue;
    const next = out[i + 1];
    const officer = (next !== undefined && next.type === 'PER' && OFFICER_BETWEEN.test(text.slice(m.end, next.start))) || FIRM_OFFICER_AFTER.test(text.slice(m.end, m.end + 16));
    if (!officer || isKnownPlace(m.text) || BUILDING_LAST.test(m.text)) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: 'ORG' };
  }
}

/** A firm's officer named by the firm alone, no person after ("the former Hewlett-Packard CEO who", "Wells Fargo CEO John Stumpf"). */
const FIRM_OFFICER_AFTER = /^ (?:CEO|CFO|COO|CTO|chief executive|co-?founder)\b/u;

/**
 * What a body's name is followed by after "the": a verb of saying or an auxiliary ("The Kansai
 * Tigers said", "the Lagos Stars have"). Not a stop: "at the Palais Bourbon," is a place.
 */
const VERB_AFTER = /^ (?:said|says|told|announced|added|confirmed|have|has|had|will|would|are|were|beat|won|lost|drew)\b/u;

/**
 * "The Yomiuri Giants said they would", "America Movil, controlled by the Slim family": a name of
 * two words or more read as a person's, with no title, right after "the" and before a verb of
 * saying or an auxiliary (no one is "the Anna Lee"; "the Hillary Clinton campaign" goes on with
 * a noun), or set off before "owned by" or "controlled by", is a body.
 */
export function bodiesReadAsPeople(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'PER' || m.title !== undefined) continue;
    // Two words at least after "the", or a comma after the name: most names have neither, and no slice is cut.
    if (text.charCodeAt(m.end) !== 44 && !m.text.includes(' ')) continue;
    const after = text.slice(m.end, m.end + 24);
    const afterThe = m.text.includes(' ') && /\b[Tt]he $/u.test(text.slice(Math.max(0, m.start - 4), m.start)) && VERB_AFTER.test(after);
    if (afterThe || /^, (?:owned|controlled) by\b/u.test(after)) out[i] = { start: m.start, end: m.end, text: m.text, type: 'ORG' };
  }
}

/**
 * "a ceremony for Ohtani and Yoshinobu Yamamoto": a name of two or three words read as a place's
 * that the gazetteer does not know and that ends in no place's word, joined by "and" to a person's
 * name, is another person's.
 */
export function peopleListedWithPeople(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'LOC' || !/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u.test(m.text) || isPlaceHeaded(m.text) || isKnownPlace(m.text)) continue;
    // "the White House and Hillary Clinton", "Hulu and Amazon Video": no building or firm's product is anyone's name.
    // Nor a body's ("Obama and White House political director David Simas").
    if (/\b[Tt]he $/u.test(text.slice(Math.max(0, m.start - 4), m.start)) || KNOWN_ORGANIZATIONS.has(lowerCase(m.text.slice(0, m.text.indexOf(' '))))) continue;
    if (ORGANIZATION_WORDS.has(lowerCase(m.text.slice(m.text.lastIndexOf(' ') + 1)))) continue;
    const before = i > first ? out[i - 1] : undefined;
    const after = out[i + 1];
    const listed = (before?.type === 'PER' && text.slice(before.end, m.start) === ' and ') || (after?.type === 'PER' && text.slice(m.end, after.start) === ' and ');
    if (listed) out[i] = { start: m.start, end: m.end, text: m.text, type: 'PER' };
  }
}

/**
 * "across Cork, Limerick and Kildare", "Pfizer, Eli Lilly and Johnson & Johnson employ …": one
 * word read as a person's, no given name and no title, opening a list ("A, B and C", "A, B, C")
 * whose other names are all places or all bodies, is one of them: a place where the gazetteer
 * knows it, a body otherwise; two names or more follow it.
 */
export function listOpenersLikeTheRest(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i + 2 < out.length; i++) {
    const m = out[i];
    if (m.type !== 'PER' || m.title !== undefined || m.text.includes(' ') || genderOfGivenName(m.text) !== null || text.slice(m.end, out[i + 1].start) !== ', ') continue;
    const kind = out[i + 1].type;
    if (kind !== 'LOC' && kind !== 'ORG') continue;
    // The rest of the list: names of that kind joined by ", ", ", and " or " and ", up to the one after " and ".
    let j = i + 1;
    for (;;) {
      const between = j + 1 < out.length ? text.slice(out[j].end, out[j + 1].start) : '';
      if (out[j + 1]?.type !== kind || (between !== ', ' && between !== ' and ' && between !== ', and ')) break;
      j++;
      if (between !== ', ') break;
    }
    // Two names after it at least ("Cork, Ireland" is a place and its country; "Smith, Labour's leader" no list).
    if (j - i < 2 || (kind === 'LOC' && !isKnownPlace(m.text))) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: kind };
  }
}

/** A share price's move right after a list of names: " also gained", " rose 2%", " both slipped". */
const PRICE_MOVE_AFTER = /^,? (?:(?:also|both|each|all) )?(?:rose|fell|gained|climbed|slipped|dropped|jumped|advanced|declined|rallied|slumped|surged|tumbled|sank|soared|plunged|edged|eased|shed|lost|added)\b/u;

/**
 * "Mahindra & Mahindra and Maruti Suzuki also gained", "Bajaj Finance and Tata Steel climbed":
 * a name read as a person's (no title, its first word no given name) or as a place the gazetteer
 * does not know, joined by "and" to a body, the pair's share price moving, is a firm too.
 */
export function firmsListedWithFirms(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    const between = text.slice(a.end, b.start);
    if ((between !== ' and ' && between !== ', and ') || !PRICE_MOVE_AFTER.test(text.slice(b.end, b.end + 24)) || !isAboutMarkets(text, a.start, b.end)) continue;
    if (a.type === 'ORG' && readsAsFirmNotPerson(b)) out[i + 1] = { start: b.start, end: b.end, text: b.text, type: 'ORG' };
    else if (b.type === 'ORG' && readsAsFirmNotPerson(a)) out[i] = { start: a.start, end: a.end, text: a.text, type: 'ORG' };
  }
}

/** Words of a market report: "shares", "stocks", "2%", "per cent", "the index". */
const MARKET_WORDS = /\b(?:[Ss]hares?|[Ss]tocks?|per ?cent|percent|index|[Ii]nvestors|trading|[Mm]arkets?)\b|\d%/u;

/** The sentence around two names (up to the full stops either side, at most 200 characters each way) holds words of a market report. */
function isAboutMarkets(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 200), start);
  const after = text.slice(end, end + 200);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const to = after.search(/\.(?:\s|$)/u);
  return MARKET_WORDS.test(before.slice(from + 1)) || MARKET_WORDS.test(to < 0 ? after : after.slice(0, to));
}

/** A name read as a person's with no title and no given name first, or as a place no one knows. */
function readsAsFirmNotPerson(m: NameMention): boolean {
  if (m.type === 'PER') return m.title === undefined && m.text.includes(' ') && genderOfGivenName(m.text.slice(0, m.text.indexOf(' '))) === null;
  return m.type === 'LOC' && !isKnownPlace(m.text);
}

/** WORD_BEFORE_NAME may match before `start`: a space, after a comma, a hyphen, a lower-case letter of ASCII or a character beyond it. */
function mayFollowLowerWord(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 2);
  return text.charCodeAt(start - 1) === 32 && ((c >= 97 && c <= 122) || c === 44 || c === 45 || c >= 128);
}

/** The word right before a name, past a comma: "great-granddaughter, " → "great-granddaughter". */
const WORD_BEFORE_NAME = /([\p{Ll}-]+),? $/u;

/**
 * "a great-granddaughter, Poppy", "her son, Peter": one word read as a body or a place, right
 * after a noun of kinship ("great-" and "step-" ones too), no known place or body, is the relative's.
 */
export function relativesReadAsBodies(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if ((m.type !== 'ORG' && m.type !== 'LOC') || m.text.includes(' ') || isKnownPlace(m.text) || KNOWN_ORGANIZATIONS.has(lowerCase(m.text))) continue;
    const noun = mayFollowLowerWord(text, m.start) ? WORD_BEFORE_NAME.exec(text.slice(Math.max(0, m.start - 28), m.start))?.[1] : undefined;
    if (!(noun !== undefined && isKinOfAnyDegree(noun)) && !hasRelativeOrSuccessor(text, m.end)) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: 'PER' };
  }
}

/** A noun of kinship, "great-" and "step-" ones too ("great-granddaughter", "step-son"). */
function isKinOfAnyDegree(noun: string): boolean {
  return isKinNoun(noun.replace(/^(?:great-)+|^step-?/u, ''));
}

/** After a name: "'s", a noun of kinship or of succession ("Ardern's successor", "Lee's widow") and the word after it. */
const POSSESSIVE_THEN_NOUN = /^['’]s ([\p{Ll}-]+)(?: ([\p{Ll}-]+))?/u;

/**
 * "Ardern's successor", "Whitlam's widow": only a person has these (a body's successor is rare in
 * news and said otherwise); not a kin noun that makes a body's ("Acme's sister airline", "its parent company").
 */
function hasRelativeOrSuccessor(text: string, end: number): boolean {
  const found = POSSESSIVE_THEN_NOUN.exec(text.slice(end, end + 40));
  if (found === null) return false;
  const noun = found[1];
  if (noun === 'successor' || noun === 'predecessor') return true;
  return noun !== 'parent' && isKinOfAnyDegree(noun) && !ORGANIZATION_ROLE_NOUNS.has(found[2] ?? '');
}

/** Bodies named by a rank's word and a word for a body: "General Staff", "General Assembly", "General Command". */
const BODIES_AFTER_RANK = new Set(['staff', 'assembly', 'command', 'headquarters', 'secretariat', 'council', 'directorate']);

/**
 * "The General Staff of the Armed Forces said": a word for a body read as a person's name with a
 * rank's word before it as a title ("General") is, with that word, the body's name.
 */
export function bodiesNamedWithRanks(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'PER' || m.title === undefined || m.text.includes(' ') || !BODIES_AFTER_RANK.has(lowerCase(m.text))) continue;
    const start = m.start - m.title.length - 1;
    if (start < 0 || text.slice(start, m.start) !== `${m.title} `) continue;
    out[i] = { start, end: m.end, text: text.slice(start, m.end), type: 'ORG' };
  }
}

/** An office set off after a name, held of a place or a body: ", the governor of", ", the new mayor of", ", a senator for". */
const OFFICE_AFTER = /^, (?:the|a|an) (?:[\p{Ll}-]+ )?(?:governor|mayor|minister|senator|premier|chairman|chairwoman|spokesman|spokeswoman|president|secretary-general) (?:of|for)\b/u;

/**
 * "Abdulswamad Sheriff Nassir, the governor of Mombasa County, urged calm": a name of two words or
 * more read as a body's or a place's, set off before an office held of a place or a body, is the
 * holder's (a title's word inside it, "Sheriff", made the tagger read a body).
 */
export function holdersReadAsBodies(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    // ", " after the name first (OFFICE_AFTER's opening): most names are let go before a pattern runs.
    if ((m.type !== 'ORG' && m.type !== 'LOC') || text.charCodeAt(m.end) !== 44 || text.charCodeAt(m.end + 1) !== 32 || !/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}$/u.test(m.text)) continue;
    if (isPlaceHeaded(m.text) || isKnownPlace(m.text) || m.text.split(' ').some((w) => ORGANIZATION_WORDS.has(lowerCase(w)))) continue;
    if (OFFICE_AFTER.test(text.slice(m.end, m.end + 48))) out[i] = { start: m.start, end: m.end, text: m.text, type: 'PER' };
  }
}

/**
 * "at Charles de Gaulle airport", "flew into Kennedy airport": a person's name right before
 * "airport" in lower case names the airport, a place (as CoNLL marks it), not the person.
 */
export function airportsNamedForPeople(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type === 'PER' && text.startsWith(' airport', m.end) && !/\p{L}/u.test(text.charAt(m.end + 8))) out[i] = { start: m.start, end: m.end, text: m.text, type: 'LOC' };
  }
}
