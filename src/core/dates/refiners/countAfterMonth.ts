import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

// chrono takes a number of two digits after a month name for the year: "than he was in
// December, 64 percent to 56 percent" became December 1964, "In March 55 percent said
// no" March 1955. A number with a unit of count after it ("percent", "%", "points",
// "people") is that count; the month stands alone.

const MONTH_AND_NUMBER = /^((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?),?\s+\d{2}$/i;
const COUNT_AFTER = /^\s*(?:%|percent\b|per\s+cent\b|points?\b|percentage\b|people\b|votes?\b|seats?\b|states?\b|delegates?\b|members?\b|to\s+\d)/i;

export const countAfterMonth: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const m = MONTH_AND_NUMBER.exec(r.text);
      if (!m || r.end || r.start.isCertain('day') || !r.start.isCertain('year')) continue;
      const end = r.index + r.text.length;
      if (!COUNT_AFTER.test(context.text.slice(end, end + 16))) continue;
      r.text = m[1];
      r.start.delete('year');
      r.start.imply('year', context.refDate.getFullYear());
    }
    return results;
  },
};
