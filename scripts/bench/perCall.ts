// `tsx scripts/bench/perCall.ts [--corpus DIR] [--runs N]`: what annotating a corpus article by
// article costs over annotating it in larger documents (issue 7: the bench's one-by-one MB/s
// trails its concatenated MB/s). Each stage of a fresh pipeline (as annotate() runs it) is
// timed with the articles merged k at a time (k = 1, 3, 12, all), the groupings taking turns
// within each run so that a busy machine slows them alike; fastest of N runs. Also the time
// of one tiny text, which is what a call costs whatever its content.
import { performance } from 'node:perf_hooks';
import { analyzeText } from '../../src/core/text/analyzedText';
import { withoutMarkdownMarkup } from '../../src/core/text/markdownMarkup';
import { webAddresses } from '../../src/core/text/webAddresses';
import { findNamesWithTagger } from '../../src/core/names/taggedNameFinder';
import { groupEntities } from '../../src/core/entities/entityGrouper';
import { findQuotes } from '../../src/core/quotes/quoteFinder';
import { buildMentionIndex } from '../../src/core/quotes/mentionIndex';
import { resolveSpeakers } from '../../src/core/quotes/speakerResolver';
import { findDates } from '../../src/core/dates/dateFinder';
import { findArticleDate } from '../../src/core/dates/articleDate';
import { annotate } from '../../src/core/annotate';
import { DEFAULT_CORPUS, loadCorpus } from './corpus';
import { STEADY_STATE_WARMUP_MS, timeRuns, warmFor } from './stats';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const DATE = '2016-09-20';
const STAGES = ['text', 'names', 'entities', 'quotes', 'speakers', 'dates'] as const;

/** One fresh pass of the pipeline's stages over `text`, adding each stage's ms to `times`. */
function stagesOf(text: string, times: number[]): void {
  let t = performance.now();
  const lap = (stage: number): void => {
    const now = performance.now();
    times[stage] += now - t;
    t = now;
  };
  const doc = analyzeText(withoutMarkdownMarkup(text));
  findArticleDate(text, DATE);
  webAddresses(text);
  lap(0);
  const names = findNamesWithTagger(doc);
  lap(1);
  const entities = groupEntities(names, doc);
  lap(2);
  const found = findQuotes(doc, []);
  lap(3);
  resolveSpeakers(doc, found, buildMentionIndex(doc, entities, found), entities);
  lap(4);
  findDates(text, DATE);
  lap(5);
}

const texts = loadCorpus(arg('--corpus', DEFAULT_CORPUS));
const runs = Number(arg('--runs', '8'));
const groupings = [1, 3, 12, texts.length].map((k) => {
  const docs: string[] = [];
  for (let i = 0; i < texts.length; i += k) docs.push(texts.slice(i, i + k).join('\n\n'));
  return { k, docs };
});
const timeAll = (docs: string[], times: number[]): void => docs.forEach((d) => stagesOf(d, times));

warmFor(() => groupings.forEach((g) => timeAll(g.docs, new Array<number>(STAGES.length).fill(0))), STEADY_STATE_WARMUP_MS);
const fastest = groupings.map(() => new Array<number>(STAGES.length).fill(Number.POSITIVE_INFINITY));
for (let r = 0; r < runs; r++) {
  groupings.forEach((g, i) => {
    const times = new Array<number>(STAGES.length).fill(0);
    timeAll(g.docs, times);
    times.forEach((ms, s) => (fastest[i][s] = Math.min(fastest[i][s], ms)));
  });
}

console.log(`${texts.length} articles; each stage's fastest of ${runs} runs, ms for the whole corpus`);
console.log(`${'articles per call'.padEnd(18)}${STAGES.map((s) => s.padStart(10)).join('')}${'total'.padStart(10)}`);
groupings.forEach((g, i) => {
  const total = fastest[i].reduce((a, b) => a + b, 0);
  console.log(`${`${g.k} (${g.docs.length} calls)`.padEnd(18)}${fastest[i].map((ms) => ms.toFixed(1).padStart(10)).join('')}${total.toFixed(1).padStart(10)}`);
});
const tiny = timeRuns(() => annotate('Smith said on Monday.', { documentDate: DATE }), 200, 50);
console.log(`annotate() of a tiny text ("Smith said on Monday."): ${(tiny.median * 1000).toFixed(0)} µs (median of 200)`);
