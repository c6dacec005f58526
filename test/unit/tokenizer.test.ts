import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize, tokenizeByPattern } from '../../src/core/text/tokenizer';

suite('tokenizer', () => {
  test('the shortcut for plain words and marks reads exactly what the pattern reads', () => {
    // Pieces that sit at the shortcut's edges: a word or number before a period, an
    // apostrophe, a comma or colon, a curly mark, a letter or digit outside ASCII, the end.
    const pieces = ['word', 'Said', 'U', 'S', 'x', '2016', '3', '1st', '.', ',', ':', "'", '’', '‘', '“', '”', '—', '–', '…', '-', ' ', '\n', '\u00a0', 'é', 'ß', '٣', '\u0301', ')', '"', '\u200b', '\u00ad', '\u200d', '\ufeff'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(tokenize(text), tokenizeByPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  test('words before a period, an apostrophe or a curly quote end where the pattern ends them', () => {
    const text = 'He said so. The U.S. team’s “best” year was 2016, at 3:30 or 3.5 students\' choice… v.2 ’90s';
    assert.deepEqual(tokenize(text), tokenizeByPattern(text));
    assert.deepEqual(
      tokenize(text).map((t) => t.text),
      ['He', 'said', 'so', '.', 'The', 'U.S.', 'team’s', '“', 'best', '”', 'year', 'was', '2016', ',', 'at', '3:30', 'or', '3.5', 'students', "'", 'choice', '…', 'v', '.', '2', '’', '90s'],
    );
  });

  test('a zero-width space or word joiner parts words as a space does; a soft hyphen or a joiner stays inside its word', () => {
    const text = 'The minister,\u200b Jane\u2060Doe met officials in Wash\u00adington and Ja\u200dne.';
    assert.deepEqual(tokenize(text), tokenizeByPattern(text));
    assert.deepEqual(tokenize(text).map((t) => t.text), ['The', 'minister', ',', 'Jane', 'Doe', 'met', 'officials', 'in', 'Wash\u00adington', 'and', 'Ja\u200dne', '.']);
  });
});
