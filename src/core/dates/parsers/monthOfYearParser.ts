import type { ParsingContext } from 'chrono-node';
import { MONTH_NAME, monthNumber } from '../monthNames';
import { type NewsParser, newsParser, resultOf } from './newsParser';
import { TriggerKind } from '../dateTriggers';

// "October this year", "June last year", "April of next year", "Oct. 5 last year", "5 October last year": one
// date, the month (or day) in the year named after it. chrono reads the month alone and
// "last year" as a second date, and picks the month's year by itself; a reader sees one
// date whose year the words after it give. "The week of March 6" is likewise one date,
// that day's week (TimeML 2000-W10), and "the weekend of March 6" that week's weekend
// (2000-W10-WE).

/** The day may stand first, as British and Australian copy writes it: "14 February last year", "the 7th of June next year". */
const MONTH_OF_RELATIVE_YEAR = new RegExp(`(?:(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?${MONTH_NAME}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?(this|last|next)\\s+year(?![\\p{L}'’-])`, 'iu');

/** What every match of MONTH_OF_RELATIVE_YEAR holds: "year" alone opened it on any window with "years" or "63-year-old". */
const THIS_LAST_NEXT_YEAR = /\s(?:this|last|next)\s+year(?![\p{L}'’-])/iu;

const WEEK_OF_DAY = new RegExp(`the\\s+week\\s+of\\s+${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(1\\d{3}|20\\d{2}))?(?![\\p{L}\\p{N}])`, 'iu');

/**
 * "the last weekend of the month", "the first week of next month": the article's month (or the
 * next), in the fourth group; "the month" after a month named just before is that one ("from
 * Tuesday, May 19 … on the last weekend of the month"; "in March … the last week of the month"),
 * its year found as for "the last week of March".
 */
const RELATIVE_MONTH = '(the|this|next)\\s+month';
const MONTH_NAMED_BEFORE = /\b(Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/g;
const MONTH_NAMED_REACH = 300;

/** The month "the month", "this month", "next month" name, with its year when it is the article's (see RELATIVE_MONTH). */
function relativeMonth(context: ParsingContext, m: RegExpExecArray): { year?: number; month: number } {
  const word = m[4].toLowerCase();
  if (word === 'the') {
    const named = [...context.text.slice(Math.max(0, m.index - MONTH_NAMED_REACH), m.index).matchAll(MONTH_NAMED_BEFORE)].pop();
    if (named) return { month: monthNumber(named[1]) };
  }
  const ref = context.reference.getDateWithAdjustedTimezone();
  const index = ref.getFullYear() * 12 + ref.getMonth() + (word === 'next' ? 1 : 0);
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * "the second week of August", "the last week of June 2024": the ISO week holding the
 * middle of those seven days (the 11th for the second week, the last day but three for the
 * last). Capitalised months only.
 */
const NTH_WEEK_OF_MONTH = new RegExp(`the\\s+(first|second|third|fourth|last|final)\\s+week\\s+(?:of|in)\\s+(?:${MONTH_NAME}(?:,?\\s+(1\\d{3}|20\\d{2}))?|${RELATIVE_MONTH})(?![\\p{L}\\p{N}])`, 'iu');
const NTH: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };

/** "the weekend of Sept. 12", "the weekend of 12 and 13 December": the weekend of that day's ISO week. */
const WEEKEND_OF_DAY = new RegExp(`the\\s+weekend\\s+of\\s+(?:${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:and|&|-|–)\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+${MONTH_NAME})(?:,?\\s+(1\\d{3}|20\\d{2}))?(?![\\p{L}\\p{N}])`, 'iu');

/** "the first weekend of June", "the final weekend of October": the weekend of the month's n-th (or last) Saturday. */
const NTH_WEEKEND_OF_MONTH = new RegExp(`the\\s+(first|second|third|fourth|last|final)\\s+weekend\\s+(?:of|in)\\s+(?:${MONTH_NAME}(?:,?\\s+(1\\d{3}|20\\d{2}))?|${RELATIVE_MONTH})(?![\\p{L}\\p{N}])`, 'iu');

/** One match of `pattern` inside the text `m` matched (a union of patterns), placed where `m` is in the text. */
function within(pattern: RegExp, m: RegExpExecArray): RegExpExecArray | null {
  const sub = pattern.exec(m[0]);
  if (!sub) return null;
  sub.index += m.index;
  return sub;
}

/** A union of patterns, each tried in turn on what the union matched (one parser, one gate). */
function union(...patterns: RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), 'iu');
}

export function monthOfYearParsers(): NewsParser[] {
  return [
    newsParser(TriggerKind.month | TriggerKind.unit, union(NTH_WEEK_OF_MONTH, WEEK_OF_DAY), (context, whole) => {
      let m = within(NTH_WEEK_OF_MONTH, whole);
      if (m && m[0].length === whole[0].length) {
        const relative = m[4] ? relativeMonth(context, m) : null;
        const month = relative ? relative.month : monthNumber(m[2]);
        if (month === 0 || (!relative && !/^\p{Lu}/u.test(m[2]))) return null;
        const nth = NTH[m[1].toLowerCase()];
        // The last week's middle: three days before the month's last day (its length in a common year will do).
        const day = nth > 0 ? 7 * nth - 3 : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] - 3;
        const year = relative ? relative.year : m[3] ? Number(m[3]) : undefined;
        return resultOf(context, m, year !== undefined ? { year, month, day } : { month, day }, { kind: 'weekOf' });
      }
      m = within(WEEK_OF_DAY, whole);
      if (!m) return null;
      const month = monthNumber(m[1]);
      const day = Number(m[2]);
      if (month === 0 || day < 1 || day > 31) return null;
      return resultOf(context, m, m[3] ? { year: Number(m[3]), month, day } : { month, day }, { kind: 'weekOf' });
    }, ['week of', 'week in']),
    newsParser(TriggerKind.month | TriggerKind.unit, union(NTH_WEEKEND_OF_MONTH, WEEKEND_OF_DAY), (context, whole) => {
      let m = within(NTH_WEEKEND_OF_MONTH, whole);
      if (m && m[0].length === whole[0].length) {
        const relative = m[4] ? relativeMonth(context, m) : null;
        const month = relative ? relative.month : monthNumber(m[2]);
        if (month === 0 || (!relative && !/^\p{Lu}/u.test(m[2]))) return null;
        const year = relative ? relative.year : m[3] ? Number(m[3]) : undefined;
        return resultOf(context, m, year !== undefined ? { year, month } : { month }, { kind: 'weekOf', weekend: NTH[m[1].toLowerCase()] });
      }
      m = within(WEEKEND_OF_DAY, whole);
      if (!m) return null;
      const month = monthNumber(m[1] ?? m[4]);
      const day = Number(m[2] ?? m[3]);
      if (month === 0 || day < 1 || day > 31) return null;
      return resultOf(context, m, m[5] ? { year: Number(m[5]), month, day } : { month, day }, { kind: 'weekOf', weekend: 0 });
    }, ['weekend']),
    newsParser(TriggerKind.month | TriggerKind.unit, MONTH_OF_RELATIVE_YEAR, (context, m) => {
      const month = monthNumber(m[2]);
      // "May last year" as a name or a verb is left to chrono and its filters.
      if (month === 0 || /^may$/i.test(m[2]) && m[2] !== 'May') return null;
      // A day on both sides ("3 June 5 last year") is no date of this form.
      if (m[1] && m[3]) return null;
      const dayText = m[1] ?? m[3];
      const day = dayText ? Number(dayText) : undefined;
      if (day !== undefined && (day < 1 || day > 31)) return null;
      const shift = { this: 0, last: -1, next: 1 }[m[4].toLowerCase() as 'this' | 'last' | 'next'];
      const year = context.reference.getDateWithAdjustedTimezone().getFullYear() + shift;
      return resultOf(context, m, day === undefined ? { year, month } : { year, month, day }, {});
    }, THIS_LAST_NEXT_YEAR),
  ];
}
