import type * as vscode from 'vscode';
import type { Annotations } from '../../../src/core/types';
import { annotationsOf } from './extensionUnderTest';
import { closeAllEditors, openArticle } from './workspaceFiles';

/** A fixture article opened once for a suite, with its annotations; read after suiteSetup. */
export interface AnnotatedArticle {
  doc: vscode.TextDocument;
  a: Annotations;
}

/** Opens the article before the suite's tests and closes every editor after them. */
export function annotatedArticle(name: string): AnnotatedArticle {
  const article = {} as AnnotatedArticle;
  suiteSetup(async () => {
    article.doc = (await openArticle(name)).document;
    article.a = await annotationsOf(article.doc);
  });
  suiteTeardown(closeAllEditors);
  return article;
}
