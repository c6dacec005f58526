import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { Annotator } from '../../src/core/annotator';
import { analyzeText } from '../../src/core/text/analyzedText';
import { findNamesWithTagger } from '../../src/core/names/taggedNameFinder';
import { defaultTagger } from '../../src/core/names/defaultTagger';
import { editorAnalyzer } from './helpers/editorAnalyzer';

// The passes after the tagger (verbs in names, nicknames, the surnames propagated) read the
// whole article's surnames and the tokens around a paragraph; the incremental tagger keeps
// each sentence's mentions with what they read past the sentence (incrementalTagging.ts).
// After each edit that gives or takes away a surname elsewhere, that moves a nickname or a
// rank word to a paragraph's edge, or that repeats a paragraph, the incremental Annotator
// must read every mention as a fresh annotate() does. Written for this test.

const PARAGRAPHS = [
  'Gennifer Flowers told the committee on Monday that she had kept the letters.',
  'The hearing went on into the evening.',
  'Later, Flowers said the letters were hers, and Flowers Foods declined to comment.',
  'Officer John "Tig" Tiegen, who was there, said the talks went well.',
  'Voters said they could not trust Kalvor after the vote.',
  'She joined Police Constable John Baines on the beat.',
];

const options = { documentDate: '2026-03-02' };
const read = (text: string, a?: Annotator): string => JSON.stringify(a ? a.annotate(text, options) : annotate(text, options));

function assertEachAsFresh(versions: readonly string[]): void {
  const a = new Annotator();
  for (const text of versions) assert.equal(read(text, a), read(text), text);
}

