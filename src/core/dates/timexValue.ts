import type { ParsedComponents } from 'chrono-node';
import type { TimexType } from '../types';
import { addDays, dayFromIso, isoOfDay } from './calendarDay';
import type { DatedMention } from './dateDiscourse';
import { pad } from './isoDate';
import { MONTH_NAME } from './monthNames';
import { type NewsTags, readNewsTags } from './parsers/newsParser';
import { parseUnit, type Unit } from './parsers/quantity';
import { anaphorValue } from './values/anaphorValue';
import { weekdayJustAfter } from './values/clockDay';
import { dayOf } from './values/dayOfResult';
import { partOfDay } from './values/dayWords';
import { dayOfEveryYear, YEARLY_SPAN_MONTH } from './values/everyYear';
import { holidayValue, weekdayOfMonthValue } from './values/holidayValue';
import { comparedLength, pastWithin } from './values/lengthOfTime';
import { monthOrYearValue } from './values/monthValue';
import { ordinalDayValue } from './values/ordinalDay';
import { overnightIntoValue, overnightValue } from './values/overnight';
import { isPastSevenDays, pastSevenDaysValue, pastTwelveMonths } from './values/pastSpan';
import { endNotYetCome, monthOfSentence } from './values/periodEnd';
import { playingSeasonValue } from './values/playingSeason';
import { halfValue, quarterValue } from './values/quarterValue';
import { agoWithinValue, countedRelativeValue, relativeValue } from './values/relativePeriod';
import { seasonValue } from './values/seasonValue';
import { dated, type Timex, type TimexContext } from './values/timexContext';
import { weekendOfValue, weekendValue, weekOfValue } from './values/weekAndWeekend';
import { weekAfterValue, WEEKDAY_OF_WEEK, weekdayOfWeekValue } from './values/weekdayDay';
import { dayJustNamedOnWeekday } from './values/weekdayFromContext';
import { comparedQuarter, isAmountComparison } from './values/yearAgo';
import { yearEndValue } from './values/yearEnd';

// From a chrono result to a TimeML type and value, the way a news desk reads it: the
// article date anchors relative dates, the tense of the clause decides whether "on
// Monday" and "in November" look back or ahead, and dates named earlier in the story
// anchor "that day" and "a year earlier". Without an article date, whatever needs one
// gets the value null.

export function resolveTimex(c: ParsedComponents, phrase: string, ctx: TimexContext): Timex {
  const tags = readNewsTags(c.tags());
  const t = resolveTimexOf(c, tags, phrase, ctx);
  if (tags.dayShift) return shiftedDay(t, Number(tags.dayShift));
  return (tags.kind === 'holiday' || tags.kind === 'weekdayOfMonth' || tags.kind === 'anaphor') && c.isCertain('hour') ? atClockTime(t, c, endsTheDay(phrase, ctx)) : t;
}

