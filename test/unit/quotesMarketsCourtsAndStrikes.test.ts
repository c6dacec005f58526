import * as assert from 'node:assert/strict';
import { quoteAt, quotes } from './helpers/quoteAt';

// Who said what in kinds of news the tests wrote for the purpose: earnings, court arguments,
// strikes, disasters, front-line dispatches, vigils, launches, press conferences.

function indirectTexts(text: string): string[] {
  return quotes(text).filter((q) => q.kind === 'indirect').map((q) => q.text);
}

suite('reported speech: verbs that hold a thing, not words', () => {
  test('a crowd named by a bare plural that "questions" a thing doubts it; a speaker questions aloud', () => {
    assert.deepEqual(indirectTexts('Shares of the chipmaker slid as traders question its capital spending.'), []);
    assert.deepEqual(indirectTexts('Shareholders have questioned the merger for months.'), []);
    assert.deepEqual(indirectTexts('Some parents questioned the new timetable at the meeting.'), ['the new timetable at the meeting']);
    assert.deepEqual(indirectTexts('The senator questioned the cost of the new bridge.'), ['the cost of the new bridge']);
    assert.deepEqual(indirectTexts('Traders questioned whether the rally could last.'), ['whether the rally could last']);
  });
  test('the figures a firm reports end before a clause of the sentence\'s own joined on', () => {
    assert.deepEqual(indirectTexts('The retailer reported a sharp fall in quarterly profit on Tuesday, and its shares sank.'), ['a sharp fall in quarterly profit on Tuesday']);
    assert.deepEqual(indirectTexts('Tesco reported record sales over Christmas, but the shares barely moved.'), ['record sales over Christmas']);
    assert.deepEqual(indirectTexts('The retailer reported that profit fell in the quarter.'), ['that profit fell in the quarter']);
    assert.deepEqual(indirectTexts('The retailer reported profits fell in the quarter.'), ['profits fell in the quarter']);
  });
  test('a noun of speech after a determiner and before a plain noun is no verb: "the call sign"', () => {
    assert.deepEqual(indirectTexts('A sergeant with the call sign Wolf led the patrol into the village.'), []);
  });
  test('a title before a name is no verb: "Former champion Ana Ruiz"', () => {
    const text = 'Former champion Ana Ruiz, speaking on the radio, called it "the best final in years."';
    assert.deepEqual(quotes(text).map((q) => q.cue?.text), ['called', 'called']);
    assert.deepEqual(quotes('His call for a ceasefire was ignored by both sides.').map((q) => q.cue?.text), ['call']);
  });
  test('"a junior who did not want to give her name": how a source is kept unnamed, nothing said', () => {
    assert.deepEqual(indirectTexts('One girl, a junior who did not want to give her name, said she had hidden in a closet.'), ['she had hidden in a closet']);
  });
  test('"the man said, his voice breaking": how the words were said', () => {
    assert.deepEqual(indirectTexts('"That is all he wrote," the man said, his voice breaking.'), []);
  });
  test('in a relative clause not set off, the reported clause stops before the sentence\'s own verb', () => {
    assert.deepEqual(indirectTexts('A father who said his son was inside the gym said he had raced to the school.'), ['his son was inside the gym', 'he had raced to the school']);
  });
  test('"Teachers who knew the victims described them": the relative\'s verb reports nothing', () => {
    assert.deepEqual(indirectTexts('Teachers who knew the victims described them as devoted.'), ['them as devoted']);
  });
});

suite('reported speech: a cue set off inside the clause', () => {
  test('"…, which, she wrote, "…"": the clause stops before the relative that the second cue reports', () => {
    const text = 'The judge said the council had ignored the statute, which, she wrote, "leaves no room for doubt."';
    assert.equal(quoteAt(text, 'council', 'indirect').text, 'the council had ignored the statute');
    assert.equal(quoteAt(text, 'no room', 'direct').cue?.text, 'wrote');
  });
});

suite('speakers: people of a body, in the plural, are a group of it, not the body', () => {
  test('"Labour backbenchers have urged": the backbenchers, not the party', () => {
    const q = quoteAt('But Labour backbenchers have urged the chancellor to go further.', 'go further');
    assert.equal(q.speakerName, null);
    assert.equal(q.speakerMention?.text, 'Labour backbenchers');
  });
  test('"Google engineers said", "Apple executives told": the staff, not the company', () => {
    assert.equal(quoteAt('Google engineers said the new model had been rushed.', 'rushed').speakerName, null);
    assert.equal(quoteAt('Apple executives told investors that prices would rise.', 'prices').speakerName, null);
  });
  test('the body itself still speaks as before', () => {
    assert.equal(quoteAt('Google said the new model had been rushed.', 'rushed').speakerName, 'Google');
  });
});

suite('reported speech: what stories and rumours were about', () => {
  test('"the stories about his spending", "rumours about her health": the topic, as "questions about" reads', () => {
    assert.equal(quoteAt('The stories about his spending as mayor never went away.', 'spending', 'indirect').cue?.text, 'stories');
    assert.equal(quoteAt('Rumours about her health had circulated for weeks.', 'health', 'indirect').cue?.text, 'Rumours');
  });
});
