import * as assert from 'node:assert/strict';
import { analyzeText, type AnalyzedText } from '../../src/core/text/analyzedText';
import { tokenize, type Token } from '../../src/core/text/tokenizer';
import { findQuotes } from '../../src/core/quotes/quoteFinder';
import { RecentRuns } from '../../src/core/incremental/recentRuns';
import type { ReadingRun } from '../../src/core/quotes/quoteReadingMemo';
import { LruMemo } from '../../src/core/incremental/memo';
import { Annotator } from '../../src/core/annotator';
import { annotate } from '../../src/core/annotate';

// After an edit, a quotation whose surroundings the edit did not reach takes its reading
// from the last version, moved by the edit; the result is what a fresh reading gives.
const PARAGRAPHS = [
  'Storm hits coast',
  '"We lost the roof," said Ann Lee, a teacher at the school on the hill above the bay.',
  'The weather service said the storm would weaken over the next two days as it moved inland.',
  'Crews worked through the night to clear the roads, and most of the town had power by noon.',
  'The mayor urged residents to "stay calm and stay home" until Friday, when the schools reopen.',
  'Volunteers from three counties arrived with food and water, and the church opened its hall.',
  'The state has promised money for repairs, though officials did not say how much or when.',
  '"It will pass," said Tom Hart, who has lived in the town for forty years.',
];

suite('Quotation readings of the last version', () => {
  test('quotations away from an edit keep their readings, moved; those near it are read again; all as a fresh read', () => {
    const lists = new Map<string, readonly Token[]>();
    const tokensOf = (p: string): readonly Token[] => lists.get(p) ?? (lists.set(p, tokenize(p)), lists.get(p) as readonly Token[]);
    const last = new RecentRuns<ReadingRun>();
    const readings = new LruMemo<never>(1000);
    const memos = { speech: new LruMemo<never>(1000), readings, last } as never;
    let previous: AnalyzedText | undefined;
    let text = PARAGRAPHS.join('\n');
    previous = analyzeText(text, { tokensOf, previous });
    findQuotes(previous, [], memos);
    // An edit in the middle paragraph: the first and last quotations are away from it.
    text = text.replace('Volunteers from three', 'Volunteers from four');
    last.resetCounts();
    readings.resetCounts();
    const doc = (previous = analyzeText(text, { tokensOf, previous }));
    const incremental = JSON.stringify(findQuotes(doc, [], memos));
    assert.equal(last.hits, 2, 'the first and last quotations come from the last version');
    assert.equal(readings.hits + readings.misses, 1, 'only the partial quote next to the edit is looked up');
    assert.equal(incremental, JSON.stringify(findQuotes(analyzeText(text), [])));
  });

  /** The quotes of PARAGRAPHS found again, through the last version's readings, after one replacement. */
  function quotesAfterEdit(from: string, to: string): { text: string; found: ReturnType<typeof findQuotes>; last: RecentRuns<ReadingRun> } {
    const lists = new Map<string, readonly Token[]>();
    const tokensOf = (p: string): readonly Token[] => lists.get(p) ?? (lists.set(p, tokenize(p)), lists.get(p) as readonly Token[]);
    const last = new RecentRuns<ReadingRun>();
    const memos = { speech: new LruMemo<never>(1000), readings: new LruMemo<never>(1000), last } as never;
    const before = PARAGRAPHS.join('\n');
    const previous = analyzeText(before, { tokensOf });
    findQuotes(previous, [], memos);
    const text = before.replace(from, to);
    last.resetCounts();
    return { text, found: findQuotes(analyzeText(text, { tokensOf, previous }), [], memos), last };
  }

  test('an edit before a quotation that keeps the length but changes the token count moves its token indices', () => {
    const { text, found, last } = quotesAfterEdit('Storm hits coast', 'Storm-hit, coast');
    assert.equal(text.length, PARAGRAPHS.join('\n').length);
    assert.ok(last.hits >= 1);
    assert.equal(JSON.stringify(found), JSON.stringify(findQuotes(analyzeText(text), [])));
  });

  test('a reading moved by an edit before it shares its cue objects as a fresh reading does', () => {
    // Longer by a word at the start: every later quotation's reading is moved.
    const { text, found, last } = quotesAfterEdit('Storm hits coast', 'Storm hits the coast');
    const moved = found.find((q) => q.kind === 'direct' && q.cueAfter !== null && text.slice(q.start, q.end).includes('pass'));
    assert.ok(last.hits >= 1 && moved, 'the last quotation is taken from the last version');
    const fresh = findQuotes(analyzeText(text), []).find((q) => q.start === moved.start);
    assert.ok(fresh?.cues?.includes(fresh.cueAfter), 'a fresh reading lists its cue after among its cues');
    assert.ok(moved.cues?.includes(moved.cueAfter), 'and so does the moved one: the same object, not a second copy');
  });
});

suite('Whether the copy quotes with double marks, after edits', () => {
  test('the count of double and single marks follows paragraphs added, taken away and changed', () => {
    // A lone line in single marks at a paragraph's start is a heading when the copy quotes
    // with double marks (four “ to one ‘ here), and a quote when it does not.
    const lone = '‘we will not give up on this town’';
    const said = (name: string): string => `“We are ready for the vote,” said ${name} on Monday.`;
    const texts = [
      [lone, said('Ann Lee'), said('Bob Hart'), said('Carl Ames'), said('Dora Finch')],
      [lone, said('Ann Lee'), said('Bob Hart'), said('Dora Finch')],
      [lone, said('Ann Lee'), said('Bob Hart'), 'Nothing was said.', said('Dora Finch')],
      [lone, said('Ann Lee'), said('Bob Hart'), said('Erin Gold'), said('Dora Finch')],
      [said('Ann Lee'), lone, said('Bob Hart'), said('Erin Gold'), said('Dora Finch')],
      ['‘And’ more', said('Ann Lee'), lone, said('Bob Hart'), said('Erin Gold'), said('Dora Finch')],
    ].map((lines) => lines.join('\n'));
    const annotator = new Annotator();
    const loneIsQuote = texts.map((text) => {
      const result = annotator.annotate(text);
      assert.deepStrictEqual(result, annotate(text));
      return result.quotes.some((q) => q.text === lone);
    });
    // The fixture has teeth: the lone line's reading follows the marks of the other paragraphs.
    assert.deepEqual(loneIsQuote, [false, true, true, false, false, true]);
  });
});
