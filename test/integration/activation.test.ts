import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extension } from './support/extensionUnderTest';
import { ARTICLES, closeAllEditors, openArticle } from './support/workspaceFiles';
import { waitFor } from './support/waitFor';

// Whether the extension is inactive before the first article opens cannot be tested: the
// workbench itself creates a plaintext model at startup, which fires onLanguage:plaintext.
suite('activation', () => {
  suiteTeardown(closeAllEditors);

  test('with a .news article open, the extension is active, in the "news" language it contributes', async () => {
    const editor = await openArticle(ARTICLES.news);
    assert.equal(editor.document.languageId, 'news');
    await waitFor('the extension to activate', () => extension().isActive);
  });

  test('a .news article is prose: wrapped, without word suggestions popping up while typing, curly apostrophes not boxed as look-alike characters', async () => {
    const editor = await openArticle(ARTICLES.news);
    const settings = vscode.workspace.getConfiguration('editor', editor.document);
    assert.equal(settings.get('wordWrap'), 'on');
    assert.equal(settings.get('wordBasedSuggestions'), 'off');
    assert.deepEqual(settings.get('quickSuggestions'), { other: 'off', comments: 'off', strings: 'off' });
    // As VS Code does for plain text and Markdown: news copy is full of ’ and non-breaking spaces.
    assert.equal(settings.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.equal(settings.get('unicodeHighlight.invisibleCharacters'), false);
    assert.notEqual(vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' }).get('wordWrap'), 'on', 'plain text is left as the user has it');
  });

  test('it declares activation on the plaintext, markdown and news languages', () => {
    const events = extension().packageJSON.activationEvents as string[];
    for (const language of ['plaintext', 'markdown', 'news']) {
      assert.ok(events.includes(`onLanguage:${language}`), `missing onLanguage:${language}`);
    }
    assert.ok(!events.includes('*'), 'activates on everything');
  });

  test('activate() returns the API used by the other suites', () => {
    const api = extension().exports;
    assert.equal(typeof api.annotationsFor, 'function');
    assert.equal(typeof api.annotate, 'function');
    assert.equal(typeof api.cachedDocumentCount, 'function');
    assert.equal(typeof api.tree.getChildren, 'function');
  });

  test('other extensions are not in the way: only built-ins and the test runner are installed', () => {
    const foreign = vscode.extensions.all.filter(
      (e) => !e.packageJSON.isBuiltin && !e.id.startsWith('vscode.') && !e.id.startsWith('ms-vscode.') && !e.id.startsWith('news-annotator.'),
    );
    assert.deepEqual(foreign.map((e) => e.id), []);
  });
});
