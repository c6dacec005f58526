// `npm run bench [-- --corpus DIR --runs N]`: the full pipeline side by side with the peer
// libraries on the same text, in one run, each contender in its own process (run one after
// another so they do not compete for the CPU). Medians of N runs after a warm-up; MB = 10^6
// bytes of UTF-8. Ends with one JSON line holding every figure.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENDERS, DESCRIPTIONS } from './contenders';
import { DEFAULT_CORPUS, articleNearSize, documentOfSize, loadCorpus } from './corpus';
import { timeMedian } from './stats';
import { Annotator } from '../../src/core/annotator';

interface WorkerResult {
  contender: string;
  bytes: number;
  loadMs: number;
  firstCallMs: number;
  concatenatedMBps: number;
  oneByOneMBps: number;
  peakRssMB: number;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const root = join(__dirname, '..', '..');
const corpus = arg('--corpus', DEFAULT_CORPUS);
const runs = Math.max(5, Number(arg('--runs', '5')));
const nodeWithTsx = (script: string, ...args: string[]): string =>
  execFileSync(process.execPath, ['--require', 'tsx/cjs', join(__dirname, script), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });

function main(): void {
  const texts = loadCorpus(corpus);
  console.log(`Corpus: ${corpus} (${texts.length} articles, ${(Buffer.byteLength(texts.join('\n\n')) / 1e6).toFixed(3)} MB); median of ${runs} runs after one warm-up\n`);

  const results: WorkerResult[] = [];
  for (const c of CONTENDERS) {
    process.stdout.write(`  running ${c}…\r`);
    results.push(JSON.parse(nodeWithTsx('worker.ts', c, corpus, String(runs)).trim()) as WorkerResult);
  }
  const ours = results[0];
  console.log('contender          what                                                     MB/s concat  MB/s 1-by-1  ours ×   peak RSS MB');
  for (const r of results) {
    const ratio = ours.concatenatedMBps / r.concatenatedMBps;
    console.log(
      `${r.contender.padEnd(18)} ${DESCRIPTIONS[r.contender as keyof typeof DESCRIPTIONS].padEnd(56)} ${r.concatenatedMBps.toFixed(3).padStart(11)}  ${r.oneByOneMBps.toFixed(3).padStart(11)}  ${ratio.toFixed(1).padStart(6)}  ${r.peakRssMB.toFixed(0).padStart(11)}`,
    );
  }

  // In this process: latency figures of our own pipeline.
  const annotator = new Annotator();
  const typical = articleNearSize(texts, 6000);
  const typicalMs = timeMedian(() => annotator.annotate(typical, { documentDate: '2016-09-20' }), 50, 5);
  const oneMB = documentOfSize(texts, 1_000_000);
  const oneMBMs = timeMedian(() => annotator.annotate(oneMB, { documentDate: '2016-09-20' }), runs);
  const editMs = measureEdits(annotator, documentOfSize(texts, 100_000));

  const bundle = join(root, 'dist', 'extension.js');
  const activation = existsSync(bundle) ? (JSON.parse(nodeWithTsx('activation.ts', bundle).trim()) as { totalMs: number; modelFilesLoaded: string[] }) : null;

  console.log('');
  console.log(`typical article (${Buffer.byteLength(typical)} bytes), warm:     ${typicalMs.toFixed(2)} ms`);
  console.log(`1 MB document:                               ${oneMBMs.toFixed(0)} ms`);
  console.log(`one-character edit in a 100 KB document:     ${editMs.toFixed(2)} ms (median of 21 edits, re-annotation after each)`);
  console.log(`first annotation in a fresh process:         ${ours.firstCallMs.toFixed(0)} ms (includes lazy loading of models and gazetteer; module load ${ours.loadMs.toFixed(0)} ms)`);
  console.log(
    activation
      ? `activation of dist/extension.js:             ${activation.totalMs.toFixed(1)} ms (models loaded during activation: ${activation.modelFilesLoaded.length ? activation.modelFilesLoaded.join(', ') : 'none'})`
      : 'activation: dist/extension.js not built (npm run build)',
  );

  const byName = Object.fromEntries(results.map((r) => [r.contender, r]));
  const summary = {
    corpus,
    runs,
    mbps: Object.fromEntries(results.map((r) => [r.contender, round(r.concatenatedMBps)])),
    mbpsOneByOne: Object.fromEntries(results.map((r) => [r.contender, round(r.oneByOneMBps)])),
    ratios: Object.fromEntries(results.slice(1).map((r) => [r.contender, round(ours.concatenatedMBps / r.concatenatedMBps)])),
    peakRssMB: Object.fromEntries(results.map((r) => [r.contender, Math.round(r.peakRssMB)])),
    typicalArticleMs: round(typicalMs),
    oneMBDocumentMs: Math.round(oneMBMs),
    oneCharEditIn100KBMs: round(editMs),
    firstAnnotationMs: Math.round(byName['news-annotator'].firstCallMs),
    activationMs: activation ? round(activation.totalMs) : null,
  };
  console.log(JSON.stringify(summary));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Types one character at a time at spread-out places, re-annotating after each edit. */
function measureEdits(annotator: Annotator, doc: string): number {
  let text = doc;
  annotator.annotate(text, { documentDate: '2016-09-20' });
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const at = Math.floor(((i * 7919) % 97) / 97 * text.length);
    text = `${text.slice(0, at)}x${text.slice(at)}`;
    times.push(timeMedian(() => annotator.annotate(text, { documentDate: '2016-09-20' }), 1, 0));
  }
  return times.sort((a, b) => a - b)[10];
}

main();
