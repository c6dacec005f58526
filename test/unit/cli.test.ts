import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { tempDir } from './helpers/tempDir';

function capture(argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

suite('command line', () => {
  const dir = tempDir('na-cli-');
  const a = join(dir, 'a.txt');
  const b = join(dir, 'b.txt');
  writeFileSync(a, '"We will win," Jane Doe said on Monday in Paris.\n');
  writeFileSync(b, 'John Smith visited London.\n');

  test('check --enable runs an opt-in check; --enable of a check that always runs is refused', () => {
    const f = join(dir, 'ap.txt');
    writeFileSync(f, 'Jane Doe said yesterday that the bill would pass.\n');
    assert.equal(capture(['check', '--date', '2016-09-27', f]).code, 0);
    const on = capture(['check', '--date', '2016-09-27', '--enable', 'ap-day-names', f]);
    assert.equal(on.code, 1);
    assert.match(on.out, /"yesterday" is Monday \(2016-09-26\)\. \[ap-day-names\]/u);
    const bad = capture(['check', '--enable', 'web-boilerplate', f]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /no opt-in check "web-boilerplate"/u);
  });

  test('"check --help" and "annotate -h" print the usage and succeed, as "--help" does', () => {
    for (const argv of [['--help'], ['check', '--help'], ['annotate', '-h']]) {
      const r = capture(argv);
      assert.equal(r.code, 0, argv.join(' '));
      assert.match(r.out + r.err, /Usage: news-annotator annotate/u, argv.join(' '));
    }
  });

  test('json prints one schema v1 object with the path as given', () => {
    const r = capture(['annotate', '--date', '2024-03-06', a]);
    assert.equal(r.code, 0);
    const doc = JSON.parse(r.out);
    assert.equal(doc.schema, 'news-annotator/v1');
    assert.equal(doc.source, a);
    assert.equal(doc.documentDate, '2024-03-06');
    assert.equal(doc.quotes[0].speakerName, 'Jane Doe');
    assert.equal(doc.dates[0].value, '2024-03-04');
  });

  test('jsonl prints one compact line per file in input order', () => {
    const r = capture(['annotate', '--format', 'jsonl', b, a]);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.source), [b, a]);
  });

  test('a missing file is reported, exit 2, the other files still processed', () => {
    const r = capture(['annotate', '--format', 'jsonl', join(dir, 'missing.txt'), a]);
    assert.equal(r.code, 2);
    assert.match(r.err, /missing\.txt: no such file/);
    assert.equal(r.out.trim().split('\n').length, 1);
  });

  test('bad options exit 2 with a message', () => {
    assert.equal(capture(['annotate', '--date', '2023-02-30', a]).code, 2);
    assert.match(capture(['annotate', '--format', 'xml', a]).err, /--format must be json or jsonl/);
    assert.equal(capture(['frobnicate']).code, 2);
  });

  test('a dateline without a year is read against --today, or against the clock the command runs by', () => {
    const datelined = join(dir, 'datelined.txt');
    writeFileSync(datelined, 'BEIJING, June 21 (Reuters) - The ministers met on Monday.\n');
    const doc = JSON.parse(capture(['annotate', '--today', '2023-11-29', datelined]).out);
    assert.deepEqual([doc.documentDate, doc.documentDateSource], ['2023-06-21', 'dateline-without-year']);
    assert.equal(doc.dates.find((d: { text: string }) => d.text === 'Monday').value, '2023-06-19');
    let out = '';
    run(['annotate', datelined], { out: (s) => (out += s), err: () => undefined, today: () => '2024-03-01' });
    assert.equal(JSON.parse(out).documentDate, '2023-06-21');
  });

  test('--dates gives each file its own article date', () => {
    const manifest = join(dir, 'dates.tsv');
    writeFileSync(manifest, `${a}\t2020-01-02\n${b}\t2021-05-06\n`);
    const r = capture(['annotate', '--format', 'jsonl', '--dates', manifest, a, b]);
    assert.deepEqual(r.out.trim().split('\n').map((l) => JSON.parse(l).documentDate), ['2020-01-02', '2021-05-06']);
    writeFileSync(manifest, `${a} 2020-01-02\n`);
    assert.equal(capture(['annotate', '--dates', manifest, a]).code, 2);
  });

  test('binary and invalid UTF-8 files are skipped with a message', () => {
    const bin = join(dir, 'x.bin');
    writeFileSync(bin, Buffer.from([0, 1, 2, 3]));
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, Buffer.from([0x61, 0xff, 0x62]));
    const r = capture(['annotate', '--format', 'jsonl', bin, bad, b]);
    assert.equal(r.code, 2);
    assert.match(r.err, /binary/);
    assert.match(r.err, /not valid UTF-8/);
    assert.equal(r.out.trim().split('\n').length, 1);
  });
  const withStdin = (argv: string[], input: string | (() => Buffer)) => {
    let out = '';
    let err = '';
    let reads = 0;
    const readStdin = (): Buffer => {
      reads++;
      return typeof input === 'string' ? Buffer.from(input, 'utf8') : input();
    };
    const code = run(argv, { out: (t) => (out += t), err: (t) => (err += t), readStdin });
    return { code, out, err, reads };
  };

  test('"-" reads the article from standard input, named stdin, beside files', () => {
    const r = withStdin(['annotate', '--format', 'jsonl', '--date', '2024-03-06', a, '-'], '"We lost," Mary Major said on Monday.\n');
    assert.equal(r.code, 0, r.err);
    const [fromFile, fromStdin] = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(fromFile.source, a);
    assert.equal(fromStdin.source, 'stdin');
    assert.equal(fromStdin.quotes[0].speakerName, 'Mary Major');
    assert.equal(fromStdin.dates[0].value, '2024-03-04');
    assert.equal(r.reads, 1);
  });

  test('check names standard input stdin in its findings', () => {
    const r = withStdin(['check', '-'], 'He said: "This never closes.\n');
    assert.match(r.out, /^stdin:1:\d+: /mu);
  });

  test('standard input that cannot be read or decoded is reported, exit 2', () => {
    const unreadable = withStdin(['annotate', '-', b], () => {
      throw Object.assign(new Error('EAGAIN: resource temporarily unavailable'), { code: 'EAGAIN' });
    });
    assert.equal(unreadable.code, 2);
    assert.match(unreadable.err, /cannot read standard input: EAGAIN/u);
    assert.equal(JSON.parse(unreadable.out).source, b, 'the other file is still annotated');
    const binary = withStdin(['annotate', '-'], () => Buffer.from([0, 1, 2, 0xff, 0, 0]));
    assert.equal(binary.code, 2);
    assert.match(binary.err, /^news-annotator: stdin: .*skipped/mu);
  });

  test('"-" twice is a usage error: standard input can be read once', () => {
    const r = withStdin(['annotate', '-', '-'], 'x');
    assert.equal(r.code, 2);
    assert.match(r.err, /standard input \(-\) can be read only once/u);
    assert.equal(r.reads, 0);
  });
});
