import type { Token } from '../text/tokenizer';
import type { Sentence } from '../text/sentences';
import { isCapitalizedWord, isLowerWord } from '../text/tokenCase';
import { genderOfGivenName } from '../entities/givenNames';
import { NOT_NAME_WORDS, SAID_FORMS } from './nameLexicon';
import { lowerCase } from '../text/lowerCase';
import { isKnownPlace } from '../places/gazetteer';
import { isPersonRole } from '../entities/roleNouns';
import { isOccupation } from './occupationTitles';

// Words opening a sentence or a clause that the tagger ran into a name, or read as one on their
// own: "Moreover,", "Additional reporting", "The Latest:", "Neighbouring North Somerset
// Council", "Even Rendell". Each test reads the tokens and how news writes the word
// (caseClasses.ts); the name finder asks them of every span it keeps.

/**
 * A word opening a sentence before a name that is no part of it: a participle news nearly
 * always writes in lower case ("Neighbouring", "Addressing", "Embattled") or a preposition
 * or article ("As", "On", "A"); not a word that opens names ("Media Research Center", "Our
 * Principles PAC", "Conservative Solutions PAC").
 */
export function isOpeningModifier(word: string, caseClasses: ReadonlyMap<string, number>): boolean {
  if (!/^\p{Lu}\p{Ll}*$/u.test(word)) return false;
  const lower = lowerCase(word);
  if (OPENING_JOINERS.has(lower) || OFFICE_ADJECTIVES.has(lower)) return true;
  return (lower.endsWith('ing') || lower.endsWith('ed')) && caseClasses.get(lower) === 1;
}

/** "Former Post Office boss …", "Outgoing Labour leader …": how long one holds an office, before the body's name. */
const OFFICE_ADJECTIVES = new Set(['former', 'late', 'acting', 'interim', 'outgoing', 'incoming', 'embattled', 'veteran']);

export function isOfficeAdjective(word: string): boolean {
  return OFFICE_ADJECTIVES.has(lowerCase(word));
}

const OPENING_JOINERS = new Set(['a', 'an', 'as', 'on', 'at', 'in', 'for', 'from', 'with', 'by', 'to', 'of', 'after', 'before', 'while', 'when', 'since', 'unlike', 'like']);

/** Token a opens its sentence, after any punctuation (an opening quotation mark, a dash). */
export function opensSentence(tokens: Token[], a: number, sentenceStart: number): boolean {
  for (let k = a - 1; k >= sentenceStart; k--) if (tokens[k].kind !== 'punct') return false;
  return true;
}

/**
 * A lone capitalized word opening a sentence and followed by a comma ("Moreover, …",
 * "Sadly, …") is no name when news mostly writes it in lower case (caseClasses.ts) or it
 * is a known non-name; "Kelly, …" stays.
 */
export function isOpeningAdverb(tokens: Token[], a: number, b: number, sentenceStart: number, caseClasses: ReadonlyMap<string, number>): boolean {
  if (b - a !== 1 || b >= tokens.length || tokens[b].text !== ',') return false;
  let k = a - 1;
  while (k >= sentenceStart && tokens[k].kind === 'punct') k--;
  if (k >= sentenceStart) return false;
  const lower = lowerCase(tokens[a].text);
  const caseClass = caseClasses.get(lower) ?? 0;
  return NOT_NAME_WORDS.has(lower) || caseClass === 1 || caseClass === 2;
}

/**
 * "Additional reporting by …", "Little noticed …": a lone word opening a sentence or a
 * clause (after ";" or a dash), that news nearly always writes in lower case, before a
 * lower-case word, is no organization or place. People are left to the tagger: "Will
 * wrote" is George Will.
 */
