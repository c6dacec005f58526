import * as assert from 'node:assert/strict';
import { splitParagraphs } from '../../src/core/text/paragraphs';
import { annotate } from '../../src/core/annotate';
import fc from 'fast-check';

const texts = (text: string): string[] => splitParagraphs(text).map((b) => text.slice(b.start, b.end));

const WRAPPED =
  'Port workers end strike\n' +
  'MOMBASA, Kenya — Dock workers ended a two-day strike on Tuesday after the\n' +
  'ministry agreed to meet union leaders next week, officials said today.\n' +
  '\n' +
  '"We have a date and we have a promise," said Grace Wanjiru, who leads the\n' +
  'Dock Workers Union. "If the promise is broken, we will be back on the\n' +
  'quay," she added.\n' +
  '\n' +
  '- first point of a list that is long enough to look wrapped at all\n' +
  '- second point\n';

suite('paragraphs', () => {
  test('lines break at \\n, \\r\\n and a lone \\r, trimmed, blank ones dropped (against a plain splitter)', () => {
    const reference = (text: string): Array<{ start: number; end: number }> => {
      const out: Array<{ start: number; end: number }> = [];
      const push = (a: number, b: number): void => {
        while (a < b && /[ \t\u00a0\ufeff]/u.test(text[a])) a++;
        while (b > a && /[ \t\u00a0\ufeff]/u.test(text[b - 1])) b--;
        if (b > a) out.push({ start: a, end: b });
      };
      let from = 0;
      for (const m of text.matchAll(/\r\n?|\n/gu)) {
        push(from, m.index);
        from = m.index + m[0].length;
      }
      push(from, text.length);
      return out;
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b.', ' ', '\n', '\r', '\r\n', '\t', '\r\r\n'), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        // Lines this short are never read as hard-wrapped: one paragraph per line.
        assert.deepEqual(splitParagraphs(text).map(({ start, end }) => ({ start, end })), reference(text), JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
  });

  test('one paragraph per line: every line is a paragraph, blank lines give none', () => {
    assert.deepEqual(texts('Headline\n\nFirst paragraph.\r\nSecond paragraph.\rThird one.\n'), [
      'Headline', 'First paragraph.', 'Second paragraph.', 'Third one.',
    ]);
  });

  test('hard-wrapped text: the lines of a paragraph are joined, the headline and list items stay apart', () => {
    assert.deepEqual(texts(WRAPPED), [
      'Port workers end strike',
      'MOMBASA, Kenya — Dock workers ended a two-day strike on Tuesday after the\nministry agreed to meet union leaders next week, officials said today.',
      '"We have a date and we have a promise," said Grace Wanjiru, who leads the\nDock Workers Union. "If the promise is broken, we will be back on the\nquay," she added.',
      '- first point of a list that is long enough to look wrapped at all',
      '- second point',
    ]);
  });

  test('text with no blank line (one sentence or row per line) is never joined', () => {
    const rows = 'Leeds United beat Chelsea by three goals to one at home on\nSaturday afternoon in front of a crowd of forty thousand and\nsome more people who came late to the match in the rain\n';
    assert.equal(texts(rows).length, 3);
  });

  test('a quotation wrapped over two lines is one quote with its speaker, and no mark is reported', () => {
    const a = annotate(WRAPPED, { documentDate: '2024-03-06' });
    const second = a.quotes.find((q) => q.text.startsWith('"If the promise'));
    assert.ok(second, JSON.stringify(a.quotes.map((q) => q.text)));
    assert.equal(second.text, '"If the promise is broken, we will be back on the\nquay,"');
    assert.equal(second.speakerName, 'Grace Wanjiru');
    assert.deepEqual(a.problems, []);
  });

  test('a name wrapped over a line break is named on one line; its mention keeps the text', () => {
    const text =
      'Port reopens\n\nCargo moved again on Monday, and officials of the Kenya Ports\n' +
      'Authority said that the port would reopen fully within a few\ndays of the end of the strike by dock workers.\n';
    const a = annotate(text, { documentDate: '2024-03-06' });
    const authority = a.organizations.find((o) => o.name === 'Kenya Ports Authority');
    assert.ok(authority, JSON.stringify(a.organizations.map((o) => o.name)));
    assert.deepEqual(authority.mentions.map((m) => m.text), ['Kenya Ports\nAuthority']);
    for (const m of authority.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  });
});
