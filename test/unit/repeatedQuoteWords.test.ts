import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { Annotator } from '../../src/core/annotator';

// A headline's quote takes the speaker of the same words quoted further on (repeatedQuotes.ts),
// whose words are kept from one call to the next: edits elsewhere, and an edit of the quoted
// words themselves, must give what a fresh annotate() gives.

const ARTICLE = `"We will rebuild every school in the valley": mayor vows after flood

Mayor Ellen Brooks toured the damaged district on Monday.

"We will rebuild every school in the valley," Brooks said.`;

const speakerOfHeadline = (text: string): string | null => annotate(text).quotes[0]?.speakerName ?? null;

suite('repeated quotes across edits', () => {
  test('the headline quote takes the speaker of the same words, before and after edits', () => {
    assert.equal(speakerOfHeadline(ARTICLE), 'Ellen Brooks');
    const annotator = new Annotator();
    const versions = [
      ARTICLE,
      ARTICLE.replace('on Monday', 'on Tuesday'),
      // The later quote's words changed: the headline's speaker is no longer known.
      ARTICLE.replace('"We will rebuild every school in the valley," Brooks', '"We will rebuild every road in the valley," Brooks'),
      ARTICLE,
    ];
    for (const text of versions) assert.deepEqual(annotator.annotate(text), annotate(text));
    assert.equal(speakerOfHeadline(versions[2]), null);
  });
});
