import type { NameMention } from './nameMention';
import type { Sentence } from '../text/sentences';
import { COUNTRY_INITIALS, demonymCountry, isKnownPlace, isSizeablePlace } from '../places/gazetteer';
import { isAsciiLetter } from '../text/tokenizer';
import { lowerCase } from '../text/lowerCase';
import { genderOfGivenName } from '../entities/givenNames';

// Names told by the words right beside them, read sentence by sentence after tagging (the
// tagger's features stay as they are): a name cut at its hyphen ("Bramley-Moore Dock"), a
// nation's portfolio before an office ("Scottish Health Secretary Neil Gray"), an outlet named
// with its kind ("the journal Nature Medicine", "Vietnam's Nhan Dan newspaper"). Each takes the
// sentence's mentions from `first` in `out` and changes them in place.

/** Last words of places' names a hyphenated name may end in: "Bramley-Moore Dock". */
const HYPHENED_PLACE_HEADS = new Set(['Dock', 'Docks', 'Park', 'Stadium', 'Bridge', 'Station', 'Square', 'Road', 'Street', 'Lane', 'Hill', 'Green', 'Common', 'Quay', 'Wharf']);

/**
 * "Bramley-Moore Dock" read as a place "Bramley" and a person "Moore Dock", "Lin-Manuel Miranda"
 * as a place "Lin" and a person: a one-word name, a hyphen and a name are one, a place's where it
 * ends in a place's word, else a person's ("Rees-Mogg" the tagger reads whole).
 */
export function namesJoinedByHyphen(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (b.start !== a.end + 1 || text.charCodeAt(a.end) !== 45 || a.type === 'MISC' || b.type === 'MISC') continue;
    if (isDoubleBarrelledSurname(text, a, b)) {
      out.splice(i, 2, { ...a, end: b.end, text: text.slice(a.start, b.end) });
      continue;
    }
    // "Dr Kwame Asante-Mensah of the University of Ghana": the surname's second half opened the body's name the tagger read after it.
    const employer = a.type === 'PER' && a.text.includes(' ') && b.type === 'ORG' ? SURNAME_HALF_BEFORE_BODY.exec(b.text) : null;
    if (employer !== null && !ORGANIZATION_WORDS_AFTER.test(employer[1])) {
      const surnameEnd = b.start + employer[1].length;
      const bodyStart = b.start + employer[0].length;
      out.splice(i, 2, { ...a, end: surnameEnd, text: text.slice(a.start, surnameEnd) }, { start: bodyStart, end: b.end, text: text.slice(bodyStart, b.end), type: 'ORG' });
      continue;
    }
    // One word before the hyphen, no place or body of its own: not "Ali-Joe Frazier", "EU-Turkey", "U.S.-Mexico", "Post-ABC News".
    if (a.text.includes(' ') || a.text.includes('.') || isKnownPlace(a.text) || !/^\p{Lu}\p{Ll}+$/u.test(a.text)) continue;
    const last = b.text.slice(b.text.lastIndexOf(' ') + 1);
    const place = HYPHENED_PLACE_HEADS.has(last);
    // A person's double name the tagger cut ("Lin-Manuel Miranda"), not two people ("the Trump-Clinton race").
    if (!place && (b.type !== 'PER' || a.type === 'PER' || !b.text.includes(' '))) continue;
    const type = place ? 'LOC' : 'PER';
    out.splice(i, 2, { start: a.start, end: b.end, text: text.slice(a.start, b.end), type });
  }
}

/** One capitalized word, then "of" (and "the") before a body's name: "Mensah of the " of "Mensah of the University of Ghana". */
const SURNAME_HALF_BEFORE_BODY = /^(\p{Lu}\p{Ll}+) of (?:the )?(?=\p{Lu})/u;
/** Words that open a body's own name before "of": "Bank of England", "University of Ghana" (then the whole is the body's). */
const ORGANIZATION_WORDS_AFTER = /^(?:Bank|University|College|School|Institute|Department|Ministry|Office|Board|Council|Court|Church|Museum|Academy|Society|Association|Federation|Union|League|Party|House|Chamber|Commission|Committee|Agency|Authority|Centre|Center|Hospital|Republic|Kingdom|State|States|City|County|Province|Port|Isle|Bay|Gulf|Lake|Mount|Duke|Earl|Prince|Princess|King|Queen)$/u;

