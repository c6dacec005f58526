import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { genderOfGivenName, handListGender } from '../../src/core/entities/givenNames';
import { addDocumentEvidence, decideGenders, type GenderVotes, type NamePositions, type NameSentence } from '../../scripts/train/givenNameEvidence';

// The given-name table learned by `npm run train:names`, and the trainer's counting.

/** A sentence of space-separated words with the given names (word ranges) marked as people. */
function sentence(text: string, people: Array<[number, number]> = [], unsure = false): NameSentence {
  return { words: text.split(' '), people: people.map(([start, end]) => ({ start, end })), unsure };
}

suite('given names: learned table', () => {
  test('answers for a name the hand list lacks', () => {
    assert.equal(handListGender('Bryan'), null);
    assert.equal(genderOfGivenName('Bryan'), 'male');
    assert.equal(genderOfGivenName('Benazir'), 'female');
  });

  test('hand-list names keep their answer and unknown words get none', () => {
    assert.equal(genderOfGivenName('Hillary'), 'female');
    assert.equal(genderOfGivenName('Xyzzyq'), null);
  });

  test('names borne by men and women alike get no answer even where the corpora lean one way', () => {
    assert.equal(genderOfGivenName('Jean'), null);
    assert.equal(genderOfGivenName('Pat'), null);
  });

  test('"she" is not given to a man whose name only the learned table knows', () => {
    const text = 'Tom Walsh met Bryan Anderson in Ohio on Tuesday.\n\nAnderson listened as Walsh spoke about the drought, then rose. "We need rain," she said.';
    const quote = annotate(text).quotes.find((q) => q.text.includes('rain'));
    assert.ok(quote, 'the quote is found');
    assert.notEqual(quote.speakerName, 'Bryan Anderson');
    assert.notEqual(quote.speakerName, 'Tom Walsh');
  });
});

suite('given names: trainer counting', () => {
  test('a gendered title and the pronouns of a one-person sentence each cast a vote', () => {
    const votes = new Map<string, GenderVotes>();
    addDocumentEvidence([
      sentence('Mrs. Dora Quell arrived on Monday .', [[1, 3]]),
      sentence('Ivo Brant said he would stay .', [[0, 2]]),
      sentence('His aides agreed .'),
    ], votes);
    assert.deepEqual(votes.get('dora'), { male: 0, female: 1 });
    assert.deepEqual(votes.get('ivo'), { male: 1, female: 0 });
  });

  test('pronouns prove nothing in a sentence with two people or one the reader is unsure of', () => {
    const votes = new Map<string, GenderVotes>();
    addDocumentEvidence([
      sentence('Ivo Brant met Dora Quell and she smiled .', [[0, 2], [3, 5]]),
      sentence('Ivo Brant said she left .', [[0, 2]], true),
    ], votes);
    assert.equal(votes.size, 0);
  });

  test('a surname alone counts for the given name it carried earlier in the document', () => {
    const votes = new Map<string, GenderVotes>();
    addDocumentEvidence([
      sentence('Ivo Brant and Dora Quell spoke .', [[0, 2], [3, 5]]),
      sentence('Brant said he was tired .', [[0, 1]]),
      sentence('Quell said she was not .', [[0, 1]]),
    ], votes);
    assert.deepEqual(votes.get('ivo'), { male: 1, female: 0 });
    assert.deepEqual(votes.get('dora'), { male: 0, female: 1 });
  });

  test('a title inside the name is not taken for the given name', () => {
    const votes = new Map<string, GenderVotes>();
    addDocumentEvidence([sentence('President Ivo Brant said he would stay .', [[0, 3]])], votes);
    assert.deepEqual([...votes.keys()], ['ivo']);
  });

  test('a word that ends names at least as often as it leads them is no given name', () => {
    const votes = new Map<string, GenderVotes>();
    const positions = new Map<string, NamePositions>();
    addDocumentEvidence([
      sentence('Ivo Lopez said he would stay .', [[0, 2]]),
      sentence('Lopez Brant said he would go .', [[0, 2]]),
      sentence('Tom Lopez said he was tired .', [[0, 2]]),
    ], votes, positions);
    assert.deepEqual(positions.get('lopez'), { given: 1, surname: 2 });
    assert.deepEqual([...decideGenders(votes, 1, 0.9, positions).keys()].sort(), ['ivo', 'tom']);
    assert.ok(decideGenders(votes, 1, 0.9).has('lopez'), 'without positions the word would be kept');
  });

  test('only names with enough votes, mostly one way, are kept', () => {
    const votes = new Map<string, GenderVotes>([
      ['ivo', { male: 9, female: 1 }],
      ['dora', { male: 0, female: 2 }],
      ['sasha', { male: 5, female: 4 }],
    ]);
    assert.deepEqual([...decideGenders(votes, 3, 0.9)], [['ivo', 'male']]);
  });
});
