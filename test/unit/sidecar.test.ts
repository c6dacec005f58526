import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSidecar, readSidecarSync, saveSidecar, sidecarPathFor, snapshotOf, writeFileAtomic } from '../../src/extension/sidecarFile';
import { serializeSidecar } from '../../src/core/corrections/sidecarFormat';
import type { Correction } from '../../src/core/corrections/correctionTypes';
import { tempDir } from './helpers/tempDir';

const anchor = (exact: string, start: number) => ({ exact, prefix: '', suffix: '', start });
const A: Correction = { id: 'aaaa', type: 'mark', as: 'person', target: anchor('Qin Gang', 10) };
const B: Correction = { id: 'bbbb', type: 'merge', from: 'Blinkin', into: 'Antony Blinken' };
const C: Correction = { id: 'cccc', type: 'remove', what: 'date', target: anchor('Monday', 40) };

suite('sidecar files', () => {
  let dir: string;
  setup(() => {
    dir = tempDir('na-sidecar-');
  });

  test('location: beside the article, or mirrored under a workspace folder', () => {
    assert.equal(sidecarPathFor('/ws/news/a.txt', 'besideArticle', '/ws'), '/ws/news/a.txt.annotations.json');
    assert.equal(sidecarPathFor('/ws/news/a.txt', 'workspaceFolder', '/ws'), '/ws/.news-annotator/news/a.txt.annotations.json');
    assert.equal(sidecarPathFor('/ws/news/a.txt', 'workspaceFolder', '/ws', 'corrections'), '/ws/corrections/news/a.txt.annotations.json');
    // outside the workspace folder there is nowhere to mirror it to
    assert.equal(sidecarPathFor('/elsewhere/a.txt', 'workspaceFolder', '/ws'), '/elsewhere/a.txt.annotations.json');
  });

  test('a missing file reads as missing; save creates it (and its folder); read gives it back', async () => {
    const path = join(dir, 'sub', 'a.txt.annotations.json');
    assert.deepEqual(await readSidecar(path), { state: 'missing' });
    const r = await saveSidecar(path, { corrections: [], raw: null }, [A, B]);
    assert.equal(r.state, 'written');
    const back = readSidecarSync(path);
    assert.equal(back.state, 'ok');
    assert.deepEqual(back.state === 'ok' && back.corrections, [A, B]);
  });

  test('nothing to save and no file: no empty file is created', async () => {
    const path = join(dir, 'b.txt.annotations.json');
    assert.equal((await saveSidecar(path, { corrections: [], raw: null }, [])).state, 'unchanged');
    assert.deepEqual(readdirSync(dir), []);
  });

  test('a corrupt sidecar is reported, left byte for byte as it was, and never written over', async () => {
    const path = join(dir, 'c.txt.annotations.json');
    const broken = '{"schema": "news-annotator/corrections-v1", "corrections": [ {"id": "x", "type": "mark"';
    writeFileSync(path, broken);
    const read = await readSidecar(path);
    assert.equal(read.state, 'corrupt');
    assert.match(read.state === 'corrupt' ? read.error : '', /not valid JSON/);
    assert.equal(snapshotOf(read), null);
    const r = await saveSidecar(path, { corrections: [], raw: null }, [A]);
    assert.equal(r.state, 'not-written');
    assert.match(r.state === 'not-written' ? r.reason : '', /not a valid corrections file/);
    assert.equal(readFileSync(path, 'utf8'), broken);
  });

  test('a sidecar changed on disk meanwhile is merged, not overwritten', async () => {
    const path = join(dir, 'd.txt.annotations.json');
    const first = await saveSidecar(path, { corrections: [], raw: null }, [A]);
    assert.equal(first.state, 'written');
    const seen = first.state === 'written' ? first.snapshot : { corrections: [], raw: null };
    // another window adds B behind our back
    writeFileSync(path, serializeSidecar([A, B]));
    // we add C, knowing only A
    const r = await saveSidecar(path, seen, [A, C]);
    assert.equal(r.state, 'written');
    assert.equal(r.state === 'written' && r.mergedFromDisk, true);
    const back = readSidecarSync(path);
    assert.deepEqual(back.state === 'ok' && back.corrections.map((c) => c.id), ['aaaa', 'bbbb', 'cccc']);
  });

  test('a removal made on disk meanwhile stays removed when we add ours', async () => {
    const path = join(dir, 'e.txt.annotations.json');
    writeFileSync(path, serializeSidecar([A, B]));
    const seen = snapshotOf(readSidecarSync(path));
    assert.ok(seen);
    writeFileSync(path, serializeSidecar([B]));
    await saveSidecar(path, seen, [A, B, C]);
    const back = readSidecarSync(path);
    assert.deepEqual(back.state === 'ok' && back.corrections.map((c) => c.id), ['bbbb', 'cccc']);
  });

  test('atomic writes leave no temporary file behind', async () => {
    const path = join(dir, 'f.json');
    await writeFileAtomic(path, 'one');
    await writeFileAtomic(path, 'two');
    assert.equal(readFileSync(path, 'utf8'), 'two');
    assert.deepEqual(readdirSync(dir), ['f.json']);
  });
});
