import * as vscode from './vscodeApi';
import type { AnnotationService } from './annotationService';
import { describeArticleDate } from './articleDateText';

/** A status bar summary of the active article; a click opens the sidebar. */
export class StatusBarSummary implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsAnnotator.summary', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly service: AnnotationService) {
    this.item.name = 'News Annotator';
    this.item.command = 'workbench.view.extension.newsAnnotator';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      service.onDidAnnotate(() => this.update()),
    );
    this.update();
  }

  private update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.service.isEligible(doc)) {
      this.item.hide();
      void vscode.commands.executeCommand('setContext', 'newsAnnotator.active', false);
      return;
    }
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.active', true);
    const skipped = this.service.skippedReason(doc);
    const a = this.service.latest(doc.uri);
    if (skipped) {
      this.item.text = '$(warning) News: not annotated';
      this.item.tooltip = skipped;
      this.item.command = 'newsAnnotator.annotate';
    } else if (a) {
      const speakers = new Set(a.quotes.map((q) => q.speakerId).filter(Boolean)).size;
      this.item.text = `$(quote) ${a.quotes.length} · $(person) ${speakers} · $(calendar) ${a.documentDate ?? '?'}`;
      this.item.tooltip = `News Annotator: ${a.quotes.length} quotes from ${speakers} speakers, ${a.places.length} places, ${a.dates.length} dates.\nArticle date: ${describeArticleDate(a)}`;
      this.item.command = 'workbench.view.extension.newsAnnotator';
    } else {
      this.item.text = '$(sync~spin) News';
      this.item.tooltip = 'News Annotator is annotating this document';
    }
    this.item.show();
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
