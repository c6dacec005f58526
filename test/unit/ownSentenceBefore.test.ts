import * as assert from 'node:assert/strict';
import { ownSentenceBefore } from '../../src/core/quotes/referenceResolver';
import { isSentenceAbbreviation } from '../../src/core/text/sentences';

// The words before a name that may say what body the person serves stop where the name's
// sentence or line opens, and a title's abbreviation opens none.

function before(text: string, name: string): string {
  return ownSentenceBefore(text, text.indexOf(name));
}

suite('ownSentenceBefore: the sentence a name stands in', () => {
  test('a full stop after a word ends the sentence before', () => {
    assert.equal(before('The vote was close in Parramatta. Opposition leader Ann Lee spoke.', 'Ann Lee'), 'Opposition leader ');
  });

  test('a line break ends it too', () => {
    assert.equal(before('Budget row\n\nLabour leader Tom Hale said no.', 'Tom Hale'), 'Labour leader ');
  });

  test('"Sen.", "Gov." and "Rep." are titles, no sentence ends', () => {
    assert.equal(before('It rained. Senate Judiciary Committee Chairman Sen. Chuck Grassley spoke.', 'Chuck Grassley'), 'Senate Judiciary Committee Chairman Sen. ');
    assert.equal(before('It rained. Massachusetts Gov. Charlie Baker spoke.', 'Charlie Baker'), 'Massachusetts Gov. ');
    assert.equal(before('It rained. Ohio Democratic Rep. Tim Ryan spoke.', 'Tim Ryan'), 'Ohio Democratic Rep. ');
  });

  test('a sentence ending after a title still ends there', () => {
    assert.equal(before('He met Sen. Ross at noon. Finance Minister Ann Lee spoke.', 'Ann Lee'), 'Finance Minister ');
  });

  test('isSentenceAbbreviation knows titles and months, not words', () => {
    assert.ok(isSentenceAbbreviation('Sen'));
    assert.ok(isSentenceAbbreviation('gov'));
    assert.ok(isSentenceAbbreviation('Sept'));
    assert.ok(!isSentenceAbbreviation('Senate'));
    assert.ok(!isSentenceAbbreviation('rain'));
  });
});
