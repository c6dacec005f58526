import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/text/analyzedText';
import { findIndirectSpeechByParagraph, LastSpeech } from '../../src/core/quotes/indirectSpeechByParagraph';
import { tokenize, type Token } from '../../src/core/text/tokenizer';
import type { FoundQuote } from '../../src/core/quotes/quoteFinder';
import { LruMemo } from '../../src/core/incremental/memo';

const TEXT = 'The mayor said the plan was sound.\n\nOfficials said the vote would go ahead on Monday.';

/** A direct quote over [start, end) of TEXT, as the quote finder would give it. */
function direct(start: number, end: number): FoundQuote {
  return { start, end, contentStart: start, contentEnd: end, paragraphs: 1, closed: true, kind: 'direct', cueAfter: null, cueBefore: null, paragraph: 1 };
}

suite('reported speech, paragraph by paragraph', () => {
  const doc = analyzeText(TEXT);
  const second = TEXT.indexOf('Officials');

  test('each clause maps back to the document: text, paragraph, cue, subject and verb token', () => {
    const found = findIndirectSpeechByParagraph(doc, []);
    assert.deepEqual(found.map((q) => TEXT.slice(q.start, q.end)), ['the plan was sound', 'the vote would go ahead on Monday']);
    assert.deepEqual(found.map((q) => q.paragraph), [0, 1]);
    const cue = found[1].cueBefore;
    assert.ok(cue?.subject, 'the second clause has its cue and subject');
    assert.equal(TEXT.slice(cue.subject.start, cue.subject.end), 'Officials');
    assert.equal(doc.tokens[cue.subject.tokenStart].text, 'Officials');
    assert.equal(doc.tokens[cue.verbToken].text, 'said');
  });

  test('in a later paragraph with two clauses, every cue and subject points at its own tokens, call after call', () => {
    const text = `${TEXT}\n\nThe governor said the roads were closed and added that schools would stay shut.`;
    const three = analyzeText(text);
    const found = findIndirectSpeechByParagraph(three, []);
    assert.deepEqual(found.map((q) => q.paragraph), [0, 1, 2, 2]);
    for (const q of found) {
      for (const cue of [q.cueBefore, q.cueAfter, ...(q.cues ?? [])]) {
        if (!cue) continue;
        assert.equal(three.tokens[cue.verbToken].start, cue.cue.start, cue.cue.text);
        if (!cue.subject) continue;
        assert.equal(three.tokens[cue.subject.tokenStart].start, cue.subject.start);
        assert.equal(three.tokens[cue.subject.tokenEnd - 1].end, cue.subject.end);
      }
    }
    assert.equal(three.tokens[found[2].cueBefore!.verbToken].text, 'said');
    assert.equal(three.tokens[found[3].cueBefore!.verbToken].text, 'added');
    // Moved once: a second reading of the same text gives the same clauses.
    assert.deepStrictEqual(findIndirectSpeechByParagraph(three, []), found);
  });

  test('a memo gives what reading afresh gives, and a paragraph whose quotes changed is read again', () => {
    const memo = new LruMemo<readonly FoundQuote[]>(100);
    const covered = [direct(second, TEXT.length)];
    for (const marked of [[], covered, [], covered]) {
      assert.deepStrictEqual(findIndirectSpeechByParagraph(doc, marked, memo), findIndirectSpeechByParagraph(doc, marked));
    }
    // The fixture has teeth: the second paragraph's clause is there only when no quote covers it.
    assert.equal(findIndirectSpeechByParagraph(doc, covered).length, 1);
    assert.ok(memo.hits > 0);
  });

  test('the speech of the last version, taken by paragraph place, is what reading afresh gives, as paragraphs move and quotes change', () => {
    // Token lists from one memo, as the incremental annotator has them: the same paragraph
    // text, the same list, whichever version it is in.
    const lists = new Map<string, readonly Token[]>();
    const tokensOf = (p: string): readonly Token[] => lists.get(p) ?? (lists.set(p, tokenize(p)), lists.get(p)!);
    const memo = new LruMemo<readonly FoundQuote[]>(100);
    const last = new LastSpeech();
    const edited = TEXT.replace('the plan', 'the new plan');
    const longer = `A line opens the text.\n\n${TEXT}`;
    const coverSecond = (text: string): FoundQuote[] => [direct(text.indexOf('Officials'), text.length)];
    let taken = 0;
    for (const [text, cover] of [[TEXT, false], [TEXT, true], [TEXT, false], [edited, false], [longer, false], [longer, true], [TEXT, true]] as const) {
      const doc = analyzeText(text, { tokensOf });
      const marked = cover ? coverSecond(text) : [];
      last.resetCounts();
      assert.deepStrictEqual(findIndirectSpeechByParagraph(doc, marked, memo, last), findIndirectSpeechByParagraph(analyzeText(text), marked));
      taken += last.hits;
    }
    assert.ok(taken > 0);
  });
});

