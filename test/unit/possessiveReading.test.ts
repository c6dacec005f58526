import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { withoutPossessive } from '../../src/core/names/taggedNameFinder';
import { stripPossessive } from '../../src/core/entities/personName';
import { isCapitalizedWord, isLowerWord } from '../../src/core/text/tokenCase';
import type { Token } from '../../src/core/text/tokenizer';
import { DEMONYMS, isGroupMember, isGroupPlural } from '../../src/core/names/nameLexicon';

/** withoutPossessive as it was written with patterns: the reference its reading of the last characters must equal. */
function byPatterns(word: string): string {
  if (word.length > 2 && /['’]s$/iu.test(word)) return word.slice(0, -2);
  if (word.length > 2 && /s['’]$/u.test(word)) return word.slice(0, -1);
  return word;
}

suite('possessive and group words', () => {
  test("withoutPossessive (the entities' stripPossessive) drops what the patterns drop: 's, ’S, the long s, s' and s’", () => {
    const pieces = ['Trump', 'Jones', 'a', 'S', 's', 'ſ', "'", '’', 'é', 'Ü', '😀', 'X', '.', '-'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), (parts) => {
        const word = parts.join('');
        assert.equal(withoutPossessive(word), byPatterns(word), word);
        assert.equal(stripPossessive(word), byPatterns(word), word);
      }),
      { numRuns: 3000 },
    );
    assert.equal(withoutPossessive("Obama's"), 'Obama');
    assert.equal(withoutPossessive('Jones’'), 'Jones');
    assert.equal(withoutPossessive("OBAMA'S"), 'OBAMA');
    assert.equal(withoutPossessive("'s"), "'s");
  });

  test('group members and plurals read the same lists in any case', () => {
    for (const w of ['Muslim', 'MUSLIM', 'democrat', 'Millennial', 'Shiite']) assert.ok(isGroupMember(w), w);
    for (const w of ['Muslims', 'DEMOCRATS', 'Americans', 'Iraqis']) assert.ok(isGroupPlural(w), w);
    for (const w of ['Muslimss', 'Democra', 'Smith', 'Smiths']) assert.ok(!isGroupMember(w) && !isGroupPlural(w), w);
    for (const d of DEMONYMS.keys()) assert.ok(isGroupMember(d[0].toUpperCase() + d.slice(1)), d);
  });
});

suite('token case', () => {
  test('isCapitalizedWord and isLowerWord read a word as the Unicode pattern and toLowerCase do', () => {
    const pieces = ['a', 'Z', 'é', 'É', 'Ω', 'ω', '1', "'", '’', '-', 'İ', 'ǅ', '𝐀', '😀', 'ß', '.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 5 }), fc.constantFrom<Token['kind']>('word', 'number', 'punct'), (parts, kind) => {
        const t: Token = { start: 0, end: 0, text: parts.join(''), kind };
        assert.equal(isCapitalizedWord(t), kind === 'word' && /^\p{Lu}/u.test(t.text), t.text);
        assert.equal(isLowerWord(t), kind === 'word' && t.text === t.text.toLowerCase(), t.text);
      }),
      { numRuns: 3000 },
    );
    assert.ok(!isCapitalizedWord(undefined) && !isLowerWord(undefined));
  });
});
