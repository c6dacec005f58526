import type { ParsedComponents } from 'chrono-node';
import { weekdayJustAfter } from './clockDay';
import type { TimexContext } from './timexContext';

// Which midnight a phrase means: the one that ends the day named or still ahead (TimeML's T24:00), or
// the one that opens it (a range's start, "shortly after midnight").

/** A range's start just before the phrase: "from (at) midnight", "between midnight and". */
const RANGE_START_BEFORE = /\b(?:from|between|starting|beginning)\s+(?:at\s+)?$/i;
/** The small hours after a midnight: "shortly after midnight", "past midnight". */
const AFTER_BEFORE = /\b(?:after|past|since)\s+(?:at\s+)?$/i;

/** The few characters before the phrase, where its range's start or "after" stands. */
function justBefore(ctx: TimexContext): string {
  return ctx.text.slice(Math.max(0, ctx.position - 16), ctx.position);
}

/**
 * "shuts at midnight the same day", "until midnight on Christmas Day": the midnight that ends the
 * day named (TimeML's "T24"), as "midnight Friday" is; not a range's start ("from midnight on
 * Christmas Day") nor the small hours after it ("shortly after midnight the next day").
 */
export function endsTheDay(phrase: string, ctx: TimexContext): boolean {
  if (!/^\s*(?:at\s+)?midnight\b/i.test(phrase)) return false;
  const before = justBefore(ctx);
  return !RANGE_START_BEFORE.test(before) && !AFTER_BEFORE.test(before);
}

/**
 * "midnight Friday", "past midnight local time (22:00 GMT) on Monday", "until midnight on 6
 * January": the midnight that ends the day named (TimeML's "T24"), as "midnight tonight" ends
 * today, whether the day is a weekday or a date; not the start of a range ("from midnight on
 * Saturday until 6am"), nor a date's midnight after "after" ("shortly after midnight on Aug. 17").
 */
export function endsWeekdayAtMidnight(c: ParsedComponents, lower: string, ctx: TimexContext): boolean {
  if (!/^\s*(?:at\s+)?midnight\b/.test(lower) || RANGE_START_BEFORE.test(justBefore(ctx))) return false;
  // A date's midnight "shortly after midnight on Aug. 17" is the small hours that open it.
  if (!c.isCertain('weekday') && c.isCertain('day')) return !AFTER_BEFORE.test(justBefore(ctx));
  return c.isCertain('weekday') || weekdayJustAfter(ctx) !== null;
}

/**
 * "The strike will begin at midnight", "polls close at midnight": with no day in the phrase, a
 * midnight in a clause that looks ahead is the one that ends its day (TimeML's "T24"), not the
 * one already gone that opened it ("the strike began at midnight"). Not a range's start ("from
 * midnight") nor the small hours after it ("after midnight"). A "midnight deadline" ends its day
 * in any tense ("passed the bill hours before a midnight deadline").
 */
export function midnightStillAhead(c: ParsedComponents, lower: string, ctx: TimexContext): boolean {
  if (!/^\s*(?:at\s+)?midnight\s*$/.test(lower) || c.isCertain('day') || c.isCertain('weekday')) return false;
  const before = justBefore(ctx);
  if (RANGE_START_BEFORE.test(before) || AFTER_BEFORE.test(before)) return false;
  const end = ctx.position + ctx.phraseLength;
  if (/^[ \t]+(?:deadlines?|cut-?offs?)\b/i.test(ctx.text.slice(end, end + 12))) return true;
  const tense = ctx.tense();
  return tense === 'future' || tense === 'present';
}

export const MIDNIGHT_TONIGHT = /\bmidnight\b[\s\S]*\btonight\b|\btonight\b[\s\S]*\bmidnight\b/;
