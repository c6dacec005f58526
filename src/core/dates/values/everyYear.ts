import type { TimexContext } from './timexContext';

// Days and months of every year rather than one date (TimeML's XXXX-04, XXXX-01-01): the months a
// fiscal year or a storm season runs in, what habitually happens in a month or on a day.

/**
 * "India's fiscal year runs from April to March", "Apple's fiscal year ends in September", "the
 * school year starts in September", "the storm season runs from September to August": the months
 * every such year begins or ends in, of no one year (TimeML's XXXX-04); not "this fiscal year ends
 * in March", "the current financial year", "the 2025/26 academic year" or "the season" of a sport
 * (which season is told by the story), one year's.
 */
export const YEARLY_SPAN_MONTH = /(?<!(?:\b(?:[Tt]his|[Cc]urrent|[Nn]ext|[Ll]ast|[Cc]oming|[Pp]revious|[Tt]hat|[Nn]ew)|\d)\s+)\b(?:(?:fiscal|financial|tax|school|academic|business)\s+years?|(?:storm|hurricane|cyclone|typhoon|monsoon|wildfire|bushfire|fire|flu|hunting|fishing|ski|tourist)\s+seasons?)\s+(?:runs|run|starts|start|begins|begin|ends|end|closes|close)\s+(?:(?:from|in|on)\s+)?(?:[A-Z][a-z]+\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\s+(?:to|through|until|till|and|-|–)\s+(?:the\s+end\s+of\s+)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?\s+(?:to|through|until|till|and|-|–)\s+)?(?:in\s+|on\s+)?$/;

const HABITUALLY = '(?:always|usually|typically|normally|traditionally|generally|invariably|often|tends?\\s+to)';
/** "January and February are always hardest", "January is usually the busiest month": the month is what habitually is so. */
const HABITUAL_AFTER = new RegExp(`^(?:,?\\s+(?:and|or)\\s+[A-Z][a-z]+)?\\s+(?:is|are)\\s+${HABITUALLY}\\b`);
/** "Sales usually peak in December", "Parliament traditionally rises in July": a present verb of habit in the month's clause. */
const HABITUAL_BEFORE = new RegExp(`\\b${HABITUALLY}\\s+(?:[a-z]+(?:s|es)?\\s+){1,3}(?:in|during|by|until|from|before|after)\\s+(?:early\\s+|late\\s+|mid-)?$`);

/**
 * A month of every year (TimeML's XXXX-01) in a sentence of what happens each year: "January and
 * February are always hardest", "Sales usually peak in December". Not in the past ("always
 * peaked in December" told of years gone, which the tense reads).
 */
export function habitualMonth(ctx: TimexContext): boolean {
  const end = ctx.position + ctx.phraseLength;
  if (HABITUAL_AFTER.test(ctx.text.slice(end, end + 40))) return true;
  const before = ctx.text.slice(Math.max(0, ctx.position - 60), ctx.position);
  return (HABITUAL_BEFORE.test(before) || EVERY_YEAR_BEFORE.test(before)) && ctx.tense() !== 'past';
}

/** A perfect ("have not lost", "has snowed") in the clause before a day of the year: the days are counted over years (EVERY_YEAR_SINCE). */
const PERFECT_IN_CLAUSE = /\b(?:has|have|'ve|had)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:(?:on|at|over)\s+)?$/iu;
/** After the day, in its clause, the year the count runs from: "… on January 1 since 2019". */
const SINCE_YEAR_AFTER = /^[^.;:!?]{0,40}?\bsince\s+(?:19|20)\d\d\b/;
/** "is usually", "typically goes": a habit in the day's clause, on either side of it (no comma between). */
const HABIT_IN_CLAUSE_BEFORE = new RegExp(`\\b${HABITUALLY}\\b[^.;:!?,]{0,50}$`);
const HABIT_IN_CLAUSE_AFTER = new RegExp(`^[^.;:!?,]{0,50}\\b${HABITUALLY}\\b`);

/**
 * A day of the year that recurs rather than one date: "have not lost on January 1 since 2019" (a
 * perfect counting over the years since one), "whoever is bottom at Christmas usually goes down"
 * (a habit in the present). TimeML writes it XXXX-01-01.
 */
export function dayOfEveryYear(ctx: TimexContext): boolean {
  const end = ctx.position + ctx.phraseLength;
  const before = ctx.text.slice(Math.max(0, ctx.position - 60), ctx.position);
  const after = ctx.text.slice(end, end + 60);
  if (SINCE_YEAR_AFTER.test(after) && PERFECT_IN_CLAUSE.test(before)) return true;
  return (HABIT_IN_CLAUSE_BEFORE.test(before) || HABIT_IN_CLAUSE_AFTER.test(after) || EVERY_YEAR_BEFORE.test(before)) && ctx.tense() !== 'past';
}

/** "Every year on Sept. 11, the bell rings", "each year in March": a day or a month of every year, opened earlier in its clause. */
const EVERY_YEAR_BEFORE = /\b(?:every|each)\s+year\s+(?:on|in|at)\s+(?:the\s+(?:morning|afternoon|evening|night|eve|anniversary)\s+of\s+)?$/i;
