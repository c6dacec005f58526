import { type CalendarDay, compareDays } from '../calendarDay';
import type { DatedMention } from '../dateDiscourse';
import type { Timex } from './timexContext';

// Quarters as a year and a number, to count with: shared by the rules that name, shift and compare
// quarters.

export interface QuarterRef { year: number; quarter: number; unknownYear?: boolean }

export function shiftQuarter(q: QuarterRef, n: number): QuarterRef {
  const index = q.year * 4 + (q.quarter - 1) + n;
  return { year: Math.floor(index / 4), quarter: (index % 4) + 1, unknownYear: q.unknownYear };
}

export function quarterIndex(q: QuarterRef): number {
  return q.year * 4 + q.quarter - 1;
}

export function quarterTimex(year: number, quarter: number): Timex {
  return { type: 'DATE', value: `${year}-Q${quarter}`, dated: { granularity: 'quarter', day: { year, month: quarter * 3 - 2, day: 1 }, quarter } };
}

/**
 * A quarter named in the story that has begun by the article date (any, without one, and
 * any of a fiscal year, whose calendar the text does not give): one that can have results. Not "has ended": a fiscal fourth quarter ended Sept. 30
 * reads as the calendar's fourth, still running in October.
 */
export function quarterHasBegun(m: DatedMention, anchor: CalendarDay | null): boolean {
  return anchor === null || m.fiscal === true || compareDays(m.day, anchor) <= 0;
}
