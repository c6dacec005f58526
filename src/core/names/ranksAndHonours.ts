import type { Token } from '../text/tokenizer';
import type { NameType } from './nameMention';
import { isCapitalizedWord } from '../text/tokenCase';
import { genderOfGivenName } from '../entities/givenNames';
import { isKnownPlace } from '../places/gazetteer';
import { ORGANIZATION_WORDS, PERSON_TITLES } from './nameLexicon';
import { isPersonRole } from '../entities/roleNouns';
import { lowerCase } from '../text/lowerCase';

// British and Commonwealth styles around a person's name that the tagger, trained on US and
// Reuters copy, reads as part of the name or as an organization: police ranks written short
// without full stops ("Det Ch Insp Sarah Cole", "DC Emma Ward"), peerages ("Baroness Hale")
// and the letters after a name ("Richard Marks KC", "Douglas Ross MSP", "Alison Mutch OBE").
// Read after tagging, so the tagger's features stay as they are.

/**
 * Police ranks, their short forms (written as news writes them, without full stops) and the
 * words of a peerage or of "the Rt Hon", before a name. Compared as written: "Con" and "Ch"
 * also need a rank next to them (rankWordAt).
 */
const RANK_WORDS = new Set([
  'Det', 'Insp', 'Inspector', 'Ch', 'Supt', 'Superintendent', 'Sgt', 'Con', 'Constable', 'Cdr', 'Commander',
  'DCI', 'DI', 'DS', 'DC', 'PC', 'PS', 'PCSO', 'DSU', 'DSI', 'ACC', 'DCC', 'Rt', 'HHJ', 'Provost',
  'Baroness', 'Viscount', 'Viscountess', 'Countess', 'Marquess', 'Marchioness',
  // Naval and coast guard ranks: "Commodore Jay Tarriela".
  'Commodore',
]);

/** Words that are ranks only beside another rank: "Ch Insp", "Det Con", "Assistant Chief Constable", "Police Constable", "Special Constable". */
const RANK_OPENERS = new Set(['Ch', 'Assistant', 'Police', 'Special']);

/** Ranks that are also given names ("Con Coughlin"): a rank only right after another ("Det Con"). */
const RANKS_AFTER_RANKS = new Set(['Con']);

/** Other title words that may stand between ranks ("Det Ch Supt", "Deputy Assistant Commissioner", "Rt Hon"). */
const TITLES_AMONG_RANKS = new Set(['Chief', 'Deputy', 'Assistant', 'Commissioner', 'Detective', 'Sergeant', 'Hon', 'Hon.', 'Sir', 'Dame', 'Lord', 'Lady', 'Acting']);

/**
 * Token k is a rank's word (or a peerage's) before a name: in RANK_WORDS, or an opener right
 * before another rank word; "Con" only after a rank ("Det Con Amy Lloyd", not "Con Coughlin").
 */
export function isRankWordAt(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.text;
  if (word === undefined || tokens[k].kind !== 'word') return false;
  if (RANK_OPENERS.has(word)) {
    const next = tokens[k + 1]?.text;
    return next !== undefined && (RANK_WORDS.has(next) || TITLES_AMONG_RANKS.has(next)) && next !== 'Rt';
  }
  if (!RANK_WORDS.has(word)) return false;
  if (RANKS_AFTER_RANKS.has(word)) {
    const before = tokens[k - 1]?.text;
    return before !== undefined && (RANK_WORDS.has(before) || TITLES_AMONG_RANKS.has(before));
  }
  return true;
}

/**
 * Letters after a person's name: King's and Queen's Counsel, members of parliaments and
 * assemblies (Westminster, Holyrood, the Senedd, Stormont, the Dáil, Strasbourg), honours,
 * fellowships and degrees. As written, case and all.
 */
