import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

// "between 5 and 9 December", "on 14 or 15 March", "on 2, 9, 16 and 23 January": copy that
// writes the day before the month names several days of one month with the month once,
// after the last. chrono reads the last day and leaves the numbers before it, so those
// days were lost. Each is a day of the same month (and year, when one is named).
//
// A bare number is a date only where a preposition of time opens the list ("between",
// "from", "on", "for": "strikes called for 7 and 8 August"), the numbers rise and each is a day of a month: "aged 5 and 9 December"
// and "scored 3 and 4 December" are no list of days.

const DAYS_BEFORE = /\b(between|from|on|for)\s+((?:\d{1,2}(?:st|nd|rd|th)?\s*,\s*)*\d{1,2}(?:st|nd|rd|th)?)\s*,?\s+(?:and|or|&|to)\s+$/i;
const DAY = /\d{1,2}/g;
/** How far before the last day the list may start. */
const REACH = 48;

export const daysBeforeMonth: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    let added: ParsingResult[] | undefined;
    for (const r of results) {
      const c = r.start;
      if (r.end || !c.isCertain('month') || !c.isCertain('day') || c.isCertain('hour') || !/^\d/.test(r.text)) continue;
      const from = Math.max(0, r.index - REACH);
      const m = DAYS_BEFORE.exec(context.text.slice(from, r.index));
      if (!m) continue;
      const listStart = from + m.index + m[0].length - m[0].slice(m[1].length).trimStart().length;
      const days: Array<{ day: number; index: number; text: string }> = [];
      for (const d of m[2].matchAll(DAY)) days.push({ day: Number(d[0]), index: listStart + (d.index ?? 0), text: d[0] });
      const last = c.get('day') ?? 0;
      if (!days.every((d, i) => d.day >= 1 && d.day < last && (i === 0 || d.day > days[i - 1].day))) continue;
      // "from 7 to 9 December": chrono may have read the first day already.
      if (results.some((o) => o !== r && o.index < r.index && o.index + o.text.length > listStart)) continue;
      for (const d of days) {
        const day = context.createParsingResult(d.index, context.text.slice(d.index, d.index + d.text.length));
        day.start = context.createParsingComponents({ month: c.get('month') ?? 1, day: d.day });
        if (c.isCertain('year')) day.start.assign('year', c.get('year') ?? 0);
        else day.start.imply('year', c.get('year') ?? context.refDate.getFullYear());
        day.addTags(r.tags());
        (added ??= []).push(day);
      }
    }
    return added ? [...results, ...added].sort((a, b) => a.index - b.index) : results;
  },
};
