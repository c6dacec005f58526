import { addDays, daysInMonth, quarterOf } from '../calendarDay';
import type { DatedMention } from '../dateDiscourse';
import { MONTH_NAME, monthNumber } from '../monthNames';
import { type QuarterRef, quarterTimex } from './quarterRef';
import type { Timex, TimexContext } from './timexContext';

// A company's quarters: named "fiscal", a calendar quarter only where the story tells when its year
// ends, else one of unknown year (XXXX-Q4); named by their last day ("the quarter ended July 31"),
// the calendar quarter holding most of the three months.

export const FISCAL = /\b(?:fiscal|financial)\b/i;

/** The quarter named before was called a fiscal one: "the fiscal first quarter", "fiscal second-quarter net". */
export function namedFiscal(named: DatedMention, ctx: TimexContext): boolean {
  return named.fiscal === true || FISCAL.test(ctx.text.slice(Math.max(0, named.position - 12), named.position + 24));
}
/** The text tells when a company's year or quarter ends: "the quarter ended Sept. 30", "its fiscal year ends in June". */
const FISCAL_END_TOLD = new RegExp(`\\b(?:quarter|year|period)\\s+(?:that\\s+|which\\s+)?(?:ended|ending|ends|closed|closing)\\s+(?:on\\s+|in\\s+)?${MONTH_NAME}|\\byear\\s+(?:that\\s+|which\\s+)?(?:begins|began|starts|started|runs|ran)\\s+(?:on\\s+|in\\s+)?${MONTH_NAME}`, 'i');

/**
 * "the fiscal fourth quarter", "the fourth quarter of this fiscal year": a quarter of a
 * company's year, whose calendar year depends on when that year starts. Where the story
 * tells when its year or a quarter ends ("the fiscal first quarter ended Sept. 30") it is
 * valued as a calendar quarter is, in the year it mostly falls in, as TimeML annotators
 * value it; where it tells neither, the year is unknown (XXXX-Q4), not a calendar year the
 * text does not give.
 */
export function fiscalEndTold(ctx: TimexContext): boolean {
  return FISCAL_END_TOLD.test(ctx.text.slice(Math.max(0, ctx.position - FISCAL_END_REACH), ctx.position + ctx.phraseLength + FISCAL_END_REACH));
}

/** The quarter with its year unknown; the calendar's guess is remembered for "the quarter" and "a year earlier" after it, which are of unknown year too. */
export function unknownYearQuarter(q: QuarterRef): Timex {
  const t = quarterTimex(q.year, q.quarter);
  return { type: 'DATE', value: `XXXX-Q${q.quarter}`, dated: t.dated && { ...t.dated, unknownYear: true } };
}

/** How far either side of a fiscal quarter the story is read for when its year ends (within lastDateRun.ts READ_BACK and READ_AHEAD). */
const FISCAL_END_REACH = 1500;

const ENDED_ON = new RegExp(`^\\s+(?:that\\s+|which\\s+)?(ended|ending|ends|to)\\s+(?:(?:on|in)\\s+)?${MONTH_NAME}(?:\\s+(\\d{1,2})(?!\\d))?(?:,?\\s+((?:19|20)\\d\\d)(?!\\d))?`, 'i');

/**
 * "In the quarter ended July 31", "the quarter to September", with no quarter named before:
 * the three months up to that day (a month's last), given as the calendar quarter that holds
 * most of them (May to July: the second). The year is the one given, else the one in which
 * that day is last reached by the article date, or first after it for a quarter still
 * "ending" in a future clause.
 */
export function quarterEndedOn(ctx: TimexContext): QuarterRef | null {
  const end = ctx.position + ctx.phraseLength;
  const m = ENDED_ON.exec(ctx.text.slice(end, end + 40));
  if (!m || !ctx.anchor) return null;
  const month = monthNumber(m[2]);
  if (month === 0) return null;
  // "the quarter ending in June", "the quarter to September": the month's last day.
  const day = m[3] ? Number(m[3]) : daysInMonth(2001, month);
  if (day < 1 || day > 31) return null;
  // Ended by the article date, unless a quarter still "ending" is in a future clause ("expects revenue for the quarter ending in June").
  const ahead = !/^ended$/i.test(m[1]) && ctx.tense() === 'future';
  const reached = month * 100 + day <= ctx.anchor.month * 100 + ctx.anchor.day;
  const year = m[4] ? Number(m[4]) : ahead ? (reached ? ctx.anchor.year + 1 : ctx.anchor.year) : reached ? ctx.anchor.year : ctx.anchor.year - 1;
  // The middle of the three months: 45 days before their last day.
  const middle = addDays({ year, month, day }, -45);
  return { year: middle.year, quarter: quarterOf(middle.month) };
}
