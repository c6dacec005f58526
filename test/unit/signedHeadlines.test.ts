import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';

// A newsletter's digest gives a story as its headline in marks, signed with its writer, then an
// excerpt: `"Museum to close," by the Post's Ann Hale: "The museum will …"`. The headline is no
// one's words; the excerpt is the writer's.

const DIGEST = [
  'Here is what we are reading this morning.',
  '"Museum to close at the end of December," by the Post\'s Ann Hale: "The museum, which opened in 1990, will close its doors next month."',
  '"Pop-up art show strives to confront gentrification," by Times\' Tom Reed: "Curators of a pop-up art show are determined to avoid the accusations."',
].join('\n\n');

suite('signed headlines: a digest\'s headline is no quote', () => {
  test('the headlines are not quotes; the excerpts are, by their writers', () => {
    const quotes = annotate(DIGEST, { documentDate: '2024-03-06' }).quotes.filter((q) => q.kind !== 'indirect');
    assert.ok(!quotes.some((q) => q.text.includes('Museum to close') || q.text.includes('Pop-up art show strives')), JSON.stringify(quotes.map((q) => q.text)));
    const museum = quotes.find((q) => q.text.includes('will close its doors'));
    assert.equal(museum?.kind, 'direct');
    assert.equal(museum?.speakerName, 'Ann Hale');
    assert.equal(quotes.find((q) => q.text.includes('Curators'))?.speakerName, 'Tom Reed');
  });

  test('"by" with no writer and colon after is not a byline', () => {
    const text = 'The rally was loud. "We will win this state," by which he meant Ohio, was his line all night.';
    const q = annotate(text, { documentDate: '2024-03-06' }).quotes.find((x) => x.text.includes('We will win'));
    assert.ok(q && q.kind !== 'indirect');
  });
});
