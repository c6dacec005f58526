import type { Memo } from '../incremental/memo';
import { alternationByFirstLetter } from './wordAlternation';
import { cachedByText } from '../text/cachedByText';

// chrono-node is exact but slow on long texts (about 1 MB/s on news, and it copies the
// remaining text after every match), while dates take up a small share of an article.
// So one linear scan finds the words every date expression must contain — month and
// weekday names, time units, "today", "now", seasons, holidays, years, clock times —
// and only a window around each of them is handed to chrono, together with the kinds
// of words found there, so that only the parsers that can match them run.

/** Kinds of trigger words, as bit flags. */
export const TriggerKind = {
  month: 1 << 0,
  weekday: 1 << 1,
  unit: 1 << 2,
  dayPart: 1 << 3,
  deictic: 1 << 4,
  reference: 1 << 5,
  season: 1 << 6,
  holiday: 1 << 7,
  frequency: 1 << 8,
  year: 1 << 9,
  clock: 1 << 10,
  slash: 1 << 11,
  quarter: 1 << 12,
  spelledYear: 1 << 13,
  ordinalDay: 1 << 14,
} as const;

export type TriggerKindName = keyof typeof TriggerKind;
export const ALL_KINDS = Object.values(TriggerKind).reduce((a, b) => a | b, 0);

export interface TextWindow {
  start: number;
  end: number;
  /** The kinds of trigger words inside (TriggerKind flags). */
  kinds: number;
}

const WORDS: Record<Exclude<TriggerKindName, 'year' | 'clock' | 'slash' | 'ordinalDay'>, string[]> = {
  month: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept?', 'oct', 'nov', 'dec',
  ],
  weekday: [
    'mondays?', 'tuesdays?', 'wednesdays?', 'thursdays?', 'fridays?', 'saturdays?', 'sundays?',
    'mon', 'tues?', 'wed', 'thur?s?', 'fri', 'sat', 'sun', 'weekends?', 'weekdays?',
  ],
  // Before the units: "second half" is a half ("the second half of 2022"), not the unit "second".
  quarter: ['quarters?', '(?:first|second|last|latter)[- ]half', '(?:latest|year-ago|year-earlier|comparable|same) period', 'q[1-4]', '[1-4]q', 'h[12]'],
  unit: [
    'seconds?', 'minutes?', 'hours?', 'days?', 'weeks?', 'fortnights?', 'months?', 'years?', 'decades?',
    'century', 'centuries', 'millenni(?:um|a)',
    // Indian copy's "last fiscal", "this fiscal": the financial year (anaphorParser.ts).
    'fiscal',
  ],
  dayPart: ['morning', 'afternoon', 'evening', 'nights?', 'noon', 'midnight', 'midday', 'overnight'],
  deictic: ['today', 'tonight', 'tomorrow', 'yesterday', 'now', 'tmrw?', 'overmorrow'],
  reference: [
    'currently', 'current', 'recent', 'recently', 'lately', 'future', 'the past', 'past (?:years|decades|months|weeks|centuries)',
    'nowadays', 'presently', 'at present', 'moment', 'these days', '(?:near|short)[- ]term', '(?:up)?coming', 'ahead', 'to come', 'ago', 'soon', 'later date',
  ],
  // "season": a season of play or of performances ("last season", playingSeasonParser.ts).
  season: ['spring', 'summer', 'autumn', 'fall', 'winter', 'springtime', 'summertime', 'wintertime', 'season'],
  holiday: [
    'christmas', 'easter', 'thanksgiving', 'halloween', 'valentine', 'hogmanay', 'bonfire', 'fawkes', 'bank holiday', 'juneteenth',
    // Other calendars' (holidayParser.ts); "Lunar New Year" has the unit "year".
    'ramadan', 'ramazan', 'ramzan', 'eid', 'rosh', 'kippur', 'passover', 'pesach', 'hanukk?ah', 'chanukk?ah', 'diwali', 'deepavali',
  ],
  frequency: ['hourly', 'daily', 'nightly', 'weekly', 'biweekly', 'fortnightly', 'monthly', 'quarterly', 'annually', 'yearly', 'semi-?annually'],
  spelledYear: ['nineteen', 'thousand', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
};

