import * as chrono from 'chrono-node';
import type { DateMention, TimexType } from '../types';
import { pad, parseIsoDate, toIsoDate } from './isoDate';

/**
 * Dates via chrono-node, anchored to the article date, turned into TimeML types and
 * values. Without an article date, only expressions that name their own year get a value.
 */
export function findDates(text: string, documentDate: string | null): DateMention[] {
  const anchor = documentDate ? parseIsoDate(documentDate) : null;
  const ref = anchor ? new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const results = chrono.casual.parse(text, { instant: ref, timezone: 0 });
  const out: DateMention[] = [];
  for (const r of results) {
    if (isFalsePositive(r.text)) continue;
    const start = r.start;
    const type: TimexType = start.isCertain('hour') ? 'TIME' : 'DATE';
    const absolute = start.isCertain('year');
    let value: string | null = null;
    if (absolute || anchor) {
      const year = start.get('year') ?? 0;
      const month = start.get('month') ?? 1;
      const day = start.get('day') ?? 1;
      const dayKnown = start.isCertain('day') || start.isCertain('weekday') || !absolute;
      const monthKnown = start.isCertain('month') || !absolute;
      value = dayKnown ? toIsoDate(year, month, day) : monthKnown ? `${year}-${pad(month)}` : String(year);
      if (type === 'TIME') value += `T${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}`;
    }
    const trimmed = r.text.replace(/[\s,.;:]+$/u, '');
    out.push({ start: r.index, end: r.index + trimmed.length, text: trimmed, type, value });
  }
  return out;
}

// chrono reads some ordinary words as times; news text makes them frequent.
function isFalsePositive(phrase: string): boolean {
  return /^(?:may|march|now|sat|sun|mon|second|\d{1,2})$/i.test(phrase.trim());
}
