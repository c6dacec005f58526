import type { NameMention } from './nameMention';
import { kinBefore } from './kinIntroduced';
import { wordsOfFullNames } from './firmEvidence';
import { demonymCountry, isKnownPlace } from '../places/gazetteer';
import { isAsciiCapital, isAsciiDigit } from '../text/tokenizer';
import { genderOfGivenName } from '../entities/givenNames';
import { cachedByText } from '../text/cachedByText';

// What a name is, told by the words around it where the tagger, reading the name's own words,
// guessed wrong. Each a general convention of news copy:
// - a kin noun then the name: "said his wife, Fatima", "her son Ali" (a person, whatever
//   else the name spells: Fátima is a town);
// - a source of figures: "according to Bloomberg data", "LSEG figures" (a firm, not a place);
// - the signature of a reader's letter or a vox pop: "— Claire Dawson, 34, accountant, Leeds"
//   (the town the reader writes from, not a club);
// - a side picked for a match: "naming the XI", "the starting XV" (no name at all);
// - a nation's nickname before a noun: "Kiwi families", "Aussie batters" (a people's word, as
//   "Australian", which the name lists leave out);
// - two places joined by "and" before a health board's or an NHS trust's words: "Cardiff and
//   Vale University Health Board" (one body);
// - where a life happened: "born in Leeds", "grew up in Everton" (a town the gazetteer knows,
//   not its club);
// - a saint's name with its possessive before a church's or a hospital's word: "St Mary's
//   Cathedral", "St Thomas' Hospital" (one building or body, not the saint);
// - a number opening a campaign's name after "the": "the 4 Day Week Foundation";
// - a people's word right before an institute's or an academy's name: "the Indian Institute of
//   Technology", "the Chinese Academy of Sciences" (one body, where the tagger cut off the first word);
// - judges of a bench named together: "Justices B.R. Gavai and K.V. Viswanathan" (two people,
//   the plural title no part of the first name).

/** Words for figures a firm publishes, right after its name: "Bloomberg data", "LSEG figures". */
const FIGURES_AFTER = / (?:data|figures|estimates|calculations|polling|indices|index data)\b/uy;

/**
 * A reader's signature before a place, at a line's start: "— Claire Dawson, 34, accountant, "
 * (a dash, a name, an age and maybe an occupation), or a name alone: "— Alan Price, ", "Jean
 * Mercer, ". Not a byline: "By Jane Doe, ".
 */
const SIGNATURE_BEFORE = /(?:^|\n)(?:[—–-] ?)?(?!By )\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)+((?:, \d{1,3})(?:, \p{Ll}[\p{Ll} -]*)?)?, $/u;

/** Where someone was born, raised or lived, right before the place: "born in ", "grew up in ". */
const LIFE_IN = /\b(?:[Bb]orn|raised|grew up|brought up) in $/u;

/** A kind of body, never a person's role, after "the" right before its name: "the pollster ", "the lender ", "the charity ". */
const BODY_KIND_BEFORE = /(?:^|[^\p{L}])[Tt]he (?:pollster|polling firm|lender|bank|insurer|carmaker|chipmaker|retailer|charity|firm|company|conglomerate|regulator|watchdog|airline|newspaper|party|union|think tank|thinktank) $/u;

/** A team's side, a Roman numeral after a lower-case word: "the XI", "starting XV". */
const SIDES = new Set(['XI', 'XV', 'XIII']);

/** Nations' nicknames used as their peoples' words before a noun, never a name there. */
const NATION_NICKNAMES = new Set(['Kiwi', 'Aussie', 'Brit', 'Yank', 'Pom', 'Pommie', 'Canuck']);

/**
 * Last words of a health body two places can share: "Cardiff and Vale University Health Board",
 * "Shrewsbury and Telford Hospital NHS Trust" (councils and police forces: sharedBodies.ts).
 */
const SHARED_BODY_END = /(?: Health Board| NHS (?:Foundation )?Trust)$/u;

/** A Scottish, Irish or Welsh word for a lake or an island, read alone: "Loch" of "Loch Awe". */
const LAKE_OR_ISLAND_WORD = /^(?:Loch|Lough|Llyn|Ynys|Inis|Innis)$/u;

/** An NHS trust's words, read apart from the hospitals' or the places' names before them. */
const NHS_TRUST = /^NHS (?:Foundation )?Trust$/u;

