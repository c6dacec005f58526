import type { NewsTags } from '../parsers/newsParser';
import type { Timex, TimexContext } from './timexContext';

// "year-end": the last day of a year, when accounts close; which year, by the words around it.

/** Before "year-end": since then, so the year end before the article date. */
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?$/i;
const PREPOSITION_BEFORE = /\b(?:at|by|until|till|before|after|around|from|to|of|in|through|toward|towards|near|past|since)\s+$/i;

/**
 * "year-end", "year end": the last day of a year, the day accounts close. "last" and "next"
 * count from the article's year; without them, "since year-end" and a past clause ("debt at
 * year-end was") mean the last year end before the article date, any other the article
 * year's; "year-end" before a noun the nearest.
 */
export function yearEndValue(tags: NewsTags, ctx: TimexContext): Timex {
  const anchor = ctx.anchor;
  if (!anchor) return { type: 'DATE', value: null };
  let year = anchor.year;
  const before = ctx.text.slice(Math.max(0, ctx.position - 12), ctx.position);
  const end = ctx.position + ctx.phraseLength;
  if (tags.shift !== undefined) year += Number(tags.shift);
  else if (anchor.month === 12 && anchor.day === 31) year = anchor.year;
  else if (SINCE_BEFORE.test(before)) year--;
  // "the year-end budget deal", "his traditional year-end news conference": a thing of the
  // year end nearest the article date, whatever the tense of the clause it is told in.
  else if (!PREPOSITION_BEFORE.test(before) && /^[^\S\n]+\p{Ll}/u.test(ctx.text.slice(end, end + 2))) year = anchor.month >= 7 ? anchor.year : anchor.year - 1;
  else if (ctx.tense() === 'past') year--;
  // "the year's end" reads as "the end of the year", which TimeML values as the year.
  return { type: 'DATE', value: tags.possessive ? String(year) : `${year}-12-31` };
}
