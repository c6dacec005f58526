import { daysBetween } from '../calendarDay';
import { SENTENCE_YEAR_REACH, TENSE_SLACK_DAYS } from './reaches';
import type { Timex, TimexContext } from './timexContext';

// Seasons of sport and school that run across two years ("the 2025-26 season", "this season"): their
// value, the year they start in, and the year of a month named after one in its sentence.

/**
 * "The 2026-27 season ends in May", "the 2025/26 academic year starts in September": a month
 * named after a season or a school year that spans two years, in the same sentence, falls in
 * the year of that part of it: from July in the first, before July in the second. (Financial
 * years turn in April or October, so they are left to the tense.)
 */
const SPANNING_YEAR = /\b((?:19|20)\d\d)[-–/]((?:19|20)?\d\d)\s+(?:season|campaign|school\s+year|academic\s+year)\b[^.!?;]*$/i;
const SEASON_TURN_MONTH = 7;

/**
 * The year of a month (and day) in the season named before it in the sentence ("in the 2025-26
 * season ... in March" is March 2026); null where none is named, or where that would put what a
 * future clause tells more than a month behind the article date ("will reopen three days after
 * the end of the 2025-26 season, and close on 1 September": the September after it).
 */
export function seasonYearOf(month: number, day: number, ctx: TimexContext): number | null {
  const season = seasonYears(ctx);
  if (season === null) return null;
  const year = month >= SEASON_TURN_MONTH ? season : season + 1;
  if (ctx.anchor && daysBetween(ctx.anchor, { year, month, day }) < -TENSE_SLACK_DAYS && ctx.tense() === 'future') return null;
  return year;
}

/** A season written across two years ("the 2025-26 season", "2025/26 campaign"): seasons in this story start in one year and end in the next. */
const SEASON_ACROSS_YEARS = /\b(?:19|20)\d\d[-–/](?:\d\d|(?:19|20)\d\d)\s+(?:season|campaign)\b/i;
/** A season written with one year ("the 2026 season"), or a sport played within the calendar year: seasons here are calendar years. */
const SEASON_IN_ONE_YEAR = /(?<![-–/\d])\b(?:19|20)\d\d\s+season\b|\b(?:[Bb]aseball|MLB|World\s+Series|Formula\s+(?:One|1)|F1|[Gg]rands?\s+[Pp]rix|NASCAR|IndyCar|MotoGP|MLS|WNBA)\b/;
/** How far either side of "this season" the story is read for how its seasons are written (within lastDateRun.ts READ_BACK and READ_AHEAD). */
const SEASON_STYLE_REACH = 1500;

/**
 * "last season", "this season", "next season": valued, as "the 2025-26 season" is, by the year
 * the season starts in. Most seasons of news (football, basketball, hockey, the theatre and the
 * opera) run from late summer to spring: in March 2026 this season is 2025-26, from July the
 * next one. Where the story writes a season with one year or names a sport played within the
 * calendar year, this season is the article date's year.
 */
export function playingSeasonValue(shift: number, ctx: TimexContext): Timex {
  if (!ctx.anchor) return { type: 'DATE', value: null };
  const around = ctx.text.slice(Math.max(0, ctx.position - SEASON_STYLE_REACH), ctx.position + ctx.phraseLength + SEASON_STYLE_REACH);
  const inOneYear = !SEASON_ACROSS_YEARS.test(around) && SEASON_IN_ONE_YEAR.test(around);
  const start = inOneYear || ctx.anchor.month >= SEASON_TURN_MONTH ? ctx.anchor.year : ctx.anchor.year - 1;
  return { type: 'DATE', value: String(start + shift) };
}

/** The first year of a season or school year named earlier in the month's sentence, or null. */
function seasonYears(ctx: TimexContext): number | null {
  const m = SPANNING_YEAR.exec(ctx.text.slice(Math.max(0, ctx.position - SENTENCE_YEAR_REACH), ctx.position));
  if (!m) return null;
  const first = Number(m[1]);
  return (first + 1) % (m[2].length === 4 ? 10000 : 100) === Number(m[2]) ? first : null;
}