/** A body's own word: "Edinburgh City Council and Fife Council" are two bodies. */
const BODY_WORD = /\b(?:Council|Board|Trust|Authority|Borough|County|City|Police|Service)\b/u;

/** The church's, the school's or the hospital's word after a saint's possessive name, with its type. */
const SAINTS_BUILDINGS: ReadonlyMap<string, 'LOC' | 'ORG'> = new Map([
  ['Cathedral', 'LOC'], ['Church', 'LOC'], ['Basilica', 'LOC'], ['Abbey', 'LOC'], ['Chapel', 'LOC'], ['Square', 'LOC'], ['Park', 'LOC'],
  ['Hospital', 'ORG'], ['College', 'ORG'], ['School', 'ORG'], ['University', 'ORG'],
]);

/** First words of bodies whose whole name opens with a people's word: "(Indian) Institute of Science", "(Chinese) Academy of Sciences". */
const INSTITUTION_OPENERS = /^(?:Institute|Institutes|Academy|Society|Association|Museum) /u;

/** A person's name after a bench's plural title: a given name or initials, then a surname ("K.V. Viswanathan", "Hima Kohli"). */
const JUDGES_NAME = /^(?:(?:\p{Lu}\.)+ ?|\p{Lu}\p{Ll}+ )\p{Lu}\p{Ll}+$/u;

/** A saint's name: "St Mary", "St. Paul", "Saint Peter". */
const SAINT = /^(?:St\.?|Saint) \p{Lu}\p{Ll}+$/u;

// What the rules below ask of a mention's own words, as bits of one number per spelling: asked
// of every mention on every keystroke, a look-up where each rule ran its own pattern or Set.
const ONE_WORD = 1;
const SIDE = 2;
const NATION_NICKNAME = 4;
const HOLDS_BODY_WORD = 8;
const JUSTICES = 16;
const LAKE_OR_ISLAND = 32;
const SAINTS_NAME = 64;

/** The bits of a spelling (an article repeats its names, an editor session its whole text). */
const spellingOf = cachedByText((name: string): number =>
  (name.includes(' ') ? 0 : ONE_WORD) |
  (SIDES.has(name) ? SIDE : 0) |
  (NATION_NICKNAMES.has(name) ? NATION_NICKNAME : 0) |
  (BODY_WORD.test(name) ? HOLDS_BODY_WORD : 0) |
  (name.startsWith('Justices ') && JUDGES_NAME.test(name.slice(9)) ? JUSTICES : 0) |
  (LAKE_OR_ISLAND_WORD.test(name) ? LAKE_OR_ISLAND : 0) |
  (SAINT.test(name) ? SAINTS_NAME : 0));

/**
 * The last words of BODY_KIND_BEFORE's kinds, the whole run of lower-case letters right before
 * the space before a name: only after one of them is the pattern read.
 */
const BODY_KIND_LAST_WORDS = new Set([
  'pollster', 'firm', 'lender', 'bank', 'insurer', 'carmaker', 'chipmaker', 'retailer', 'charity', 'company', 'conglomerate', 'regulator',
  'watchdog', 'airline', 'newspaper', 'party', 'union', 'tank', 'thinktank',
]);

/** BODY_KIND_BEFORE before offset `at` (a space at at - 1), the word before that space looked up first. */
function bodyKindBefore(text: string, at: number): boolean {
  let from = at - 1;
  while (from > 0 && isAsciiLower(text.charCodeAt(from - 1))) from--;
  return at - 1 - from >= 4 && BODY_KIND_LAST_WORDS.has(text.slice(from, at - 1)) && BODY_KIND_BEFORE.test(text.slice(Math.max(0, at - 24), at));
}

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * `next`, right after the people's word `m`, is a body whose name opens with it: an institute's
 * or an academy's, or one of three words or more after "the" ("the Australian Securities and
 * Investments Commission"; not "the French Foreign Ministry", the ministry of France).
 */
function opensBodyName(text: string, start: number, next: NameMention): boolean {
  if (INSTITUTION_OPENERS.test(next.text)) return true;
  return /(?:^|[^\p{L}])[Tt]he $/u.test(text.slice(Math.max(0, start - 5), start)) && next.text.split(' ').length >= 3;
}

/** The mention ends its line (or the text), the last item of a signature. */
function endsSignature(text: string, end: number): boolean {
  return end === text.length || text[end] === '\n' || text[end] === '\r';
}

