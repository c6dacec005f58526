import type { ParsedComponents } from 'chrono-node';
import type { TimexType } from '../../types';
import { isoOfDay } from '../calendarDay';
import type { DatedMention } from '../dateDiscourse';
import { pad } from '../isoDate';
import { parseUnit } from '../parsers/quantity';
import { dayOf } from './dayOfResult';
import { partOfDay } from './dayWords';
import { dayOfEveryYear, YEARLY_SPAN_MONTH } from './everyYear';
import { comparedLength, pastWithin } from './lengthOfTime';
import { endsWeekdayAtMidnight, MIDNIGHT_TONIGHT, midnightStillAhead } from './midnight';
import { monthOrYearValue } from './monthValue';
import { isPastSevenDays, pastSevenDaysValue, pastTwelveMonths } from './pastSpan';
import { endNotYetCome, monthOfSentence } from './periodEnd';
import { countedRelativeValue, relativeValue } from './relativePeriod';
import type { Timex, TimexContext } from './timexContext';
import { weekendValue } from './weekAndWeekend';
import { WEEKDAY_OF_WEEK, weekdayOfWeekValue } from './weekdayDay';
import { dayJustNamedOnWeekday } from './weekdayFromContext';
import { comparedQuarter, isAmountComparison } from './yearAgo';
import { partOfDayCode } from '../partOfDay';

// chrono's own results (not those of our news parsers), read in context: "now", a weekday that
// recurs, a period counted from the article date, a length chrono took for a date, a month or a
// year; a day, at its clock time or part of the day.

const THIS_LAST_NEXT = /\b(this|last|past|next|coming|previous|current)\s+(?:(?:fiscal|financial|calendar)\s+)?(week|weekend|month|year|quarter|decade|century)\b/i;

