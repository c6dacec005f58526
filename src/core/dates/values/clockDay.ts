import { type CalendarDay, compareDays } from '../calendarDay';
import type { DatedMention } from '../dateDiscourse';
import { MONTH_NAME, monthNumber } from '../monthNames';
import { isPastForm } from '../tense/pastForms';
import { CLOCK_REACH } from './reaches';
import { opensLine, SENTENCE_END, sentenceAround } from './sentenceAndLine';
import type { TimexContext } from './timexContext';
import { WEEKDAY_NUMBER } from './weekdayDay';

// The day a clock time is on when its phrase names none: a weekday, a date or a day word written
// after its time zone, a live blog entry's day, the day just named, or the day an earlier sentence
// gave the same event.

/**
 * "Slepian was shot to death last Oct. 23 at his home … [a rifle found April 8, a phone
 * interview Monday] … Slepian was shot to death at 10 p.m. as he stood in his kitchen": a clock
 * time in a past clause, with no day named just before it, is on the day an earlier sentence
 * gave the same event, told with the same past verb; only a day before the article's.
 */
export function dayOfSameEvent(ctx: TimexContext, anchor: CalendarDay): CalendarDay | null {
  const verb = eventVerbBefore(ctx.text, ctx.position);
  if (!verb) return null;
  const sentenceStart = ctx.position - sentenceAround(ctx.text, ctx.position).length;
  const told = new RegExp(`\\b${verb}\\b`, 'i');
  const earlier = ctx.discourse.last(ctx.position, SAME_EVENT_REACH, (m) => m.granularity === 'day' && m.position < sentenceStart && compareDays(m.day, anchor) < 0
    && told.test(sentenceAround(ctx.text.slice(0, m.position + SAME_EVENT_SENTENCE), m.position).slice(-2 * SAME_EVENT_SENTENCE)));
  return earlier?.day ?? null;
}

/**
 * How far back the day of the same event is looked for: a story tells its event in the lead
 * and may come back to its hour at the end, farther than other anaphors look. With the
 * sentence read around that day (SAME_EVENT_SENTENCE each side), within what the incremental
 * finder lets a date depend on (lastDateRun.ts READ_BACK).
 */
const SAME_EVENT_REACH = 2700;
const SAME_EVENT_SENTENCE = 200;
/** How many words before a clock time its verb may stand: "was shot to death at", "arrived home shortly after". */
const EVENT_VERB_REACH = 5;
/** Past forms that tell no event of their own: auxiliaries, and verbs of saying (a report is told of any day). */
const NOT_AN_EVENT = new Set(['was', 'were', 'had', 'did', 'been', 'said', 'told', 'added', 'stated', 'reported', 'announced', 'noted', 'explained', 'confirmed']);

