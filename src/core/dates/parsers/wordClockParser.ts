import { type NewsParser, newsParser, resultOf } from './newsParser';
import { TriggerKind } from '../dateTriggers';

// A clock hour in words with the part of the day it falls in: "at three in the morning",
// "until five in the morning", "by ten at night", "at 4 in the afternoon", "six o'clock in
// the evening". chrono reads the part of the day alone ("the morning") and leaves the hour.

const HOUR_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const HOUR_IN_PART = new RegExp(`(${HOUR_WORDS.join('|')}|1[0-2]|[1-9])(?:\\s+o['’]clock)?\\s+(?:in\\s+the\\s+(morning|afternoon|evening)|at\\s+(night))(?![\\p{L}\\p{N}'’-])`, 'iu');
/** Only after a preposition of time: "scored two in the morning session" counts goals. */
const TIME_PREPOSITION_BEFORE = /\b(?:at|until|till|by|from|after|before|around|about|to|since|past|between|and)\s+$/i;

/** Ungated (NewsChrono holds 62 gated parsers at most): it runs only on windows with a part of the day. */
export function wordClockParsers(): NewsParser[] {
  return [
    newsParser(TriggerKind.dayPart, HOUR_IN_PART, (context, m) => {
      if (!TIME_PREPOSITION_BEFORE.test(context.text.slice(Math.max(0, m.index - 10), m.index))) return null;
      const word = m[1].toLowerCase();
      const named = /^\d/.test(word) ? Number(word) : HOUR_WORDS.indexOf(word) + 1;
      const part = (m[2] ?? m[3]).toLowerCase();
      // "twelve in the morning" is midnight's hour; "ten at night" 22:00, "two at night" 02:00.
      const hour = part === 'morning' ? named % 12
        : part === 'night' ? (named >= 6 && named < 12 ? named + 12 : named % 12)
          : named % 12 + 12;
      return resultOf(context, m, { hour, minute: 0 }, { kind: 'clock' });
    }),
  ];
}
