// Which characters open and close quotations, read from the characters around each mark.
//
// A mark "can open" when it is followed by a word and preceded by a space, the start of the
// line or an opening bracket; it "can close" when it follows a word or punctuation and is
// followed by a space, punctuation or the end. Curly marks say their side outright, but sloppy
// copy ("“We won,“ he said") is read by the same flanking test. Straight apostrophes stand
// for both the single quotation mark and the apostrophe; two apostrophes ('') are the double
// mark of New York Times copy, and two grave accents (``) open a double quotation in wire
// copy typed for typewriters and TeX (``…''). `?` and U+FFFD stand for marks that a bad
// encoding destroyed.

import { isAsciiDigit } from '../text/tokenizer';

export type MarkFamily = 'double' | 'single' | 'guillemet';

export interface QuoteMark {
  start: number;
  end: number;
  family: MarkFamily;
  canOpen: boolean;
  canClose: boolean;
  /** `?` or U+FFFD standing for a lost mark. */
  damaged: boolean;
}

const DOUBLE_STRAIGHT = 0x22; // "
const LEFT_DOUBLE = 0x201c; // “
const RIGHT_DOUBLE = 0x201d; // ”
const LOW_DOUBLE = 0x201e; // „
const HIGH_REVERSED_DOUBLE = 0x201f; // ‟
const APOSTROPHE = 0x27; // '
const LEFT_SINGLE = 0x2018; // ‘
const RIGHT_SINGLE = 0x2019; // ’
const LOW_SINGLE = 0x201a; // ‚
const LEFT_GUILLEMET = 0xab; // «
const RIGHT_GUILLEMET = 0xbb; // »
const LEFT_SINGLE_GUILLEMET = 0x2039; // ‹
const RIGHT_SINGLE_GUILLEMET = 0x203a; // ›
const GRAVE = 0x60; // `
const REPLACEMENT = 0xfffd;
const QUESTION = 0x3f;
const HYPHEN = 0x2d;
const PRIME = 0x2032; // ′

/** Elisions that start with an apostrophe and are not quotations ('90s, 'em, 'til). */
const ELISIONS = new Set(['em', 'til', 'tis', 'twas', 'cause', 'n', 'bout', 'round', 'nuff', 'cos', 'ello', 'kay']);

export function isQuoteChar(code: number): boolean {
  switch (code) {
    case DOUBLE_STRAIGHT: case LEFT_DOUBLE: case RIGHT_DOUBLE: case LOW_DOUBLE: case HIGH_REVERSED_DOUBLE:
    case APOSTROPHE: case LEFT_SINGLE: case RIGHT_SINGLE: case LOW_SINGLE:
    case LEFT_GUILLEMET: case RIGHT_GUILLEMET: case LEFT_SINGLE_GUILLEMET: case RIGHT_SINGLE_GUILLEMET:
    case REPLACEMENT:
      return true;
    default:
      return false;
  }
}

// Character tests made once: these are asked per character, and the bundler turns a
// \p{…} literal into `new RegExp(…)` evaluated at each call.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

export function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

export function isLetterChar(code: number): boolean {
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(String.fromCharCode(code));
}

export function isSpaceChar(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x2009 || code === 0x200a || code === 0xfeff;
}

/** Characters after which a quotation may open: "(", "[", dashes, slashes. */
function isOpeningContext(code: number): boolean {
  return code === 0x28 || code === 0x5b || code === 0x7b || code === 0x2014 || code === 0x2013 || code === 0x2d ||
    code === 0x2f || code === 0x3a || isQuoteChar(code);
}

/** Characters before which a quotation may close: punctuation, brackets, dashes. */
function isClosingContext(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === QUESTION ||
    code === 0x29 || code === 0x5d || code === 0x7d || code === 0x2014 || code === 0x2013 || code === 0x2d ||
    code === 0x2f || code === 0x2026 || isQuoteChar(code);
}

