import type { ParsedComponents } from 'chrono-node';
import { pad } from '../isoDate';
import { readNewsTags } from '../parsers/newsParser';
import { habitualMonth, YEARLY_SPAN_MONTH } from './everyYear';
import { yearToldAfter } from './storyYear';
import { dated, type Timex, type TimexContext } from './timexContext';
import { monthYear, periodEndYear, wrappingRangeStartYear } from './yearOfMonthDay';

// A month or a year that chrono found, valued in context: a month of every year, or one of the year
// that the words after it, a range, "last" or "next", the story or the tense of its clause give it.

export function monthOrYearValue(c: ParsedComponents, ctx: TimexContext): Timex {
  if (c.isCertain('month')) {
    const month = c.get('month') ?? 1;
    if (!c.isCertain('year') && YEARLY_SPAN_MONTH.test(ctx.text.slice(Math.max(0, ctx.position - 80), ctx.position))) return { type: 'DATE', value: `XXXX-${pad(month)}` };
    if (!c.isCertain('year') && habitualMonth(ctx)) return { type: 'DATE', value: `XXXX-${pad(month)}` };
    let year: number | null = c.isCertain('year') ? c.get('year') : null;
    if (year === null) {
      if (!ctx.anchor) return { type: 'DATE', value: null };
      const of = readNewsTags(c.tags()).monthOf;
      const told = yearToldAfter(ctx);
      if (told !== null) year = told;
      else if (ctx.rangeStart) year = ctx.rangeStart.year + (month < ctx.rangeStart.month ? 1 : 0);
      else if (of === 'last') year = month < ctx.anchor.month ? ctx.anchor.year : ctx.anchor.year - 1;
      else if (of === 'next') year = month > ctx.anchor.month ? ctx.anchor.year : ctx.anchor.year + 1;
      else year = of === 'this' ? ctx.anchor.year : wrappingRangeStartYear(month, ctx) ?? periodEndYear(month, ctx) ?? monthYear(month, ctx);
    }
    const named = dated('month', { year, month, day: 1 }, `${year}-${pad(month)}`);
    if (c.isCertain('year')) named.dated!.namedYear = true;
    return named;
  }
  if (c.isCertain('year')) {
    const year = c.get('year') ?? 0;
    return dated('year', { year, month: 1, day: 1 }, String(year));
  }
  return { type: 'DATE', value: null };
}
