import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
// The module object itself (not an import namespace), so a test can make a write fail.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import nodeFs = require('node:fs');
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run } from '../../src/cli/main';
import { tempDir } from './helpers/tempDir';

// The command line on bad input (issue 9): every failure has a message naming the file and
// the reason, exit code 2, the other files are still processed, and nothing is left half
// written. In-process through run() where possible; the built dist/cli.js where the
// process itself matters (permissions as another user, a full or closed stdout).

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist', 'cli.js');

function capture(argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const lines = (out: string): unknown[] => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

suite('command line: unreadable input', () => {
  const dir = tempDir('na-cli-errors-');
  const good = join(dir, 'good.txt');
  const other = join(dir, 'other.txt');
  fs.writeFileSync(good, '"We will win," Jane Doe said on Monday in Paris.\n');
  fs.writeFileSync(other, '"It is over," said John Smith.\n');
  const folder = join(dir, 'a-folder.txt');
  fs.mkdirSync(folder);
  const binary = join(dir, 'picture.png');
  fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  const invalid = join(dir, 'latin1.txt');
  fs.writeFileSync(invalid, Buffer.from('"Caf\xe9," said Jos\xe9 Garc\xeda.\n', 'latin1'));
  const utf16 = join(dir, 'utf16.txt');
  fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('"Hi," said Bob.', 'utf16le')]));
  const missing = join(dir, 'missing.txt');

  const cases: { file: string; reason: RegExp }[] = [
    { file: missing, reason: /missing\.txt: no such file/ },
    { file: folder, reason: /a-folder\.txt: it is a directory/ },
    { file: binary, reason: /picture\.png: looks like a binary file/ },
    { file: utf16, reason: /utf16\.txt: UTF-16 text .*save it as UTF-8/ },
    { file: invalid, reason: /latin1\.txt: not valid UTF-8.*skipped/ },
  ];

  for (const { file, reason } of cases) {
    test(`annotate and check: ${file.slice(dir.length + 1)} between two good files`, () => {
      const a = capture(['annotate', '--format', 'jsonl', good, file, other]);
      assert.equal(a.code, 2);
      assert.match(a.err, reason);
      assert.deepEqual(lines(a.out).map((d) => (d as { source: string }).source), [good, other], 'the other files were not all processed');
      const c = capture(['check', good, file, other]);
      assert.equal(c.code, 2, 'check must exit 2 when a file could not be read, even with findings');
      assert.match(c.err, reason);
    });
  }

  test('every failure at once: one message each, the good files still printed whole', () => {
    const r = capture(['annotate', '--format', 'json', missing, good, folder, binary, invalid, other]);
    assert.equal(r.code, 2);
    assert.equal(r.err.trim().split('\n').length, 4, r.err);
    const docs = r.out.split(/\n(?=\{)/u).map((d) => JSON.parse(d));
    assert.deepEqual(docs.map((d) => d.source), [good, other]);
  });

  test('a file nobody may read: "permission denied", the others still processed', function () {
    const locked = join(dir, 'locked.txt');
    fs.writeFileSync(locked, '"Secret," said Ann Lee.\n');
    fs.chmodSync(locked, 0o000);
    if (process.getuid?.() !== 0) {
      const r = capture(['annotate', '--format', 'jsonl', locked, good]);
      assert.equal(r.code, 2);
      assert.match(r.err, /cannot read .*locked\.txt: permission denied/);
      assert.equal(lines(r.out).length, 1);
      return;
    }
    // As root every file is readable: run the built command line as the user "nobody".
    if (!fs.existsSync(CLI)) this.skip();
    fs.chmodSync(dir, 0o755);
    for (const f of [good, other]) fs.chmodSync(f, 0o644);
    const r = spawnSync(process.execPath, [CLI, 'annotate', '--format', 'jsonl', locked, good], { uid: 65534, gid: 65534, encoding: 'utf8', cwd: tmpdir() });
    if (r.error || /EACCES.*cli\.js|Cannot find module/u.test(r.stderr)) {
      // The project itself is not readable by "nobody" here: nothing to learn from this run.
      console.log(`      (skipped: cannot run the command line as "nobody": ${r.error?.message ?? r.stderr.split('\n')[0]})`);
      this.skip();
    }
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /cannot read .*locked\.txt: permission denied/);
    assert.equal(lines(r.stdout).length, 1);
  });
});

