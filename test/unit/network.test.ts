import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as fc from 'fast-check';
import { hoverSections } from '../../src/extension/hoverContent';
import { emptyAnnotations, person, quote, spanOf } from './checkFixtures';
import { tempDir } from './helpers/tempDir';

// No network (issue 9): neither the extension nor the command line makes a request.
// 1. The bundles users run (dist/, built by `npm test` before the unit tests) are read:
//    every module they require is listed, and none reaches the network; no fetch,
//    WebSocket or XMLHttpRequest is used.
// 2. The command line and the annotation worker are run with every network entry point
//    of Node trapped (helpers/networkTrap.js): the trap must be armed, nothing recorded.
// The extension bundle needs a VS Code to run; it is covered by the scan, and it only
// starts the worker, which is run here in a real worker thread.

const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist');
const BUNDLES = ['extension.js', 'annotationWorker.js', 'cli.js'];
const TRAP = join(__dirname, 'helpers', 'networkTrap.js');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'workspace');

/** What each bundle may require: the file system, paths, the worker, VS Code itself. */
const ALLOWED_MODULES: Record<string, readonly string[]> = {
  'extension.js': ['vscode', 'node:fs', 'node:fs/promises', 'node:path', 'node:crypto', 'node:worker_threads'],
  'annotationWorker.js': ['node:worker_threads', 'node:perf_hooks'],
  'cli.js': ['node:fs', 'node:path', 'node:url'],
};
const NETWORK_MODULES = ['net', 'tls', 'http', 'https', 'http2', 'dgram', 'dns', 'dns/promises', 'undici', 'ws', 'node-fetch', 'axios', 'child_process'];

function bundle(name: string): string {
  const path = join(DIST, name);
  assert.ok(existsSync(path), `${path} is missing: run \`npm run build\` (npm test builds before the unit tests)`);
  return readFileSync(path, 'utf8');
}

