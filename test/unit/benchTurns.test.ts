import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timeContendersInTurns } from '../../scripts/bench/contenderTurns';
import type { Contender } from '../../scripts/bench/contenders';

// A stand-in for scripts/bench/worker.ts: each timed run answers with its place in the order of
// all timed runs of all processes (counted in a file they share), so the figures tell in which
// order the bench asked.
const FAKE_WORKER = `
  const fs = require('node:fs');
  const [name, log] = process.argv.slice(2);
  process.on('message', (r) => {
    if (r.ask === 'finish') { process.send({ peakRssMB: 1 }); process.disconnect(); return; }
    if (r.ask === 'warm') { process.send({ warmed: true }); return; }
    fs.appendFileSync(log, name + ' ' + r.mode + '\\n');
    process.send({ ms: fs.readFileSync(log, 'utf8').trim().split('\\n').length });
  });
  process.send({ contender: name, joinedBytes: 2000, articleBytes: 1000, loadMs: 1, firstCallMs: 2 });
`;

suite('bench: contenders timed in turns', () => {
  test('one timed run of each contender in turn, round by round, joined corpus first; medians of each one\'s runs', async function () {
    this.timeout(30_000);
    const dir = mkdtempSync(join(tmpdir(), 'bench-turns-'));
    try {
      const worker = join(dir, 'fakeWorker.js');
      writeFileSync(worker, FAKE_WORKER);
      const log = join(dir, 'order.log');
      writeFileSync(log, '');
      const results = await timeContendersInTurns(['news-annotator', 'wink-nlp'] as Contender[], log, 5, dir, () => undefined, { worker, execArgv: [] });
      // Joined runs 1-10 alternate (ours 1, 3, 5, 7, 9; wink-nlp's 2, 4, …), then article by article 11-20.
      assert.deepEqual(
        results.map((r) => [r.contender, r.concatenatedMs, r.oneByOneMs]),
        [
          ['news-annotator', 5, 15],
          ['wink-nlp', 6, 16],
        ],
      );
      assert.equal(results[0].concatenatedMBps, 2000 / 1e6 / (5 / 1000));
      assert.equal(results[1].oneByOneMBps, 1000 / 1e6 / (16 / 1000));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a contender whose process dies is reported, not waited for', async function () {
    this.timeout(30_000);
    const dir = mkdtempSync(join(tmpdir(), 'bench-turns-'));
    try {
      const worker = join(dir, 'dies.js');
      writeFileSync(worker, 'process.exit(3);');
      await assert.rejects(timeContendersInTurns(['chrono-node'] as Contender[], dir, 5, dir, () => undefined, { worker, execArgv: [] }), /exited with code 3 before it answered/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
