import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { Annotator } from '../../src/core/annotator';

// The firm names the article shows are kept from the last text's paragraphs (firmEvidence.ts):
// after each edit that adds, moves or takes away a paragraph's evidence, or edits a paragraph
// holding none, the incremental Annotator must read every mention as a fresh annotate() does.
// Written for this test: firms named like people and towns, a club beside a score, a town in a list.

const PARAGRAPHS = [
  'Valdora said on Monday it would close two plants.',
  'Shares of Valdora fell 4 percent in early trading.',
  'Kessling, the Danish drugmaker, said its sales rose.',
  'Kessling told reporters the plan was on track.',
  'Marwick beat Dunholt 3-1 on Saturday.',
  'Visitors came from Brampton, Mississauga and Hamilton.',
  'Analysts at Corlane said the deal was fair.',
];

const options = { documentDate: '2026-03-02' };
const names = (text: string, a?: Annotator): string => {
  const { people, organizations, places } = a ? a.annotate(text, options) : annotate(text, options);
  return JSON.stringify({ people, organizations, places });
};

suite('firm evidence after edits', () => {
  test('each edit reads the names as a fresh annotate(): evidence added, taken away, moved, and edits elsewhere', () => {
    const a = new Annotator();
    const versions: string[][] = [
      PARAGRAPHS,
      // The evidence taken away: "Valdora" is no longer shown to be a firm.
      PARAGRAPHS.filter((_, i) => i !== 1),
      // A paragraph with no evidence edited.
      PARAGRAPHS.filter((_, i) => i !== 1).map((p, i) => (i === 0 ? p.replace('Monday', 'Tuesday') : p)),
      // The evidence back, at another place.
      [...PARAGRAPHS.filter((_, i) => i !== 1), PARAGRAPHS[1]],
      // The set-off kind of a firm changed to no kind.
      PARAGRAPHS.map((p, i) => (i === 2 ? 'Kessling, the Danish writer, said his sales rose.' : p)),
      // A paragraph added at the start and one taken from the end.
      ['Markets opened higher.', ...PARAGRAPHS.slice(0, -1)],
      PARAGRAPHS,
    ];
    for (const paragraphs of versions) {
      const text = paragraphs.join('\n\n');
      assert.equal(names(text, a), names(text), text);
    }
  });

  test('two documents annotated in turn read their names as fresh annotate()s', () => {
    const one = new Annotator();
    const two = new Annotator();
    const first = PARAGRAPHS.join('\n\n');
    const second = PARAGRAPHS.slice(2).join('\n\n');
    for (let round = 0; round < 2; round++) {
      assert.equal(names(first + 'x'.repeat(round), one), names(first + 'x'.repeat(round)));
      assert.equal(names(second + 'y'.repeat(round), two), names(second + 'y'.repeat(round)));
    }
  });
});
