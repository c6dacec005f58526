import * as assert from 'node:assert/strict';
import { annotate } from '../../../src/core/annotate';
import type { Quote } from '../../../src/core/types';

/** The article date the tests of written articles annotate with. */
const ARTICLE_DATE = '2025-11-01';

/** The quotes the whole pipeline finds in `text`. */
export function quotes(text: string): Quote[] {
  return annotate(text, { documentDate: ARTICLE_DATE }).quotes;
}

/** The first quote holding `words` (of `kind` when given); fails, listing what was found, when there is none. */
export function quoteAt(text: string, words: string, kind?: Quote['kind']): Quote {
  const all = quotes(text);
  const found = all.filter((q) => q.text.includes(words) && (kind === undefined || q.kind === kind));
  assert.ok(found.length > 0, `no quote holding ${JSON.stringify(words)} in ${JSON.stringify(all.map((q) => [q.kind, q.text]))}`);
  return found[0];
}
