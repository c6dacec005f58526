import * as assert from 'node:assert/strict';
import { foldNestedReports } from '../../src/core/quotes/nestedReports';
import type { FoundQuote } from '../../src/core/quotes/quoteFinder';
import type { Attribution } from '../../src/core/quotes/speakerResolver';

// A reported clause inside one said by an organization the text never names ("the campaign
// said that …") is part of its words: the inner clause with no speaker of its own is folded
// into it. The phrase's opening ("the", "this", "that", a possessive) is read before its
// words are split; these phrases, written for this test, check both ways.

/** Whether the inner clause (no speaker) is folded into an outer one said by `phrase` with no entity. */
function folded(phrase: string): boolean {
  const outer = { start: 0, end: 100, kind: 'indirect' } as FoundQuote;
  const inner = { start: 40, end: 80, kind: 'indirect' } as FoundQuote;
  const said: Attribution = { speakerId: null, speakerMention: { start: 0, end: phrase.length, text: phrase }, cue: null };
  const none: Attribution = { speakerId: null, speakerMention: null, cue: null };
  return foldNestedReports([outer, inner], [said, none]).found.length === 1;
}

suite('nested reports: an unnamed organization\'s phrase', () => {
  test('"the campaign", "This campaign", "Clinton\'s campaign", "the campaign of X" speak for a body', () => {
    for (const phrase of ['the campaign', 'This campaign', "Clinton's campaign", 'Clinton’s campaign', 'the  campaign', 'the\ncampaign', 'the campaign of Ana Ruiz']) assert.ok(folded(phrase), phrase);
  });

  test('a pronoun, a lone word, a phrase without its opening word or with white space first does not', () => {
    for (const phrase of ['he', 'the', 'campaign', 'a campaign', ' the campaign', "Clinton's", 'thereby campaign', 'Clintons campaign']) assert.ok(!folded(phrase), phrase);
  });
});
