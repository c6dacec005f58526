import { MONTH_WORD } from '../monthNames';
import type { TimexContext } from './timexContext';

// Whether "10/01/2024" is the first of October or the tenth of January: the text around it shows
// which way it writes its dates.

/** A numeric date both of whose first two numbers may be a month: "10/01/2024", "3/4". */
export const AMBIGUOUS_SLASH_DATE = /^(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|1[0-2])(?:\/(?:\d\d|\d{4}))?$/;
const DAY_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD}\\b|\\b(?:1[3-9]|2\\d|3[01])[/.](?:0?[1-9]|1[0-2])[/.]\\d{2,4}\\b`, 'g');
const MONTH_DAY = new RegExp(`\\b${MONTH_WORD}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?![,.]?\\d)|\\b(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\\d|3[01])/\\d{2,4}\\b`, 'g');
/**
 * How far around an ambiguous numeric date its text's habit is read: within what the
 * incremental finder lets a date depend on (lastDateRun.ts, READ_BACK and READ_AHEAD).
 */
const HABIT_BACK = 2500;
const HABIT_AHEAD = 1500;

/**
 * Whether the text around a date writes dates day first ("14 March", "27/02/2024") more
 * often than month first ("March 14", "02/27/2024"): British, European, Indian and
 * Australian copy.
 */
export function writesDayFirst(ctx: TimexContext): boolean {
  const around = ctx.text.slice(Math.max(0, ctx.position - HABIT_BACK), ctx.position + ctx.phraseLength + HABIT_AHEAD);
  return (around.match(DAY_MONTH)?.length ?? 0) > (around.match(MONTH_DAY)?.length ?? 0);
}
