import * as chrono from 'chrono-node';
import type { ParsedResult, Parser, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { ALL_KINDS, TriggerKind, type TriggerKindName, triggerKindsIn } from './dateTriggers';
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
    this.parsers = [
      ...ours.map((parser) => ({ parser, kinds: parser.kinds })),
      ...casual.parsers.map((parser) => ({ parser, kinds: kindsOfChronoParser(parser) })),
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

// Phrases that each kind of trigger word starts. A chrono parser whose pattern matches
// one of them is run on windows holding that kind; one that matches none runs always.
const PROBES: Record<TriggerKindName, string[]> = {
  month: ['on March 5, 2023', '5 March 2023', 'the 5th of March', 'in March', 'March 2023', '2023 March', 'Sept. 12', 'Mar. 3'],
  weekday: ['on Monday', 'last Friday', 'this weekend', 'Tuesday, Oct. 3'],
  unit: ['last week', '2 weeks ago', 'in 3 days', 'within 2 weeks', 'next month', '3 days later', 'the end of the month', 'for 5 minutes', '+2 days', 'a year from now'],
  dayPart: ['this morning', 'in the evening', 'at noon', 'midnight', '4 in the morning', 'last night'],
  deictic: ['now', 'today', 'tonight', 'tomorrow', 'yesterday'],
  reference: [],
  season: [],
  holiday: [],
  frequency: [],
  year: ['2023-06-19', '2023/06/19', '2023-06-19T10:30:00Z'],
  clock: ['at 10:30', '5 p.m.', 'at 5pm', "10 o'clock", '10:30 a.m. EST'],
  slash: ['06/19/2023', '6/2023', '6/19'],
  quarter: [],
  spelledYear: [],
};

const PROBE_CONTEXTS = Object.entries(PROBES).map(([kind, phrases]) => ({
  kind: kind as TriggerKindName,
  probes: phrases.map((phrase) => ({ phrase, context: new chrono.ParsingContext(phrase, new Date(2000, 0, 1, 12)) })),
}));

function kindsOfChronoParser(parser: Parser): number {
  let kinds = 0;
  for (const { kind, probes } of PROBE_CONTEXTS) {
    if (probes.some(({ phrase, context }) => parser.pattern(context).exec(phrase))) kinds |= TriggerKind[kind];
  }
  return kinds === 0 ? ALL_KINDS : kinds;
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
