import * as assert from 'node:assert/strict';
import { analyzeText, type AnalyzedText } from '../../src/core/text/analyzedText';
import { tokenize, type Token } from '../../src/core/text/tokenizer';
import { findQuotedSpans } from '../../src/core/quotes/quotedSpans';

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
