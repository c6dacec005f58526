import { addDays, addMonths, type CalendarDay, compareDays, daysBetween, isoOfDay, isoWeekOf, quarterOf } from '../calendarDay';
import type { DatedMention, Granularity } from '../dateDiscourse';
import { pad } from '../isoDate';
import type { NewsTags } from '../parsers/newsParser';
import { apposedValue } from './apposedDate';
import { shiftQuarter } from './quarterRef';
import { ANAPHOR_REACH } from './reaches';
import { SENTENCE_END } from './sentenceAndLine';
import type { Timex, TimexContext } from './timexContext';
import { comparedQuarter, COMPARISON_REACH, datesReport, periodEndedOn } from './yearAgo';

// Dates that refer back ("that day", "the following week", "two days later", "two hours earlier", "a
// year earlier"): counted from the date the story named last, which is not always the nearest.

/**
 * "that day", "the following week", "two days later", "a year earlier", "year-ago". A
 * count "later" that lands in a year after the article's, in a clause that does not look
 * ahead, was counted from the wrong date ("under which we still live today, more than 200
 * years later": from the founding, not from today): no value rather than a wrong one.
 */
export function anaphorValue(tags: NewsTags, ctx: TimexContext): Timex {
  if (tags.unplaced) return { type: 'DURATION', value: tags.length ?? null, point: null };
  const clock = tags.length && tags.minutes !== undefined ? clockPoint(Number(tags.minutes), ctx) : null;
  if (clock) return { type: 'DURATION', value: tags.length ?? null, point: clock.value, dated: clock.dated };
  const t = anaphorPointValue(tags, ctx);
  // "three days later": TimeML's length of time, the point it leads to kept beside it (and
  // remembered by the discourse, for "the next day" after it).
  return tags.length ? { type: 'DURATION', value: tags.length, point: t.value, dated: t.dated } : t;
}

const MINUTES_A_DAY = 24 * 60;
/** A clock time right after a length "earlier" or "later": ", at 7:30 a.m.". */
const CLOCK_IN_APPOSITION = /^\s*[,(—–-]?\s*(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|GMT|BST|ET)/i;

/**
 * "The fire started at 3 a.m. on Monday. Two hours earlier, a neighbour had called police": the
 * clock time of the day the story is on, moved by the length (TIME 01:00 that Monday, the day
 * before when it runs past midnight); null where that day was named without a clock time.
 */
function clockPoint(minutes: number, ctx: TimexContext): Timex | null {
  // "will begin an hour earlier, at 7:30 a.m.": the time follows, and what it is earlier than is no clock time told before.
  const end = ctx.position + ctx.phraseLength;
  if (CLOCK_IN_APPOSITION.test(ctx.text.slice(end, end + 16))) return null;
  const named = antecedentDay(ctx);
  if (named?.minutes === undefined) return null;
  const total = named.minutes + minutes;
  const days = Math.floor(total / MINUTES_A_DAY);
  const left = total - days * MINUTES_A_DAY;
  const day = addDays(named.day, days);
  return { type: 'TIME', value: `${isoOfDay(day)}T${pad(Math.floor(left / 60))}:${pad(left % 60)}`, dated: { granularity: 'day', day, minutes: left } };
}

function anaphorPointValue(tags: NewsTags, ctx: TimexContext): Timex {
  if (tags.apposed) return apposedValue(tags, ctx);
  const t = anaphorTimex(tags, ctx);
  const year = t.value ? Number(/^\d{4}/.exec(t.value)?.[0]) : NaN;
  if (Number(tags.shift ?? 0) > 0 && ctx.anchor && year > ctx.anchor.year && ctx.tense() !== 'future') return { type: t.type, value: null };
  // "landed in Ohio at 7 a.m. that day" after "On Dec. 1, that changes": a past clause tells
  // of no day after the article date; the day it means was named elsewhere. Not "has issued a
  // warning from 3am on Wednesday until 6pm the same day": the day named in its own sentence
  // was read by that sentence's tense, and "the same day" is that day.
  if (t.dated?.granularity === 'day' && ctx.anchor && compareDays(t.dated.day, ctx.anchor) > 0 && ctx.tense() === 'past' && !(Number(tags.shift ?? 0) === 0 && dayNamedInSentence(ctx))) return { type: t.type, value: null };
  return t;
}

/**
 * The day "the same day", "the next day", "the day before" count from: the last day named,
 * except the day of an attribution closing a sentence that named another day ("Samsung will
 * unveil its phones on January 17, the company said on Tuesday. Pre-orders open the same day"):
 * the story's day is the one reported, the attribution's only when it is the sentence's one day.
 */
function antecedentDay(ctx: TimexContext): DatedMention | null {
  const last = ctx.discourse.last(ctx.position, ANAPHOR_REACH, (m) => m.granularity === 'day');
  if (!last || !closesAttribution(ctx.text, last.position)) return last;
  const reported = ctx.discourse.last(last.position, ANAPHOR_REACH, (m) => m.granularity === 'day');
  return reported && !SENTENCE_END.test(ctx.text.slice(reported.position, last.position)) ? reported : last;
}
/** ", the company said on Tuesday." : a verb of saying right before a date that ends its sentence. */
const ATTRIBUTION_BEFORE = /,\s+[^,.!?;]{1,60}?\b(?:said|says|announced|confirmed|told\s+[^,.!?;]{1,40}?|reported|added)\s+(?:on\s+)?$/i;
function closesAttribution(text: string, position: number): boolean {
  if (!ATTRIBUTION_BEFORE.test(text.slice(Math.max(0, position - 100), position))) return false;
  const end = /^[^,.!?;\n]*?[.!?]/.exec(text.slice(position, position + 40));
  return end !== null && /^[\p{L}\s.]*$/u.test(end[0]);
}

/**
 * "later in the day", "earlier in the day": the day the story is on, the last day named, else
 * the article's. Days of other years or months named as background ("since 9/11", "a year ago")
 * are not the story's day unless named in the sentence or the one before ("On June 6, 1944,
 * troops landed. Later in the day, ...").
 */
function storysDay(ctx: TimexContext): Timex {
  const anchor = ctx.anchor;
  const told = ctx.discourse.last(ctx.position, ANAPHOR_REACH, (m) => m.granularity === 'day'
    && (!anchor || Math.abs(daysBetween(anchor, m.day)) <= STORY_DAY_REACH_DAYS || sentenceEnds(ctx.text.slice(m.position, ctx.position)) <= 1));
  const day = told?.day ?? anchor;
  return day ? { type: 'DATE', value: isoOfDay(day), dated: { granularity: 'day', day } } : { type: 'DATE', value: null };
}
/** How far from the article date a day named sentences back may still be the day a story is on. */
const STORY_DAY_REACH_DAYS = 31;
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'g');
function sentenceEnds(text: string): number {
  return text.split(SENTENCE_ENDS).length - 1;
}

