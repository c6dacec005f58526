import { type CalendarDay, daysBetween } from '../calendarDay';
import type { DatedMention } from '../dateDiscourse';
import { ANAPHOR_REACH, SENTENCE_YEAR_REACH, STORY_YEAR_REACH } from './reaches';
import { SENTENCE_END } from './sentenceAndLine';
import type { TimexContext } from './timexContext';

// The year a story is set in, for a month or a day named without one: a year named before it in
// its sentence or the story ("testimony on November 12, 2012 ... on September 14"), or told right
// after it ("in October of that year").

/**
 * "testimony on November 12, 2012 ... what he told us on September 14": in a past clause,
 * a month and day without a year right after a date that names an earlier year are in that year.
 */
export function storyYear(ctx: TimexContext): number | null {
  const anchor = ctx.anchor as CalendarDay;
  const last = ctx.discourse.last(ctx.position, STORY_YEAR_REACH, (m) => m.granularity === 'day' && m.namedYear === true);
  if (!last || last.day.year >= anchor.year) return null;
  // "born on 3 June 1931. She joined the BBC in 1955 ... she died on 2 March": a later year named since moves the story on.
  if (ctx.discourse.last(ctx.position, STORY_YEAR_REACH, (m) => m.position > last.position && m.day.year > last.day.year)) return null;
  // "... splashed down on December 11, 2022. SpaceX will attempt another flight in the coming weeks. The previous
  // flight, on November 19, ...": a sentence of the narrator's about what is ahead brings the story back to the article's time.
  if (BACK_TO_PRESENT.test(ctx.text.slice(last.position, ctx.position).replace(QUOTED, ''))) return null;
  return ctx.tense() === 'past' ? last.day.year : null;
}

/**
 * "The leg begins in Toronto on August 24, 2025, followed by Chicago on August 28": a month and day
 * without a year after a day named with a later year than the article's, in the same sentence, are
 * in that year (the next when it comes round again over half a year on), whatever the tense ("followed").
 */
export function yearAheadInSentence(month: number, dayOfMonth: number, ctx: TimexContext): number | null {
  const anchor = ctx.anchor as CalendarDay;
  // A day whose year was inferred ahead ("They open the tour on July 4 and 5, before five nights on July 11") carries it outside a past clause.
  const named = ctx.discourse.last(ctx.position, SENTENCE_YEAR_REACH, (m) => m.granularity === 'day' && (m.namedYear === true || ctx.tense() !== 'past'));
  if (!named || named.day.year <= anchor.year || SENTENCE_END.test(ctx.text.slice(named.position, ctx.position))) return null;
  return daysBetween(named.day, { year: named.day.year, month, day: dayOfMonth }) < -183 ? named.day.year + 1 : named.day.year;
}

