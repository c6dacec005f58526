import * as assert from 'node:assert/strict';
import { annotatedArticle } from './support/annotatedArticle';
import { hoverText, numbersIn } from './support/hoverText';
import { ARTICLES } from './support/workspaceFiles';

// Hovers through VS Code's own hover command, on the markdown fixture: its front matter
// gives an article date, so its relative dates are resolved.
suite('hovers', () => {
  const article = annotatedArticle(ARTICLES.markdown);

  test('on a speaker: the name, how often quoted, where first mentioned', async () => {
    const { doc, a } = article;
    const speaker = a.people.find((p) => p.quoteCount > 0);
    assert.ok(speaker, 'no quoted person in the fixture');
    const last = speaker.mentions[speaker.mentions.length - 1];
    const text = await hoverText(doc, last.start + 1);
    assert.ok(text.includes(speaker.name), text);
    assert.match(text, new RegExp(`quotes?\\W+${speaker.quoteCount}\\b|\\b${speaker.quoteCount} quotes?`, 'i'));
    assert.match(text, /first mention/i);
  });

  test('on a person: what the article says they are, in its words', async () => {
    const { doc, a } = article;
    const at = doc.getText().indexOf('Opposition leader Henri Martin');
    assert.ok(at >= 0, 'the fixture should introduce "Opposition leader Henri Martin"');
    const martin = a.people.find((p) => p.mentions.some((m) => m.start === at + 'Opposition leader '.length));
    assert.ok(martin, `Henri Martin is not a person: ${a.people.map((p) => p.name).join(', ')}`);
    const later = martin.mentions[martin.mentions.length - 1];
    const text = await hoverText(doc, later.start + 1);
    assert.match(text, /Described as:.*Opposition leader/u);
  });

  test('on a quote: who said it and the reporting verb', async () => {
    const { doc, a } = article;
    const quote = a.quotes.find((q) => q.speakerName && q.cue);
    assert.ok(quote?.speakerName && quote.cue, 'no attributed quote with a reporting verb in the fixture');
    const text = await hoverText(doc, quote.start + 3);
    assert.ok(text.includes(quote.speakerName), text);
    assert.ok(text.includes(quote.cue.text), text);
  });

  test('on a place: kind, country and coordinates', async () => {
    const { doc, a } = article;
    const place = a.places.find((p) => p.lat !== null && p.lon !== null && p.country);
    assert.ok(place?.lat != null && place.lon != null && place.country, 'no place with coordinates in the fixture');
    const { lat, lon } = place;
    const text = await hoverText(doc, place.mentions[0].start + 1);
    assert.ok(text.includes(place.name), text);
    assert.ok(text.includes(place.kind), text);
    assert.ok(text.includes(place.country), text);
    const numbers = numbersIn(text);
    assert.ok(numbers.some((n) => Math.abs(n - lat) < 0.01), `latitude ${lat} not in: ${text}`);
    assert.ok(numbers.some((n) => Math.abs(n - lon) < 0.01), `longitude ${lon} not in: ${text}`);
  });

  test('on a date: its value and the article date it was resolved against', async () => {
    const { doc, a } = article;
    const date = a.dates.find((d) => (d.type === 'DATE' || d.type === 'TIME') && d.value !== null && /^\d/.test(d.value) && d.value !== a.documentDate && d.text !== a.documentDate);
    assert.ok(date?.value && a.documentDate, 'no resolved relative date in the fixture');
    const text = await hoverText(doc, date.start + 1);
    assert.ok(text.includes(date.value), text);
    assert.ok(text.includes(a.documentDate), text);
  });

  test('on a length of time: its value in words, and no article date (it was not resolved against one)', async () => {
    const { doc, a } = article;
    const length = a.dates.find((d) => d.type === 'DURATION' && d.value !== null);
    assert.ok(length?.value, 'no length of time in the fixture');
    const text = await hoverText(doc, length.start + 1);
    assert.ok(text.includes(length.value), text);
    assert.match(text, /: \d+ (?:year|month|week|day|hour|minute)s?/u);
    assert.ok(!text.includes('Resolved against'), text);
  });

  test('nothing of ours on a word that is none of these', async () => {
    const { doc, a } = article;
    const word = doc.getText().indexOf('debate');
    assert.ok(word > 0);
    const covered = [...a.quotes, ...a.dates, ...[...a.people, ...a.places, ...a.organizations].flatMap((e) => e.mentions)].some(
      (s) => s.start <= word && word < s.end,
    );
    assert.equal(covered, false, 'the fixture word is annotated after all');
    assert.equal(await hoverText(doc, word + 1), '');
  });
});
