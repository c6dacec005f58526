import type { Token } from './tokenizer';
import type { TextBlock } from './paragraphs';
import { lowerCase } from './lowerCase';

// Sentence boundaries from tokens: a terminal mark followed by a capital or an opening
// quote, unless the word before is a known abbreviation. Quotes that close after the
// terminal mark stay with their sentence.

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj',
  'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'rev', 'hon', 'pres', 'gov', 'sec', 'atty',
  // Plural titles before two names or more: "Sens. John McCain and Lindsey Graham".
  'sens', 'reps', 'govs',
  // A court case's parties: "Roe v. Wade" (only in lower case: "Henry V." is a name's end, read as an initial).
  'v',
]);

/** Whether `word` (no full stop) is an abbreviation a full stop after does not end a sentence at: "Sen", "Gov", "Jan". */
export function isSentenceAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(lowerCase(word));
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '“']);

export interface Sentence extends TextBlock {
  /** Index of the first token and one past the last token. */
  tokenStart: number;
  tokenEnd: number;
}

/**
 * `nextStartsSentence`: whether what follows the last token reads as a new sentence (true
 * at the end of the text). A full stop at a paragraph's end looks past closing marks to
 * the next word, which may stand in the next paragraph; the incremental analysis splits a
 * paragraph on its own and passes what the next paragraph's first word says (see
 * startsSentence).
 */
export function splitSentences(tokens: Token[], paragraphs: TextBlock[], nextStartsSentence = true): Sentence[] {
  const sentences: Sentence[] = [];
  let p = 0;
  let i = 0;
  while (i < tokens.length) {
    while (p < paragraphs.length && paragraphs[p].end <= tokens[i].start) p++;
    const paragraphEnd = p < paragraphs.length ? paragraphs[p].end : Number.MAX_SAFE_INTEGER;
    const first = i;
    let j = i;
    for (; j < tokens.length; j++) {
      const t = tokens[j];
      if (t.start >= paragraphEnd) break;
      if (isTerminal(tokens, j, nextStartsSentence)) {
        j++;
        while (j < tokens.length && CLOSERS.has(tokens[j].text) && tokens[j].start === tokens[j - 1].end) j++;
        break;
      }
    }
    if (j === first) j = first + 1;
    sentences.push({ start: tokens[first].start, end: tokens[j - 1].end, tokenStart: first, tokenEnd: j });
    i = j;
  }
  return sentences;
}

function isTerminal(tokens: Token[], j: number, nextStartsSentence: boolean): boolean {
  const t = tokens[j].text;
  if (t === '!' || t === '?') return true;
  if (t !== '.') return tokens[j].kind === 'word' && t.endsWith('.') && dottedWordEndsSentence(tokens, j);
  const prev = tokens[j - 1];
  if (prev && prev.end === tokens[j].start && prev.kind === 'word') {
    // An initial ("J. Smith", 'Thomas P. "Tip" O'Neill'), unless a quoted sentence follows
    // ("who starred in Henry V. "He was generous."").
    if (prev.text.length === 1 && prev.text !== lowerCase(prev.text)) {
      if (!quotedSentenceAt(tokens, j + 1) && !(afterPreposition(tokens, j - 1) && opensQuotation(tokens, j + 1))) return false;
    } else if (ABBREVIATIONS.has(lowerCase(prev.text))) return false;
  }
  let k = j + 1;
  while (k < tokens.length && CLOSERS.has(tokens[k].text)) k++;
  const next = tokens[k];
  return next ? startsSentence(next) : nextStartsSentence;
}

const OPENING_MARKS = new Set(['"', '“']);

/** Prepositions before a one-letter name that is no initial: "in a post on X.", "a letter to Q." */
const LETTER_NAME_PREPOSITIONS = new Set(['on', 'to', 'from', 'at', 'via']);

/** Token `k` (a capital letter) follows a preposition: the letter is a name of its own ("on X"), not a person's initial. */
function afterPreposition(tokens: Token[], k: number): boolean {
  return k > 0 && LETTER_NAME_PREPOSITIONS.has(tokens[k - 1].text);
}

/** An opening double mark at token `k` and a word opening a sentence after it: "… on X. "Patience saves lives," he wrote." */
function opensQuotation(tokens: Token[], k: number): boolean {
  return OPENING_MARKS.has(tokens[k]?.text ?? '') && tokens[k + 1]?.kind === 'word' && startsSentence(tokens[k + 1]);
}
/** How many tokens a quoted sentence after an initial-like letter is looked through for its end. */
const QUOTED_SENTENCE_TOKENS = 60;

/**
 * An opening double quotation mark at token `k`, a capital after it, and a closing mark right
 * after a full stop, question or exclamation mark: a quoted sentence, not a nickname.
 */
function quotedSentenceAt(tokens: Token[], k: number): boolean {
  if (!OPENING_MARKS.has(tokens[k]?.text ?? '') || !tokens[k + 1] || tokens[k + 1].kind !== 'word' || !startsSentence(tokens[k + 1])) return false;
  for (let i = k + 2; i < tokens.length && i < k + QUOTED_SENTENCE_TOKENS; i++) {
    const t = tokens[i].text;
    if (t === '"' || t === '”') return /^[.?!]$/.test(tokens[i - 1].text) && tokens[i - 1].end === tokens[i].start;
    if (t === '“' || t === '\n') return false;
  }
  return false;
}

/**
 * "a.m." and "p.m." hold the full stop of a sentence that ends on them, as news writes no
 * second one: "shortly before 2 a.m. One victim …", or before a quoted sentence. Before a capital that does not go on with
 * the time (a day, a month, a time zone: "2 a.m. Tuesday", "5 p.m. EST") the sentence ends.
 * Other words written with full stops ("U.S. He was 20") are left as they were: reading them
 * so moves the case statistics the name model is trained on (one word's class, and the model
 * with it), a retraining to be read on its own.
 */
function dottedWordEndsSentence(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (!next || next.start === tokens[j].end) return false;
  const lower = lowerCase(tokens[j].text);
  if (lower !== 'a.m.' && lower !== 'p.m.') return false;
  // "moved the stock at 3 a.m. "I've been through …," she said": a quoted sentence opens after it.
  if (next.kind !== 'word') return opensQuotation(tokens, j + 1);
  return startsSentence(next) && !GOES_ON_AFTER_CLOCK.has(lowerCase(next.text).replace(/\.$/u, ''));
}

/** What follows a clock time in the same sentence: days, months, time zones. */
const GOES_ON_AFTER_CLOCK = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'akst', 'hst', 'gmt', 'bst', 'utc', 'cet', 'cest', 'ist', 'jst', 'aest', 'aedt', 'eastern', 'central', 'mountain', 'pacific', 'local',
]);

/** A word that can open a sentence after a full stop: a capital, a digit or an opening mark. */
export function startsSentence(token: Token): boolean {
  const c = token.text.charAt(0);
  return c !== lowerCase(c) || /[\p{N}"“‘'«„`]/u.test(c);
}

/** Whether a token is a closing mark that a sentence's full stop looks past. */
export function isCloser(token: Token): boolean {
  return CLOSERS.has(token.text);
}
