import * as chrono from 'chrono-node';
import type { Parser } from 'chrono-node';
import { ALL_KINDS, TriggerKind, type TriggerKindName } from './dateTriggers';

// Which kinds of trigger words each of chrono's casual English parsers can match, so that a
// window runs only the parsers its words call for (newsChrono.ts). Found by running each
// parser's pattern on phrases each kind starts; but the first run of a pattern compiles it,
// and chrono's relative-time patterns are so large that probing them all took some 190 ms,
// nearly half of the worker's start-up, for regexes most articles run later on text of
// another encoding (compiled once more there). So the kinds are probed once, by
// `npm run build:chrono-kinds`, and kept in data/chronoParserKinds.json; a unit test
// checks the table against probing the installed chrono-node. A chrono with another set
// of parsers is probed at start-up instead.

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
  ordinalDay: [],
};

/** The kinds a parser's pattern matches among the probes (every kind when it matches none). */
export function probeParserKinds(parser: Parser): number {
  let kinds = 0;
  for (const [kind, phrases] of Object.entries(PROBES) as Array<[TriggerKindName, string[]]>) {
    if (phrases.some((phrase) => parser.pattern(new chrono.ParsingContext(phrase, new Date(2000, 0, 1, 12))).exec(phrase))) kinds |= TriggerKind[kind];
  }
  return kinds === 0 ? ALL_KINDS : kinds;
}

export interface ParserKindsTable {
  /** How many parsers chrono's casual English had when the table was made, and each one's kinds in order. */
  parsers: number;
  kinds: number[];
}

/** The kinds of chrono's casual English parsers, in their order: from the table when it fits them, else probed. */
export function casualParserKinds(parsers: readonly Parser[], table: ParserKindsTable = knownTable()): number[] {
  if (table.parsers === parsers.length && table.kinds.length === parsers.length) return [...table.kinds];
  return parsers.map(probeParserKinds);
}

function knownTable(): ParserKindsTable {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./data/chronoParserKinds.json') as ParserKindsTable;
}
