import * as assert from 'node:assert/strict';
import { analyzeText, tokenIndexAt } from '../../src/core/text/analyzedText';
import { nearbyTokenIndexAt, tokenIndexAtGuess } from '../../src/core/text/nearbyTokenSearch';

// The galloping token search starts where the last one ended; whatever the order of the
// questions and whichever text was asked about before, it must answer as the binary search.

suite('nearby token search', () => {
  const doc = analyzeText('“We will win,” she said on Tuesday.\n\nThe senator, who spoke briefly, told reporters: "Not now."\n\nEnd.');
  const offsets = Array.from({ length: doc.text.length + 3 }, (_, i) => i - 1);

  test('answers as tokenIndexAt for offsets in order, in reverse and scattered', () => {
    const scattered = offsets.map((_, i) => offsets[(i * 37) % offsets.length]);
    for (const order of [offsets, [...offsets].reverse(), scattered]) {
      for (const o of order) assert.equal(nearbyTokenIndexAt(doc, o), tokenIndexAt(doc, o), `offset ${o}`);
    }
  });

  test('answers for another text after a longer one, and for a text without tokens', () => {
    assert.equal(nearbyTokenIndexAt(doc, doc.text.length), doc.tokens.length);
    const short = analyzeText('Yes.');
    for (const o of [0, 1, 3, 4, 9]) assert.equal(nearbyTokenIndexAt(short, o), tokenIndexAt(short, o), `offset ${o}`);
    const empty = analyzeText('   ');
    assert.equal(nearbyTokenIndexAt(empty, 2), 0);
  });

  test('a guess is taken only when it is the answer', () => {
    for (const o of offsets) {
      for (const guess of [-1, 0, 3, 7, doc.tokens.length, doc.tokens.length + 2, tokenIndexAt(doc, o), tokenIndexAt(doc, o) + 1]) {
        assert.equal(tokenIndexAtGuess(doc, o, guess), tokenIndexAt(doc, o), `offset ${o}, guess ${guess}`);
      }
    }
  });
});
