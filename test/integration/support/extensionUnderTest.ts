import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/api';
import type { Annotations } from '../../../src/core/types';
import { waitFor } from './waitFor';

export const EXTENSION_ID = 'news-annotator.news-annotator';

export function extension(): vscode.Extension<NewsAnnotatorApi> {
  const ext = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed in this VS Code`);
  return ext;
}

/** The extension's API; activates it if no test did so by opening an article. */
export async function api(): Promise<NewsAnnotatorApi> {
  const ext = extension();
  return ext.isActive ? ext.exports : ext.activate();
}

/** Waits for the annotations of the document's current version (the automatic, debounced path). */
export async function annotationsOf(doc: vscode.TextDocument, timeoutMs?: number): Promise<Annotations> {
  const a = await api();
  return waitFor(`annotations of ${doc.uri.path} version ${doc.version}`, () => a.annotationsFor(doc.uri), timeoutMs);
}
