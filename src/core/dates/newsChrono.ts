import * as chrono from 'chrono-node';
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { readNewsTags } from './parsers/newsParser';
import { anaphorParsers } from './parsers/anaphorParser';
import { durationParsers } from './parsers/durationParser';
import { holidayParsers } from './parsers/holidayParser';
import { quarterParsers } from './parsers/quarterParser';
import { referenceParsers } from './parsers/referenceParser';
import { seasonParsers } from './parsers/seasonParser';
import { setParsers } from './parsers/setParser';
import { yearParsers } from './parsers/yearParser';
import { VOUCHED_TAG, falsePositiveFilter, lonePartOfDayFilter } from './refiners/falsePositiveFilter';
import { modifierExtender } from './refiners/modifierExtender';

/**
 * chrono-node's casual English, extended for news: parsers for what chrono leaves out
 * (years, decades, quarters, seasons, holidays, durations, recurring times, references
 * to the present, past and future, dates anchored on earlier ones), a filter for the
 * ordinary words it misreads, and "early"/"late"/"the end of" kept with the date.
 * Our parsers come first so that, at equal length, chrono's overlap removal keeps them.
 */
export function createNewsChrono(): chrono.Chrono {
  const news = chrono.casual.clone();
  news.parsers.unshift(
    ...setParsers(), ...referenceParsers(), ...quarterParsers(), ...anaphorParsers(), ...durationParsers(),
    ...seasonParsers(), ...holidayParsers(), ...yearParsers(),
  );
  news.refiners.unshift(falsePositiveFilter);
  news.refiners.push(lonePartOfDayFilter, modifierExtender);
  news.refiners = news.refiners.map(keepingVouched);
  return news;
}

/**
 * chrono's filters drop any result that is only digits, which is right for its own
 * readings of numbers and wrong for "in 1998", and any "May" not after "in", which
 * loses "last May" and "by May". A bare year from our year parser, or a month name our
 * filter looked at in context and kept, comes back after each refiner unless a result
 * that survived covers it.
 */
function keepingVouched(refiner: Refiner): Refiner {
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      const out = refiner.refine(context, results);
      if (out.length === results.length) return out;
      const dropped = results.filter((r) => !out.includes(r) && isVouched(r));
      const back = dropped.filter((y) => !out.some((r) => r.index < y.index + y.text.length && y.index < r.index + r.text.length));
      return back.length === 0 ? out : [...out, ...back].sort((a, b) => a.index - b.index);
    },
  };
}

function isVouched(r: ParsingResult): boolean {
  const tags = r.start.tags();
  return tags.has(VOUCHED_TAG) || (/^\d{4}$/.test(r.text) && readNewsTags(tags).kind === 'year');
}
