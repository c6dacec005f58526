// One contender in its own process, timed run by run as scripts/bench/index.ts asks over IPC:
// that bench takes turns between the contenders' processes, one timed run of each in turn, so
// that a drift of the shared machine's speed during the bench (it moves by half within an hour)
// falls on every contender alike and the ratios hold. Only the asked process works at any time.
import { performance } from 'node:perf_hooks';
import { load, type Contender } from './contenders';
import { loadCorpus, utf8Bytes } from './corpus';
import { STEADY_STATE_WARMUP_MS, warmFor } from './stats';

/** What index.ts asks: warm up a mode, time one run of it, or report memory and stop. */
export type WorkerRequest = { ask: 'warm' | 'time'; mode: 'joined' | 'oneByOne' } | { ask: 'finish' };

export interface WorkerStart {
  contender: Contender;
  /** UTF-8 bytes of the joined corpus, and of the articles one by one. */
  joinedBytes: number;
  articleBytes: number;
  loadMs: number;
  firstCallMs: number;
}

const [contender, corpusPath] = process.argv.slice(2) as [Contender, string];
const texts = loadCorpus(corpusPath);
const joined = texts.join('\n\n');

const t0 = performance.now();
const run = load(contender);
const loadMs = performance.now() - t0;
const t1 = performance.now();
run(texts[0]);
const firstCallMs = performance.now() - t1;

const modes = { joined: (): unknown => run(joined), oneByOne: (): void => texts.forEach((t) => run(t)) };

const send = (message: unknown): void => {
  process.send?.(message);
};

process.on('message', (request: WorkerRequest) => {
  if (request.ask === 'finish') {
    send({ peakRssMB: process.resourceUsage().maxRSS / 1024 });
    process.disconnect?.();
    return;
  }
  const fn = modes[request.mode];
  if (request.ask === 'warm') {
    warmFor(fn, STEADY_STATE_WARMUP_MS);
    send({ warmed: true });
    return;
  }
  const start = performance.now();
  fn();
  send({ ms: performance.now() - start });
});

send({ contender, joinedBytes: utf8Bytes([joined]), articleBytes: utf8Bytes(texts), loadMs, firstCallMs } satisfies WorkerStart);
