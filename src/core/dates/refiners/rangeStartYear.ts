import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

// "from September to December 2014", "Nov. 3 to Jan. 5, 2015", "June through August 2012":
// news names the year once, at the end of a range, and it holds for the start too (the
// year before when the start's month comes later in the calendar). chrono took the start's
// year from the article date.

export const rangeStartYear: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const end = r.end;
      if (!end || !end.isCertain('year') || !end.isCertain('month') || !r.start.isCertain('month') || r.start.isCertain('year')) continue;
      const [startMonth, endMonth] = [r.start.get('month') ?? 1, end.get('month') ?? 1];
      const later = startMonth > endMonth || (startMonth === endMonth && (r.start.get('day') ?? 1) > (end.get('day') ?? 1));
      r.start.assign('year', (end.get('year') ?? 0) - (later ? 1 : 0));
    }
    return results;
  },
};
