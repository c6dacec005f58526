import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import type { Quote } from '../../src/core/types';

// Reported speech in articles written for the purpose (a Gulf forum, an Indian election, a
// housing row): names given to things, nouns read as verbs, verbs with nothing after them.

function quotes(text: string): Quote[] {
  return annotate(text, { documentDate: '2025-11-01' }).quotes;
}

function quoteHolding(text: string, words: string): Quote | undefined {
  return quotes(text).find((q) => q.kind !== 'indirect' && q.text.includes(words));
}

suite('quotes: a name given after "dubbed", "known as", "so-called" is no one\'s words', () => {
  test('an appositive participle: "The fair, dubbed "X", opens"', () => {
    const text = 'Lena Park spoke at the opening. The fair, dubbed "Paris of the plains", opens on Friday.';
    assert.equal(quoteHolding(text, 'Paris of the plains'), undefined);
  });
  test('a participle after its noun: "a tax called "the window levy""', () => {
    const text = 'Omar Diaz said the city would act. Residents pay a tax called "the window levy" each spring.';
    assert.equal(quoteHolding(text, 'window levy'), undefined);
    const text2 = 'Omar Diaz spoke. Builders face a rule branded "the height trap" by developers.';
    assert.equal(quoteHolding(text2, 'height trap'), undefined);
    const text3 = 'Ivo Marsh waved. A march billed as "a walk for the river" drew crowds.';
    assert.equal(quoteHolding(text3, 'walk for the river'), undefined);
  });
  test('a subject before the verb makes the name its words: "which critics dubbed", "who he called"', () => {
    const q = quoteHolding('The bridge, which Mayor Ann Lowe dubbed "a bridge to nowhere," cost millions.', 'nowhere');
    assert.ok(q !== undefined);
    const q2 = quoteHolding('Tom Bell attacked the plan, which he called "a gift to landlords."', 'landlords');
    assert.ok(q2 !== undefined && q2.speakerName === 'Tom Bell', JSON.stringify(q2));
    const q3 = quoteHolding('The levy, which the mayor, Ann Lowe, called "a raid on savers," passed.', 'raid');
    assert.ok(q3 !== undefined);
  });
});

suite('quotes: "charges he denies," reports nothing', () => {
  test('a plural of speech after a preposition and a noun is a noun, no cue', () => {
    const all = quotes('Mara Voss, who was jailed last year on bribery charges she denies, opened the session.');
    assert.ok(!all.some((q) => q.cue?.text === 'charges'), JSON.stringify(all.map((q) => [q.cue?.text, q.text])));
  });
  test('a speech verb closed by a comma, then the sentence\'s verb: nothing reported', () => {
    const all = quotes('Mara Voss, jailed over a verdict she denies, opened the session on Monday.');
    assert.ok(!all.some((q) => q.text.includes('opened the session')), JSON.stringify(all.map((q) => [q.cue?.text, q.text])));
  });
  test('a cue set off by commas goes on with the clause it interrupts', () => {
    const q = quotes('The plan, an aide to Ann Lowe said, is to open the depot in May.').find((x) => x.kind === 'indirect');
    assert.ok(q !== undefined && q.text.includes('open the depot'), JSON.stringify(q));
  });
  test('"said, however, that …" still reports', () => {
    const q = quotes('Mara Voss said, however, that the session would run late.').find((x) => x.kind === 'indirect');
    assert.ok(q !== undefined && q.text.includes('session would run late'));
  });
});

suite('quotes: speech-verb forms that are nouns or take no clause', () => {
  const cues = (text: string): string[] => quotes(text).map((q) => q.cue?.text ?? '');
  test('"a run of contests that lasted …": a verb after "that" makes it a relative, and "of" no verb', () => {
    assert.ok(!cues('The race came after a run of contests that lasted into June.').includes('contests'));
  });
  test('"rail operators", "one world champion": nouns, no cues', () => {
    assert.ok(!cues('Bus and rail operators said they were ready for the storm.').includes('rail'));
    assert.ok(!cues('"The season is too long," said one world champion last month.').includes('champion'));
  });
  test('"have known each other" reports nothing', () => {
    assert.ok(!quotes('The two rivals have known each other for a decade.').some((q) => q.text.includes('each other')));
  });
});

suite('quotes: a laugh or a smile reports only quoted words', () => {
  test('"laughed when …", "X smiled as …": no reported clause', () => {
    assert.ok(!quotes('Her agent laughed when the offer came in.').some((q) => q.cue?.text === 'laughed'));
    assert.ok(!quotes('Pressed on the vote, Ruth Sands smiled.').some((q) => q.cue?.text === 'smiled'));
  });
  test('"…," she laughed: the quote is still hers', () => {
    const q = quotes('Ruth Sands took the stage. "We did it," she laughed.').find((x) => x.kind === 'direct');
    assert.ok(q !== undefined && q.speakerName === 'Ruth Sands', JSON.stringify(q));
  });
});

suite('quotes: "demand for X" is the noun', () => {
  test('a partial quote after "said demand for …" is cued by "said"', () => {
    const q = quotes('Jo Lim said demand for its chips was "off the charts" this year.').find((x) => x.kind === 'partial');
    assert.ok(q !== undefined && q.cue?.text === 'said', JSON.stringify(q));
  });
});

suite('speakers: "the company" is no time zone', () => {
  test('"at 14:05 UTC, the company said": no speaker guessed from the clock', () => {
    const q = quotes('The launch window opens at 14:05 UTC, the company said on Tuesday.').find((x) => x.kind === 'indirect');
    assert.ok(q !== undefined && q.speakerName !== 'UTC', JSON.stringify(q));
  });
});
