import type { DateMention } from '../types';
import { MONTH_WORD } from './monthNames';

// "In the comparable year-ago quarter, the second quarter ended Oct. 31, the company lost
// $12.5 million", "the year before, 2014, was quieter": a period named only relative to
// another period, with its calendar name set beside it between commas. The two phrases name
// one period, and the one that names it outright says which: the first takes its value. Not
// a fronted phrase before the subject ("A year earlier, the third quarter had ..."), which no
// comma closes.

/** The shape of a calendar period's value: a year, or a year's quarter, half, month or week. */
const PERIOD_VALUE = /^\d{4}(?:(-[QHW]?)\d+)?$/;
/** Words that name a period outright: a number, a month, an ordinal quarter or half. */
const NAMED = new RegExp(`\\d|\\b(?:${MONTH_WORD}|first|second|third|fourth|final)\\b`, 'i');
/** A period named from the article date ("this quarter", "last year") is known already; one named from another period ("the year-ago quarter", "the year before") is not. */
const DEICTIC = /\b(?:this|last|next|current|coming|past)\b/i;
/** Between the two phrases: a comma alone. */
const BESIDE = /^,[^\S\n]+$/;
/** After the second: its own words ("ended Oct. 31", "of 1988") and the comma that closes it, not a verb ("the third quarter had"). */
const CLOSED = /^(?:[^\S\n]+(?:ended|ending|of|to)[^\S\n][^,;:!?\n]{1,30})?,/;

/** The value `first` takes from `second` set beside it, or null when they are not one period named twice. */
export function valueNamedBeside(text: string, first: DateMention, second: DateMention): string | null {
  if (!BESIDE.test(text.slice(first.end, second.start))) return null;
  if (first.type !== 'DATE' || second.type !== 'DATE' || first.value === null || second.value === null || first.value === second.value) return null;
  const a = PERIOD_VALUE.exec(first.value);
  const b = PERIOD_VALUE.exec(second.value);
  if (!a || !b || a[1] !== b[1]) return null;
  if (NAMED.test(first.text) || DEICTIC.test(first.text) || !NAMED.test(second.text)) return null;
  return CLOSED.test(text.slice(second.end, second.end + 48)) ? second.value : null;
}
