import { pad } from '../isoDate';
import { ANAPHOR_REACH } from './reaches';
import { SENTENCE_END } from './sentenceAndLine';
import type { Timex, TimexContext } from './timexContext';

// "the end of the year", "the end of the month": which year or month it is, when the one just begun
// cannot be meant or the sentence is set in another year.

/**
 * "Activity picked up towards the end of the year", written on 2 January; "prices rose at the end
 * of the month", written on the 5th: in a past clause, just after a year or a month has turned,
 * the end of the new one is too far ahead to be what was told of: it is the last one's. Later
 * in the period a past clause may still set a goal for its end ("cut costs, within reach of
 * its goal for the end of the year"), and a deadline ("by the end of the year") looks ahead.
 */
export function endNotYetCome(unit: string, lower: string, ctx: TimexContext): boolean {
  const anchor = ctx.anchor;
  if (!anchor || !/^(?:the\s+)?(?:end|close)\s+of\s+the\s/.test(lower.trim())) return false;
  if (unit === 'year' ? anchor.month > 2 : unit === 'month' ? anchor.day > 10 : true) return false;
  if (DEADLINE_BEFORE.test(ctx.text.slice(Math.max(0, ctx.position - 8), ctx.position))) return false;
  return ctx.tense() === 'past';
}

const DEADLINE_BEFORE = /\b(?:by|until|till|before)\s+$/i;

/** "Two years ago", "three years earlier": a count of years back keeps the article date's month. */
const YEARS_BACK_AT = /^(?:\S+\s+){1,2}years?\s+(?:ago|earlier|before)\b/i;

/**
 * "In March 2019, the standoff lasted until the end of the month", "Two years ago, talks ran to
 * the end of the month": "the month" is the one the sentence is set in, not the article date's;
 * "this month" stays the article's. Only a date of another year counts: one of the article's
 * year is left to the reading as before.
 */
export function monthOfSentence(unit: string, lower: string, ctx: TimexContext): Timex | null {
  const anchor = ctx.anchor;
  if (!anchor || unit !== 'month' || /\bthis\s+month$/.test(lower.trim())) return null;
  const set = ctx.discourse.last(ctx.position, ANAPHOR_REACH, (m) => m.granularity === 'day' || m.granularity === 'month' || m.granularity === 'year');
  if (!set || set.day.year === anchor.year || SENTENCE_END.test(ctx.text.slice(set.position, ctx.position))) return null;
  // Not remembered as a month of the story: it restates the one the sentence set, and "a year
  // earlier" in the next sentence compares with the story's time, not with it.
  const year = set.day.year;
  const month = set.granularity !== 'year' ? set.day.month : YEARS_BACK_AT.test(ctx.text.slice(set.position, set.position + 40)) ? anchor.month : null;
  return { type: 'DATE', value: `${year}-${month === null ? 'XX' : pad(month)}` };
}
