import * as assert from 'node:assert/strict';
import { personDescriptions } from '../../src/core/entities/personDescriptions';
import { hoverSections } from '../../src/extension/hoverContent';
import { sampleAnnotations } from './helpers/sampleAnnotations';

/** The descriptions of the person whose mentions are the given occurrences of `names` in `text`. */
function describe(text: string, ...names: string[]): string[] {
  let from = 0;
  const mentions = names.map((name) => {
    const start = text.indexOf(name, from);
    assert.ok(start >= 0, `${name} not in the text`);
    from = start + name.length;
    return { start, end: start + name.length, text: name };
  });
  return personDescriptions(text, mentions).map((d) => d.text);
}

suite('what the article says a person is (hover)', () => {
  test('a description before the name, back to the clause around it', () => {
    assert.deepEqual(describe('The debate pitted Democratic presidential nominee Hillary Clinton against him.', 'Hillary Clinton'), ['Democratic presidential nominee']);
    assert.deepEqual(describe("China's top diplomat Wang Yi arrived.", 'Wang Yi'), ["China's top diplomat"]);
    assert.deepEqual(describe('It passed.\nOpposition leader Henri Martin called it a fantasy.', 'Henri Martin'), ['Opposition leader']);
    assert.deepEqual(describe('Elizabeth Warren grilled Wells Fargo CEO John Stumpf on Tuesday.', 'John Stumpf'), ['Wells Fargo CEO']);
  });

  test('an appositive after the name, up to its comma or full stop', () => {
    const text = 'Kristen Day, executive director of Democrats for Life of America, said the platform changed. Later she met Tom Reed, a spokesman for the mayor.';
    assert.deepEqual(describe(text, 'Kristen Day'), ['executive director of Democrats for Life of America']);
    assert.deepEqual(describe(text, 'Tom Reed'), ['a spokesman for the mayor']);
  });

  test('the clause is not the description: verbs, sentence ends, honorifics', () => {
    assert.deepEqual(describe('He said he admires Russian President Vladimir Putin.', 'Vladimir Putin'), ['Russian President']);
    assert.deepEqual(describe('They met the senator. Smith added more.', 'Smith'), []);
    assert.deepEqual(describe('They met Mr. Smith today.', 'Smith'), []);
    assert.deepEqual(describe('As a law firm associate, Loretta Lynch said she learned.', 'Loretta Lynch'), []);
  });

  test('not an appositive: a relative clause, a list, a reporting verb', () => {
    assert.deepEqual(describe('Lynch, who was a prosecutor, spoke.', 'Lynch'), []);
    assert.deepEqual(describe('Clinton, Trump and Sanders debated.', 'Clinton'), []);
    assert.deepEqual(describe('"No," Smith, said the mayor.', 'Smith'), []);
  });

  test('each description once, from any mention, in text order, at most three', () => {
    const text = 'Sen. Bernie Sanders spoke. Sanders, the Vermont senator, left. Vermont Sen. Sanders returned. Sanders, the Vermont senator, again.';
    assert.deepEqual(describe(text, 'Bernie Sanders', 'Sanders', 'Sanders', 'Sanders'), ['Sen.', 'the Vermont senator', 'Vermont Sen.']);
  });

  test('the hover of a person says it', () => {
    const text = 'Antony Blinken, the US secretary of state, met Xi Jinping.';
    const a = sampleAnnotations();
    a.people = [{ id: 'p1', name: 'Antony Blinken', aliases: [], mentions: [{ start: 0, end: 14, text: 'Antony Blinken' }], quoteCount: 0 }];
    a.quotes = [];
    const hover = hoverSections(a, text, 3).join('\n');
    assert.match(hover, /Described as: _the US secretary of state_/u);
  });
  test('an endless word next to every mention is read only a little way', () => {
    const text = `${'x'.repeat(200_000)} Smith, ${'y'.repeat(200_000)}`;
    const mentions = Array.from({ length: 2000 }, () => ({ start: 200_001, end: 200_006, text: 'Smith' }));
    const t0 = Date.now();
    assert.deepEqual(personDescriptions(text, mentions), []);
    // Reading the 400 KB run for each of the 2000 mentions would take seconds.
    assert.ok(Date.now() - t0 < 500, `${Date.now() - t0} ms`);
  });
});
