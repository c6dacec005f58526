import type { DateMention } from '../types';
import { WEEKDAY_NAMES, addDays, dayFromIso, weekdayOf, type CalendarDay } from '../dates/calendarDay';
import { MONTH_NAME, MONTH_NAMES } from '../dates/monthNames';
import type { Check, CheckFinding, CheckFix, CheckInput } from './checkTypes';

// "Tuesday, June 19" when June 19 is a Monday: one of the errors a copy desk checks by
// hand with a calendar. Either word may be the wrong one, so the check offers both fixes
// and prefers neither.

/** A weekday, written out or abbreviated as news copy does ("Tues.", "Thurs", "Wed."). */
const WEEKDAY = /\b(?:(sun|mon|tue|wed|thu|fri|sat)(?:day|sday|nesday|rsday|urday)\b|(sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)\b\.?)/iu;
/** A month name or a numeric month/day: the mention names its day, not only its weekday. */
const NAMES_ITS_DAY = new RegExp(`\\b${MONTH_NAME}\\s*\\d|\\d\\s*${MONTH_NAME}|\\b\\d{1,2}/\\d{1,2}\\b`, 'iu');
const WRITTEN_YEAR = /\b\d{4}\b/u;
/** What may stand between a weekday and the date it belongs to: "Monday (June 12)", "June 12 (Monday)". */
const JOINER = /^[\s,(]{1,3}$/u;

interface WrittenWeekday {
  start: number;
  end: number;
  text: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

export const weekdayMismatch: Check = {
  id: 'weekday-mismatch',
  setting: 'weekdayMismatch',
  description: 'A weekday written with a date it does not fall on ("Tuesday, June 19, 2023": a Monday), with fixes for either.',
  run(input) {
    const out: CheckFinding[] = [];
    const { dates } = input.annotations;
    for (let i = 0; i < dates.length; i++) {
      const date = dates[i];
      const day = checkableDay(date, input);
      if (!day) continue;
      const written = weekdayIn(date.text, date.start) ?? weekdayBeside(dates, i, input.text);
      if (!written || written.weekday === weekdayOf(day)) continue;
      out.push(finding(this.id, date, written, day));
    }
    return out;
  },
};

/** The calendar day a mention names with a day of the month and a year the reader can rely on. */
function checkableDay(date: DateMention, input: CheckInput): CalendarDay | null {
  if (date.value === null || !NAMES_ITS_DAY.test(date.text)) return null;
  // A year guessed for a dateline that gave none may be the very thing that is wrong.
  if (input.annotations.documentDateSource === 'dateline-without-year' && !WRITTEN_YEAR.test(date.text)) return null;
  return dayFromIso(date.value.slice(0, 10));
}

function weekdayIn(text: string, offset: number): WrittenWeekday | null {
  const m = WEEKDAY.exec(text);
  if (!m) return null;
  const stem = (m[1] ?? m[2]).toLowerCase().slice(0, 2);
  const weekday = WEEKDAY_NAMES.findIndex((w) => w.toLowerCase().startsWith(stem));
  return { start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], weekday };
}

/** A mention that is a weekday alone, just before or after the date ("Monday (June 12)"). */
function weekdayBeside(dates: readonly DateMention[], i: number, text: string): WrittenWeekday | null {
  for (const j of [i - 1, i + 1]) {
    const other = dates[j];
    if (!other) continue;
    const gap = j < i ? text.slice(other.end, dates[i].start) : text.slice(dates[i].end, other.start);
    if (!JOINER.test(gap)) continue;
    const written = weekdayIn(other.text, other.start);
    if (written && written.text.length === other.text.length) return written;
  }
  return null;
}

function finding(checkId: string, date: DateMention, written: WrittenWeekday, day: CalendarDay): CheckFinding {
  const actual = weekdayOf(day);
  const right = inStyleOf(written.text, WEEKDAY_NAMES[actual]);
  const fixes: CheckFix[] = [{ title: `Change "${written.text}" to "${right}"`, edits: [{ start: written.start, end: written.end, newText: right }] }];
  const dayFix = dayNumberFix(date, day, written.weekday);
  if (dayFix) fixes.push(dayFix);
  const start = Math.min(date.start, written.start);
  const end = Math.max(date.end, written.end);
  return {
    checkId,
    start,
    end,
    message: `${longDate(day)} is a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[written.weekday]}.`,
    fixes,
  };
}

/** The nearest day with the written weekday, when it lies in the same month: only the number changes. */
function dayNumberFix(date: DateMention, day: CalendarDay, weekday: number): CheckFix | null {
  let shift = (weekday - weekdayOf(day) + 7) % 7;
  if (shift > 3) shift -= 7;
  const wanted = addDays(day, shift);
  if (wanted.month !== day.month) return null;
  const numbers = [...date.text.matchAll(/\d+/gu)].filter((m) => Number(m[0]) === day.day);
  if (numbers.length !== 1) return null;
  const at = date.start + numbers[0].index;
  const newText = String(wanted.day);
  return { title: `Change the date to ${WEEKDAY_NAMES[weekday]}, ${MONTH_NAMES[wanted.month - 1]} ${wanted.day}`, edits: [{ start: at, end: at + numbers[0][0].length, newText }] };
}

function longDate(d: CalendarDay): string {
  return `${MONTH_NAMES[d.month - 1]} ${d.day}, ${d.year}`;
}

/** `name` written as `like` is: abbreviated ("Tues." → "Mon."), in capitals ("TUESDAY"). */
function inStyleOf(like: string, name: string): string {
  const letters = like.replace(/\.$/u, '');
  let out = letters.length >= 6 ? name : name.slice(0, 3) + (like.endsWith('.') ? '.' : '');
  if (letters === letters.toUpperCase()) out = out.toUpperCase();
  return out;
}
