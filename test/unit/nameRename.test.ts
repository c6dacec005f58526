import * as assert from 'node:assert/strict';
import type { Annotations } from '../../src/core/types';
import { renameTargetAt, type NameEdit } from '../../src/extension/nameRename';
import { SAMPLE_TEXT, sampleAnnotations, spanOf } from './helpers/sampleAnnotations';

function renamed(offset: number, newName: string, a: Annotations = sampleAnnotations(), text = SAMPLE_TEXT): string {
  const target = renameTargetAt(a, text, offset);
  assert.ok(!('refusal' in target), 'refusal' in target ? target.refusal : '');
  const edits = target.edits(newName);
  assert.ok(typeof edits !== 'string', String(edits));
  return apply(text, edits);
}

const apply = (text: string, edits: readonly NameEdit[]): string =>
  [...edits].sort((x, y) => y.start - x.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);

suite('rename a name (F2)', () => {
  test('the word under the cursor, in every mention of that person and nowhere else', () => {
    const out = renamed(spanOf('Blinken said').start + 3, 'Blinkin');
    assert.ok(out.includes('Antony Blinkin met'), out);
    assert.ok(out.includes('Blinkin said'), out);
    assert.ok(!out.includes('Blinken'), out);
    assert.equal(out.replace(/Blinkin/g, 'Blinken'), SAMPLE_TEXT);
  });

  test('a first name changes where it is written and leaves the surname-only mentions alone', () => {
    const out = renamed(spanOf('Antony').start, 'Tony');
    assert.ok(out.includes('Tony Blinken met') && out.includes('," Blinken said'), out);
  });

  test('the range offered is the word, with its text as written', () => {
    const target = renameTargetAt(sampleAnnotations(), SAMPLE_TEXT, spanOf('Jinping').start + 2);
    assert.ok('word' in target);
    assert.deepEqual(target.word, spanOf('Jinping'));
    assert.equal(target.label, 'Xi Jinping');
  });

  test('a cursor right after the word still renames it', () => {
    const out = renamed(spanOf('Xi Jinping').start + 2, 'Hsi');
    assert.ok(out.includes('Hsi Jinping') && out.includes('said Hsi.'), out);
  });

  test('a dateline in capitals keeps its capitals', () => {
    const out = renamed(spanOf('Beijing on').start + 1, 'Peking');
    assert.ok(out.startsWith('PEKING, June 19'), out);
    assert.ok(out.includes('in Peking on Monday'), out);
  });

  test('a possessive stays after the new name; a longer word holding the name is not touched', () => {
    const text = 'Antony Blinken\'s aides met Blinkenson. Blinken said so.\n';
    const m1 = { start: 0, end: 14, text: 'Antony Blinken' };
    const m2 = { start: text.indexOf('Blinken said'), end: text.indexOf('Blinken said') + 7, text: 'Blinken' };
    const a: Annotations = { ...sampleAnnotations(), quotes: [], dates: [], places: [], organizations: [], people: [{ id: 'p1', name: 'Antony Blinken', aliases: ['Blinken'], mentions: [m1, m2], quoteCount: 0 }] };
    assert.equal(renamed(text.indexOf('Blinken said'), 'Blinkin', a, text), 'Antony Blinkin\'s aides met Blinkenson. Blinkin said so.\n');
  });

  test('a joined name is one word: renaming O\'Brien does not stop at the apostrophe', () => {
    const text = 'Pat O\'Brien spoke. O\'Brien left.';
    const m1 = { start: 0, end: 11, text: 'Pat O\'Brien' };
    const m2 = { start: 19, end: 26, text: 'O\'Brien' };
    const a: Annotations = { ...sampleAnnotations(), quotes: [], dates: [], places: [], organizations: [], people: [{ id: 'p1', name: 'Pat O\'Brien', aliases: [], mentions: [m1, m2], quoteCount: 0 }] };
    assert.equal(renamed(21, 'O\'Bryan', a, text), 'Pat O\'Bryan spoke. O\'Bryan left.');
  });

  test('pronouns a quote was attributed by are not renamed', () => {
    const a = sampleAnnotations();
    const he = spanOf('He will');
    a.quotes[0].speakerMention = { start: he.start, end: he.start + 2, text: 'He' };
    const out = renamed(spanOf('Blinken said').start, 'Blinkin', a);
    assert.ok(out.includes('He will visit'), out);
  });

  test('refused, with a reason, on a date, on plain words and for an empty name', () => {
    const onDate = renameTargetAt(sampleAnnotations(), SAMPLE_TEXT, spanOf('Monday').start);
    assert.ok('refusal' in onDate && /person, organization or place/.test(onDate.refusal));
    const onWord = renameTargetAt(sampleAnnotations(), SAMPLE_TEXT, spanOf('visit').start);
    assert.ok('refusal' in onWord);
    const target = renameTargetAt(sampleAnnotations(), SAMPLE_TEXT, spanOf('London').start);
    assert.ok('edits' in target);
    assert.equal(target.edits('   '), 'A name cannot be empty.');
    assert.equal(target.edits('New\nYork'), 'A name cannot span lines.');
  });
});
