import { partOfDayCode } from '../partOfDay';
import { addDays, type CalendarDay, compareDays, daysBetween, weekdayOf } from '../calendarDay';
import { ANAPHOR_REACH } from './reaches';
import { opensLine } from './sentenceAndLine';
import type { TimexContext } from './timexContext';
import { WEEKDAY_NUMBER } from './weekdayDay';

// "today", "tomorrow", "last night", "this morning": days counted from the article date, or from
// the day a quote was spoken or a live blog's entries are on; and the part of the day a phrase names.

/** How far from the article date a day heading a live blog's entries may be. */
const HEADING_DAY_REACH_DAYS = 7;
/** A date alone on its line: a day heading a live blog's entries ("Friday 8 May"), or an entry's clock time ("7.45am"). */
const DATE_LINE = /^[^\n.!?]{0,40}?[ \t.:]*(?:\r?\n|$)/;

/**
 * "Friday 8 May" heading a live blog's entries after the night's, then "7.45am … said this
 * morning", "we'll be back at 8am tomorrow": today is the day of the entries, the last day that
 * headed its own line (a day, or an entry's time on it), not the article date the blog opened on.
 */
export function headingDay(ctx: TimexContext, anchor: CalendarDay): CalendarDay {
  const heading = ctx.discourse.last(ctx.position, ANAPHOR_REACH, (m) => m.granularity === 'day' && opensLine(ctx.text, m.position) && DATE_LINE.test(ctx.text.slice(m.position, m.position + 48)));
  return heading && compareDays(heading.day, anchor) !== 0 && Math.abs(daysBetween(anchor, heading.day)) <= HEADING_DAY_REACH_DAYS ? heading.day : anchor;
}

/** How far around a date the paragraph of a quote and its attribution are read. */
const QUOTE_PARAGRAPH_REACH = 600;
/** A verb of saying and the day it names: "Rodgers said afterwards", "he told reporters on Saturday", "she said after the match". */
const ATTRIBUTION_DAY = /\b(?:said|says|added|told\s+(?:reporters|journalists|the\s+BBC|\p{Lu}[\p{L}.]*)|explained|admitted|insisted)\s+(?:on\s+)?(?:(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b|(afterwards|after\s+(?:the|his|her|their)\s+(?:match|game|race|fight|bout|win|victory|defeat|loss|draw|final|semi-final|round|tie)\b))/iu;
const ATTRIBUTION_DAY_ALL = new RegExp(ATTRIBUTION_DAY.source, 'giu');

/**
 * The day a direct quote was spoken, when its paragraph's attribution says it was before the
 * article date: in a match report written the next day, "Today was about the players," Rodgers
 * said afterwards' (after "won on Saturday") and '"Tonight we celebrate," he said on Saturday'
 * speak of Saturday. "today", "tonight", "tomorrow" and "yesterday" inside the quotation marks
 * count from that day; outside them, and with no such attribution, from the article date.
 */
export function speechDay(ctx: TimexContext, anchor: CalendarDay): CalendarDay {
  const from = Math.max(0, ctx.text.lastIndexOf('\n', ctx.position) + 1, ctx.position - QUOTE_PARAGRAPH_REACH);
  const lineEnd = ctx.text.indexOf('\n', ctx.position);
  const to = Math.min(lineEnd < 0 ? ctx.text.length : lineEnd, ctx.position + QUOTE_PARAGRAPH_REACH);
  const paragraph = ctx.text.slice(from, to);
  const at = ctx.position - from;
  // Inside quotation marks: an odd number of straight ones before it, or an opening curly one last.
  const marks = paragraph.slice(0, at).match(/["“”]|``|''/g) ?? [];
  const lastMark = marks[marks.length - 1];
  const inside = lastMark === '“' || lastMark === '``' || (lastMark === '"' && marks.filter((q) => q === '"').length % 2 === 1);
  if (!inside) return anchor;
  // The attribution is outside every quotation: read the paragraph with the quotations blanked.
  const outside = paragraph.replace(/“[^”]*”?|"[^"]*"?|``(?:(?!'')[\s\S])*(?:'')?/g, (q) => ' '.repeat(q.length));
  // The attribution nearest the quote: a paragraph may quote two people said on two days.
  let m: RegExpExecArray | null = null;
  for (const a of outside.matchAll(ATTRIBUTION_DAY_ALL)) if (!m || Math.abs(a.index - at) < Math.abs(m.index - at)) m = a;
  if (!m) return anchor;
  if (m[1]) {
    const back = (weekdayOf(anchor) - WEEKDAY_NUMBER[m[1].toLowerCase()] + 7) % 7;
    return addDays(anchor, -back);
  }
  // "said afterwards": after the event the story last named on a day before the article's, not
  // a fixture ahead named since ("Game 7 is next Sunday. 'Tonight we played for each other,' he
  // said after the game").
  const event = ctx.discourse.last(from, ANAPHOR_REACH, (d) => d.granularity === 'day' && compareDays(d.day, anchor) <= 0);
  return event && compareDays(event.day, anchor) < 0 && daysBetween(event.day, anchor) <= 7 ? event.day : anchor;
}

/** today, yesterday, tomorrow, tonight, last night: days counted from the article date. */
export function casualDay(lower: string, anchor: CalendarDay | null): CalendarDay | null | undefined {
  const m = /\b(today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))\b/.exec(lower);
  if (!m) return undefined;
  if (!anchor) return null;
  const word = m[1];
  if (word === 'yesterday' || word === 'last night') return addDays(anchor, -1);
  if (word === 'tomorrow') return addDays(anchor, 1);
  return anchor;
}

export function partOfDay(lower: string): string | undefined {
  const m = /\b(morning|afternoon|evening|night|tonight|overnight)\b/.exec(lower);
  if (!m) return undefined;
  return m[1] === 'tonight' || m[1] === 'overnight' ? 'NI' : partOfDayCode(m[1]);
}
