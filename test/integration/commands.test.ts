import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as vscode from 'vscode';
import { annotate } from '../../src/core/annotate';
import { SCHEMA_ID } from '../../src/core/types';
import { annotationsOf, api } from './support/extensionUnderTest';
import { ARTICLES, closeAllEditors, openArticle } from './support/workspaceFiles';
import { waitFor } from './support/waitFor';
import { editorOptions } from './support/editorOptions';

const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('newsAnnotator');

suite('commands', () => {
  teardown(async () => {
    await settings().update('maxFileSizeKB', undefined, vscode.ConfigurationTarget.Global);
    await settings().update('highlights.enabled', undefined, vscode.ConfigurationTarget.Global);
    if (vscode.window.activeTextEditor) await vscode.commands.executeCommand('newsAnnotator.setArticleDate', '');
    await closeAllEditors();
  });

  test('the palette offers every command under "News Annotator"', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of ['annotate', 'toggleHighlights', 'setArticleDate', 'exportJson', 'nextQuote', 'previousQuote']) {
      assert.ok(all.includes(`newsAnnotator.${id}`), `newsAnnotator.${id} is not registered`);
    }
  });

  test('annotate: annotates an article that is over the size limit for automatic annotation', async () => {
    await settings().update('maxFileSizeKB', 1, vscode.ConfigurationTarget.Global);
    const editor = await openArticle(ARTICLES.plaintext);
    assert.ok(editor.document.getText().length > 1024, 'the fixture must be over 1 KB');
    const a = await api();
    // Absence cannot be awaited: give the automatic path (debounce 250 ms) ample time first.
    await sleep(1500);
    assert.equal(a.annotationsFor(editor.document.uri), undefined, 'annotated although over newsAnnotator.maxFileSizeKB');
    await vscode.commands.executeCommand('newsAnnotator.annotate');
    const got = await annotationsOf(editor.document, 5000);
    assert.ok(got.quotes.length > 0);
  });

  test('toggle highlights: flips newsAnnotator.highlights.enabled, and back', async () => {
    await openArticle(ARTICLES.plaintext);
    assert.equal(settings().get('highlights.enabled'), true);
    await vscode.commands.executeCommand('newsAnnotator.toggleHighlights');
    await waitFor('highlights to be off', () => settings().get('highlights.enabled') === false);
    await vscode.commands.executeCommand('newsAnnotator.toggleHighlights');
    await waitFor('highlights to be on again', () => settings().get('highlights.enabled') === true);
  });

  test('set article date: relative dates resolve against the date given, and clearing it restores the text\'s', async () => {
    const editor = await openArticle(ARTICLES.plaintext);
    const doc = editor.document;
    const before = await annotationsOf(doc);
    // "MOMBASA, Kenya, March 4 (Reuters) -": no year, so the latest March 4 up to today.
    assert.equal(before.documentDateSource, 'dateline-without-year');
    assert.match(before.documentDate ?? '', /^\d{4}-03-04$/u);
    assert.deepEqual(before, annotate(doc.getText(), editorOptions(doc.uri)));

    await vscode.commands.executeCommand('newsAnnotator.setArticleDate', '2024-03-06');
    const after = await waitFor('annotations with the article date set', async () => {
      const a = (await api()).annotationsFor(doc.uri);
      return a?.documentDate === '2024-03-06' ? a : undefined;
    });
    assert.equal(after.documentDateSource, 'user');
    assert.deepEqual(after, annotate(doc.getText(), editorOptions(doc.uri, '2024-03-06')));
    const monday = after.dates.find((d) => d.text.includes('Monday'));
    assert.ok(monday?.value?.startsWith('2024-03-04'), `"on Monday" before Wednesday 2024-03-06 resolved to ${monday?.value}`);

    await vscode.commands.executeCommand('newsAnnotator.setArticleDate', '');
    await waitFor('the article date to be cleared', () => (api().then((a) => a.annotationsFor(doc.uri)?.documentDateSource === 'dateline-without-year')));
  });

  test('export: writes the annotations of the active article as schema JSON', async () => {
    const editor = await openArticle(ARTICLES.news);
    const annotations = await annotationsOf(editor.document);
    const target = path.join(os.tmpdir(), `news-annotator-export-${process.pid}-${Date.now()}.json`);
    try {
      await vscode.commands.executeCommand('newsAnnotator.exportJson', vscode.Uri.file(target));
      const written = JSON.parse(fs.readFileSync(target, 'utf8'));
      assert.equal(written.schema, SCHEMA_ID);
      assert.equal(written.source, ARTICLES.news);
      assert.deepEqual(written.quotes, annotations.quotes);
      assert.deepEqual(written.places, annotations.places);
      assert.deepEqual(written.dates, annotations.dates);
    } finally {
      fs.rmSync(target, { force: true });
    }
  });

  test('next / previous quote: select the quotes in text order', async () => {
    const editor = await openArticle(ARTICLES.plaintext);
    const doc = editor.document;
    const { quotes } = await annotationsOf(doc);
    assert.ok(quotes.length >= 2, 'the fixture needs two quotes');
    const selected = (): [number, number] => [doc.offsetAt(editor.selection.start), doc.offsetAt(editor.selection.end)];
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('newsAnnotator.nextQuote');
    assert.deepEqual(selected(), [quotes[0].start, quotes[0].end]);
    await vscode.commands.executeCommand('newsAnnotator.nextQuote');
    assert.deepEqual(selected(), [quotes[1].start, quotes[1].end]);
    await vscode.commands.executeCommand('newsAnnotator.previousQuote');
    assert.deepEqual(selected(), [quotes[0].start, quotes[0].end]);
  });
});
