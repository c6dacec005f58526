import * as assert from 'node:assert/strict';
import { highlightSpans } from '../../src/extension/highlightRanges';
import { adjacentQuote } from '../../src/extension/quoteNavigator';
import { sampleAnnotations } from './helpers/sampleAnnotations';

suite('highlight spans', () => {
  test('speakers are every mention of a quoted person; people the others', () => {
    const a = sampleAnnotations();
    a.people.push({ id: 'p3', name: 'Wang Yi', aliases: [], mentions: [{ start: 0, end: 2, text: 'BE' }], quoteCount: 0 });
    const s = highlightSpans(a);
    assert.deepEqual(s.speakers.map((m) => m.text).sort(), ['Antony Blinken', 'Blinken', 'Xi', 'Xi Jinping']);
    assert.deepEqual(s.people.map((m) => m.text), ['BE']);
    assert.equal(s.quotes.length, 2);
    assert.deepEqual(s.places.map((m) => m.text), ['BEIJING', 'Beijing', 'London']);
    assert.equal(s.dates.length, 3);
  });

  test('a pronoun next to the cue is highlighted as its speaker', () => {
    const a = sampleAnnotations();
    a.quotes[0].speakerMention = { start: 200, end: 202, text: 'He' };
    assert.ok(highlightSpans(a).speakers.some((m) => m.text === 'He'));
  });
});

suite('quote navigation', () => {
  const quotes = sampleAnnotations().quotes;
  test('next and previous wrap around the document', () => {
    assert.equal(adjacentQuote(quotes, 0, 1)?.id, 'q1');
    assert.equal(adjacentQuote(quotes, quotes[0].start, 1)?.id, 'q2');
    assert.equal(adjacentQuote(quotes, quotes[1].start, 1)?.id, 'q1');
    assert.equal(adjacentQuote(quotes, quotes[1].start, -1)?.id, 'q1');
    assert.equal(adjacentQuote(quotes, 0, -1)?.id, 'q2');
    assert.equal(adjacentQuote([], 0, 1), undefined);
  });
});
