import * as assert from 'node:assert/strict';
import { analyzeText, type AnalyzedText } from '../../src/core/text/analyzedText';
import { commonEnds } from '../../src/core/text/commonEnds';
import { tokenize, type Token } from '../../src/core/text/tokenizer';

// The incremental analysis takes the token lists of the paragraphs an edit did not touch
// from the version before, and places tokens and sentences paragraph by paragraph; the
// result must be the one-shot analysis of the same text.
const plain = (doc: AnalyzedText): unknown => ({
  tokens: doc.tokens.map((t) => ({ ...t })),
  sentences: doc.sentences.map((s) => ({ ...s })),
  paragraphs: doc.paragraphs,
});

function session(): { analyze: (text: string) => AnalyzedText; lookedUp: string[] } {
  const memo = new Map<string, readonly Token[]>();
  const lookedUp: string[] = [];
  let previous: AnalyzedText | undefined;
  const tokensOf = (paragraph: string): readonly Token[] => {
    lookedUp.push(paragraph);
    let tokens = memo.get(paragraph);
    if (!tokens) memo.set(paragraph, (tokens = tokenize(paragraph)));
    return tokens;
  };
  return { analyze: (text) => (previous = analyzeText(text, { tokensOf, previous })), lookedUp };
}

const ARTICLE = [
  'Floods hit the valley',
  'Rivers rose on Tuesday. "We lost everything," said Ann Lee. Mr. Ray agreed.',
  'The mayor, Tom Hart, said help was coming. It came on Friday!',
  'Officials at the agency said nothing.',
  'Rivers rose on Tuesday. "We lost everything," said Ann Lee. Mr. Ray agreed.',
  'The end.',
].join('\n');

suite('Incremental text analysis', () => {
  test('commonEnds finds what two versions share at each end, never overlapping', () => {
    assert.deepEqual(commonEnds('abcdef', 'abXdef'), { prefix: 2, suffix: 3 });
    assert.deepEqual(commonEnds('aaaa', 'aaaaa'), { prefix: 4, suffix: 0 });
    assert.deepEqual(commonEnds('', 'abc'), { prefix: 0, suffix: 0 });
    const long = 'x'.repeat(5000);
    assert.deepEqual(commonEnds(`${long}a${long}`, `${long}bc${long}`), { prefix: 5000, suffix: 5000 });
    assert.deepEqual(commonEnds(long, `${long}y`), { prefix: 5000, suffix: 0 });
  });

  test('an edit looks up only the paragraph it touched, and the result is the one-shot analysis', () => {
    const { analyze, lookedUp } = session();
    analyze(ARTICLE);
    lookedUp.length = 0;
    const at = ARTICLE.indexOf('Tom Hart');
    const edited = `${ARTICLE.slice(0, at)}Dr. ${ARTICLE.slice(at)}`;
    const doc = analyze(edited);
    assert.deepEqual(lookedUp, ['The mayor, Dr. Tom Hart, said help was coming. It came on Friday!']);
    assert.deepEqual(plain(doc), plain(analyzeText(edited)));
  });

  test('edits that join, split, add and remove paragraphs, and edit a repeated one, stay exact', () => {
    const { analyze } = session();
    let text = ARTICLE;
    analyze(text);
    const edits: Array<(t: string) => string> = [
      (t) => t.replace('nothing.\n', 'nothing. '),
      (t) => t.replace('help was', 'help\nwas'),
      (t) => `${t}\nA new last line. Said so.`,
      (t) => `New headline\n\n${t}`,
      (t) => t.replace('Mr. Ray agreed.', 'Mr. Ray agreed. So did I.'),
      (t) => t.replace('The end.\n', ''),
      (t) => t.slice(0, 10) + t.slice(40),
      (t) => t.replace(/\n/g, '\n\n'),
      (t) => t.replace(/\n\n/g, '\n'),
    ];
    for (const edit of edits) {
      text = edit(text);
      assert.deepEqual(plain(analyze(text)), plain(analyzeText(text)), text);
    }
  });

  test('a paragraph whose last full stop reads on into the next paragraph is split again when that paragraph changes', () => {
    // 'PARIS. "' then a lower-case word: the full stop ends no sentence, so the closing mark
    // stays in it; a capital there makes the mark a sentence of its own.
    const { analyze } = session();
    let text = 'OBAMA LEAVES PARIS. "\nNext day, he flew.\nThe end.';
    analyze(text);
    for (const edit of [(t: string) => t.replace('Next', 'next'), (t: string) => t.replace('next', '"next'), (t: string) => t.replace('"next', 'Next')]) {
      text = edit(text);
      assert.deepEqual(plain(analyze(text)), plain(analyzeText(text)), text);
    }
  });

  test('a hard-wrapped text whose reading flips with an edit stays exact', () => {
    const wrapped = 'Title\n\nThe council met on Monday and voted to close the old bridge over\nthe river for the whole of the winter season, officials said.\n\nA second paragraph that also wraps across more than one line of\nthe text because it is long enough to do so, said Ann Lee.\n';
    const { analyze } = session();
    let text = wrapped;
    analyze(text);
    for (const edit of [(t: string) => t.replace('over\nthe', 'over.\nThe'), (t: string) => t.replace('over.\nThe', 'over\nthe'), (t: string) => t.replace('\n\nA second', '\nA second')]) {
      text = edit(text);
      assert.deepEqual(plain(analyze(text)), plain(analyzeText(text)), text);
    }
  });
  test('a paragraph repeated, and typing that leaves the token count, stay exact, with two texts analysed in turn', () => {
    // A repeated paragraph has a placement per occurrence; typing inside a word leaves every
    // paragraph at its token index, and another text's analysis in between refills the token array.
    const { analyze } = session();
    const other = session();
    let text = ['Advertisement', 'Rain fell all day. "It was cold," said Bo Kim.', 'Advertisement', 'Roads shut at noon.', 'Advertisement'].join('\n');
    let otherText = 'Advertisement\nA short note. Nothing more.';
    analyze(text);
    other.analyze(otherText);
    const edits: Array<(t: string) => string> = [
      (t) => t.replace('fell', 'fexll'),
      (t) => t.replace('noon', 'nooon'),
      (t) => `Advertisement\n${t}`,
      (t) => t.replace('Roads', 'Advertisement\nRoads'),
      (t) => t.replace('Advertisement\n', ''),
      (t) => t.replace('Advertisement', 'Advertisements'),
      (t) => t.replace('shut', 'shxut'),
    ];
    for (const edit of edits) {
      text = edit(text);
      assert.deepEqual(plain(analyze(text)), plain(analyzeText(text)), text);
      otherText = otherText.replace('note', 'notes');
      assert.deepEqual(plain(other.analyze(otherText)), plain(analyzeText(otherText)), otherText);
      text = text.replace('day', 'dxay');
      assert.deepEqual(plain(analyze(text)), plain(analyzeText(text)), text);
    }
  });
});
