import type { DateMention } from '../types';
import type { Check, CheckFinding } from './checkTypes';

// Words that place a date relative to the day the article appeared. Checked on the
// date's own text, so "Monday" or "last week" counts even if a finder guessed a value.
const DEICTIC = /\b(?:yesterday|today|tonight|tomorrow|now|recently|ago|last|next|this|coming|past|previous|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\b/iu;
const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/iu;
const YEAR = /\b\d{4}\b|'\d{2}\b/u;

/** A date whose calendar value depends on when the article appeared. */
export function isRelativeDate(d: DateMention): boolean {
  if (d.type !== 'DATE' && d.type !== 'TIME') return false;
  if (d.value === null || d.value.startsWith('XXXX')) return true;
  if (DEICTIC.test(d.text)) return true;
  return MONTH.test(d.text) && !YEAR.test(d.text); // "June 5": which year?
}

/**
 * Relative dates in an article whose own date is unknown: "Monday" cannot be placed on
 * the calendar. The fix runs Set Article Date.
 */
export const relativeDateWithoutArticleDate: Check = {
  id: 'relative-date-without-article-date',
  setting: 'relativeDateWithoutArticleDate',
  description: 'A relative date ("Monday", "last week") in an article whose date is unknown.',
  run({ annotations }) {
    if (annotations.documentDate !== null) return [];
    const out: CheckFinding[] = [];
    for (const d of annotations.dates) {
      if (!isRelativeDate(d)) continue;
      out.push({
        checkId: this.id,
        start: d.start,
        end: d.end,
        message: `"${d.text}" cannot be placed on the calendar: the article's date is unknown.`,
        fixes: [{ title: 'Set the article date…', action: { kind: 'set-article-date' }, preferred: true }],
      });
    }
    return out;
  },
};