/** The last day named before a date anaphor ("the same day") stands in the anaphor's sentence. */
function dayNamedInSentence(ctx: TimexContext): boolean {
  const day = ctx.discourse.last(ctx.position, ANAPHOR_REACH, (m) => m.granularity === 'day');
  return day !== null && !SENTENCE_END.test(ctx.text.slice(day.position, ctx.position));
}

/** How far back "that same day" takes a month as the one it is a day of: the sentence before, no further. */
const DAY_OF_MONTH_REACH = 200;

/**
 * "crossed out that same day" right after "killed last October": a day of the month just
 * named, before the article's, which day the text does not say (TimeML "1998-10-XX"). Only
 * "that day" and "the same day": "the second day of the convention" counts the days of
 * something else.
 */
function dayOfMonthJustNamed(month: DatedMention, ctx: TimexContext): string | null {
  if (month.granularity !== 'month' || ctx.position - month.position > DAY_OF_MONTH_REACH) return null;
  // A day that has been: not "over in February or March" said in January.
  if (!ctx.anchor || month.day.year * 12 + month.day.month >= ctx.anchor.year * 12 + ctx.anchor.month) return null;
  const phrase = ctx.text.slice(ctx.position, ctx.position + ctx.phraseLength);
  return /^(?:that\s+(?:same\s+|very\s+)?|the\s+(?:same|very)\s+)day$/i.test(phrase) ? `${month.day.year}-${pad(month.day.month)}-XX` : null;
}

