import type { TimexType } from '../../types';
import { type CalendarDay, compareDays } from '../calendarDay';
import type { DateDiscourse, DatedMention, Granularity } from '../dateDiscourse';
import type { Tense } from '../tense/tense';

// What every value rule is given and gives back: the expression's place in the text, the article
// date, the clause's tense and the dates the story named before it (TimexContext); the TimeML type
// and value read in context, and what the discourse should remember of it (Timex).

export interface TimexContext {
  /** The article date, or null when unknown. */
  anchor: CalendarDay | null;
  /** The story is told from south of the equator (hemisphere.ts), where summer starts in December. */
  southern?: boolean;
  /** The tense of the clause, computed only when a rule needs it. */
  tense: () => Tense;
  discourse: DateDiscourse;
  /** Where the expression starts in the text (for the discourse). */
  position: number;
  /** The whole text, for the words around the expression. */
  text: string;
  /** The length of the expression in the text. */
  phraseLength: number;
  /** For the end of a range chrono joined ("from April 24 to 26"), the day its start resolved to. */
  rangeStart?: CalendarDay;
  /** For the start of a range chrono joined, the month of its end when the end names a month but no year ("from April to February"). */
  rangeEndMonth?: number;
}

export interface Timex {
  type: TimexType;
  value: string | null;
  /** Not a time expression after all, read in context: the finder leaves it out. */
  dropped?: boolean;
  /** What the discourse should remember, for a resolved calendar date. */
  dated?: Omit<DatedMention, 'position'>;
  /** For a length of time anchored in the story ("three days later"): the calendar value of the point it leads to. */
  point?: string | null;
}

export function dated(granularity: Granularity, day: CalendarDay, value: string): Timex {
  return { type: 'DATE', value, dated: { granularity, day } };
}

export function closest(candidates: CalendarDay[], anchor: CalendarDay): CalendarDay {
  const t = (d: CalendarDay): number => Date.UTC(d.year, d.month - 1, d.day);
  return candidates.reduce((best, d) => (Math.abs(t(d) - t(anchor)) < Math.abs(t(best) - t(anchor)) ? d : best));
}

/**
 * Which of the same day in the years (or weeks) around the article date a clause means: in a past
 * clause the latest begun by the article date, in a future one the first not yet over, else the
 * closest. `fallback` when the tense finds none; `begins`/`ends` for a day standing for a span.
 */
export function dayByTense(
  candidates: CalendarDay[], anchor: CalendarDay, tense: Tense, fallback: CalendarDay = candidates[1],
  begins: (d: CalendarDay) => CalendarDay = (d) => d, ends: (d: CalendarDay) => CalendarDay = (d) => d,
): CalendarDay {
  if (tense === 'past') return [...candidates].reverse().find((d) => compareDays(begins(d), anchor) <= 0) ?? fallback;
  if (tense === 'future') return candidates.find((d) => compareDays(ends(d), anchor) >= 0) ?? fallback;
  return closest(candidates, anchor);
}
