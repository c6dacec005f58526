import type { DateMention } from '../types';
import { type CalendarDay, addDays, addMonths, compareDays, dayFromIso, isoOfDay, weekdayOf } from './calendarDay';

// The sidebar lists a story's dates as a timeline: calendar order, one entry per day
// (or per month, quarter, year … where the text names no day), each with the phrases
// that name it. References ("now", "recently"), lengths of time and recurring times
// follow, and expressions left unresolved (no article date) come last.

export type DateGroupKind = 'calendar' | 'reference' | 'duration' | 'set' | 'unresolved';

export interface DateGroup {
  kind: DateGroupKind;
  /** A calendar value ("2023-06-19", "2023-06", "2023-Q3", "2023-W25", "199"), a reference or duration value; null when unresolved. */
  value: string | null;
  /** A short English label: "Mon 19 Jun 2023", "June 2023", "Q3 2023", "the present". */
  label: string;
  /** First and last day covered (YYYY-MM-DD), for calendar groups. */
  start?: string;
  end?: string;
  /** The mentions, in text order. */
  dates: DateMention[];
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const SEASONS: Record<string, { name: string; month: number }> = {
  SP: { name: 'Spring', month: 3 }, SU: { name: 'Summer', month: 6 }, FA: { name: 'Autumn', month: 9 }, WI: { name: 'Winter', month: 12 },
};
const REFERENCES: Record<string, string> = { PAST_REF: 'the past', PRESENT_REF: 'the present', FUTURE_REF: 'the future' };
const KIND_ORDER: DateGroupKind[] = ['calendar', 'reference', 'duration', 'set', 'unresolved'];

interface Period {
  key: string;
  label: string;
  start: CalendarDay;
  end: CalendarDay;
}

/** Groups date mentions by the day (or period) they name, in calendar order; see the file comment. */
export function groupDatesByDay(dates: readonly DateMention[]): DateGroup[] {
  const groups = new Map<string, DateGroup & { period?: Period }>();
  for (const d of [...dates].sort((a, b) => a.start - b.start)) {
    const { key, group } = groupFor(d);
    const existing = groups.get(key);
    if (existing) existing.dates.push(d);
    else groups.set(key, { ...group, dates: [d] });
  }
  const out = [...groups.values()].sort((a, b) => {
    const byKind = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
    if (byKind !== 0) return byKind;
    if (a.period && b.period) {
      // Earlier first; at the same start the wider period first (2023 before January 2023 before 1 January).
      return compareDays(a.period.start, b.period.start) || compareDays(b.period.end, a.period.end) || a.period.key.localeCompare(b.period.key);
    }
    if (a.kind === 'reference') return Object.keys(REFERENCES).indexOf(a.value ?? '') - Object.keys(REFERENCES).indexOf(b.value ?? '');
    return a.dates[0].start - b.dates[0].start;
  });
  return out.map(({ period: _period, ...group }) => group);
}

function groupFor(d: DateMention): { key: string; group: Omit<DateGroup, 'dates'> & { period?: Period } } {
  if (d.value === null) return { key: 'unresolved', group: { kind: 'unresolved', value: null, label: 'unresolved (no article date)' } };
  if (d.value in REFERENCES) return { key: d.value, group: { kind: 'reference', value: d.value, label: REFERENCES[d.value] } };
  if (d.type === 'DURATION' || d.type === 'SET') {
    const kind = d.type === 'SET' ? 'set' : 'duration';
    return { key: `${kind}:${d.value}`, group: { kind, value: d.value, label: d.value } };
  }
  const period = periodOf(d.value);
  if (!period) return { key: `other:${d.value}`, group: { kind: 'unresolved', value: d.value, label: d.value } };
  return {
    key: period.key,
    group: { kind: 'calendar', value: period.key, label: period.label, start: isoOfDay(period.start), end: isoOfDay(period.end), period },
  };
}

/** The calendar period a TimeML value names; a time of day belongs to its day. */
export function periodOf(value: string): Period | null {
  let m = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/.exec(value);
  if (m) {
    const day = dayFromIso(m[1]);
    return day ? { key: m[1], label: `${WEEKDAY_NAMES[weekdayOf(day)]} ${day.day} ${MONTH_NAMES[day.month - 1].slice(0, 3)} ${day.year}`, start: day, end: day } : null;
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
