import { lexQuoteMarks, MarkCandidates } from '../../src/core/quotes/quotationMarks';
import fc from 'fast-check';
import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { analyzeText } from '../../src/core/text/analyzedText';
import { findQuotedSpans } from '../../src/core/quotes/quotedSpans';
import { findQuotes } from '../../src/core/quotes/quoteFinder';
import { groupEntities } from '../../src/core/entities/entityGrouper';
import { buildMentionIndex } from '../../src/core/quotes/mentionIndex';
import { resolveSpeakers } from '../../src/core/quotes/speakerResolver';
import type { TextProblem } from '../../src/core/types';

// Damaged and unbalanced quotation marks: the quote is still found, a problem says what is
// wrong, and a stray mark never swallows the rest of the text.

function run(text: string): { quotes: Array<{ text: string; kind: string }>; problems: TextProblem[] } {
  const a = annotate(text, { documentDate: '2024-03-06' });
  return { quotes: a.quotes.filter((q) => q.kind !== 'indirect').map((q) => ({ text: q.text, kind: q.kind })), problems: a.problems };
}

suite('quotes: damaged and unbalanced marks', () => {
  test('a closing mark replaced by "?" after a comma closes the quote', () => {
    const text = '"We must avoid strategic surprises,? he said.';
    const r = run(text);
    assert.deepEqual(r.quotes.map((q) => q.text), ['"We must avoid strategic surprises,?']);
    const p = r.problems.find((x) => x.code === 'damaged-quote');
    assert.ok(p, 'a damaged-quote problem is reported');
    assert.equal(text.slice(p.start, p.end), '?');
  });

  test('both marks replaced by U+FFFD', () => {
    const text = '\uFFFDWe must avoid strategic surprises,\uFFFD he said.';
    const r = run(text);
    assert.equal(r.quotes.length, 1);
    assert.equal(r.quotes[0].kind, 'direct');
    assert.ok(r.problems.some((x) => x.code === 'damaged-quote'));
  });

  test('U+FFFD standing for an apostrophe inside a word is left alone', () => {
    const r = run('She didn\uFFFDt come, and they won\uFFFDt wait.');
    assert.deepEqual(r.quotes, []);
  });

  test('an opening mark never closed: quote ends at its cue, problem at the mark', () => {
    const text = '"We will win this, he said. Then he left the room.';
    const r = run(text);
    assert.deepEqual(r.quotes.map((q) => q.text), ['"We will win this,']);
    const p = r.problems.find((x) => x.code === 'unbalanced-quote');
    assert.ok(p);
    assert.equal(p.start, 0);
  });

  test('an opening mark never closed runs to its paragraph end past a noun spelled like a cue ("more states")', () => {
    const text = 'From the survey: "Turnout fell in most regions, and there are more states in the east where it fell fastest. The figures point to a shift.\n\nThe next day was calm.';
    const r = run(text);
    assert.deepEqual(r.quotes.map((q) => q.text), ['"Turnout fell in most regions, and there are more states in the east where it fell fastest. The figures point to a shift.']);
  });

  test('a stray mark does not swallow the following paragraphs', () => {
    const text = 'He walked in with a "sign.\n\nThe next day was calm.\n\n"This one is real," she said.';
    const r = run(text);
    assert.ok(r.quotes.some((q) => q.text === '"This one is real,"'));
    assert.ok(!r.quotes.some((q) => q.text.includes('next day')));
    assert.ok(r.problems.some((x) => x.code === 'unbalanced-quote'));
  });

  test('a closing mark without an opening one before a cue recovers the quote', () => {
    const text = 'We will not back down," the mayor said.';
    const spans = findQuotedSpans(text, analyzeText(text).paragraphs, []);
    assert.equal(spans.length, 1);
    assert.equal(text.slice(spans[0].start, spans[0].end), 'We will not back down,"');
  });

  test('problems are capped so a broken file does not flood the list', () => {
    const problems: TextProblem[] = [];
    const text = Array.from({ length: 500 }, () => '"a').join(' ');
    findQuotedSpans(text, analyzeText(text).paragraphs, problems);
    assert.ok(problems.length <= 51);
    assert.equal(problems[problems.length - 1].code, 'too-many-quote-problems');
  });

  test('thousands of unbalanced marks on one line take linear time', () => {
    const unit = 'word "another ‘mark « and " more ';
    // Best of three runs, so that one stall on a busy machine (GC, another job) does not count.
    const time = (n: number): number => {
      const text = unit.repeat(n);
      const paragraphs = [{ start: 0, end: text.length }];
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        findQuotedSpans(text, paragraphs, []);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(2000); // warm-up
    // Four times the text: a quadratic pass would take sixteen times as long. A bad ratio is
    // measured again (up to twice) before it counts, as in linear.test.ts: a busy machine can
    // stall all three runs of one size, never make a quadratic pass linear.
    let seen = '';
    for (let attempt = 0; attempt < 3; attempt++) {
      const small = Math.max(time(10000), 1);
      const large = time(40000);
      seen += `${seen ? '; ' : ''}10k units ${small.toFixed(1)} ms, 40k units ${large.toFixed(1)} ms`;
      if (large < small * 8) return;
    }
    assert.fail(seen);
  });

  test('one endless sentence full of cues and stray marks takes linear time end to end', () => {
    const unit = 'he said that the plan, according to the aide, would fail, she added, saying "it is " over and he warned ';
    const time = (n: number): number => {
      const text = unit.repeat(n);
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        const doc = analyzeText(text);
        const found = findQuotes(doc, []);
        const entities = groupEntities([], doc);
        resolveSpeakers(doc, found, buildMentionIndex(doc, entities, found), entities);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(300);
    const small = Math.max(time(1000), 1);
    const large = time(4000);
    assert.ok(large < small * 8, `1k units ${small.toFixed(1)} ms, 4k units ${large.toFixed(1)} ms`);
  });
});

suite('quotes: finding marks by a native scan', () => {
  test('lexing with MarkCandidates finds exactly the marks of a character-by-character read, paragraph after paragraph', () => {
    const pieces = ['a', ' ', 'word', '"', '“', '”', "'", "''", '‘', '’', '«', '»', '‹', '›', '„', '?', ',', '.', '\uFFFD', '90s', '`', '``', '```', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const candidates = new MarkCandidates(text);
        const bounds = [...text.matchAll(/[^\n]+/gu)].map((m) => [m.index, m.index + m[0].length]);
        for (const [from, to] of bounds) assert.deepEqual(lexQuoteMarks(text, from, to, candidates), lexQuoteMarks(text, from, to), JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
  });
});

suite('quotes: invisible characters pasted in with the text', () => {
  test('a zero-width space after a comma does not part the speaker from the name set off after it', () => {
    const a = annotate('The minister,\u200b Jane Doe, said on Monday: “We will not back down.”', { documentDate: '2024-03-06' });
    assert.equal(a.quotes.find((q) => q.kind === 'direct')?.speakerName, 'Jane Doe');
  });
});