// Digits count only where they can be a date or a clock time: a four-digit year (or
// decade "1990s", "'90s", financial year "FY23", half "1H23"), a slash date, "10:30", "5 p.m.".
const DIGITS: Record<'year' | 'clock' | 'slash' | 'ordinalDay', string> = {
  // "FY23", "FY2023", "Q3FY23", "H1FY25": a financial year by its initials (yearParser.ts); "1H23", a half (quarterParser.ts).
  year: "\\b\\d{4}s?\\b|['’]\\d0s|['’]\\d\\d\\b|\\b(?:Q[1-4]|H[12])?FY\\d\\d(?:\\d\\d)?\\b|\\b[12]H\\d\\d\\b",
  // White space but never a line break: no trigger spans lines, so lines can be scanned apart.
  // "00.01 GMT", "09.30 hrs": a clock time with a full stop, only with its zone (wireClockParser.ts).
  clock: "\\d:\\d\\d|\\d[^\\S\\n\\r]?(?:[ap]\\.?m\\b|o'clock)|\\d\\.\\d\\d[^\\S\\n\\r]?(?:GMT|UTC|BST|hrs)\\b",
  slash: '\\d{1,4}/\\d',
  // "on the 14th", "the night of the 3rd": a day of the month by its ordinal alone (ordinalDayParser.ts).
  ordinalDay: '\\bthe[^\\S\\n\\r]+(?:[12]?\\d|3[01])(?:st|nd|rd|th)\\b',
};

const GROUPS = [
  ...Object.entries(WORDS).map(([kind, words]) => [kind, `\\b(?:${words.join('|')})\\b`] as const),
  ...Object.entries(DIGITS),
] as ReadonlyArray<readonly [TriggerKindName, string]>;

// One alternation of all the words, with the kind read afterwards from the matched text,
// scans about half again as fast as a named group per kind; grouped by first letter
// (wordAlternation.ts), a third faster again. TRIGGER_AS_LISTED is the same regex as the
// words are listed: what the grouped one must equal (tests).
//
// Every trigger starts with a digit, a quote ("'90s") or a letter at the start of a word:
// the words and "FY", "the 14th" after \b, the rest with a digit. Said first, as a lookahead
// that consumes nothing, it lets the scan pass over the inside of words and the spaces
// between them with one test a position, where each of the ten other alternatives was
// tried in turn; the scan of the PolNeAR dev articles took half the time, the same matches.
const TRIGGER_START = "(?=[\\d'’]|\\b[a-z])";
const DIGIT_SOURCE = Object.values(DIGITS).join('|');
const TRIGGER = new RegExp(`${TRIGGER_START}(?:\\b(?:${alternationByFirstLetter(Object.values(WORDS).flat())})\\b|${DIGIT_SOURCE})`, 'gi');
export const TRIGGER_AS_LISTED = new RegExp(`\\b(?:${Object.values(WORDS).flat().join('|')})\\b|${DIGIT_SOURCE}`, 'gi');
const KIND_TESTS = GROUPS.map(([kind, source]) => [kind, new RegExp(`^(?:${source})$`, 'i')] as const);

/** Context kept on each side of a trigger: longer than any single date expression. */
const MARGIN = 36;
/** A window edge moves to the start or end of a word, but never further than this. */
const MAX_WORD = 40;

/**
 * A window grows while triggers keep coming within its margin, but once this long the
 * next trigger starts a new one: chrono copies the rest of its text after every match,
 * so one window over a text dense with dates ("2024 2024 2024 …", a list of fixtures)
 * made the whole finder quadratic (found by the linear-time tests of issue 9).
 */
const MAX_WINDOW = 800;

/** A trigger word found in a line: where (from the line's start), how long, and its kinds. */
export interface DateTrigger {
  index: number;
  length: number;
  kinds: number;
}

/**
 * The trigger words of one line of a text, offsets from the line's start: how the
 * incremental annotator gives them, kept by the line's text or taken from the version before
 * an edit (dateFinder.ts).
 */
export type LineTriggers = (text: string, lineStart: number, lineEnd: number) => readonly DateTrigger[];

/**
 * Windows of the text that may hold a date expression, in order, not overlapping. With
 * `lineTriggers` (the incremental annotator's) the trigger words are found line by line; no
 * trigger spans a line break, so scanning line by line finds exactly what one scan of the
 * whole text finds.
 */
