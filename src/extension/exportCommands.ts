import * as vscode from './vscodeApi';
import { posix } from 'node:path';
import { decodeText } from '../core/text/decodeText';
import type { ExportArticle, ExportFile } from '../core/export/exportArticle';
import { EXPORT_FORMATS, exportFiles, exportText, isExportFormat, type ExportFormat } from '../core/export/exportFormats';
import type { AnnotationService } from './annotationService';
import type { CorrectionStore } from './correctionStore';

// Export commands (palette and the sidebar's title bar): the active article in any
// format, or every article of a folder. Exports carry the editor's corrections.

const ARTICLE_GLOB = '**/*.{txt,md,markdown,news}';
const EXCLUDE_GLOB = '**/{node_modules,.git,.news-annotator}/**';
const MAX_ARTICLES = 10000;
/** Default file name ending of a one-article export, by format. */
const SINGLE_SUFFIX: Record<Exclude<ExportFormat, 'brat'>, string> = {
  json: '.news.json', jsonl: '.news.jsonl', csv: '.quotes.csv', jsonld: '.annotations.jsonld', markdown: '.who-said-what.md',
};

async function pickFormat(given: unknown, title: string, single: boolean): Promise<ExportFormat | undefined> {
  if (typeof given === 'string' && isExportFormat(given)) return given;
  const picked = await vscode.window.showQuickPick(
    EXPORT_FORMATS.filter((f) => !single || f.id !== 'jsonl').map((f) => ({ label: f.label, description: f.description, id: f.id })),
    { title },
  );
  return picked?.id;
}

async function writeFiles(outDir: vscode.Uri, files: readonly ExportFile[], inputs: ReadonlySet<string>): Promise<{ written: number; refused: string[] }> {
  let written = 0;
  const refused: string[] = [];
  for (const file of files) {
    const uri = vscode.Uri.joinPath(outDir, ...file.path.split('/'));
    if (inputs.has(uri.toString())) {
      refused.push(file.path); // never write over an article
      continue;
    }
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, Buffer.from(file.content, 'utf8'));
    written++;
  }
  return { written, refused };
}

