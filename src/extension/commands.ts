import * as vscode from './vscodeApi';
import { parseIsoDate } from '../core/dates/isoDate';
import { SECTION } from './config';
import type { AnnotationService } from './annotationService';
import type { ArticleDateStore } from './articleDateStore';
import { adjacentQuote } from './quoteNavigator';
import { toRange } from './ranges';
import { describeArticleDate } from './articleDateText';

function activeArticle(service: AnnotationService): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((e) => service.isEligible(e.document));
  if (!editor) void vscode.window.showWarningMessage('News Annotator: open an article first.');
  return editor;
}

export function registerCommands(service: AnnotationService, dates: ArticleDateStore): vscode.Disposable {
  const annotateActive = (): vscode.TextEditor | undefined => {
    const editor = activeArticle(service);
    if (editor) void service.annotateNow(editor.document, true);
    return editor;
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand('newsAnnotator.annotate', () => {
      const editor = annotateActive();
      if (editor && !service.isEligible(editor.document)) {
        void vscode.window.showInformationMessage(
          `News Annotator: "${editor.document.languageId}" documents are not annotated automatically; add it to newsAnnotator.languages to follow your typing.`,
        );
      }
    }),

    vscode.commands.registerCommand('newsAnnotator.toggleHighlights', async () => {
      const config = vscode.workspace.getConfiguration(SECTION);
      const enabled = config.get<boolean>('highlights.enabled') !== false;
      await config.update('highlights.enabled', !enabled, vscode.ConfigurationTarget.Global);
    }),

    vscode.commands.registerCommand('newsAnnotator.setArticleDate', async (given?: string) => {
      const editor = activeArticle(service);
      if (!editor) return;
      const current = service.get(editor.document);
      const date =
        typeof given === 'string'
          ? given
          : await vscode.window.showInputBox({
              title: 'Article date',
              prompt: `The day the article appeared, to resolve "Monday" or "last week". Now: ${current ? describeArticleDate(current) : 'unknown'}. Leave empty to find it in the text again.`,
              placeHolder: 'YYYY-MM-DD',
              value: dates.get(editor.document.uri) ?? current?.documentDate ?? '',
              validateInput: (v) => (v === '' || parseIsoDate(v.trim()) ? undefined : 'A real date as YYYY-MM-DD, e.g. 2023-06-19'),
            });
      if (date === undefined) return;
      const trimmed = date.trim();
      if (trimmed !== '' && !parseIsoDate(trimmed)) {
        void vscode.window.showErrorMessage(`News Annotator: "${trimmed}" is not a date as YYYY-MM-DD.`);
        return;
      }
      await dates.set(editor.document.uri, trimmed || undefined);
    }),

    vscode.commands.registerCommand('newsAnnotator.exportJson', async (target?: vscode.Uri) => {
      const editor = activeArticle(service);
      if (!editor) return;
      const annotations = await service.annotateNow(editor.document, true);
      if (!annotations) return;
      const source = editor.document.uri;
      const uri =
        target instanceof vscode.Uri
          ? target
          : await vscode.window.showSaveDialog({
              defaultUri: source.with({ path: `${source.path.replace(/\.[^./]+$/, '')}.news.json` }),
              filters: { 'News Annotator JSON': ['json'] },
              title: 'Export annotations (schema news-annotator/v1)',
            });
      if (!uri) return;
      const doc = { ...annotations, source: vscode.workspace.asRelativePath(source) };
      await vscode.workspace.fs.writeFile(uri, Buffer.from(`${JSON.stringify(doc, null, 2)}\n`, 'utf8'));
      if (!(target instanceof vscode.Uri)) {
        const open = await vscode.window.showInformationMessage(`Annotations exported to ${vscode.workspace.asRelativePath(uri)}.`, 'Open');
        if (open) await vscode.window.showTextDocument(uri, { preview: true, viewColumn: vscode.ViewColumn.Beside });
      }
    }),

    vscode.commands.registerCommand('newsAnnotator.nextQuote', () => goToQuote(service, 1)),
    vscode.commands.registerCommand('newsAnnotator.previousQuote', () => goToQuote(service, -1)),

    vscode.commands.registerCommand('newsAnnotator.revealRange', async (uri: vscode.Uri, start: number, end: number) => {
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false, preview: false });
      const range = toRange(doc, { start, end });
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
  );
}

async function goToQuote(service: AnnotationService, direction: 1 | -1): Promise<void> {
  const editor = activeArticle(service);
  if (!editor) return;
  const annotations = service.get(editor.document) ?? (await service.annotateNow(editor.document, true));
  const offset = editor.document.offsetAt(direction === 1 ? editor.selection.end : editor.selection.start);
  const quote = annotations && adjacentQuote(annotations.quotes, offset, direction);
  if (!quote) {
    void vscode.window.setStatusBarMessage('News Annotator: no quotes in this document', 3000);
    return;
  }
  const range = toRange(editor.document, quote);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
