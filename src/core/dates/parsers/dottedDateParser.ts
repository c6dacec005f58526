import { type NewsParser, newsParser, resultOf } from './newsParser';
import { TriggerKind } from '../dateTriggers';

// A numeric date with full stops is written day first wherever it is used: European,
// Indian, Russian and Asian copy writes "12.03.2025" for 12 March; US copy writes dates
// with slashes. chrono's slash-date parser reads the dots month first, as it does slashes.
// Only with a four-digit year: "12.03.25" is as often a score, a price or a version.

const DOTTED_DATE = /(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:1[89]|20)\d\d)(?![\p{N}]|\.\d)/u;

export function dottedDateParsers(): NewsParser[] {
  return [
    // Gated on the digits and full stops every match holds: a full stop alone opened it on almost every window with a year.
    newsParser(TriggerKind.year, DOTTED_DATE, (context, m) => resultOf(context, m, { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }, {}), /\d\.\d\d?\.\d/),
  ];
}
