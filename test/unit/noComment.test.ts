import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/text/analyzedText';
import { noCommentFrom, saysNoComment } from '../../src/core/quotes/noComment';
import { quoteAt } from './helpers/quoteAt';

// "X did not respond to a request for comment", "did not return calls", "declined to comment",
// "could not be reached for comment" (noComment.ts): a note that X said nothing introduces no
// quotation after it, and X is not whom the next quotation's "he" or "she" goes on with.

suite('quotes: notes that someone gave no comment', () => {
  test('the note is read in its forms; a report of someone else\'s silence is the reporter\'s', () => {
    for (const s of [
      'Tom Reed did not respond to a request for comment.',
      'Tom Reed didn’t immediately reply to an email.',
      'Tom Reed did not return repeated phone calls.',
      'Tom Reed declined to comment.',
      'Tom Reed refused to discuss the case.',
      'Tom Reed could not be reached for comment.',
      'Tom Reed had no immediate comment.',
      'Tom Reed was not available for comment.',
    ]) assert.ok(saysNoComment(s, 0, s.length), s);
    for (const s of ['Tom Reed did not return to the stage.', 'Tom Reed responded on Twitter.', 'Tom Reed declined to run again.']) assert.ok(!saysNoComment(s, 0, s.length), s);
    const text = 'John Smith said Tom Reed did not respond to his letters.';
    const doc = analyzeText(text);
    assert.ok(!noCommentFrom(doc, text.indexOf('John Smith') + 'John Smith'.length), 'Smith spoke');
    assert.ok(noCommentFrom(doc, text.indexOf('Tom Reed') + 'Tom Reed'.length));
  });

  test('the note is read in any case, and a sentence with none of its words is none', () => {
    // (A cheap test for the note's words runs first: it must pass every form the note takes.)
    for (const s of ['TOM REED DECLINED TO COMMENT.', 'Tom Reed Could Not Be Reached.', 'Tom Reed Did Not Return Calls.', 'Reed was unavailable for comment.', 'Reed has not yet responded.', 'Reed offered no further comment.'])
      assert.ok(saysNoComment(s, 0, s.length), s);
    for (const s of ['Tom Reed did not say.', 'Tom Reed was not available.', 'Tom Reed could not be found.']) assert.ok(!saysNoComment(s, 0, s.length), s);
  });

  test('an unattributed quotation after the note goes on from the quote before it', () => {
    const declined = '"We are out of beds," John Smith said. Tom Reed declined to comment.\n\n"We have turned away forty people this week."';
    assert.equal(quoteAt(declined, 'forty people', 'direct').speakerName, 'John Smith');
    const unreached = '"We are out of beds," John Smith said. Tom Reed could not be reached for comment.\n\n"We have turned away forty people this week."';
    assert.equal(quoteAt(unreached, 'forty people', 'direct').speakerName, 'John Smith');
  });

  test('"he said" after the note is not the one who gave no comment', () => {
    const text = 'John Smith runs the shelter. Tom Reed did not respond to a request for comment.\n\n"We are out of beds," he said.';
    assert.equal(quoteAt(text, 'out of beds').speakerName, 'John Smith');
    const spokesman = 'John Smith runs the shelter. A spokesman for Tom Reed did not return calls seeking comment.\n\n"We are out of beds," he said.';
    assert.equal(quoteAt(spokesman, 'out of beds').speakerName, 'John Smith');
    const declined = 'John Smith runs the shelter. Tom Reed declined to comment.\n\n"We are out of beds," he said.';
    assert.equal(quoteAt(declined, 'out of beds').speakerName, 'John Smith');
    const between = '"We are out of beds," John Smith said.\n\nTom Reed did not return calls seeking comment.\n\n"We have turned away forty people this week," he said.';
    assert.equal(quoteAt(between, 'forty people').speakerName, 'John Smith');
  });

  test('the refusal ends before a second clause; a colon after the note still introduces the quote', () => {
    const text = 'Tom Reed declined to comment, but his lawyer, Ann Hale, said: "We will appeal."';
    assert.equal(quoteAt(text, 'to comment', 'indirect').text, 'to comment');
    assert.equal(quoteAt(text, 'We will appeal', 'direct').speakerName, 'Ann Hale');
    assert.equal(quoteAt('Judge Ann Hale, who declined to comment, was born in Ohio and studied law in Chicago.', 'to comment', 'indirect').text, 'to comment');
  });

  test('one lexicon serves: any verb of speech before the note, and every form of "decline" and "refuse"', () => {
    // "claimed", "complained": verbs of speech of reportingVerbs.ts the note's own list lacked.
    for (const verb of ['claimed', 'complained', 'stated', 'according to a letter from']) {
      const text = `John Smith ${verb} Tom Reed did not respond to his letters.`;
      assert.ok(!noCommentFrom(analyzeText(text), 'John Smith'.length), verb);
    }
    // Not a verb of speech: the name is the one who gave no comment.
    const moved = 'John Smith moved away and did not respond to a request for comment.';
    assert.ok(noCommentFrom(analyzeText(moved), 'John Smith'.length));
    for (const s of ['Tom Reed would decline to comment.', 'Tom Reed will refuse to discuss the case.']) assert.ok(saysNoComment(s, 0, s.length), s);
  });
});
