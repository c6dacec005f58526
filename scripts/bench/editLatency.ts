// One-character edits re-annotated by the incremental Annotator: run by scripts/bench/index.ts
// in its own process and in a worker thread with the extension's worker limits
// (editWorker.ts), so that both figures come from one piece of code.
import type { Annotator } from '../../src/core/annotator';
import { median, timeMedian } from './stats';

export interface EditLatency {
  incrementalMs: number;
  incrementalP90Ms: number;
  fullMs: number;
  reuse: string;
}

export const EDITS = 31;
const REUSE_NAMES: Record<keyof NonNullable<ReturnType<Annotator['lastReuse']>>, string> = {
  paragraphs: 'paragraphs', sentenceStages: 'sentence stages', reportedSpeech: 'reported speech', dateLines: 'date lines', dateWindows: 'date windows', dateValues: 'date values', quoteReadings: 'quotations', entityGroups: 'entity groupings',
};

/**
 * Types one character at a time at spread-out places of a 100 KB document; after each edit
 * the Annotator re-annotates the whole text (what the extension does on a keystroke), and
 * the time of that call is one sample. The same texts through a fresh annotate() give the
 * figure without reuse, in the same run.
 */
export function measureEdits(
  annotator: Annotator,
  annotate: (text: string, options: { documentDate: string }) => unknown,
  doc: string,
): EditLatency {
  const options = { documentDate: '2016-09-20' };
  let text = doc;
  annotator.annotate(text, options);
  const incremental: number[] = [];
  const full: number[] = [];
  const reuse: string[] = [];
  for (let i = 0; i < EDITS; i++) {
    const at = Math.floor((((i * 7919) % 97) / 97) * text.length);
    text = `${text.slice(0, at)}x${text.slice(at)}`;
    incremental.push(timeMedian(() => annotator.annotate(text, options), 1, 0));
    const r = annotator.lastReuse();
    if (r) reuse.push(Object.entries(r).map(([what, n]) => `${REUSE_NAMES[what as keyof typeof r]} ${n.reused}/${n.reused + n.computed}`).join(', '));
    if (i % 3 === 0) full.push(timeMedian(() => annotate(text, options), 1, 0));
  }
  const sorted = [...incremental].sort((a, b) => a - b);
  return { incrementalMs: median(incremental), incrementalP90Ms: sorted[Math.floor(sorted.length * 0.9)], fullMs: median(full), reuse: reuse[reuse.length >> 1] ?? '' };
}

