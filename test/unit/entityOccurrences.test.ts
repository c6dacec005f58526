import * as assert from 'node:assert/strict';
import { occurrencesAt } from '../../src/extension/entityOccurrences';
import { MAX_WORD_OCCURRENCES, wordOccurrences } from '../../src/extension/wordOccurrences';
import { SAMPLE_TEXT, sampleAnnotations, spanOf } from './helpers/sampleAnnotations';

const textsAt = (offset: number, a = sampleAnnotations()) => occurrencesAt(a, offset)?.spans.map((s) => `${s.text}@${s.start}`);

suite('entity occurrences (highlights and references)', () => {
  test('on a name: every mention of that person, in text order', () => {
    const blinken = spanOf('Blinken said');
    const r = occurrencesAt(sampleAnnotations(), blinken.start + 2);
    assert.equal(r?.label, 'Antony Blinken');
    assert.deepEqual(r?.spans.map((s) => s.text), ['Antony Blinken', 'Blinken']);
  });

  test('a cursor right after the name still stands on it', () => {
    const xi = spanOf('Xi Jinping');
    assert.deepEqual(textsAt(xi.end), textsAt(xi.start));
    assert.equal(occurrencesAt(sampleAnnotations(), xi.end)?.label, 'Xi Jinping');
  });

  test('a pronoun a quote was attributed by counts as the speaker, and leads to the speaker', () => {
    const a = sampleAnnotations();
    const he = spanOf('He will');
    const pronoun = { start: he.start, end: he.start + 2, text: 'He' };
    a.quotes[0].speakerMention = pronoun;
    assert.deepEqual(occurrencesAt(a, pronoun.start)?.spans.map((s) => s.text), ['Antony Blinken', 'Blinken', 'He']);
    assert.deepEqual(occurrencesAt(a, spanOf('Antony').start)?.spans.map((s) => s.text), ['Antony Blinken', 'Blinken', 'He']);
  });

  test('places and organizations by their mentions, whatever the case written', () => {
    assert.deepEqual(textsAt(spanOf('Beijing on').start), [`BEIJING@0`, `Beijing@${spanOf('Beijing on').start}`]);
    assert.equal(occurrencesAt(sampleAnnotations(), spanOf('Reuters').start)?.label, 'Reuters');
  });

  test('a date: every date with the same calendar value', () => {
    const r = occurrencesAt(sampleAnnotations(), spanOf('Monday').start);
    assert.equal(r?.label, '2023-06-19');
    assert.deepEqual(r?.spans.map((s) => s.text), ['June 19', 'Monday']);
  });

  test('where an entity enters the article: its first mention, from any later one or a pronoun', () => {
    const a = sampleAnnotations();
    a.people[0].mentions.reverse(); // the order mentions come in says nothing
    assert.deepEqual(occurrencesAt(a, spanOf('Blinken said').start)?.introduction, spanOf('Antony Blinken'));
    const he = spanOf('He will');
    a.quotes[0].speakerMention = { start: he.start, end: he.start + 2, text: 'He' };
    assert.deepEqual(occurrencesAt(a, he.start)?.introduction, spanOf('Antony Blinken'));
    assert.deepEqual(occurrencesAt(a, spanOf('Beijing on').start)?.introduction, spanOf('BEIJING'));
    assert.equal(occurrencesAt(a, spanOf('Monday').start)?.introduction, undefined, 'a date has no introduction');
  });

  test('an unresolved date, or a plain word, refers to nothing', () => {
    const a = sampleAnnotations();
    a.dates[1].value = null;
    assert.equal(occurrencesAt(a, spanOf('Monday').start), undefined);
    assert.equal(occurrencesAt(a, SAMPLE_TEXT.indexOf('visit') + 1), undefined);
  });
});

suite('word occurrences (highlights where nothing was annotated)', () => {
  test('whole words only, in the same case', () => {
    const text = 'The vote. A vote; votes, Vote, devote, vote';
    assert.deepEqual(wordOccurrences(text, 'vote').map((s) => text.slice(s.start - 1, s.end + 1)), [' vote.', ' vote;', ' vote']);
  });

  test('letters beyond ASCII are word letters', () => {
    const text = 'Zürich, Zürichsee and Zürich';
    assert.deepEqual(wordOccurrences(text, 'Zürich').map((s) => s.start), [0, 22]);
  });

  test('a word repeated without end: only the first ones, so a huge file costs no more than a small one', () => {
    const text = 'the cat '.repeat(5000);
    const found = wordOccurrences(text, 'the', 10);
    assert.deepEqual(found.map((s) => s.start), [0, 8, 16, 24, 32, 40, 48, 56, 64, 72]);
    assert.equal(wordOccurrences(text, 'the').length, MAX_WORD_OCCURRENCES);
  });

  test('an empty word has no occurrences', () => {
    assert.deepEqual(wordOccurrences('abc', ''), []);
  });
});
