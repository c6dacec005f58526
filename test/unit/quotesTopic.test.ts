import * as assert from 'node:assert/strict';
import type { Quote } from '../../src/core/types';
import { indirect } from './helpers/indirectQuotes';

// The topic of a speech act as reported content (topicClauses.ts): "X spoke about Y",
// "X warned of Y", "X commented on Y", "questions about Y", kind "indirect".


function topic(text: string, cue: string): Quote | undefined {
  return indirect(text).find((q) => q.cue?.text === cue);
}

suite('quotes: topics of speech acts', () => {
  test('X spoke/talked about Y: the topic up to the clause end, speaker X', () => {
    const q = topic('Senator Maria Lopez spoke about the new farm subsidies.', 'spoke');
    assert.equal(q?.text, 'the new farm subsidies');
    assert.equal(q?.speakerName, 'Maria Lopez');
    assert.equal(topic('Governor Ann Hale talked about rising rents, and the crowd cheered.', 'talked')?.text, 'rising rents');
  });

  test('X warned of Y, X wrote of Y', () => {
    const q = topic('Governor Ann Hale warned of deep cuts to school funding.', 'warned');
    assert.equal(q?.text, 'deep cuts to school funding');
    assert.equal(q?.speakerName, 'Ann Hale');
    assert.equal(topic('The mayor wrote of her years on the city council.', 'wrote')?.text, 'her years on the city council');
  });

  test('X commented on Y, X weighed in on Y', () => {
    assert.equal(topic('Mayor Tom Reed commented on the stadium deal.', 'commented')?.text, 'the stadium deal');
    assert.equal(topic('Senator Maria Lopez weighed in on the border bill.', 'weighed')?.text, 'the border bill');
    assert.equal(topic('Senator Maria Lopez weighed the border bill.', 'weighed'), undefined, '"weigh" reports only as "weigh in on"');
    assert.equal(topic('The singer opened up about her years in foster care.', 'opened')?.text, 'her years in foster care');
  });

  test('asked (him) about Y: the question\'s topic, the asker unnamed when passive', () => {
    const q = topic('When asked about the pipeline delays, the minister left the room.', 'asked');
    assert.equal(q?.text, 'the pipeline delays');
    assert.equal(q?.speakerName ?? null, null);
    assert.equal(topic('A reporter asked him about his tax returns.', 'asked')?.text, 'his tax returns');
  });

  test('questions/remarks about|on Y: the topic of a speech noun, no speaker guessed', () => {
    const q = topic('The report raised new questions about the mayor’s campaign finances.', 'questions');
    assert.equal(q?.text, 'the mayor’s campaign finances');
    assert.equal(q?.speakerName ?? null, null);
    assert.equal(topic('Reporters sought his remarks on the trade deficit.', 'remarks')?.text, 'the trade deficit');
    assert.equal(topic('Voters cheered his endorsement of the mayor.', 'endorsement')?.text, 'the mayor');
    // A name with the sentence's verb right after it: the name, not the clause ("came on Friday" is no word of it).
    assert.equal(topic('The endorsement of Ann Hale came on Friday, days before the vote.', 'endorsement')?.text, 'Ann Hale');
    assert.equal(topic('The criticism of Tom Reed surfaced in March.', 'criticism')?.text, 'Tom Reed');
    assert.equal(topic("His comments on Russia's suspected role angered allies.", 'comments')?.text, "Russia's suspected role angered allies");
    assert.equal(topic('The guard took a position on the roof.', 'position'), undefined, '"a position on" is a place');
    assert.equal(topic('Voters know her positions on trade and taxes.', 'positions')?.text, 'trade and taxes');
  });

  test('X referred/responded/pointed to Y', () => {
    const q = topic('Senator Maria Lopez referred to the failed housing bill.', 'referred');
    assert.equal(q?.text, 'the failed housing bill');
    assert.equal(q?.speakerName, 'Maria Lopez');
    assert.equal(topic('Mayor Tom Reed pointed to falling crime rates.', 'pointed')?.text, 'falling crime rates');
    assert.equal(topic('The city acted in response to the storm damage.', 'response'), undefined, '"in response to" is an action');
  });

  test('no speech act, no topic: a book about Y, worried about Y', () => {
    assert.deepEqual(indirect('She bought a book about the history of Rome.').map((q) => q.text), []);
    assert.deepEqual(indirect('Farmers are worried about the long drought.').map((q) => q.text), []);
  });

  test('"on" before a date, a medium or "condition of anonymity" is no topic', () => {
    assert.equal(topic('Senator Maria Lopez spoke on Monday in Denver.', 'spoke'), undefined);
    assert.equal(topic('Mayor Tom Reed commented on Twitter after the vote.', 'commented'), undefined);
    assert.equal(topic('Mayor Tom Reed commented on the morning of the vote.', 'commented')?.text, 'the morning of the vote');
    assert.equal(topic('An aide spoke on condition of anonymity to describe the talks.', 'spoke'), undefined);
  });

  test('a generic "you" or "it" holds no speech', () => {
    assert.equal(topic('It talks about nothing new.', 'talks'), undefined);
  });
});

suite('quotes: whose remarks', () => {
  test('a possessor before a noun of speech is its speaker: "Maria Lopez’s remarks on Y", "his comments about Y"', () => {
    const q = topic('Maria Lopez’s remarks on the new farm subsidies angered growers.', 'remarks');
    assert.equal(q?.speakerName, 'Maria Lopez');
    assert.equal(q?.speakerMention?.text, 'Maria Lopez');
    const his = topic('Governor Tom Reed spoke on Monday. His critics seized on his comments about school funding.', 'comments');
    assert.equal(his?.speakerMention?.text, 'his');
    assert.equal(his?.speakerName, 'Tom Reed');
  });

  test('without a possessor the noun names no speaker: "questions about Y"', () => {
    const q = topic('Maria Lopez arrived. Questions about the new farm subsidies went unanswered.', 'Questions');
    assert.ok(q, 'the topic is found');
    assert.equal(q.speakerName, null);
  });

  test('one clause read twice (from a verb form and a noun) is listed once', () => {
    const found = indirect('Maria Lopez spoke on Monday. Her comments about the budget were brief.');
    const budget = found.filter((q) => q.text.includes('the budget'));
    assert.equal(budget.length, 1, JSON.stringify(found.map((q) => q.text)));
  });
});

suite('quotes: a stance held, "his support for Y", "her opposition to Y"', () => {
  test('the object of the stance, its possessor the speaker, ending before the sentence\'s verb', () => {
    const q = indirect('Maria Lopez spoke on Monday. Her support for the new budget was clear.').find((x) => x.cue?.text === 'support');
    assert.equal(q?.text, 'the new budget');
    assert.equal(q?.speakerName, 'Maria Lopez');
    assert.equal(indirect('Reed repeated his opposition to the trade deal.').find((x) => x.cue?.text === 'opposition')?.text, 'the trade deal');
  });
});