/** The past verb right before `position` in its clause ("shot" in "was shot to death at"), or null. */
function eventVerbBefore(text: string, position: number): string | null {
  const clause = /[^.;:!?\n"“”]*$/.exec(text.slice(Math.max(0, position - 80), position))?.[0] ?? '';
  const words = clause.toLowerCase().match(/[a-z]+/g) ?? [];
  for (let i = words.length - 1; i >= Math.max(0, words.length - EVENT_VERB_REACH); i--) {
    if (isPastForm(words[i]) && !NOT_AN_EVENT.has(words[i])) return words[i];
  }
  return null;
}

/**
 * The day a clock time alone is on: the last day named; but a day named in the possessive right
 * after another day in its sentence ("rose 6% by midday" after "shares rose on Tuesday after
 * Monday's sell-off") dates the thing it names, and the story's day is the other. Alone, the
 * possessive day is the story's ("Tuesday's primary … when polls closed at 8 p.m.").
 */
export function storyDayForClock(ctx: TimexContext): DatedMention | null {
  const last = ctx.discourse.last(ctx.position, CLOCK_REACH, (m) => m.granularity === 'day');
  if (!last || !POSSESSIVE_DAY.test(ctx.text.slice(last.position, last.position + 16))) return last;
  const before = ctx.discourse.last(last.position, CLOCK_REACH, (m) => m.granularity === 'day');
  return before && !SENTENCE_END.test(ctx.text.slice(before.position, last.position)) && !POSSESSIVE_DAY.test(ctx.text.slice(before.position, before.position + 16)) ? before : last;
}

/** A weekday or a day word in the possessive: "Monday's sell-off", "yesterday's vote". */
const POSSESSIVE_DAY = /^(?:(?:sun|mon|tues|wednes|thurs|fri|satur)day|yesterday|today|tomorrow)['’]s\b/i;

export function standsOnItsOwnLine(ctx: TimexContext): boolean {
  const end = ctx.position + ctx.phraseLength;
  return opensLine(ctx.text, ctx.position) && /^[ \t.:]*(?:\r?\n|$)/.test(ctx.text.slice(end, end + 8));
}

/**
 * A clock time opening its line before a dash or a colon and the entry's text: "10:42 GMT – The
 * minister arrives", "11.05am: Crowds gather"; or, with its minutes, right before the entry's
 * capitalised first word ("12:40 Senate hearings start next week").
 */
export function headsLineEntry(ctx: TimexContext): boolean {
  const end = ctx.position + ctx.phraseLength;
  if (!opensLine(ctx.text, ctx.position)) return false;
  const after = ctx.text.slice(end, end + 8);
  return /^[ \t]*(?:[–—-]|:)[ \t]+\S/.test(after) || (/^\d{1,2}[:.]\d\d/.test(ctx.text.slice(ctx.position, end)) && /^[ \t]+\p{Lu}/u.test(after));
}

// One or both of "local time" and a bracketed other zone: "at 11am local time (0900 GMT) on Sunday".
const WEEKDAY_AFTER = /^\s*(?:\([^()\n]{1,24}\)\s*|(?:local|[A-Z][A-Za-z]{1,11})\s+time\s+(?:\([^()\n]{1,24}\)\s*)?|\)\s*)(?:on\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;
/** The end of a range of clock times and its weekday after a clock time: " and 11.59pm on Friday", " to 6am Saturday". */
export const RANGE_END_ON_WEEKDAY = /^\s*(?:and|to|until|till|-|–)\s*(\d{1,2})(?:[.:](\d\d))?\s*([ap])\.?m\.?\s+(?:[A-Z]{2,4}\s+)?(?:on\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i;
const DAY_WORD_AFTER = /^\s*(?:\([^()\n]{1,24}\)\s*|(?:local|[A-Z][A-Za-z]{1,11})\s+time\s+(?:\([^()\n]{1,24}\)\s*)?|\)\s*)(today|tonight|tomorrow|yesterday)\b/i;

/** A month and day after a clock time's zone and "on": " Manila time on Dec. 13", " local time (0700 GMT) on 13 December". */
const MONTH_DAY_AFTER = new RegExp(`^\\s*(?:\\([^()\\n]{1,24}\\)\\s*|(?:local|[A-Z][A-Za-z]{1,11})\\s+time\\s+(?:\\([^()\\n]{1,24}\\)\\s*)?)on\\s+(?:${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME})(?![\\p{L}\\p{N}])`, 'u');

export function monthDayJustAfter(ctx: TimexContext): { month: number; day: number } | null {
  const end = ctx.position + ctx.phraseLength;
  const m = MONTH_DAY_AFTER.exec(ctx.text.slice(end, end + 48));
  if (!m) return null;
  const month = monthNumber(m[1] ?? m[4]);
  const day = Number(m[2] ?? m[3]);
  return month > 0 && day >= 1 && day <= 31 ? { month, day } : null;
}

/** The days from the article date of "today", "tomorrow" or "yesterday" after a clock time's zone ("2pm local time tomorrow"), or null. */
export function dayWordJustAfter(ctx: TimexContext): number | null {
  const end = ctx.position + ctx.phraseLength;
  const m = DAY_WORD_AFTER.exec(ctx.text.slice(end, end + 48));
  if (!m) return null;
  const word = m[1].toLowerCase();
  return word === 'tomorrow' ? 1 : word === 'yesterday' ? -1 : 0;
}

/** The weekday named right after a clock time, past a parenthesis, "local time" or "UK time" that kept chrono from joining them. */
export function weekdayJustAfter(ctx: TimexContext): number | null {
  const end = ctx.position + ctx.phraseLength;
  const m = WEEKDAY_AFTER.exec(ctx.text.slice(end, end + 48));
  return m ? WEEKDAY_NUMBER[m[1].toLowerCase()] : null;
}