/**
 * "Maria Sullivan-Reyes" read as "Maria Sullivan" and "Reyes": a person's full name, a hyphen
 * and one capitalized word read as a person's, with no name going on after it (not "the Joe
 * Biden-Xi Jinping talks"), is one person with a double-barrelled surname.
 */
function isDoubleBarrelledSurname(text: string, a: NameMention, b: NameMention): boolean {
  if (a.type !== 'PER' || b.type !== 'PER' || !a.text.includes(' ') || !/^\p{Lu}\p{Ll}+$/u.test(b.text)) return false;
  return !/^[ \t]+\p{Lu}/u.test(text.slice(b.end, b.end + 3));
}

/** Portfolios a minister's or a secretary's title names before the office: "Scottish Health Secretary". */
const PORTFOLIOS = new Set(['Health', 'Education', 'Finance', 'Home', 'Foreign', 'Justice', 'Defence', 'Defense', 'Transport', 'Environment', 'Energy', 'Trade', 'Culture', 'Housing', 'Interior', 'Economy', 'Agriculture', 'Communities', 'Work', 'Business', 'Industry', 'Labour', 'Labor',
  'Commerce', 'Treasury', 'Immigration', 'Tourism', 'Communications', 'Science', 'Technology', 'Sport', 'Infrastructure', 'Resources', 'Climate', 'Welfare']);
/** Adjectives of nations and regions with governments of their own that the country demonyms lack: "Scottish Health Secretary". */
const GOVERNED_NATIONS = new Set(['Scottish', 'Welsh', 'English', 'Catalan', 'Basque', 'Flemish', 'Walloon', 'Bavarian', 'Quebec', 'Ontario', 'Victorian', 'Queensland']);
/** Offices after a portfolio: "… Health Secretary Neil Gray", "… Finance Minister Paschal Donohoe". */
const OFFICE_AFTER_PORTFOLIO = /^ (?:Secretary|Minister|Spokesman|Spokeswoman|Spokesperson|Commissioner|Chief|Director) \p{Lu}/u;

/**
 * "Scottish Health Secretary Neil Gray": a nation's adjective and a portfolio, read as an
 * organization, right before the office and its holder's name are words of the title, no body.
 * (A firm's name before an office, "Microsoft President Brad Smith", opens with no adjective of a nation.)
 */
export function portfoliosBeforeOffices(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'ORG' && m.type !== 'MISC') continue;
    const space = m.text.indexOf(' ');
    // ("Delhi Environment Minister", "California Health Secretary": a state's or a city's name serves as its adjective.)
    const governed = m.text.slice(0, space);
    if (space < 0 || space !== m.text.lastIndexOf(' ') || !PORTFOLIOS.has(m.text.slice(space + 1))) continue;
    const place = COUNTRY_INITIALS.has(governed) || isKnownPlace(governed);
    if ((!place && demonymCountry(governed) === null && !GOVERNED_NATIONS.has(governed)) || !OFFICE_AFTER_PORTFOLIO.test(text.slice(m.end, m.end + 16))) continue;
    // "US Treasury Secretary", "California Health Secretary": the place whose office it is stays named.
    if (place) {
      out[i] = { start: m.start, end: m.start + space, text: governed, type: 'LOC' };
      continue;
    }
    out.splice(i, 1);
    i--;
  }
  wordsOfLongPortfolios(text, first, out);
}

/** The capitalized words of a portfolio of several ("Work and Pensions", "Culture, Media and Sport") after its first word, up to the office and its holder. */
const REST_OF_PORTFOLIO = /^(?:(?:,| and) \p{Lu}\p{Ll}+| \p{Lu}\p{Ll}+)* (?:Secretary|Minister) \p{Lu}/u;
/** From the first word of a portfolio of several to the start of one of its words. */
const PORTFOLIO_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)(?:(?:,| and)? \p{Lu}\p{Ll}+)*(?:,| and)? $/u;

