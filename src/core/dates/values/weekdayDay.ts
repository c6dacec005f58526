import type { ParsedComponents } from 'chrono-node';
import { addDays, type CalendarDay, compareDays, daysBetween, isoOfDay, weekdayOf } from '../calendarDay';
import type { NewsTags } from '../parsers/newsParser';
import { AHEAD } from '../tense/aheadCues';
import { ANAPHOR_REACH, CLOCK_REACH } from './reaches';
import { dated, type Timex, type TimexContext } from './timexContext';

// A weekday named without a date ("on Monday", "last Tuesday", "the following Friday", "Wednesday
// next week", "Saturday week"): which such day it is, by the words before it and the tense of its
// clause, counted from the article date or from the day the story is on.

/**
 * "Monday of last week", "Friday of next week", and as British copy writes it, "Wednesday
 * next week", "Thursday last week": a day of a week named relative to the article's.
 */
export const WEEKDAY_OF_WEEK = /^(?:the\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s+(?:of\s+(this|last|next|the\s+previous|the\s+following)|(this|last|next))\s+week$/;

export function weekdayOfWeekValue(m: RegExpExecArray, ctx: TimexContext): Timex {
  if (!ctx.anchor) return { type: 'DATE', value: null };
  const week = m[2] ?? m[3];
  const shift = week === 'this' ? 0 : week === 'next' || week.endsWith('following') ? 1 : -1;
  // ISO weeks run Monday to Sunday: the Monday of the anchor's week, moved by whole weeks.
  const monday = addDays(ctx.anchor, 7 * shift - ((weekdayOf(ctx.anchor) + 6) % 7));
  const day = addDays(monday, (WEEKDAY_NUMBER[m[1]] + 6) % 7);
  return dated('day', day, isoOfDay(day));
}

/** 0 = Sunday … 6 = Saturday, as weekdayOf(), by the weekday's name in lower case. */
export const WEEKDAY_NUMBER: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

export const PREVIOUS_BEFORE = /\b(?:previous|preceding|prior)\s+$/i;
export const PREVIOUS_IN = /^the\s+(?:previous|preceding)\s/;
export const FOLLOWING_IN = /^the\s+following\s/;

/** "the following Friday": the first such weekday after the day the story is on (the last day named). */
export function followingWeekday(weekday: number, ctx: TimexContext): CalendarDay {
  const base = ctx.discourse.last(ctx.position, ANAPHOR_REACH, (m) => m.granularity === 'day')?.day ?? (ctx.anchor as CalendarDay);
  const ahead = (weekday - weekdayOf(base) + 7) % 7;
  return addDays(base, ahead === 0 ? 7 : ahead);
}

/**
 * "down 4.5% from the previous Friday": the weekday before the day the story is on (the
 * last day named), where "last Friday" counts from the article date.
 */
export function previousWeekday(weekday: number, ctx: TimexContext): CalendarDay {
  const base = ctx.discourse.last(ctx.position, ANAPHOR_REACH, (m) => m.granularity === 'day')?.day ?? (ctx.anchor as CalendarDay);
  const back = (weekdayOf(base) - weekday + 7) % 7;
  return addDays(base, back === 0 ? -7 : -back);
}

/**
 * A weekday without a date: with "last", "next" or "this" chrono's reading holds;
 * otherwise the tense decides — the first such day on or after the article date in a
 * future clause, the latest on or before it in a past or present one, the nearest one
 * with no verb to go by. A clause in the present ("Thursday's closing price", "the
 * premium over Friday's close") reports what happened, as news does: on TempEval-3,
 * 40 of 44 such weekdays are on or before the article date, and the 4 after it follow
 * "as soon as", "as early as" or "has scheduled", which read as future (clauseTense.ts).
 */
export function weekdayDay(weekday: number, lower: string, c: ParsedComponents, ctx: TimexContext): CalendarDay {
  const anchor = ctx.anchor as CalendarDay;
  const forward = (weekday - weekdayOf(anchor) + 7) % 7;
  // chrono's reading of a weekday (with "last", "next", "this" or none) is the nearest such day.
  const chronos: CalendarDay = c.isCertain('weekday')
    ? { year: c.get('year') ?? anchor.year, month: c.get('month') ?? anchor.month, day: c.get('day') ?? anchor.day }
    : addDays(anchor, forward <= 3 ? forward : forward - 7);
  // "broke out last Tuesday" written on a Wednesday: yesterday would be "on Tuesday" or
  // "yesterday"; "last Tuesday" is the one a week before it.
  if (/^(?:on\s+)?last\s+\p{L}+$/u.test(lower.trim()) && daysBetween(chronos, anchor) === 1) return addDays(chronos, -7);
  if (/\b(?:last|next|this|past|coming)\b/.test(lower)) return chronos;
  const after = dayAheadOfDayNamed(weekday, ctx);
  if (after) return after;
  // The article's own weekday is the article date whatever the tense, but in a future clause
  // after a day just named: only then is the clause read (the tense costs a reading of the
  // sentence, and on dev a weekday in two of five is the article's own).
  if (forward === 0 && !laterDayJustNamed(anchor, ctx)) return addDays(anchor, 0);
  const tense = ctx.tense();
  if (tense === 'future') return forward === 0 && laterDayJustNamed(anchor, ctx) ? addDays(anchor, 7) : addDays(anchor, forward);
  // chrono moves the start of a range it reads ("from noon on Saturday until midnight") a week back: with no tense, the nearest such day.
  // So in the present: a timetable ("holds its caucuses on Saturday"), a race ahead ("leads the
  // field in Tuesday's primary"), advice ("anyone travelling on Sunday should check") look ahead,
  // a report of what is ("the impact of Tuesday's debate is small") looks back; which is nearer decides.
  // "Polls close on Tuesday", "schools return on Monday", "talks resume Thursday": the plural of a
  // timetable's verb right before the day, after a plural subject, is a schedule, ahead (a habit
  // names the days in the plural: "shops open on Sundays"); the past ("closed") is past.
  if ((tense === 'present' || tense === 'none') && forward !== 0 && PLURAL_TIMETABLE_BEFORE.test(ctx.text.slice(Math.max(0, ctx.position - 40), ctx.position))) return addDays(anchor, forward);
  if (tense === 'none' || tense === 'present') return addDays(anchor, forward <= 3 ? forward : forward - 7);
  return addDays(anchor, forward === 0 ? 0 : forward - 7);
}

/** How far back in its sentence the day an event is ahead of may be named. */
const AHEAD_OF_REACH = 160;

/**
 * "Campaigning ended on Saturday ahead of Tuesday's election", "shares fell on Monday ahead of
 * Tuesday's vote": what a day named earlier in the sentence was ahead of is the first such
 * weekday after that day, whichever side of the article date it falls (the tense says only that
 * the campaigning is over).
 */
function dayAheadOfDayNamed(weekday: number, ctx: TimexContext): CalendarDay | null {
  if (!AHEAD.whole.test(ctx.text.slice(Math.max(0, ctx.position - 30), ctx.position))) return null;
  const named = ctx.discourse.last(ctx.position, AHEAD_OF_REACH, (m) => m.granularity === 'day');
  // The article's own day (a dateline's, or "on Monday" written on a Monday) is left to the tense.
  if (!named || compareDays(named.day, ctx.anchor as CalendarDay) === 0 || /[.!?](?:\s|$)/.test(ctx.text.slice(named.position, ctx.position))) return null;
  return addDays(named.day, ((weekday - weekdayOf(named.day) + 6) % 7) + 1);
}

/** A plural subject (a noun in "-s", "schools in England", "they", "we") and a timetable's verb in the plural present, right before a weekday. */
const PLURAL_TIMETABLE_BEFORE = /(?:\b\p{L}{2,}[^\Ws'’]s(?:\s+(?:in|across|of)\s+(?:the\s+)?\p{Lu}[\p{L}-]*)?|\b[Tt]hey|\b[Ww]e)\s+(?:close|open|reopen|resume|return|begin|start|end|expire|convene|reconvene|go\s+ahead|break\s+up)\s+(?:on\s+)?$/u;

/**
 * "The Day of Arafah falls on Tuesday. Eid itself begins on Wednesday", written on a Wednesday:
 * after a day of the coming week named just before, the article's own weekday still ahead is
 * the one nearer that day: next week's when the day named is four days off or more.
 */
function laterDayJustNamed(anchor: CalendarDay, ctx: TimexContext): boolean {
  const named = ctx.discourse.last(ctx.position, CLOCK_REACH, (m) => m.granularity === 'day');
  // Of today and a week on, the one nearer the day named: "Trump will be in Kansas on Saturday. Cruz
  // is slated to address CPAC on Friday", written on a Friday, is today.
  if (!named) return false;
  const ahead = daysBetween(anchor, named.day);
  return ahead >= 4 && ahead < 7;
}

/** "Saturday week", "a week on Monday": the coming such day (today, if it is one) a week on; "a fortnight today", "this time last week". */
export function weekAfterValue(tags: NewsTags, ctx: TimexContext): Timex {
  const anchor = ctx.anchor;
  if (!anchor) return { type: 'DATE', value: null };
  // The coming Wednesday, written on a Wednesday, is the next one: "Wednesday week" is the
  // Wednesday after next (a week from today is "a week today").
  const ahead = tags.weekday !== undefined ? (Number(tags.weekday) - weekdayOf(anchor) + 6) % 7 + 1 : Number(tags.days ?? 0);
  const day = addDays(anchor, ahead + 7 * Number(tags.weeks ?? 1));
  return dated('day', day, isoOfDay(day));
}
