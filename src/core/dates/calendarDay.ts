import { pad, parseIsoDate, toIsoDate } from './isoDate';

/** A day of the Gregorian calendar, free of any time zone. */
export interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

const MS_PER_DAY = 86_400_000;

export function dayFromIso(value: string | null | undefined): CalendarDay | null {
  return value ? parseIsoDate(value) : null;
}

export function isoOfDay(d: CalendarDay): string {
  return toIsoDate(d.year, d.month, d.day);
}

/** The day `moment` falls on where the program runs (its local time zone), as YYYY-MM-DD: the adapters' "today". */
export function isoOfLocalDay(moment: Date): string {
  return toIsoDate(moment.getFullYear(), moment.getMonth() + 1, moment.getDate());
}

export function addDays(d: CalendarDay, n: number): CalendarDay {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + n * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Same day of month n months away, clamped to the month's last day. */
export function addMonths(d: CalendarDay, n: number): CalendarDay {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The weekdays' names by weekdayOf's numbers: Sunday first. */
export const WEEKDAY_NAMES: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** 0 = Sunday … 6 = Saturday, as `Date.getDay`. */
/** Days from `from` to `to`, negative when `to` is earlier. */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / MS_PER_DAY;
}

export function weekdayOf(d: CalendarDay): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The ISO 8601 week (`2023-W25`): weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeekOf(d: CalendarDay): string {
  const thursday = addDays(d, 3 - ((weekdayOf(d) + 6) % 7));
  const jan1 = Date.UTC(thursday.year, 0, 1);
  const week = Math.floor((Date.UTC(thursday.year, thursday.month - 1, thursday.day) - jan1) / MS_PER_DAY / 7) + 1;
  return `${thursday.year}-W${pad(week)}`;
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** The year a two-digit "'98" (or decade "'90s") means: the latest one at most ten years after the reference year. */
export function expandTwoDigitYear(twoDigits: number, referenceYear: number): number {
  const century = Math.floor(referenceYear / 100) * 100;
  return century + twoDigits > referenceYear + 10 ? century - 100 + twoDigits : century + twoDigits;
}
