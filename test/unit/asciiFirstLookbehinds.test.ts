import * as assert from 'node:assert/strict';
import { NOT_AFTER_LETTER, NOT_AFTER_WORD_CHARACTER } from '../../src/core/text/asciiFirstLookbehinds';
import { newsParser } from '../../src/core/dates/parsers/newsParser';

// The ASCII-first lookbehinds must let through exactly what the plain ones do, after every
// character (with and without case folding: under /iu "ſ" and the Kelvin sign fold to ASCII
// letters), a lone surrogate and a letter outside the Basic Multilingual Plane included.

/** Every code point of the Basic Multilingual Plane (lone surrogates too) and a few astral ones: letters, digits, symbols. */
function* everyCharacter(): Generator<string> {
  for (let c = 0; c <= 0xffff; c++) yield String.fromCharCode(c);
  for (const c of [0x10400, 0x1d400, 0x1d7ce, 0x1f600, 0x20000, 0xe0001, 0x10fffd]) yield String.fromCodePoint(c);
}

function assertSame(plain: string, asciiFirst: string): void {
  for (const flags of ['u', 'iu']) {
    const a = new RegExp(`${plain}x`, flags);
    const b = new RegExp(`${asciiFirst}x`, flags);
    for (const c of everyCharacter()) {
      const text = `${c}x`;
      assert.equal(b.exec(text)?.index, a.exec(text)?.index, `after U+${c.codePointAt(0)!.toString(16)} (${flags})`);
    }
  }
}

suite('ASCII-first lookbehinds', () => {
  test('NOT_AFTER_WORD_CHARACTER is (?<![\\p{L}\\p{N}\'’.-]) after every character', () => {
    assertSame(String.raw`(?<![\p{L}\p{N}'’.-])`, NOT_AFTER_WORD_CHARACTER);
  });

  test('NOT_AFTER_LETTER is (?<!\\p{L}) after every character', () => {
    assertSame(String.raw`(?<!\p{L})`, NOT_AFTER_LETTER);
  });

  test('a news parser matches at word starts only: "in 2016" and "(2016)", not "a2016", "é2016" or "’2016"', () => {
    const { pattern } = newsParser(0, /2016/, () => null);
    const re = pattern({} as never);
    assert.equal(re.exec('in 2016')?.index, 3);
    assert.equal(re.exec('(2016)')?.index, 1);
    for (const text of ['a2016', 'é2016', '’2016', '-2016', '.2016', '٣2016']) assert.equal(re.exec(text), null, text);
  });
});
