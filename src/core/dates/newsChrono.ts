import * as chrono from 'chrono-node';
import type { ParsedResult, Parser, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { ALL_KINDS, triggerKindsIn } from './dateTriggers';
import { casualParserKinds } from './chronoParserKinds';
import { chronoParserGate, type Gate } from './chronoParserGates';
import { LetterPairs, letterPairsOf } from './letterPairs';
import { anaphorParsers } from './parsers/anaphorParser';
import { dottedDateParsers } from './parsers/dottedDateParser';
import { durationParsers } from './parsers/durationParser';
import { holidayParsers } from './parsers/holidayParser';
import { monthOfYearParsers } from './parsers/monthOfYearParser';
import { ordinalDayParsers } from './parsers/ordinalDayParser';
import { type NewsParser, newsKindOf } from './parsers/newsParser';
import { quarterParsers } from './parsers/quarterParser';
import { referenceParsers } from './parsers/referenceParser';
import { overnightParsers } from './parsers/overnightParser';
import { seasonParsers } from './parsers/seasonParser';
import { playingSeasonParsers } from './parsers/playingSeasonParser';
import { setParsers } from './parsers/setParser';
import { yearParsers } from './parsers/yearParser';
import { wireClockParsers } from './parsers/wireClockParser';
import { wordClockParsers } from './parsers/wordClockParser';
import { weekdayOfMonthParsers } from './parsers/weekdayOfMonthParser';
import { weekAfterParsers } from './parsers/weekAfterParser';
import { VOUCHED_TAG, falsePositiveFilter, lonePartOfDayFilter } from './refiners/falsePositiveFilter';
import { partOfDayOfDate } from './refiners/partOfDayOfDate';
import { secondDayOfMonth } from './refiners/secondDayOfMonth';
import { modifierExtender } from './refiners/modifierExtender';
import { wordAsTimeZone } from './refiners/wordAsTimeZone';
import { oneByteCopy } from '../text/oneByteCopy';
import { countAfterMonth } from './refiners/countAfterMonth';
import { clockOnNamedDay } from './refiners/clockOnNamedDay';
import { recurringHours } from './refiners/recurringHours';
import { rangeStartYear } from './refiners/rangeStartYear';
import { eventOfYear } from './refiners/eventOfYear';
import { joinedAcrossBoundary } from './refiners/joinedAcrossBoundary';
import { daysBeforeMonth } from './refiners/daysBeforeMonth';
import { unitsJoinedByArticle } from './refiners/unitsJoinedByArticle';
import { isZoneAbbreviationRefiner, zoneAbbreviationGate } from './refiners/zoneAbbreviationGate';

/**
 * chrono-node's casual English, extended for news: parsers for what chrono leaves out
 * (years, decades, quarters, seasons, holidays, durations, recurring times, references
 * to the present, past and future, dates anchored on earlier ones), a filter for the
 * ordinary words it misreads, and "early"/"late"/"the end of" kept with the date.
 * Our parsers come first so that, at equal length, chrono's overlap removal keeps them.
 *
 * `parse` takes the kinds of trigger words a text holds and runs only the parsers that
 * can match one of them: a window around "said Monday" needs chrono's weekday parser,
 * not its thirty others; of those, a parser with a gate (words every match it keeps holds,
 * chronoParserGates.ts, or the `needs` of ours) runs only when the text holds one. The
 * result is the same as running them all (see the tests).
 */
/** How many choices of parsers are kept ready (see `run`). */
const MAX_CHOICES = 1024;

export class NewsChrono {
  private readonly parsers: Array<{ parser: Parser; kinds: number; gate?: Gate }>;
  private readonly refiners: Refiner[];
  /**
   * The parsers of each choice, in their order, by kinds, then gated parsers to run (low and
   * high bits): looked up by numbers, where a key string made for each window (its numbers
   * written out, joined and hashed) took a seventh of the date stage's own time.
   */
  private readonly byChoice = new Map<number, Map<number, Map<number, Parser[]>>>();
  private choices = 0;
  /**
   * Each gate word or pattern once, with the gated parsers it opens as bits (the i-th gated
   * parser is bit i of `low`, or bit i-31 of `high`) and the kinds of those parsers: a word
   * shared by several gates ("this", "last") is looked for once, and not at all when the
   * window's kinds call for none of its parsers or they are open already, or when the
   * window lacks one of the word's pairs of letters (`pairs`, letterPairs.ts).
   */
  private readonly openers: Array<{ test: string | RegExp; pairs: Int16Array; kinds: number; low: number; high: number }> = [];
  /** The openers whose parsers a choice of kinds can run, in their order: most windows call for a few of the 166. */
  private readonly openersOfKinds = new Map<number, NewsChrono['openers']>();
  private readonly windowPairs = new LetterPairs();
  /** The gated parsers that a choice of kinds runs, as bits. */
  private readonly gatedOfKinds = new Map<number, [number, number]>();
  private readonly gated: number[];

  constructor() {
    const ours: NewsParser[] = [
      ...setParsers(), ...referenceParsers(), ...overnightParsers(), ...quarterParsers(), ...anaphorParsers(), ...durationParsers(),
      ...seasonParsers(), ...playingSeasonParsers(), ...holidayParsers(), ...weekdayOfMonthParsers(), ...weekAfterParsers(), ...yearParsers(), ...wireClockParsers(), ...wordClockParsers(), ...monthOfYearParsers(),
      ...dottedDateParsers(), ...ordinalDayParsers(),
    ];
    const casual = chrono.casual.clone();
    const casualKinds = casualParserKinds(casual.parsers);
    this.parsers = [
      ...ours.map((parser) => ({ parser, kinds: parser.kinds, gate: parser.needs instanceof RegExp || parser.needs.length > 0 ? parser.needs : undefined })),
      ...casual.parsers.map((parser, i) => ({ parser, kinds: casualKinds[i], gate: chronoParserGate(parser) })),
    ];
    this.gated = this.parsers.flatMap((p, i) => (p.gate ? [i] : []));
    if (this.gated.length > 62) throw new Error(`${this.gated.length} gated parsers: a choice holds 62`);
    this.gated.forEach((index, g) => {
      const { gate, kinds } = this.parsers[index];
      for (const test of gate instanceof RegExp ? [gate] : (gate as readonly string[])) {
        let opener = this.openers.find((o) => String(o.test) === String(test));
        if (!opener) this.openers.push((opener = { test, pairs: typeof test === 'string' ? letterPairsOf(test) : new Int16Array(0), kinds: 0, low: 0, high: 0 }));
        opener.kinds |= kinds;
        if (g < 31) opener.low |= 1 << g;
        else opener.high |= 1 << (g - 31);
      }
    });
    // The false-positive filter first: the time parser's gate (chronoParserGates.ts) counts on it dropping bare numbers before anything else sees them.
    const casualRefiners = casual.refiners.map((r) => (isZoneAbbreviationRefiner(r) ? zoneAbbreviationGate(r) : r));
    this.refiners = [falsePositiveFilter, unitsJoinedByArticle, ...casualRefiners, joinedAcrossBoundary, rangeStartYear, eventOfYear, wordAsTimeZone, countAfterMonth, secondDayOfMonth, daysBeforeMonth, partOfDayOfDate, clockOnNamedDay, recurringHours, lonePartOfDayFilter, modifierExtender, finalOverlapRemoval].map(keepingVouched);
  }

  /** chrono's results on `text`; `kinds` defaults to the kinds of trigger words found in it. */
  parse(text: string, reference: Date, kinds = triggerKindsIn(text)): ParsedResult[] {
    // Some forty patterns scan the text (ours and chrono's), and the results' texts are cut from it.
    text = oneByteCopy(text);
    let low = 0;
    let high = 0;
    let lower: string | undefined;
    let openers = this.openersOfKinds.get(kinds);
    if (!openers) {
      // At most one list per combination of the fifteen kinds; bounded all the same, as the choices are.
      if (this.openersOfKinds.size >= MAX_CHOICES) this.openersOfKinds.clear();
      this.openersOfKinds.set(kinds, (openers = this.openers.filter((o) => (o.kinds & kinds) !== 0)));
    }
    for (const o of openers) {
      if ((low & o.low) === o.low && (high & o.high) === o.high) continue;
      if (typeof o.test === 'string') {
        if (lower === undefined) this.windowPairs.fill((lower = text.toLowerCase()));
        if (!this.windowPairs.mayHold(o.pairs) || !lower.includes(o.test)) continue;
      } else if (!o.test.test(text)) continue;
      low |= o.low;
      high |= o.high;
    }
    const [ofKindsLow, ofKindsHigh] = this.gatedOf(kinds);
    return this.run(text, reference, kinds, low & ofKindsLow, high & ofKindsHigh);
  }

  /** Every parser on every text: the reference the choice by kinds and gates must equal. */
  parseWithAllParsers(text: string, reference: Date): ParsedResult[] {
    return this.run(text, reference, ALL_KINDS, -1, -1);
  }

  private gatedOf(kinds: number): [number, number] {
    let bits = this.gatedOfKinds.get(kinds);
    if (!bits) {
      bits = [0, 0];
      this.gated.forEach((index, g) => {
        if ((this.parsers[index].kinds & kinds) === 0) return;
        if (g < 31) bits![0] |= 1 << g;
        else bits![1] |= 1 << (g - 31);
      });
      this.gatedOfKinds.set(kinds, bits);
    }
    return bits;
  }

  /** `low`, `high`: the gated parsers to run, as bits (see `openers`). */
  private run(text: string, reference: Date, kinds: number, low: number, high: number): ParsedResult[] {
    let chosen = this.byChoice.get(kinds)?.get(low)?.get(high);
    if (!chosen) {
      const open = (i: number): boolean => {
        const g = this.gated.indexOf(i);
        return g < 0 || (g < 31 ? low & (1 << g) : high & (1 << (g - 31))) !== 0;
      };
      chosen = this.parsers.filter((p, i) => (p.kinds & kinds) !== 0 && open(i)).map((p) => p.parser);
      // The choices a long session meets keep growing (some 1,800 over the PolNeAR texts), and
      // making one again costs little: past a bound the kept ones are let go.
      if (this.choices >= MAX_CHOICES) {
        this.byChoice.clear();
        this.choices = 0;
      }
      let ofKinds = this.byChoice.get(kinds);
      if (!ofKinds) this.byChoice.set(kinds, (ofKinds = new Map()));
      let ofLow = ofKinds.get(low);
      if (!ofLow) ofKinds.set(low, (ofLow = new Map()));
      ofLow.set(high, chosen);
      this.choices++;
    }
    // What chrono's parse does, without its refiners: each parser's results in order, sorted
    // by position (a stable sort). Done here with one context for parsers and refiners, where
    // chrono's parse made one and the refiners another, and with one list where chrono
    // concatenated a new one after each parser. With no result no refiner has anything to
    // do, so they run only on results.
    const context = new chrono.ParsingContext(text, reference);
    let results: ParsingResult[] | undefined;
    for (const parser of chosen) {
      const found = resultsOf(context, parser);
      if (found.length === 0) continue;
      if (results === undefined) results = found;
      else for (const r of found) results.push(r);
    }
    if (results === undefined) return [];
    if (!sortedByIndex(results)) results.sort((a, b) => a.index - b.index);
    let refined = results;
    for (const refiner of this.refiners) refined = refiner.refine(context, refined);
    return refined;
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
      // A loop, not filters with closures: chrono's merging refiners shorten the list of most windows.
      let back: ParsingResult[] | undefined;
      for (const y of results) if (!out.includes(y) && isVouched(y) && !overlapsAny(out, y)) (back ??= []).push(y);
      return back === undefined ? out : [...out, ...back].sort((a, b) => a.index - b.index);
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
    const sorted = sortedByIndex(results) ? results : [...results].sort((a, b) => a.index - b.index);
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

/**
 * One parser's results on the context's text, as chrono's `Chrono.executeParser` (private to
 * chrono) finds them: the pattern run on the rest of the text after each match (after its
 * first character when the parser rejects it), so that a start-of-text anchor or lookbehind
 * sees that rest as chrono shows it.
 */
export function resultsOf(context: ParsingContext, parser: Parser): ParsingResult[] {
  const results: ParsingResult[] = [];
  const pattern = parser.pattern(context);
  const text = context.text;
  let rest = text;
  let match = pattern.exec(rest);
  while (match) {
    match.index += text.length - rest.length;
    const found = parser.extract(context, match);
    if (!found) {
      rest = text.substring(match.index + 1);
      match = pattern.exec(rest);
      continue;
    }
    let result: ParsingResult;
    if (found instanceof chrono.ParsingResult) result = found;
    else if (found instanceof chrono.ParsingComponents) {
      result = context.createParsingResult(match.index, match[0]);
      result.start = found;
    } else result = context.createParsingResult(match.index, match[0], found as Parameters<ParsingContext['createParsingResult']>[2]);
    results.push(result);
    rest = text.substring(result.index + result.text.length);
    match = pattern.exec(rest);
  }
  return results;
}

function overlapsAny(results: readonly ParsingResult[], y: ParsingResult): boolean {
  for (const r of results) if (r.index < y.index + y.text.length && y.index < r.index + r.text.length) return true;
  return false;
}

/** Whether the results are in text order already, as they mostly are: then they need no sorted copy. */
function sortedByIndex(results: readonly ParsingResult[]): boolean {
  for (let i = 1; i < results.length; i++) if (results[i].index < results[i - 1].index) return false;
  return true;
}

function isVouched(r: ParsingResult): boolean {
  return r.start.tags().has(VOUCHED_TAG) || (/^\d{4}$/.test(r.text) && newsKindOf(r.start) === 'year');
}
