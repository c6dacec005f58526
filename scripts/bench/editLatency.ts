// One-character edits re-annotated by the incremental Annotator: run by scripts/bench/index.ts
// in its own process and in a worker thread with the extension's worker limits
// (editWorker.ts), so that both figures come from one piece of code.
import type { Annotator } from '../../src/core/annotator';
import { STEADY_STATE_WARMUP_MS, median, timeMedian, warmFor } from './stats';

export interface EditLatency {
  incrementalMs: number;
  incrementalP90Ms: number;
  fullMs: number;
  reuse: string;
}

export const EDITS = 31;
const REUSE_NAMES: Record<keyof NonNullable<ReturnType<Annotator['lastReuse']>>, string> = {
  paragraphs: 'paragraphs', sentenceStages: 'sentence stages', reportedSpeech: 'reported speech', dateLines: 'date lines', dateWindows: 'date windows', dateValues: 'date values', quoteReadings: 'quotations', entityGroups: 'entity groupings', speakers: 'speakers', profiles: 'profiles', places: 'places',
};

/**
 * Types one character at a time at spread-out places of a 100 KB document; after each edit
 * the Annotator re-annotates the whole text (what the extension does on a keystroke), and
 * the time of that call is one sample. Rounds with other Annotators first, not counted,
 * for the bench's warm-up time: the incremental paths would otherwise be timed while the JIT
 * still compiles them (warm-up excluded, as for every other figure). The same texts through a fresh
 * annotate() give the figure without reuse, timed after the edits so that neither run's
 * garbage lands in the other's samples.
 */
export function measureEdits(
  newAnnotator: () => Annotator,
  annotate: (text: string, options: { documentDate: string }) => unknown,
  doc: string,
): EditLatency {
  warmFor(() => editRound(newAnnotator(), doc), STEADY_STATE_WARMUP_MS);
  const { texts, incremental, reuse } = editRound(newAnnotator(), doc);
  const options = { documentDate: '2016-09-20' };
  const full = texts.filter((_, i) => i % 3 === 0).map((text) => timeMedian(() => annotate(text, options), 1, 0));
  const sorted = [...incremental].sort((a, b) => a - b);
  return { incrementalMs: median(incremental), incrementalP90Ms: sorted[Math.floor(sorted.length * 0.9)], fullMs: median(full), reuse: reuseSummary(reuse) };
}

/** The median edit at one document size. */
export interface EditCostAtSize {
  kb: number;
  ms: number;
}

/** The straight line that fits the medians best (least squares): what an edit costs whatever the size, and per 10 KB of document. */
export interface EditCostLine {
  fixedMs: number;
  msPer10KB: number;
}

/** Rounds over every size in measureEditsBySize. */
export const SIZE_ROUNDS = 5;

/**
 * The same edits at several document sizes, in rounds that visit every size in turn (so a
 * drift of the machine's speed touches every size alike), after one uncounted round: whether
 * an edit's cost follows the size of the document or of the edit. Reuse that never visited an
 * unchanged paragraph would give a flat line.
 */
export function measureEditsBySize(newAnnotator: () => Annotator, documentOfSize: (bytes: number) => string, sizesKB: number[], rounds = SIZE_ROUNDS): EditCostAtSize[] {
  const docs = sizesKB.map((kb) => documentOfSize(kb * 1000));
  const medians: number[][] = sizesKB.map(() => []);
  for (let round = 0; round <= rounds; round++) {
    docs.forEach((doc, i) => {
      const ms = median(editRound(newAnnotator(), doc).incremental);
      if (round > 0) medians[i].push(ms);
    });
  }
  return sizesKB.map((kb, i) => ({ kb, ms: median(medians[i]) }));
}

export function lineThrough(points: EditCostAtSize[]): EditCostLine {
  const n = points.length;
  if (n < 2) throw new Error('lineThrough: at least two sizes');
  const meanKB = points.reduce((s, p) => s + p.kb, 0) / n;
  const meanMs = points.reduce((s, p) => s + p.ms, 0) / n;
  let spread = 0;
  let together = 0;
  for (const p of points) {
    spread += (p.kb - meanKB) ** 2;
    together += (p.kb - meanKB) * (p.ms - meanMs);
  }
  if (spread === 0) throw new Error('lineThrough: the sizes must differ');
  const msPerKB = together / spread;
  return { fixedMs: meanMs - msPerKB * meanKB, msPer10KB: msPerKB * 10 };
}

type Reuse = NonNullable<ReturnType<Annotator['lastReuse']>>;

/**
 * Each step's median share reused over the edits, step by step: one edit's line would show
 * whichever edit fell in the middle, and an edit inside a name regroups everything.
 */
function reuseSummary(reuse: Reuse[]): string {
  if (reuse.length === 0) return '';
  return (Object.keys(REUSE_NAMES) as (keyof Reuse)[])
    .filter((what) => reuse[0][what] !== undefined)
    .map((what) => {
      const reused = median(reuse.map((r) => r[what].reused));
      const total = median(reuse.map((r) => r[what].reused + r[what].computed));
      return `${REUSE_NAMES[what]} ${reused}/${total}`;
    })
    .join(', ');
}

function editRound(annotator: Annotator, doc: string): { texts: string[]; incremental: number[]; reuse: Reuse[] } {
  const options = { documentDate: '2016-09-20' };
  let text = doc;
  annotator.annotate(text, options);
  const texts: string[] = [];
  const incremental: number[] = [];
  const reuse: Reuse[] = [];
  for (let i = 0; i < EDITS; i++) {
    const at = Math.floor((((i * 7919) % 97) / 97) * text.length);
    // As the extension's worker gets it: a message's string is flat. The concatenation is a
    // rope in V8, which the first read flattens, and for a two-byte text with a one-byte "x"
    // that took about 1 ms of each timed call (3 ms on a loaded machine): not annotation work.
    text = structuredClone(`${text.slice(0, at)}x${text.slice(at)}`);
    texts.push(text);
    incremental.push(timeMedian(() => annotator.annotate(text, options), 1, 0));
    const r = annotator.lastReuse();
    if (r) reuse.push(r);
  }
  return { texts, incremental, reuse };
}
