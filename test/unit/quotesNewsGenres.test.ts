import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import type { Quote } from '../../src/core/types';

// Reported speech in genres the corpora hold little of (central-bank copy, features, opinion
// columns, obituaries, court reports), each pinned with sentences written for the test.

function quotes(text: string): Quote[] {
  return annotate(text, { documentDate: '2026-11-25' }).quotes;
}

suite('quotes: a speech verb\'s plain form after "a" and a noun is the noun of a compound', () => {
  test('"cut its rate by a quarter point to 2%" reports nothing', () => {
    const all = quotes('The central bank cut its main rate by a quarter point to 2.5 per cent on Thursday.');
    assert.deepEqual(all.map((q) => q.text), []);
  });
  test('"runs a heritage project that has recorded …" reports nothing', () => {
    const all = quotes('Her son runs a heritage project that has recorded the songs of the island.');
    assert.deepEqual(all.map((q) => q.text), []);
  });
  test('a word of number agrees with the verb: "a few point to the harbour" still reports', () => {
    const all = quotes('Most residents blamed the council, and a few point to the harbour as the cause.');
    assert.ok(all.some((q) => q.text.includes('the harbour')), JSON.stringify(all.map((q) => q.text)));
  });
});

suite('speakers: a work\'s title in quotation marks inside an aside', () => {
  test('"X, in his book "Title", warned that …": X speaks, with the comma outside or inside the marks', () => {
    for (const title of ['\u201cCold Harbours\u201d,', '"Cold Harbours,"', '"Cold Harbours",']) {
      const all = quotes(`Martin Sorel, in his book ${title} warned that cities forget their rivers.`);
      const q = all.find((x) => x.text.includes('cities forget'));
      assert.equal(q?.speakerName, 'Martin Sorel', `${title}: ${JSON.stringify(all.map((x) => [x.text, x.speakerName]))}`);
    }
  });
});
