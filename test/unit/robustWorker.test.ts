import * as assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AnnotationWorkerClient, BudgetExceededError, SupersededError } from '../../src/extension/annotationWorkerClient';
import { annotate } from '../../src/core/annotate';
import { repeatTo } from './helpers/adversarialText';
import { tempDir } from './helpers/tempDir';

// The per-document time budget (issue 9): annotation runs in a worker thread; a document
// that takes longer than newsAnnotator.maxAnnotationSeconds stops the worker and fails
// with BudgetExceededError (the extension says so), the thread that asked is never
// blocked meanwhile, and the next request gets a fresh worker. The client has no VS Code
// dependency, so it runs here with a stand-in worker and with the real bundle.

const WORKER_BUNDLE = resolve(__dirname, '../../dist/annotationWorker.js');

/** A worker that answers at once, loops forever on "hang", dies on "crash", and works 400 ms on "slow". */
const STAND_IN = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (r) => {
  if (r.text === 'hang') for (;;) {}
  if (r.text === 'crash') process.exit(7);
  if (r.text === 'slow') for (const end = Date.now() + 400; Date.now() < end;) {}
  parentPort.postMessage({ id: r.id, ok: true, type: 'annotate', result: { annotations: { text: r.text }, outcomes: [] }, ms: 0 });
});`;

/** Runs `work` while measuring how late a 10 ms timer fires on this thread: the longest delay. */
async function longestStall<T>(work: Promise<T>): Promise<{ result: PromiseSettledResult<T>; stallMs: number }> {
  let stallMs = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last - 10);
    last = now;
  }, 10);
  const [result] = await Promise.allSettled([work]);
  clearInterval(timer);
  return { result, stallMs };
}

suite('worker time budget', function () {
  this.timeout(60_000);
  const dir = tempDir('na-worker-');
  const standIn = join(dir, 'standInWorker.js');
  writeFileSync(standIn, STAND_IN);

  test('a request over budget is stopped with BudgetExceededError; this thread is never blocked; the next request works', async () => {
    const client = new AnnotationWorkerClient(standIn, () => 300);
    try {
      const started = performance.now();
      const { result, stallMs } = await longestStall(client.annotate('hang', {}));
      const took = performance.now() - started;
      assert.equal(result.status, 'rejected');
      const reason = (result as PromiseRejectedResult).reason as Error;
      assert.ok(reason instanceof BudgetExceededError, `rejected with ${reason}`);
      assert.match(reason.message, /took longer than 0.3 s and was stopped/);
      assert.ok(took >= 290 && took < 5000, `stopped after ${took.toFixed(0)} ms with a 300 ms budget`);
      assert.ok(stallMs < 250, `this thread stalled ${stallMs.toFixed(0)} ms while the worker looped`);
      const next = await client.annotate('fine', {});
      assert.deepEqual(next.annotations, { text: 'fine' });
    } finally {
      client.dispose();
    }
  });

  test('the budget is per document: time spent waiting behind other documents does not count', async () => {
    // Three documents opened at once, each well within its 700 ms budget but 1.2 s together.
    const client = new AnnotationWorkerClient(standIn, () => 700);
    try {
      const results = await Promise.allSettled([client.annotate('slow', {}), client.annotate('slow', {}), client.annotate('slow', {})]);
      assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'fulfilled', 'fulfilled'], results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok')).join('; '));
    } finally {
      client.dispose();
    }
  });

  test('one document over its budget costs only its own request: those queued behind it still get answers', async () => {
    const client = new AnnotationWorkerClient(standIn, () => 300);
    try {
      const results = await Promise.allSettled([client.annotate('fine', {}), client.annotate('hang', {}), client.annotate('after', {})]);
      assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled']);
      assert.ok((results[1] as PromiseRejectedResult).reason instanceof BudgetExceededError);
      assert.deepEqual((results[2] as PromiseFulfilledResult<{ annotations: unknown }>).value.annotations, { text: 'after' });
    } finally {
      client.dispose();
    }
  });

  test('while someone types in a long document, versions overtaken before their turn are dropped unsent', async () => {
    const client = new AnnotationWorkerClient(standIn, () => 5000);
    try {
      let version = 1;
      const of = (v: number) => () => version === v;
      const first = client.annotate('slow', {}, [], of(1)); // the worker starts on version 1 at once
      const second = client.annotate('version 2', {}, [], of(2));
      const third = client.annotate('version 3', {}, [], of(3));
      version = 3;
      const results = await Promise.allSettled([first, second, third]);
      assert.equal(results[0].status, 'fulfilled', 'a request already under way is finished');
      assert.ok(results[1].status === 'rejected' && results[1].reason instanceof SupersededError, 'version 2 was annotated although overtaken');
      assert.deepEqual(results[2].status === 'fulfilled' && results[2].value.annotations, { text: 'version 3' });
    } finally {
      client.dispose();
    }
  });

  test('a worker that dies fails its request with a message, and the next request starts a new one', async () => {
    const client = new AnnotationWorkerClient(standIn, () => 5000);
    try {
      await assert.rejects(client.annotate('crash', {}), /annotation worker exited with code 7/);
      assert.deepEqual((await client.annotate('again', {})).annotations, { text: 'again' });
    } finally {
      client.dispose();
    }
  });

  test('the real worker bundle: an article comes back as annotate() gives it; 2 MB of dense dates is stopped at its budget', async function () {
    if (!existsSync(WORKER_BUNDLE)) {
      console.log('      (skipped: dist/annotationWorker.js is not built; npm test builds it)');
      this.skip();
    }
    const text = '"We will win," Jane Doe said on Monday in Paris.\n"It is over," said John Smith.\n';
    let budget = 20_000;
    const client = new AnnotationWorkerClient(WORKER_BUNDLE, () => budget);
    try {
      const { annotations } = await client.annotate(text, { documentDate: '2024-03-06' });
      assert.deepEqual(annotations, annotate(text, { documentDate: '2024-03-06' }));
      budget = 500;
      const { result, stallMs } = await longestStall(client.annotate(repeatTo('Monday 2024-03-06 ', 2_000_000), {}));
      assert.equal(result.status, 'rejected');
      assert.ok((result as PromiseRejectedResult).reason instanceof BudgetExceededError);
      // Handing 2 MB to the worker is a copy on this thread; the annotation itself is not.
      assert.ok(stallMs < 400, `this thread stalled ${stallMs.toFixed(0)} ms`);
      budget = 20_000;
      const again = await client.annotate(text, { documentDate: '2024-03-06' });
      assert.equal(again.annotations.quotes.length, annotations.quotes.length);
    } finally {
      client.dispose();
    }
  });
});
