import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { runChecks } from '../../src/core/checks/checkRegistry';
import { decodeText } from '../../src/core/text/decodeText';
import { assertWellFormed } from './helpers/annotationInvariants';
import { ADVERSARIAL_INPUTS, repeatTo } from './helpers/adversarialText';

// The core on the inputs issue 9 names, at sizes a user can open: it returns, and what it
// returns keeps the contract (see helpers/annotationInvariants.ts). Times are left to
// linear.test.ts; here only correctness on big and odd inputs.

const SIZE = 30_000;

suite('robustness: odd and big inputs to annotate()', () => {
  for (const input of ADVERSARIAL_INPUTS) {
    test(`${input.name} (${SIZE / 1000} KB; ${input.target})`, () => {
      const text = repeatTo(input.unit, SIZE);
      const a = annotate(text, { documentDate: '2024-03-06' });
      assertWellFormed(text, a);
      runChecks({ text, annotations: a });
    });
  }

  test('a closing mark, then a verb of saying and a comma ending the text: nothing thrown', () => {
    // Found by the property test (property.test.ts): the cue's reader looked for a mark past the last token.
    for (const text of ['?" Angela Merkel said , ', 'Done." Tom Reed said,']) assertWellFormed(text, annotate(text));
  });

  test('a 1 MB line with no spaces: nothing found, nothing thrown', () => {
    const text = repeatTo('Lorem0ipsum_dolor-sit', 1_000_000);
    const a = annotate(text);
    assertWellFormed(text, a);
    assert.equal(a.quotes.length, 0);
  });

  test('thousands of unbalanced marks in one paragraph: problems are capped, quotes stay inside their paragraph', () => {
    const text = `Smith said "we will win.\n${'“ never closed, '.repeat(3000)}\nAfterwards "this one closes," Jones said.`;
    const a = annotate(text);
    assertWellFormed(text, a);
    assert.ok(a.problems.length <= 51, `${a.problems.length} problems reported; the finder caps them at 50 plus a summary`);
    const last = a.quotes.find((q) => q.text === '"this one closes,"');
    assert.ok(last, 'the balanced quote after 3000 unbalanced marks was lost');
    assert.equal(last.speakerName, 'Jones');
  });

  test('only quotation marks of every family, with and without spaces', () => {
    for (const text of ['"""""""', '“”“”““””', '‘’’‘', '«»«««', '" " " "', '„“‚‘‹›', '\'\'\'\'', '"'.repeat(10_001)]) {
      assertWellFormed(text, annotate(text));
    }
  });

  test('line breaks of every kind: \\r\\n, lone \\r, \\u2028, form feed', () => {
    const text = '"We will win," Jane Doe said.\r\n"Yes," said John Smith.\r"No," Mary Jones said on Monday.\u2028"Maybe," said Bob Lee.\f';
    const a = annotate(text, { documentDate: '2024-03-06' });
    assertWellFormed(text, a);
    assert.deepEqual(a.quotes.map((q) => q.speakerName), ['Jane Doe', 'John Smith', 'Mary Jones', 'Bob Lee']);
  });

  test('NUL bytes, lone surrogates and U+FFFD inside an article do not move the offsets of what follows', () => {
    const clean = '"We will win," Jane Doe said in Paris on Monday.';
    for (const junk of ['\u0000', '\uD800', '\uDC00', '\uFFFD', '\u{1F600}', 'e\u0301', '\u202e']) {
      const text = `${junk}${junk} ${clean}`;
      const a = annotate(text, { documentDate: '2024-03-06' });
      assertWellFormed(text, a);
      const quote = a.quotes.find((q) => q.kind === 'direct');
      assert.equal(quote?.text, '"We will win,"', `with ${JSON.stringify(junk)} before it`);
      assert.equal(quote?.speakerName, 'Jane Doe', `with ${JSON.stringify(junk)} before it`);
    }
  });

  test('right-to-left text with a quotation: well formed', () => {
    const text = '\u202bقال محمد "مرحبا بكم" في القاهرة يوم الاثنين.\u202c "Welcome," said Ahmed Hassan in Cairo.';
    const a = annotate(text);
    assertWellFormed(text, a);
    assert.ok(a.quotes.some((q) => q.speakerName === 'Ahmed Hassan'));
  });

  test('the empty text and white space only', () => {
    for (const text of ['', ' ', '\n', '\r\n\r\n', '\t \u00a0\ufeff']) {
      const a = annotate(text);
      assertWellFormed(text, a);
      assert.deepEqual([a.people, a.quotes, a.dates, a.problems], [[], [], [], []]);
    }
  });
});

suite('robustness: decoding bytes', () => {
  test('binary (NUL in the first 8 KB) is refused, invalid UTF-8 is read with U+FFFD and a warning, a BOM is kept', () => {
    assert.equal(decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])).text, null);
    const invalid = decodeText(Buffer.from([0x61, 0xc3, 0x28, 0x62, 0xed, 0xa0, 0x80]));
    assert.match(invalid.warning ?? '', /not valid UTF-8/);
    assert.ok(invalid.text?.includes('\uFFFD'));
    assert.equal(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x61])).text, '\uFEFFa');
  });

  test('a NUL byte only after the first 8 KB is text (the core copes with it)', () => {
    const bytes = Buffer.concat([Buffer.from('a'.repeat(9000)), Buffer.from([0]), Buffer.from(' "Hi," said Bob Lee.')]);
    const decoded = decodeText(bytes);
    assert.ok(decoded.text !== null);
    assertWellFormed(decoded.text, annotate(decoded.text));
  });
});
