import type { ParsedComponents } from 'chrono-node';
import { addDays, addMonths, type CalendarDay, isoOfDay, isoWeekOf, quarterOf } from '../calendarDay';
import { pad } from '../isoDate';
import { parseUnit, type Unit } from '../parsers/quantity';
import { quarterTimex, shiftQuarter } from './quarterRef';
import { dated, type Timex, type TimexContext } from './timexContext';
import { comparedQuarter } from './yearAgo';

// Periods counted from the article date: "this week", "last month", "next year", "two weeks ago",
// "eighty years ago this week"; and "the decade" of a story set in an earlier one.

const UNIT_WORD = /\b(seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))\b/gi;

/** How far back a year may be named for "the decade" to be its decade. */
const STORY_DECADE_REACH = 300;

/**
 * "Her first record came out in 1962, and by the middle of the decade she was playing three
 * nights a week": in a past clause, "the decade" (not "this decade") is that of the year the
 * story named last, when that year is of an earlier decade than the article's.
 */
function storyDecade(shift: number, ctx: TimexContext): number | null {
  if (shift !== 0 || ctx.tense() !== 'past' || !/(?:^|\s)the\s+decade$/i.test(ctx.text.slice(ctx.position, ctx.position + ctx.phraseLength))) return null;
  const year = ctx.discourse.last(ctx.position, STORY_DECADE_REACH, (m) => m.granularity === 'year' || m.granularity === 'day' || m.granularity === 'month');
  if (!year) return null;
  const decade = Math.floor(year.day.year / 10);
  return decade < Math.floor((ctx.anchor as CalendarDay).year / 10) ? decade : null;
}

/** "this week", "last month", "next year", "the current quarter": a period counted from the article date. */
export function relativeValue(unit: Unit, shift: number, ctx: TimexContext): Timex {
  const anchor = ctx.anchor;
  if (!anchor) return { type: 'DATE', value: null };
  switch (unit) {
    case 'week': {
      const day = addDays(anchor, 7 * shift);
      return dated('week', day, isoWeekOf(day));
    }
    case 'month': {
      const day = addMonths({ ...anchor, day: 1 }, shift);
      return dated('month', day, `${day.year}-${pad(day.month)}`);
    }
    case 'quarter': {
      const q = shiftQuarter({ year: anchor.year, quarter: quarterOf(anchor.month) }, shift);
      return quarterTimex(q.year, q.quarter);
    }
    case 'decade': return { type: 'DATE', value: String(storyDecade(shift, ctx) ?? Math.floor(anchor.year / 10) + shift) };
    case 'century': return { type: 'DATE', value: pad(Math.floor(anchor.year / 100) + shift) };
    case 'year': return dated('year', { year: anchor.year + shift, month: 1, day: 1 }, String(anchor.year + shift));
    default: {
      const day = addDays(anchor, shift);
      return dated('day', day, isoOfDay(day));
    }
  }
}

/** "Eighty years ago this week", "50 years ago today", "a year ago this month": the article's week, day or month, so many units back. */
export function agoWithinValue(unit: Unit, shift: number, within: string, ctx: TimexContext): Timex {
  const anchor = ctx.anchor;
  if (!anchor) return { type: 'DATE', value: null };
  const months = unit === 'year' ? 12 * shift : unit === 'month' ? shift : null;
  const day = months === null ? addDays(anchor, (unit === 'week' ? 7 : 1) * shift) : { ...addMonths({ ...anchor, day: 1 }, months), day: anchor.day };
  if (within === 'day') return dated('day', day, isoOfDay(day));
  if (within === 'week') return dated('week', day, isoWeekOf(day));
  return dated('month', { ...day, day: 1 }, `${day.year}-${pad(day.month)}`);
}

/** "two weeks ago", "in three days", "a year ago": chrono's date, at the unit's granularity. */
export function countedRelativeValue(c: ParsedComponents, lower: string, ctx: TimexContext): Timex {
  if (!ctx.anchor) return { type: 'DATE', value: null };
  const units = [...lower.matchAll(UNIT_WORD)].map((m) => parseUnit(m[1])).filter((u): u is Unit => u !== null);
  const unit = units.length > 0 ? units[units.length - 1] : 'day';
  const day: CalendarDay = { year: c.get('year') ?? ctx.anchor.year, month: c.get('month') ?? 1, day: c.get('day') ?? 1 };
  switch (unit) {
    case 'year': {
      // "compared with $4 million a year ago", right after a quarter: the same quarter a year before.
      if (/^(?:a|one)\s+year\s+ago$/.test(lower.trim())) {
        const quarter = comparedQuarter(ctx);
        if (quarter) return quarter;
      }
      return dated('year', { year: day.year, month: 1, day: 1 }, String(day.year));
    }
    case 'decade': return { type: 'DATE', value: String(Math.floor(day.year / 10)) };
    case 'century': return { type: 'DATE', value: pad(Math.floor(day.year / 100)) };
    case 'quarter': return quarterTimex(day.year, quarterOf(day.month));
    case 'month': return dated('month', { ...day, day: 1 }, `${day.year}-${pad(day.month)}`);
    case 'week': return dated('week', day, isoWeekOf(day));
    default: return dated('day', day, isoOfDay(day));
  }
}