/**
 * "Work and Pensions Secretary Liz Kendall", "Culture, Media and Sport Secretary Lisa Nandy":
 * a word of a portfolio of several, read as an organization ("Pensions", "Media"), is a word of
 * the holder's title, no body: from a portfolio's first word, words joined by commas and "and",
 * then the office and a name.
 */
function wordsOfLongPortfolios(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if ((m.type !== 'ORG' && m.type !== 'MISC') || m.start === 0 || !REST_OF_PORTFOLIO.test(text.slice(m.end, m.end + 80))) continue;
    const before = PORTFOLIO_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
    // The mention is a word inside the joined portfolio: "and" or a comma on one side of it.
    const joined = /(?:,| and) $/u.test(text.slice(Math.max(0, m.start - 5), m.start)) || /^(?:,| and) /u.test(text.slice(m.end, m.end + 5));
    if (!before || !PORTFOLIOS.has(before[1]) || !joined) continue;
    out.splice(i, 1);
    i--;
  }
}

/** "the journal Nature Medicine", "the newspaper Le Monde", "the tabloid Bild": the kind of outlet said right before its name. */
const OUTLET_KIND_BEFORE = /\bthe\s+(?:(?:scientific|medical|academic|weekly|daily|online|news|left-wing|right-wing|conservative|liberal|german|french|italian|spanish|british|american|japanese)\s+)?(?:journal|newspaper|magazine|paper|tabloid|broadsheet|daily|weekly|broadcaster|website|news\s+site|news\s+agency)\s+$/iu;

/** The last word of each kind of outlet OUTLET_KIND_BEFORE names ("news site": "site"). */
const OUTLET_KIND_LAST_WORDS = new Set(['journal', 'newspaper', 'magazine', 'paper', 'tabloid', 'broadsheet', 'daily', 'weekly', 'broadcaster', 'website', 'site', 'agency']);

/**
 * Whether OUTLET_KIND_BEFORE may match the text before `end`, read from the word before the
 * blanks there: a plain word (ASCII letters after a space or a mark, only spaces after it)
 * that is no outlet's kind rules it out, which is nearly every name's; anything else is left
 * to the pattern (Unicode case folding, other white space). Asked before every name.
 */
function mayEndWithOutletKind(text: string, end: number): boolean {
  let e = end;
  while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  let b = e;
  while (b > 0 && isAsciiLetter(text.charCodeAt(b - 1))) b--;
  if (b === e || (b > 0 && text.charCodeAt(b - 1) >= 128)) return true;
  return OUTLET_KIND_LAST_WORDS.has(lowerCase(text.slice(b, e)));
}

/** "Vietnam's Nhan Dan newspaper", "the Asahi Shimbun daily": the kind of outlet right after its name. */
const OUTLET_KIND_AFTER = /^ (?:newspaper|daily|tabloid|broadsheet|magazine|weekly|broadcaster|news agency|news site|website)\b/u;

/**
 * A name the tagger read as a place or a person right after the kind of outlet it is
 * (OUTLET_KIND_BEFORE), or right before it (OUTLET_KIND_AFTER, after an owner or "the"), or where a
 * study is published ("published in Nature"), is the outlet.
 */
