import * as assert from 'node:assert/strict';
import { CaselessWordSet } from '../../src/core/text/caselessWordSet';

// The quick word test the quote finders ask about every token must answer exactly what
// lowercasing the word and looking it up answers, whatever the case or the alphabet.

suite('caseless word set', () => {
  const words = ['said', 'told', 'clear', 'comments', 'a', "o'clock", 'year-ago', 'kin'];
  const set = new CaselessWordSet(words);
  const plain = new Set(words);

  test('answers as a look-up of the lowercase word', () => {
    const probes = [
      'said', 'Said', 'SAID', 'saId', 'sad', 'saids', 'told', 'Told', 'CLEAR', 'Clear', 'clean', 'comments', 'Comments',
      'comment', 'A', 'a', 'I', "O'Clock", "o'clocks", 'Year-Ago', 'year-agO', 'yearago', '', ',', '"', 'the', 'The',
      // The Kelvin sign lowercases to "k"; the dotted capital I to two characters.
      '\u212Ain', 'K\u0130n', '\u0130', 'sa\u0130d', 'Sa\u00EFd', 'said\u212A', 'ﬁ', 'ΣΑΪΔ',
    ];
    for (const p of probes) assert.equal(set.has(p), plain.has(p.toLowerCase()), JSON.stringify(p));
    assert.equal(set.has('\u212Ain'), true);
  });

  test('turns away other words without ruling out a member in any case', () => {
    assert.equal(set.mayHold('the'), false);
    for (const w of words) assert.equal(set.mayHold(w.toUpperCase()), true, w);
  });

  test('every casing of a member is found; every one-letter change answers as the look-up', () => {
    for (const w of words) {
      for (let i = 0; i < w.length; i++) {
        const flipped = w.slice(0, i) + w[i].toUpperCase() + w.slice(i + 1);
        assert.equal(set.has(flipped), true, flipped);
        for (const c of ['e', 'X', '\u212A', '-']) {
          const changed = w.slice(0, i) + c + w.slice(i + 1);
          assert.equal(set.has(changed), plain.has(changed.toLowerCase()), JSON.stringify(changed));
        }
      }
    }
  });

  test('answers alike for two-byte strings, lower-casing them without toLowerCase once a spelling is known', () => {
    // A token sliced from a text with curly quotes is a two-byte string, which toLowerCase
    // sends through ICU: a plain lower-case word needs no lower-casing, a capitalized one
    // is lower-cased once per spelling.
    const twoByte = (w: string): string => `\u201c${w}`.slice(1);
    const probes = ['said', 'Said', 'SAID', 'the', 'Clear', "O'Clock", '\u212Ain', 'K\u0130n', 'Sa\u00EFd'];
    for (const p of probes) assert.equal(set.has(twoByte(p)), plain.has(p.toLowerCase()), JSON.stringify(p));
    const original = String.prototype.toLowerCase;
    let calls = 0;
    String.prototype.toLowerCase = function (this: string): string {
      calls++;
      return original.call(this);
    };
    try {
      for (const p of ['said', 'Said', 'SAID', 'Clear', 'told']) assert.equal(set.has(twoByte(p)), true, p);
    } finally {
      String.prototype.toLowerCase = original;
    }
    assert.equal(calls, 0);
  });

  test('takes only lowercase ASCII words', () => {
    assert.throws(() => new CaselessWordSet(['Said']));
    assert.throws(() => new CaselessWordSet(['café']));
    assert.throws(() => new CaselessWordSet(['']));
  });

  test('a word longer than 30 letters is still found', () => {
    const long = 'a'.repeat(40);
    const s = new CaselessWordSet([long]);
    assert.equal(s.has(long.toUpperCase()), true);
    assert.equal(s.has('a'.repeat(39)), false);
  });
});
