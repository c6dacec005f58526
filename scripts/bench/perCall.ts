// `tsx scripts/bench/perCall.ts [--corpus DIR] [--runs N]`: what annotating a corpus article by
// article costs over annotating it in larger documents (issue 7: the bench's one-by-one MB/s
// trails its concatenated MB/s). Each stage is timed with the articles merged k at a time
// (k = 1, 3, 12, all), first in the pipeline (every stage of a document, as annotate() runs
// them), then each stage alone over all the documents; fastest of N runs, the groupings taking
// turns within each run so that a busy machine slows them alike. Also one tiny text: what a
// call costs whatever its content.
import { performance } from 'node:perf_hooks';
import { analyzeText, type AnalyzedText } from '../../src/core/text/analyzedText';
import { withoutMarkdownMarkup } from '../../src/core/text/markdownMarkup';
import { webAddresses } from '../../src/core/text/webAddresses';
import { findNamesWithTagger } from '../../src/core/names/taggedNameFinder';
import { groupEntities, type GroupedEntities } from '../../src/core/entities/entityGrouper';
import { findQuotes, type FoundQuote } from '../../src/core/quotes/quoteFinder';
import { buildMentionIndex } from '../../src/core/quotes/mentionIndex';
import { resolveSpeakers } from '../../src/core/quotes/speakerResolver';
import { findDates } from '../../src/core/dates/dateFinder';
import { findArticleDate } from '../../src/core/dates/articleDate';
import { annotate } from '../../src/core/annotate';
import type { NameMention } from '../../src/core/names/nameMention';
import { DEFAULT_CORPUS, loadCorpus } from './corpus';
import { STEADY_STATE_WARMUP_MS, timeRuns, warmFor } from './stats';
import { arg } from './args';


const DATE = '2016-09-20';

interface State {
  text: string;
  doc?: AnalyzedText;
  names?: NameMention[];
  entities?: GroupedEntities;
  found?: FoundQuote[];
}

/** The pipeline's stages in annotate()'s order, each reading what the ones before it left. */
const STAGES: Array<[string, (s: State) => void]> = [
  [
    'text',
    (s) => {
      s.doc = analyzeText(withoutMarkdownMarkup(s.text));
      findArticleDate(s.text, DATE);
      webAddresses(s.text);
    },
  ],
  ['names', (s) => (s.names = findNamesWithTagger(s.doc as AnalyzedText))],
  ['entities', (s) => (s.entities = groupEntities(s.names as NameMention[], s.doc as AnalyzedText))],
  ['quotes', (s) => (s.found = findQuotes(s.doc as AnalyzedText, []))],
  [
    'speakers',
    (s) => {
      const [doc, found, entities] = [s.doc as AnalyzedText, s.found as FoundQuote[], s.entities as GroupedEntities];
      resolveSpeakers(doc, found, buildMentionIndex(doc, entities, found), entities);
    },
  ],
  ['dates', (s) => findDates(s.text, DATE)],
];

const texts = loadCorpus(arg('--corpus', DEFAULT_CORPUS));
const runs = Number(arg('--runs', '8'));
const groupings = [1, 3, 12, texts.length].map((k) => {
  const docs: string[] = [];
  for (let i = 0; i < texts.length; i += k) docs.push(texts.slice(i, i + k).join('\n\n'));
  return { k, docs };
});
const fastest = (): number[][] => groupings.map(() => new Array<number>(STAGES.length).fill(Number.POSITIVE_INFINITY));

/** Every stage of each document in turn, as annotate() runs them: the stage times of the whole corpus. */
function inPipeline(docs: string[]): number[] {
  const times = new Array<number>(STAGES.length).fill(0);
  for (const text of docs) {
    const state: State = { text };
    STAGES.forEach(([, run], s) => {
      const t0 = performance.now();
      run(state);
      times[s] += performance.now() - t0;
    });
  }
  return times;
}

/**
 * Stage `s` alone over every document, back to back, the stages before it run first (untimed)
 * on fresh copies: what the stage costs while its own code and data stay in the processor's caches.
 */
function alone(docs: string[], s: number): number {
  const states = docs.map((text): State => ({ text }));
  for (const state of states) for (let b = 0; b < s; b++) STAGES[b][1](state);
  const t0 = performance.now();
  for (const state of states) STAGES[s][1](state);
  return performance.now() - t0;
}

warmFor(() => groupings.forEach((g) => inPipeline(g.docs)), STEADY_STATE_WARMUP_MS);
const pipeline = fastest();
const isolated = fastest();
for (let r = 0; r < runs; r++) {
  groupings.forEach((g, i) => inPipeline(g.docs).forEach((ms, s) => (pipeline[i][s] = Math.min(pipeline[i][s], ms))));
  for (let s = 0; s < STAGES.length; s++) groupings.forEach((g, i) => (isolated[i][s] = Math.min(isolated[i][s], alone(g.docs, s))));
}

console.log(`${texts.length} articles; each stage's fastest of ${runs} runs, ms for the whole corpus`);
const table = (title: string, times: number[][]): void => {
  console.log(`\n${title}\n${'articles per call'.padEnd(18)}${STAGES.map(([name]) => name.padStart(10)).join('')}${'total'.padStart(10)}`);
  groupings.forEach((g, i) => {
    const total = times[i].reduce((a, b) => a + b, 0);
    console.log(`${`${g.k} (${g.docs.length} calls)`.padEnd(18)}${times[i].map((ms) => ms.toFixed(1).padStart(10)).join('')}${total.toFixed(1).padStart(10)}`);
  });
};
table('In the pipeline (every stage of a document, then the next document):', pipeline);
table('Each stage alone (one stage over every document, then the next stage):', isolated);
const tiny = timeRuns(() => annotate('Smith said on Monday.', { documentDate: DATE }), 200, 50);
console.log(`\nannotate() of a tiny text ("Smith said on Monday."): ${(tiny.median * 1000).toFixed(0)} µs (median of 200)`);
