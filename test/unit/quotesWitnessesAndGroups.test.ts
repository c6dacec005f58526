import * as assert from 'node:assert/strict';
import { quoteAt, quotes } from './helpers/quoteAt';

// Speakers in news copy the tests wrote for the purpose (layoffs, strikes, courts, councils,
// interviews): unnamed staff who speak off the record, groups of named people, roles.



suite('speakers: "she" after "one engineer", "a senior manager" is that unnamed person', () => {
  test('an engineer who is not named, not the chief executive named before', () => {
    const text = 'Chief executive Karen Moss said the cuts were painful.\n\nOne engineer, who asked not to be named, said she had been on a call.\n\n"My screen just went black," she said.';
    const q = quoteAt(text, 'screen');
    assert.equal(q.speakerName, null);
  });
  test('any role a person holds after "a": a former senior manager', () => {
    const text = 'Tom Price, the chairman, defended the plan.\n\nA former senior manager, who left in May, said he had warned the board.\n\n"Nobody listened," he said.';
    assert.equal(quoteAt(text, 'Nobody').speakerName, null);
  });
  test('not a person in a clause about the named one\'s sentence: "…, when a reporter asked"', () => {
    const text = 'Mayor Ron Hale tried to explain the change when a reporter asked if he had given up.\n\n"I never said that," he said.';
    assert.equal(quoteAt(text, 'never said').speakerName, 'Ron Hale');
  });
  test('a named person is still found by the pronoun when no unnamed one spoke between', () => {
    const text = 'Tom Price, the chairman, defended the plan.\n\n"Nobody listened," he said.';
    assert.equal(quoteAt(text, 'Nobody').speakerName, 'Tom Price');
  });
});

suite('speakers: a phrase with a plural possessive ("the workers\' union") is one phrase', () => {
  test('"a spokeswoman for the workers\' union said": the spokeswoman, whom "she" goes on with', () => {
    const text = 'Anna Vidal said the talks had failed.\n\nIn Madrid, a spokeswoman for the workers\' union said they would march. "We stand with them," she said.';
    const indirect = quoteAt(text, 'march');
    assert.match(text.slice(indirect.speakerMention!.start, indirect.speakerMention!.end), /^a spokeswoman/);
    assert.equal(quoteAt(text, 'stand with').speakerName, null);
  });
});

suite('speakers: two people joined by "and" speak together', () => {
  function mentionOf(text: string, words: string): string {
    const q = quoteAt(text, words);
    assert.equal(q.speakerName, null, `given to ${q.speakerName}`);
    return text.slice(q.speakerMention!.start, q.speakerMention!.end);
  }
  test('"Tom Hale and Ana Ruiz said": the pair, not the name nearest the verb', () => {
    assert.equal(mentionOf('Tom Hale and Ana Ruiz said they would leave the board.', 'leave'), 'Tom Hale and Ana Ruiz');
    assert.equal(mentionOf('"We are leaving," Tom Hale and Ana Ruiz said.', 'leaving'), 'Tom Hale and Ana Ruiz');
    assert.equal(mentionOf('"We are leaving," said Tom Hale and Ana Ruiz.', 'leaving'), 'Tom Hale and Ana Ruiz');
  });
  test('the second named by a relation to the first: "Jo Hart and her co-author, Dr Ken Obi, said"', () => {
    assert.match(mentionOf('Jo Hart and her co-author, Dr Ken Obi, said they had begun talks.', 'talks'), /^Jo Hart and her co-author/);
  });
  test('a clause inside the pair\'s words is theirs, not listed again', () => {
    const all = quotes('Tom Hale and Ana Ruiz said that the mayor had told them the plan was dead.');
    assert.equal(all.filter((q) => q.kind === 'indirect').length, 1, JSON.stringify(all.map((q) => q.text)));
  });
  test('not the last two of a list, nor names after a preposition', () => {
    const listed = quoteAt('Guests included Ben Cole, Patti Lane and Stevie Wood, who joked, "I have not seen it yet."', 'seen it');
    assert.equal(listed.speakerName, 'Stevie Wood');
    assert.equal(quoteAt('"It went well," said Mayor Ann Fox after talks with Tom Hale and Ana Ruiz.', 'went well').speakerName, 'Ann Fox');
  });
});

suite('speakers: a nationality opening the sentence ("The Spaniard said") is the one person of that nation', () => {
  test('"The Spaniard said", as "the Spaniard said" inside a sentence', () => {
    const text = 'City manager Tomás Herrera was less than pleased.\n\nThe Spaniard said: "We will see on Saturday."';
    assert.equal(quoteAt(text, 'Saturday').speakerName, 'Tomás Herrera');
  });
  test('"The Brazilian said" after a Brazilian forward was named', () => {
    const text = 'Brazilian forward Lucas Prado signed on Monday.\n\nThe Brazilian said: "It is a dream."';
    assert.equal(quoteAt(text, 'dream').speakerName, 'Lucas Prado');
  });
  test('"The Vatican said" is no person of the Vatican', () => {
    const text = 'Sen. Tom Reed of Vermont will travel to Rome.\n\nThe Vatican said the pope has no plans to meet him.';
    assert.equal(quoteAt(text, 'no plans').speakerName, null);
  });
});

suite('interviews: who asks, and where the writer\'s prose stops a turn', () => {
  test('"Our sports editor, Ann Hale, spoke to him": the questions are hers, the answers his', () => {
    const text = 'Tom Reed won the race on Sunday. Our sports editor, Ann Hale, spoke to him at home.\n\nQ: When did you start running?\n\nA: When I was nine.\n\nQ: What comes next?\n\nA: A long rest.';
    assert.equal(quoteAt(text, 'start running').speakerName, 'Ann Hale');
    assert.equal(quoteAt(text, 'long rest').speakerName, 'Tom Reed');
  });
  test('a paragraph reporting someone named between two turns is no part of the answer before it', () => {
    const text = 'Tom Reed won on Sunday. Ann Hale spoke to him.\n\nQ: Who helped you?\n\nA: My coach, every day.\n\nLater, his coach Ben Cole said he had never doubted him.\n\nQ: What comes next?\n\nA: A long rest.';
    const answer = quoteAt(text, 'every day');
    assert.ok(!answer.text.includes('Later'), answer.text);
    const all = quotes(text);
    assert.ok(!all.some((q) => q.text.startsWith('Later') && q.speakerMention !== null && text.slice(q.speakerMention.start, q.speakerMention.end) === 'A'), JSON.stringify(all.map((q) => q.text)));
    assert.equal(answer.speakerName, 'Tom Reed');
  });
});

suite('speakers: an appositive name after a role in lower case', () => {
  test('"Her neighbour, retired engineer Alan Fisher, said": Alan Fisher', () => {
    const text = 'Margaret Doyle said the fields flood every winter.\n\nHer neighbour, retired engineer Alan Fisher, said the report was out of date.';
    assert.equal(quoteAt(text, 'out of date').speakerName, 'Alan Fisher');
  });
  test('not a participle\'s or a list\'s name: "chaired by", "including"', () => {
    assert.equal(quoteAt('The committee, chaired by Alan Fisher, said the report was late.', 'late').speakerName, null);
    assert.equal(quoteAt('Her neighbours, including Alan Fisher, said the report was late.', 'late').speakerName, null);
  });
});
