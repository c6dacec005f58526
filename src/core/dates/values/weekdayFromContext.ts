import { addDays, type CalendarDay, compareDays, daysBetween, weekdayOf } from '../calendarDay';
import { MONTH_NAME, monthNumber } from '../monthNames';
import { holidayDaysAround, holidayOpening } from '../parsers/holidayParser';
import { ANAPHOR_REACH } from './reaches';
import { dayByTense, type TimexContext } from './timexContext';
import { WEEKDAY_OF_WEEK, weekdayOfWeekValue } from './weekdayDay';

// A weekday placed by what stands beside it rather than by the tense alone: its date in brackets,
// the same weekday given with its date before, a day just named ("falls on a Friday"), a holiday
// ("the Sunday after Thanksgiving"), or the day it follows in a pair ("Saturday night into Sunday").

/**
 * "on Thursday (January 16)", "Monday (29 July)": Indian agency copy gives the date of a weekday in
 * brackets after it; "on Monday night, Nov. 4": a part of the day kept chrono from joining the date
 * set off after it.
 */
const DATE_IN_BRACKETS = new RegExp(`^\\s*(?:\\(\\s*(?:${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME})\\s*\\)|,\\s*(?:${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME})(?![\\d:.]\\d))`, 'i');

/** The day a weekday's bracketed date names, in the year, of the article's and those either side, in which it falls on that weekday. */
export function dateInBracketsAfter(weekday: number, ctx: TimexContext): CalendarDay | null {
  const end = ctx.position + ctx.phraseLength;
  const m = DATE_IN_BRACKETS.exec(ctx.text.slice(end, end + 24));
  if (!m || !ctx.anchor) return null;
  const month = monthNumber(m[1] ?? m[4] ?? m[5] ?? m[8]);
  const day = Number(m[2] ?? m[3] ?? m[6] ?? m[7]);
  if (month === 0 || day < 1 || day > 31) return null;
  const year = [ctx.anchor.year, ctx.anchor.year - 1, ctx.anchor.year + 1].find((y) => weekdayOf({ year: y, month, day }) === weekday);
  return year === undefined ? null : { year, month, day };
}

/** A weekday written with its date: "Wednesday, December 4", "Wednesday 4 December". */
const WEEKDAY_WITH_DATE = new RegExp(`^(?:on\\s+)?(?:sun|mon|tues|wednes|thurs|fri|satur)day,?\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME}|${MONTH_NAME}\\.?\\s+\\d{1,2})`, 'i');

/**
 * "Arsenal host United on Wednesday, December 4 … 'we have one eye on Wednesday too'": a weekday
 * alone after the story gave that weekday with its date, the week either side of the article
 * date, is that day, unless the clause's tense puts it on the other side of the article date.
 */
export function weekdayDatedBefore(weekday: number, lower: string, ctx: TimexContext): CalendarDay | null {
  if (/\b(?:last|next|this|past|coming)\b/.test(lower) || !ctx.anchor) return null;
  const anchor = ctx.anchor;
  const dated = ctx.discourse.last(ctx.position, ANAPHOR_REACH, (m) => m.granularity === 'day' && weekdayOf(m.day) === weekday && Math.abs(daysBetween(anchor, m.day)) <= 6 && WEEKDAY_WITH_DATE.test(ctx.text.slice(m.position, m.position + 40)));
  if (!dated) return null;
  const ahead = compareDays(dated.day, anchor);
  const tense = ctx.tense();
  if ((ahead > 0 && tense === 'past') || (ahead < 0 && tense === 'future')) return null;
  return { ...dated.day };
}

/** The end of a range of weekdays in a week named relative to the article's: "(from Monday) to Wednesday next week". */
const TO_WEEKDAY_OF_WEEK = /^\s*(?:-|–|to|through|thru|until|till|and)\s+(?:on\s+)?((?:sun|mon|tues|wednes|thurs|fri|satur)day\s+(?:of\s+)?(?:this|last|next)\s+week)\b/i;

/** "from Monday to Wednesday next week", "between Tuesday and Thursday last week": the start is in the week of the end, on or before it. */
export function weekdayBeforeRelativeWeekday(weekday: number, ctx: TimexContext): CalendarDay | null {
  const end = ctx.position + ctx.phraseLength;
  const m = TO_WEEKDAY_OF_WEEK.exec(ctx.text.slice(end, end + 40));
  const of = m && WEEKDAY_OF_WEEK.exec(m[1].toLowerCase().replace(/\s+/g, ' '));
  if (!of || !ctx.anchor) return null;
  const last = weekdayOfWeekValue(of, ctx).dated?.day;
  return last ? addDays(last, -((weekdayOf(last) - weekday + 7) % 7)) : null;
}

