// The contenders' throughput, timed in turns: each contender in its own process
// (scripts/bench/worker.ts), loaded and warmed up one after another, then one timed run of each
// in turn, `runs` rounds, first on the joined corpus and then article by article. Run one
// contender after the other, a drift of the shared machine's speed between them (session 48
// saw our pipeline at half its speed of the day before, chrono-node at seven eighths) would
// land in the ratios; taken in turns, every contender's median comes from the same minutes.
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Contender } from './contenders';
import { median } from './stats';
import type { WorkerRequest, WorkerStart } from './worker';

export interface ContenderResult {
  contender: Contender;
  loadMs: number;
  firstCallMs: number;
  concatenatedMs: number;
  oneByOneMs: number;
  concatenatedMBps: number;
  oneByOneMBps: number;
  peakRssMB: number;
}

const MODES = ['joined', 'oneByOne'] as const;
const MODE_LABELS = { joined: 'joined corpus', oneByOne: 'article by article' } as const;

/** The next message `child` sends, or an error if it exits first. */
function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null): void => {
      child.off('message', onMessage);
      reject(new Error(`a bench process (${child.spawnargs.slice(-2).join(' ')}) exited with code ${code} before it answered`));
    };
    const onMessage = (message: unknown): void => {
      child.off('exit', onExit);
      resolve(message as T);
    };
    child.once('message', onMessage);
    child.once('exit', onExit);
  });
}

function ask<T>(child: ChildProcess, request: WorkerRequest): Promise<T> {
  const reply = nextMessage<T>(child);
  child.send(request);
  return reply;
}

/** The process each contender runs in: the bench's worker.ts through tsx, unless a test gives another. */
export interface TurnsOptions {
  worker?: string;
  execArgv?: string[];
}

export async function timeContendersInTurns(
  contenders: readonly Contender[],
  corpus: string,
  runs: number,
  root: string,
  progress: (line: string) => void,
  { worker = join(__dirname, 'worker.ts'), execArgv = ['--require', 'tsx/cjs'] }: TurnsOptions = {},
): Promise<ContenderResult[]> {
  const children: ChildProcess[] = [];
  try {
    const starts: WorkerStart[] = [];
    for (const c of contenders) {
      progress(`loading ${c}…`);
      const child = fork(worker, [c, corpus], { cwd: root, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      children.push(child);
      // One at a time, so that each load and first call is timed alone.
      starts.push(await nextMessage<WorkerStart>(child));
    }
    const times = MODES.map(() => contenders.map(() => [] as number[]));
    for (const [m, mode] of MODES.entries()) {
      for (const [i, child] of children.entries()) {
        progress(`warming ${contenders[i]} up (${MODE_LABELS[mode]})…`);
        await ask(child, { ask: 'warm', mode });
      }
      for (let r = 0; r < runs; r++) {
        progress(`timing round ${r + 1} of ${runs} (${MODE_LABELS[mode]})…`);
        for (const [i, child] of children.entries()) times[m][i].push((await ask<{ ms: number }>(child, { ask: 'time', mode })).ms);
      }
    }
    const results: ContenderResult[] = [];
    for (const [i, child] of children.entries()) {
      const { peakRssMB } = await ask<{ peakRssMB: number }>(child, { ask: 'finish' });
      const s = starts[i];
      const concatenatedMs = median(times[0][i]);
      const oneByOneMs = median(times[1][i]);
      results.push({
        contender: s.contender,
        loadMs: s.loadMs,
        firstCallMs: s.firstCallMs,
        concatenatedMs,
        oneByOneMs,
        concatenatedMBps: s.joinedBytes / 1e6 / (concatenatedMs / 1000),
        oneByOneMBps: s.articleBytes / 1e6 / (oneByOneMs / 1000),
        peakRssMB,
      });
    }
    return results;
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
  }
}
