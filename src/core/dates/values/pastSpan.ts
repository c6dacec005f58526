import { addDays, isoWeekOf } from '../calendarDay';
import { dated, type Timex, type TimexContext } from './timexContext';

// "the past week", "the past year": the days up to the article date, not the calendar week or year
// before the article's own.

/**
 * "in Bethesda for the last week", "this past week": the seven days up to the article date,
 * not the calendar week before its own ("last week"). As a week, the ISO week holding most of
 * them: the article's own from a Friday on, the one before early in the week.
 */
export function isPastSevenDays(lower: string, ctx: TimexContext): boolean {
  const phrase = lower.trim();
  const lead = /^(?:the|this)\s/.test(phrase) ? phrase : `${/(\S+)\s+$/.exec(ctx.text.slice(Math.max(0, ctx.position - 8), ctx.position))?.[1].toLowerCase() ?? ''} ${phrase}`;
  return /^(?:the\s+(?:past|last)|this\s+past)\s+week$/.test(lead);
}

/** "the past year", "the past month" (with "the" inside the phrase or right before it): DURATION P1Y, P1M. */
export function pastTwelveMonths(lower: string, ctx: TimexContext): Timex | null {
  const phrase = lower.trim();
  const lead = /^the\s/.test(phrase) ? phrase : `${/(\S+)\s+$/.exec(ctx.text.slice(Math.max(0, ctx.position - 8), ctx.position))?.[1].toLowerCase() ?? ''} ${phrase}`;
  const m = /^the\s+past\s+(year|month)$/.exec(lead);
  return m ? { type: 'DURATION', value: m[1] === 'year' ? 'P1Y' : 'P1M' } : null;
}

/** The middle of the seven days before the article date, in days back from it. */
const PAST_WEEK_MIDDLE = 4;

export function pastSevenDaysValue(ctx: TimexContext): Timex {
  if (!ctx.anchor) return { type: 'DATE', value: null };
  const day = addDays(ctx.anchor, -PAST_WEEK_MIDDLE);
  return dated('week', day, isoWeekOf(day));
}
