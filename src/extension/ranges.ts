import * as vscode from './vscodeApi';

/** Core offsets → editor ranges, at the adapter boundary. */
export function toRange(doc: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}
