import * as assert from 'node:assert/strict';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenizer';

function sentences(text: string): string[] {
  return splitSentences(tokenize(text), [{ start: 0, end: text.length }]).map((s) => text.slice(s.start, s.end));
}

suite('sentences: a word written with its full stops ends a sentence', () => {
  test('"a.m." and "p.m." end a sentence before a capital that is no day, month or time zone', () => {
    assert.deepEqual(sentences('Shots were fired shortly before 2 a.m. One victim was hurt.'), ['Shots were fired shortly before 2 a.m.', 'One victim was hurt.']);
    assert.deepEqual(sentences('Polls close at 7 p.m. He says it is close.'), ['Polls close at 7 p.m.', 'He says it is close.']);
    // A day, a month or a zone goes on with the time.
    assert.deepEqual(sentences('It began at 2 a.m. Tuesday and at 5 p.m. EST it ended.'), ['It began at 2 a.m. Tuesday and at 5 p.m. EST it ended.']);
  });

  test('a letter after "on" or "to" is a name, no initial: "in a post on X. "Patience saves lives," he wrote." is two sentences', () => {
    assert.deepEqual(sentences('He praised the officers in a post on X. "Patience saves lives," he wrote.'), ['He praised the officers in a post on X.', '"Patience saves lives," he wrote.']);
    // An initial before a name stays one sentence: "told J. "Jack" Smith".
    assert.deepEqual(sentences('She wrote to John J. "Jack" Smith about it.'), ['She wrote to John J. "Jack" Smith about it.']);
  });

  test('"a.m." ends a sentence before a quotation that opens with a capital: the report before it stops there', () => {
    assert.deepEqual(sentences('She said she moved the stock at 3 a.m. "I thought we had learned," she said.'), ['She said she moved the stock at 3 a.m.', '"I thought we had learned," she said.']);
    // A quoted word in lower case goes on with the sentence.
    assert.deepEqual(sentences('It closed at 6 p.m. "sharp" as promised.'), ['It closed at 6 p.m. "sharp" as promised.']);
  });

  test('"U.S." is left as it was: a name may follow it ("U.S. Army")', () => {
    assert.deepEqual(sentences('The U.S. Army and the U.S. Senate agreed.'), ['The U.S. Army and the U.S. Senate agreed.']);
  });

  test('a quoted sentence after a one-letter word ends the one before; an initial before a nickname does not', () => {
    assert.deepEqual(sentences('She starred in Henry V. "He was generous."'), ['She starred in Henry V.', '"He was generous."']);
    assert.deepEqual(sentences('Thomas P. "Tip" O\'Neill spoke.'), ['Thomas P. "Tip" O\'Neill spoke.']);
  });
});
