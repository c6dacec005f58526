import * as assert from 'node:assert/strict';
import { MAX_OUTLINE_QUOTES, quoteOutline } from '../../src/extension/quoteOutline';
import { sampleAnnotations, spanOf } from './helpers/sampleAnnotations';

suite('quote outline', () => {
  test('quotes in text order, named by speaker, with their kind and opening words', () => {
    const outline = quoteOutline(sampleAnnotations());
    assert.deepEqual(outline.map((e) => [e.name, e.detail]), [
      ['Antony Blinken', 'quote · "We agreed to stabilise ties,"'],
      ['Xi Jinping', 'quote · "Respect each other,"'],
    ]);
  });

  test('the range holds the attribution, the selection only the quote', () => {
    const [first, second] = quoteOutline(sampleAnnotations());
    const q1 = spanOf('"We agreed to stabilise ties,"');
    assert.deepEqual(first.selection, { start: q1.start, end: q1.end });
    assert.equal(first.start, q1.start);
    assert.equal(first.end, spanOf('said').end, 'the range ends after "Blinken said"');
    const q2 = spanOf('"Respect each other,"');
    assert.equal(second.end, spanOf('Xi.', q2.end).start + 2, 'the range ends after "said Xi"');
  });

  test('a partial quote inside a reported clause is nested under it', () => {
    const a = sampleAnnotations();
    const clause = spanOf('We agreed to stabilise ties');
    const partial = spanOf('stabilise ties');
    a.quotes = [
      { id: 'q3', kind: 'partial', ...partial, speakerId: 'p1', speakerName: 'Antony Blinken', speakerMention: null, cue: null },
      { id: 'q1', kind: 'indirect', ...clause, speakerId: 'p1', speakerName: 'Antony Blinken', speakerMention: a.quotes[0].speakerMention, cue: a.quotes[0].cue },
    ];
    const outline = quoteOutline(a);
    assert.equal(outline.length, 1);
    assert.equal(outline[0].detail, 'reported · We agreed to stabilise ties');
    assert.deepEqual(outline[0].children.map((c) => c.detail), ['partial quote · stabilise ties']);
  });

  test('a source without a name, and a quote with no speaker, say so; long quotes are cut', () => {
    const a = sampleAnnotations();
    a.quotes[0] = { ...a.quotes[0], speakerId: null, speakerName: null, speakerMention: { start: 0, end: 9, text: 'officials' }, text: `"${'word '.repeat(30)}"` };
    a.quotes[1] = { ...a.quotes[1], speakerId: null, speakerName: null, speakerMention: null, cue: null };
    const [first, second] = quoteOutline(a);
    assert.equal(first.name, 'officials (no name given)');
    assert.ok(first.detail.endsWith('…') && first.detail.length < 70, first.detail);
    assert.equal(second.name, 'No speaker found');
  });

  test('a file of thousands of quotes: the first ones only, in text order', () => {
    const a = sampleAnnotations();
    const quote = a.quotes[0];
    a.quotes = Array.from({ length: 3000 }, (_, i) => ({ ...quote, id: `q${i}`, start: quote.start + 3000 - i, end: quote.end + 3000 - i }));
    const outline = quoteOutline(a);
    assert.equal(outline.length, MAX_OUTLINE_QUOTES);
    assert.equal(outline[0].selection.start, quote.start + 1, 'the earliest quote first');
    assert.deepEqual(quoteOutline(a, 2).map((e) => e.selection.start), [quote.start + 1, quote.start + 2]);
  });
});