export function isOpeningCommonWord(tokens: Token[], a: number, b: number, sentenceStart: number, caseClasses: ReadonlyMap<string, number>): boolean {
  // An acronym ("CREW said") is written in capitals; the word is read in its first letter's.
  if (b - a !== 1 || b >= tokens.length || !isLowerWord(tokens[b]) || !/^\p{Lu}\p{Ll}/u.test(tokens[a].text)) return false;
  let k = a - 1;
  while (k >= sentenceStart && tokens[k].kind === 'punct' && !CLAUSE_OPENERS.has(tokens[k].text)) k--;
  if (k >= sentenceStart && !CLAUSE_OPENERS.has(tokens[k].text)) return false;
  return caseClasses.get(lowerCase(tokens[a].text)) === 1;
}

const CLAUSE_OPENERS = new Set([';', '—', '–', '--']);

/** The singulars an English plural in -s may have ("detectives" → "detective", "midwives" → "midwife", "deputies" → "deputy"). */
function singularsOf(lower: string): string[] {
  if (lower.length < 4 || !lower.endsWith('s') || lower.endsWith('ss')) return [];
  if (lower.endsWith('ives')) return [lower.slice(0, -1), `${lower.slice(0, -3)}fe`];
  if (lower.endsWith('ies')) return [`${lower.slice(0, -3)}y`];
  return [lower.slice(0, -1)];
}

/**
 * "Paramedics pronounced her dead", "Detectives arrested a man": a lone plural opening a sentence
 * or a clause before a lower-case word, whose singular is a person's role or occupation, is the
 * people of that job, no body, place or person. Not a plural news writes with a capital
 * ("Democrats said", "Marines landed": caseClasses 3 and 4, parties and corps).
 */
export function isOpeningRolePlural(tokens: Token[], a: number, b: number, sentenceStart: number, caseClasses: ReadonlyMap<string, number>): boolean {
  if (b - a !== 1 || b >= tokens.length || !isLowerWord(tokens[b]) || !/^\p{Lu}\p{Ll}+s$/u.test(tokens[a].text)) return false;
  let k = a - 1;
  while (k >= sentenceStart && tokens[k].kind === 'punct' && !CLAUSE_OPENERS.has(tokens[k].text)) k--;
  if (k >= sentenceStart && !CLAUSE_OPENERS.has(tokens[k].text)) return false;
  const lower = lowerCase(tokens[a].text);
  if ((caseClasses.get(lower) ?? 0) > 2) return false;
  // "Kings beat the Ducks", "Commanders won": a team named for a role, before its result.
  return !RESULT_VERBS.has(tokens[b].text) && singularsOf(lower).some((w) => isPersonRole(w) || isOccupation(w));
}

/** Verbs of a match's result or fixture, after a team's name. */
const RESULT_VERBS = new Set(['beat', 'beats', 'won', 'win', 'wins', 'lost', 'lose', 'drew', 'edged', 'routed', 'defeated', 'trailed', 'host', 'hosted', 'visit', 'visited', 'face', 'faced', 'clinched', 'scored']);

/** Endings of English abstract nouns: "Fluorescence", "Boredom", "Drowsiness", "Resentment". */
const ABSTRACT_NOUN_ENDING = /^\p{Lu}\p{Ll}{3,}(?:ness|dom|ence|ance|ment|tion|sion|ity|ism|ship|hood)$/u;

/**
 * "Fluorescence rose in the samples", "Boredom set in": a lone word opening a sentence that the
 * tagger's counts never saw (so caseClasses says nothing of it), shaped as an abstract noun and
 * no given name ("Florence", "Constance") or known place ("Providence"), before a lower-case
 * word, is the common noun, no body, place or person. Words the counts know are left to them.
 */
