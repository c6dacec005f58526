import { isoOfDay, isoWeekOf } from '../calendarDay';
import { pad } from '../isoDate';
import type { NewsTags } from '../parsers/newsParser';
import type { Timex, TimexContext } from './timexContext';

// An anaphor set off by a comma right after a date names that date again: read apart from the
// other anaphors (anaphorValue.ts), which count from the day the story is on.

/**
 * "on Oct. 12, the day before the market plunged": the date right before the comma, again (or
 * its week, month or year, as the unit says); dropped when no such date stands there ("he left,
 * the day after the vote": a day counted from an event the story does not date).
 */
export function apposedValue(tags: NewsTags, ctx: TimexContext): Timex {
  const unit = tags.unit ?? 'day';
  const granularity = unit === 'weekend' ? 'week' : unit;
  const named = ctx.discourse.last(ctx.position, APPOSED_REACH);
  if (!named || named.granularity !== granularity || !APPOSED_AFTER_DATE.test(ctx.text.slice(named.position, ctx.position))) return { type: 'DATE', value: null, dropped: true };
  const day = named.day;
  switch (unit) {
    case 'day': {
      const part = tags.part ? `T${tags.part}` : '';
      return { type: part ? 'TIME' : 'DATE', value: isoOfDay(day) + part, dated: { granularity: 'day', day } };
    }
    case 'week': return { type: 'DATE', value: isoWeekOf(day) };
    case 'weekend': return { type: 'DATE', value: `${isoWeekOf(day)}-WE` };
    case 'month': return { type: 'DATE', value: `${day.year}-${pad(day.month)}` };
    default: return { type: 'DATE', value: String(day.year) };
  }
}
/** How far back the date a phrase is set after may start ("Wednesday, September 30, 2026, "). */
const APPOSED_REACH = 40;
/** From the date's start to the phrase: the date's own words and a comma, no sentence end ("Oct. 12, "). */
const APPOSED_AFTER_DATE = /^(?![^]*[.!?]["”’')]*\s+(?!\d))[\p{L}\p{N}.,'’ -]+,[^\S\n]+$/u;
