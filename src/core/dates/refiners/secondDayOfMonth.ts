import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

// "the summit on April 24 and 25", "a vote on Oct. 3 or 4": news names two days of one
// month with the month once. chrono reads the first and leaves the bare number, so the
// second day was lost. It is the same month (and year, when one is named) as the first.
//
// A number followed by a noun is a count ("on April 24 and 25 people died"), so the
// second day counts only before punctuation, the end of the text or a word that cannot
// start a noun phrase; and it must come after the first day, within the month.

const SECOND_DAY = /^(\s+(?:and|or|&)\s+)(\d{1,2})(?:st|nd|rd|th)?(?:,\s*(1\d{3}|20\d{2}))?(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|of|with|when|as|to|for|and|but|the|a|an)\b)/i;
/** How far after the first day the conjunction and number may run. */
const REACH = 24;

export const secondDayOfMonth: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const added: ParsingResult[] = [];
    for (const r of results) {
      const c = r.start;
      if (r.end || !c.isCertain('month') || !c.isCertain('day') || c.isCertain('hour')) continue;
      const end = r.index + r.text.length;
      const m = SECOND_DAY.exec(context.text.slice(end, end + REACH));
      if (!m) continue;
      const day = Number(m[2]);
      const first = c.get('day') ?? 0;
      if (day <= first || day > 31) continue;
      const index = end + m[1].length;
      const second = context.createParsingResult(index, m[0].slice(m[1].length));
      second.start = context.createParsingComponents({ month: c.get('month') ?? 1, day });
      const year = m[3] ? Number(m[3]) : c.isCertain('year') ? c.get('year') : null;
      if (year !== null) {
        second.start.assign('year', year);
        // "Oct. 3 and 4, 2022": the year at the end belongs to both days.
        c.assign('year', year);
      } else {
        second.start.imply('year', c.get('year') ?? context.refDate.getFullYear());
      }
      second.addTags(r.tags());
      added.push(second);
    }
    if (added.length === 0) return results;
    // A year after the second day was read alone ("2022"); the second day now holds it.
    const kept = results.filter((r) => !added.some((a) => a.index < r.index + r.text.length && r.index < a.index + a.text.length));
    return [...kept, ...added].sort((a, b) => a.index - b.index);
  },
};
