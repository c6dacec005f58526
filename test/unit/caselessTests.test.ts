import * as assert from 'node:assert/strict';
import { CaselessWords, endsInIng, lowerCase, lowersTo } from '../../src/core/quotes/caselessTests';

// The quick tests the speaker phrases and reported-speech readings run on every token must
// answer exactly as the toLowerCase calls and /…/iu regexes they replace, in any case and
// alphabet, and for two-byte strings (a text with curly quotes) as for one-byte ones.

/** The same characters as a two-byte string, as a token sliced from a text with curly quotes is. */
function twoByte(word: string): string {
  return `“${word}`.slice(1);
}

const PROBES = [
  'so', 'So', 'SO', 'sO', 'ſo', 'ſO', 'but', 'BUT', 'bUt', 'butt', 'bu', 'and', 'ANd', 'or', 'Or', 'who', 'Who', 'WHO', 'whose', 'WHOSE', 'whoſe',
  'kin', '\u212Ain', 'K\u0130n', '\u0130', 'İt', 'ı', 'i', 'I', 'saying', 'SAYING', 'sayİng', 'ing', 'Ing', 'ng', 'iNG', 'thing', 'thıng',
  "don't", 'don’t', 'Don’t', 'it‘s', '“quoted”', 'well–known', 'x—y', 'Trump', 'TRUMP', 'Ärger', 'ΣΑΪΔ', 'ﬁ', '', ',', '-', '&', '"', '“', 'said', 'e-mail', 'ABC-TV',
];

suite('caseless tests', () => {
  test('lowerCase answers as toLowerCase, for one-byte and two-byte strings', () => {
    // Twice: the second answer of a spelling with capitals is the one kept.
    for (let round = 0; round < 2; round++) {
      for (const p of PROBES) {
        assert.equal(lowerCase(p), p.toLowerCase(), JSON.stringify(p));
        assert.equal(lowerCase(twoByte(p)), p.toLowerCase(), JSON.stringify(p));
      }
    }
  });

  test('lowerCase answers right when the same spelling is asked again in a row, or a different one of the same length', () => {
    const asked = ['The', 'The', 'THE', 'The', twoByte('The'), 'Tha', 'The', 'İt', 'İt', 'It', 'Trump’s', 'Trump’s', 'TRUMP’S'];
    for (const word of asked) assert.equal(lowerCase(word), word.toLowerCase(), JSON.stringify(word));
  });

  test('a word list answers as the case-insensitive Unicode regex of its words', () => {
    for (const words of [['so', 'but', 'and', 'or'], ['who', 'whose'], ['kin', 'ink'], ['a', 'an', 'the'], ['monday', 'tuesday']]) {
      const list = new CaselessWords(words);
      const regex = new RegExp(`^(?:${words.join('|')})$`, 'iu');
      for (const p of [...PROBES, ...words, ...words.map((w) => w.toUpperCase())]) {
        assert.equal(list.has(p), regex.test(p), `${words.join('|')} ${JSON.stringify(p)}`);
        assert.equal(list.has(twoByte(p)), regex.test(p), `${words.join('|')} two-byte ${JSON.stringify(p)}`);
      }
    }
    // Unicode folding: the long s matches "s", the Kelvin sign "k".
    assert.equal(new CaselessWords(['so']).has('ſo'), true);
    assert.equal(new CaselessWords(['kin']).has('\u212Ain'), true);
    assert.equal(new CaselessWords(['so']).has('SO'), true);
    assert.equal(new CaselessWords(['so']).has('sol'), false);
  });

  test('a word list takes lower-case ASCII letters only', () => {
    assert.throws(() => new CaselessWords(['So']));
    assert.throws(() => new CaselessWords(['e-mail']));
  });

  test('lowersTo answers as comparing the lower case, the length test turning away no match', () => {
    const targets = ['to', 'that', 'this', 'saying', 'kin', 'it', 'i', 'so', 'who'];
    for (const lower of targets) {
      for (const p of [...PROBES, ...targets, ...targets.map((w) => w.toUpperCase()), `${lower}s`, lower.slice(1)]) {
        assert.equal(lowersTo(p, lower), p.toLowerCase() === lower, `${lower} ${JSON.stringify(p)}`);
        assert.equal(lowersTo(twoByte(p), lower), p.toLowerCase() === lower, `${lower} two-byte ${JSON.stringify(p)}`);
      }
    }
    // The Kelvin sign lower-cases to "k" at the same length; "İ" to two characters, never to "i" alone.
    assert.equal(lowersTo('\u212Ain', 'kin'), true);
    assert.equal(lowersTo('\u0130t', 'it'), false);
    assert.equal(lowersTo('THAT', 'that'), true);
    assert.equal(lowersTo('than', 'that'), false);
  });

  test('endsInIng answers as /ing$/iu', () => {
    for (const p of PROBES) assert.equal(endsInIng(p), /ing$/iu.test(p), JSON.stringify(p));
    assert.equal(endsInIng('SAYING'), true);
    assert.equal(endsInIng('saying'), true);
    assert.equal(endsInIng('said'), false);
  });
});
