import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { annotate } from '../../src/core/annotate';
import { annotationsOf, api } from './support/extensionUnderTest';
import { ARTICLES, closeAllEditors, openArticle } from './support/workspaceFiles';
import { waitFor } from './support/waitFor';
import { editorOptions } from './support/editorOptions';

suite('editing and closing', () => {
  suiteTeardown(closeAllEditors);

  test('an edit updates the annotations: a new quoted sentence gets its quote and speaker', async () => {
    const editor = await openArticle(ARTICLES.news);
    const doc = editor.document;
    const before = await annotationsOf(doc);
    const added = '\n"The water reached the hospital doors before dawn," said Rahima Begum, a nurse in Sylhet.\n';
    assert.ok(await editor.edit((e) => e.insert(doc.positionAt(doc.getText().length), added)));
    const after = await annotationsOf(doc);
    assert.equal(after.quotes.length, before.quotes.length + 1);
    const quote = after.quotes.find((q) => q.text.startsWith('"The water reached'));
    assert.ok(quote, 'the new quote was not found');
    assert.equal(quote.speakerName, 'Rahima Begum');
    assert.deepEqual(after, annotate(doc.getText(), editorOptions(doc.uri)));
  });

  test('closing the document frees its cache entry', async () => {
    await closeAllEditors();
    const editor = await openArticle(ARTICLES.markdown);
    const doc = editor.document;
    await annotationsOf(doc);
    const a = await api();
    const cached = a.cachedDocumentCount();
    assert.ok(cached >= 1);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitFor('the document to close', () => doc.isClosed);
    await waitFor(`the cache to shrink from ${cached}`, () => a.cachedDocumentCount() === cached - 1);
    assert.equal(a.annotationsFor(doc.uri), undefined);
  });
});
