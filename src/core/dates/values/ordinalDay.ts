import { addDays, addMonths, type CalendarDay, isoOfDay } from '../calendarDay';
import type { NewsTags } from '../parsers/newsParser';
import { ANAPHOR_REACH } from './reaches';
import { dated, type Timex, type TimexContext } from './timexContext';

// "on the 14th": a day of the month the story is in.

/**
 * "on the 14th": that day of the month the story is in (the last day or month named), else
 * of the article's month, or the month before in a past clause about a day still ahead of
 * the article's, the month after in a future one about a day gone by; of a month without
 * that day ("the 31st" in April), the month before.
 */
export function ordinalDayValue(tags: NewsTags, ctx: TimexContext): Timex {
  const dayOfMonth = Number(tags.day);
  const story = ctx.discourse.last(ctx.position, ANAPHOR_REACH, (m) => m.granularity === 'day' || m.granularity === 'month');
  let month: CalendarDay;
  if (story) month = { ...story.day, day: 1 };
  else if (ctx.anchor) {
    const tense = ctx.tense();
    const shift = tense === 'past' && dayOfMonth > ctx.anchor.day ? -1 : tense === 'future' && dayOfMonth < ctx.anchor.day ? 1 : 0;
    month = addMonths({ ...ctx.anchor, day: 1 }, shift);
  } else return { type: 'DATE', value: null };
  // "the 31st" of a month of 30 days is of the month before it.
  while (addDays({ ...month, day: dayOfMonth }, 0).month !== month.month) month = addMonths(month, -1);
  const day = { ...month, day: dayOfMonth };
  if (tags.part) return { type: 'TIME', value: `${isoOfDay(day)}T${tags.part}`, dated: { granularity: 'day', day } };
  return dated('day', day, isoOfDay(day));
}
