// English month names as news writes them ("June", "Sept.", "Oct"), for the readers that
// find dates outside chrono: the article-date finder and the refiners.

/** The months' names, January first. */
export const MONTH_NAMES: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A month name, full or abbreviated, as a pattern with no group and no full stop. */
export const MONTH_WORD = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** A month name, full or abbreviated, in one capturing group; the abbreviation's full stop follows it, outside the group. */
export const MONTH_NAME = `(${MONTH_WORD})\\.?`;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** 1–12 for a month name as MONTH_NAME matches it ("Sept." → 9), 0 for anything else. */
export function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '').slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0;
}
