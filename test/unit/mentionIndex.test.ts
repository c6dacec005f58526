import * as assert from 'node:assert/strict';
import { buildMentionIndex } from '../../src/core/quotes/mentionIndex';
import type { GroupedEntities } from '../../src/core/entities/entityGrouper';
import { analyzeText } from '../../src/core/text/analyzedText';

// The index of name mentions is sorted on every keystroke by numbers rather than by a
// comparison (mentionIndex.ts); it must order them as the stable comparison sort did.

suite('Mention index order', () => {
  test('by start, a longer mention first on a tie, as they came on a full tie; people and organizations interleaved', () => {
    const span = (start: number, end: number, text: string): { start: number; end: number; text: string } => ({ start, end, text });
    const entities = {
      people: [
        { id: 'p1', name: 'Ann', aliases: [], quoteCount: 0, mentions: [span(0, 3, 'Ann'), span(40, 43, 'Ann')] },
        { id: 'p2', name: 'Bo', aliases: [], quoteCount: 0, mentions: [span(10, 12, 'Bo'), span(30, 32, 'Bo')] },
      ],
      organizations: [
        { id: 'o1', name: 'Bo Group', quoteCount: 0, mentions: [span(10, 18, 'Bo Group'), span(20, 25, 'Acme'), span(40, 43, 'Ann')] },
      ],
    } as unknown as GroupedEntities;
    const { names } = buildMentionIndex(analyzeText(''), entities);
    assert.deepEqual(names.map((n) => `${n.start}-${n.end}:${n.entityId}`), ['0-3:p1', '10-18:o1', '10-12:p2', '20-25:o1', '30-32:p2', '40-43:p1', '40-43:o1']);
  });
});
