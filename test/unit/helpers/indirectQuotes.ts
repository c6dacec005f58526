import * as assert from 'node:assert/strict';
import { annotate } from '../../../src/core/annotate';
import type { Quote } from '../../../src/core/types';

/** The indirect quotes the whole pipeline finds in `text` (article date fixed). */
export function indirect(text: string): Quote[] {
  return annotate(text, { documentDate: '2024-03-06' }).quotes.filter((q) => q.kind === 'indirect');
}

/** The one indirect quote of `text`; fails, listing what was found, when there is not exactly one. */
export function one(text: string): Quote {
  const found = indirect(text);
  assert.equal(found.length, 1, `expected one indirect quote, got ${JSON.stringify(found.map((q) => q.text))}`);
  return found[0];
}
