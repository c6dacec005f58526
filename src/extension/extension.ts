import type * as vscode from 'vscode';
import { Container } from './container';
import type { NewsAnnotatorApi } from './api';

// Activation only wires services together; nothing is parsed or loaded until a document
// is annotated (the gazetteer and models load lazily on first use).
export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  const container = new Container(context);
  context.subscriptions.push(container);
  return container.api;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