function anaphorTimex(tags: NewsTags, ctx: TimexContext): Timex {
  const unit = tags.unit ?? 'day';
  const shift = Number(tags.shift ?? 0);
  const finer = (g: Granularity): boolean => g === 'day' || g === 'week' || g === 'month' || g === 'quarter' || g === 'year' || g === 'half' || g === 'season';
  // "the following week" counts from a day or a week, "that month" from a month at most: after a
  // year or a quarter named last ("The 2012 request ... that month"), which week or month it is the text does not say.
  const fits = (g: Granularity): boolean => (unit === 'week' || unit === 'weekend' ? g === 'day' || g === 'week' : unit === 'month' ? g === 'day' || g === 'week' || g === 'month' : true);
  const last = ctx.discourse.last(ctx.position, ANAPHOR_REACH, (m) => m.granularity === 'day' || (unit !== 'day' && finer(m.granularity)));
  if (last && unit !== 'day' && !fits(last.granularity)) return { type: 'DATE', value: null };
  const base: CalendarDay | null = last?.day ?? ctx.anchor;
  if (!base) return { type: 'DATE', value: null };
  if (tags.inStory && unit === 'day') return storysDay(ctx);
  switch (unit) {
    case 'day': {
      const lastDay = antecedentDay(ctx)?.day ?? ctx.anchor;
      if (!lastDay) return { type: 'DATE', value: null };
      // "They met again in July 2008. The day before, ...": the story has moved to a month
      // or year that the last day named is not in; that day says nothing of which day this is.
      const latest = ctx.discourse.last(ctx.position, ANAPHOR_REACH, (m) => m.granularity === 'month' || m.granularity === 'year' || m.granularity === 'day');
      // "that evening" stays a time of day when its day is not known.
      if (latest && latest.granularity !== 'day' && !contains(latest, lastDay)) return { type: tags.part ? 'TIME' : 'DATE', value: dayOfMonthJustNamed(latest, ctx) };
      const day = addDays(lastDay, shift);
      const part = tags.part ? `T${tags.part}` : '';
      return { type: part ? 'TIME' : 'DATE', value: isoOfDay(day) + part, dated: { granularity: 'day', day } };
    }
    case 'week': return { type: 'DATE', value: isoWeekOf(addDays(base, 7 * shift)) };
    case 'weekend': return { type: 'DATE', value: `${isoWeekOf(addDays(base, 7 * shift))}-WE` };
    case 'month': {
      const day = addMonths({ ...base, day: 1 }, shift);
      return { type: 'DATE', value: `${day.year}-${pad(day.month)}` };
    }
    case 'quarter': {
      const q = shiftQuarter({ year: base.year, quarter: last?.quarter ?? quarterOf(base.month) }, shift);
      return { type: 'DATE', value: `${q.year}-Q${q.quarter}` };
    }
    default: {
      if (!tags.comparison) {
        // "in May the following year": the month just before took its year from these words (yearToldAfter), so it is that year.
        const told = last?.granularity === 'month' && /^[A-Za-z]+\.?,?\s+(?:of\s+)?$/.test(ctx.text.slice(last.position, ctx.position));
        const year = base.year + (told ? 0 : shift);
        return { type: 'DATE', value: String(year), dated: { granularity: 'year', day: { year, month: 1, day: 1 } } };
      }
      // "$4 million a year earlier" after "third-quarter profit": the same quarter a year before.
      const quarter = shift === -1 ? comparedQuarter(ctx, true) : null;
      if (quarter) return quarter;
      // After a length of time named since ("losses through the first nine months, compared
      // with earnings a year earlier"), it is that length a year back: the year, not the day.
      // Not the day a report was made ("Retailers said Monday that sales rose 4% from a year
      // earlier"): the sales compared are no Monday's; the year is all the text gives.
      const recent = ctx.discourse.last(ctx.position, COMPARISON_REACH, (m) => m.granularity !== 'week' && ctx.discourse.lastPeriodBefore(ctx.position) < m.position);
      if (recent?.granularity === 'day' && datesReport(ctx.text, recent.position)) return { type: 'DATE', value: String(recent.day.year + shift) };
      const ended = recent?.granularity === 'day' ? periodEndedOn(recent, ctx) : null;
      if (ended) return ended(shift);
      if (recent?.granularity === 'day') return { type: 'DATE', value: isoOfDay({ ...recent.day, year: recent.day.year + shift }) };
      if (recent?.granularity === 'month') return { type: 'DATE', value: `${recent.day.year + shift}-${pad(recent.day.month)}` };
      return { type: 'DATE', value: String(base.year + shift) };
    }
  }
}

/** Whether a day lies in the month or year a mention names. */
function contains(m: DatedMention, day: CalendarDay): boolean {
  return m.day.year === day.year && (m.granularity === 'year' || m.day.month === day.month);
}
