import * as chrono from 'chrono-node';
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

// "the night of Friday, Oct. 23", "the morning of June 5": chrono joins the part of the
// day and the date into one result but keeps only the part of the day, so the day named
// was lost and the article's day taken instead. This reads the date after "of" and gives
// its calendar values back to the result.

const PART_OF_DATE = /^((?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+)(.+)$/is;
const DATE_UNITS = ['year', 'month', 'day', 'weekday'] as const;

export const partOfDayOfDate: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (r.start.isCertain('day') || r.start.isCertain('weekday')) continue;
      const m = PART_OF_DATE.exec(r.text);
      if (!m) continue;
      const date = chrono.casual.parse(m[2], context.refDate).find((d) => d.index === 0);
      if (!date) continue;
      for (const unit of DATE_UNITS) {
        if (date.start.isCertain(unit)) r.start.assign(unit, date.start.get(unit) ?? 0);
      }
    }
    return results;
  },
};
