import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/text/analyzedText';
import { findNamesWithTagger } from '../../src/core/names/taggedNameFinder';
import { SentenceCues } from '../../src/core/names/sentenceCues';

// The rules that walk a sentence's tokens run only in sentences that hold one of their words
// (sentenceCues.ts): a cue in one sentence must not be lost to the sentences around it, and a
// rule must still act in the sentence that holds its word. Sentences written for the test.

const names = (text: string): string[] => findNamesWithTagger(analyzeText(text)).map((m) => `${m.type} ${m.text}`);

suite('sentence cues', () => {
  test('the bits of a span of tokens are the union of its words\' bits, each word tested by every test', () => {
    const cues = new SentenceCues([(w) => w === 'v', (w) => w.startsWith('U')]);
    const doc = analyzeText('Smith v. Jones went to the US court. Nothing here.');
    const [first, second] = doc.sentences;
    assert.equal(cues.of(doc.tokens, first.tokenStart, first.tokenEnd), 3);
    assert.equal(cues.of(doc.tokens, second.tokenStart, second.tokenEnd), 0);
    assert.equal(cues.of(doc.tokens, 0, 0), 0);
  });

  test('more tests than bits are refused', () => {
    assert.throws(() => new SentenceCues(Array.from({ length: 32 }, () => () => true)));
  });

  test('rules walking the tokens still act in the sentence holding their word, between sentences holding none', () => {
    const text = 'The vote was close. Exports to the US fell in March. Rain fell all day. She told Rolling Stone she was tired. It was late.';
    const found = names(text);
    assert.ok(found.includes('LOC US'), found.join(' | '));
    assert.ok(found.includes('ORG Rolling Stone'), found.join(' | '));
  });

  test('a camel-case firm, an honorific and a court case each in a sentence of its own', () => {
    const text = 'The weather was mild. Shares of PayPal rose on Monday. The hearing was brief. Mr. Hargreave declined to comment. Roe v. Wade was overturned.';
    const found = names(text);
    assert.ok(found.includes('ORG PayPal'), found.join(' | '));
    assert.ok(found.some((n) => n.startsWith('PER') && n.includes('Hargreave')), found.join(' | '));
    assert.ok(found.some((n) => n.includes('Roe v. Wade')), found.join(' | '));
  });

  test('a name with "for", a name before its acronym and two saints\' hospitals, each between sentences holding none', () => {
    const text = 'It rained. Officials at the Foundation for Rural Housing said rents rose. It was cold. The Food Standards Agency (FSA) warned shoppers. It was late. Guy\'s and St Thomas\' said beds were full. Nothing more.';
    const found = names(text);
    assert.ok(found.includes('ORG Foundation for Rural Housing'), found.join(' | '));
    assert.ok(found.some((n) => n.startsWith('ORG') && n.includes('Food Standards Agency')), found.join(' | '));
    assert.ok(found.some((n) => n.startsWith('ORG') && n.includes('St Thomas')), found.join(' | '));
  });
});
