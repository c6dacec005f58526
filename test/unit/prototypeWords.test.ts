import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { isGroupMember, isGroupPlural } from '../../src/core/names/nameLexicon';
import { roleNounOf } from '../../src/core/entities/roleNouns';
import { fitsReference } from '../../src/core/entities/organizationKinds';
import { parseCount } from '../../src/core/dates/parsers/quantity';
import { readTimex } from '../../src/core/dates/timexReading';

/** Words that an object literal answers for through Object.prototype: a table keyed by words must not count them as present. */
const PROTOTYPE_WORDS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'toLocaleString', 'propertyIsEnumerable'];

suite('words that name Object.prototype members', () => {
  test('are no nationality, group, role or count', () => {
    for (const w of PROTOTYPE_WORDS) {
      assert.equal(isGroupMember(w), false, w);
      assert.equal(isGroupMember(w[0].toUpperCase() + w.slice(1)), false, w);
      assert.equal(isGroupPlural(`${w}s`), false, w);
      assert.equal(roleNounOf(w), null, w);
      assert.equal(parseCount(w), null, w);
      assert.equal(readTimex('DATE', w), null, w);
    }
    // The tables still answer for their own words.
    assert.equal(isGroupMember('American'), true);
    assert.equal(isGroupPlural('Mexicans'), true);
    assert.equal(roleNounOf('Sen.'), 'senator');
    assert.equal(parseCount('twelve'), 12);
    assert.equal(parseCount('twenty-constructor'), 20);
    assert.equal(readTimex('DATE', 'PAST_REF'), 'the past');
  });

  test('as the noun or a modifier of an organization reference, judge the name by nothing', () => {
    for (const w of PROTOTYPE_WORDS) {
      assert.equal(fitsReference('Acme Corp', { noun: w, modifiers: [], people: [], country: null }), true, w);
      assert.equal(fitsReference('Acme Corp', { noun: 'company', modifiers: [w], people: [], country: null }), true, w);
    }
    assert.equal(fitsReference('Acme Corp', { noun: 'company', modifiers: ['news'], people: [], country: null }), false);
  });

  test('"The constructor said ...": a role phrase of no one, never a nation, in quotes and in names', () => {
    for (const w of PROTOTYPE_WORDS) {
      const text = `The ${w} said "we are late." "We are late too," the ${w} told reporters. The ${w}s and the ${w} company said they agreed.`;
      const r = annotate(text, { documentDate: '2020-01-01' });
      assert.equal(r.quotes.filter((q) => q.kind === 'direct').length, 2, w);
      for (const q of r.quotes) {
        if (q.kind !== 'direct') continue;
        assert.equal(q.speakerId, null, w);
        // "__proto__" reads as Markdown's bold marks round "proto": compare the words only.
        const words = (s: string | undefined): string => (s ?? '').replace(/[\s_]+/gu, ' ').trim().toLowerCase();
        assert.equal(words(q.speakerMention?.text), words(`the ${w}`), w);
      }
      assert.deepEqual(r.people.map((p) => p.name), [], w);
      assert.deepEqual(r.places.map((p) => p.name), [], w);
    }
  });

  test('"Sen. constructor", "every toString": no crash, no invented role or date', () => {
    for (const w of PROTOTYPE_WORDS) {
      const r = annotate(`Sen. Mary Jones met the ${w} on Monday. It took twenty-${w} days and a ${w} weeks, every ${w}. The ${w} newspaper said so.`, { documentDate: '2020-01-08' });
      assert.deepEqual(r.people.map((p) => p.name), ['Mary Jones'], w);
      assert.deepEqual(r.dates.map((d) => d.text), ['Monday'], w);
    }
  });

  test('"Mary Jones, the constructor, said ...", "The constructor company said ...": read as any unknown noun, no crash', () => {
    for (const w of PROTOTYPE_WORDS) {
      for (const text of [`${w} Mary Jones said "we are late."`, `Mary Jones, the ${w}, said "we are late."`]) {
        const r = annotate(text, { documentDate: '2020-01-01' });
        assert.deepEqual(r.people.map((p) => p.name), ['Mary Jones'], text);
        assert.equal(r.quotes.length, 1, text);
        assert.equal(r.quotes[0].speakerName, 'Mary Jones', text);
      }
      const text = `Acme Corp grew. The ${w} company said "we are late."`;
      const r = annotate(text, { documentDate: '2020-01-01' });
      assert.deepEqual(r.organizations.map((o) => o.name), ['Acme Corp'], text);
      assert.equal(r.quotes.length, 1, text);
    }
  });
});