const END_OF_RELATIVE = /^(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\s+(?:this|last|past|next|coming|previous|current)\s+(?:(?:fiscal|financial|calendar)\s+)?(?:week|month|year|quarter|decade|century)$/;

const WEEKDAY_WORD = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const WEEKDAY_JOINER = String.raw`(?:,\s*|,?\s+(?:and|or|&)\s+)`;
/** Before a weekday: "every" and weekdays joined to it ("every Monday, Wednesday and "). */
const JOINED_TO_EVERY = new RegExp(String.raw`\b(?:[Ee]very|[Ee]ach)\s+${WEEKDAY_WORD}(?:${WEEKDAY_JOINER}${WEEKDAY_WORD}){0,5}${WEEKDAY_JOINER}$`);
const JOINED_TO_EVERY_REACH = 80;

/** "on a" right before a phrase ("born on a Sunday"); not "in a Friday interview", "a Sunday talk show". */
const INDEFINITE_BEFORE = /(?:^|\s)on\s+an?\s+$/i;
/** After the weekday, no noun it describes ("on a Sunday talk show"): a mark, the end, or a word of another part of the sentence. */
const NO_NOUN_AFTER = /^(?:\s*[^\s\p{L}]|\s*$|\s+(?:in|at|on|when|and|or|but|that|is|was|were|will|would|to|of|with|after|before|he|she|they|we|i|it|you)\b)/iu;
const PART_OF_DAY = /\b(morning|afternoon|evening|night)\b/;

export function chronoValue(c: ParsedComponents, phrase: string, ctx: TimexContext): Timex {
  const lower = phrase.toLowerCase();
  const tags = c.tags();
  if (tags.has('casualReference/now') || /^(?:right\s+|just\s+)?now$/.test(lower.trim())) return { type: 'DATE', value: 'PRESENT_REF' };
  if (/\bweekend\b/.test(lower)) return weekendValue(lower, ctx);
  // "hoping for a brighter tomorrow": a tomorrow with an article is the future, not a day.
  if (lower.trim() === 'tomorrow' && /\ban?\s+(?:\p{L}+\s+)?$/iu.test(ctx.text.slice(Math.max(0, ctx.position - 24), ctx.position))) return { type: 'DATE', value: 'FUTURE_REF' };

  const weekdayOfWeek = WEEKDAY_OF_WEEK.exec(lower.trim());
  if (weekdayOfWeek) return weekdayOfWeekValue(weekdayOfWeek, ctx);
  // "every Tuesday and Saturday", "each Monday, Wednesday and Friday": a weekday joined to one
  // after "every" recurs as that one does (was the coming Saturday).
  if (c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('hour') && JOINED_TO_EVERY.test(ctx.text.slice(Math.max(0, ctx.position - JOINED_TO_EVERY_REACH), ctx.position))) {
    return { type: 'SET', value: `XXXX-WXX-${c.get('weekday') || 7}` };
  }
  // "born on a Sunday", "passed on a Tuesday afternoon": a weekday after "on a" is any such
  // day, not one the article's week places (TimeML's XXXX-WXX-7).
  if (c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('hour') && /^\S*day\b/i.test(lower.trim()) && INDEFINITE_BEFORE.test(ctx.text.slice(Math.max(0, ctx.position - 8), ctx.position)) && NO_NOUN_AFTER.test(ctx.text.slice(ctx.position + phrase.length, ctx.position + phrase.length + 12))
    // "Christmas falls on a Monday": the day just named, where it is that weekday.
    && dayJustNamedOnWeekday(c.get('weekday') ?? 0, lower, ctx) === null) {
    const part = PART_OF_DAY.exec(lower)?.[1];
    const weekday = `XXXX-WXX-${c.get('weekday') || 7}`;
    return part ? { type: 'TIME', value: `${weekday}T${partOfDayCode(part)}` } : { type: 'DATE', value: weekday };
  }
  const relative = THIS_LAST_NEXT.exec(lower);
  // "June last year" names its month: the month of that year (monthOfYearParser.ts), below.
  // chrono's refiner makes "the end of last year" its last day, "the end of next week" a
  // Saturday: TimeML keeps the period's value, as for "the end of the year".
  const endOfRelative = END_OF_RELATIVE.test(lower.trim());
  // "earlier this month", "June last year" with no article date: chrono read them against its stand-in day (dateFinder.ts).
  if (relative && !ctx.anchor) return { type: 'DATE', value: null };
  if (relative && isPastSevenDays(lower, ctx)) return pastSevenDaysValue(ctx);
  // "over the past year", "in the past month": the twelve months (or the month) up to the article
  // date, a length of time, not last year's calendar ("this past year" is that year).
  const pastSpan = relative ? pastTwelveMonths(lower, ctx) : null;
  if (pastSpan) return pastSpan;
  if (relative && ((!c.isCertain('day') && !c.isCertain('month')) || endOfRelative)) {
    const shift = /this|current/.test(relative[1]) ? 0 : /next|coming/.test(relative[1]) ? 1 : -1;
    const unit = parseUnit(relative[2]) ?? 'day';
    // Not "from 26 billion at the end of last year": a point in the year, not its results.
    if (unit === 'year' && shift === -1 && !endOfRelative && isAmountComparison(ctx)) {
      // "earnings of $33 million, compared with $28 million last year", after "the third quarter".
      const quarter = comparedQuarter(ctx);
      if (quarter) return quarter;
    }
    return relativeValue(unit, shift, ctx);
  }
  const endOf = /^(?:the\s+)?(?:end|beginning|start|middle|close) of\s+(?:the\s+|this\s+)?(week|month|year)$/.exec(lower.trim());
  if (endOf) return monthOfSentence(endOf[1], lower, ctx) ?? relativeValue(parseUnit(endOf[1]) ?? 'month', endNotYetCome(endOf[1], lower, ctx) ? -1 : 0, ctx);
  if (/^(?:the\s+)?(?:end|beginning|start|middle|close) of\s/.test(lower.trim()) && c.isCertain('month') && !/\d/.test(lower)) return monthOrYearValue(c, ctx);
  if (tags.has('result/relativeDate')) {
    const within = pastWithin(lower, ctx) ?? comparedLength(lower, ctx);
    return within ?? countedRelativeValue(c, lower, ctx);
  }

  const part = partOfDay(lower);
  const hour = c.isCertain('hour');
  // The end of a range from a day's clock time ("from 6am on Saturday until midnight"): on the
  // day the start resolved to; midnight is that day's end.
  const rangeDay = ctx.rangeStart && hour && !c.isCertain('day') && !c.isCertain('weekday') && !c.isCertain('month') ? ctx.rangeStart : undefined;
  if (rangeDay) return { type: 'TIME', value: isoOfDay(rangeDay) + (/\bmidnight\b/.test(lower) ? 'T24:00' : `T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`), dated: { granularity: 'day', day: rangeDay } };
  // "Microsoft's fiscal year runs from July 1 to June 30", "the hurricane season runs from June 1
  // to November 30": days of every such year (TimeML's XXXX-07-01), as for a month (monthOrYearValue).
  if (c.isCertain('day') && c.isCertain('month') && !c.isCertain('year') && !hour && !c.isCertain('weekday') && (YEARLY_SPAN_MONTH.test(ctx.text.slice(Math.max(0, ctx.position - 80), ctx.position)) || dayOfEveryYear(ctx))) {
    return { type: 'DATE', value: `XXXX-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}` };
  }
  const day = dayOf(c, lower, ctx);
  if (day === undefined) return monthOrYearValue(c, ctx);
  const type: TimexType = hour || part ? 'TIME' : 'DATE';
  if (!day) return { type, value: null };
  // "midnight tonight", "tonight at midnight": the end of the article's day (chrono merged the
  // two words into noon).
  const time = hour && (MIDNIGHT_TONIGHT.test(lower) || endsWeekdayAtMidnight(c, lower, ctx) || midnightStillAhead(c, lower, ctx)) ? 'T24:00' : hour ? `T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}` : part ? `T${part}` : '';
  const dayMention: Omit<DatedMention, 'position'> = { granularity: 'day', day, namedYear: c.isCertain('year') };
  if (hour && time !== 'T24:00') dayMention.minutes = (c.get('hour') ?? 0) * 60 + (c.get('minute') ?? 0);
  return { type, value: isoOfDay(day) + time, dated: dayMention };
}
