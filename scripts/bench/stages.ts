// `tsx scripts/bench/stages.ts [--corpus DIR] [--bytes N] [--runs N]`: time of each pipeline
// stage on one document of the corpus repeated to N bytes (default 100 KB), median and fastest
// of 7 runs (or N), so that a change to one stage can be judged by its share of annotate() in
// the same run. On a machine shared with other jobs the fastest run is the steadier figure.
import { analyzeText } from '../../src/core/text/analyzedText';
import { findNamesWithTagger } from '../../src/core/names/taggedNameFinder';
import { groupEntities } from '../../src/core/entities/entityGrouper';
import { findQuotes } from '../../src/core/quotes/quoteFinder';
import { buildMentionIndex } from '../../src/core/quotes/mentionIndex';
import { resolveSpeakers } from '../../src/core/quotes/speakerResolver';
import { findDates } from '../../src/core/dates/dateFinder';
import { findArticleDate } from '../../src/core/dates/articleDate';
import { annotate } from '../../src/core/annotate';
import { DEFAULT_CORPUS, documentOfSize, loadCorpus } from './corpus';
import { timeRuns } from './stats';
import { arg } from './args';


const text = documentOfSize(loadCorpus(arg('--corpus', DEFAULT_CORPUS)), Number(arg('--bytes', '100000')));
const date = '2016-09-20';
const doc = analyzeText(text);
const names = findNamesWithTagger(doc);
const entities = groupEntities(names, doc);
const found = findQuotes(doc, []);
const mentions = buildMentionIndex(doc, entities, found);
const stages: Array<[string, () => unknown]> = [
  ['analyzeText', () => analyzeText(text)],
  ['articleDate', () => findArticleDate(text, undefined)],
  ['names', () => findNamesWithTagger(doc)],
  ['groupEntities', () => groupEntities(names, doc)],
  ['findQuotes', () => findQuotes(doc, [])],
  ['mentionIndex', () => buildMentionIndex(doc, groupEntities(names, doc), found)],
  ['resolveSpeakers', () => resolveSpeakers(doc, found, mentions, groupEntities(names, doc))],
  ['dates', () => findDates(text, date)],
  ['annotate (all)', () => annotate(text, { documentDate: date })],
];
const runs = Number(arg('--runs', '7'));
console.log(`document: ${text.length} chars; ${runs} runs of each stage`);
console.log(`${'stage'.padEnd(18)} ${'median'.padStart(9)}    ${'fastest'.padStart(9)}`);
for (const [name, fn] of stages) {
  const { median, min } = timeRuns(fn, runs, 2);
  console.log(`${name.padEnd(18)} ${median.toFixed(2).padStart(9)} ms ${min.toFixed(2).padStart(9)} ms`);
}
