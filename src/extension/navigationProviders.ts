import * as vscode from './vscodeApi';
import type { AnnotationService } from './annotationService';
import { occurrencesAt } from './entityOccurrences';
import { renameTargetAt } from './nameRename';
import { quoteOutline, type OutlineEntry } from './quoteOutline';
import { toRange } from './ranges';
import { wordOccurrences } from './wordOccurrences';

/**
 * VS Code's own navigation over the cached annotations: the cursor on a name highlights
 * every mention of that person, place or date (and the pronouns quotes were attributed to
 * it by); Find All References lists them; Go to Definition leads to where it enters the
 * article; the Outline, breadcrumbs and Go to Symbol list the quotes by speaker; Rename
 * (F2) on a name changes that word in every mention of it.
 */
export class AnnotationNavigation implements vscode.DocumentHighlightProvider, vscode.ReferenceProvider, vscode.DocumentSymbolProvider, vscode.RenameProvider, vscode.DefinitionProvider {
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

  provideDefinition(doc: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
    const annotations = this.annotations(doc);
    const introduction = annotations && occurrencesAt(annotations, doc.offsetAt(position))?.introduction;
    return introduction && new vscode.Location(doc.uri, toRange(doc, introduction));
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

  async prepareRename(doc: vscode.TextDocument, position: vscode.Position): Promise<{ range: vscode.Range; placeholder: string }> {
    const target = await this.renameTarget(doc, position);
    return { range: toRange(doc, target.word), placeholder: target.word.text };
  }

  async provideRenameEdits(doc: vscode.TextDocument, position: vscode.Position, newName: string): Promise<vscode.WorkspaceEdit> {
    const edits = (await this.renameTarget(doc, position)).edits(newName);
    // VS Code shows a thrown error's message to the person renaming.
    if (typeof edits === 'string') throw new Error(edits);
    const workspaceEdit = new vscode.WorkspaceEdit();
    for (const e of edits) workspaceEdit.replace(doc.uri, toRange(doc, e), e.newText);
    return workspaceEdit;
  }

  /** Renaming waits for the current version's annotations: offsets of an older one would miss. */
  private async renameTarget(doc: vscode.TextDocument, position: vscode.Position): Promise<Extract<ReturnType<typeof renameTargetAt>, { word: unknown }>> {
    if (!this.service.isEligible(doc)) throw new Error('News Annotator does not annotate this file.');
    const version = doc.version;
    const annotations = await this.service.annotateNow(doc, false);
    if (!annotations) throw new Error(this.service.skippedReason(doc) ?? 'This article has no annotations to rename in.');
    if (doc.version !== version) throw new Error('The article changed while it was being read; try again.');
    const target = renameTargetAt(annotations, doc.getText(), doc.offsetAt(position));
    if ('refusal' in target) throw new Error(target.refusal);
    return target;
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
