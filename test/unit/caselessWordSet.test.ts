import * as assert from 'node:assert/strict';
import { CaselessWordSet } from '../../src/core/quotes/caselessWordSet';

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

  test('turns away words by length and ends without ruling out a member', () => {
    assert.equal(set.mayHold('the'), false);
    assert.equal(set.mayHold('SAND'), true); // same length and ends as "said"
    for (const w of words) assert.equal(set.mayHold(w.toUpperCase()), true, w);
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
