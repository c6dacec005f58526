import * as chrono from 'chrono-node';
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { MONTH_WORD } from '../monthNames';

// chrono's merging refiners join a clock time to the date after it across marks that
// close its phrase:
// - a closing parenthesis: "past midnight local time (22:00 GMT) on Monday" became
//   "22:00 GMT) on Monday". The day is the clock time's, so the time keeps it; the
//   phrase ends at the parenthesis and the day after it is a date of its own.
// - the end of a sentence after "a.m." or "p.m.": "observed at 8 p.m. This year's
//   ceremonies" became "at 8 p.m. This year", a year. The clock time stands alone and
//   the next sentence's date is its own. A weekday or a month after the time is the
//   time's day, as news writes it ("at 8 p.m. Friday", "at 9 a.m. Dec. 4").
// - a live blog's time stamp: "11:05 Yesterday the Treasurer hinted ..." opening a line
//   became 11:05 yesterday. The stamp is the entry's time on the blog's day; the entry's
//   first words are a sentence of their own. Again a weekday or a month after it is the
//   stamp's day ("09:00 Monday: ...").
// - a blank line before a number: "Friday 5 July" heading a live blog over "07.55 BST" became
//   5 July 2007, the stamp's hour read as the year, and the stamp was lost. The heading is a
//   date of its own, the stamp another.

const SENTENCE_AFTER_CLOCK = /\b[ap]\.m\.(\s+)(?=(\p{Lu}\p{L}*))/u;
/** A clock time with its minutes opening a line, then the entry's capitalised first word. */
const STAMP_BEFORE_ENTRY = /^(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\b\.?)?(?:\s+(?:GMT|UTC|BST|CET|CEST|AEST|AEDT|IST|ET|EST|EDT|PT|PST|PDT))?)(\s+)(?=(\p{Lu}\p{L}*))/u;
/** A blank line inside a result. */
const BLANK_LINE = /\n[^\S\n]*\n\s*/;
const DAY_WORD = new RegExp(`^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|${MONTH_WORD}|Noon|Midnight|GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|ET|PT|CT|MT)$`);

export const joinedAcrossBoundary: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    let added: ParsingResult[] | undefined;
    let dropped: Set<ParsingResult> | undefined;
    for (const r of results) {
      const blank = BLANK_LINE.exec(r.text);
      const after = r.index + r.text.length;
      if (blank && /^[.:]\d/.test(context.text.slice(after, after + 2))) {
        const tail = r.index + blank.index + blank[0].length;
        (dropped ??= new Set()).add(r);
        (added ??= []).push(...datesOf(context, r.text.slice(0, blank.index), r.index), ...datesOf(context, context.text.slice(tail, tail + 24), tail));
        continue;
      }
      if (r.end || !r.start.isCertain('hour')) continue;
      const close = r.text.indexOf(')');
      if (close > 0 && !r.text.slice(0, close).includes('(')) {
        const tail = r.text.slice(close + 1);
        r.text = r.text.slice(0, close).trimEnd();
        (added ??= []).push(...datesOf(context, tail, r.index + close + 1));
        continue;
      }
      const m = SENTENCE_AFTER_CLOCK.exec(r.text) ?? (opensLine(context.text, r.index) ? STAMP_BEFORE_ENTRY.exec(r.text) : null);
      if (!m || DAY_WORD.test(m[2])) continue;
      const cut = m.index + m[0].length - m[1].length;
      const tail = r.text.slice(cut);
      const clock = r.start;
      r.text = r.text.slice(0, cut);
      r.start = context.createParsingComponents({ hour: clock.get('hour') ?? 0, minute: clock.get('minute') ?? 0 });
      if (clock.isCertain('meridiem')) r.start.assign('meridiem', clock.get('meridiem') ?? 0);
      r.start.imply('year', context.refDate.getFullYear());
      r.start.imply('month', context.refDate.getMonth() + 1);
      r.start.imply('day', context.refDate.getDate());
      (added ??= []).push(...datesOf(context, tail, r.index + cut));
    }
    const kept = dropped ? results.filter((r) => !dropped.has(r)) : results;
    return added ? [...kept, ...added].sort((a, b) => a.index - b.index) : kept;
  },
};

/** Only white space stands between `index` and the start of its line. */
function opensLine(text: string, index: number): boolean {
  return /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, index - 8), index));
}

/** chrono's dates in `tail` (which starts at `offset` in the text), each as the text's result; only those at its start, past a preposition. */
function datesOf(context: ParsingContext, tail: string, offset: number): ParsingResult[] {
  const lead = /^\s*(?:(?:on|at|in)\s+)?/i.exec(tail)?.[0].length ?? 0;
  // chrono's weekday takes "on" into its text ("on Monday"); the date is the words after it.
  return chrono.casual.parse(tail, context.refDate).filter((d) => d.index <= lead && d.index + d.text.length > lead).map((d) => {
    const out = context.createParsingResult(offset + lead, d.text.slice(lead - d.index));
    out.start = context.createParsingComponents();
    for (const unit of ['year', 'month', 'day', 'weekday', 'hour', 'minute', 'meridiem'] as const) {
      if (d.start.isCertain(unit)) out.start.assign(unit, d.start.get(unit) ?? 0);
      else out.start.imply(unit, d.start.get(unit) ?? 0);
    }
    for (const tag of d.tags()) out.addTag(tag);
    return out;
  });
}
