import * as vscode from './vscodeApi';
import { checkById } from '../core/checks/checkRegistry';
import { isEditFix, type CheckFix } from '../core/checks/checkTypes';
import { CORRECTION_GONE, DIAGNOSTIC_SOURCE, type CheckDiagnostics } from './checkDiagnostics';

/**
 * Quick fixes for the checks' diagnostics: the core's text edits applied as they are, the
 * actions turned into commands, plus "remove this correction" for a correction whose text
 * is gone and a way to turn a check off. Offers nothing for a document changed since its
 * diagnostics were made (the offsets would be stale).
 */
export class CheckCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly diagnostics: CheckDiagnostics) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const published = this.diagnostics.current(doc);
    if (!published) return [];
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      const start = doc.offsetAt(d.range.start);
      const end = doc.offsetAt(d.range.end);
      if (d.code === CORRECTION_GONE) {
        for (const o of published.gone.filter((g) => g.start === start && g.message === d.message)) {
          const action = new vscode.CodeAction('Remove this correction', vscode.CodeActionKind.QuickFix);
          action.diagnostics = [d];
          action.command = { command: 'newsAnnotator.removeCorrection', title: 'Remove this correction', arguments: [doc.uri, o.id] };
          actions.push(action);
        }
        continue;
      }
      const finding = published.findings.find((f) => f.checkId === d.code && f.start === start && f.end === end && f.message === d.message);
      if (!finding) continue;
      for (const fix of finding.fixes) actions.push(this.toAction(doc, d, fix));
      const check = checkById(finding.checkId);
      if (check) {
        const off = new vscode.CodeAction(`Turn off the check "${check.id}"`, vscode.CodeActionKind.QuickFix);
        off.diagnostics = [d];
        off.command = { command: 'newsAnnotator.disableCheck', title: off.title, arguments: [check.id] };
        actions.push(off);
      }
    }
    return actions;
  }

  private toAction(doc: vscode.TextDocument, d: vscode.Diagnostic, fix: CheckFix): vscode.CodeAction {
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [d];
    action.isPreferred = fix.preferred === true;
    if (isEditFix(fix)) {
      const edit = new vscode.WorkspaceEdit();
      for (const e of fix.edits) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
      action.edit = edit;
    } else if (fix.action.kind === 'set-article-date') {
      action.command = { command: 'newsAnnotator.setArticleDate', title: fix.title };
    } else {
      action.command = { command: 'newsAnnotator.attributeQuote', title: fix.title, arguments: [doc.uri, fix.action.quoteStart] };
    }
    return action;
  }
}
