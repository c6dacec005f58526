import type { DateMention } from '../types';
import { compareDays, isoOfDay } from './calendarDay';
import { periodOf, type Period } from './calendarPeriod';
import { REFERENCES, readTimex } from './timexReading';

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

const KIND_ORDER: DateGroupKind[] = ['calendar', 'reference', 'duration', 'set', 'unresolved'];

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
  if (Object.hasOwn(REFERENCES, d.value)) return { key: d.value, group: { kind: 'reference', value: d.value, label: REFERENCES[d.value] } };
  // "three days later": a length of time listed on the day it leads to.
  const point = d.point ? periodOf(d.point) : null;
  if (point) return calendarGroup(point);
  if (d.type === 'DURATION' || d.type === 'SET') {
    const kind = d.type === 'SET' ? 'set' : 'duration';
    return { key: `${kind}:${d.value}`, group: { kind, value: d.value, label: readTimex(d.type, d.value) ?? d.value } };
  }
  const period = periodOf(d.value);
  if (!period) return { key: `other:${d.value}`, group: { kind: 'unresolved', value: d.value, label: readTimex(d.type, d.value) ?? d.value } };
  return calendarGroup(period);
}

function calendarGroup(period: Period): { key: string; group: Omit<DateGroup, 'dates'> & { period: Period } } {
  return {
    key: period.key,
    group: { kind: 'calendar', value: period.key, label: period.label, start: isoOfDay(period.start), end: isoOfDay(period.end), period },
  };
}
