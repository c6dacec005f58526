// chrono-node is exact but slow on long texts (about 1 MB/s on news, and it copies the
// remaining text after every match), while dates take up a small share of an article.
// So one linear scan finds the words every date expression must contain — month and
// weekday names, time units, "today", "now", seasons, holidays, years, clock times —
// and only a window around each of them is handed to chrono.

export interface TextWindow {
  start: number;
  end: number;
}

const TRIGGER_WORDS = [
  // months and weekdays (abbreviations too: "Sept. 5", "Tues.")
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept?', 'oct', 'nov', 'dec',
  'mondays?', 'tuesdays?', 'wednesdays?', 'thursdays?', 'fridays?', 'saturdays?', 'sundays?',
  'mon', 'tues?', 'wed', 'thur?s?', 'fri', 'sat', 'sun',
  // units, parts of the day, seasons
  'seconds?', 'minutes?', 'hours?', 'days?', 'nights?', 'weeks?', 'weekends?', 'weekdays?', 'fortnights?',
  'months?', 'years?', 'decades?', 'century', 'centuries', 'millenni(?:um|a)', 'quarters?', 'half',
  'morning', 'afternoon', 'evening', 'noon', 'midnight', 'midday', 'tonight', 'overnight',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'springtime', 'summertime', 'wintertime',
  // deictic words and references
  'today', 'tomorrow', 'yesterday', 'now', 'currently', 'current', 'recent', 'recently', 'future',
  'past', 'nowadays', 'presently', 'ago',
  // frequencies and holidays
  'daily', 'weekly', 'monthly', 'annually', 'yearly', 'hourly', 'quarterly', 'biweekly', 'semiannually',
  'christmas', 'easter', 'thanksgiving', 'halloween', 'hanukkah', 'ramadan',
  // spelled-out years ("nineteen ninety-six", "two thousand")
  'nineteen', 'thousand',
];

// Digits count only where they can be a date or a clock time: a four-digit year (or
// decade "1990s"), "'90s", a slash date, "10:30", "5 p.m.", "Q3".
const TRIGGER = new RegExp(
  `\\b(?:${TRIGGER_WORDS.join('|')})\\b|\\b\\d{4}s?\\b|'\\d0s|\\d{1,4}/\\d|\\d:\\d\\d|\\d\\s?(?:[ap]\\.?m\\b|o'clock)|\\bq[1-4]\\b`,
  'gi',
);

/** Context kept on each side of a trigger: longer than any single date expression. */
const MARGIN = 36;
/** A window edge moves to the start or end of a word, but never further than this. */
const MAX_WORD = 40;

/** Windows of the text that may hold a date expression, in order, not overlapping. */
export function findDateWindows(text: string): TextWindow[] {
  const windows: TextWindow[] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const start = toWordStart(text, Math.max(0, m.index - MARGIN));
    const end = toWordEnd(text, Math.min(text.length, m.index + m[0].length + MARGIN));
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

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
