import * as path from 'node:path';
import * as vscode from './vscodeApi';
import { AnnotationWorkerClient } from './annotationWorkerClient';
import { readConfig, changedParts, SECTION } from './config';
import { AnnotationService } from './annotationService';
import { ArticleDateStore } from './articleDateStore';
import { DecorationController } from './decorations';
import { AnnotationTreeProvider } from './treeProvider';
import { AnnotationHoverProvider } from './hoverProvider';
import { AnnotationNavigation } from './navigationProviders';
import { registerCommands } from './commands';
import { StatusBarSummary } from './statusBar';
import { CorrectionStore } from './correctionStore';
import { CheckDiagnostics } from './checkDiagnostics';
import { CheckCodeActions } from './checkCodeActions';
import { registerCorrectionCommands } from './correctionCommands';
import { registerExportCommands } from './exportCommands';
import type { NewsAnnotatorApi } from './api';

/** The composition root: creates every service once and owns their disposal. */
export class Container implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /** The providers VS Code asks per language: registered again when the languages setting changes. */
  private languageRegistrations: vscode.Disposable | undefined;
  private readonly warnedTooLarge = new Set<string>();
  readonly api: NewsAnnotatorApi;

  constructor(context: vscode.ExtensionContext) {
    let config = readConfig();
    const dates = new ArticleDateStore(context.workspaceState);
    const corrections = new CorrectionStore(config.corrections);
    // The editor's corrections are applied before caching, so every reader sees them.
    // The core runs in a worker thread started on first use, never during activation.
    const worker = new AnnotationWorkerClient(path.join(context.extensionPath, 'dist', 'annotationWorker.js'), () => config.maxAnnotationSeconds * 1000);
    const service = new AnnotationService(config, dates, worker, corrections);
    const checks = new CheckDiagnostics(config.checks, service, corrections);
    const decorations = new DecorationController(config, service);
    const tree = new AnnotationTreeProvider(service);
    const view = vscode.window.createTreeView('newsAnnotator.entities', { treeDataProvider: tree, showCollapseAll: true });
    tree.attach(view);
    const hover = new AnnotationHoverProvider(service);
    const navigation = new AnnotationNavigation(service);
    const registerLanguageProviders = (): void => {
      this.languageRegistrations?.dispose();
      const selector = config.languages.map((language) => ({ language }));
      this.languageRegistrations = vscode.Disposable.from(
        vscode.languages.registerHoverProvider(selector, hover),
        vscode.languages.registerDocumentHighlightProvider(selector, navigation),
        vscode.languages.registerReferenceProvider(selector, navigation),
        vscode.languages.registerRenameProvider(selector, navigation),
        vscode.languages.registerDefinitionProvider(selector, navigation),
        vscode.languages.registerDocumentSymbolProvider(selector, navigation, { label: 'Quotes' }),
      );
    };
    registerLanguageProviders();

    this.disposables.push(
      dates, service, decorations, tree, view,
      registerCommands(service, dates),
      corrections, checks,
      registerCorrectionCommands(service, corrections),
      registerExportCommands(service, corrections),
      vscode.languages.registerCodeActionsProvider('*', new CheckCodeActions(checks), CheckCodeActions.metadata),
      corrections.onDidChange((uri) => {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (doc && service.isEligible(doc)) void service.annotateNow(doc, true);
      }),
      new StatusBarSummary(service),
      service.onDidAnnotate((doc) => this.warnIfSkipped(service, doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.warnedTooLarge.delete(doc.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(SECTION)) return;
        config = readConfig();
        const parts = changedParts(e);
        if (parts.annotation) {
          service.updateConfig(config);
          registerLanguageProviders();
        }
        if (parts.highlights || parts.annotation) decorations.updateConfig(config);
        if (parts.corrections) corrections.updateConfig(config.corrections);
        if (parts.checks) checks.updateConfig(config.checks);
      }),
    );
    for (const doc of vscode.workspace.textDocuments) service.schedule(doc, 0);

    this.api = {
      annotationsFor: (uri) => {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        return doc ? service.get(doc) : undefined;
      },
      annotate: async (uri) => service.annotateNow(await vscode.workspace.openTextDocument(uri), true),
      skippedReason: (uri) => {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        return doc ? service.skippedReason(doc) : undefined;
      },
      cachedDocumentCount: () => service.cachedCount(),
      tree: tree as vscode.TreeDataProvider<unknown>,
    };
  }

  private warnIfSkipped(service: AnnotationService, doc: vscode.TextDocument): void {
    const reason = service.skippedReason(doc);
    const key = doc.uri.toString();
    if (!reason || this.warnedTooLarge.has(key)) return;
    this.warnedTooLarge.add(key);
    void vscode.window.showInformationMessage(`News Annotator: ${reason}`, 'Annotate Anyway').then((choice) => {
      if (choice && !doc.isClosed) void service.annotateNow(doc, true);
    });
  }

  dispose(): void {
    this.languageRegistrations?.dispose();
    vscode.Disposable.from(...this.disposables.reverse()).dispose();
  }
}
