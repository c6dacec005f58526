import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

// "the Boxing Day tsunami of 2004", "the March 11 bombings of 2004", "the Christmas Eve floods
// of 2015": a day named without its year before the event it dates, and the year of that
// event after it. The day is of that year (was the article year's).

/** One or two lowercase words, the event, then "of" and a year not itself the start of a span ("of 2004-05"). */
const EVENT_OF_YEAR = /^\s+(\p{Ll}+(?:\s+\p{Ll}+)?)\s+of\s+(1\d{3}|20\d{2})(?![\p{L}\p{N}]|[-–/]\d|['’]s)/u;
/** Words that are no event: "on June 3 because of 2020's rules", "in May, most of 2019". */
const NOT_EVENT = /\b(?:because|instead|ahead|short|front|spite|top|regardless|out|most|all|some|part|much|many|none|each|any|both|half|end|start|beginning|middle|rest|and|or|but|the|a|an|in|on|at|for|to|from|by|with)$/;
const REACH = 40;

export const eventOfYear: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (r.end || !r.start.isCertain('month') || r.start.isCertain('year') || r.start.isCertain('hour')) continue;
      const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + REACH);
      const m = EVENT_OF_YEAR.exec(after);
      if (!m || NOT_EVENT.test(m[1])) continue;
      r.start.assign('year', Number(m[2]));
    }
    return results;
  },
};
