// One contender in its own process, timed run by run as scripts/bench/index.ts asks over IPC:
// that bench takes turns between the contenders' processes, one timed run of each in turn, so
// that a drift of the shared machine's speed during the bench (it moves by half within an hour)
// falls on every contender alike and the ratios hold. Only the asked process works at any time,
// and each timed run follows a short uncounted one (rewarm).
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

/**
 * Before each timed run, how long the articles are run again, uncounted. A process left idle
 * while the others take their turns (up to minutes: compromise-dates' run on the joined corpus)
 * comes back slower. In one process our pipeline's first joined run after 40 s idle took 1.5-2.2
 * times as long as runs back to back, after each of three idle spells (session 48; another
 * process showed no such slowdown after 25 s), and edits in a 100 KB document after 20 s idle
 * took up to twice as long for a few keystrokes, with V8's memory reducer (which collects an
 * idle heap) on or off: the cause is not only V8's. One second of articles restores the warm
 * state the bench times, for every contender alike.
 */
const REWARM_MS = 1000;

let rewarmed = 0;
const rewarm = (): void => warmFor(() => run(texts[rewarmed++ % texts.length]), REWARM_MS);

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
  rewarm();
  const start = performance.now();
  fn();
  send({ ms: performance.now() - start });
});

send({ contender, joinedBytes: utf8Bytes([joined]), articleBytes: utf8Bytes(texts), loadMs, firstCallMs } satisfies WorkerStart);
