import * as assert from 'node:assert/strict';
import { mayOpenNickname, nicknameOpeningAt } from '../../src/core/names/nicknameInMarks';
import { tokenize } from '../../src/core/text/tokenizer';

// The incremental tagger keeps, per paragraph, only the opening marks that may open a
// nickname judged from the paragraph's own tokens (mayOpenNickname); the name finder asks
// nicknameOpeningAt at those alone. It must be null at every mark left out, whatever the
// paragraphs around. Paragraphs written for this test.

const PARAGRAPHS = [
  'Marcia "Cia" Price spoke to the crowd.',
  'He said, "We will win." She replied: “Not today.”',
  'Officer John “Tig” Tiegen and Dwayne ‘The Rock’ Johnson arrived.',
  "Supporters Go 'Girl' Crazy",
  'Smith\'s "plan" failed, and Jones "Big" won.',
  'Ana',
  '"Cia" Price opened the line.',
  'The word "nickname" is lower case; Lee "the" Park too.',
  'Mary "Ma" ',
  'Kim "',
];

suite('nickname openings kept per paragraph', () => {
  test('every mark a paragraph leaves out opens no nickname in the whole text', () => {
    // Each paragraph next to each other, so that marks at a paragraph's edges meet other neighbours.
    for (const a of PARAGRAPHS) {
      for (const b of PARAGRAPHS) {
        const text = `${a}\n${b}`;
        const tokens = tokenize(text);
        let base = 0;
        for (const paragraph of [a, b]) {
          const list = tokenize(paragraph);
          for (let i = 0; i < list.length; i++) {
            if (!mayOpenNickname(list, i)) assert.equal(nicknameOpeningAt(tokens, base + i), null, `${JSON.stringify(text)} at ${base + i}`);
          }
          base += list.length;
        }
        assert.equal(base, tokens.length);
      }
    }
  });

  test('a nickname\'s mark is kept, a quotation\'s opening after a verb or a comma is not', () => {
    const marks = (paragraph: string): string[] => {
      const list = tokenize(paragraph);
      return list.flatMap((t, i) => (mayOpenNickname(list, i) ? [`${list[i - 1]?.text ?? ''}${t.text}${list[i + 1]?.text ?? ''}`] : []));
    };
    assert.deepEqual(marks(PARAGRAPHS[0]), ['Marcia"Cia']);
    assert.deepEqual(marks(PARAGRAPHS[1]), []);
    assert.deepEqual(marks(PARAGRAPHS[2]), ['John“Tig', 'Dwayne‘The']);
    // At a paragraph's start the name before may end the paragraph before: kept.
    assert.deepEqual(marks(PARAGRAPHS[6]), ['"Cia']);
  });
});
