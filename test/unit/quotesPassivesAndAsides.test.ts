import * as assert from 'node:assert/strict';
import { quoteAt, quotes } from './helpers/quoteAt';

// Constructions found in articles written for the purpose (a court report, an obituary, a
// match report, a live blog), each pinned with a short text written for the test.

suite('quotes: a time word after the verb is no reported clause', () => {
  test('"X said afterwards." reports nothing of its own', () => {
    const text = '"We never gave up," Ollie Dean said afterwards. "That is this team."';
    assert.deepEqual(quotes(text).filter((q) => q.kind === 'indirect').map((q) => q.text), []);
  });
  test('"said beforehand that …": the clause opens at "that"', () => {
    assert.equal(quoteAt('The coach said beforehand that the squad was ready.', 'squad', 'indirect').text, 'that the squad was ready');
  });
});

suite('speakers: the one asked or told in a passive is no speaker', () => {
  test('"X has been asked whether …": neither X nor "been" asked', () => {
    const q = quoteAt('Tom Vale has been asked whether he would stand again for the party.', 'stand again', 'indirect');
    assert.equal(q.speakerMention, null);
    assert.equal(q.speakerName, null);
  });
  test('"being told she "…"": the word before the verb is no speaker', () => {
    const q = quoteAt('Ann Dow recalled being told she "would never row for Wales".', 'never row', 'partial');
    assert.notEqual(q.speakerMention?.text, 'being');
  });
  test('"was told by a coach that …": the partial quote is the coach\'s', () => {
    const q = quoteAt('She was told by a coach that she was "too small to row".', 'too small', 'partial');
    assert.equal(q.speakerMention?.text, 'a coach');
  });
  test('"was warned about X": the partial quote in what follows is not made unsaid', () => {
    const q = quoteAt('Rita Moss was warned about the storm, yet she said the roads were "perfectly fine".', 'perfectly', 'partial');
    assert.equal(q.speakerName, 'Rita Moss');
  });
});

suite('speakers: the agent of a passive does not take the next "she"', () => {
  test('"She was told by a teacher that …. "…," she said.": she is the one told', () => {
    const text = 'Ada Finch became a pilot in 1975.\n\nShe was told by a teacher that girls "did not fly planes". "I flew anyway," she said.';
    assert.equal(quoteAt(text, 'flew anyway').speakerName, 'Ada Finch');
  });
});
