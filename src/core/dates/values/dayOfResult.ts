import type { ParsedComponents } from 'chrono-node';
import { addDays, type CalendarDay, compareDays, isoWeekOf, weekdayOf } from '../calendarDay';
import {
  dayOfSameEvent, dayWordJustAfter, headsLineEntry, monthDayJustAfter, RANGE_END_ON_WEEKDAY, standsOnItsOwnLine, storyDayForClock, weekdayJustAfter,
} from './clockDay';
import { AMBIGUOUS_SLASH_DATE, writesDayFirst } from './dayFirstHabit';
import { casualDay, headingDay, partOfDay, speechDay } from './dayWords';
import { CLOCK_REACH, STORY_YEAR_REACH } from './reaches';
import { opensLine, SENTENCE_END } from './sentenceAndLine';
import { storyYear, yearAheadInSentence } from './storyYear';
import type { TimexContext } from './timexContext';
import { FOLLOWING_IN, followingWeekday, PREVIOUS_BEFORE, PREVIOUS_IN, previousWeekday, WEEKDAY_NUMBER, weekdayDay } from './weekdayDay';
import {
  dateInBracketsAfter, dayAfterInto, dayJustNamedOnWeekday, weekdayAroundHoliday, weekdayBeforeRelativeWeekday, weekdayDatedBefore,
} from './weekdayFromContext';
import { nearAndFitsTense, yearFor } from './yearOfMonthDay';

// The day a chrono result names, in context: a day word, a month and day (in the year the
// discourse, a range or the tense gives it), a weekday, or a clock time's day.

/**
 * The day a result names, null when it needs the unknown article date, undefined when
 * it names no day (a month or a year).
 */