export function findDateWindows(text: string, lineTriggers?: LineTriggers): TextWindow[] {
  const windows: TextWindow[] = [];
  let lastTriggerEnd = 0;
  // The triggers of the current window, so that a window cut at a sentence's start takes the kinds of those after the cut.
  const inWindow: Array<{ index: number; kinds: number }> = [];
  const add = (index: number, length: number, kinds: number): void => {
    const start = toWordStart(text, Math.max(0, index - MARGIN));
    const end = toWordEnd(text, Math.min(text.length, index + length + MARGIN));
    const last = windows[windows.length - 1];
    if (last && start <= last.end && last.end - last.start < MAX_WINDOW) {
      last.end = Math.max(last.end, end);
      last.kinds |= kinds;
    } else if (last && start <= last.end) {
      // Cut where the sentence of this trigger starts, so that an expression running over
      // several triggers ("midday on Friday 20 January" in a live blog dense with dates)
      // stays whole; with none near, at the last space between the previous trigger and
      // this one, so that neither trigger's own words are split.
      let cut = sentenceStartBefore(text, index, last.start + 1);
      let carried = 0;
      if (cut >= 0) {
        for (const t of inWindow) if (t.index >= cut) carried |= t.kinds;
      } else {
        cut = index;
        while (cut > lastTriggerEnd && !isSpaceOrBreak(text.charCodeAt(cut - 1))) cut--;
        if (cut === lastTriggerEnd) cut = index;
      }
      last.end = Math.max(last.start + 1, cut);
      windows.push({ start: last.end, end, kinds: kinds | carried });
      inWindow.length = 0;
    } else {
      windows.push({ start, end, kinds });
      inWindow.length = 0;
    }
    inWindow.push({ index, kinds });
    lastTriggerEnd = index + length;
  };
  if (!lineTriggers) {
    for (const t of triggersIn(text)) add(t.index, t.length, t.kinds);
    return windows;
  }
  for (let lineStart = 0; lineStart < text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd > lineStart) for (const t of lineTriggers(text, lineStart, lineEnd)) add(lineStart + t.index, t.length, t.kinds);
    lineStart = lineEnd + 1;
  }
  return windows;
}

/** A line's trigger words, kept in `memo` by the line's text. */
export function memoizedLineTriggers(memo: Memo<readonly DateTrigger[]>): LineTriggers {
  return (text, lineStart, lineEnd) => {
    const line = text.slice(lineStart, lineEnd);
    let triggers = memo.get(line);
    if (!triggers) {
      triggers = triggersIn(line);
      memo.set(line, triggers);
    }
    return triggers;
  };
}

function triggersIn(text: string, trigger = TRIGGER): DateTrigger[] {
  const out: DateTrigger[] = [];
  trigger.lastIndex = 0;
  for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
    const kinds = kindOf(m);
    if (kinds !== 0) out.push({ index: m.index, length: m[0].length, kinds });
  }
  return out;
}

/** The trigger words of a text, found with `trigger` (tests: the grouped regex against TRIGGER_AS_LISTED). */
export function triggersOf(text: string, trigger = TRIGGER): DateTrigger[] {
  return triggersIn(text, new RegExp(trigger.source, trigger.flags));
}

/** How far back from a trigger a window cut looks for the start of its sentence. */
const SENTENCE_REACH = 160;

/**
 * Where the sentence or line holding `index` starts, no further back than SENTENCE_REACH
 * nor before `floor`; -1 when none is found so near. A sentence starts after a line break,
 * or after ".", "!" or "?" and white space before a capital or a digit.
 */
function sentenceStartBefore(text: string, index: number, floor: number): number {
  const limit = Math.max(floor, index - SENTENCE_REACH);
  for (let i = index - 1; i > limit; i--) {
    const c = text.charCodeAt(i - 1);
    if (c === 10) return i;
    if (isSpaceOrBreak(c) && i >= 2 && /[.!?]/.test(text[i - 2]) && /[\p{Lu}\d"“]/u.test(text[i] ?? '')) return i;
  }
  return -1;
}

function isSpaceOrBreak(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** The kinds of trigger words in a short text (all of it counts, no windows). */
export function triggerKindsIn(text: string): number {
  let kinds = 0;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) kinds |= kindOf(m);
  return kinds;
}

/** The kind of a trigger; 0 for a lowercase month or weekday name ("may", "sun"), which is no date ("weekend" is). */
function kindOf(m: RegExpExecArray): number {
  return kindOfWord(m[0]);
}

// An article says "year", "Monday", "now" again and again: each trigger word's kind is
// found once (up to fifteen tests) and then looked up.
const kindOfWord = cachedByText((word: string): number => {
  for (const [kind, test] of KIND_TESTS) {
    if (!test.test(word)) continue;
    if ((kind === 'month' || kind === 'weekday') && word.charCodeAt(0) >= 97 && !word.startsWith('week')) return 0;
    return TriggerKind[kind];
  }
  return 0;
});

function toWordStart(text: string, i: number): number {
  const limit = Math.max(0, i - MAX_WORD);
  while (i > limit && isWordChar(text.charCodeAt(i - 1))) i--;
  return i;
}

function toWordEnd(text: string, i: number): number {
  const limit = Math.min(text.length, i + MAX_WORD);
  while (i < limit && isWordChar(text.charCodeAt(i))) i++;
  return i;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127 || c === 46 || c === 39;
}
