import { type CalendarDay, daysBetween } from '../calendarDay';
import { seasonYearOf } from './playingSeason';
import { TENSE_SLACK_DAYS } from './reaches';
import { clauseYear, sentenceStoryYear } from './storyYear';
import type { TimexContext } from './timexContext';

// The year of a month or a day named without one, where the story sets none: the article's, unless
// the tense of the clause, a US election, a season, a range of months or a period just ended points
// to the year before or after.

/** How far from the article a weekday may place a day named without its year. */
const WEEKDAY_YEAR_REACH_DAYS = 200;

/** The day is within WEEKDAY_YEAR_REACH_DAYS of the article, and not over a month ahead in a past clause nor back in a future one. */
export function nearAndFitsTense(day: CalendarDay, ctx: TimexContext): boolean {
  const anchor = ctx.anchor as CalendarDay;
  const days = daysBetween(anchor, day);
  if (Math.abs(days) > WEEKDAY_YEAR_REACH_DAYS) return false;
  const tense = ctx.tense();
  return !(tense === 'past' && days > TENSE_SLACK_DAYS) && !(tense === 'future' && days < -TENSE_SLACK_DAYS);
}

/**
 * The year of a month and day named without one. News names the year only when it is
 * not the article's (AP style), so the article's year holds unless the tense points
 * clearly the other way: a past clause about a day more than a month ahead is last
 * year's, a future clause about a day more than a month back is next year's, and with
 * no tense a day more than half a year away is the nearer one.
 */
export function yearFor(month: number, day: number, ctx: TimexContext): number {
  const anchor = ctx.anchor as CalendarDay;
  const season = seasonYearOf(month, day, ctx);
  if (season !== null) return season;
  const days = daysBetween(anchor, { year: anchor.year, month, day });
  const ending = endOfQuarterJustNamed(month, ctx);
  if (ending !== null) return ending;
  // Within TENSE_SLACK_DAYS of the article every tense gives its year, but a past clause whose
  // sentence names an earlier one: the clause is read only then (its tense costs a reading of the sentence).
  if (days >= -TENSE_SLACK_DAYS && days <= TENSE_SLACK_DAYS) {
    const story = clauseYear(ctx);
    return story !== null && ctx.tense() === 'past' ? story : anchor.year;
  }
  const tense = ctx.tense();
  if (tense === 'past') return clauseYear(ctx) ?? (days > TENSE_SLACK_DAYS ? anchor.year - 1 : anchor.year);
  if (tense === 'future') return days < -TENSE_SLACK_DAYS ? anchor.year + 1 : anchor.year;
  if (days > 183) return anchor.year - 1;
  if (days < -183) return anchor.year + 1;
  return anchor.year;
}