/** FIGURES_AFTER right at offset `at`, read in place (sticky: no slice of the text per mention). */
function figuresAfter(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 32) return false;
  FIGURES_AFTER.lastIndex = at;
  return FIGURES_AFTER.test(text);
}

/** `out` (or a copy of `mentions`, the first time) with mention `i` replaced: one function, not a closure made for every mention. */
function replaceAt(out: NameMention[] | null, mentions: NameMention[], i: number, mention: NameMention): NameMention[] {
  const list = out ?? mentions.slice();
  list[i] = mention;
  return list;
}

/** The mentions with those readings applied (the same array where none applies). */
export function namesByTheirSurroundings(text: string, mentions: NameMention[]): NameMention[] {
  let out: NameMention[] | null = null;
  // The words of people's full names: "the Trump data program" is the candidate's ("Donald Trump").
  let fullNameWords: Set<string> | undefined;
  for (let i = 0; i < (out ?? mentions).length; i++) {
    const m = (out ?? mentions)[i];
    // Each field read once: the mentions come in many shapes, and every read of one is a look-up.
    const { start, end, type, title, text: name } = m;
    const spelling = spellingOf(name);
    const oneWord = (spelling & ONE_WORD) !== 0;
    // Not a thing's word read as MISC: "his wife, Democratic presidential nominee Hillary Clinton".
    if ((type === 'ORG' || type === 'LOC') && oneWord && kinBefore(text, start)) {
      out = replaceAt(out, mentions, i, { start, end, text: name, type: 'PER' });
      continue;
    }
    if ((type === 'LOC' || (type === 'PER' && title === undefined)) && oneWord && figuresAfter(text, end) && !isKnownPlace(name) && !(fullNameWords ??= wordsOfFullNames(mentions)).has(name)) {
      out = replaceAt(out, mentions, i, { start, end, text: name, type: 'ORG' });
      continue;
    }
    // "the pollster Indikator Politik", "the lender Bank Rakyat": a kind of body, with "the", right before a name read as a person's that no given name opens.
    // (BODY_KIND_BEFORE ends in a space: the character before the name is looked at before a slice is cut.)
    if (type === 'PER' && title === undefined && !oneWord && text.charCodeAt(start - 1) === 32 && bodyKindBefore(text, start) && genderOfGivenName(name.slice(0, name.indexOf(' '))) === null) {
      out = replaceAt(out, mentions, i, { start, end, text: name, type: 'ORG' });
      continue;
    }
    // "born in Leeds", "grew up in Everton": where a life happened is a place the gazetteer knows, not its club.
    if ((type === 'ORG' || type === 'PER') && title === undefined && text.startsWith('in ', start - 3) && LIFE_IN.test(text.slice(Math.max(0, start - 16), start)) && isKnownPlace(name)) {
      out = replaceAt(out, mentions, i, { start, end, text: name, type: 'LOC' });
      continue;
    }
    // The place ending a signature with an age; after a name alone, only one the gazetteer knows ("Jane Doe, Bloomberg" is a byline's outlet).
    const signature = (type === 'ORG' || type === 'PER') && title === undefined && oneWord && endsSignature(text, end) ? SIGNATURE_BEFORE.exec(text.slice(Math.max(0, start - 80), start)) : null;
    if (signature !== null && (signature[1] !== undefined || isKnownPlace(name))) {
      out = replaceAt(out, mentions, i, { start, end, text: name, type: 'LOC' });
      continue;
    }
    if (type !== 'MISC' && (spelling & SIDE) !== 0 && /\b\p{Ll}+ $/u.test(text.slice(Math.max(0, start - 12), start))) {
      (out ??= mentions.slice()).splice(i, 1);
      i--;
      continue;
    }
    if (type !== 'MISC' && (spelling & NATION_NICKNAME) !== 0 && /^ \p{Ll}/u.test(text.slice(end, end + 2))) {
      out = replaceAt(out, mentions, i, { start, end, text: name, type: 'MISC' });
      continue;
    }
    const next = (out ?? mentions)[i + 1];
    // "Telford Hospital" and "NHS Trust": one body; the mention before it is asked again ("Shrewsbury and").
    if (type !== 'PER' && title === undefined && next !== undefined && next.start === end + 1 && NHS_TRUST.test(next.text)) {
      out ??= mentions.slice();
      out.splice(i, 2, { start: start, end: next.end, text: text.slice(start, next.end), type: 'ORG' });
      i = Math.max(-1, i - 2);
      continue;
    }
    // "Cardiff" and "Vale University Health Board": one body (not after a comma: "Kent, Surrey and …").
    if (type !== 'PER' && title === undefined && (spelling & HOLDS_BODY_WORD) === 0 && next !== undefined && next.start === end + 5 && (next.type === 'ORG' || next.type === 'LOC') && text.startsWith(' and ', end) && next.text.includes(' ') && SHARED_BODY_END.test(next.text) && !/,\s*$/u.test(text.slice(Math.max(0, start - 2), start))) {
      out ??= mentions.slice();
      out.splice(i, 2, { start: start, end: next.end, text: text.slice(start, next.end), type: 'ORG' });
      continue;
    }
    // "Justices B.R. Gavai" and "K.V. Viswanathan": two judges.
    if ((spelling & JUSTICES) !== 0) {
      out = replaceAt(out, mentions, i, { start: start + 9, end: end, text: name.slice(9), type: 'PER', title: 'Justices' });
      if (next !== undefined && next.type !== 'PER' && next.title === undefined && text.slice(end, next.start) === ' and ' && JUDGES_NAME.test(next.text)) {
        (out ??= mentions.slice())[i + 1] = { start: next.start, end: next.end, text: next.text, type: 'PER' };
      }
      continue;
    }
    // "Indian" and "Institute of Technology Bombay", "the Australian" and "Council of Trade Unions": one body.
    if (type === 'MISC' && oneWord && title === undefined && next !== undefined && next.start === end + 1 && next.type === 'ORG' && opensBodyName(text, start, next) && demonymCountry(name) !== null) {
      out ??= mentions.slice();
      out.splice(i, 2, { start: start, end: next.end, text: text.slice(start, next.end), type: 'ORG' });
      continue;
    }
    // "Loch" alone before "Awe": the lake's whole name.
    if ((spelling & LAKE_OR_ISLAND) !== 0) {
      const whole = /^ \p{Lu}[\p{Ll}\p{M}]+/u.exec(text.slice(end, end + 24));
      if (whole !== null && (next === undefined || next.start >= end + whole[0].length)) {
        const to = end + whole[0].length;
        out = replaceAt(out, mentions, i, { start: start, end: to, text: text.slice(start, to), type: 'LOC' });
        continue;
      }
    }
    // "East London" before "Mosque": the building, not the town.
    // (Asked of every place on every keystroke: a space and a capital after it, before a slice is cut.)
    if (type === 'LOC' && title === undefined && text.charCodeAt(end) === 32 && isAsciiCapital(text.charCodeAt(end + 1))) {
      const head = /^ (Mosque|Cathedral|Temple|Shrine|Synagogue|Abbey|Minster|Basilica|Gurdwara|Mandir|Pagoda)\b/u.exec(text.slice(end, end + 12));
      if (head !== null && (next === undefined || next.start >= end + head[0].length)) {
        const to = end + head[0].length;
        out = replaceAt(out, mentions, i, { start: start, end: to, text: text.slice(start, to), type: 'LOC' });
        continue;
      }
    }
    // "St Mary" before "'s Cathedral": the building.
    if ((spelling & SAINTS_NAME) !== 0) {
      const after = /^['’]s? (\p{Lu}\p{Ll}+)\b/u.exec(text.slice(end, end + 20));
      const building = after === null ? undefined : SAINTS_BUILDINGS.get(after[1]);
      if (after !== null && building !== undefined) {
        const to = end + after[0].length;
        out ??= mentions.slice();
        let past = i + 1;
        while (past < out.length && out[past].start < to) past++;
        out.splice(i, past - i, { start: start, end: to, text: text.slice(start, to), type: building });
        continue;
      }
    }
    // "the 4 Day Week Foundation": the number opens the name.
    // (The digit looked at first: most names of several words have none before them.)
    if (type === 'ORG' && isAsciiDigit(text.charCodeAt(start - 2)) && name.includes(' ')) {
      const number = /(?:^|[^\p{L}\p{N}])[Tt]he (\d) $/u.exec(text.slice(Math.max(0, start - 7), start));
      if (number !== null) {
        const from = start - 2;
        out = replaceAt(out, mentions, i, { start: from, end: end, text: text.slice(from, end), type: 'ORG' });
      }
    }
  }
  return out ?? mentions;
}