function trappedRun(args: string[], log: string): { status: number | null; stdout: string; stderr: string; log: string[] } {
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--require', TRAP, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NEWS_ANNOTATOR_NETWORK_LOG: log },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, log: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

suite('no network: what the bundles require', () => {
  for (const name of BUNDLES) {
    test(`dist/${name} requires only ${ALLOWED_MODULES[name].join(', ')}`, () => {
      const code = bundle(name);
      const required = new Set([...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/gu)].map((m) => m[1]));
      for (const m of required) {
        assert.ok(!NETWORK_MODULES.includes(m.replace(/^node:/u, '')), `dist/${name} requires the network module "${m}"`);
        assert.ok(ALLOWED_MODULES[name].includes(m), `dist/${name} requires "${m}", not in the list of what it may use`);
      }
      // The only computed require: the extension loads the worker bundle in-process where
      // worker threads are unavailable (annotationWorkerClient.ts).
      const computed = [...code.matchAll(/\brequire\(\s*(?!["'`])([^)]{0,60})\)/gu)].map((m) => m[1].trim());
      assert.deepEqual(computed, name === 'extension.js' ? ['this.workerPath'] : [], `computed require() calls in dist/${name}`);
      const web = code.match(/\b(?:fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\s*\(|new\s+(?:XMLHttpRequest|WebSocket|EventSource)\b|\bimport\s*\(/gu);
      assert.equal(web, null, `dist/${name} uses ${web?.join(', ')}`);
    });
  }

  test('no code is run from anywhere: no eval, no Function constructor, no vm, no child processes', () => {
    for (const name of BUNDLES) {
      const found = bundle(name).match(/\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]|require\(\s*["'`](?:node:)?(?:vm|child_process|cluster)["'`]\s*\)/gu);
      assert.equal(found, null, `dist/${name}: ${found?.join(', ')}`);
    }
  });

  test('no webview: hence no content security policy to keep', () => {
    assert.doesNotMatch(bundle('extension.js'), /createWebviewPanel|registerWebviewViewProvider|registerCustomEditorProvider/u);
  });
});

suite('no network: running the command line and the worker with the network trapped', function () {
  this.timeout(180_000);
  const dir = tempDir('na-network-');
  const log = join(dir, 'network.log');
  const articles = ['harbour-strike.txt', 'council-vote.md', 'flood-warning.news'].map((f) => join(FIXTURES, f));

  test('the trap works: a request from a trapped process is recorded', () => {
    const r = trappedRun(['-e', "require('node:https').get('https://example.com/')"], log);
    assert.notEqual(r.status, 0);
    assert.ok(r.log.some((l) => l.startsWith('NETWORK https.get')), `the trap recorded: ${r.log.join('\n')}`);
  });

  test('news-annotator annotate on the fixture articles', () => {
    const r = trappedRun([join(DIST, 'cli.js'), 'annotate', '--format', 'jsonl', '--date', '2024-03-06', ...articles], log);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim().split('\n').length, articles.length, 'one line per article');
    assert.deepEqual(r.log, ['trap armed (main thread)']);
  });

  test('news-annotator check on the fixture articles', () => {
    const r = trappedRun([join(DIST, 'cli.js'), 'check', ...articles], log);
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
    assert.equal(r.stderr, '');
    assert.deepEqual(r.log, ['trap armed (main thread)']);
  });

  test('the annotation worker in a worker thread: annotate and look up places', () => {
    const driver = `
      const { Worker } = require('node:worker_threads');
      const worker = new Worker(${JSON.stringify(join(DIST, 'annotationWorker.js'))});
      const text = require('node:fs').readFileSync(${JSON.stringify(articles[0])}, 'utf8');
      const answers = [];
      worker.on('message', (m) => {
        answers.push(m);
        if (answers.length === 2) { console.log(JSON.stringify(answers)); worker.terminate(); }
      });
      worker.postMessage({ id: 1, type: 'annotate', text, options: { documentDate: '2024-03-06' }, corrections: [] });
      worker.postMessage({ id: 2, type: 'lookupPlaces', names: ['Paris', 'Hong Kong'] });
    `;
    const r = trappedRun(['-e', driver], log);
    assert.equal(r.status, 0, r.stderr);
    const answers = JSON.parse(r.stdout) as { ok: boolean; type: string; result?: { annotations: { quotes: unknown[] } }; entries?: unknown[] }[];
    assert.ok(answers.every((a) => a.ok), r.stdout.slice(0, 500));
    assert.ok((answers.find((a) => a.type === 'annotate')?.result?.annotations.quotes.length ?? 0) > 0, 'the worker found no quotes');
    assert.ok((answers.find((a) => a.type === 'lookupPlaces')?.entries?.length ?? 0) > 0, 'the worker found no places');
    assert.equal(r.log.filter((l) => l.startsWith('trap armed (worker thread')).length, 1, `the trap was not armed in the worker: ${r.log.join('\n')}`);
    assert.deepEqual(r.log.filter((l) => !l.startsWith('trap armed')), []);
  });
});

suite('no network: article text in hovers', () => {
  // Hovers are Markdown built from the article's words. An article is untrusted input: a
  // name like ![x](https://…) must not become an image the editor fetches, nor <img> HTML.
  const active = /(?<!\\)(?:\\\\)*[![\]()<>`]/u;

  test('every Markdown-active character of the text is escaped', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('!', '[', ']', '(', ')', '<', '>', '`', '\\', 'a', ' ', ':', '/', '.'), minLength: 1, maxLength: 40 }), (name) => {
      const text = `${name} said "hello there."`;
      const a = emptyAnnotations();
      const speaker = person('p1', name, [spanOf(text, name)], 1);
      a.people.push(speaker);
      a.quotes.push(quote('q1', spanOf(text, '"hello there."'), speaker, spanOf(text, name)));
      for (const section of [...hoverSections(a, text, 0), ...hoverSections(a, text, text.indexOf('hello'))]) {
        const fromText = section.split(/\*\*/u).filter((_, i) => i % 2 === 1); // the bold parts hold the text's words
        for (const part of fromText) assert.doesNotMatch(part, active, `unescaped Markdown in a hover: ${part}`);
      }
    }), { numRuns: 200 });
  });

  test('an image link in a name stays text', () => {
    const name = '![x](https://tracker.example/p.png)<img src=https://tracker.example/q.png>';
    const text = `${name} said "hello there."`;
    const a = emptyAnnotations();
    a.people.push(person('p1', name, [spanOf(text, name)]));
    const [section] = hoverSections(a, text, 1);
    assert.ok(section.includes('\\!\\[x\\]\\(https:'), section);
    assert.ok(section.includes('\\<img'), section);
  });
});
