import type * as vscode from 'vscode';
import type { Annotations } from '../core/types';

/**
 * What `activate()` returns, so integration tests (and other extensions) can assert on
 * data rather than pixels.
 */
export interface NewsAnnotatorApi {
  /** The cached annotations of the document's current version, if it has been annotated. */
  annotationsFor(uri: vscode.Uri): Annotations | undefined;
  /** Annotates the open document now (ignoring the size limit) and returns the result. */
  annotate(uri: vscode.Uri): Promise<Annotations | undefined>;
  /**
   * Why the open document's current version was not annotated (too large, looks binary,
   * stopped at its time budget), as the user is told; undefined when it was not skipped.
   */
  skippedReason(uri: vscode.Uri): string | undefined;
  /** Number of documents whose annotations are cached (closing a document frees its entry). */
  cachedDocumentCount(): number;
  /** The sidebar's tree data provider. */
  readonly tree: vscode.TreeDataProvider<unknown>;
}
