import type { ParsedComponents } from 'chrono-node';
import { addDays, type CalendarDay, compareDays, daysBetween, isoOfDay, isoWeekOf, weekdayOf } from '../calendarDay';
import { pad } from '../isoDate';
import { type Holiday, holidayDate, holidayDaysAround, lastWeekday, nthWeekday } from '../parsers/holidayParser';
import type { NewsTags } from '../parsers/newsParser';
import { dayOfEveryYear } from './everyYear';
import { STORY_YEAR_REACH } from './reaches';
import { dayByTense, dated, type Timex, type TimexContext } from './timexContext';

// Holidays and days like "the first Tuesday in February": the year, chosen by the tense, "this year"
// after it, the year a past story is set in, or every year.

export function holidayValue(c: ParsedComponents, tags: NewsTags, ctx: TimexContext): Timex {
  const holiday = tags.holiday as Holiday;
  // "Easter week", "Christmas week": the ISO week the holiday falls in, Monday to Sunday.
  const week = tags.week !== undefined;
  const first = (d: CalendarDay): CalendarDay => (week ? addDays(d, -((weekdayOf(d) + 6) % 7)) : d);
  const last = (d: CalendarDay): CalendarDay => (week ? addDays(first(d), 6) : d);
  const timex = (day: CalendarDay): Timex => (week ? dated('week', first(day), isoWeekOf(day)) : dated('day', day, isoOfDay(day)));
  if (c.isCertain('year')) {
    const named = holidayDate(holiday, c.get('year') ?? 0);
    return named ? timex(named) : { type: 'DATE', value: null };
  }
  const anchor = ctx.anchor;
  if (!anchor) return { type: 'DATE', value: null };
  const around = holidayDaysAround(holiday, anchor.year);
  // A holiday of another calendar outside its table's years.
  if (around.length === 0) return { type: 'DATE', value: null };
  if (tags.relative !== undefined) {
    const shift = Number(tags.relative);
    const day = shift < 0 ? [...around].reverse().find((d) => compareDays(last(d), anchor) < 0)
      : shift > 0 ? around.find((d) => compareDays(first(d), anchor) > 0)
        : around.find((d) => d.year === anchor.year);
    if (day) return timex(day);
  }
  // "Black Friday sales began early this year", "Christmas falls on a Friday this year": the article year's.
  if (THIS_YEAR_IN_CLAUSE.test(ctx.text.slice(ctx.position + ctx.phraseLength, ctx.position + ctx.phraseLength + THIS_YEAR_REACH))) {
    // Within half a year of the article: "Christmas was quiet this year" in early January is last year's.
    const day = around.find((d) => d.year === anchor.year);
    if (day && Math.abs(daysBetween(anchor, day)) <= HALF_YEAR_DAYS) return timex(day);
  }
  // "have not lost on Boxing Day since 2010", "whoever is bottom at Christmas usually goes down":
  // a holiday on a day of the month, in every year (TimeML's XXXX-12-26).
  const fixed = holidayDate(holiday, anchor.year);
  if (!week && fixed && holidayDate(holiday, anchor.year + 1)?.day === fixed.day && dayOfEveryYear(ctx)) return { type: 'DATE', value: `XXXX-${pad(fixed.month)}-${pad(fixed.day)}` };
  const tense = ctx.tense();
  // "Campaigning against Romney in 2012, ... soon after Election Day": in a past clause, the
  // year of the story when the last date it named is an earlier year (not "Earlier Sunday"
  // after "she left Cuba in 1962").
  const story = tense === 'past' ? ctx.discourse.last(ctx.position, STORY_YEAR_REACH) : null;
  if (story && (story.granularity === 'year' || story.namedYear === true) && story.day.year < anchor.year && sameParagraph(ctx.text, story.position, ctx.position)
    && !/\bsince\s+$/i.test(ctx.text.slice(Math.max(0, story.position - 8), story.position))) {
    const inStoryYear = holidayDate(holiday, story.day.year) ?? holidayDaysAround(holiday, story.day.year).find((d) => d.year === story.day.year);
    if (inStoryYear) return timex(inStoryYear);
  }
  // "Election Day" in US news is a federal election's, in an even year: in an election year
  // that year's whatever the tense (a past one names its year), else the one before or after.
  if (holiday === 'election') return timex(holidayDate(holiday, anchor.year % 2 === 0 ? anchor.year : anchor.year + (tense === 'past' ? -1 : 1)) as CalendarDay);
  const candidates = around;
  const middle = candidates[Math.floor(candidates.length / 2)];
  const day = dayByTense(candidates, anchor, tense, middle, first, last);
  return timex(day);
}

/** "this year" after a holiday in its clause: no sentence end, semicolon or comma between. */
const THIS_YEAR_IN_CLAUSE = /^[^.;,!?]*\bthis\s+year\b/i;
const THIS_YEAR_REACH = 60;
const HALF_YEAR_DAYS = 183;

/** "the first Tuesday in February": that day of the year the month is in, chosen by the tense as a holiday's is. */
export function weekdayOfMonthValue(c: ParsedComponents, tags: NewsTags, ctx: TimexContext): Timex {
  const nth = Number(tags.nth);
  const weekday = Number(tags.weekday);
  const month = Number(tags.month);
  const dayIn = (year: number): CalendarDay => (nth < 0 ? lastWeekday(year, month, weekday) : nthWeekday(year, month, weekday, nth));
  if (c.isCertain('year')) return dated('day', dayIn(c.get('year') ?? 0), isoOfDay(dayIn(c.get('year') ?? 0)));
  const anchor = ctx.anchor;
  if (!anchor) return { type: 'DATE', value: null };
  const candidates = [anchor.year - 1, anchor.year, anchor.year + 1].map(dayIn);
  const tense = ctx.tense();
  const day = dayByTense(candidates, anchor, tense);
  return dated('day', day, isoOfDay(day));
}

/** How far a flashback's year reaches into the next paragraph ("in 2012, he barely mentioned it.\n\nBut soon after Election Day"). */
const NEXT_PARAGRAPH_REACH = 150;

/**
 * A flashback's year holds within its paragraph and just past its end, not paragraphs on
 * ("... in 2013, he admitted that ... after leaving Gracie Mansion.\n\nBloomberg turned 74
 * on Valentine's Day" is not 2013's).
 */
function sameParagraph(text: string, from: number, to: number): boolean {
  return to - from <= NEXT_PARAGRAPH_REACH || !/\n[^\S\n]*\n/.test(text.slice(from, to));
}
