import * as assert from 'node:assert/strict';
import type { NameMention } from '../../../src/core/names/nameMention';

/**
 * Name mentions written by hand, so that entity tests do not depend on the tagger: each
 * [name, type, title?] found in `text` after the one before.
 */
export function mentionsIn(text: string, names: Array<[string, NameMention['type'], string?]>): NameMention[] {
  const out: NameMention[] = [];
  let from = 0;
  for (const [name, type, title] of names) {
    const start = text.indexOf(name, from);
    assert.ok(start >= 0, `${name} not found after ${from}`);
    out.push({ start, end: start + name.length, text: name, type, ...(title ? { title } : {}) });
    from = start + name.length;
  }
  return out;
}