export function outletsAfterTheirKind(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type === 'ORG' || m.start < 5 || text.charCodeAt(m.start - 1) !== 32) continue;
    const kindBefore = mayEndWithOutletKind(text, m.start) && OUTLET_KIND_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
    // (Not "the Dutch newspaper", "the Paris daily": a people's or a place's name says where the outlet is.)
    const kindAfter = !kindBefore && OUTLET_KIND_AFTER.test(text.slice(m.end, m.end + 14)) && /(?:['’]s|\bthe|\bstate-run|\bstate-owned) $/u.test(text.slice(Math.max(0, m.start - 12), m.start)) && !isKnownPlace(m.text) && demonymCountry(m.text) === null && m.type !== 'MISC';
    // "the broadcaster Jeremy Vine": a broadcaster is also a person who broadcasts, named with a given name.
    const presenter = kindBefore && m.type === 'PER' && /broadcaster\s+$/iu.test(text.slice(Math.max(0, m.start - 14), m.start)) && genderOfGivenName(m.text.split(' ')[0]) !== null;
    if ((kindBefore && !presenter) || kindAfter || isPublishedIn(text, m)) out[i] = { start: m.start, end: m.end, text: m.text, type: 'ORG' };
  }
}

/** "published in Nature", "published online in The Lancet": where a study is published, unless a place's name ("published in London"). */
const PUBLISHED_IN = /\bpublished\s+(?:online\s+)?in\s+(?:the\s+)?$/iu;

function isPublishedIn(text: string, m: NameMention): boolean {
  const before = text.slice(Math.max(0, m.start - 28), m.start);
  return before.includes('published') && PUBLISHED_IN.test(before) && m.type !== 'PER' && !isKnownPlace(m.text);
}

/**
 * Kinds of firm or body that no person is, said right before a firm's name: "the consultancy
 * Vespucci Maritime", "the port operator Hutchison Ports", "the lender Santander".
 */
const FIRM_KINDS = new Set([
  'company', 'firm', 'consultancy', 'operator', 'retailer', 'supermarket', 'lender', 'insurer', 'carmaker', 'automaker',
  'drugmaker', 'chipmaker', 'manufacturer', 'conglomerate', 'startup', 'start-up', 'utility', 'miner', 'airline', 'carrier',
  'brewer', 'charity', 'union', 'regulator', 'watchdog', 'subsidiary', 'bank', 'fund', 'broker', 'shipper',
]);

/** The kind right before a name, after "the"/"a"/an owner and up to two words of what it does: "the port operator ", "the energy firm ". */
const FIRM_KIND_BEFORE = /(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)|['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:[\p{Ll}-]+)\s+$/u;
/** The word right before a name, and the comma after it if any. */
const LAST_WORD = /([\p{Ll}-]+)(,?)\s+$/u;
/**
 * LAST_WORD's match in the 20 characters before `start` (the word, the comma), read from the
 * characters back from `start` where they are ASCII: the pattern, anchored at its end, is tried
 * from each of the 20 in turn. Beyond ASCII, the pattern is asked.
 */
export function lastWordBefore(text: string, start: number): readonly [word: string, comma: string] | null {
  const from = Math.max(0, start - 20);
  let t = start;
  for (; t > from; t--) {
    const c = text.charCodeAt(t - 1);
    if (c >= 0x80) return lastWordByPattern(text.slice(from, start));
    if (c !== 32 && (c < 9 || c > 13)) break;
  }
  if (t === start || t === from) return null;
  const comma = text.charCodeAt(t - 1) === 44 ? 1 : 0;
  const end = t - comma;
  let k = end;
  for (; k > from; k--) {
    const c = text.charCodeAt(k - 1);
    if (c >= 0x80) return lastWordByPattern(text.slice(from, start));
    if ((c < 0x61 || c > 0x7a) && c !== 0x2d) break;
  }
  if (k === end) return null;
  return [text.slice(k, end), comma ? ',' : ''];
}

function lastWordByPattern(before: string): readonly [word: string, comma: string] | null {
  const m = LAST_WORD.exec(before);
  return m === null ? null : [m[1], m[2]];
}

/** The same kind set off by a comma before the name: "The port's operator, Hutchison Ports, said". */
const FIRM_KIND_SET_OFF = /(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)|['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:[\p{Ll}-]+), $/u;

/**
 * A name the tagger read as a person's or a place's right after a kind of firm (FIRM_KINDS),
 * or set off by commas after one, is the firm's: the tagger reads "Hutchison Ports" or
 * "Vespucci Maritime" by their words, which are a surname's and a place's. A person's name
 * opening with a given name is left ("the firm's founder, Ann Lee" names no kind).
 */
export function firmsAfterTheirKind(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if ((m.type !== 'PER' && m.type !== 'LOC') || m.title !== undefined || m.start < 4) continue;
    // The word before first (nearly every name's is no kind), then what comes before it.
    const last = lastWordBefore(text, m.start);
    if (last === null || !FIRM_KINDS.has(last[0]) || (last[1] === ',' && text.charCodeAt(m.end) !== 44)) continue;
    const before = text.slice(Math.max(0, m.start - 50), m.start);
    if (!(last[1] === ',' ? FIRM_KIND_SET_OFF : FIRM_KIND_BEFORE).test(before)) continue;
    if (m.type === 'PER' && genderOfGivenName(m.text.split(' ')[0]) !== null) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: 'ORG' };
  }
}

