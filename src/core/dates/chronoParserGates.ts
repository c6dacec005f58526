import * as chrono from 'chrono-node';
import type { Parser } from 'chrono-node';
import { CLOCK_WORDS } from './refiners/falsePositiveFilter';

// Running a chrono parser on a window costs the same whether it finds anything or not:
// its pattern is tried from every position of the window. The kinds of trigger words
// (chronoParserKinds.ts) are coarse: a window with "last week" holds a time unit, so every
// parser of time units ran on it, though "ago" or "later", which some of them need, is
// nowhere in it. A gate names words of which every useful match of a parser holds one;
// NewsChrono runs the parser only on a text that holds one of them, which costs one
// `includes` per word. A gate only saves time: without it the parser would find nothing
// that is kept.

/** Words (lowercase) of which a text must hold one, or a pattern it must match. */
export type Gate = readonly string[] | RegExp;

interface KnownGate {
  /** chrono's parser, told by its pattern (class names do not survive minifying). */
  is: (source: string) => boolean;
  gate: Gate;
}

const KNOWN: readonly KnownGate[] = [
  // "(units) ago|before|earlier": the last words are not optional.
  { is: (s) => s.endsWith('\\s{0,5}(?:ago|before|earlier)(?=\\W|$)'), gate: ['ago', 'before', 'earlier'] },
  { is: (s) => s.endsWith('\\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=(?:\\W|$))'), gate: ['later', 'after', 'from now', 'henceforth', 'forward', 'out'] },
  { is: (s) => s.startsWith('(\\W|^)(this|last|past|next|after\\s*this)\\s*('), gate: ['this', 'last', 'past', 'next', 'after'] },
  { is: (s) => s.startsWith('(\\W|^)(this|last|past|next|after|\\+|-)\\s*('), gate: ['this', 'last', 'past', 'next', 'after', '+', '-'] },
  { is: (s) => s === '(\\W|^)(?:last\\s+day|end)\\s+of\\s+(?:the\\s+)?month(?=\\W|$)', gate: ['month'] },
  // "last\s*night" holds "night", "tmrw" holds "tmr".
  { is: (s) => s === '(\\W|^)(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\\s*night)(?=\\W|$)', gate: ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'night'] },
  // The time parser reads every number as an hour; the first refiner drops a clock time
  // without one of CLOCK_WORDS in it (falsePositiveFilter.ts), and the words of a result
  // are the text's words, so a text without any of them keeps none of its results. (Most
  // windows hold numbers: this parser ran on four windows in five and kept few results.)
  { is: (s) => s.startsWith('(^|\\s|T|\\b)(?:(?:at|from)\\s*)??(\\d{1,4})'), gate: CLOCK_WORDS },
];

const PROBE_CONTEXT = new chrono.ParsingContext('', new Date(2000, 0, 1, 12));

/** The gate of one of chrono's parsers, if it has one. */
export function chronoParserGate(parser: Parser): Gate | undefined {
  const source = parser.pattern(PROBE_CONTEXT).source;
  return KNOWN.find((k) => k.is(source))?.gate;
}

/** How many of chrono's casual parsers have a gate (tests: a chrono-node whose patterns changed loses its gates, and they should be looked at again). */
export function gatedChronoParsers(parsers: readonly Parser[]): number {
  return parsers.filter((p) => chronoParserGate(p) !== undefined).length;
}
