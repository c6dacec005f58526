import * as assert from 'node:assert/strict';
import { analyzeText, type AnalyzedText } from '../../src/core/text/analyzedText';
import { tokenize, type Token } from '../../src/core/text/tokenizer';
import { findQuotedSpans } from '../../src/core/quotes/quotedSpans';
import { Annotator } from '../../src/core/annotator';
import { annotate } from '../../src/core/annotate';
import type { TextProblem } from '../../src/core/types';

// With the incremental analysis's token lists, a paragraph's quotation marks are kept with
// its list and moved with it: the spans are what lexing every paragraph again gives.

const TEXT = [
  '"We lost the roof," said Ann Lee.',
  'The mayor urged residents to \'stay calm\' until Friday.',
  '"It will pass," said Tom Hart. "We\'ve seen worse.',
  '"Much worse," he added.',
  'Crews worked through the night; the town\'s power came back by noon.',
].join('\n');

suite('Quotation marks kept with their paragraphs', () => {
  test('after edits that move, change and split paragraphs, the spans are those of a fresh pass', () => {
    const lists = new Map<string, readonly Token[]>();
    const tokensOf = (p: string): readonly Token[] => lists.get(p) ?? (lists.set(p, tokenize(p)), lists.get(p) as readonly Token[]);
    let previous: AnalyzedText | undefined;
    const spansOf = (text: string): string => {
      const doc = (previous = analyzeText(text, { tokensOf, previous }));
      return JSON.stringify(findQuotedSpans(text, doc.paragraphs, [], doc.paragraphTokens));
    };
    const fresh = (text: string): string => JSON.stringify(findQuotedSpans(text, analyzeText(text).paragraphs, []));
    let text = TEXT;
    assert.equal(spansOf(text), fresh(text));
    // Longer first paragraph: every later paragraph, and its marks, moves.
    text = text.replace('We lost', 'We have lost');
    assert.equal(spansOf(text), fresh(text));
    // Back again: the marks kept at the new places move back.
    text = text.replace('We have lost', 'We lost');
    assert.equal(spansOf(text), fresh(text));
    // A mark removed in one paragraph changes the pairing of the next ones.
    text = text.replace('"Much worse," he', 'Much worse," he');
    assert.equal(spansOf(text), fresh(text));
    // A paragraph split in two, and one paragraph's text twice in the text.
    text = text.replace('Tom Hart. "', 'Tom Hart.\n"').concat('\n"We lost the roof," said Ann Lee.');
    assert.equal(spansOf(text), fresh(text));
    assert.ok(JSON.parse(spansOf(text)).length >= 4, 'the fixture has quotations to pair');
  });
});

// A paragraph paired from a closed state keeps its pairing (spans, problems, the marks it
// leaves open and what closing them at its end gives) with its token list; a quotation that
// runs over paragraphs pairs the paragraphs it reaches again. Every version, spans and
// problems alike, is what a fresh pass gives, and so is the editor's whole annotation.
const RUNNING = [
  'Marcia "Cia" Price spoke first.',
  '"We will not back down," she said. "The plan stays.',
  '"It has to, because the money is there," she added.',
  '"We won, he said.',
  'The council met on Monday; the vote was 5-2.',
  '"The council met," said Ann Lee.',
  'Residents\' groups called it "a betrayal" and "a farce."',
].join('\n');

suite('Quotation pairings kept with their paragraphs', () => {
  const edits: ReadonlyArray<(text: string) => string> = [
    // Closes the quotation the second paragraph leaves open: the third no longer continues it.
    (t) => t.replace('The plan stays.', 'The plan stays."'),
    (t) => t.replace('The plan stays."', 'The plan stays.'),
    // The third paragraph no longer re-opens: the open quotation closes at the second's end.
    (t) => t.replace('"It has to,', 'It has to,'),
    (t) => t.replace('It has to,', '"It has to,'),
    // Every paragraph after the edit moves; an unbalanced one's problem moves with it.
    (t) => t.replace('spoke first', 'spoke first of all'),
    // A paragraph twice in the text, and a mark opened in the last one left open at the end.
    (t) => `${t}\n"We won, he said.\nShe said "no more`,
    (t) => t.replace('Ann Lee.', 'Ann Lee, "again.'),
    (t) => t.replace('Ann Lee, "again.', 'Ann Lee.'),
  ];

  test('the spans and problems of every version are those of a fresh pass', () => {
    const lists = new Map<string, readonly Token[]>();
    const tokensOf = (p: string): readonly Token[] => lists.get(p) ?? (lists.set(p, tokenize(p)), lists.get(p) as readonly Token[]);
    let previous: AnalyzedText | undefined;
    const pass = (text: string, incremental: boolean): string => {
      const problems: TextProblem[] = [];
      const doc = incremental ? (previous = analyzeText(text, { tokensOf, previous })) : analyzeText(text);
      const spans = findQuotedSpans(text, doc.paragraphs, problems, doc.paragraphTokens);
      return JSON.stringify({ spans, problems });
    };
    let text = RUNNING;
    assert.equal(pass(text, true), pass(text, false));
    assert.equal(pass(text, true), pass(text, false), 'the same text again, every pairing kept');
    for (const edit of edits) {
      text = edit(text);
      assert.equal(pass(text, true), pass(text, false), text);
    }
  });

  test('the editor gives what a fresh annotate() gives, a nickname left out', () => {
    const annotator = new Annotator();
    let text = RUNNING;
    const options = { documentDate: '2016-03-04' };
    const first = annotator.annotate(text, options);
    assert.deepStrictEqual(first, annotate(text, options));
    assert.ok(!first.quotes.some((q) => q.text.includes('Cia')), 'the nickname is no quotation');
    assert.ok(first.problems.some((p) => p.code === 'unbalanced-quote'), 'the fixture leaves a quotation open');
    for (const edit of edits) {
      text = edit(text);
      assert.deepStrictEqual(annotator.annotate(text, options), annotate(text, options), text);
    }
  });
});
