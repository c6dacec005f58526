import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

// "the summit on April 24 and 25", "a vote on Oct. 3 or 4", "shows on July 11, 12 and 16":
// news names two or more days of one month with the month once. chrono reads the first and leaves the bare number, so the
// second day was lost. It is the same month (and year, when one is named) as the first.
//
// A number followed by a noun is a count ("on April 24 and 25 people died"), so the
// second day counts only before punctuation, the end of the text or a word that cannot
// start a noun phrase; and it must come after the first day, within the month.

const SECOND_DAY = /^(\s+(?:and|or|&)\s+)(\d{1,2})(?:st|nd|rd|th)?(?:,\s*(1\d{3}|20\d{2}))?(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|of|with|when|as|to|for|and|but|the|a|an)\b)/i;
/**
 * "on July 11, 12, 16, 19 and 20", "on March 3, 5 and 7": a list of days of the month, each
 * after a comma, the last after "and" or "or"; only so ended is it a list (", 12 people" is a count).
 */
const DAY_LIST = /^((?:,\s*\d{1,2}(?:st|nd|rd|th)?(?!\d)){1,8})(,?\s+(?:and|or|&)\s+)(\d{1,2})(?:st|nd|rd|th)?(?:,\s*(1\d{3}|20\d{2}))?(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|of|with|when|as|to|for|and|but|the|a|an)\b)/i;
/** How far after the first day the conjunction and number may run. */
const REACH = 24;
const LIST_REACH = 64;

export const secondDayOfMonth: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const added: ParsingResult[] = [];
    for (const r of results) {
      const c = r.start;
      if (r.end || !c.isCertain('month') || !c.isCertain('day') || c.isCertain('hour')) continue;
      const end = r.index + r.text.length;
      const first = c.get('day') ?? 0;
      // Each later day: where it starts in the text, its text and number; the year after the last, if any.
      const days: Array<{ index: number; text: string; day: number }> = [];
      let named: string | undefined;
      const m = SECOND_DAY.exec(context.text.slice(end, end + REACH));
      if (m) {
        days.push({ index: end + m[1].length, text: m[0].slice(m[1].length), day: Number(m[2]) });
        named = m[3];
      } else {
        const list = DAY_LIST.exec(context.text.slice(end, end + LIST_REACH));
        if (!list) continue;
        for (const item of list[1].matchAll(/\d{1,2}(?:st|nd|rd|th)?/g)) days.push({ index: end + (item.index ?? 0), text: item[0], day: parseInt(item[0], 10) });
        const lastStart = list[1].length + list[2].length;
        days.push({ index: end + lastStart, text: list[0].slice(lastStart), day: Number(list[3]) });
        named = list[4];
      }
      // Each day after the one before, within the month.
      if (days.some((d, i) => d.day <= (i === 0 ? first : days[i - 1].day) || d.day > 31)) continue;
      const year = named ? Number(named) : c.isCertain('year') ? c.get('year') : null;
      // "Oct. 3 and 4, 2022": the year at the end belongs to every day.
      if (year !== null && named) c.assign('year', year);
      for (const d of days) {
        const next = context.createParsingResult(d.index, d.text);
        next.start = context.createParsingComponents({ month: c.get('month') ?? 1, day: d.day });
        if (year !== null) next.start.assign('year', year);
        else next.start.imply('year', c.get('year') ?? context.refDate.getFullYear());
        next.addTags(r.tags());
        added.push(next);
      }
    }
    if (added.length === 0) return results;
    // A year after the second day was read alone ("2022"); the second day now holds it.
    const kept = results.filter((r) => !added.some((a) => a.index < r.index + r.text.length && r.index < a.index + a.text.length));
    return [...kept, ...added].sort((a, b) => a.index - b.index);
  },
};