/** How far back the day that "a Friday", "the Saturday" tells the weekday of may be named. */
const WEEKDAY_OF_NAMED_REACH = 60;
/** A weekday after an article: "falling on a Friday", "Boxing Day on the Saturday", "Nov. 3, the Friday before the vote". */
const ARTICLE_BEFORE = /\b(?:a|the)\s+$/i;

/**
 * "Christmas Day falls on a Friday", "with Boxing Day on the Saturday", "Nov. 3, the Friday
 * before the election": a weekday after an article tells the weekday of the day named just
 * before it in the sentence; when that day is that weekday, it is that day.
 */
export function dayJustNamedOnWeekday(weekday: number, lower: string, ctx: TimexContext): CalendarDay | null {
  if (!ARTICLE_BEFORE.test(ctx.text.slice(Math.max(0, ctx.position - 6), ctx.position)) || /^(?:the|a)\s/.test(lower)) return null;
  const named = ctx.discourse.last(ctx.position, WEEKDAY_OF_NAMED_REACH, (m) => m.granularity === 'day');
  if (!named || weekdayOf(named.day) !== weekday || /[!?;]|\.\s+\p{Lu}/u.test(ctx.text.slice(named.position, ctx.position))) return null;
  return { ...named.day };
}

/** "the Sunday after Thanksgiving", "the Friday before Christmas": "the", the weekday, then this. */
const AROUND_HOLIDAY = /^\s+(after|before)\s+/i;

/**
 * "The Sunday after Thanksgiving is the busiest day at airports", "the Friday before Christmas":
 * the first such weekday after (or the last before) the holiday named right after it, the
 * holiday chosen as holidayValue() chooses it; "the Sunday after the holiday last year" names
 * none and is left to the other rules.
 */
export function weekdayAroundHoliday(weekday: number, ctx: TimexContext): CalendarDay | null {
  if (!/\bthe\s+$/i.test(ctx.text.slice(Math.max(0, ctx.position - 5), ctx.position))) return null;
  const rest = ctx.text.slice(ctx.position + ctx.phraseLength, ctx.position + ctx.phraseLength + 48);
  const joint = AROUND_HOLIDAY.exec(rest);
  if (!joint) return null;
  const named = holidayOpening(rest.slice(joint[0].length));
  if (!named) return null;
  // A year written after it ("the Sunday after Thanksgiving 2024") is left to the other rules.
  if (/^,?\s+\d{4}\b/.test(rest.slice(joint[0].length + named.length))) return null;
  const anchor = ctx.anchor;
  if (!anchor) return null;
  const after = joint[1].toLowerCase() === 'after';
  // The day itself, in each year around the article's, is what the tense places (the Saturday
  // before Christmas may have passed when Christmas has not).
  const candidates = holidayDaysAround(named.holiday, anchor.year).map((holiday) => {
    return addDays(holiday, after ? (weekday - weekdayOf(holiday) + 7) % 7 || 7 : -((weekdayOf(holiday) - weekday + 7) % 7 || 7));
  });
  const tense = ctx.tense();
  return dayByTense(candidates, anchor, tense);
}

/** A weekday (and its part of the day) then "into", "or" or "and", right before another weekday: "from Saturday night into Sunday morning", "on Sunday or Monday". */
const WEEKDAY_INTO_BEFORE = /\b(?:sun|mon|tues|wednes|thurs|fri|satur)day(?:\s+(?:morning|afternoon|evening|night))?\s+(?:into|or|and)\s+(?:on\s+)?$/i;
const WEEKDAY_INTO_REACH = 32;

/**
 * "Snow from Saturday night into Sunday morning", "tickets can be used on Sunday or Monday", "on
 * Monday and Tuesday": chrono joins no range over "into" or "or" (nor always over "and"), so the second day was read alone, and on a
 * Wednesday the nearest Sunday is the one gone. It is the first such day after the day just
 * named, on whichever side of the article date that one fell.
 */
export function dayAfterInto(weekday: number, ctx: TimexContext): CalendarDay | null {
  if (!WEEKDAY_INTO_BEFORE.test(ctx.text.slice(Math.max(0, ctx.position - WEEKDAY_INTO_REACH), ctx.position))) return null;
  const named = ctx.discourse.last(ctx.position, WEEKDAY_INTO_REACH, (m) => m.granularity === 'day');
  if (!named) return null;
  // "statements made Friday and Thursday": a list of days gone by may run latest first; days
  // joined by "and" are in order only where the first is still ahead.
  if (/\band\s+(?:on\s+)?$/i.test(ctx.text.slice(Math.max(0, ctx.position - 8), ctx.position)) && (!ctx.anchor || compareDays(named.day, ctx.anchor) <= 0)) return null;
  return addDays(named.day, ((weekday - weekdayOf(named.day) + 6) % 7) + 1);
}
