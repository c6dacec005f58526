import * as vscode from './vscodeApi';
import { HIGHLIGHT_KINDS, type Config, type HighlightKind } from './config';
import type { AnnotationService } from './annotationService';
import { highlightSpans } from './highlightRanges';
import { toRange } from './ranges';

function createTypes(): Record<HighlightKind, vscode.TextEditorDecorationType> {
  const color = (id: string) => new vscode.ThemeColor(id);
  return {
    speakers: vscode.window.createTextEditorDecorationType({ color: color('newsAnnotator.speakerForeground'), fontWeight: 'bold' }),
    people: vscode.window.createTextEditorDecorationType({ color: color('newsAnnotator.personForeground') }),
    // Background only: renders as an overlay behind the text, under the other colours.
    quotes: vscode.window.createTextEditorDecorationType({ backgroundColor: color('newsAnnotator.quoteBackground'), rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed }),
    places: vscode.window.createTextEditorDecorationType({ borderStyle: 'none none dotted none', borderWidth: '0 0 2px 0', borderColor: color('newsAnnotator.placeBorder') }),
    dates: vscode.window.createTextEditorDecorationType({ color: color('newsAnnotator.dateForeground'), fontStyle: 'italic' }),
  };
}

/** Paints the cached annotations on every visible editor; decoration types live as long as the configuration. */
export class DecorationController implements vscode.Disposable {
  private types = createTypes();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private config: Config,
    private readonly service: AnnotationService,
  ) {
    this.disposables.push(
      service.onDidAnnotate((doc) => this.refreshDocument(doc)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
    );
    this.refreshAll();
  }

  updateConfig(config: Config): void {
    this.config = config;
    this.refreshAll();
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.apply(editor);
  }

  private refreshDocument(doc: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === doc) this.apply(editor);
  }

  private apply(editor: vscode.TextEditor): void {
    const annotations = this.service.isEligible(editor.document) ? this.service.get(editor.document) : undefined;
    const spans = annotations && this.config.highlights.enabled ? highlightSpans(annotations) : undefined;
    for (const kind of HIGHLIGHT_KINDS) {
      const show = spans && this.config.highlights[kind];
      editor.setDecorations(this.types[kind], show ? spans[kind].map((s) => toRange(editor.document, s)) : []);
    }
  }

  dispose(): void {
    for (const t of Object.values(this.types)) t.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
