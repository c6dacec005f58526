import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';

/** The fixture articles (test/fixtures/workspace), opened as the workspace folder by both runners. */
export const ARTICLES = {
  plaintext: 'harbour-strike.txt',
  markdown: 'council-vote.md',
  news: 'flood-warning.news',
} as const;

export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open: the runner must open test/fixtures/workspace');
  return vscode.Uri.joinPath(folder.uri, name);
}

/**
 * Opens a fixture in an editor the way a person does (through the workbench, not
 * workspace.openTextDocument, which would keep the document alive in the extension host
 * for minutes after its editor closes).
 */
export async function openArticle(name: string): Promise<vscode.TextEditor> {
  const uri = fixtureUri(name);
  await vscode.commands.executeCommand('vscode.open', uri, { preview: false });
  return waitFor(`an editor on ${name}`, () => {
    const editor = vscode.window.activeTextEditor;
    return editor?.document.uri.toString() === uri.toString() ? editor : undefined;
  });
}

/** Closes every editor, throwing away unsaved edits, so that each suite starts alike. */
export async function closeAllEditors(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty || doc.isClosed) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
