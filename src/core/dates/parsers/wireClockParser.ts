import { type NewsParser, newsParser, resultOf } from './newsParser';
import { TriggerKind } from '../dateTriggers';

// Wire services, live blogs and embargo lines write clock times as four digits with a
// zone: "0900 GMT", "(1530 GMT)", "2041 EDT", "at 1035 local time", "00.01 GMT", "00:01 HRS". chrono reads "09:00 GMT" but not these.
// Only with a zone in capitals or "local time": "0645" alone is as often a flight, a count or a code, and "1500 hours" a length.

const ZONES = ['GMT', 'UTC', 'BST', 'CET', 'CEST', 'EET', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'IST', 'AEST', 'AEDT', 'AWST', 'JST', 'HKT', 'SGT'];
const WIRE_CLOCK = new RegExp(`([01]\\d|2[0-3])[.:]?([0-5]\\d)(?:[^\\S\\n]?(?:${ZONES.join('|')}|HRS|hrs)|[^\\S\\n]+local[^\\S\\n]+time)(?![\\p{L}\\p{N}-])`, 'u');

/**
 * British and European copy's 24-hour clock with a full stop: "kicks off at 20.45 on
 * Saturday", "talks resume at 15.30 tomorrow". After "at" and before the day it is on;
 * "closed at 20.45" alone is as often a price.
 */
const DOTTED_CLOCK = /(?<=\bat\s)([01]?\d|2[0-3])\.([0-5]\d)(?=\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|tonight|yesterday)\b)/u;

const PRICE_VERB_BEFORE = /\b(?:closed|closing|opened|opening|traded|trading|stood|standing|ended|ending|finished|settled|priced|valued|fixed|quoted|peaked|bottomed|fell|rose|dropped|climbed|jumped|slipped|sold|bought|offered|bid|rate|rates|price|prices|yield|yields|level|high|low)\s+at\s+$/i;

/**
 * What every match of either holds: two digits and then a zone in capitals ("GMT"), "hrs" or
 * "local"; or "at", a space and a number with a full stop. The words alone ("est" is in
 * "best", "at " in most sentences) opened the parser on nearly every window with a year.
 */
const WIRE_OR_DOTTED_CLOCK_GATE = /\d\d(?:[^\S\n]?(?:[A-Z]{3}|hrs)|[^\S\n]+local)|at\s\d\d?\.\d/u;

const RESTATED = /(?:\d|[ap]\.?m\.?|time)\s*\($/i;

export function wireClockParsers(): NewsParser[] {
  return [
    // One parser for both: each gated parser takes one of a bounded number of bits (newsChrono.ts).
    newsParser(TriggerKind.year | TriggerKind.clock | TriggerKind.weekday | TriggerKind.deictic, new RegExp(`${WIRE_CLOCK.source}|${DOTTED_CLOCK.source}`, 'u'), (context, m) => {
      if (m[3] !== undefined) {
        // "Shares closed at 20.45 on Friday": a price.
        if (PRICE_VERB_BEFORE.test(context.text.slice(Math.max(0, m.index - 24), m.index))) return null;
        return resultOf(context, m, { hour: Number(m[3]), minute: Number(m[4]) }, { kind: 'clock' });
      }
      // "in 2015 local time zones changed": after "in", "since", "of" four digits are a year.
      if (/local\s+time$/i.test(m[0]) && /\b(?:in|since|of)\s+$/i.test(context.text.slice(Math.max(0, m.index - 8), m.index))) return null;
      // "worked 1000 hrs", "ran 10.05 hrs": "hrs" is a clock time's only after "at", "until", "from" and the like.
      if (/hrs$/i.test(m[0]) && (/\./.test(m[0]) || !/\b(?:at|from|until|till|by|before|after|between|and|to|since)\s+$/i.test(context.text.slice(Math.max(0, m.index - 8), m.index)))) return null;
      // "10:35 a.m. (0735 GMT)", "3.30pm UK time (1530 GMT)": the moment just given, in another zone; one date, not two.
      if (RESTATED.test(context.text.slice(Math.max(0, m.index - 16), m.index))) return null;
      return resultOf(context, m, { hour: Number(m[1]), minute: Number(m[2]) }, { kind: 'clock' });
    }, WIRE_OR_DOTTED_CLOCK_GATE),
  ];
}