export function registerExportCommands(service: AnnotationService, corrections: CorrectionStore): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('newsAnnotator.export', async (format?: unknown, target?: unknown) => {
      const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((e) => service.isEligible(e.document));
      if (!editor) {
        void vscode.window.showWarningMessage('News Annotator: open an article first.');
        return;
      }
      const doc = editor.document;
      const chosen = await pickFormat(format, 'Export the annotations of this article as', true);
      if (!chosen) return;
      const annotations = await service.annotateNow(doc, true);
      if (!annotations) return;
      const source = doc.uri;
      const article: ExportArticle = { source: vscode.workspace.asRelativePath(source, false), iri: source.toString(), text: doc.getText(), annotations };
      const base = source.path.replace(/\.[^./]+$/u, '');
      let written: vscode.Uri;
      if (chosen === 'brat') {
        const folder = target instanceof vscode.Uri ? target : (await vscode.window.showOpenDialog({
          canSelectFolders: true, canSelectFiles: false, openLabel: 'Export here', title: 'Folder for the brat .txt and .ann files',
          defaultUri: vscode.Uri.joinPath(source, '..'),
        }))?.[0];
        if (!folder) return;
        const name = posix.basename(source.path);
        const { refused } = await writeFiles(folder, exportFiles('brat', [{ ...article, source: name }]), new Set([source.toString()]));
        if (refused.length) {
          void vscode.window.showErrorMessage(`News Annotator: not written over the article itself: ${refused.join(', ')}. Choose another folder.`);
          return;
        }
        written = vscode.Uri.joinPath(folder, `${name.replace(/\.[^.]+$/u, '')}.ann`);
      } else {
        const uri = target instanceof vscode.Uri ? target : await vscode.window.showSaveDialog({
          defaultUri: source.with({ path: `${base}${SINGLE_SUFFIX[chosen]}` }),
          title: `Export annotations (${EXPORT_FORMATS.find((f) => f.id === chosen)?.label})`,
        });
        if (!uri) return;
        if (uri.toString() === source.toString()) {
          void vscode.window.showErrorMessage('News Annotator: that is the article itself; choose another file.');
          return;
        }
        await vscode.workspace.fs.writeFile(uri, Buffer.from(exportText(chosen, [article]), 'utf8'));
        written = uri;
      }
      if (!(target instanceof vscode.Uri)) {
        const open = await vscode.window.showInformationMessage(`Annotations exported to ${vscode.workspace.asRelativePath(written)}.`, 'Open');
        if (open) await vscode.window.showTextDocument(written, { preview: true, viewColumn: vscode.ViewColumn.Beside });
      }
    }),

    vscode.commands.registerCommand('newsAnnotator.exportFolder', async (folderArg?: unknown, format?: unknown, outArg?: unknown) => {
      const folder = folderArg instanceof vscode.Uri ? folderArg : (await vscode.window.showOpenDialog({
        canSelectFolders: true, canSelectFiles: false, openLabel: 'Export its articles', title: 'Folder of articles to export',
        defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
      }))?.[0];
      if (!folder) return;
      const chosen = await pickFormat(format, 'Export every article of the folder as', false);
      if (!chosen) return;
      const outDir = outArg instanceof vscode.Uri ? outArg : (await vscode.window.showOpenDialog({
        canSelectFolders: true, canSelectFiles: false, openLabel: 'Export here', title: 'Folder to write the export to',
        defaultUri: folder,
      }))?.[0];
      if (!outDir) return;
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, ARTICLE_GLOB), EXCLUDE_GLOB, MAX_ARTICLES);
      const outPrefix = `${outDir.toString().replace(/\/$/u, '')}/`;
      const files = found.filter((u) => !u.toString().startsWith(outPrefix)).sort((x, y) => x.path.localeCompare(y.path));
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'News Annotator: exporting', cancellable: true },
        async (progress, token) => {
          const articles: ExportArticle[] = [];
          let skipped = 0;
          for (const uri of files) {
            if (token.isCancellationRequested) return undefined;
            progress.report({ message: posix.basename(uri.path), increment: 100 / Math.max(1, files.length) });
            const article = await readArticle(uri, folder, service, corrections);
            if (article) articles.push(article);
            else skipped++;
            await new Promise((resolve) => setImmediate(resolve)); // let the editor breathe between articles
          }
          const written = await writeFiles(outDir, exportFiles(chosen, articles), new Set(files.map((u) => u.toString())));
          return { articles: articles.length, skipped, ...written };
        },
      );
      if (!result) return;
      const notes = [
        result.skipped ? `${result.skipped} skipped (binary or not UTF-8)` : '',
        result.refused.length ? `not written over articles: ${result.refused.join(', ')}` : '',
      ].filter(Boolean).join('; ');
      const message = `News Annotator: exported ${result.articles} article${result.articles === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(outDir)} (${result.written} files)${notes ? `; ${notes}` : ''}.`;
      if (folderArg instanceof vscode.Uri) void vscode.window.setStatusBarMessage(message, 5000);
      else void vscode.window.showInformationMessage(message);
    }),
  );
}

/** An article of the folder: the open document's cached annotations if it is open, else read and annotated now. */
async function readArticle(uri: vscode.Uri, folder: vscode.Uri, service: AnnotationService, corrections: CorrectionStore): Promise<ExportArticle | undefined> {
  const source = posix.relative(folder.path, uri.path) || posix.basename(uri.path);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) {
    const annotations = service.get(open) ?? (await service.annotateNow(open, true));
    if (annotations) return { source, iri: uri.toString(), text: open.getText(), annotations };
  }
  const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
  if (decoded.warning || decoded.text === null) return undefined;
  const text = decoded.text;
  const { annotations } = await service.annotateText(text, service.optionsFor(uri), corrections.peek(uri));
  return { source, iri: uri.toString(), text, annotations };
}
