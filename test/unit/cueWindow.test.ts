import * as assert from 'node:assert/strict';
import { analyzeText, tokenIndexAt } from '../../src/core/text/analyzedText';
import { tokenIndexAtLeast, tokenIndexAtMost } from '../../src/core/quotes/cueWindow';

// The bounds of a quote's cue windows are found by a short walk where the cap is near; for
// every offset, starting token and cap they must answer as the search with the cap applied.

suite('cue window bounds', () => {
  const doc = analyzeText('“We will win,” she said on Tuesday.\n\nThe senator, who spoke briefly, told reporters: "Not now."\n\nEnd.');
  const n = doc.tokens.length;
  const offsets = Array.from({ length: doc.text.length + 3 }, (_, i) => i - 1);
  const froms = Array.from({ length: n + 3 }, (_, i) => i - 1);

  test('the window after a token ends where the search and the cap say', () => {
    for (const o of offsets) {
      for (const from of froms.filter((f) => f >= 0)) {
        for (const most of [from, from + 1, from + 3, from + 32, n + 5]) {
          assert.equal(tokenIndexAtMost(doc, o, from, most), Math.min(n, tokenIndexAt(doc, o), most), `offset ${o}, from ${from}, most ${most}`);
        }
      }
    }
  });

  test('the window before a token starts where the search and the floor say', () => {
    for (const o of offsets) {
      for (const from of froms) {
        for (const least of [from - 46, from - 14, from - 1, from, -5]) {
          assert.equal(tokenIndexAtLeast(doc, o, from, least), Math.max(tokenIndexAt(doc, o), least), `offset ${o}, from ${from}, least ${least}`);
        }
      }
    }
  });

  test('a text without tokens', () => {
    const empty = analyzeText('   ');
    assert.equal(tokenIndexAtMost(empty, 2, 0, 32), 0);
    assert.equal(tokenIndexAtLeast(empty, 0, 0, -46), 0);
  });
});
