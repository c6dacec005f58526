import type { Token } from '../text/tokenizer';
import { CaselessWords } from './caselessTests';

// News copy puts when someone spoke between the subject and the verb: "Smith last week said",
// "The minister late Tuesday told reporters", "Jones earlier this month warned", "the company
// two days ago said". The phrase is read back from the word before the verb, so the speaker
// phrase behind it can be found.

const WEEKDAYS = new CaselessWords(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Parts of a day that may follow a weekday ("Tuesday night"). */
const DAY_PARTS = new CaselessWords(['morning', 'afternoon', 'evening', 'night']);
/** Spans of time a determiner like "last" or "this" opens ("last week", "this season"). */
const SPANS = new CaselessWords(['week', 'weekend', 'month', 'year', 'season', 'spring', 'summer', 'autumn', 'fall', 'winter', 'morning', 'afternoon', 'evening', 'night', 'quarter']);
/** Words that open a span ("last week", "late Tuesday", "on Monday"). */
const SPAN_OPENERS = new CaselessWords(['last', 'this', 'next', 'late', 'early', 'on', 'overnight']);
/** Words before "this" or "last" ("earlier this month", "late last week"). */
const OPENER_LEADS = new CaselessWords(['earlier', 'later', 'late', 'early']);
/** Plural units before "ago" ("two weeks ago"). */
const UNITS = new CaselessWords(['days', 'weeks', 'months', 'years', 'hours', 'minutes']);
/** Counts before such a unit that are words ("a few weeks ago", "several days ago"). */
const COUNT_WORDS = new CaselessWords(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'several', 'some']);
/** "less than", "more than" before a count. */
const LESS_MORE = new CaselessWords(['less', 'more']);
/** Words that round a count ("about two weeks ago"). */
const ABOUT = new CaselessWords(['about', 'nearly', 'almost', 'just', 'only', 'some', 'roughly']);

/**
 * Where a time phrase that ends at token `j` begins (not before `floor`), or -1: "last week",
 * "earlier this month", "late Tuesday", "on Tuesday night", "two weeks ago". A bare span noun
 * ("week") without its opener is no phrase, nor a lone weekday (read elsewhere).
 */
export function timeAdjunctStart(tokens: readonly Token[], j: number, floor: number): number {
  const word = (k: number): string => (k >= floor && tokens[k].kind === 'word' ? tokens[k].text : '');
  if (j < floor) return -1;
  if (word(j) === 'ago') {
    if (!UNITS.has(word(j - 1))) return -1;
    let k = j - 2;
    if (tokens[k]?.kind === 'number' && k >= floor || COUNT_WORDS.has(word(k))) k--;
    else return -1;
    // "a few weeks ago", "less than two weeks ago", "nearly three years ago".
    if (word(k) === 'a') k--;
    if (word(k) === 'than' && LESS_MORE.has(word(k - 1))) k -= 2;
    else if (ABOUT.has(word(k))) k--;
    return k + 1;
  }
  let k = j;
  if (DAY_PARTS.has(word(k)) && WEEKDAYS.has(word(k - 1))) k--;
  if (WEEKDAYS.has(word(k))) {
    // "late Tuesday", "on Tuesday night"; a weekday alone is read as a word between subject and verb already.
    return SPAN_OPENERS.has(word(k - 1)) ? k - 1 : k === j ? -1 : k;
  }
  if (!SPANS.has(word(k)) || !SPAN_OPENERS.has(word(k - 1)) || word(k - 1) === 'on') return -1;
  k--;
  if (OPENER_LEADS.has(word(k - 1))) k--;
  return k;
}
