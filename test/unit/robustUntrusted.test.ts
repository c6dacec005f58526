import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Correction } from '../../src/core/corrections/correctionTypes';
import { serializeSidecar } from '../../src/core/corrections/sidecarFormat';
import { sidecarPathFor } from '../../src/extension/sidecarFile';
import { Uri, control, useFakeVscode } from './helpers/fakeVscode';
import { tempDir } from './helpers/tempDir';

// Untrusted workspaces and virtual documents (issue 9): corrections are applied in memory
// everywhere, but sidecar files are written only once the workspace is trusted, an
// existing sidecar in an untrusted workspace is read and left byte for byte as it is,
// documents that are not files (untitled, virtual file systems) never get one, and the
// corrections folder setting cannot point out of the workspace. The store runs against a
// stand-in for `vscode` (helpers/fakeVscode.ts): a real VS Code cannot be made to
// distrust a workspace from a test.

useFakeVscode();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CorrectionStore } = require('../../src/extension/correctionStore') as typeof import('../../src/extension/correctionStore');

const anchor = (exact: string, start: number) => ({ exact, prefix: '', suffix: '', start });
const MARK: Correction = { id: 'm1', type: 'mark', as: 'person', target: anchor('Qin Gang', 0) };
const MERGE: Correction = { id: 'm2', type: 'merge', from: 'Qin Geng', into: 'Qin Gang' };

suite('untrusted workspaces: where corrections go', () => {
  let dir: string;
  let store: InstanceType<typeof CorrectionStore>;
  const config = { location: 'besideArticle' as const, folder: '.news-annotator' };

  setup(() => {
    dir = tempDir('na-trust-');
    control.trusted = false;
    control.workspaceFolder = dir;
    control.messages = [];
    store = new CorrectionStore(config);
  });
  teardown(() => store.dispose());

  test('untrusted: a correction applies in memory, no file is written, the user is told why', async () => {
    const article = Uri.file(join(dir, 'article.txt'));
    writeFileSync(article.fsPath, 'Qin Gang said so.');
    await store.add(article as never, MARK);
    assert.deepEqual(store.corrections(article as never), [MARK]);
    assert.deepEqual(readdirSync(dir), ['article.txt'], 'a file was written in an untrusted workspace');
    assert.ok(control.messages.some((m) => /not trusted.*kept in memory/u.test(m)), control.messages.join('\n'));
  });

  test('trust granted later: what was kept in memory is written then', async () => {
    const article = Uri.file(join(dir, 'article.txt'));
    writeFileSync(article.fsPath, 'Qin Gang said so.');
    await store.add(article as never, MARK);
    assert.equal(existsSync(`${article.fsPath}.annotations.json`), false);
    control.trusted = true;
    control.grantTrust.fire();
    await waitUntil(() => existsSync(`${article.fsPath}.annotations.json`));
    assert.equal(readFileSync(`${article.fsPath}.annotations.json`, 'utf8'), serializeSidecar([MARK]));
  });

  test('untrusted: an existing sidecar is read and applied, and left byte for byte as it was', async () => {
    const article = Uri.file(join(dir, 'article.txt'));
    writeFileSync(article.fsPath, 'Qin Gang and Qin Geng.');
    const sidecar = `${article.fsPath}.annotations.json`;
    writeFileSync(sidecar, serializeSidecar([MARK]));
    assert.deepEqual(store.corrections(article as never), [MARK]);
    await store.add(article as never, MERGE);
    assert.deepEqual(store.corrections(article as never), [MARK, MERGE]);
    assert.equal(readFileSync(sidecar, 'utf8'), serializeSidecar([MARK]));
  });

  test('documents that are not files (untitled, virtual file systems) keep corrections in memory, trusted or not', async () => {
    control.trusted = true;
    for (const uri of [Uri.parse('untitled:Untitled-1'), Uri.parse('vscode-vfs:/github/org/repo/article.txt'), Uri.parse('memfs:/article.txt')]) {
      assert.equal(store.sidecarPath(uri as never), null, `${uri.toString()} was given a sidecar path`);
      await store.add(uri as never, MARK);
      assert.deepEqual(store.corrections(uri as never), [MARK]);
    }
    assert.deepEqual(readdirSync(dir), []);
  });

  test('the corrections folder setting cannot lead out of the workspace', () => {
    const ws = join(dir, 'ws');
    mkdirSync(ws);
    const article = join(ws, 'news', 'a.txt');
    for (const folder of ['../outside', '../../tmp', 'sub/../../x', '..']) {
      assert.equal(sidecarPathFor(article, 'workspaceFolder', ws, folder), `${article}.annotations.json`, `folder "${folder}"`);
    }
    // Still mirrored where the setting stays inside: an absolute-looking folder is joined, not jumped to.
    assert.equal(sidecarPathFor(article, 'workspaceFolder', ws, '/corrections'), join(ws, 'corrections', 'news', 'a.txt.annotations.json'));
    assert.equal(sidecarPathFor(article, 'workspaceFolder', ws, 'a/../b'), join(ws, 'b', 'news', 'a.txt.annotations.json'));
  });
});

async function waitUntil(probe: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

suite('untrusted workspaces: what package.json declares', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const manifest = require('../../package.json') as {
    capabilities: { untrustedWorkspaces: { supported: string; description: string; restrictedConfigurations: string[] }; virtualWorkspaces: { supported: string; description: string } };
    contributes: { configuration: { properties: Record<string, { type: string | string[]; enum?: string[]; pattern?: string; items?: { type: string } }> } };
  };
  const settings = manifest.contributes.configuration.properties;

  test('limited support in untrusted and virtual workspaces, each with a description', () => {
    const { untrustedWorkspaces, virtualWorkspaces } = manifest.capabilities;
    assert.equal(untrustedWorkspaces.supported, 'limited');
    assert.match(untrustedWorkspaces.description, /written only once the workspace is trusted/u);
    assert.equal(virtualWorkspaces.supported, 'limited');
    assert.match(virtualWorkspaces.description, /in memory/u);
  });

  test('the settings a workspace could abuse are restricted, and they exist', () => {
    const restricted = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations;
    for (const key of restricted) assert.ok(key in settings, `restricted setting ${key} is not contributed`);
    for (const key of ['newsAnnotator.maxFileSizeKB', 'newsAnnotator.maxAnnotationSeconds', 'newsAnnotator.corrections.folder']) {
      assert.ok(restricted.includes(key), `${key} is not restricted`);
    }
  });

  test('no setting can name something to run: strings are enums, patterns or the (confined) corrections folder', () => {
    for (const [key, s] of Object.entries(settings)) {
      const types = Array.isArray(s.type) ? s.type : [s.type];
      if (!types.includes('string') && !(types.includes('array') && s.items?.type === 'string')) continue;
      const constrained = s.enum !== undefined || s.pattern !== undefined;
      const known = ['newsAnnotator.corrections.folder', 'newsAnnotator.languages'];
      assert.ok(constrained || known.includes(key), `${key} is a free-form string setting: what does it do in an untrusted workspace?`);
    }
  });
});
