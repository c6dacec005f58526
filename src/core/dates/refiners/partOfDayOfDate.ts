import * as chrono from 'chrono-node';
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { MONTH_NAME, monthNumber } from '../monthNames';

// A part of the day with a date, which chrono reads wrong both ways round:
// - "the night of Friday, Oct. 23", "the morning of June 5", "mid-morning on Thursday 10
//   December": it joins the two into one
//   result but keeps only the part of the day, so the day named was lost and the article's
//   day taken instead. The date after "of" gives its calendar values back to the result.
// - "June 5 in the morning", "March 3 at night": it reads "5 in the morning" as 5 a.m.
//   and drops the month. A day number right after a month name is that day of the month.
// - "the coldest November night": it reads the night of the article's day and drops the month.

const PART_OF_DATE = /^((?:the\s+)?(?:morning|afternoon|evening|night)\s+(?:of|on)\s+)(.+)$/is;
const DATE_UNITS = ['year', 'month', 'day', 'weekday'] as const;
const DAY_THEN_PART = /^(\d{1,2})\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)$/i;
const MONTH_THEN_PART = new RegExp(`^(${MONTH_NAME})\\s+(?:morning|afternoon|evening|night)s?$`, 'i');
const MONTH_BEFORE = new RegExp(`\\b${MONTH_NAME}\\s+$`, 'i');

export const partOfDayOfDate: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (r.start.isCertain('day') || r.start.isCertain('weekday')) continue;
      const m = PART_OF_DATE.exec(r.text);
      if (!m) {
        if (!monthAsKindOfDay(context, r)) dayOfMonthBefore(context, r);
        continue;
      }
      const date = chrono.casual.parse(m[2], context.refDate).find((d) => d.index === 0);
      if (!date) continue;
      for (const unit of DATE_UNITS) {
        if (date.start.isCertain(unit)) r.start.assign(unit, date.start.get(unit) ?? 0);
      }
    }
    return results;
  },
};

/**
 * "the coldest November night", "on a wet November morning": the month says which kind of day
 * or night it was, not one night of the article's day; the result is the month alone.
 */
function monthAsKindOfDay(context: ParsingContext, r: ParsingResult): boolean {
  const m = MONTH_THEN_PART.exec(r.text);
  if (!m) return false;
  r.text = m[1];
  r.start = context.createParsingComponents({ month: monthNumber(m[1]) });
  r.start.imply('year', context.refDate.getFullYear());
  r.start.imply('day', 1);
  r.end = undefined;
  return true;
}

/** "June 5 in the morning": the result becomes "June 5 in the morning", on June 5, with no clock time. */
function dayOfMonthBefore(context: ParsingContext, r: ParsingResult): void {
  const day = DAY_THEN_PART.exec(r.text);
  const month = day && MONTH_BEFORE.exec(context.text.slice(Math.max(0, r.index - 12), r.index));
  if (!day || !month) return;
  const dayOfMonth = Number(day[1]);
  if (dayOfMonth < 1 || dayOfMonth > 31) return;
  r.index -= month[0].length;
  r.text = month[0] + r.text;
  r.start = context.createParsingComponents({ month: monthNumber(month[1]), day: dayOfMonth });
  r.start.imply('year', context.refDate.getFullYear());
}