suite('surnames and nicknames paragraph by paragraph, after edits', () => {
  test('a full name given, taken away, misspelled and moved reads as a fresh annotate()', () => {
    const without = PARAGRAPHS.slice(1);
    assertEachAsFresh([
      PARAGRAPHS.join('\n\n'),
      // The full name gone: "Flowers" elsewhere is no longer a surname of the article.
      without.join('\n\n'),
      // Back, misspelled, then right, then at the end.
      [PARAGRAPHS[0].replace('Flowers', 'Flowerz'), ...without].join('\n\n'),
      PARAGRAPHS.join('\n\n'),
      [...without, PARAGRAPHS[0]].join('\n\n'),
      // A paragraph with no name edited, one keystroke at a time.
      PARAGRAPHS.map((p, i) => (i === 1 ? p.replace('evening', 'evenin') : p)).join('\n\n'),
      PARAGRAPHS.map((p, i) => (i === 1 ? p.replace('evening', 'evenign') : p)).join('\n\n'),
    ]);
  });

  test('the name finder through one session finds each version\'s names as without one: surnames given, taken away and moved', () => {
    const rest = ['Reporters waited outside.', '"Nothing has changed," said Flowers.', 'The FLOWERS file was sealed, and Flowers\'s lawyer left.', 'Shares in Flowers fell.'];
    const versions = [
      rest,
      ['Gennifer Flowers spoke.', ...rest],
      ['Gennifer Flowerz spoke.', ...rest],
      ['Gennifer Flowers spoke.', ...rest],
      [...rest, 'Gennifer Flowers spoke.'],
      [...rest.slice(0, 2), 'Police Constable', 'Flowers came.', ...rest.slice(2), 'Gennifer Flowers spoke.'],
      ['Mrs. Flowers spoke.', ...rest],
      rest,
    ];
    const analyzed = editorAnalyzer();
    for (const paragraphs of versions) {
      const text = paragraphs.join('\n\n');
      const followed = findNamesWithTagger(analyzed.next(text), defaultTagger(), analyzed.memos.tagger);
      assert.deepStrictEqual(followed, findNamesWithTagger(analyzeText(text), defaultTagger()), text);
    }
  });

  test('the name finder through one session: a paragraph unchanged reads the next paragraph\'s first word as a fresh run does', () => {
    // A nickname ending a paragraph is one unless a capitalized word follows it, one opening a
    // paragraph unless a capitalized word other than a title stands before it; a rank word
    // ending a paragraph is no surname before a capitalized word.
    const versions = [
      ['They thanked Smith', 'John "Tig" Tiegen spoke.', 'John Constable spoke.'],
      ['They thanked him', 'John "Tig" Tiegen spoke.', 'John Constable spoke.'],
      ['They thanked Smith', 'John "Tig" Tiegen spoke.', 'John Constable spoke.'],
      ['John Constable spoke.', 'He met John "Tig" Tiegen', 'Smith came later.', 'Police Constable', 'Baines came later.'],
      ['John Constable spoke.', 'He met John "Tig" Tiegen', 'then came Smith.', 'Police Constable', 'Baines came later.'],
      // The rank word's sentence kept, the word after it no longer capitalized: "Police" is then its title.
      ['John Constable spoke.', 'He met John "Tig" Tiegen', 'then came Smith.', 'Police Constable', 'and Baines came later.'],
      ['John Constable spoke.', 'He met John "Tig" Tiegen', 'Smith came later.', 'Police Constable', 'Baines came later.'],
    ];
    const analyzed = editorAnalyzer();
    for (const paragraphs of versions) {
      const text = paragraphs.join('\n\n');
      const followed = findNamesWithTagger(analyzed.next(text), defaultTagger(), analyzed.memos.tagger);
      assert.deepStrictEqual(followed, findNamesWithTagger(analyzeText(text), defaultTagger()), text);
    }
  });

  test('the name finder through one session: letters opening a line read the name that ends the line before as a fresh run does', () => {
    // "KC" right after a name is the name's letters, nobody; after "him", the tagger's reading stands.
    const versions = ['The court heard from Richard Marks', 'The court heard from him', 'The court heard from Richard Marks']
      .map((first) => `${first}\nKC told the court the case was weak.`);
    const analyzed = editorAnalyzer();
    for (const text of versions) {
      const followed = findNamesWithTagger(analyzed.next(text), defaultTagger(), analyzed.memos.tagger);
      assert.deepStrictEqual(followed, findNamesWithTagger(analyzeText(text), defaultTagger()), text);
    }
  });

  test('a surname given in one paragraph makes a place named alike elsewhere the person, and taken away, the place again', () => {
    const rest = 'The hearing went on into the evening.\n\nThe letters were in Bramley, the town where Marwick grew up.\n\nMarwick could not be reached.';
    assertEachAsFresh([
      rest,
      `Gennifer Marwick told the committee on Monday.\n\n${rest}`,
      `Gennifer Marwik told the committee on Monday.\n\n${rest}`,
      `Gennifer Marwick told the committee on Monday.\n\n${rest}`,
      `${rest}\n\nGennifer Marwick told the committee on Monday.`,
      `Ms. Bramley spoke first.\n\n${rest}\n\nGennifer Marwick told the committee on Monday.`,
      `Ms. Bramley spoke first.\n\n${rest}`,
      rest,
    ]);
  });

  test('a surname given by a title alone, and a one-word name of another type retyped', () => {
    const text = PARAGRAPHS.slice(1).join('\n\n');
    assertEachAsFresh([
      text,
      `Ms. Flowers spoke first.\n\n${text}`,
      `Ms. Flowers spoke first.\n\n${text}\n\nFlowers left at noon.`,
      `Ms. Flower spoke first.\n\n${text}\n\nFlowers left at noon.`,
    ]);
  });

  test('nicknames and rank words at a paragraph\'s edge, and across a line break', () => {
    const text = PARAGRAPHS.join('\n\n');
    assertEachAsFresh([
      text,
      // The nickname's given name ends the paragraph before, its surname opens the next.
      text.replace('Officer John "Tig" Tiegen', 'Officer John\n\n"Tig" Tiegen'),
      text.replace('Officer John "Tig" Tiegen', 'Officer John "Tig"\n\nTiegen'),
      text,
      // The rank word ends a paragraph, the surname opens the next.
      text.replace('Police Constable John Baines', 'Police Constable\n\nFlowers'),
      text.replace('Police Constable John Baines', 'Police Constable\n\nFlowers said so'),
      text,
    ]);
  });

  test('a paragraph repeated, then one of its copies edited', () => {
    const twice = [...PARAGRAPHS, PARAGRAPHS[2], PARAGRAPHS[3]];
    assertEachAsFresh([
      twice.join('\n\n'),
      twice.map((p, i) => (i === twice.length - 1 ? p.replace('Tiegen', 'Tiegen Jr') : p)).join('\n\n'),
      twice.map((p, i) => (i === 2 ? p.replace('Later', 'Later still') : p)).join('\n\n'),
    ]);
  });

  test('two documents annotated in turn read their names as fresh annotate()s', () => {
    const one = new Annotator();
    const two = new Annotator();
    const first = PARAGRAPHS.join('\n\n');
    const second = PARAGRAPHS.slice(1).join('\n\n');
    for (let round = 0; round < 3; round++) {
      assert.equal(read(first + 'x'.repeat(round), one), read(first + 'x'.repeat(round)));
      assert.equal(read(second + 'y'.repeat(round), two), read(second + 'y'.repeat(round)));
    }
  });
});
