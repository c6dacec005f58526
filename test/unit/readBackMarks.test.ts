import * as assert from 'node:assert/strict';
import { lastNameBefore, lastSpeakerRead, type ReferenceContext } from '../../src/core/quotes/referenceResolver';
import { ReadLog } from '../../src/core/quotes/wholeTextReads';
import type { MentionIndex } from '../../src/core/quotes/mentionIndex';

// The speaker keep rule of an editor session (lastSpeakerRun.ts) counts on every look back
// marking the quote being attributed; the marks sit where the look-back window is read, so
// that a resolver added later is marked without remembering to.
function context(reads?: ReadLog): ReferenceContext {
  const index: MentionIndex = {
    names: [
      { start: 0, end: 5, text: 'Smith', kind: 'person', entityId: 'p1' },
      { start: 40, end: 44, text: 'Jones', kind: 'person', entityId: 'p2' },
    ],
    insideQuote: new Uint8Array(2),
  } as MentionIndex;
  return { index, lastSpeaker: { id: 'p1', at: 0 }, reads } as unknown as ReferenceContext;
}

suite('look-back reads mark the quote as reading back', () => {
  test('a search back through the names starts at the last name before the offset, and marks', () => {
    const reads = new ReadLog();
    const ctx = context(reads);
    assert.equal(reads.takeBack(), false);
    assert.equal(lastNameBefore(30, ctx), 0);
    assert.equal(reads.takeBack(), true);
    assert.equal(lastNameBefore(50, ctx), 1);
    assert.equal(lastNameBefore(0, ctx), -1);
    assert.equal(reads.takeBack(), true);
  });

  test('reading the last speaker marks', () => {
    const reads = new ReadLog();
    assert.deepEqual(lastSpeakerRead(context(reads)), { id: 'p1', at: 0 });
    assert.equal(reads.takeBack(), true);
    assert.equal(reads.takeBack(), false);
  });

  test('outside an editor session (no read log) the reads are the same', () => {
    const ctx = context();
    assert.equal(lastNameBefore(30, ctx), 0);
    assert.deepEqual(lastSpeakerRead(ctx), { id: 'p1', at: 0 });
  });
});
