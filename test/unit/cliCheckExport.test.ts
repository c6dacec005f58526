import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { serializeSidecar } from '../../src/core/corrections/sidecarFormat';
import { anchorFor } from '../../src/core/corrections/textAnchor';
import { tempDir } from './helpers/tempDir';

function capture(argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const FLAGGED = 'Officials met in Paris on Monday.\n\nADVERTISEMENT\n\n"We will not give up," Jane Doe said.\n';
const CLEAN = 'John Smith visited London in 2020.\n';

suite('command line: check, formats, corrections', () => {
  const dir = tempDir('na-cli2-');
  const flagged = join(dir, 'flagged.txt');
  const clean = join(dir, 'clean.txt');
  writeFileSync(flagged, FLAGGED);
  writeFileSync(clean, CLEAN);

  test('check prints file:line:column: severity: message [id] and exits 1', () => {
    const r = capture(['check', flagged]);
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n');
    assert.ok(lines.length >= 2);
    for (const l of lines) assert.match(l, /^.+:\d+:\d+: information: .+ \[[a-z-]+\]$/);
    assert.ok(lines.includes(`${flagged}:3:1: information: "ADVERTISEMENT" looks like web page boilerplate, not part of the article. [web-boilerplate]`));
    assert.ok(lines.some((l) => l.startsWith(`${flagged}:1:`) && l.endsWith('[relative-date-without-article-date]')));
  });

  test('check: a clean file exits 0; --date, --disable, --severity and --max work', () => {
    assert.deepEqual(capture(['check', clean]), { code: 0, out: '', err: '' });
    const r = capture(['check', '--date', '2024-03-06', '--disable', 'web-boilerplate', flagged]);
    assert.equal(r.code, 0, r.out);
    const w = capture(['check', '--severity', 'warning', '--max', '1', flagged]);
    assert.equal(w.out.trim().split('\n').length, 1);
    assert.match(w.out, /: warning: /);
    assert.match(w.err, /more findings not shown/);
    assert.equal(capture(['check', '--disable', 'no-such-check', flagged]).code, 2);
    assert.equal(capture(['check', '--format', 'csv', flagged]).code, 2);
  });

  test('check: an unreadable file exits 2, the others are still checked', () => {
    const r = capture(['check', join(dir, 'missing.txt'), flagged]);
    assert.equal(r.code, 2);
    assert.match(r.err, /missing\.txt: no such file/);
    assert.match(r.out, /\[web-boilerplate\]/);
  });

  test('annotate --format csv prints one header and a row per quote of every file', () => {
    const r = capture(['annotate', '--format', 'csv', flagged, clean, flagged]);
    assert.equal(r.code, 0);
    const rows = r.out.split('\r\n').filter(Boolean);
    assert.equal(rows[0], 'speaker,quote,cue,line,kind,file');
    assert.equal(rows.length, 3);
    assert.equal(rows[1], `Jane Doe,"""We will not give up,""",said,5,direct,${flagged}`);
  });

  test('annotate --format markdown and jsonld print to standard output', () => {
    const md = capture(['annotate', '--format', 'markdown', '--date', '2024-03-06', flagged]);
    assert.match(md.out, /^# Who said what: /);
    assert.match(md.out, /## Jane Doe/);
    const ld = JSON.parse(capture(['annotate', '--format', 'jsonld', flagged, clean]).out);
    assert.equal(ld.type, 'AnnotationCollection');
    assert.ok(ld.first.items.some((i: { target: { source: string } }) => i.target.source.endsWith('/clean.txt')));
  });

  test('annotate --format brat needs --out-dir, then writes .txt, .ann and annotation.conf', () => {
    assert.equal(capture(['annotate', '--format', 'brat', flagged]).code, 2);
    const out = join(dir, 'brat-out');
    const r = capture(['annotate', '--format', 'brat', '--out-dir', out, flagged]);
    assert.equal(r.code, 0, r.err);
    const stem = join(out, flagged.replace(/^\//, '').replace(/\.txt$/, ''));
    assert.equal(readFileSync(`${stem}.txt`, 'utf8'), FLAGGED);
    assert.match(readFileSync(`${stem}.ann`, 'utf8'), /\tSpeaker Arg1:T\d+ Arg2:T\d+/);
    assert.ok(existsSync(join(out, 'annotation.conf')));
  });

  test('--out-dir never writes over an input file', () => {
    const sub = tempDir('na-cli3-');
    const article = join(sub, 'a.txt');
    writeFileSync(article, 'Original text that must stay.\n');
    const r = capture(['annotate', '--format', 'brat', '--out-dir', '/', article]);
    assert.equal(r.code, 2);
    assert.match(r.err, /it is one of the input files/);
    assert.equal(readFileSync(article, 'utf8'), 'Original text that must stay.\n');
  });

  test('corrections beside the article are applied; --no-corrections ignores them', () => {
    const sub = tempDir('na-cli4-');
    const article = join(sub, 'a.txt');
    writeFileSync(article, FLAGGED);
    const at = FLAGGED.indexOf('Paris');
    writeFileSync(`${article}.annotations.json`, serializeSidecar([{ id: 'c1', type: 'mark', as: 'organization', target: anchorFor(FLAGGED, at, at + 5) }]));
    const doc = JSON.parse(capture(['annotate', article]).out);
    assert.ok(doc.organizations.some((o: { name: string }) => o.name === 'Paris'));
    assert.ok(!doc.places.some((p: { name: string }) => p.name === 'Paris'));
    const raw = JSON.parse(capture(['annotate', '--no-corrections', article]).out);
    assert.ok(!raw.organizations.some((o: { name: string }) => o.name === 'Paris'));
  });

  test('a corrupt sidecar is reported, the article still annotates, the file is untouched', () => {
    const sub = tempDir('na-cli5-');
    const article = join(sub, 'a.txt');
    writeFileSync(article, FLAGGED);
    writeFileSync(`${article}.annotations.json`, '{ not json');
    const r = capture(['annotate', article]);
    assert.equal(r.code, 0);
    assert.match(r.err, /not valid JSON.*corrections not applied/);
    assert.equal(JSON.parse(r.out).quotes.length, 1);
    assert.equal(readFileSync(`${article}.annotations.json`, 'utf8'), '{ not json');
    assert.deepEqual(readdirSync(sub).sort(), ['a.txt', 'a.txt.annotations.json']);
  });

  test('check reports a correction whose text is gone', () => {
    const sub = tempDir('na-cli6-');
    const article = join(sub, 'a.txt');
    writeFileSync(article, CLEAN);
    const old = 'Mary Major said nothing.';
    writeFileSync(`${article}.annotations.json`, serializeSidecar([{ id: 'c1', type: 'mark', as: 'person', target: anchorFor(old, 0, 10) }]));
    const r = capture(['check', article]);
    assert.equal(r.code, 1);
    assert.match(r.out, /:1:1: information: Correction "Mary Major" marked as person no longer applies: its text is gone\. \[correction-gone\]/);
  });
});