export function isOpeningAbstractNoun(tokens: Token[], a: number, b: number, sentenceStart: number, caseClasses: ReadonlyMap<string, number>): boolean {
  if (b - a !== 1 || b >= tokens.length || !isLowerWord(tokens[b]) || !ABSTRACT_NOUN_ENDING.test(tokens[a].text)) return false;
  let k = a - 1;
  while (k >= sentenceStart && tokens[k].kind === 'punct' && !CLAUSE_OPENERS.has(tokens[k].text)) k--;
  if (k >= sentenceStart && !CLAUSE_OPENERS.has(tokens[k].text)) return false;
  const word = tokens[a].text;
  // "Sharption said": a name, misspelled or not, that speaks is someone's.
  return !caseClasses.has(lowerCase(word)) && genderOfGivenName(word) === null && !isKnownPlace(word) && !SAID_FORMS.has(tokens[b].text);
}

/**
 * "Even Rendell conceded", "Will Sanders quit?": a word news writes in lower case, opening a
 * sentence (or what follows a headline's colon) before a person's name, is no part of it
 * unless it is a given name ("Will Smith said") outside a question.
 */
/** One pinyin syllable: an initial, then a final. */
const PINYIN_SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ong|ing|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|a|o|e|i|u|ü)';
/** A Chinese given name of two syllables written as one word in pinyin: "Yadong", "Lifeng", "Jiankui". */
const PINYIN_TWO_SYLLABLES = new RegExp(`^${PINYIN_SYLLABLE}${PINYIN_SYLLABLE}$`, 'u');
const isPinyinGivenName = (word: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(word) && PINYIN_TWO_SYLLABLES.test(lowerCase(word));

export function afterOpeningWord(tokens: Token[], a: number, b: number, s: Sentence): number {
  if (b - a < 2 || !(a === s.tokenStart || (a > s.tokenStart && tokens[a - 1].text === ':'))) return a;
  const word = tokens[a].text;
  // "He Yadong, a spokesman", "He Lifeng met": the Chinese surname He before a given name of two pinyin syllables.
  if (word === 'He' && b - a === 2 && isPinyinGivenName(tokens[a + 1].text)) return a;
  // A month that is also a given name stays: "April Mellody".
  if (!NOT_NAME_WORDS.has(lowerCase(word)) || /^(?:April|May|June|August)$/u.test(word) || !isCapitalizedWord(tokens[a + 1])) return a;
  return genderOfGivenName(word) === null || tokens[s.tokenEnd - 1].text === '?' ? a + 1 : a;
}

/**
 * "The Latest: …", "The Latest on the race": a superlative news writes in lower case, after the
 * "The" opening a sentence, is a wire service's slug or a heading, no place or organization.
 */
export function isSuperlativeSlug(tokens: Token[], a: number, b: number, sentenceStart: number, caseClasses: ReadonlyMap<string, number>): boolean {
  if (b - a !== 1 || a - 1 !== sentenceStart || tokens[a - 1].text !== 'The' || !/^\p{Lu}\p{Ll}+est$/u.test(tokens[a].text)) return false;
  return caseClasses.get(lowerCase(tokens[a].text)) === 1;
}

/** "Born Margaret Fraser in Aberdeen": a word news nearly always writes in lower case, alone, opening the sentence before a name, is none. */
export function isOpeningWordBeforeName(tokens: Token[], a: number, b: number, s: Sentence, caseClasses: ReadonlyMap<string, number>): boolean {
  return b - a === 1 && b < s.tokenEnd && isCapitalizedWord(tokens[b]) && opensSentence(tokens, a, s.tokenStart) && caseClasses.get(lowerCase(tokens[a].text)) === 1;
}

/**
 * "Q. When will the line reopen?", "A. Not before March": an interview's label, a lone "Q" or
 * "A" with its full stop opening a sentence, and a word news nearly always writes in lower
 * case after it are no name; "A. Philip Randolph" keeps his initial.
 */
export function isInterviewLabel(tokens: Token[], a: number, b: number, sentenceStart: number, caseClasses: ReadonlyMap<string, number>): boolean {
  return a === sentenceStart && b - a === 3 && (tokens[a].text === 'Q' || tokens[a].text === 'A') && tokens[a + 1].text === '.' && caseClasses.get(lowerCase(tokens[a + 2].text)) === 1;
}