suite('command line: bad options are refused before any file is read', () => {
  const dir = tempDir('na-cli-options-');
  const good = join(dir, 'good.txt');
  fs.writeFileSync(good, '"We will win," Jane Doe said on Monday.\n');

  for (const [args, message] of [
    [['--date', '2023-02-30'], /--date must be a real date as YYYY-MM-DD, got "2023-02-30"/],
    [['--date', '2023-2-3'], /--date must be a real date/],
    [['--date', 'yesterday'], /--date must be a real date/],
    [['--date=24-03-06'], /--date must be a real date/],
    [['--date'], /--date needs a value/],
    [['--today', '2023-13-01'], /--today must be a real date as YYYY-MM-DD, got "2023-13-01"/],
  ] as const) {
    test(`annotate ${args.join(' ')}`, () => {
      const r = capture(['annotate', ...args, ...(args.length === 1 && args[0] === '--date' ? [] : [good])]);
      assert.equal(r.code, 2);
      assert.match(r.err, message);
      assert.equal(r.out, '');
    });
  }

  const manifests: { name: string; content: string | Buffer | null; message: RegExp }[] = [
    { name: 'space instead of tab', content: `${good} 2024-03-06\n`, message: /dates\.tsv:1: expected "path<TAB>YYYY-MM-DD"/ },
    { name: 'impossible date on line 3', content: `# comment\n${good}\t2024-03-06\n${good}\t2024-02-30\n`, message: /dates\.tsv:3: expected/ },
    { name: 'three columns', content: `${good}\t2024-03-06\textra\n`, message: /dates\.tsv:1: expected/ },
    { name: 'binary bytes, escaped in the message', content: Buffer.from([0x1b, 0x5b, 0x33, 0x31, 0x6d, 0x00, 0x09, 0x78]), message: /got "\\u001b\[31m\\u0000\\tx"/ },
    { name: 'a missing manifest', content: null, message: /cannot read --dates manifest .*dates\.tsv: no such file/ },
  ];
  for (const { name, content, message } of manifests) {
    test(`--dates manifest: ${name}`, () => {
      const manifest = join(dir, 'dates.tsv');
      fs.rmSync(manifest, { force: true });
      if (content !== null) fs.writeFileSync(manifest, content);
      for (const command of ['annotate', 'check']) {
        const r = capture([command, '--dates', manifest, good]);
        assert.equal(r.code, 2, `${command}: ${r.err}`);
        assert.match(r.err, message);
        assert.equal(r.out, '', `${command} processed files despite the broken manifest`);
      }
    });
  }

  test('--dates manifest: a folder', () => {
    const r = capture(['annotate', '--dates', dir, good]);
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot read --dates manifest .*: it is a directory/);
  });

  test('--dates manifest with a BOM and CRLF lines is read', () => {
    const manifest = join(dir, 'bom.tsv');
    fs.writeFileSync(manifest, `\uFEFF${good}\t2020-01-02\r\n`);
    const r = capture(['annotate', '--format', 'jsonl', '--dates', manifest, good]);
    assert.equal(r.code, 0, r.err);
    assert.equal((lines(r.out)[0] as { documentDate: string }).documentDate, '2020-01-02');
  });

  test('--out-dir that is a file: refused before any article is read', () => {
    const r = capture(['annotate', '--out-dir', good, good]);
    assert.equal(r.code, 2);
    assert.match(r.err, /--out-dir .*good\.txt: it is not a folder/);
    assert.equal(fs.readFileSync(good, 'utf8'), '"We will win," Jane Doe said on Monday.\n');
  });
});

suite('command line: nothing half written', () => {
  const dir = tempDir('na-cli-out-');
  const a = join(dir, 'a.txt');
  const b = join(dir, 'b.txt');
  fs.writeFileSync(a, '"We will win," Jane Doe said on Monday in Paris.\n');
  fs.writeFileSync(b, '"It is over," said John Smith.\n');
  const leftovers = (out: string): string[] => fs.readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'));

  test('an output blocked by a folder of its name: reported, the other outputs written whole, no temporary files left', () => {
    const out = join(dir, 'out1');
    // Outputs are named after the input path as given, without its leading "/".
    const stem = (f: string): string => f.replace(/^\/+/u, '').replace(/\.txt$/u, '');
    fs.mkdirSync(join(out, `${stem(a)}.news.json`), { recursive: true });
    const r = capture(['annotate', '--out-dir', out, a, b]);
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot write .*a\.news\.json: it is a directory/);
    assert.equal(JSON.parse(fs.readFileSync(join(out, `${stem(b)}.news.json`), 'utf8')).quotes[0].speakerName, 'John Smith');
    assert.deepEqual(leftovers(out), []);
  });

  test('a disk that fills up during a write: the old output stays whole, no temporary file is left', () => {
    const out = join(dir, 'out2');
    const first = capture(['annotate', '--format', 'jsonl', '--out-dir', out, a]);
    assert.equal(first.code, 0, first.err);
    const target = join(out, 'annotations.jsonl');
    const before = fs.readFileSync(target, 'utf8');
    // Any write of text under the output folder stops half way with ENOSPC, as on a full disk.
    const realWrite = nodeFs.writeFileSync;
    nodeFs.writeFileSync = ((file: fs.PathOrFileDescriptor, data: string | NodeJS.ArrayBufferView, options?: fs.WriteFileOptions) => {
      if (typeof data !== 'string' || (typeof file !== 'number' && !String(file).startsWith(out))) return realWrite(file, data, options);
      realWrite(file, data.slice(0, data.length >> 1), options);
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }) as typeof fs.writeFileSync;
    let r;
    try {
      r = capture(['annotate', '--format', 'jsonl', '--out-dir', out, a, b]);
    } finally {
      nodeFs.writeFileSync = realWrite;
    }
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot write .*annotations\.jsonl: ENOSPC/);
    assert.equal(fs.readFileSync(target, 'utf8'), before, 'the earlier output was damaged');
    assert.deepEqual(leftovers(out), []);
  });

  test('stdout on a full disk: a message and exit 2, not success', function () {
    if (!fs.existsSync('/dev/full') || !fs.existsSync(CLI)) this.skip();
    const full = fs.openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [CLI, 'annotate', a, b], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /cannot write the output: ENOSPC/);
    } finally {
      fs.closeSync(full);
    }
  });

  test('a reader that goes away (| head): the run ends quietly, no stack trace', async function () {
    if (!fs.existsSync(CLI)) this.skip();
    const many = Array.from({ length: 40 }, (_, i) => {
      const f = join(dir, `many-${i}.txt`);
      fs.writeFileSync(f, `"We will win number ${i}," Jane Doe said on Monday in Paris.\n`.repeat(50));
      return f;
    });
    const child = spawn(process.execPath, [CLI, 'annotate', '--format', 'jsonl', ...many], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });
});