/** Words of what is still ahead of the article date: the future, "in the coming weeks", "next month". */
const BACK_TO_PRESENT = /\b(?:will|shall)\s+(?:not\s+|also\s+)?(?!have\b)[a-z]{2,}|\b(?:in|over)\s+the\s+(?:coming|next)\s+(?:days|weeks|months)\b|\bnext\s+(?:week|month|year)\b/i;
/** Quoted speech, which may look ahead from the story's time. */
const QUOTED = /["“][^"“”\n]*["”]/g;

/** "in October of that year", "in May the following year": the year the month is in is told right after it. */
const YEAR_TOLD_AFTER = /^,?\s+(?:of\s+)?(?:(that(?:\s+same|\s+very)?|the\s+same|the\s+very)|the\s+(following|next|previous|preceding|prior))\s+year\b/i;

/**
 * "Unemployment peaked in 2009 and fell in October of that year": the year of the story's
 * last date (or the one after or before it), not the article's; null when no such words
 * follow or no date has been named.
 */
export function yearToldAfter(ctx: TimexContext): number | null {
  const m = YEAR_TOLD_AFTER.exec(ctx.text.slice(ctx.position + ctx.phraseLength, ctx.position + ctx.phraseLength + 32));
  if (!m) return null;
  // "An inquiry into the flood of 2024 heard on Monday that engineers had warned as early as
  // January of that year": a day of the article's week named without its year ("on Monday") is
  // when the story is told; the year meant is the one the story is set in.
  const anchor = ctx.anchor;
  const telling = (d: DatedMention): boolean => d.granularity === 'day' && d.namedYear !== true && anchor !== null && Math.abs(daysBetween(d.day, anchor)) <= 7;
  const last = ctx.discourse.last(ctx.position, ANAPHOR_REACH, (d) => (d.granularity === 'day' || d.granularity === 'month' || d.granularity === 'year' || d.granularity === 'quarter' || d.granularity === 'half' || d.granularity === 'season') && !telling(d));
  if (!last) return null;
  // "the next year" in a future sentence means the article's next year (as anaphorParser reads it alone): left to the rules after it (monthValue.ts).
  if (m[2] && /next/i.test(m[2])) return null;
  return last.day.year + (m[2] ? (/following/i.test(m[2]) ? 1 : -1) : 0);
}

/**
 * "Internet gambling, which became legal in late 2013, continued ... in October", "Lumenar,
 * founded in 2017, reported revenue for the six months ended June 30": the year is the relative
 * or participle clause's, closed by the comma after it.
 */
const IN_RELATIVE_CLAUSE = /,\s*(?:(?:which|who|whose)\b|(?:[a-z]{3,}ed|born|built|set\s+up)\s+in\s+)[^,.;]*$/i;
const OTHER_CLAUSE = /[.!?]["”’')]*\s|;|\b(?:and|but|or|that|which|while|although|though|whereas|according to)\b/i;

/**
 * "who remained in the 2008 primary contest until June", "Last year, the festival began on
 * March 2": in a past clause, a month or a day after an earlier year named in the same
 * sentence is in that year; null when none is. Not across a sentence end or into another
 * clause ("extradited in 2014 and pleaded guilty in May", "the years 2010 to 2013 that were
 * not reported until April", "cost £120m last year, according to a report published in March").
 */
export function clauseYear(ctx: TimexContext): number | null {
  const year = ctx.discourse.last(ctx.position, SENTENCE_YEAR_REACH, (m) => m.granularity === 'year');
  if (!year || year.day.year >= (ctx.anchor as CalendarDay).year) return null;
  const between = ctx.text.slice(year.position, ctx.position);
  // "Last year, the ban was announced in September and lasted until the end of December": a
  // year that opens its sentence, a comma right after it, dates all of it, past "and", to its end
  // (not an attribution: "Last year's floods cost £120m, according to a report published in March").
  const opening = OPENING_YEAR.test(ctx.text.slice(Math.max(0, year.position - 40), year.position)) && /^[\p{L}\d ]{1,12},/u.test(between) && !SENTENCE_END.test(between) && !/\baccording\s+to\b/i.test(between);
  if (!opening && OTHER_CLAUSE.test(between)) return null;
  if (IN_RELATIVE_CLAUSE.test(ctx.text.slice(Math.max(0, year.position - 80), year.position)) && ctx.text.slice(year.position, ctx.position).includes(',')) return null;
  return year.day.year;
}

/** What may stand before a year that opens its sentence: the sentence's start, and "In". */
const OPENING_YEAR = /(?:^|[.!?]["”’')]*\s+|\n\s*)(?:In\s+)?$/;

/**
 * "became prime minister in January 2023 and lost the October election": in a past sentence that
 * named a month or a day with an earlier year than the article's, a later month of that year
 * named after it without one is in that year (a story told in order).
 */
export function sentenceStoryYear(month: number, ctx: TimexContext): number | null {
  const last = ctx.discourse.last(ctx.position, SENTENCE_YEAR_REACH, (m) => (m.granularity === 'day' || m.granularity === 'month') && m.namedYear === true);
  if (!last || last.day.year >= (ctx.anchor as CalendarDay).year || month < last.day.month || SENTENCE_END.test(ctx.text.slice(last.position, ctx.position))) return null;
  // "since June 2014, and again since the Paris attacks in November": a starting point, which what follows may be years after.
  return /\bsince\s+$/i.test(ctx.text.slice(Math.max(0, last.position - 8), last.position)) ? null : last.day.year;
}
