import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { withoutMarkdownMarkup } from '../../src/core/text/markdownMarkup';

// Articles written in Markdown: the marks of emphasis, headings, block quotes and the front
// matter's keys are read as blanks, offsets kept. Texts written for these tests.

const ARTICLE = [
  '---',
  'title: "Interview: the head of the Met Office on a wet winter"',
  'date: 2026-11-25',
  '---',
  '',
  '# Interview: the head of the Met Office',
  '',
  '**Penelope Endersby**, chief executive of the Met Office, spoke to *The Weekly* about December.',
  '',
  '**Q: Will it be a white Christmas?**',
  '',
  '**Endersby:** It\'s too early to say. The odds are about one in five.',
  '',
  '> "We have to plan for more floods," she added.',
  '',
].join('\n');

suite('Markdown articles', () => {
  test('the marks are blanks, one for each, and every other character stays where it was', () => {
    const plain = withoutMarkdownMarkup(ARTICLE);
    assert.equal(plain.length, ARTICLE.length);
    for (let i = 0; i < plain.length; i++) if (plain[i] !== ARTICLE[i]) assert.match(ARTICLE[i], /[*_#>:"\-\w]/u, `offset ${i}`);
    assert.ok(plain.includes('  Penelope Endersby  , chief executive'), plain);
    assert.ok(plain.includes(' The Weekly '), plain);
  });

  test('a name in bold is a person, a label in bold speaks, the front matter\'s title is no quotation', () => {
    const a = annotate(ARTICLE, {});
    assert.deepEqual(a.people.map((p) => p.name), ['Penelope Endersby']);
    assert.equal(a.documentDate, '2026-11-25');
    assert.ok(!a.quotes.some((q) => q.text.includes('head of the Met Office on a wet winter')), JSON.stringify(a.quotes.map((q) => q.text)));
    const answer = a.quotes.find((q) => q.text.startsWith('It\'s too early'));
    assert.ok(answer, JSON.stringify(a.quotes.map((q) => q.text)));
    assert.equal(answer.speakerName, 'Penelope Endersby');
    // Offsets are the text's own: the quote's text is read from the text as written.
    for (const q of a.quotes) assert.equal(q.text, ARTICLE.slice(q.start, q.end));
    assert.equal(a.quotes.find((q) => q.text.includes('floods'))?.speakerName, 'Penelope Endersby');
  });

  test('a star or an underscore that marks no emphasis is left as it is: "5 * 3", "snake_case", "*" alone', () => {
    for (const text of ['It costs 5 * 3 pounds.', 'The variable snake_case_name is used.', 'A footnote mark * stands here.']) assert.equal(withoutMarkdownMarkup(text), text);
  });

  test('a text with no Markdown is returned as it is', () => {
    const text = 'Mayor Ann Lee said the budget was short.';
    assert.equal(withoutMarkdownMarkup(text), text);
  });
});