const POST_NOMINALS = new Set([
  'KC', 'QC', 'SC', 'MP', 'MSP', 'MS', 'AM', 'MLA', 'TD', 'MEP', 'MHK', 'MHA',
  'OBE', 'CBE', 'MBE', 'KBE', 'DBE', 'GBE', 'BEM', 'CH', 'OM', 'QPM', 'KPM',
  'KCMG', 'GCMG', 'CMG', 'KCB', 'GCB', 'CB', 'KCVO', 'GCVO', 'CVO', 'LVO', 'MVO', 'VC', 'GC', 'DSO', 'MC', 'DL', 'JP',
  'FRS', 'FRSE', 'FBA', 'FREng', 'FMedSci', 'FRCP', 'FRCS', 'FRSA', 'PhD', 'DPhil', 'Bt', 'Esq',
  // Australian and New Zealand honours: "Malcolm Turnbull AC".
  'AC', 'AO', 'OAM', 'KNZM', 'DNZM', 'CNZM', 'ONZM', 'MNZM',
]);

/**
 * Post-nominals that say by themselves that the words before them are a person's name; the
 * others ("MS", "AM", "CH", "MC", "JP"...) are also other things' letters and only leave a
 * name the tagger already read as a person's.
 */
const PERSONAL_POST_NOMINALS = new Set([
  'KC', 'QC', 'MP', 'MSP', 'MLA', 'TD', 'MEP', 'OBE', 'CBE', 'MBE', 'KBE', 'DBE', 'GBE', 'BEM', 'QPM',
  'KCMG', 'GCMG', 'CMG', 'KCB', 'GCB', 'KCVO', 'GCVO', 'CVO', 'FRS', 'FRSE', 'FBA', 'FREng', 'FMedSci', 'PhD', 'DPhil',
  'OAM', 'KNZM', 'DNZM', 'CNZM', 'ONZM', 'MNZM',
]);

/** Token k is a post-nominal written one space after the word before it ("Marks KC", "Starmer KC MP"). */
function isPostNominalAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === 'word' && POST_NOMINALS.has(t.text) && k > 0 && t.start === tokens[k - 1].end + 1;
}

/**
 * Token `last` ends a run of post-nominals written right after a name that ends at offset
 * `nameEnd` ("Hilary Benn MP", "Keir Starmer KC MP"): the letters are the person's, no
 * head noun of a phrase about someone else ("the Obama aide").
 */
export function isLettersAfterName(tokens: readonly Token[], last: number, nameEnd: number): boolean {
  let k = last;
  while (k > 0 && tokens[k].start > nameEnd && isPostNominalAt(tokens, k)) k--;
  return k < last && tokens[k].end === nameEnd;
}

/**
 * What styledPersonSpan reads of the token before token k when a span opens at k: for letters
 * alone ("KC" after "Richard Marks", "SC" after "Charleston") and a rank read after a rank
 * ("Con"), the token before, which may end the sentence or the paragraph before. As bits:
 * written one space before k, capitalized, a known place, a rank word or a title among ranks;
 * 0 for a word that reads nothing before it. The incremental tagger keeps a sentence's
 * mentions by these (incrementalTagging.ts).
 */
export function tokenBeforeAsRead(tokens: readonly Token[], k: number): number {
  const word = tokens[k]?.text;
  const before = tokens[k - 1];
  if (word === undefined || before === undefined || !readsTokenBefore(word)) return 0;
  return 1 | (tokens[k].start === before.end + 1 ? 2 : 0) | (isCapitalizedWord(before) ? 4 : 0) | (isKnownPlace(before.text) ? 8 : 0)
    | (RANK_WORDS.has(before.text) || TITLES_AMONG_RANKS.has(before.text) ? 16 : 0);
}

/** A word that, opening a span, makes styledPersonSpan read the token before it (tokenBeforeAsRead). */
export function readsTokenBefore(word: string): boolean {
  return POST_NOMINALS.has(word) || RANKS_AFTER_RANKS.has(word);
}

/** What a span of tokens becomes: new bounds and type, or null where it names nobody. */
export interface StyledSpan { a: number; b: number; type: NameType }

/**
 * The person's name inside the tagger's span [a, b) of type `type`, read with the styles
 * above: the ranks before it and the letters after it left out ("Det Insp Sarah Cole" →
 * Sarah Cole, "Anna Pryce KC" → Anna Pryce); a span of such words alone next to a name
 * ("KC" after "Richard Marks", "PC" before "James Holt") is nobody (null). An organization
 * or a place the tagger made of a rank or letters and a name ("DC Emma Ward", "Humza Yousaf
 * MSP", "Baroness Chakrabarti") is the person where the rest reads as a person's name.
 * Returns `undefined` where nothing changes.
 */
