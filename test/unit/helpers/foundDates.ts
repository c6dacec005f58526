import * as assert from 'node:assert/strict';
import { findDates } from '../../../src/core/dates/dateFinder';
import type { TimexType } from '../../../src/core/types';

// How the date tests read findDates(): each date as [text, type, value], against an
// article date of Wednesday 21 June 2023 unless a test gives another.
export const WEDNESDAY = '2023-06-21';

export type Found = [text: string, type: TimexType, value: string | null];

export function dates(text: string, articleDate: string | null = WEDNESDAY): Found[] {
  return findDates(text, articleDate).map((d) => [d.text, d.type, d.value]);
}

/** Each date as [text, type, value, point]: the point a length of time anchored in the story leads to ("three days later"), else undefined. */
export function withPoints(text: string, articleDate: string | null = WEDNESDAY): [...Found, string | null | undefined][] {
  return findDates(text, articleDate).map((d) => [d.text, d.type, d.value, d.point]);
}

/** The one date of `text` (fails when there are none or several). */
export function only(text: string, articleDate: string | null = WEDNESDAY): Found {
  const found = dates(text, articleDate);
  assert.equal(found.length, 1, `one date expected in ${JSON.stringify(text)}, got ${JSON.stringify(found)}`);
  return found[0];
}
