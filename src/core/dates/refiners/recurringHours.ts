import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { newsKindOf } from '../parsers/newsParser';

// Opening hours and timetables: "open Mon-Fri, 9am-5pm", "9 a.m. to 5 p.m. weekdays", "the
// helpline runs 8am to 8pm daily", "Hours: Monday-Friday 9am-5pm". Clock times written
// next to a recurrence (a range of weekdays, "daily", "weekdays", "every day", "Every
// morning", "every Monday", "Saturdays")
// recur: they are no time on the article's day, nor on the day named last. chrono read them
// as today's times and a range of weekdays before them as this week's days. What such a
// timetable holds is dropped, except the recurring times our parsers read ("daily",
// "Saturdays" stay SET). A single weekday with hours ("open Saturday 10am-4pm") names a
// day and stays dated; so does a clock time with no recurrence by it.

/** A weekday written in full or cut short ("Saturday", "Sat", "Wed."). */
const WEEKDAY = '(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\\.?';
/** What makes a timetable recur; case matters ("China Daily", "Sundays" as a weekday). */
const RECURRENCE = new RegExp(
  `\\b(?:${WEEKDAY}\\s*(?:-|–|—|to|through|thru|until|till)\\s*${WEEKDAY}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days|daily|nightly|weekdays|weeknights|weekends|(?:[Ee]very|[Ee]ach)\\s+(?:day|night|morning|evening|afternoon|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|(?:seven|7)\\s+days\\s+a\\s+week|24/7)(?![\\p{L}\\p{N}])`,
  'gu',
);
/** A clock time as timetables write it. */
const CLOCK = /\b(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b\.?|\d{1,2}[:.]\d\d\b|noon\b|midnight\b)/gi;
/** What may stand between the parts of one timetable: punctuation and the words that join hours and days. */
const JOIN = /^(?:[\s,;:()/&–—-]|\b(?:to|until|till|through|thru|and|from|at|on|between|open|opens|hours?)\b)*$/i;

export const recurringHours: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const text = context.text;
    if (!results.some(hasClock)) return results;
    const blocks = timetables(text);
    if (blocks.length === 0) return results;
    return results.filter((r) => newsKindOf(r.start) === 'set' || !blocks.some((b) => inside(r, b)));
  },
};

function hasClock(r: ParsingResult): boolean {
  return r.start.isCertain('hour');
}

interface Part {
  start: number;
  end: number;
  recurs: boolean;
}

/** The spans of text made of clock times and recurrences only, joined, that hold both. */
function timetables(text: string): Array<[number, number]> {
  const parts: Part[] = [];
  for (const m of text.matchAll(RECURRENCE)) parts.push({ start: m.index, end: m.index + m[0].length, recurs: true });
  if (parts.length === 0) return [];
  for (const m of text.matchAll(CLOCK)) parts.push({ start: m.index, end: m.index + m[0].length, recurs: false });
  parts.sort((a, b) => a.start - b.start);
  const blocks: Array<[number, number]> = [];
  let from = 0;
  for (let i = 1; i <= parts.length; i++) {
    const joined = i < parts.length && parts[i].start >= parts[i - 1].end && JOIN.test(text.slice(parts[i - 1].end, parts[i].start));
    if (joined) continue;
    const run = parts.slice(from, i);
    if (run.some((p) => p.recurs) && run.some((p) => !p.recurs)) blocks.push([run[0].start, run[run.length - 1].end]);
    from = i;
  }
  return blocks;
}

/** The result lies inside the timetable, but for a leading preposition and punctuation. */
function inside(r: ParsingResult, [start, end]: [number, number]): boolean {
  const lead = /^(?:[\s,;:(]|(?:on|from|at|between)\s+)*/i.exec(r.text)?.[0].length ?? 0;
  const trail = /[\s,;:).]*$/.exec(r.text)?.[0].length ?? 0;
  const s = r.index + lead;
  const e = r.index + r.text.length - trail;
  return s >= start && e <= end && e > s;
}