/** Words that put a November in an election: "win the White House in November", "voters in November". */
const ELECTION_WORDS = /\b(?:elect(?:ion|ions|ed|s|orate)?|vot(?:e|es|ers?|ing)|ballots?|polls?|White House|campaign|candidates?|nominee|nomination|Senate|Congress|midterms?|general|GOP|Republicans?|Democrats?|(?:presidential|Senate|House|governor's)\s+race)\b/i;
const ELECTION_REACH = 160;

/**
 * "key to a White House win in November", said in February of an election year: in US
 * political news a November still ahead in an even year is the general election's,
 * unless the clause is in the past.
 */
function isElectionNovember(month: number, ctx: TimexContext): boolean {
  const anchor = ctx.anchor as CalendarDay;
  if (month !== 11 || anchor.year % 2 !== 0 || anchor.month >= 11 || ctx.tense() === 'past') return false;
  const around = ctx.text.slice(Math.max(0, ctx.position - ELECTION_REACH), ctx.position + ctx.phraseLength + ELECTION_REACH);
  return ELECTION_WORDS.test(around);
}

/** A quarter named and "ended" right before a day: "the second quarter ended Oct. 31". */
const QUARTER_ENDED_BEFORE = /\bquarter,?\s+(?:that\s+|which\s+)?(?:ended|ending)\s+(?:on\s+)?$/i;

/**
 * "the year-ago quarter, the second quarter ended Oct. 31": the day that ends a quarter just
 * named in a year before the article's is in that year. Only a day in or after the quarter's
 * first month: a fiscal quarter, labelled as the calendar's, may end in another year ("the fourth
 * quarter ended Jan. 31"), which the tense reads as before.
 */
function endOfQuarterJustNamed(month: number, ctx: TimexContext): number | null {
  if (!QUARTER_ENDED_BEFORE.test(ctx.text.slice(Math.max(0, ctx.position - 30), ctx.position))) return null;
  const quarter = ctx.discourse.last(ctx.position, 40, (m) => m.granularity === 'quarter');
  if (!quarter || quarter.unknownYear || !ctx.anchor || quarter.day.year >= ctx.anchor.year || month < quarter.day.month) return null;
  return quarter.day.year;
}

/**
 * "Borrowing from April to February reached £132bn", written in March: a range of months that
 * runs over a new year ends in the last such end month reached by the article date, and starts
 * the year before. Without it the start was read alone (this April) and the end a year after
 * it. Not outside a past clause: "the winds blow from October to February", written in January, is
 * the run of months the article date is in; ahead, the start is the next such month, as alone.
 */
export function wrappingRangeStartYear(month: number, ctx: TimexContext): number | null {
  const end = ctx.rangeEndMonth;
  const anchor = ctx.anchor as CalendarDay;
  if (end === undefined || end >= month || ctx.tense() !== 'past') return null;
  return (end <= anchor.month ? anchor.year : anchor.year - 1) - 1;
}

/** A period counted up to the month after it: "the year to", "the 12 months to", "the quarter ended". */
const PERIOD_UP_TO_BEFORE = /\b(?:year|months|weeks|quarter|half[- ]year|period)\s+(?:to|ended|through)\s+(?:the\s+end\s+of\s+)?$/i;

/**
 * "Profit rose 8% in the year to March", "inflation was 3% in the 12 months to June": figures for
 * a period are told once it has ended, so the month that ends it, outside a future clause, is the
 * last such month before the article date's own (in March, last year's March; a past clause
 * allowed the month the article is in, and the one after, as a slip).
 */
export function periodEndYear(month: number, ctx: TimexContext): number | null {
  if (!PERIOD_UP_TO_BEFORE.test(ctx.text.slice(Math.max(0, ctx.position - 40), ctx.position)) || ctx.tense() === 'future') return null;
  const anchor = ctx.anchor as CalendarDay;
  return month < anchor.month ? anchor.year : anchor.year - 1;
}

/** "in November": as for a day (yearFor), at the granularity of a month. */
export function monthYear(month: number, ctx: TimexContext): number {
  const anchor = ctx.anchor as CalendarDay;
  if (isElectionNovember(month, ctx)) return anchor.year;
  const season = seasonYearOf(month, 1, ctx);
  if (season !== null) return season;
  const months = month - anchor.month;
  // The article's month or one beside it is in the article's year whatever the tense, but in a
  // past clause whose story is set in an earlier one: the clause is read only then.
  if (months >= -1 && months <= 1) {
    const story = clauseYear(ctx) ?? sentenceStoryYear(month, ctx);
    return story !== null && ctx.tense() === 'past' ? story : anchor.year;
  }
  const tense = ctx.tense();
  if (tense === 'past') return clauseYear(ctx) ?? sentenceStoryYear(month, ctx) ?? (months > 1 ? anchor.year - 1 : anchor.year);
  // The month just ended is kept in a future clause ("data for October will be published", in
  // November), across the year's turn too: December, told in January, is last year's.
  if (tense === 'future') return months < -1 ? anchor.year + 1 : months === 11 ? anchor.year - 1 : anchor.year;
  if (months > 6) return anchor.year - 1;
  if (months < -6) return anchor.year + 1;
  return anchor.year;
}
