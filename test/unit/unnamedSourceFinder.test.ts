import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/text/analyzedText';
import { findNamesWithTagger } from '../../src/core/names/taggedNameFinder';
import { groupEntities } from '../../src/core/entities/entityGrouper';
import { findQuotes, type FoundQuote } from '../../src/core/quotes/quoteFinder';
import { buildMentionIndex } from '../../src/core/quotes/mentionIndex';
import { UnnamedSourceFinder } from '../../src/core/quotes/unnamedAntecedents';
import { UnnamedSourceList, unnamedSources } from './helpers/unnamedSourcesReference';
import { annotate } from '../../src/core/annotate';

// UnnamedSourceFinder reads a cue's subject only where a pronoun looks back; what it gives
// must be what the whole list of unnamed sources gives, wherever the pronoun stands.

function lookups(text: string, quotes?: (found: FoundQuote[]) => FoundQuote[]): { list: UnnamedSourceList; finder: UnnamedSourceFinder; count: number } {
  const doc = analyzeText(text);
  const entities = groupEntities(findNamesWithTagger(doc), doc);
  const found = findQuotes(doc, []);
  const used = quotes ? quotes(found) : found;
  const ctx = { index: buildMentionIndex(doc, entities, used) };
  const all = unnamedSources(doc, used, ctx);
  return { list: new UnnamedSourceList(all), finder: new UnnamedSourceFinder(doc, used, ctx), count: all.length };
}

/** The list's answer cut to `from`, as the lookups promise it. */
function expected(list: UnnamedSourceList, at: number, from: number): string | undefined {
  const s = list.lastEndingBy(at);
  return s && s.start >= from ? `${s.start}-${s.end} ${s.text} ${s.takes}` : undefined;
}

function assertSame(text: string, quotes?: (found: FoundQuote[]) => FoundQuote[]): number {
  const { list, finder, count } = lookups(text, quotes);
  for (let at = 0; at <= text.length; at++) {
    for (const back of [0, 40, 120, 3000, Number.POSITIVE_INFINITY]) {
      const from = at - back;
      const s = finder.lastEndingBy(at, from);
      assert.equal(s && `${s.start}-${s.end} ${s.text} ${s.takes}`, expected(list, at, from), `at ${at}, from ${from}`);
    }
  }
  return count;
}

const TEXT = [
  'Mayor Tom Reed spoke first. A spokeswoman for the council said the vote was close. "We won by two votes," she said.',
  'Two officials said the work would move abroad. "There is no other way," they said. Reed said the plant would stay.',
  'A resident, Ana Ruiz, said the water was brown. "It smells," she said. Senior aides said the mayor knew. An engineer said the pipes were old.',
  '"It is not safe," a spokesman said. "We will close it," he added. Officials told the paper the repairs would take weeks.',
].join('\n\n');

suite('unnamed sources: the finder gives what the whole list gives', () => {
  test('at every offset of an article with named and unnamed sources, for every reach back', () => {
    assert.ok(assertSame(TEXT) >= 4);
  });

  test('two quotes sharing one subject: the second, at the same start, is not a source of its own', () => {
    const text = 'A spokeswoman for the council said the vote was close and said the count was fair. "We won," she said.';
    assertSame(text);
  });

  test('quotes out of order and subjects shared at a distance: the same as the list', () => {
    // The finder must not lean on the quotes' order: reversed, and each quote twice.
    assertSame(TEXT, (found) => [...found].reverse());
    assertSame(TEXT, (found) => found.flatMap((q) => [q, q]));
    assertSame(TEXT, (found) => [...found, ...found]);
  });

  test('a pronoun still goes on with the unnamed source before it', () => {
    const a = annotate(TEXT, { documentDate: '2024-03-06' });
    const q = a.quotes.find((x) => x.text.includes('We won by two votes'));
    assert.equal(q?.speakerReferent?.text, 'A spokeswoman for the council');
    const r = a.quotes.find((x) => x.text.includes('There is no other way'));
    assert.equal(r?.speakerReferent?.text, 'Two officials');
  });
});
