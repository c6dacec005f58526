import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { newsKindOf } from '../parsers/newsParser';

// TimeML counts "early", "late", "mid-" and "the end of" as part of the expression
// ("late November", "early next year", "the end of 1998", and "earlier this month",
// "later that year", "nearly two weeks ago"): they narrow the period but keep its
// value. chrono starts the phrase after them; this moves the start back. It does the
// same for "last"/"next"/"this" before a month, which chrono leaves out, and for
// "the day before"/"the day after" a day: TimeML takes "the day before last Tuesday's
// hearing" as one date, the day before that Tuesday.

const MODIFIER = /(?:\b(?:early|late|mid)[- ]|\bmid-|\b(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of\s+)$/i;
/** "last November", "next March", "this September": the latest before the article's month, the first after it, or the article year's. */
const MONTH_SHIFT = /\b(last|next|this)\s+$/i;
/** "the day before last Tuesday's hearing", "the day after Christmas": one expression, a day from the date named. */
const DAY_SHIFT = /\bthe\s+day\s+(before|after)\s+$/i;
/** "earlier this month", "later that year": TimeML takes "earlier"/"later" before a period named from the present or the story as part of it (unlike before a weekday, "later Monday"). */
const EARLIER_LATER = /\b(?:earlier|later)\s+$/i;
const PERIOD_FROM_HERE = /^(?:this|that|last|next)\s+(?:week|month|year|quarter|morning|afternoon|evening|day)$/i;
/** "nearly two weeks ago", "almost four years ago", "more than a decade ago": the approximation is part of the expression. */
const APPROXIMATELY = /\b(?:nearly|almost|about|around|roughly|approximately|some|more\s+than|less\s+than|at\s+least|just\s+over|just\s+under)\s+$/i;
const AGO = /\sago$/i;
/** "down 4.5% from the previous Friday", "this coming Sunday": part of the expression, as "last" is (the value reads it, values/weekdayDay.ts). */
const WEEKDAY_SHIFT = /\b(?:the\s+(?:previous|preceding|following)|this\s+coming)\s+$/i;
const MONTH_ONLY = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?$/i;

/** "over the next year or so", "the past decade or so": the approximation after the period is part of it too. */
const OR_SO = /^\s+or\s+so(?![\p{L}\p{N}])/u;

export const modifierExtender: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const end = r.index + r.text.length;
      const orSo = /\b(?:years?|months?|weeks?|days?|hours?|decades?|quarters?)$/i.test(r.text) ? OR_SO.exec(context.text.slice(end, end + 8)) : null;
      if (orSo) r.text += orSo[0];
      const kind = newsKindOf(r.start);
      if (kind === 'duration' || kind === 'set' || kind === 'reference' || kind === 'season') continue;
      const before = context.text.slice(Math.max(0, r.index - 24), r.index);
      const shift = MONTH_ONLY.test(r.text) ? MONTH_SHIFT.exec(before) : null;
      if (shift) {
        r.index -= shift[0].length;
        r.text = shift[0] + r.text;
        r.addTag(`news/monthOf=${shift[1].toLowerCase()}`);
      }
      const dayShift = isDay(r) ? DAY_SHIFT.exec(before) : null;
      if (dayShift) {
        r.index -= dayShift[0].length;
        r.text = dayShift[0] + r.text;
        r.addTag(`news/dayShift=${dayShift[1].toLowerCase() === 'after' ? 1 : -1}`);
        continue;
      }
      const m = MODIFIER.exec(context.text.slice(Math.max(0, r.index - 24), r.index))
        ?? (PERIOD_FROM_HERE.test(r.text) ? EARLIER_LATER.exec(before) : AGO.test(r.text) ? APPROXIMATELY.exec(before) : null)
        ?? (isWeekday(r) ? WEEKDAY_SHIFT.exec(before) : null);
      if (!m) continue;
      r.index -= m[0].length;
      r.text = m[0] + r.text;
      r.addTag('news/modifier=' + m[0].trim().toLowerCase().replace(/\s+/g, ' '));
    }
    return results;
  },
};

/** chrono's weekday alone or with a date ("Friday", "Sunday, March 8"), not after "last" or "next". */
function isWeekday(r: ParsingResult): boolean {
  return newsKindOf(r.start) === undefined && r.start.isCertain('weekday') && !r.start.isCertain('hour') && !r.end && /^(?:mon|tue|wed|thu|fri|sat|sun)/i.test(r.text);
}

/** A result that names one day, without a clock time: chrono's weekday or date, or a holiday. */
function isDay(r: ParsingResult): boolean {
  const kind = newsKindOf(r.start);
  return (kind === undefined || kind === 'holiday') && (r.start.isCertain('day') || r.start.isCertain('weekday') || kind === 'holiday') && !r.start.isCertain('hour') && !r.end;
}
