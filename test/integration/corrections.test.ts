import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Annotations } from '../../src/core/types';
import { lookupPlaces } from '../../src/core/places/gazetteer';
import { parseSidecar, serializeSidecar } from '../../src/core/corrections/sidecarFormat';
import { anchorFor } from '../../src/core/corrections/textAnchor';
import type { Correction } from '../../src/core/corrections/correctionTypes';
import { annotationsOf, api } from './support/extensionUnderTest';
import { closeAllEditors, fixtureUri, openArticle } from './support/workspaceFiles';
import { waitFor } from './support/waitFor';

// The correction commands, their sidecar, and the exports that carry them. Each test
// writes its own article into the (copied) fixture workspace and removes it afterwards.

const ARTICLE = [
  'TBILISI — Officials met in Georgia on Monday.',
  '',
  '"We will not give up," Nino Burjanadze said after the vote.',
  '',
  'Burjanadse left early. "Nobody knows what comes next."',
  '',
].join('\n');

const sidecarOf = (uri: vscode.Uri): string => `${uri.fsPath}.annotations.json`;
const has = (list: ReadonlyArray<{ name: string }>, name: string): boolean => list.some((e) => e.name === name);

/** The annotations once `ok` holds for them (the store re-annotates after each correction). */
async function annotationsWhere(doc: vscode.TextDocument, what: string, ok: (a: Annotations) => boolean): Promise<Annotations> {
  const a = await api();
  return waitFor(what, () => {
    const got = a.annotationsFor(doc.uri);
    return got && ok(got) ? got : undefined;
  });
}

function sidecarCorrections(uri: vscode.Uri): Correction[] {
  const parsed = parseSidecar(fs.readFileSync(sidecarOf(uri), 'utf8'));
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
  return parsed.corrections;
}

