import { type CalendarDay, WEEKDAY_NAMES, addDays, addMonths, dayFromIso, weekdayOf } from './calendarDay';
import { MONTH_NAMES } from './monthNames';

// The stretch of the calendar a TimeML date value names, with a short English label:
// the sidebar's timeline sorts by it, the hover reads it out.

const SEASONS: Record<string, { name: string; month: number }> = {
  SP: { name: 'Spring', month: 3 }, SU: { name: 'Summer', month: 6 }, FA: { name: 'Autumn', month: 9 }, WI: { name: 'Winter', month: 12 },
};

export interface Period {
  key: string;
  label: string;
  start: CalendarDay;
  end: CalendarDay;
}

/** The calendar period a TimeML value names; a time of day belongs to its day. */
export function periodOf(value: string): Period | null {
  let m = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/.exec(value);
  if (m) {
    const day = dayFromIso(m[1]);
    return day ? { key: m[1], label: `${WEEKDAY_NAMES[weekdayOf(day)].slice(0, 3)} ${day.day} ${MONTH_NAMES[day.month - 1].slice(0, 3)} ${day.year}`, start: day, end: day } : null;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const start = { year: Number(m[1]), month: Number(m[2]), day: 1 };
    if (start.month < 1 || start.month > 12) return null;
    return { key: value, label: `${MONTH_NAMES[start.month - 1]} ${start.year}`, start, end: addDays(addMonths(start, 1), -1) };
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const start = isoWeekStart(Number(m[1]), Number(m[2]));
    return m[3]
      ? { key: value, label: `weekend of week ${Number(m[2])}, ${m[1]}`, start: addDays(start, 5), end: addDays(start, 6) }
      : { key: value, label: `week ${Number(m[2])}, ${m[1]}`, start, end: addDays(start, 6) };
  }
  if ((m = /^(\d{4})-([QH])([1-4])$/.exec(value))) {
    const months = m[2] === 'Q' ? 3 : 6;
    const start = { year: Number(m[1]), month: (Number(m[3]) - 1) * months + 1, day: 1 };
    return { key: value, label: `${m[2]}${m[3]} ${m[1]}`, start, end: addDays(addMonths(start, months), -1) };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const season = SEASONS[m[2]];
    const start = { year: Number(m[1]), month: season.month, day: 1 };
    return { key: value, label: `${season.name} ${m[1]}`, start, end: addDays(addMonths(start, 3), -1) };
  }
  if ((m = /^(\d{4})$/.exec(value))) {
    const year = Number(m[1]);
    return { key: value, label: m[1], start: { year, month: 1, day: 1 }, end: { year, month: 12, day: 31 } };
  }
  if ((m = /^(\d{3})$/.exec(value))) {
    const year = Number(m[1]) * 10;
    return { key: value, label: `the ${year}s`, start: { year, month: 1, day: 1 }, end: { year: year + 9, month: 12, day: 31 } };
  }
  if ((m = /^(\d{2})$/.exec(value))) {
    const year = Number(m[1]) * 100;
    return { key: value, label: `the ${year}s`, start: { year, month: 1, day: 1 }, end: { year: year + 99, month: 12, day: 31 } };
  }
  return null;
}

/** Monday of ISO week `week` of `year`: week 1 holds 4 January. */
function isoWeekStart(year: number, week: number): CalendarDay {
  const jan4 = { year, month: 1, day: 4 };
  const monday = addDays(jan4, -((weekdayOf(jan4) + 6) % 7));
  return addDays(monday, (week - 1) * 7);
}
