import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

// chrono takes a number of two digits after a month name for the year: "than he was in
// December, 64 percent to 56 percent" became December 1964, "In March 55 percent said
// no" March 1955. A number with a unit of count after it ("percent", "%", "points",
// "people") is that count; the month stands alone, as do the days of "March 11-13, 40
// percent of voters". After a name, "May, 60, a doctor" is a woman's name and her age.

const MONTH_AND_NUMBER = /^((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?),?\s+\d{2}$/i;
/** "March 11-13, 40 percent": after a day or a range of days, ", 40" read as the year 2040. */
const DAY_AND_NUMBER = /^(.*\d)(,\s*\d{2})$/;
const COUNT_AFTER = /^\s*(?:%|percent\b|per\s+cent\b|points?\b|percentage\b|people\b|votes?\b|seats?\b|states?\b|delegates?\b|members?\b|to\s+\d|(?:days|weeks|months|years|hours|minutes)\b)/i;
/** "on Aug. 15, 16, 17 and 20", "August 15, 16 and 17": after a day, two digits that go on a list of days are one more day, no year. */
const DAY_LIST_AFTER = /^\s*(?:,\s*\d{1,2}\b(?!\s*(?:%|percent\b|per\s+cent\b|points?\b))|(?:and|or|&)\s+\d{1,2}\b(?!\s*(?:%|percent\b|per\s+cent\b|points?\b)))/i;
/** "Yin Myint May, 60, a doctor": a month after a capitalised word, then a comma and two digits, is a name and an age. */
const NAME_BEFORE = /\b(?!(?:In|On|By|Since|Until|From|Through|During|For|Of|And|But|Last|Next|This|Early|Late|Mid)\s)\p{Lu}\p{Ll}+\s+$/u;

/** The two digits after the day's comma name a later day of a month ("15, 16"), not a year before it. */
function listedDay(text: string, day: number): boolean {
  const m = /,\s*(\d{2})$/.exec(text);
  const next = m ? Number(m[1]) : 0;
  return next > day && next <= 31;
}

export const countAfterMonth: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ages: ParsingResult[] = [];
    for (const r of results) {
      if (!r.start.isCertain('year')) continue;
      const end = r.index + r.text.length;
      // News writes a year after a month without a comma ("December 1964", "Dec. '64"): with
      // one and two digits, a count or an age follows the month.
      const comma = /^\p{L}+\.?,\s*\d{2}$/u.test(r.text) && !r.end && !r.start.isCertain('day');
      if (comma && /^,/.test(context.text.slice(end, end + 1)) && NAME_BEFORE.test(context.text.slice(Math.max(0, r.index - 20), r.index))) {
        ages.push(r);
        continue;
      }
      const after = context.text.slice(end, end + 16);
      const dayList = r.start.isCertain('day') && !r.end && DAY_LIST_AFTER.test(after) && listedDay(r.text, r.start.get('day') ?? 0);
      if (!comma && !dayList && !COUNT_AFTER.test(after)) continue;
      const month = !r.end && !r.start.isCertain('day') ? MONTH_AND_NUMBER.exec(r.text) : null;
      const day = month ? null : r.start.isCertain('day') ? DAY_AND_NUMBER.exec(r.text) : null;
      if (!month && !day) continue;
      r.text = month ? month[1] : (day as RegExpExecArray)[1];
      for (const c of r.end ? [r.start, r.end] : [r.start]) {
        c.delete('year');
        c.imply('year', context.refDate.getFullYear());
      }
    }
    return ages.length === 0 ? results : results.filter((r) => !ages.includes(r));
  },
};