suite('corrections', () => {
  let name: string;
  let n = 0;
  const uri = (): vscode.Uri => fixtureUri(name);
  setup(() => {
    name = `desk-corrections-${++n}.txt`;
    fs.writeFileSync(uri().fsPath, ARTICLE);
  });
  teardown(async () => {
    await closeAllEditors();
    fs.rmSync(uri().fsPath, { force: true });
    fs.rmSync(sidecarOf(uri()), { force: true });
  });

  test('mark the selection as a person: applied at once, written next to the article, and it survives an edit before it', async () => {
    const editor = await openArticle(name);
    const doc = editor.document;
    await annotationsOf(doc);
    const at = doc.getText().indexOf('Georgia');
    editor.selection = new vscode.Selection(doc.positionAt(at), doc.positionAt(at + 'Georgia'.length));
    await vscode.commands.executeCommand('newsAnnotator.markPerson');
    await annotationsWhere(doc, 'Georgia as a person', (a) => has(a.people, 'Georgia') && !has(a.places, 'Georgia'));
    await waitFor('the sidecar', () => fs.existsSync(sidecarOf(uri())));
    assert.deepEqual(sidecarCorrections(uri()).map((c) => c.type), ['mark']);

    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'UPDATED 14:00\n\n')));
    const after = await annotationsOf(doc);
    assert.ok(has(after.people, 'Georgia'), 'the correction did not survive an edit before it');
    const georgia = after.people.find((p) => p.name === 'Georgia');
    assert.equal(georgia?.mentions[0].start, doc.getText().indexOf('Georgia'));
  });

  test('attribute a quote, mark a name, merge two people, remove an annotation, then remove the corrections', async () => {
    const editor = await openArticle(name);
    const doc = editor.document;
    await annotationsOf(doc);
    const text = doc.getText();
    const span = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];

    // Both at once, as a quick pair of keystrokes would: the second must not be lost to the
    // re-annotation the first one started.
    await Promise.all([
      vscode.commands.executeCommand('newsAnnotator.markPerson', doc.uri, ...span('Nino Burjanadze')),
      vscode.commands.executeCommand('newsAnnotator.markPerson', doc.uri, ...span('Burjanadse')),
    ]);
    await annotationsWhere(doc, 'both spellings as people', (a) => has(a.people, 'Nino Burjanadze') && has(a.people, 'Burjanadse'));

    const nobody = span('"Nobody knows what comes next."')[0];
    await vscode.commands.executeCommand('newsAnnotator.attributeQuote', doc.uri, nobody, 'Burjanadse');
    await annotationsWhere(doc, 'the quote attributed', (a) => a.quotes.some((q) => q.start === nobody && q.speakerName === 'Burjanadse'));

    await vscode.commands.executeCommand('newsAnnotator.mergePeople', doc.uri, 'Burjanadse', 'Nino Burjanadze');
    const merged = await annotationsWhere(doc, 'the two merged', (a) => !has(a.people, 'Burjanadse'));
    const nino = merged.people.find((p) => p.name === 'Nino Burjanadze');
    assert.ok(nino?.aliases.includes('Burjanadse'));
    assert.equal(merged.quotes.find((q) => q.start === nobody)?.speakerName, 'Nino Burjanadze');

    const monday = span('Monday')[0];
    const before = await annotationsOf(doc);
    if (before.dates.some((d) => d.start <= monday && monday < d.end)) {
      await vscode.commands.executeCommand('newsAnnotator.removeAnnotation', doc.uri, monday, 'date');
      await annotationsWhere(doc, 'the date removed', (a) => !a.dates.some((d) => d.start <= monday && monday < d.end));
    }
    assert.ok(sidecarCorrections(uri()).length >= 4);

    const ids = sidecarCorrections(uri()).map((c) => c.id);
    for (const id of ids) await vscode.commands.executeCommand('newsAnnotator.removeCorrection', doc.uri, id);
    await annotationsWhere(doc, 'the finders\' annotations back', (a) => !has(a.people, 'Burjanadse') || a.people.length >= before.people.length);
    assert.deepEqual(sidecarCorrections(uri()), []);
  });

  test('set a place identity from the gazetteer', async () => {
    const editor = await openArticle(name);
    const doc = editor.document;
    const text = doc.getText();
    const at = text.indexOf('Georgia');
    await vscode.commands.executeCommand('newsAnnotator.markPlace', doc.uri, at, at + 'Georgia'.length);
    await annotationsWhere(doc, 'Georgia as a place', (a) => has(a.places, 'Georgia'));
    const entries = lookupPlaces('Georgia');
    assert.ok(entries.length >= 2, 'the gazetteer should know more than one Georgia');
    const last = entries[entries.length - 1];
    await vscode.commands.executeCommand('newsAnnotator.setPlaceIdentity', doc.uri, 'Georgia', entries.length - 1);
    const a = await annotationsWhere(doc, 'the identity set', (x) => x.places.some((p) => p.name === last.name && p.country === last.country && p.lat === last.lat));
    assert.ok(a.places.some((p) => p.kind === last.kind));
  });

  test('a sidecar changed on disk is picked up and merged with the next correction, never overwritten', async () => {
    const editor = await openArticle(name);
    const doc = editor.document;
    await annotationsOf(doc);
    const text = doc.getText();
    const at = text.indexOf('Georgia');
    await vscode.commands.executeCommand('newsAnnotator.markOrganization', doc.uri, at, at + 7);
    await waitFor('the sidecar', () => fs.existsSync(sidecarOf(uri())));
    // another window adds a correction behind our back
    const mine = sidecarCorrections(uri());
    const b = text.indexOf('Burjanadse');
    const theirs: Correction = { id: 'other-window', type: 'mark', as: 'person', target: anchorFor(text, b, b + 'Burjanadse'.length) };
    fs.writeFileSync(sidecarOf(uri()), serializeSidecar([...mine, theirs]));
    await annotationsWhere(doc, 'the change on disk applied', (a) => has(a.people, 'Burjanadse'));
    const t = text.indexOf('TBILISI');
    await vscode.commands.executeCommand('newsAnnotator.markPlace', doc.uri, t, t + 'TBILISI'.length);
    await waitFor('three corrections on disk', () => sidecarCorrections(uri()).length === 3);
    assert.ok(sidecarCorrections(uri()).some((c) => c.id === 'other-window'));
  });

  test('a corrupt sidecar is reported and left untouched; the article still annotates', async () => {
    const broken = '{ "schema": "news-annotator/corrections-v1", "corrections": [';
    fs.writeFileSync(sidecarOf(uri()), broken);
    const editor = await openArticle(name);
    const doc = editor.document;
    const a = await annotationsOf(doc);
    assert.ok(a.quotes.length > 0);
    await waitFor('the corrections-file diagnostic', () =>
      vscode.languages.getDiagnostics(doc.uri).some((d) => d.source === 'News Annotator' && String(d.code) === 'corrections-file'));
    const at = doc.getText().indexOf('Georgia');
    await vscode.commands.executeCommand('newsAnnotator.markPerson', doc.uri, at, at + 7);
    await annotationsWhere(doc, 'the correction applied in memory', (x) => has(x.people, 'Georgia'));
    assert.equal(fs.readFileSync(sidecarOf(uri()), 'utf8'), broken);
  });

  test('exports carry the corrections: CSV and brat for the article, Markdown for the folder', async () => {
    const editor = await openArticle(name);
    const doc = editor.document;
    await annotationsOf(doc);
    const nobody = doc.getText().indexOf('"Nobody knows');
    const at = doc.getText().indexOf('Burjanadse');
    await vscode.commands.executeCommand('newsAnnotator.markPerson', doc.uri, at, at + 'Burjanadse'.length);
    await vscode.commands.executeCommand('newsAnnotator.attributeQuote', doc.uri, nobody, 'Burjanadse');
    await annotationsWhere(doc, 'the quote attributed', (a) => a.quotes.some((q) => q.start === nobody && q.speakerName === 'Burjanadse'));

    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'na-desk-export-'));
    try {
      const csv = path.join(out, 'quotes.csv');
      await vscode.commands.executeCommand('newsAnnotator.export', 'csv', vscode.Uri.file(csv));
      const rows = fs.readFileSync(csv, 'utf8').split('\r\n');
      assert.equal(rows[0], 'speaker,quote,cue,line,kind,file');
      assert.ok(rows.some((r) => r.startsWith('Burjanadse,"""Nobody knows')), rows.join('\n'));

      await vscode.commands.executeCommand('newsAnnotator.export', 'brat', vscode.Uri.file(out));
      const stem = name.replace(/\.txt$/, '');
      assert.equal(fs.readFileSync(path.join(out, `${stem}.txt`), 'utf8'), doc.getText());
      assert.match(fs.readFileSync(path.join(out, `${stem}.ann`), 'utf8'), /\tPerson \d+ \d+\tBurjanadse\n/);

      const folderOut = path.join(out, 'folder');
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      assert.ok(folder);
      await vscode.commands.executeCommand('newsAnnotator.exportFolder', folder, 'markdown', vscode.Uri.file(folderOut));
      const md = fs.readFileSync(path.join(folderOut, 'who-said-what.md'), 'utf8');
      assert.ok((md.match(/^# Who said what: /gm) ?? []).length >= 4, 'one report per article of the fixture folder');
      assert.match(md, new RegExp(`# Who said what: ${name.replace(/[.-]/g, '\\$&')}[\\s\\S]*## Burjanadse`));
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
