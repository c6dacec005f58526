import type { ParsedComponents } from 'chrono-node';
import { addDays, type CalendarDay, isoWeekOf, weekdayOf } from '../calendarDay';
import { type Holiday, holidayDaysAround, holidayOpening } from '../parsers/holidayParser';
import { dayOf } from './dayOfResult';
import { monthOrYearValue } from './monthValue';
import { dayByTense, dated, type Timex, type TimexContext } from './timexContext';

// Weeks and weekends: "the week of March 6", "the first weekend of June", "this weekend", "the
// Memorial Day weekend".

/** "the week of March 6": the ISO week of that day, its year found as for the day alone. */
export function weekOfValue(c: ParsedComponents, phrase: string, ctx: TimexContext): Timex {
  const day = dayOf(c, phrase.toLowerCase(), ctx);
  if (!day) return { type: 'DATE', value: null };
  return dated('week', day, isoWeekOf(day));
}

/**
 * "the weekend of Sept. 12": the weekend of that day's ISO week. "the first weekend of
 * June" (nth 1 … 4, -1 for the last): the weekend of the month's n-th Saturday, the month's
 * year found as for its first day.
 */
export function weekendOfValue(c: ParsedComponents, nth: number, phrase: string, ctx: TimexContext): Timex {
  let day = c.isCertain('day') ? dayOf(c, phrase.toLowerCase(), ctx) : monthStart(c, ctx);
  if (!day) return { type: 'DATE', value: null };
  if (nth !== 0) {
    const first = addDays(day, (6 - weekdayOf(day) + 7) % 7);
    day = nth > 0 ? addDays(first, 7 * (nth - 1)) : lastSaturdayOf(first);
  }
  return { type: 'DATE', value: `${isoWeekOf(day)}-WE`, dated: { granularity: 'week', day } };
}

/** The first day of the month a result names, in the year monthOrYearValue() gives it. */
function monthStart(c: ParsedComponents, ctx: TimexContext): CalendarDay | null {
  const value = monthOrYearValue(c, ctx).value;
  const m = value ? /^(\d{4})-(\d\d)$/.exec(value) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: 1 } : null;
}

/** The last Saturday of the month whose first Saturday is `first`. */
function lastSaturdayOf(first: CalendarDay): CalendarDay {
  let day = first;
  while (addDays(day, 7).month === first.month) day = addDays(day, 7);
  return day;
}

/** A holiday's name and "long" or "holiday" right before "weekend": "the Memorial Day weekend", "the Australia Day long weekend". */
const HOLIDAY_BEFORE_WEEKEND = /((?:\p{Lu}[\p{L}'’.]*\s+){1,4})(?:long\s+|holiday\s+|bank\s+holiday\s+)?$/u;

/**
 * "the Memorial Day weekend", "the Easter weekend", "the Thanksgiving weekend", "the Australia
 * Day long weekend": the weekend the holiday belongs to, which the article date's tense does not
 * choose; the Saturday before a Monday to Wednesday holiday, after a Thursday or Friday one, and
 * the holiday's own weekend for one on a Saturday or Sunday. The holiday is the one before the
 * article date in a past clause, after it in a future one, else the nearest. Null when no holiday
 * is named right before.
 */
function weekendOfHolidayBefore(lower: string, ctx: TimexContext): CalendarDay | null {
  const anchor = ctx.anchor as CalendarDay;
  if (!/^(?:the\s+)?weekend$/.test(lower.trim())) return null;
  const m = HOLIDAY_BEFORE_WEEKEND.exec(ctx.text.slice(Math.max(0, ctx.position - 48), ctx.position));
  if (!m) return null;
  // The holiday's name may start at any of the capitalised words ("over the US Thanksgiving weekend").
  const words = m[1].trim().split(/\s+/);
  let holiday: Holiday | null = null;
  for (let i = 0; i < words.length && !holiday; i++) {
    const found = holidayOpening(words.slice(i).join(' '));
    if (found && found.length === words.slice(i).join(' ').length) holiday = found.holiday;
  }
  if (!holiday) return null;
  const h = holiday;
  const candidates = holidayDaysAround(h, anchor.year);
  const tense = ctx.tense();
  const day = dayByTense(candidates, anchor, tense);
  const weekday = weekdayOf(day);
  return addDays(day, weekday === 6 ? 0 : weekday === 0 ? -1 : weekday >= 4 ? 6 - weekday : -(weekday + 1));
}

export function weekendValue(lower: string, ctx: TimexContext): Timex {
  const anchor = ctx.anchor;
  if (!anchor) return { type: 'DATE', value: null };
  const holidayWeekend = weekendOfHolidayBefore(lower, ctx);
  if (holidayWeekend) return { type: 'DATE', value: `${isoWeekOf(holidayWeekend)}-WE`, dated: { granularity: 'week', day: holidayWeekend } };
  const forward = (6 - weekdayOf(anchor) + 7) % 7;
  const backward = forward === 0 ? 0 : forward - 7;
  let saturday: CalendarDay;
  // On a Sunday "this weekend" is the one under way, so "next weekend" is the one six days on
  // and "last weekend" the one before it, eight days back ("this past weekend" may be the one
  // just ending).
  if (/\bnext\b/.test(lower)) saturday = addDays(anchor, weekdayOf(anchor) === 0 ? forward : forward + 7);
  else if (/\b(?:last|previous)\b/.test(lower) && !/\bthis\s+past\b/.test(lower)) saturday = addDays(anchor, weekdayOf(anchor) === 0 ? -8 : backward === 0 ? -7 : backward);
  else if (/\bpast\b/.test(lower)) saturday = addDays(anchor, weekdayOf(anchor) === 0 ? -1 : backward === 0 ? -7 : backward);
  else if (/\bthis\b/.test(lower)) saturday = addDays(anchor, weekdayOf(anchor) === 0 ? -1 : forward);
  else {
    const tense = ctx.tense();
    saturday = tense === 'past' ? addDays(anchor, weekdayOf(anchor) === 0 ? -1 : backward)
      : tense === 'future' ? addDays(anchor, weekdayOf(anchor) === 0 ? -1 : forward)
        : addDays(anchor, weekdayOf(anchor) === 0 ? -1 : forward <= 3 ? forward : backward);
  }
  return { type: 'DATE', value: `${isoWeekOf(saturday)}-WE`, dated: { granularity: 'week', day: saturday } };
}
