import { COUNT_SOURCE, UNIT_SOURCE, durationValue, parseCount, parseUnit } from './quantity';
import { type NewsParser, newsParser, resultOf } from './newsParser';
import { TriggerKind } from '../dateTriggers';
import { MONTH_NAME, monthNumber } from '../monthNames';
import { partOfDayCode } from '../partOfDay';

// Recurring times (TimeML SET): "every week" (P1W), "every other year" (P2Y), "each
// Monday" and "on Mondays" (XXXX-WXX-1), "each July" (XXXX-07), "every December 26"
// (XXXX-12-26), "daily", "twice a
// week", "$2 billion a year".

const WEEKDAYS: Record<string, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };
const ADVERBS: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W', monthly: 'P1M', quarterly: 'P1Q',
  annually: 'P1Y', yearly: 'P1Y', semiannually: 'P6M', 'semi-annually': 'P6M',
};

// "every other week", "every second year", "every third month": one in two, two, three.
const NTH: Record<string, number> = { other: 2, alternate: 2, second: 2, third: 3, fourth: 4 };
const EVERY_UNIT = new RegExp(`(?:every|each)\\s+(?:(other|alternate|second|third|fourth)\\s+)?(?:(${COUNT_SOURCE})\\s+)?(${UNIT_SOURCE})(?![\\p{L}\\p{N}-])`, 'iu');
const EVERY_WEEKDAY = /(?:(?:every|each)\s+(?:(?:other|alternate|second|third|fourth)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s)(?:\s+(morning|afternoon|evening|night)s?)?(?![\p{L}\p{N}-])/iu;
// "Tuesday nights", and "Monday" in "on Monday and Tuesday nights": a part of the day in the
// plural makes the weekday a recurring one (TimeML XXXX-WXX-2TNI), shared by the weekdays
// joined to it. Capitalised, as the weekday always is. A leading "on" is matched as chrono
// matches it, and a comma after it, so that ours is as long as chrono's "on Monday" or "Monday,"
// and wins (the finder trims both).
const WEEKDAY_NAME = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const WEEKDAY_PARTS = new RegExp(
  `(?:on\\s+)?(${WEEKDAY_NAME})(?:(?=(?:,\\s*${WEEKDAY_NAME}){0,5},?\\s+(?:and|or)\\s+${WEEKDAY_NAME}\\s+(morning|afternoon|evening|night)s\\b),?|\\s+(morning|afternoon|evening|night)s)(?![\\p{L}\\p{N}-])`,
  'u',
);
/** What follows "every second" when it is the ordinal: a weekday or a unit of the calendar. */
const ORDINAL_SECOND_BEFORE = /^\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|weekend|month|year|fortnight|quarter)\b/i;
// "the first Monday of every month", "the second and fourth Tuesday of each month": a council's,
// a court's or a payment's day in each month, before "every month" (chrono reads a Monday near
// the article date). TimeML has no value for the weekday within the month: the set is monthly.
const ORDINAL_WORD = '(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)';
const WEEKDAY_OF_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:the\\s+)?${ORDINAL_WORD}(?:(?:,\\s*|\\s+(?:and|or|&)\\s+)${ORDINAL_WORD})*\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\\s+(?:of|in)\\s+$`,
  'iu',
);
/** How far before "every month" the weekday of the month is looked for. */
const WEEKDAY_OF_REACH = 60;
const EVERY_MONTH = new RegExp(`(?:every|each)\\s+${MONTH_NAME}(?![\\p{L}\\p{N}-]|\\s+\\d)`, 'u');
/** "every December 26", "each 1 May", "every 5th of November": a day of the calendar each year (XXXX-12-26). */
const EVERY_MONTH_DAY = new RegExp(`(?:[Ee]very|[Ee]ach)\\s+(?:${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME})(?![\\p{L}\\p{N}-]|,?\\s*\\d)`, 'u');
/** Both in one parser (chrono's choice of gated parsers holds 62): the month's group is the fifth. */
const EVERY_MONTH_OR_DAY = new RegExp(`(?:${EVERY_MONTH_DAY.source})|(?:${EVERY_MONTH.source})`, 'u');
const EVERY_PART = /(?:every|each)\s+(morning|afternoon|evening|night)(?![\p{L}\p{N}-])/iu;
const ADVERB = /(hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|annually|yearly|semi-?annually)(?![\p{L}\p{N}-])/iu;
// "a year" after an amount or "twice": a rate. The amount itself stays outside the span, also
// written short ("£1.2m a year", "$4bn a year"). A number's plural noun is an amount too ("300
// flights a week", "three nights a week"), and so are the units of
// distance ("110 km an hour"), which read a speed as the rate it is. "From" a day after it
// starts the rate's period ("€14.15 an hour from January 1"); "a week from now" is a date.
const RATE = /(?:\d[\d,.]*(?:%|(?<=\d)(?:bn|m|k)\b)?|percent|times|twice|once|thrice|million|billion|trillion|dollars|cents|pounds|euros|yuan|barrels|tons|shares|minutes|hours|days|weeks|months|miles|gallons|people|jobs|cases|km|kilomet(?:re|er)s|kph|mph|knots|(?<=(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|several|few))\s+)\p{Ll}{2,}s)\s+((?:a|an|per|each)\s+(year|month|week|day|hour|quarter|minute|decade|century))(?![\p{L}\p{N}-])(?!\s+(?:ago|earlier|later|before|after|from\s+(?:now|today|tomorrow|yesterday|then))\b)/iu;

export function setParsers(): NewsParser[] {
  return [
    newsParser(TriggerKind.unit | TriggerKind.quarter, EVERY_UNIT, (context, m) => {
      const unit = parseUnit(m[3]);
      if (!unit) return null;
      // "every second Monday", "every second week": "second" is the ordinal, not the unit.
      if (unit === 'second' && !m[1] && !m[2] && ORDINAL_SECOND_BEFORE.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
      const count = m[2] ? parseCount(m[2]) : 1;
      const value = durationValue(count === null ? null : count * (m[1] ? NTH[m[1].toLowerCase()] : 1), unit, m[3]);
      const before = unit === 'month' && !m[1] && !m[2] ? WEEKDAY_OF_BEFORE.exec(context.text.slice(Math.max(0, m.index - WEEKDAY_OF_REACH), m.index)) : null;
      if (before) return resultOf(context, withStartBack(context.text, m, before[0].length), {}, { kind: 'set', value });
      return resultOf(context, m, {}, { kind: 'set', value });
    }, ['every', 'each']),
    newsParser(TriggerKind.weekday, EVERY_WEEKDAY, (context, m) => {
      const word = (m[1] ?? m[2]).toLowerCase();
      // "Fridays" capitalised is still a weekday; "on Mondays" needs the capital.
      if (!m[1] && (m[2] ?? '')[0] === (m[2] ?? '').toLowerCase()[0]) return null;
      const part = m[3] ? `T${partOfDayCode(m[3])}` : '';
      return resultOf(context, m, {}, { kind: 'set', value: `XXXX-WXX-${WEEKDAYS[word]}${part}` });
    }, ['every', 'each', 'days']),
    // Every match has a weekday, and its window a part of the day in the plural (in or after the match).
    newsParser(TriggerKind.weekday, WEEKDAY_PARTS, (context, m) => {
      const part = partOfDayCode(m[2] ?? m[3]);
      return resultOf(context, m, {}, { kind: 'set', value: `XXXX-WXX-${WEEKDAYS[m[1].toLowerCase()]}T${part}` });
    }, ['mornings', 'afternoons', 'evenings', 'nights']),
    newsParser(TriggerKind.month, EVERY_MONTH_OR_DAY, (context, whole) => {
      const m = EVERY_MONTH_DAY.exec(whole[0]);
      if (m && m[0].length === whole[0].length) {
        const month = monthNumber(m[1] ?? m[4]);
        const day = Number(m[2] ?? m[3]);
        if (month === 0 || day < 1 || day > 31) return null;
        return resultOf(context, whole, {}, { kind: 'set', value: `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` });
      }
      const month = monthNumber(whole[5]);
      return month === 0 ? null : resultOf(context, whole, {}, { kind: 'set', value: `XXXX-${String(month).padStart(2, '0')}` });
    }, ['every', 'each']),
    newsParser(TriggerKind.dayPart, EVERY_PART, (context, m) => resultOf(context, m, {}, { kind: 'set', value: `XXXX-XX-XXT${partOfDayCode(m[1])}` }), ['every', 'each']),
    newsParser(TriggerKind.frequency, ADVERB, (context, m) => {
      // "China Daily", "the Daily Mail": a capital inside a sentence makes it a name.
      if (m[1][0] !== m[1][0].toLowerCase() && !/(?:^|[.!?]\s+|\n\s*)$/.test(context.text.slice(Math.max(0, m.index - 3), m.index))) return null;
      if (isPublication(context.text, m.index, m.index + m[0].length)) return null;
      return resultOf(context, m, {}, { kind: 'set', value: ADVERBS[m[1].toLowerCase()] });
    }, ['ly']),
    newsParser(TriggerKind.unit, RATE, (context, m) => {
      const unit = parseUnit(m[2]);
      return unit ? resultOf(context, m, {}, { kind: 'set', value: durationValue(1, unit, m[2]) }, m[1]) : null;
    }, ['a', 'per', 'each']),
  ];
}

/** The match in `text` (its index is the text's), with the `back` characters before it in front. */
function withStartBack(text: string, m: RegExpExecArray, back: number): RegExpExecArray {
  const whole = [text.slice(m.index - back, m.index + m[0].length)] as unknown as RegExpExecArray;
  whole.index = m.index - back;
  whole.input = text;
  return whole;
}

const AFTER_DETERMINER = /\b(?:the|a|an|its|his|her|their|our|this|that)\s+$/i;

/** A weekday's or a month's name: "the weekly Monday meeting", "monthly January figures" keep the frequency. */
const CALENDAR_NAME = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * "the Communist Party daily Granma", "the German weekly Der Spiegel", "the daily's editor",
 * "the financial daily reported": the noun, a newspaper or a magazine, not how often a thing is
 * done. A title right after it, a possessive, or a verb of reporting after "the … daily".
 */
function isPublication(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 24);
  if (/^['’]s\b/.test(after)) return true;
  // "the Paris daily Libération", not "a yearly Gallup poll", "the weekly GOP rankings": only
  // the nouns of the press, and after a word that is no determiner (the adjective follows one).
  const title = /^\s+([A-Z][\p{L}'’-]*)/u.exec(after);
  if (title && !CALENDAR_NAME.test(title[1]) && /^(?:daily|weekly|monthly)$/i.test(text.slice(start, end)) && !AFTER_DETERMINER.test(text.slice(Math.max(0, start - 8), start))) return true;
  return /^\s+(?:said|says|reported|reports|wrote|writes|quoted|quotes|cited|added|published|carried)\b/.test(after) && /\b(?:the|a)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(Math.max(0, start - 40), start));
}
