import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import type { Quote } from '../../src/core/types';

// A quote that closes in the middle of its clause, finished by the reporter in their own
// words: the speaker's statement is the whole clause (runOnClause.ts).

function direct(text: string): Quote[] {
  return annotate(text, { documentDate: '2024-03-06' }).quotes.filter((q) => q.kind === 'direct');
}

suite('quotes: a quoted clause the reporter finishes', () => {
  test('a preposition after the closing mark: the quote runs to the cue that signs it', () => {
    const text = 'The council met on Tuesday. "We are deeply worried" about the new rules for landlords, Maria Lopez said.';
    const [q] = direct(text);
    assert.equal(q.text, '"We are deeply worried" about the new rules for landlords');
    assert.equal(q.speakerName, 'Maria Lopez');
  });

  test('a that-clause after the closing mark: the quote runs to the end of the sentence', () => {
    const text = 'Analysts were cautious. "It seems extremely unlikely to all of us" that the bill will pass this year. The vote is in May.';
    const [q] = direct(text);
    assert.equal(q.text, '"It seems extremely unlikely to all of us" that the bill will pass this year.');
  });

  test('after a cue before the quote too, up to the first comma', () => {
    const text = 'Later he said, "we do not know the answer yet" on how many jobs will go, and left the room.';
    const [q] = direct(text);
    assert.equal(q.text, '"we do not know the answer yet" on how many jobs will go');
  });

  test('a conjunction joining a second complement goes on with the clause', () => {
    const text = 'The debate grew sharp. "He has voted with the gun lobby many times" and against the background-check law, Maria Lopez said.';
    const [q] = direct(text);
    assert.equal(q.text, '"He has voted with the gun lobby many times" and against the background-check law');
  });

  test('the writer\'s own sentence going on is not the speaker\'s: a verb, "and", "as", the time of the saying', () => {
    const cases = [
      'The mayor spoke at noon. "I am committed to new factories" sounds fine in Ohio, but not here.',
      'The senator wrote to supporters. "The fight goes on" and vowed to keep campaigning.',
      'The senator spoke for an hour. "We will win the state" as he promised to return.',
      'The senator spoke for an hour. "We will win the state and the next one" on Wednesday night before the vote.',
    ];
    for (const text of cases) {
      const [q] = direct(text);
      assert.ok(q, `a direct quote in ${JSON.stringify(text)}`);
      assert.match(q.text, /"$/u, JSON.stringify(text));
    }
  });

  test('a quote ending with punctuation inside its marks ends at its mark', () => {
    const text = '"We are deeply worried," about the rules, Maria Lopez said.';
    const [q] = direct(text);
    assert.equal(q.text, '"We are deeply worried,"');
  });
});