/** ", which" after a name (and its possessive "'s", a shop's): the name is no person's. */
const WHICH_AFTER = /^(?:['’]s)?, which /u;

/**
 * "Rival Sainsbury's, which reports next week, gained 1.5%": a name read as a person's that
 * "which" goes on about is a body's (a person's takes "who"); one opening with a given name
 * is left ("Ann Lee, which …" is a slip of the writer's, or a ship).
 */
export function bodiesFollowedByWhich(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'PER' || m.title !== undefined || text.charCodeAt(m.end) === 32 || !WHICH_AFTER.test(text.slice(m.end, m.end + 10))) continue;
    // (Nor the object of a verb, which "which" may pass over: "allegations that he assaulted Ivana Trump, which he denied".)
    if (genderOfGivenName(m.text.split(' ')[0]) !== null || /\p{Ll}ed $/u.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: 'ORG' };
  }
}

/** Nouns of a place or its people before "of" and a town's name: "the port of Liverpool", "the mayor of Leeds". */
const PLACE_OF = /\b(?:port|city|town|village|borough|county|mayor|streets|people|residents|outskirts|suburbs|centre|center|heart|capital|harbour|harbor)\s+of\s+$/u;

/**
 * A sizeable place's name the tagger read as a body (the football club of Liverpool or Leeds)
 * after "the port of", "the mayor of" and other nouns of a place is the place.
 */
export function placesAfterPlaceNouns(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'ORG' || m.start < 4 || text.charCodeAt(m.start - 1) !== 32 || text.charCodeAt(m.start - 2) !== 102 /* the f of "of" */) continue;
    if (!PLACE_OF.test(text.slice(Math.max(0, m.start - 14), m.start)) || !isSizeablePlace(m.text)) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: 'LOC' };
  }
}

/** A railway's or a metro's words near a line's name: "trains on the Elizabeth line", "Victoria line stations". */
const RAIL_WORDS = /\b(?:trains?|services|stations?|passengers|commuters|[Tt]ube|Underground|metro|railway|rail|signals?|signalling|platforms?|travellers|engineering works)\b/u;

/**
 * "the Elizabeth line", "the Piccadilly line": a one-word name right before "line" in lower case,
 * after "the", where the text around it speaks of trains, is a railway line, a place: not the
 * person or the town the name alone would be (Elizabeth, New Jersey). Not a party line ("the
 * Kremlin line on Ukraine"): those come with no trains.
 */
export function railwayLines(text: string, s: Sentence, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.text.includes(' ') || m.title !== undefined || !LINE_AFTER.test(text.slice(m.end, m.end + 6)) || !/\bthe $/u.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
    // Up to 100 characters either side, within the sentence.
    if (!RAIL_WORDS.test(text.slice(Math.max(s.start, m.start - 100), Math.min(s.end, m.end + 100)))) continue;
    const end = m.end + 5;
    out[i] = { start: m.start, end, text: text.slice(m.start, end), type: 'LOC' };
  }
}

/** " line" ending a name: not "lines" or "linesman". */
const LINE_AFTER = /^ line(?![\p{L}\p{N}])/u;
