import * as chrono from 'chrono-node';
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { newsKindOf } from '../parsers/newsParser';

// chrono reads a run of counted units as one span of time ("2 years 3 months later"), and
// "the" as a count and "m" as minutes: "paused them for 90 days a week later" became one
// date 97 days on, "saw them a week later" a week and a minute on with "them" in it. News
// joins the parts of one span with "and" or a comma; "a week later" after another count
// is a date of its own, the count before it a duration ("for 90 days"), and "them" is no
// count. chrono's reading gives way to ours of the last part where there is one (counted
// from the date before it, anaphorParser.ts), and is otherwise cut to its last part and
// read again; either way before the overlap removal, so that ours of the first part stay.

const UNIT = '(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|quarters?)';
const LAST_PART = new RegExp(`^(?:them|.*\\b${UNIT})\\s+((?:an?|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+${UNIT}\\s+(?:later|after|afterwards|ago|earlier|before|from\\s+now|on))$`, 'i');

export const unitsJoinedByArticle: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const dropped = new Set<ParsingResult>();
    for (const r of results) {
      const m = newsKindOf(r.start) === undefined ? LAST_PART.exec(r.text) : null;
      if (!m) continue;
      const index = r.index + r.text.length - m[1].length;
      if (results.some((o) => o !== r && o.index === index && o.text === m[1])) {
        dropped.add(r);
        continue;
      }
      // chrono's parse returns its ParsingResult objects behind the ParsedResult interface.
      const fresh = (chrono.casual.parse(m[1], context.refDate) as ParsingResult[]).find((f) => f.index === 0 && f.text === m[1]);
      if (!fresh) continue;
      r.index = index;
      r.text = m[1];
      r.start = fresh.start;
      r.end = fresh.end;
    }
    return dropped.size === 0 ? results : results.filter((r) => !dropped.has(r));
  },
};
