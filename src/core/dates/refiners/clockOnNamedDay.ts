import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { newsKindOf, readNewsTags } from '../parsers/newsParser';

// "3pm on Boxing Day", "at 2 p.m. on the last Friday in August", "at 2am on 5 June last
// year", "at 02:00 the following
// morning": chrono joins a clock time to its day ("3pm on Saturday") but not to a day our
// parsers read, whose results it keeps from merging (newsParser.ts). Left apart, the clock
// time took the day last named or the article's. The day's result takes the clock time and
// both words.

const DAY_KINDS = new Set(['holiday', 'weekdayOfMonth']);
const ON = /^\s+on\s+$/;

export const clockOnNamedDay: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const kept: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const clock = results[i];
      const day = results[i + 1];
      const kind = day && newsKindOf(day.start);
      const dayAfter = kind === 'anaphor' && readNewsTags(day.start.tags()).unit === 'day';
      // "after midnight on 14 November last year": a calendar day whose year is told by words
      // after it, which chrono's own merging never saw.
      const calendarDay = day && day.start.isCertain('day') && day.start.isCertain('month');
      if (day && isClockOnly(clock) && (DAY_KINDS.has(kind ?? '') || dayAfter || calendarDay) && !day.start.isCertain('hour')) {
        const end = clock.index + clock.text.length;
        const between = context.text.slice(end, day.index);
        // "at 02:00 the following morning", "at 9am the next day": a day told by the one before it.
        if (day.index > end && day.index - end <= 8 && (ON.test(between) || (dayAfter && /^\s+$/.test(between)))) {
          day.start.assign('hour', clock.start.get('hour') ?? 0);
          day.start.assign('minute', clock.start.get('minute') ?? 0);
          day.text = context.text.slice(clock.index, day.index + day.text.length);
          day.index = clock.index;
          continue;
        }
      }
      kept.push(clock);
    }
    return kept;
  },
};

function isClockOnly(r: ParsingResult): boolean {
  const c = r.start;
  return !r.end && newsKindOf(c) === undefined && c.isCertain('hour') && !c.isCertain('day') && !c.isCertain('weekday') && !c.isCertain('month');
}
