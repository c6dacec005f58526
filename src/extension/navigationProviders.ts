import * as vscode from 'vscode';
import type { AnnotationService } from './annotationService';
import { occurrencesAt } from './entityOccurrences';
import { quoteOutline, type OutlineEntry } from './quoteOutline';
import { toRange } from './ranges';
import { wordOccurrences } from './wordOccurrences';

/**
 * VS Code's own navigation over the cached annotations: the cursor on a name highlights
 * every mention of that person, place or date (and the pronouns quotes were attributed to
 * it by); Find All References lists them; the Outline, breadcrumbs and Go to Symbol list
 * the quotes by speaker.
 */
export class AnnotationNavigation implements vscode.DocumentHighlightProvider, vscode.ReferenceProvider, vscode.DocumentSymbolProvider {
  constructor(private readonly service: AnnotationService) {}

  provideDocumentHighlights(doc: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] | undefined {
    // Registering a provider turns VS Code's textual word highlights off for the language,
    // so a word we know nothing about keeps them this way.
    const ranges = this.occurrences(doc, position) ?? this.sameWord(doc, position);
    return ranges?.map((range) => new vscode.DocumentHighlight(range, vscode.DocumentHighlightKind.Text));
  }

  provideReferences(doc: vscode.TextDocument, position: vscode.Position): vscode.Location[] | undefined {
    return this.occurrences(doc, position)?.map((range) => new vscode.Location(doc.uri, range));
  }

  async provideDocumentSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[] | undefined> {
    // VS Code asks for symbols once per version, often before the debounced annotation has
    // run: waiting for it (rather than answering "none") keeps the Outline from staying empty.
    if (!this.service.isEligible(doc)) return undefined;
    const version = doc.version;
    const annotations = await this.service.annotateNow(doc, false);
    if (!annotations || doc.version !== version) return undefined;
    const symbol = (e: OutlineEntry): vscode.DocumentSymbol => {
      const s = new vscode.DocumentSymbol(e.name, e.detail, e.kind === 'indirect' ? vscode.SymbolKind.Event : vscode.SymbolKind.String, toRange(doc, e), toRange(doc, e.selection));
      s.children = e.children.map(symbol);
      return s;
    };
    return quoteOutline(annotations).map(symbol);
  }

  private occurrences(doc: vscode.TextDocument, position: vscode.Position): vscode.Range[] | undefined {
    const annotations = this.annotations(doc);
    return annotations && occurrencesAt(annotations, doc.offsetAt(position))?.spans.map((s) => toRange(doc, s));
  }

  private sameWord(doc: vscode.TextDocument, position: vscode.Position): vscode.Range[] | undefined {
    const word = doc.getWordRangeAtPosition(position);
    return word && wordOccurrences(doc.getText(), doc.getText(word)).map((s) => toRange(doc, s));
  }

  private annotations(doc: vscode.TextDocument): ReturnType<AnnotationService['get']> {
    return this.service.isEligible(doc) ? this.service.get(doc) : undefined;
  }
}