export function styledPersonSpan(tokens: readonly Token[], a: number, b: number, type: NameType): StyledSpan | null | undefined {
  if (type !== 'PER' && type !== 'MISC') {
    const peer = peersNameStart(tokens, a, b);
    if (peer > a) return { a: peer, b, type: 'PER' };
  }
  let first = a;
  while (first < b && (isRankWordAt(tokens, first) || (first > a && TITLES_AMONG_RANKS.has(tokens[first].text)))) first++;
  let end = b;
  while (end > first && isPostNominalAt(tokens, end - 1)) end--;
  if (first === a && end === b) return undefined;
  // Ranks alone before a name, or letters alone after one.
  if (first === b) return isCapitalizedWord(tokens[b]) && isRankWordAt(tokens, a) ? null : undefined;
  if (end === first) {
    // Not a state's or a country's code after a town ("Charleston SC"): letters that are also other things' follow no known place.
    const after = tokens[a - 1];
    const personal = PERSONAL_POST_NOMINALS.has(tokens[a].text) || (after !== undefined && !isKnownPlace(after.text));
    return first === a && isCapitalizedWord(after) && tokens[a].start === after.end + 1 && personal ? null : undefined;
  }
  // A rank (or peerage) with nothing capitalized after it is no title ("the PC market").
  if (first > a && !isCapitalizedWord(tokens[first])) return undefined;
  if (type === 'PER') return { a: first, b: end, type };
  if (type === 'MISC') return undefined;
  // "Federal Treasurer Jim Chalmers MP": an office before a name its letters follow.
  let named = first;
  if (end < b && hasPersonalLetters(tokens, end, b)) while (end - named > 2 && isOfficeWord(tokens[named].text)) named++;
  return readsAsStyledPerson(tokens, a, named, end, b) ? { a: named, b: end, type: 'PER' } : undefined;
}

/**
 * The words [first, end) between ranks [a, first) and letters [end, b) read as a person's name:
 * one to three capitalized words, no organization's word or known place among them, and a
 * peerage, a given name of ours opening two words or more, or letters that only follow a
 * person's name ("Alison Mutch OBE").
 */
function readsAsStyledPerson(tokens: readonly Token[], a: number, first: number, end: number, b: number): boolean {
  const words = end - first;
  if (words > 3) return false;
  const names: string[] = [];
  for (let k = first; k < end; k++) {
    const t = tokens[k];
    if (!isCapitalizedWord(t) || ORGANIZATION_WORDS.has(lowerCase(t.text)) || (k > first && t.start !== tokens[k - 1].end + 1)) return false;
    names.push(t.text);
  }
  if (isKnownPlace(names.join(' '))) return false;
  const peerage = first > a && /^(?:Baroness|Viscount|Viscountess|Countess|Marquess|Marchioness)$/u.test(tokens[first - 1].text);
  if (peerage) return true;
  if (words < 2) return false;
  // "Det Insp Gemma Vine": a police or service rank is only ever a person's; the given name need not be one of ours.
  if (first > a && RANK_WORDS.has(tokens[first - 1].text) && tokens[first - 1].text !== 'Rt' && tokens[first - 1].text !== 'Provost') return true;
  if (genderOfGivenName(names[0]) !== null) return true;
  return hasPersonalLetters(tokens, end, b);
}

function hasPersonalLetters(tokens: readonly Token[], end: number, b: number): boolean {
  for (let k = end; k < b; k++) if (PERSONAL_POST_NOMINALS.has(tokens[k].text)) return true;
  return false;
}

/** Words that qualify an office before a name: "Federal Treasurer", "Shadow Chancellor". */
const OFFICE_QUALIFIERS = new Set(['Federal', 'Shadow', 'Opposition', 'Junior', 'State', 'Home', 'Foreign', 'Health', 'Finance', 'Justice', 'Education', 'Defence']);

function isOfficeWord(word: string): boolean {
  return OFFICE_QUALIFIERS.has(word) || PERSON_TITLES.has(lowerCase(word)) || isPersonRole(word);
}