/** The characters lexQuoteMarks looks at: quotation marks, apostrophes, `?` and U+FFFD. */
const CANDIDATE = /["“”„‟'‘’‚«»‹›\uFFFD?`]/g;

/**
 * Where the next character lexQuoteMarks looks at stands in a text read front to back: found
 * by one native scan (a loop over every character of a long text cost more than the rest of
 * the pairing), the last answer kept, so that reading paragraph after paragraph never scans
 * a stretch twice.
 */
export class MarkCandidates {
  private found = -1;

  constructor(private readonly text: string) {}

  /** The first candidate at or after `from`, or the text's length. */
  next(from: number): number {
    if (this.found >= from) return this.found;
    CANDIDATE.lastIndex = from;
    this.found = CANDIDATE.test(this.text) ? CANDIDATE.lastIndex - 1 : this.text.length;
    return this.found;
  }
}

/**
 * The quotation marks in `text[from, to)`, in order. Linear: one look at each character and
 * its neighbours (runs of apostrophes are read as one unit); with `candidates`, only at the
 * characters that can be marks.
 */
export function lexQuoteMarks(text: string, from: number, to: number, candidates?: MarkCandidates): QuoteMark[] {
  const marks: QuoteMark[] = [];
  const next = candidates ? (i: number): number => candidates.next(i) : (i: number): number => i;
  for (let i = next(from); i < to; i = next(i + 1)) {
    const code = text.charCodeAt(i);
    if (code === QUESTION) {
      const damaged = damagedQuestionMark(text, i, from, to);
      if (damaged) marks.push(damaged);
      continue;
    }
    if (code === GRAVE) {
      // Only a pair before a word opens a quotation: a lone grave accent is a stray key or
      // Markdown's inline code, three or more fence a code block.
      let j = i;
      while (j < to && text.charCodeAt(j) === GRAVE) j++;
      if (j - i === 2 && flanksLeft(i > from ? text.charCodeAt(i - 1) : -1, j < to ? text.charCodeAt(j) : -1)) marks.push(mark(i, 2, 'double', true, false, false));
      i = j - 1;
      continue;
    }
    if (!isQuoteChar(code)) continue;
    if (code === APOSTROPHE) {
      let j = i;
      while (j < to && text.charCodeAt(j) === APOSTROPHE) j++;
      pushApostrophes(text, i, j, from, to, marks);
      i = j - 1;
      continue;
    }
    const prev = i > from ? text.charCodeAt(i - 1) : -1;
    const next = i + 1 < to ? text.charCodeAt(i + 1) : -1;
    const left = flanksLeft(prev, next);
    const right = flanksRight(prev, next);
    switch (code) {
      case DOUBLE_STRAIGHT:
        // 6'2" and 12" are measures, not quotations; "Catch-22", "COVID-19" and "MH17" end in a
        // name's digits, and a year ends a quotation ("finished by spring 2025".): no measure is written so.
        if (isAsciiDigit(prev) && !left && !digitsEndName(text, i, from) && !digitsAreYear(text, i, from)) break;
        marks.push(mark(i, 1, 'double', left || !right, right || !left, false));
        break;
      case REPLACEMENT:
        // don\uFFFDt: a lost apostrophe between letters.
        if (isWordChar(prev) && isWordChar(next)) break;
        marks.push(mark(i, 1, 'double', left || !right, right || !left, true));
        break;
      case LEFT_DOUBLE: case LOW_DOUBLE: case HIGH_REVERSED_DOUBLE:
        marks.push(mark(i, 1, 'double', !(right && !left), right && !left, false));
        break;
      case RIGHT_DOUBLE:
        // `he's like 6’2”,”`: the inch mark of a height in feet and inches closes nothing.
        if (isAsciiDigit(prev) && isFeetAndInches(text, i, from)) break;
        marks.push(mark(i, 1, 'double', left && !right, !(left && !right), false));
        break;
      case LEFT_SINGLE: case LOW_SINGLE:
        if (isWordChar(prev)) break;
        if (isElision(text, i + 1, to)) break;
        marks.push(mark(i, 1, 'single', left, right && !left, false));
        break;
      case RIGHT_SINGLE:
        // Mostly the apostrophe; a closing mark only when no letter follows.
        if (isWordChar(next)) break;
        marks.push(mark(i, 1, 'single', false, prev !== -1 && !isSpaceChar(prev), false));
        break;
      case LEFT_GUILLEMET:
        marks.push(mark(i, 1, 'guillemet', true, false, false));
        break;
      case RIGHT_GUILLEMET:
        marks.push(mark(i, 1, 'guillemet', false, true, false));
        break;
      case LEFT_SINGLE_GUILLEMET:
        marks.push(mark(i, 1, 'single', true, false, false));
        break;
      case RIGHT_SINGLE_GUILLEMET:
        marks.push(mark(i, 1, 'single', false, true, false));
        break;
    }
  }
  return marks;
}

/** The mark at `i` ends a height in feet and inches (`6’2”`, `5'11”`): a digit, a foot mark, one or two digits. */
function isFeetAndInches(text: string, i: number, from: number): boolean {
  let k = i - 1;
  while (k > from && k > i - 3 && isAsciiDigit(text.charCodeAt(k - 1))) k--;
  const foot = k - 1 > from ? text.charCodeAt(k - 1) : -1;
  return (foot === RIGHT_SINGLE || foot === APOSTROPHE || foot === PRIME) && isAsciiDigit(text.charCodeAt(k - 2));
}

/** The digits before offset `i` follow a letter or a hyphen glued to one ("Catch-22", "MH17"), as a name's do, not a measure's. */
function digitsEndName(text: string, i: number, from: number): boolean {
  let k = i - 1;
  while (k > from && k > i - 6 && text.charCodeAt(k - 1) >= 48 && text.charCodeAt(k - 1) <= 57) k--;
  const before = k > from ? text.charCodeAt(k - 1) : -1;
  if (before === HYPHEN) return k - 1 > from && isLetterChar(text.charCodeAt(k - 2));
  return isLetterChar(before);
}

const YEAR_CLOSERS = '.,;:!?)—–';

/** The digits before offset `i` are a year of four figures standing as a word ("2025", "1998"). */
function digitsAreYear(text: string, i: number, from: number): boolean {
  if (i - 4 < from) return false;
  for (let k = i - 4; k < i; k++) if (!isAsciiDigit(text.charCodeAt(k))) return false;
  const before = i - 5 >= from ? text.charCodeAt(i - 5) : -1;
  if (before !== -1 && !isSpaceChar(before) && before !== 0x28 /* ( */) return false;
  const year = Number(text.slice(i - 4, i));
  // Not markup's attribute (tweet-date="March 12, 2016">): a quotation closes before a space or punctuation.
  const after = text.charCodeAt(i + 1);
  return year >= 1000 && year < 2200 && (Number.isNaN(after) || isSpaceChar(after) || YEAR_CLOSERS.includes(text[i + 1]));
}

function mark(start: number, length: number, family: MarkFamily, canOpen: boolean, canClose: boolean, damaged: boolean): QuoteMark {
  return { start, end: start + length, family, canOpen, canClose, damaged };
}

function flanksLeft(prev: number, next: number): boolean {
  return next !== -1 && !isSpaceChar(next) && (prev === -1 || isSpaceChar(prev) || isOpeningContext(prev));
}

function flanksRight(prev: number, next: number): boolean {
  return prev !== -1 && !isSpaceChar(prev) && (next === -1 || isSpaceChar(next) || isClosingContext(next));
}

/** A run of apostrophes `text[i, j)`: '' is a double mark, ' a single mark or an apostrophe. */
function pushApostrophes(text: string, i: number, j: number, from: number, to: number, marks: QuoteMark[]): void {
  const prev = i > from ? text.charCodeAt(i - 1) : -1;
  const next = j < to ? text.charCodeAt(j) : -1;
  const left = flanksLeft(prev, next);
  const right = flanksRight(prev, next);
  const n = j - i;
  if (n === 1) {
    if (isWordChar(prev) && isWordChar(next)) return; // don't, O'Brien
    if (left && !right) {
      if (isElision(text, j, to)) return; // 'em, '90s
      marks.push(mark(i, 1, 'single', true, false, false));
    } else if (right && !left) {
      // Also the plural possessive (voters'); it only closes when a single quote is open.
      marks.push(mark(i, 1, 'single', false, true, false));
    }
    return;
  }
  // Two or more: doubles, with an odd one out on the inner side ('''Sir: '' + ';  no.''': ' + '').
  const closing = right && !left;
  let k = i;
  let end = j;
  if (n % 2 === 1) {
    if (closing) marks.push(mark(k++, 1, 'single', false, true, false));
    else end = j - 1;
  }
  for (; k + 2 <= end; k += 2) marks.push(mark(k, 2, 'double', left || !right, right || !left, false));
  if (n % 2 === 1 && !closing) marks.push(mark(j - 1, 1, 'single', true, false, false));
}

function isElision(text: string, at: number, to: number): boolean {
  let e = at;
  while (e < to && e < at + 6 && isWordChar(text.charCodeAt(e))) e++;
  if (e === at) return false;
  const word = text.slice(at, e).toLowerCase();
  if (/^\d\ds?$/.test(word)) return true; // '90s, '16
  // in 't Veld, 's-Hertogenbosch: a quotation never opens with a one-letter word other than A, I or O.
  if (word.length === 1 && !/[aio\d]/.test(word) && (e >= to || !isWordChar(text.charCodeAt(e)))) return true;
  return ELISIONS.has(word) && (e >= to || !isWordChar(text.charCodeAt(e)));
}

/**
 * `?` standing for a lost quotation mark: `…surprises,? he said` closes a quote (a question
 * mark never follows a comma or a full stop), `?We must` at a line start or after a space opens one.
 */
function damagedQuestionMark(text: string, i: number, from: number, to: number): QuoteMark | null {
  const prev = i > from ? text.charCodeAt(i - 1) : -1;
  const next = i + 1 < to ? text.charCodeAt(i + 1) : -1;
  if ((prev === 0x2c || prev === 0x2e) && (next === -1 || isSpaceChar(next))) return mark(i, 1, 'double', false, true, true);
  if ((prev === -1 || isSpaceChar(prev)) && isLetterChar(next)) return mark(i, 1, 'double', true, false, true);
  return null;
}
