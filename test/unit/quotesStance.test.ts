import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { indirect, one } from './helpers/indirectQuotes';

// Stances attributed without quotation marks (stanceClauses.ts): intentions, views, the
// findings of polls and studies, and anonymous expectations, as kind "indirect".


suite('quotes: stances and findings', () => {
  test('X wants Y to …: the wish, its object included', () => {
    const q = one('Maria Lopez wants the council to approve the budget.');
    assert.equal(q.text, 'the council to approve the budget');
    assert.equal(q.cue?.text, 'wants');
    assert.equal(q.speakerName, 'Maria Lopez');
  });

  test('X hopes to …, X vowed to …', () => {
    assert.equal(one('Senator Tom Reed hopes to win the nomination in July.').text, 'to win the nomination in July');
    const q = one('Governor Ann Hale vowed to veto the new tax bill.');
    assert.equal(q.text, 'to veto the new tax bill');
    assert.equal(q.speakerName, 'Ann Hale');
  });

  test('a generic "you" holds no stance', () => {
    assert.deepEqual(indirect('If you want to vote early, bring an identity card.').map((q) => q.text), []);
  });

  test('X sees Y as Z', () => {
    const q = one('Many Democrats see Tom Reed as a threat to the coalition.');
    assert.equal(q.text, 'Tom Reed as a threat to the coalition');
    assert.equal(q.cue?.text, 'see');
  });

  test('"saw" without "as" is seeing, not a view', () => {
    assert.deepEqual(indirect('Maria Lopez saw the new bridge from her office window.').map((q) => q.text), []);
  });

  test('a poll shows …, a study found that …: the finding, the poll as its source', () => {
    const q = one('A new Gallup poll shows Tom Reed with a four-point lead.');
    assert.equal(q.text, 'Tom Reed with a four-point lead');
    assert.equal(q.cue?.text, 'shows');
    assert.equal(one('The 2014 study found that higher wages cost few jobs.').text, 'that higher wages cost few jobs');
    assert.equal(one('A poll released this week found most voters undecided.').text, 'most voters undecided');
  });

  test('"showed" without a source noun is no finding', () => {
    assert.deepEqual(indirect('The band showed up late for the concert.').map((q) => q.text), []);
  });

  test('X is expected to …: an expectation whose holder is not named (no speaker)', () => {
    const q = one('Tom Reed is expected to announce his candidacy on Monday.');
    assert.equal(q.text, 'to announce his candidacy on Monday');
    assert.equal(q.cue?.text, 'expected');
    assert.equal(q.speakerId, null);
  });

  test('"expected" without a form of "be" before it is no hearsay', () => {
    assert.deepEqual(indirect('The turnout was higher than expected in most counties.').map((q) => q.text), []);
  });

  test('speculation that …, the assumption that …: the content, no speaker guessed', () => {
    const q = one('Her visit drove speculation that Maria Lopez would join the cabinet.');
    assert.equal(q.text, 'that Maria Lopez would join the cabinet');
    assert.equal(q.speakerId, null);
    assert.deepEqual(indirect('The speculation grew louder in the spring.').map((x) => x.text), []);
  });

  test('a stance inside a direct quotation is left to the quotation', () => {
    const quotes = annotate('"We want the council to approve the budget," Maria Lopez said.', { documentDate: '2024-03-06' }).quotes;
    assert.deepEqual(quotes.map((q) => q.kind), ['direct']);
  });

  test('X declined to comment / to say whether …: a refusal to speak; "declined to $3" is a fall', () => {
    const q = one('Maria Lopez declined to say whether she would run again.');
    assert.equal(q.text, 'to say whether she would run again');
    assert.equal(q.cue?.text, 'declined');
    assert.equal(q.speakerName, 'Maria Lopez');
    assert.equal(one('The mayor declined to comment.').text, 'to comment');
    assert.deepEqual(indirect('Shares of the bank declined to $3 a share.').map((x) => x.text), []);
    assert.deepEqual(indirect('The senator declined to attend the dinner.').map((x) => x.text), []);
  });
});

suite('quotes: nouns of statements and states of mind before "that" and a subject', () => {
  test('"no evidence that the files were stolen", "the observation that there was …": the content, no speaker guessed', () => {
    const q = one('Officials found no evidence that the files were stolen.');
    assert.equal(q.text, 'that the files were stolen');
    assert.equal(q.speakerName, null);
    assert.equal(one('He made the observation that there was no real disagreement.').text, 'that there was no real disagreement');
  });

  test('a relative clause after such a noun is no content: "a message that fails to inspire voters"', () => {
    assert.equal(indirect('It was a message that fails to inspire voters.').length, 0);
  });
});

suite('quotes: a state of mind put into words ("expressed", "voiced")', () => {
  test('"X expressed frustration in an interview that …": the that-clause, speaker X', () => {
    const q = one('Maria Lopez expressed frustration in an interview on Monday that the allies were not paying their share.');
    assert.equal(q.text, 'that the allies were not paying their share');
    assert.equal(q.speakerName, 'Maria Lopez');
  });

  test('"X voiced support for Y": the object', () => {
    const q = one('Maria Lopez voiced support for the new budget on Monday.');
    assert.equal(q.text, 'support for the new budget on Monday');
    assert.equal(q.cue?.text, 'voiced');
  });

  test('"voice" as a noun and a passive "being expressed" report nothing', () => {
    assert.equal(indirect('Her voice was drowned out by the crowd.').length, 0);
    assert.equal(indirect('The worries being expressed by voters are real.').length, 0);
  });
});

suite('quotes: a stance toward something, "X has been critical of Y"', () => {
  test('the object after "critical of", "skeptical of", ending before a second clause', () => {
    const found = indirect('Maria Lopez has been critical of the plan but on Tuesday wrote that she would vote for it.');
    const critical = found.find((q) => q.cue?.text === 'critical');
    assert.equal(critical?.text, 'the plan');
    assert.equal(critical?.speakerName, 'Maria Lopez');
    assert.equal(found.find((q) => q.cue?.text === 'wrote')?.text, 'that she would vote for it');
    assert.equal(indirect('Tom Reed was openly skeptical of the deal.').find((q) => q.cue?.text === 'skeptical')?.text, 'the deal');
  });
});