/** Words of a peerage or a judge's style before a name ("Lord Hope of Craighead", "Lady Justice Carr"). */
const PEERS = new Set(['Lord', 'Lady', 'Baroness', 'Baron', 'Viscount', 'Viscountess', 'Countess', 'Marquess', 'Marchioness']);

/** Offices that "Lord" opens, no peer's name: "Lord Chancellor", "Lord Advocate", "Lord Provost". */
const LORDS_OFFICES = new Set(['Chancellor', 'Advocate', 'Provost', 'Mayor', 'Chamberlain', 'Privy', 'High', 'Lieutenant', 'Chief', 'President', 'Speaker', 'Justice', 'Steward', 'Protector', 'Rector', 'Great', 'Commissioner', 'Lord']);

/**
 * "Lord Hope of Craighead", "Lord Justice Holroyde", "Baroness Hale of Richmond" read as an
 * organization: a peer's or a judge's style, then one title-case name, then the place the
 * title is of ("of" and one to three capitalized words) or nothing. Returns where the name
 * starts, or -1; not an office "Lord" opens ("Lord Chancellor") nor a name of two words
 * ("Lord Ashcroft Polls").
 */
function peersNameStart(tokens: readonly Token[], a: number, b: number): number {
  if (!PEERS.has(tokens[a].text)) return -1;
  let k = a + 1;
  if (k < b - 1 && tokens[k].text === 'Justice') k++;
  const name = tokens[k];
  if (k >= b || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(name.text) || (k === a + 1 && LORDS_OFFICES.has(name.text)) || ORGANIZATION_WORDS.has(lowerCase(name.text))) return -1;
  if (k + 1 === b) return k;
  if (tokens[k + 1].text !== 'of' || b - (k + 2) < 1 || b - (k + 2) > 3) return -1;
  for (let j = k + 2; j < b; j++) if (!isCapitalizedWord(tokens[j]) || ORGANIZATION_WORDS.has(lowerCase(tokens[j].text))) return -1;
  return k;
}

/** Portfolios of one word: "Minister for Health", "Secretary of State for Justice". */
const PORTFOLIOS = new Set(['Health', 'Justice', 'Finance', 'Education', 'Defence', 'Defense', 'Transport', 'Housing', 'Environment', 'Business', 'Trade',
  'Culture', 'Energy', 'Work', 'Employment', 'Scotland', 'Wales', 'Enterprise', 'Agriculture', 'Children', 'Communities', 'Science', 'Equalities', 'Immigration', 'Security']);

/** Offices named with their portfolio: "Minister for Justice", "Secretary of State for Health". */
const PORTFOLIO_OFFICES = new Set(['Minister', 'Secretary', 'State', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Commissioner', 'Mayor', 'Governor', 'Premier']);

/**
 * "Minister for Justice Helen McEntee", "Secretary of State for Health Wes Streeting", "Mayor
 * of Greater Manchester Andy Burnham": the portfolio or the place after an office's "for" or
 * "of", run by the tagger into the holder's name. Returns where the holder's name starts (a
 * given name of ours opening two or three capitalized words that end the span), or -1.
 */
export function officeHolderStart(tokens: readonly Token[], a: number, b: number): number {
  const preposition = tokens[a - 1]?.text;
  if ((preposition !== 'for' && preposition !== 'of') || !PORTFOLIO_OFFICES.has(tokens[a - 2]?.text ?? '')) return -1;
  for (let k = a + 1; k <= b - 2 && k <= a + 4; k++) {
    // A given name of ours, or the last two words after a portfolio of one word ("Health Wes Streeting") or a place ending in a known one ("Greater Manchester Andy Burnham").
    if (b - k > 3 || (genderOfGivenName(tokens[k].text) === null && !(b - k === 2 && ((k === a + 1 && PORTFOLIOS.has(tokens[a].text)) || isKnownPlace(spanOf(tokens, a, k)) || isKnownPlace(tokens[k - 1].text))))) continue;
    for (let j = k; j < b; j++) if (!isCapitalizedWord(tokens[j])) return -1;
    return k;
  }
  return -1;
}

/** The words of tokens [a, b), one space between each. */
function spanOf(tokens: readonly Token[], a: number, b: number): string {
  let text = tokens[a].text;
  for (let k = a + 1; k < b; k++) text += ` ${tokens[k].text}`;
  return text;
}
