import type { DatedMention } from '../dateDiscourse';
import { quarterHasBegun, quarterTimex } from './quarterRef';
import { ANAPHOR_REACH } from './reaches';
import type { Timex, TimexContext } from './timexContext';

// What "a year ago", "a year earlier" and "from ... last year" compare with in business copy: the
// quarter or the period just named, a year back, rather than a day counted from the article date.

/**
 * How far back "a year earlier" looks for a quarter to compare with: as far as any
 * anaphor. An earnings story names its quarter in the lead and gives the year-ago
 * figures paragraphs later; a length of time named in between ("the nine months")
 * still ends the comparison (comparedQuarter).
 */
export const QUARTER_COMPARISON_REACH = ANAPHOR_REACH;
/** How far back "a year earlier" looks for a day or month to compare with: only one just named. */
export const COMPARISON_REACH = 400;

/** A length of time up to the day after it: "the three months ended", "the year to", "the six months ending". */
const LENGTH_ENDED_BEFORE = /\b(?:(three|six|nine|12|twelve)\s+months|(quarter|half[- ]year|year))\s+(?:that\s+|which\s+)?(?:ended|ending|to|through)\s+(?:on\s+)?$/i;

/**
 * "Net income for the three months ended March 31 rose to $412 million from $361 million a year
 * earlier": what is compared is the period that day ends, a year back: a quarter ending on a
 * quarter's last month is that quarter; a half, that half; a year or twelve months, the year of
 * its end. Null where the day ends no period named before it.
 */
export function periodEndedOn(day: DatedMention, ctx: TimexContext): ((shift: number) => Timex) | null {
  const m = LENGTH_ENDED_BEFORE.exec(ctx.text.slice(Math.max(0, day.position - 40), day.position));
  if (!m) return null;
  const length = (m[1] ?? m[2]).toLowerCase();
  const { year, month } = day.day;
  if ((length === 'three' || length === 'quarter') && month % 3 === 0) return (shift) => quarterTimex(year + shift, month / 3);
  if ((length === 'six' || length.startsWith('half')) && month % 6 === 0) return (shift) => ({ type: 'DATE', value: `${year + shift}-H${month / 6}` });
  if (length === '12' || length === 'twelve' || length === 'year') return (shift) => ({ type: 'DATE', value: String(year + shift) });
  return null;
}

/** A verb of reporting right before a day: "said Monday", "told reporters on Tuesday", "announced late Friday". */
const REPORTED_ON = /\b(?:said|says|announced|reported|confirmed|added|warned|estimated|told\s+[^,.!?;]{1,40}?)\s+(?:on\s+)?(?:(?:late|early)\s+(?:on\s+)?)?$/i;
/** How far before a day its verb of reporting is read. */
const REPORTED_ON_READ = 60;

/** Whether the day at `position` dates a report, not what the report is about. */
export function datesReport(text: string, position: number): boolean {
  return REPORTED_ON.test(text.slice(Math.max(0, position - REPORTED_ON_READ), position));
}

/**
 * Business stories compare a quarter's figures with the same quarter a year before:
 * when the last period named is a quarter (not "the nine months"), "a year ago" is it.
 */
export function comparedQuarter(ctx: TimexContext, afterMonth = false): Timex | null {
  const quarter = ctx.discourse.last(ctx.position, QUARTER_COMPARISON_REACH, (m) => m.granularity === 'quarter' && quarterHasBegun(m, ctx.anchor));
  if (!quarter?.quarter || ctx.discourse.lastPeriodBefore(ctx.position) > quarter.position) return null;
  // "Attrition fell to 12.9% at the end of September from 14.1% a year earlier": a month named
  // since the quarter is what is compared (not for "a year ago", which reads as the year then).
  if (afterMonth && ctx.discourse.last(ctx.position, COMPARISON_REACH, (m) => m.granularity === 'month' && m.position > quarter.position)) return null;
  return { type: 'DATE', value: `${quarter.unknownYear ? 'XXXX' : quarter.day.year - 1}-Q${quarter.quarter}` };
}

/** "from $4 million last year", "compared with earnings of $6.1 million last year", "than last year's $1.5 billion". */
export function isAmountComparison(ctx: TimexContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.position - 80), ctx.position);
  const cue = /\b(?:from|than|with|versus|vs\.?|against)\b(?![\s\S]*\b(?:from|than|with|versus|against)\b)/i.exec(before);
  return cue !== null && /[$\d]/.test(before.slice(cue.index)) || /\bfrom\s+$/i.test(before);
}