export function dayOf(c: ParsedComponents, lower: string, ctx: TimexContext): CalendarDay | null | undefined {
  const casual = casualDay(lower, ctx.anchor && (/\b(?:today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))\b/.test(lower) ? speechDay(ctx, headingDay(ctx, ctx.anchor)) : ctx.anchor));
  if (casual !== undefined) return casual;
  if (c.isCertain('day')) {
    let month = c.get('month') ?? 1;
    let dayOfMonth = c.get('day') ?? 1;
    // "Updated: 10/01/2024" in a text that writes "14 March": day first, as the text writes its dates.
    if (dayOfMonth <= 12 && month !== dayOfMonth && AMBIGUOUS_SLASH_DATE.test(lower.trim()) && lower.trim() !== '9/11' && writesDayFirst(ctx)) [month, dayOfMonth] = [dayOfMonth, month];
    if (c.isCertain('year')) return { year: c.get('year') ?? 0, month, day: dayOfMonth };
    if (lower.trim() === '9/11' || (month === 9 && dayOfMonth === 11 && namesTheAttacks(ctx))) return { year: 2001, month: 9, day: 11 };
    // "the 9/11 attacks ... the threat before Sept. 11": a month and day named again are the day named before.
    // Not when a weekday is written with it that the day named before was not ("Last Easter ... reopen
    // on Monday 20 April": Easter 2025 fell on 20 April, a Sunday).
    const again = ctx.discourse.last(ctx.position, STORY_YEAR_REACH, (m) => m.granularity === 'day' && m.day.month === month && m.day.day === dayOfMonth);
    if (again && (!c.isCertain('weekday') || weekdayOf(again.day) === c.get('weekday'))) return { ...again.day };
    // The end of a range is in the year of its start, or the next when it comes round again first.
    if (ctx.rangeStart) return { year: ctx.rangeStart.year + (month * 100 + dayOfMonth < ctx.rangeStart.month * 100 + ctx.rangeStart.day ? 1 : 0), month, day: dayOfMonth };
    if (!ctx.anchor) return null;
    if (c.isCertain('weekday')) {
      // "Monday, Oct. 26": the year in which that day is that weekday, within half a year or so
      // of the article and as the tense allows. Further off, the weekday is a slip the weekday
      // check flags ("played on Sunday 28 November" in late November 2026 is no day of 2027).
      const weekday = c.get('weekday');
      const year = [ctx.anchor.year, ctx.anchor.year - 1, ctx.anchor.year + 1].find((y) => weekdayOf({ year: y, month, day: dayOfMonth }) === weekday);
      if (year !== undefined && nearAndFitsTense({ year, month, day: dayOfMonth }, ctx)) return { year, month, day: dayOfMonth };
    }
    const story = storyYear(ctx) ?? yearAheadInSentence(month, dayOfMonth, ctx);
    if (story !== null) return { year: story, month, day: dayOfMonth };
    return { year: yearFor(month, dayOfMonth, ctx), month, day: dayOfMonth };
  }
  if (c.isCertain('weekday')) {
    if (!ctx.anchor) return null;
    const weekday = c.get('weekday') ?? 0;
    const day = PREVIOUS_BEFORE.test(ctx.text.slice(Math.max(0, ctx.position - 16), ctx.position)) || PREVIOUS_IN.test(lower) ? previousWeekday(weekday, ctx)
      : FOLLOWING_IN.test(lower) ? followingWeekday(weekday, ctx)
      : dayAfterInto(weekday, ctx) ?? dateInBracketsAfter(weekday, ctx) ?? weekdayAroundHoliday(weekday, ctx) ?? weekdayBeforeRelativeWeekday(weekday, ctx) ?? dayJustNamedOnWeekday(weekday, lower, ctx) ?? weekdayDatedBefore(weekday, lower, ctx) ?? weekdayDay(weekday, lower, c, ctx);
    // "open Monday to Saturday", "taken Thursday through Monday": a range of weekdays ends on the
    // first such day after its start, whatever the tense says of its end alone; after a
    // calendar day ("from May 13 through Sunday") it never ends before it starts.
    if (day && ctx.rangeStart && WEEKDAY_THEN_JOIN.test(ctx.text.slice(Math.max(0, ctx.position - 24), ctx.position))) {
      return addDays(ctx.rangeStart, ((weekday - weekdayOf(ctx.rangeStart) + 6) % 7) + 1);
    }
    if (day && ctx.rangeStart && compareDays(day, ctx.rangeStart) < 0) return addDays(ctx.rangeStart, (weekday - weekdayOf(ctx.rangeStart) + 7) % 7);
    return day;
  }
  if (c.isCertain('hour') || partOfDay(lower)) {
    // "at 10:35 a.m. (0735 GMT) Friday", "at 1035 local time (0735 GMT) on Friday": the weekday just after the clock time is its day.
    const weekdayAfter = weekdayJustAfter(ctx);
    if (weekdayAfter !== null) return ctx.anchor ? weekdayDay(weekdayAfter, '', c, ctx) : null;
    // "2:13 a.m. Manila time on Dec. 13": the same for a month and day after the zone.
    const dayAfter = monthDayJustAfter(ctx);
    if (dayAfter) return ctx.anchor ? { year: yearFor(dayAfter.month, dayAfter.day, ctx), ...dayAfter } : null;
    // "between midnight and 11.59pm on Friday", "from 10pm to 6am on Saturday": a range's start
    // is on its end's weekday, or the day before when its hour is later than the end's (overnight).
    const rangeEnd = RANGE_END_ON_WEEKDAY.exec(ctx.text.slice(ctx.position + ctx.phraseLength, ctx.position + ctx.phraseLength + 48));
    if (rangeEnd && c.isCertain('hour')) {
      if (!ctx.anchor) return null;
      const endHour = (Number(rangeEnd[1]) % 12) + (rangeEnd[3].toLowerCase() === 'p' ? 12 : 0);
      const day = weekdayDay(WEEKDAY_NUMBER[rangeEnd[4].toLowerCase()], '', c, ctx);
      return day && (c.get('hour') ?? 0) > endHour ? addDays(day, -1) : day;
    }
    // "at 2pm local time tomorrow", "at 0900 GMT (1000 BST) today": the same for the day after.
    const shift = dayWordJustAfter(ctx);
    if (shift !== null) return ctx.anchor ? addDays(ctx.anchor, shift) : null;
    // A clock time on a line of its own, or opening a line before a dash or a colon, heads an
    // entry of a live blog ("9:34 p.m." over a paragraph, "10:42 GMT – The minister arrives"):
    // it is on the article's day, not on a day the entry before it named; under a date that
    // heads its own line ("Saturday, March 16" over a list of fixtures), on that day.
    if (standsOnItsOwnLine(ctx) || headsLineEntry(ctx)) {
      return ctx.discourse.last(ctx.position, CLOCK_REACH, (m) => m.granularity === 'day' && opensLine(ctx.text, m.position))?.day ?? ctx.anchor;
    }
    // A clock time alone ("at 10 p.m.") is on the day just named, else on the article's day;
    // not a day still ahead in a past clause ("a warning until Thursday. Gusts were recorded
    // after 2pm", "were told to leave by 10am"), nor one gone by in a future clause ("lost on
    // Saturday. The draw will be made at 8 p.m.").
    const namedMention = storyDayForClock(ctx);
    const named = namedMention?.day;
    // "Next weekend, Scotland travel to Rome. Kick-off is at 2.15pm": a week named since the day,
    // in a sentence of its own, moves the story to a day the text does not give (not "strike on
    // Tuesday, October 14, after talks broke down this week. ... will begin at 9am").
    const week = namedMention && ctx.discourse.last(ctx.position, CLOCK_REACH, (m) => m.position > namedMention.position && m.granularity === 'week' && SENTENCE_END.test(ctx.text.slice(namedMention.position, m.position)));
    if (named && week && isoWeekOf(week.day) !== isoWeekOf(named)) return null;
    if (named && ctx.anchor && compareDays(named, ctx.anchor) > 0 && ctx.tense() === 'past') return ctx.anchor;
    if (named && ctx.anchor && compareDays(named, ctx.anchor) < 0 && ctx.tense() === 'future') return ctx.anchor;
    if (!named && ctx.anchor && ctx.tense() === 'past') return dayOfSameEvent(ctx, ctx.anchor) ?? ctx.anchor;
    return named ?? ctx.anchor;
  }
  return undefined;
}

/** "the Sept. 11 attacks", "the September 11 Commission": the day is a name, and its year 2001 (not "the September 11 attack" on Benghazi in 2012). */
function namesTheAttacks(ctx: TimexContext): boolean {
  const end = ctx.position + ctx.phraseLength;
  return /^\s+(?:(?:terror(?:ist)?|terror-related)\s+)?(?:attacks|hijack(?:ers|ings)|commission|memorial|museum|victims|plotters|conspiracy|conspiracies|truthers?|families|widows?|survivors|first\s+responders)\b/i.test(ctx.text.slice(end, end + 40));
}

/** A weekday and the word joining it to the end of a range, right before that end. */
const WEEKDAY_THEN_JOIN = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*(?:-|–|—|to|through|thru|until|till|and)\s*$/;
