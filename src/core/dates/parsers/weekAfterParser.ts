import { type NewsParser, newsParser, resultOf } from './newsParser';
import { TriggerKind } from '../dateTriggers';

// British and Irish "Saturday week", "Monday fortnight", "a week on Monday", "a fortnight today": the day a
// week or two after the coming Saturday, Monday or today. chrono read the weekday alone
// (this Saturday) and "a week" as a length; "this time next week" is one day too. The value
// stage counts from the article date.

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const WEEKDAY_WEEK = new RegExp(`${WEEKDAY}\\s+(week|fortnight)(?![\\p{L}\\p{N}'’-])`, 'u');
const WEEKS_ON = new RegExp(`(a|one|two|three)\\s+(weeks?|fortnight)\\s+(today|tomorrow|on\\s+${WEEKDAY})(?![\\p{L}\\p{N}'’-])`, 'iu');
/** "this time next week", "at this time last week": the article's weekday a week on or back, one day. */
const THIS_TIME_WEEK = /this\s+time\s+(next|last)\s+week(?![\p{L}\p{N}'’-])/iu;
const WEEKS_ON_OR_THIS_TIME = new RegExp(`${WEEKS_ON.source}|${THIS_TIME_WEEK.source}`, 'iu');
const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };

export function weekAfterParsers(): NewsParser[] {
  return [
    // "Monday fortnight": the coming Monday two weeks on.
    newsParser(TriggerKind.weekday, WEEKDAY_WEEK, (context, m) => resultOf(context, m, {}, { kind: 'weekAfter', weekday: WEEKDAYS.indexOf(m[1].toLowerCase()), weeks: m[2] === 'fortnight' ? 2 : 1 }), ['week', 'fortnight']),
    // One parser for both (chrono holds a bounded number of gated parsers).
    newsParser(TriggerKind.unit, WEEKS_ON_OR_THIS_TIME, (context, m) => {
      // chrono read "next week" alone, a week; "this time" before it makes it the one day.
      if (m[5]) return resultOf(context, m, {}, { kind: 'weekAfter', days: 0, weeks: /^next/i.test(m[5]) ? 1 : -1 });
      const count = COUNTS[m[1].toLowerCase()];
      const weeks = /^fortnight/i.test(m[2]) ? 2 * count : count;
      // "a week" but "two weeks": the count and the unit agree, or it is some other phrase.
      if (/^weeks$/i.test(m[2]) !== count > 1 && !/^fortnight/i.test(m[2])) return null;
      // "jailed for two weeks on Monday", "after a week on Tuesday": a length, and the day it was given.
      if (/\b(?:for|of|after|in|within|than|last|past|first|next|the)\s+$/i.test(context.text.slice(Math.max(0, m.index - 8), m.index))) return null;
      const from = m[3].toLowerCase();
      const tags = from === 'today' ? { days: 0 } : from === 'tomorrow' ? { days: 1 } : { weekday: WEEKDAYS.indexOf((m[4] ?? '').toLowerCase()) };
      return resultOf(context, m, {}, { kind: 'weekAfter', weeks, ...tags });
    }, ['today', 'tomorrow', ' on ', 'this time']),
  ];
}
