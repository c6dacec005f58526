import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';

// A weak verb of speech ("went") reports words only where it says them: "she went, "No way."";
// in a clause of place ("everywhere she went") it is a going, and the quote after the comma
// goes on with the writer's sentence.

function kindOf(text: string, quoteText: string): string | null {
  const q = annotate(text, { documentDate: '2024-03-06' }).quotes.find((x) => x.kind !== 'indirect' && x.text.includes(quoteText));
  return q?.kind ?? null;
}

suite('weak cues: "went" in a clause of place says nothing', () => {
  test('"everywhere she went, "sending …"" is a fragment of the writer\'s sentence', () => {
    assert.equal(kindOf('The audit was harsh. She took her phone everywhere she went, "sending and receiving emails in the territory of adversaries."', 'sending and receiving'), 'partial');
    assert.equal(kindOf('The audit was harsh. He carried the files wherever the new governor went, "keeping them close at all times."', 'keeping them close'), 'partial');
  });

  test('"went" right before a quote still says it', () => {
    assert.equal(kindOf('We asked about the fine. And then he went, "Are you kidding me?"', 'Are you kidding'), 'direct');
    assert.equal(kindOf('I asked her to stay. She went, "No way."', 'No way'), 'direct');
  });
});
