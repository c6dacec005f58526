import { performance } from 'node:perf_hooks';

/**
 * How long every timed piece of code runs before it is timed. The pipeline is a large body
 * of code the JIT keeps optimizing over the first several runs (a 0.4 MB corpus took five
 * runs to settle); one uncounted run measured the JIT, not the steady state an editor
 * session lives in. The same warm-up for every contender.
 */
export const STEADY_STATE_WARMUP_MS = 5000;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median wall time in ms of `runs` calls after `warmup` calls that are not counted. */
export function timeMedian(fn: () => unknown, runs: number, warmup = 1): number {
  return timeRuns(fn, runs, warmup).median;
}

/** Wall times in ms of `runs` calls after `warmup` uncounted ones: the median and the fastest. */
export function timeRuns(fn: () => unknown, runs: number, warmup = 1): { median: number; min: number } {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return { median: median(times), min: Math.min(...times) };
}

/** Calls `fn` until `ms` milliseconds have passed: the JIT's warm-up, not counted. */
export function warmFor(fn: () => unknown, ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) fn();
}
