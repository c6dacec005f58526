import * as chrono from 'chrono-node';
import type { ParsedResult, Parser, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { ALL_KINDS, triggerKindsIn } from './dateTriggers';
import { casualParserKinds } from './chronoParserKinds';
import { anaphorParsers } from './parsers/anaphorParser';
import { durationParsers } from './parsers/durationParser';
import { holidayParsers } from './parsers/holidayParser';
import { monthOfYearParsers } from './parsers/monthOfYearParser';
import { type NewsParser, newsKindOf } from './parsers/newsParser';
import { quarterParsers } from './parsers/quarterParser';
import { referenceParsers } from './parsers/referenceParser';
import { seasonParsers } from './parsers/seasonParser';
import { setParsers } from './parsers/setParser';
import { yearParsers } from './parsers/yearParser';
import { VOUCHED_TAG, falsePositiveFilter, lonePartOfDayFilter } from './refiners/falsePositiveFilter';
import { partOfDayOfDate } from './refiners/partOfDayOfDate';
import { secondDayOfMonth } from './refiners/secondDayOfMonth';
import { modifierExtender } from './refiners/modifierExtender';

/**
 * chrono-node's casual English, extended for news: parsers for what chrono leaves out
 * (years, decades, quarters, seasons, holidays, durations, recurring times, references
 * to the present, past and future, dates anchored on earlier ones), a filter for the
 * ordinary words it misreads, and "early"/"late"/"the end of" kept with the date.
 * Our parsers come first so that, at equal length, chrono's overlap removal keeps them.
 *
 * `parse` takes the kinds of trigger words a text holds and runs only the parsers that
 * can match one of them: a window around "said Monday" needs chrono's weekday parser,
 * not its thirty others. The result is the same as running them all (see the tests).
 */
export class NewsChrono {
  private readonly parsers: Array<{ parser: Parser; kinds: number }>;
  private readonly refiners: Refiner[];
  private readonly byKinds = new Map<number, chrono.Chrono>();

  constructor() {
    const ours: NewsParser[] = [
      ...setParsers(), ...referenceParsers(), ...quarterParsers(), ...anaphorParsers(), ...durationParsers(),
      ...seasonParsers(), ...holidayParsers(), ...yearParsers(), ...monthOfYearParsers(),
    ];
    const casual = chrono.casual.clone();
    const casualKinds = casualParserKinds(casual.parsers);
    this.parsers = [
      ...ours.map((parser) => ({ parser, kinds: parser.kinds })),
      ...casual.parsers.map((parser, i) => ({ parser, kinds: casualKinds[i] })),
    ];
    this.refiners = [falsePositiveFilter, ...casual.refiners, secondDayOfMonth, partOfDayOfDate, lonePartOfDayFilter, modifierExtender, finalOverlapRemoval].map(keepingVouched);
  }

  /** chrono's results on `text`; `kinds` defaults to the kinds of trigger words found in it. */
  parse(text: string, reference: Date, kinds = triggerKindsIn(text)): ParsedResult[] {
    let instance = this.byKinds.get(kinds);
    if (!instance) {
      instance = new chrono.Chrono({ parsers: this.parsers.filter((p) => (p.kinds & kinds) !== 0).map((p) => p.parser), refiners: this.refiners });
      this.byKinds.set(kinds, instance);
    }
    return instance.parse(text, reference);
  }

  /** Every parser on every text: the reference the kind-based selection must equal. */
  parseWithAllParsers(text: string, reference: Date): ParsedResult[] {
    return this.parse(text, reference, ALL_KINDS);
  }
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

/**
 * chrono removes overlaps before its last refiners, but its year-suffix refiner then
 * extends a result over the year that begins the next one ("this spring 2024-03-06" gave
 * "this spring 2024" and "2024-03-06"), and the modifier extender moves starts back. The
 * same rule as chrono's once more, last: of two overlapping results the longer stays
 * (the first at equal length).
 */
const finalOverlapRemoval: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    if (results.length < 2) return results;
    const sorted = [...results].sort((a, b) => a.index - b.index);
    const out: ParsingResult[] = [sorted[0]];
    for (let i = 1; i < sorted.length; i++) {
      const r = sorted[i];
      const last = out[out.length - 1];
      if (r.index >= last.index + last.text.length) out.push(r);
      else if (r.text.length > last.text.length) out[out.length - 1] = r;
    }
    return out;
  },
};

function isVouched(r: ParsingResult): boolean {
  return r.start.tags().has(VOUCHED_TAG) || (/^\d{4}$/.test(r.text) && newsKindOf(r.start) === 'year');
}
