import * as assert from 'node:assert/strict';
import { quoteAt } from './helpers/quoteAt';

// An interview printed as questions and answers: the answers ("A: …") are the interviewee's,
// whether the introduction names them, or only a note after the last answer does; one who sat
// down with the paper is the one asked, one who sat down with a person named next asks.

suite('quotes: interview transcripts', () => {
  test('the interviewee named only after the answers', () => {
    const text = 'Q: Why did you close the library?\n\nA: We had no choice. The state cut our funding by a third.\n\nQ: Will it reopen?\n\nA: I hope so, but not this year.\n\nAnn Hale has been mayor of Springfield since 2019. The interview was edited for length.';
    assert.equal(quoteAt(text, 'no choice').speakerName, 'Ann Hale');
    assert.equal(quoteAt(text, 'I hope so').speakerName, 'Ann Hale');
    assert.equal(quoteAt(text, 'close the library').speakerId, null);
  });

  test('"X sat down with the Gazette": X is the one asked, not the one asking', () => {
    const text = 'The mayor of Springfield, Ann Hale, sat down with the Gazette this week.\n\nQ: Why did you close the library?\n\nA: We had no choice. The state cut our funding by a third.';
    assert.equal(quoteAt(text, 'no choice').speakerName, 'Ann Hale');
    assert.equal(quoteAt(text, 'close the library').speakerId, null);
    const us = 'Mayor Ann Hale sat down with us on Monday.\n\nQ: Why did you close the library?\n\nA: We had no choice at all.';
    assert.equal(quoteAt(us, 'no choice').speakerName, 'Ann Hale');
  });

  test('"Jane Roe sat down with Mayor Sam Hill": Roe asks, Hill answers', () => {
    const text = 'Reporter Jane Roe sat down with Mayor Sam Hill this week.\n\nQ: Why did you close the pool?\n\nA: We had no money left for it.';
    assert.equal(quoteAt(text, 'close the pool').speakerName, 'Jane Roe');
    assert.equal(quoteAt(text, 'no money').speakerName, 'Sam Hill');
  });

  test('a name in a title line or an introduction line is the interviewee', () => {
    const title = 'Q&A: Ann Hale on the library cuts\n\nQ: Why did you close the library?\n\nA: We had no choice. The state cut our funding by a third.';
    assert.equal(quoteAt(title, 'no choice').speakerName, 'Ann Hale');
    const line = 'Ann Hale, the mayor of Springfield, answered our questions by email.\n\nQ: Why did you close the library?\n\nA: We had no choice. The state cut our funding.';
    assert.equal(quoteAt(line, 'no choice').speakerName, 'Ann Hale');
  });

  test('name-prefixed turns: each turn its label\'s person', () => {
    const text = 'The Gazette spoke with Senator Tom Reed.\n\nGAZETTE: Why did you vote against the bill?\n\nREED: It spent money we do not have.\n\nGAZETTE: Will you run again?\n\nREED: I have not decided yet.';
    assert.equal(quoteAt(text, 'spent money').speakerName, 'Tom Reed');
    assert.equal(quoteAt(text, 'not decided').speakerName, 'Tom Reed');
  });
});
