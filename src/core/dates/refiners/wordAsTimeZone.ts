import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { newsKindOf } from '../parsers/newsParser';

// chrono takes a word of two to four letters after a result, past a comma, for a time
// zone when it is one's abbreviation, in any case: "in 1952, West Germany" became
// "1952, West" (WEST, Western European Summer Time), "For the year, pet food" became
// "the year, pet" (PET, Peru Time). A zone belongs only with a clock time, and in news it
// is written in capitals ("5 p.m. EST"): any other is a word of the sentence, left out.

const RELATIVE_TAIL = /^(?:ago|later|hence)$/i;
const ZONE_SUFFIX = /\s*,?\s*\(?(?<![A-Za-z])([A-Za-z]{2,4})\)?$/;

export const wordAsTimeZone: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      // The tail of a range is its end's: "from now to Election Day" has the zone "now" took
      // from the reference on its start, and "Day" is no zone of the end.
      const last = r.end ?? r.start;
      if (!last.isCertain('timezoneOffset')) continue;
      // The zone chrono added is at the end: a short tail holds it (and keeps the test cheap).
      const from = Math.max(0, r.text.length - 12);
      const m = ZONE_SUFFIX.exec(r.text.slice(from));
      if (!m || from + m.index === 0) continue;
      // "two hours ago", "three hours later", "two hours from now": a relative time carries the reference's zone, and its last word is its own.
      if (RELATIVE_TAIL.test(m[1]) || (/^now$/i.test(m[1]) && /\bfrom\s+$/i.test(r.text.slice(0, from + m.index + m[0].length - m[1].length)))) continue;
      const clock = last.isCertain('hour') && newsKindOf(last) === undefined;
      if (clock && m[1] === m[1].toUpperCase()) continue;
      r.text = r.text.slice(0, from + m.index);
      last.delete('timezoneOffset');
    }
    return results;
  },
};
