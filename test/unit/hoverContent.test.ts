import * as assert from 'node:assert/strict';
import { hoverSections } from '../../src/extension/hoverContent';
import { SAMPLE_TEXT, sampleAnnotations, spanOf } from './helpers/sampleAnnotations';

const hoverAt = (needle: string, from = 0, a = sampleAnnotations()) => hoverSections(a, SAMPLE_TEXT, spanOf(needle, from).start + 1).join('\n---\n');

suite('hover content', () => {
  test('a speaker: name, other forms, quote count, first mention', () => {
    const h = hoverAt('Blinken said');
    assert.match(h, /\*\*Antony Blinken\*\* — speaker/);
    assert.match(h, /Also written: Blinken/);
    assert.match(h, /Quotes: 1 · Mentions: 2/);
    assert.match(h, /First mentioned on line 1/);
  });

  test('a quote: who said it and the reporting verb', () => {
    const h = hoverAt('agreed');
    assert.match(h, /Quote — said by \*\*Antony Blinken\*\* · reporting verb: “said”/);
  });

  test('a place: kind, country, coordinates', () => {
    const h = hoverAt('London');
    assert.match(h, /\*\*London\*\* — city/);
    assert.match(h, /Country: GB/);
    assert.match(h, /Coordinates: 51\.51, -0\.13/);
  });

  test('a date: its value and what it was resolved against', () => {
    const h = hoverAt('Monday');
    assert.match(h, /DATE `2023-06-19`: Mon 19 Jun 2023/);
    assert.match(h, /Resolved against the article date 2023-06-19 \(from the dateline\)/);
  });

  test('a length of time in words, with no article date to resolve it against', () => {
    const a = sampleAnnotations();
    Object.assign(a.dates[1], { type: 'DURATION', value: 'P1Y6M' });
    const h = hoverAt('Monday', 0, a);
    assert.match(h, /DURATION `P1Y6M`: 1 year and 6 months/);
    assert.doesNotMatch(h, /Resolved against/);
  });

  test('a length of time anchored in the story: the day it leads to, resolved against the article date', () => {
    const a = sampleAnnotations();
    Object.assign(a.dates[1], { type: 'DURATION', value: 'P3D', point: '2023-06-22' });
    const h = hoverAt('Monday', 0, a);
    assert.match(h, /DURATION `P3D`: 3 days, to Thu 22 Jun 2023 `2023-06-22`/);
    assert.match(h, /Resolved against the article date/);
  });

  test('an unresolved date says how to set the article date', () => {
    const a = sampleAnnotations();
    a.documentDate = null;
    a.documentDateSource = 'none';
    a.dates[1].value = null;
    assert.match(hoverAt('Monday', 0, a), /article date is unknown: run \*\*News Annotator: Set Article Date…\*\*/);
  });

  test('nothing where there is nothing', () => {
    assert.equal(hoverAt('met'), '');
  });
});
