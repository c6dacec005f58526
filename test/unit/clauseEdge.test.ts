import * as assert from 'node:assert/strict';
import { isClauseEdge } from '../../src/core/quotes/clauseEdge';

// The trimming of a reported clause's ends tests character codes instead of a regex; it must
// answer as the regex for every UTF-16 unit, and no for what charCodeAt gives past the text.

suite('clause edge characters', () => {
  test('answers as /[\\s,;:]/u for every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++) {
      assert.equal(isClauseEdge(code), /[\s,;:]/u.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
    }
  });

  test('no for the NaN of an offset past the text', () => {
    assert.equal(isClauseEdge('ab'.charCodeAt(5)), false);
    assert.equal(isClauseEdge(' '.charCodeAt(0)), true);
    assert.equal(isClauseEdge('\u00a0'.charCodeAt(0)), true);
  });
});
