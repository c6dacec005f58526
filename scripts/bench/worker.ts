// One contender in its own process: throughput on the corpus (concatenated and article by
// article), then peak memory. Prints one JSON line. Run by scripts/bench/index.ts.
import { performance } from 'node:perf_hooks';
import { load, type Contender } from './contenders';
import { loadCorpus, utf8Bytes } from './corpus';
import { STEADY_STATE_WARMUP_MS, timeMedian, warmFor } from './stats';

const [contender, corpusPath, runsArg] = process.argv.slice(2) as [Contender, string, string];
const runs = Number(runsArg);
const texts = loadCorpus(corpusPath);
const joined = texts.join('\n\n');
const bytes = utf8Bytes([joined]);

const t0 = performance.now();
const run = load(contender);
const loadMs = performance.now() - t0;
const t1 = performance.now();
run(texts[0]);
const firstCallMs = performance.now() - t1;

const runJoined = (): unknown => run(joined);
const runOneByOne = (): void => texts.forEach((t) => run(t));
warmFor(runJoined, STEADY_STATE_WARMUP_MS);
const concatenatedMs = timeMedian(runJoined, runs, 0);
warmFor(runOneByOne, STEADY_STATE_WARMUP_MS);
const oneByOneMs = timeMedian(runOneByOne, runs, 0);

process.stdout.write(
  `${JSON.stringify({
    contender,
    bytes,
    loadMs,
    firstCallMs,
    concatenatedMs,
    oneByOneMs,
    concatenatedMBps: bytes / 1e6 / (concatenatedMs / 1000),
    oneByOneMBps: utf8Bytes(texts) / 1e6 / (oneByOneMs / 1000),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
