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

suite('speakers: a court report\'s defendant described by the charge speaks, not the charge\'s object', () => {
  test('"A driver accused of hitting two cyclists told …": the driver told', () => {
    const q = quoteAt('A driver accused of hitting two cyclists told the court that he had been blinded by the sun.', 'blinded', 'indirect');
    assert.equal(q.speakerMention?.text, 'A driver');
  });
  test('"A woman charged with robbing her employer said …": the woman said', () => {
    const q = quoteAt('A woman charged with robbing her employer said that she had been framed.', 'framed', 'indirect');
    assert.equal(q.speakerMention?.text, 'A woman');
  });
});

suite('quotes: a transcript\'s prose bringing in the next speaker is no one\'s answer', () => {
  const transcript = (between: string): string => `Q: How is the squad?\n\nKELLY: We have a few knocks. The rest are fine.\n\nQ: Will Dunne start?\n\nKELLY: We will see. I pick the team on Friday.\n\n${between}\n\nQ: What did the coach say?\n\nMORAN: He was calm. Nobody was hiding.`;
  test('"Club captain Ian Moran also spoke briefly." is not Kelly\'s', () => {
    const found = quotes(transcript('Club captain Ian Moran also spoke briefly.'));
    assert.equal(found.filter((q) => q.text.includes('spoke briefly')).length, 0);
  });
  test('"Then the goalkeeper spoke to reporters." is not Kelly\'s either', () => {
    const found = quotes(transcript('Then the goalkeeper spoke to reporters.'));
    assert.equal(found.filter((q) => q.text.includes('goalkeeper')).length, 0);
  });
  test('an answer going on in its own words still is', () => {
    const found = quotes(transcript('And we have Owen back, which helps.'));
    assert.equal(found.filter((q) => q.text.includes('Owen back')).length, 1);
  });
});

suite('quotes: "this" or "it" after a verb is its object, never an inverted speaker', () => {
  test('"The banks, of course, know this." reports nothing', () => {
    assert.deepEqual(quotes('The banks, of course, know this.').map((q) => q.text), []);
  });
  test('"…, a survey concluded this year": "this" does not speak the clause before', () => {
    const found = quotes('Drivers now say they prefer electric cars to petrol ones, a study by a motoring charity, the RAC Trust, concluded this year.');
    assert.ok(found.every((q) => q.speakerMention?.text !== 'this'), JSON.stringify(found.map((q) => q.speakerMention?.text)));
  });
});
