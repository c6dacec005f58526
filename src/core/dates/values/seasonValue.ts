import type { ParsedComponents } from 'chrono-node';
import { addDays, addMonths, type CalendarDay, compareDays, daysBetween, type Season } from '../calendarDay';
import type { NewsTags } from '../parsers/newsParser';
import { ANAPHOR_REACH } from './reaches';
import type { Timex, TimexContext } from './timexContext';

// Seasons of the year ("last winter", "this fall", "the following spring"): valued by the year each
// starts in, as TimeML does, and south of the equator by the southern calendar.

const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
/** South of the equator: summer from December, autumn from March, winter from June, spring from September. */
const SOUTHERN_SEASON_START: Record<Season, number> = { SU: 12, FA: 3, WI: 6, SP: 9 };

/** A season's year is the year it starts in (winter 1998 runs from December 1998). */
export function seasonValue(c: ParsedComponents, tags: NewsTags, ctx: TimexContext): Timex {
  const season = tags.season as Season;
  if (c.isCertain('year')) return { type: 'DATE', value: `${c.get('year')}-${season}` };
  // "the following spring", "the previous winter": counted from the last date the story named.
  const anchor = (tags.anaphor ? ctx.discourse.last(ctx.position, ANAPHOR_REACH, () => true)?.day : undefined) ?? ctx.anchor;
  if (!anchor) return { type: 'DATE', value: null };
  const start = (year: number): CalendarDay => ({ year, month: (ctx.southern ? SOUTHERN_SEASON_START : SEASON_START)[season], day: 1 });
  const end = (year: number): CalendarDay => addDays(addMonths(start(year), 3), -1);
  const years = [anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1];
  const current = years.find((y) => compareDays(start(y), anchor) <= 0 && compareDays(end(y), anchor) >= 0);
  const latestStarted = [...years].reverse().find((y) => compareDays(start(y), anchor) <= 0) ?? anchor.year;
  const firstNotOver = years.find((y) => compareDays(end(y), anchor) >= 0) ?? anchor.year;
  // "were put in place this fall", written in February: this year's fall has not begun, and the
  // last one is nearer than it, so what was done "this fall" was done in the last one ("won
  // delegates to the convention this summer", in March, is the summer ahead, the nearer).
  const thisSeasonNotBegun = (y: number): boolean => compareDays(start(y), anchor) > 0 && daysBetween(end(latestStarted), anchor) < daysBetween(anchor, start(y)) && ctx.tense() === 'past';
  let year: number;
  const relative = tags.relative !== undefined ? Number(tags.relative) : null;
  if (relative === -1) year = [...years].reverse().find((y) => compareDays(end(y), anchor) < 0) ?? anchor.year - 1;
  else if (relative === 1) year = years.find((y) => compareDays(start(y), anchor) > 0) ?? anchor.year + 1;
  else if (relative === 0) year = current ?? ((season === (ctx.southern ? 'SU' : 'WI')) && anchor.month <= 2 ? anchor.year - 1 : thisSeasonNotBegun(anchor.year) ? latestStarted : anchor.year);
  else {
    const tense = ctx.tense();
    year = tense === 'past' ? latestStarted : tense === 'future' ? firstNotOver : current ?? anchor.year;
  }
  return { type: 'DATE', value: `${year}-${season}` };
}
