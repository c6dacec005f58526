import * as assert from 'node:assert/strict';
import { analyzeText, type AnalyzedText } from '../../src/core/text/analyzedText';
import { tokenize, type Token } from '../../src/core/text/tokenizer';
import { findQuotes } from '../../src/core/quotes/quoteFinder';
import { attributionCues } from '../../src/core/quotes/attributionCues';
import { LruMemo } from '../../src/core/incremental/memo';

// The quote finder reads the cues that may name a quote's speaker together with the quote,
// so that the incremental annotator keeps them with its reading; after an edit elsewhere
// they must stand where a fresh reading would put them.
const TEXT = [
  'Storm hits coast',
  '"We lost the roof," said Ann Lee, a teacher.',
  'The mayor urged residents to "stay calm and stay home" until Friday.',
  '"It will pass."',
  '- Tom Hart',
  'Officials said the power would be back soon.',
].join('\n');

suite('Attribution cues', () => {
  test('each quote carries the cues attributionCues() gives it, also when its reading is remembered across an edit', () => {
    const lists = new Map<string, readonly Token[]>();
    const tokensOf = (p: string): readonly Token[] => lists.get(p) ?? (lists.set(p, tokenize(p)), lists.get(p) as readonly Token[]);
    const memos = { speech: new LruMemo<never>(100), readings: new LruMemo<never>(100) };
    let previous: AnalyzedText | undefined;
    for (const text of [TEXT, TEXT.replace('Storm hits', 'A storm hits the'), TEXT.replace('Officials', 'Officials later')]) {
      const doc = (previous = analyzeText(text, { tokensOf, previous }));
      const quotes = findQuotes(doc, [], memos as never).filter((q) => q.kind !== 'indirect');
      assert.equal(quotes.length, 3);
      for (const q of quotes) assert.deepEqual(q.cues, attributionCues(doc, q), text.slice(q.start, q.end));
      // The partial quote's cue is its sentence's verb; the last quote's, the signature line below.
      assert.equal(quotes[1].cues?.[0]?.cue.text, 'urged');
      assert.equal(quotes[2].cues?.[2]?.subject && text.slice(quotes[2].cues[2].subject.start, quotes[2].cues[2].subject.end), 'Tom Hart');
    }
    assert.ok(memos.readings.hits >= 2, `readings remembered: ${memos.readings.hits}`);
  });
});