/** "3pm on Boxing Day", "02:00 the following morning" (clockOnNamedDay.ts): the day a news parser found, at the clock time. */
function atClockTime(t: Timex, c: ParsedComponents, dayEnd = false): Timex {
  const day = t.value ? /^(\d{4}-\d\d-\d\d)(?:T(?:MO|AF|EV|NI))?$/.exec(t.value) : null;
  if (!day) return t.value === null ? { ...t, type: 'TIME' } : t;
  return { ...t, type: 'TIME', value: `${day[1]}T${dayEnd ? '24:00' : `${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`}` };
}

/**
 * "shuts at midnight the same day", "until midnight on Christmas Day": the midnight that ends the
 * day named (TimeML's "T24"), as "midnight Friday" is; not a range's start ("from midnight on
 * Christmas Day") nor the small hours after it ("shortly after midnight the next day").
 */
function endsTheDay(phrase: string, ctx: TimexContext): boolean {
  return /^\s*(?:at\s+)?midnight\b/i.test(phrase) && !/\b(?:from|between|starting|beginning|after|past|since)\s+(?:at\s+)?$/i.test(ctx.text.slice(Math.max(0, ctx.position - 16), ctx.position));
}

/** "the day before last Tuesday's hearing": the day named, moved by a day (modifierExtender.ts). */
function shiftedDay(t: Timex, days: number): Timex {
  if (!t.value || !/^\d{4}-\d\d-\d\d$/.test(t.value)) return t;
  const named = dayFromIso(t.value);
  if (!named) return t;
  const day = addDays(named, days);
  return { type: t.type, value: isoOfDay(day), dated: { granularity: 'day', day } };
}

/** "the last year of his presidency", "the final week of the race": "last" is the final one of a span, not the one before the article date's. */
const FINAL_PERIOD = /^(?:the\s+)?(?:last|final)\s+(week|month|year|decade)$/i;
const OF_CALENDAR = new RegExp(`^\\s+of\\s+(?:${MONTH_NAME}|(?:the\\s+|this\\s+|that\\s+|next\\s+|last\\s+)?(?:year|month|quarter|decade|century|season)\\b|\\d)`, 'i');

function finalPeriodOf(phrase: string, ctx: TimexContext): Timex | null {
  const m = FINAL_PERIOD.exec(phrase.trim());
  if (!m) return null;
  const end = ctx.position + ctx.phraseLength;
  const after = ctx.text.slice(end, end + 40);
  if (!/^\s+of\s/i.test(after) || !(/^the\s/i.test(phrase) || /\bthe\s+$/i.test(ctx.text.slice(Math.max(0, ctx.position - 8), ctx.position)))) return null;
  // "the last week of October": the month names the period; it is found on its own.
  if (OF_CALENDAR.test(after)) return { type: 'DATE', value: null, dropped: true };
  const unit = m[1].toLowerCase();
  return { type: 'DURATION', value: unit === 'decade' ? 'P10Y' : `P1${unit[0].toUpperCase()}` };
}

function resolveTimexOf(c: ParsedComponents, tags: NewsTags, phrase: string, ctx: TimexContext): Timex {
  // "ushering in the year 5786": a year of another calendar after "the year" (yearParser.ts
  // takes the Gregorian ones) is no year of ours.
  if (/^the\s+year$/i.test(phrase.trim()) && OTHER_CALENDAR_YEAR_AFTER.test(ctx.text.slice(ctx.position + ctx.phraseLength, ctx.position + ctx.phraseLength + 8))) return { type: 'DATE', value: null, dropped: true };
  if (tags.kind === undefined || tags.kind === 'relative') {
    const final = finalPeriodOf(phrase, ctx);
    if (final) return final;
  }
  switch (tags.kind) {
    case 'reference':
      // "soon" in a past clause ("was soon released") relates two past events: no reference.
      if (tags.unlessPast && ctx.tense() === 'past') return { type: 'DATE', value: null, dropped: true };
      return { type: 'DATE', value: tags.value ?? null };
    case 'overnight': return tags.into === undefined ? overnightValue(ctx) : overnightIntoValue(Number(tags.into), c, ctx);
    case 'duration': return { type: 'DURATION', value: tags.value ?? null };
    case 'set': return { type: 'SET', value: tags.value ?? null };
    case 'year': return dated('year', { year: c.get('year') ?? 0, month: 1, day: 1 }, String(c.get('year')).padStart(4, '0'));
    case 'decade': return { type: 'DATE', value: tags.decade ?? null };
    case 'century': return centuryValue(tags, ctx);
    case 'quarter': return quarterValue(c, tags, ctx, phrase);
    case 'half': return halfValue(c, tags, ctx);
    case 'season': return seasonValue(c, tags, ctx);
    case 'playingSeason': return playingSeasonValue(Number(tags.shift ?? 0), ctx);
    case 'holiday': return holidayValue(c, tags, ctx);
    case 'weekdayOfMonth': return weekdayOfMonthValue(c, tags, ctx);
    case 'weekAfter': return weekAfterValue(tags, ctx);
    case 'yearEnd': return yearEndValue(tags, ctx);
    case 'ordinalDay': return ordinalDayValue(tags, ctx);
    case 'anaphor': return anaphorValue(tags, ctx);
    case 'relative': {
      const shift = Number(tags.shift ?? 0);
      if (tags.within) return agoWithinValue(tags.unit as Unit, shift, tags.within, ctx);
      return relativeValue(tags.unit as Unit, shift === 0 && endNotYetCome(tags.unit ?? '', phrase.toLowerCase(), ctx) ? -1 : shift, ctx);
    }
    case 'weekOf': return tags.weekend === undefined ? weekOfValue(c, phrase, ctx) : weekendOfValue(c, Number(tags.weekend), phrase, ctx);
    default: return chronoValue(c, phrase, ctx);
  }
}

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
const PARTS_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

function chronoValue(c: ParsedComponents, phrase: string, ctx: TimexContext): Timex {
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
    return part ? { type: 'TIME', value: `${weekday}T${PARTS_OF_DAY[part]}` } : { type: 'DATE', value: weekday };
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

/**
 * "midnight Friday", "past midnight local time (22:00 GMT) on Monday", "until midnight on 6
 * January": the midnight that ends the day named (TimeML's "T24"), as "midnight tonight" ends
 * today, whether the day is a weekday or a date; not the start of a range ("from midnight on
 * Saturday until 6am"), nor a date's midnight after "after" ("shortly after midnight on Aug. 17").
 */
function endsWeekdayAtMidnight(c: ParsedComponents, lower: string, ctx: TimexContext): boolean {
  if (!/^\s*(?:at\s+)?midnight\b/.test(lower) || /\b(?:from|between|starting|beginning)\s+(?:at\s+)?$/.test(ctx.text.slice(Math.max(0, ctx.position - 16), ctx.position))) return false;
  // A date's midnight "shortly after midnight on Aug. 17" is the small hours that open it.
  if (!c.isCertain('weekday') && c.isCertain('day')) return !/\b(?:after|past|since)\s+(?:at\s+)?$/i.test(ctx.text.slice(Math.max(0, ctx.position - 16), ctx.position));
  return c.isCertain('weekday') || weekdayJustAfter(ctx) !== null;
}

/**
 * "The strike will begin at midnight", "polls close at midnight": with no day in the phrase, a
 * midnight in a clause that looks ahead is the one that ends its day (TimeML's "T24"), not the
 * one already gone that opened it ("the strike began at midnight"). Not a range's start ("from
 * midnight") nor the small hours after it ("after midnight"). A "midnight deadline" ends its day
 * in any tense ("passed the bill hours before a midnight deadline").
 */
function midnightStillAhead(c: ParsedComponents, lower: string, ctx: TimexContext): boolean {
  if (!/^\s*(?:at\s+)?midnight\s*$/.test(lower) || c.isCertain('day') || c.isCertain('weekday')) return false;
  if (/\b(?:from|between|starting|beginning|after|past|since)\s+(?:at\s+)?$/i.test(ctx.text.slice(Math.max(0, ctx.position - 16), ctx.position))) return false;
  const end = ctx.position + ctx.phraseLength;
  if (/^[ \t]+(?:deadlines?|cut-?offs?)\b/i.test(ctx.text.slice(end, end + 12))) return true;
  const tense = ctx.tense();
  return tense === 'future' || tense === 'present';
}

const MIDNIGHT_TONIGHT = /\bmidnight\b[\s\S]*\btonight\b|\btonight\b[\s\S]*\bmidnight\b/;

function centuryValue(tags: NewsTags, ctx: TimexContext): Timex {
  if (tags.relative !== undefined) {
    if (!ctx.anchor) return { type: 'DATE', value: null };
    return { type: 'DATE', value: pad(Math.floor(ctx.anchor.year / 100) + Number(tags.relative)) };
  }
  return { type: 'DATE', value: pad(Number(tags.century)) };
}

/** A number of four digits or more right after "the year" (a Gregorian one is the year parser's). */
const OTHER_CALENDAR_YEAR_AFTER = /^\s+\d{4,}(?!\d)/;
