import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/text/analyzedText';
import { askedAdjuncts, isAskingWord } from '../../src/core/quotes/askedAdjuncts';
import { indirect } from './helpers/indirectQuotes';
import { quoteAt } from './helpers/quoteAt';

// A question put to the speaker, set off as a participle (askedAdjuncts.ts): "Asked about Y,
// X said …", "When asked by reporters whether …, X said …", "X, asked to comment, said …",
// "X said, when asked about Y, that …". What was asked is the unnamed asker's, never the words
// of the one asked; the sentence's own cue and clause go on around it.

/** The adjuncts of the first sentence of `text`, as text. */
function adjuncts(text: string): string[] {
  const doc = analyzeText(text);
  const s = doc.sentences[0];
  return askedAdjuncts(doc.tokens, s).map((a) => text.slice(doc.tokens[a.start].start, doc.tokens[a.end - 1].end));
}

/** The indirect quote holding `words`, as [text, speaker]. */
function reading(text: string, words: string): [string, string | null] | undefined {
  const q = indirect(text).find((x) => x.text.includes(words));
  return q && [q.text, q.speakerName ?? null];
}

suite('quotes: asked adjuncts', () => {
  test('a sentence without the participles holds no adjunct; one with them, in any case, may', () => {
    const asks = (doc: ReturnType<typeof analyzeText>, i: number): boolean => {
      const s = doc.sentences[i];
      return doc.tokens.slice(s.tokenStart, s.tokenEnd).some((t) => t.kind === 'word' && isAskingWord(t.text));
    };
    for (const text of ['ASKED ABOUT THE DEAL, SMITH SAID THE TALKS WOULD RESUME.', 'Lee, Pressed on the point, said no.', 'When questioned, Lee said no.', 'Quizzed about it, Lee said no.']) {
      const doc = analyzeText(text);
      assert.ok(asks(doc, 0), text);
      assert.ok(askedAdjuncts(doc.tokens, doc.sentences[0]).length > 0, text);
    }
    const plain = analyzeText('Smith said the talks would resume. Lee asks for more.');
    assert.ok(!asks(plain, 0) && !asks(plain, 1));
    assert.ok(!isAskingWord('') && !isAskingWord('ask') && !isAskingWord('unasked'));
  });

  test('the adjunct runs to the comma before the main clause, commas inside the question kept', () => {
    assert.deepEqual(adjuncts('Asked about the deal, Smith said the talks would resume.'), ['Asked about the deal']);
    assert.deepEqual(adjuncts('When asked by reporters whether the plan, which passed in May, would work, Lee said no.'), ['When asked by reporters whether the plan, which passed in May, would work']);
    assert.deepEqual(adjuncts('Asked if the tax was fair, 46 percent of voters said yes.'), ['Asked if the tax was fair']);
    assert.deepEqual(adjuncts('Asked if there was any fraud, Tom Briggs, the campaign spokesman, said there was not.'), ['Asked if there was any fraud']);
    assert.deepEqual(adjuncts('Smith, asked to comment, declined.'), ['asked to comment']);
    assert.deepEqual(adjuncts('Smith said, when asked about the strike, that the union would hold firm.'), ['when asked about the strike']);
    assert.deepEqual(adjuncts('"We will not back down," Smith said when asked about the strike.'), ['when asked about the strike']);
  });

  test('no adjunct: a passive main verb, an active "asked" with its object, a "when asked" inside a reported clause', () => {
    assert.deepEqual(adjuncts('The governor was once asked how the war would end.'), []);
    assert.deepEqual(adjuncts('Ann Lee, a party donor, asked the minister whether the plan would work.'), []);
    assert.deepEqual(adjuncts('Lawyers said the video shows him leaving his car when asked to do so by police.'), []);
  });

  test('X, asked about Y, said …: Y is no word of X, X speaks the clause after', () => {
    const text = 'Senator John Smith, asked about the harbour deal, said the talks would resume next week.';
    assert.deepEqual(reading(text, 'harbour deal'), ['the harbour deal', null]);
    assert.deepEqual(reading(text, 'talks'), ['the talks would resume next week', 'John Smith']);
  });

  test('X, when asked about Y, said …: the question ends at its comma', () => {
    const text = 'Mayor Ann Hale, when asked about her taxes, said she had paid every cent.';
    assert.deepEqual(reading(text, 'taxes'), ['her taxes', null]);
    assert.deepEqual(reading(text, 'every cent'), ['she had paid every cent', 'Ann Hale']);
  });

  test('X said, when asked about Y, that …: the clause opens after the adjunct', () => {
    const text = 'Union leader Tom Reed said, when asked about the strike, that the union would hold firm.';
    assert.deepEqual(reading(text, 'hold firm'), ['that the union would hold firm', 'Tom Reed']);
    assert.deepEqual(reading(text, 'strike'), ['the strike', null]);
  });

  test('"…," X said when asked about Y: the adjunct is no clause of "said"', () => {
    const text = '"I have paid every cent," Mayor Ann Hale said, when asked about her taxes. "Every single one."';
    assert.deepEqual(reading(text, 'taxes'), ['her taxes', null]);
    assert.equal(quoteAt(text, 'Every single one', 'direct').speakerName, 'Ann Hale');
  });

  test('Asked …, X said, "…": the adjunct is what was asked, not the start of X\'s words', () => {
    const text = 'Asked what the party needed, Senator Ann Hale said, "We have got to be able to win."';
    assert.deepEqual(indirect(text).map((q) => [q.text, q.speakerName ?? null]), [['what the party needed', null]]);
    assert.equal(quoteAt(text, 'able to win', 'direct').speakerName, 'Ann Hale');
    const colon = 'Asked if he would run, Governor Tom Reed said: "I have not made up my mind."';
    assert.deepEqual(indirect(colon).map((q) => [q.text, q.speakerName ?? null]), [['if he would run', null]]);
    assert.equal(quoteAt(colon, 'made up my mind', 'direct').speakerName, 'Tom Reed');
  });

  test('Asked to comment / asked by X to respond: the request, no speaker', () => {
    assert.deepEqual(reading('Asked to comment on the ruling, Mary Jones said the company had done nothing wrong.', 'ruling'), ['to comment on the ruling', null]);
    assert.deepEqual(reading('Asked to comment on the ruling, Mary Jones said the company had done nothing wrong.', 'nothing wrong'), ['the company had done nothing wrong', 'Mary Jones']);
    assert.deepEqual(reading('Asked by the host to respond to the criticism, Carson said he had no regrets.', 'criticism'), ['to respond to the criticism', null]);
    assert.deepEqual(indirect('Jones, asked to comment on the ruling, declined.').map((q) => q.text), ['to comment on the ruling']);
  });

  test('asked whom …, asked for X: the question or what was asked for; "asked for comment" is none', () => {
    assert.deepEqual(reading('When asked whom she supported, Ms. Hale smiled and said nothing.', 'supported'), ['whom she supported', null]);
    assert.deepEqual(reading('When asked for his position during an interview in May, Tom Reed said he was still studying it.', 'position'), ['his position', null]);
    assert.deepEqual(indirect('Asked for comment, a spokesman said the company would appeal.').map((q) => q.text), ['the company would appeal']);
  });

  test('the main clause after the adjunct: a subject with its appositive, a number, a pronoun', () => {
    assert.deepEqual(reading('Asked if there had been any fraud, Tom Briggs, the campaign spokesman, suggested that the party had been sabotaged.', 'fraud'), ['if there had been any fraud', null]);
    assert.deepEqual(reading('When asked to confirm her role in the talks, a source familiar with the matter said she had led them.', 'role'), ['to confirm her role in the talks', null]);
    assert.deepEqual(reading('Asked about the vote, he said that the party would regroup.', 'vote'), ['the vote', null]);
  });

  test('a verb inside the question reports nothing of its own', () => {
    const text = 'Asked if she believed the governor wanted Smith to win, Senator Ann Hale said she would not speculate.';
    assert.deepEqual(indirect(text).map((q) => [q.text, q.speakerName ?? null]), [['if she believed the governor wanted Smith to win', null], ['she would not speculate', 'Ann Hale']]);
  });

  test('an active "asked" keeps its subject as the asker; a passive one after an adverb names none', () => {
    assert.deepEqual(reading('Ann Lee, a party donor, asked the minister whether the plan would work.', 'plan'), ['whether the plan would work', 'Ann Lee']);
    assert.deepEqual(reading('Governor Tom Reed was once asked how the war would end.', 'war'), ['how the war would end', null]);
  });
});
