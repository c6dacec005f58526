import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import type { Quote } from '../../src/core/types';

// Session 38 (quotes38): marks that close nothing, cues that are nouns or passives.

function quotes(text: string): Quote[] {
  return annotate(text, { documentDate: '2024-03-06' }).quotes;
}

function marked(text: string): Quote[] {
  return quotes(text).filter((q) => q.kind !== 'indirect');
}

suite('quotes: the inch mark of a height', () => {
  test('a height in feet and inches with curly marks ends no quotation: “… he’s like 6’2”,” Rubio said', () => {
    const text = '“I admit, he’s taller than me; he’s like 6’2”,” Rubio said on Sunday.';
    const found = marked(text);
    assert.equal(found.length, 1);
    assert.equal(found[0].text, '“I admit, he’s taller than me; he’s like 6’2”,”');
    assert.equal(found[0].speakerName, 'Rubio');
  });

  test('the quote goes on past a height in its middle to its own closing mark', () => {
    const text = 'The senator laughed.\n\n“His hands are the size of someone who is 5’2”. You know what they say about men with small hands.”';
    const found = marked(text);
    assert.equal(found.length, 1);
    assert.ok(found[0].text.endsWith('small hands.”'), found[0].text);
    assert.equal(found[0].kind, 'direct');
  });
});

suite('quotes: nouns and passives that are no cue', () => {
  test('questions a witness answered are no speech act: "The witness answered questions for three hours."', () => {
    assert.deepEqual(quotes('The witness answered questions for three hours.').map((q) => q.text), []);
  });

  test('a plural before "were" or "have" is the noun, no verb of speech: "Her demands were simple."', () => {
    assert.deepEqual(quotes('Her demands were simple.').map((q) => q.text), []);
    assert.deepEqual(quotes('Since then her demands have been answered.').map((q) => q.text), []);
    // "what she says is true" keeps its verb: "is" agrees with one speaker.
    const found = quotes('Anna Berg told reporters that what she says is true.');
    assert.ok(found.some((q) => q.cue?.text === 'told'), JSON.stringify(found.map((q) => q.cue?.text)));
    // Nor after its subject or an adverb: `the ones State now says are "top secret"`.
    const says = marked('She wants the ones State now says are “top secret” made public.');
    assert.equal(says.length, 1);
    assert.equal(says[0].speakerMention?.text, 'State');
  });

  test('no one who spoke stands before "been": "has been harshly criticized for …" reports the reason, speaker unsaid', () => {
    const found = quotes('He has been harshly criticized for policies that critics see as abuses of power.');
    assert.equal(found.length, 1);
    assert.equal(found[0].kind, 'indirect');
    assert.equal(found[0].text, 'policies that critics see as abuses of power');
    assert.equal(found[0].speakerMention, null);
  });

  test('"have sometimes been accused of …": the charge is reported, no "been" as its speaker', () => {
    const found = quotes('Peacekeepers have sometimes been accused of hurting the civilians they were sent to protect.');
    assert.equal(found.length, 1);
    assert.equal(found[0].text, 'hurting the civilians they were sent to protect');
    assert.equal(found[0].speakerMention, null);
    // A race called for a candidate reports nothing: only acts of speech report in the passive.
    assert.deepEqual(quotes('Texas was called for Ted Cruz moments after the polls closed.').map((q) => q.text), []);
  });

  test('a fragment quoted after a passive of speech has no speaker: `Mehmet Oz has been called a “quack”`', () => {
    const found = marked('Mehmet Oz, the television surgeon, has long been called a “quack” in medical circles.');
    assert.equal(found.length, 1);
    assert.equal(found[0].speakerMention, null);
    assert.equal(found[0].speakerName, null);
  });

  test('a quote before a passive of speech later in its sentence takes no "been" for its speaker', () => {
    const found = marked('The old motto, “We mean what we say,” faded once their demands had been answered.');
    assert.equal(found.length, 1);
    assert.equal(found[0].speakerMention, null);
  });

  test('"added" after a preposition is an adjective: "requests were made for added security" reports nothing', () => {
    assert.deepEqual(quotes('Before the attacks, requests were made to Clinton for added security, but no action was taken.').map((q) => q.text), []);
  });
});

suite('quotes: a sentence set off between dashes', () => {
  test('someone\'s whole sentence between dashes is a direct quote: `wrapped up — “I will fight for you!” — the balloons …`', () => {
    const found = marked('When the senator finally wrapped up — “I will fight for you, and I will win for you!” — the balloons came down.');
    assert.equal(found.length, 1);
    assert.equal(found[0].kind, 'direct');
    // A noun phrase between dashes stays a fragment of the writer's sentence.
    const phrase = marked('He was so depressed by the tone of the campaign -- "an outrage and an insult to voters" -- that he is considering a run.');
    assert.equal(phrase.length, 1);
    assert.equal(phrase[0].kind, 'partial');
  });

  test('the sentence between dashes right after a name is that person\'s: `including Mitt Romney -- "It is …" -- and Fred Goldberg`', () => {
    const found = marked('Several Republicans have said the same thing, including the former candidate Mitt Romney -- "It is disqualifying for a nominee to hide his returns" -- and Fred Goldberg, a former commissioner.');
    assert.equal(found.length, 1);
    assert.equal(found[0].kind, 'direct');
    assert.equal(found[0].speakerName, 'Mitt Romney');
  });
});
