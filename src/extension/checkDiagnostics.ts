import * as vscode from './vscodeApi';
import { runChecks } from '../core/checks/checkRegistry';
import type { CheckFinding } from '../core/checks/checkTypes';
import type { CorrectionOutcome } from '../core/corrections/correctionTypes';
import type { ProblemSeverity } from '../core/types';
import type { AnnotationService } from './annotationService';
import type { CheckConfig } from './config';
import type { CorrectionStore } from './correctionStore';
import { toRange } from './ranges';

export const DIAGNOSTIC_SOURCE = 'News Annotator';
/** Codes of diagnostics that are not checks. */
export const CORRECTION_GONE = 'correction-gone';
export const CORRECTIONS_FILE = 'corrections-file';
export const TOO_MANY = 'too-many-problems';

const SEVERITY: Record<ProblemSeverity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** What the diagnostics of one document version were made from, for the quick fixes. */
export interface PublishedChecks {
  version: number;
  findings: CheckFinding[];
  gone: CorrectionOutcome[];
}

/**
 * Publishes the checks' findings as diagnostics whenever a document's (cached, corrected)
 * annotations change; nothing is re-extracted. At most `maxProblems` per document, with
 * one more diagnostic saying how many were left out. Corrections whose text is gone and
 * an unreadable corrections file are shown here too.
 */
export class CheckDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('newsAnnotator');
  private readonly published = new Map<string, PublishedChecks>();
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(
    private config: CheckConfig,
    private readonly service: AnnotationService,
    private readonly corrections: CorrectionStore,
  ) {
    this.disposables.push(
      service.onDidAnnotate((doc) => this.refresh(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.collection.delete(doc.uri);
        this.published.delete(doc.uri.toString());
      }),
    );
    for (const doc of vscode.workspace.textDocuments) this.refresh(doc);
  }

  updateConfig(config: CheckConfig): void {
    this.config = config;
    for (const doc of vscode.workspace.textDocuments) this.refresh(doc);
  }

  /** The findings behind the document's diagnostics, if they were made from its current version. */
  current(doc: vscode.TextDocument): PublishedChecks | undefined {
    const p = this.published.get(doc.uri.toString());
    return p && p.version === doc.version ? p : undefined;
  }

  refresh(doc: vscode.TextDocument): void {
    const annotations = this.service.isEligible(doc) ? this.service.get(doc) : undefined;
    if (!annotations) {
      this.collection.delete(doc.uri);
      this.published.delete(doc.uri.toString());
      return;
    }
    const severity = SEVERITY[this.config.severity];
    const diagnostics: vscode.Diagnostic[] = [];
    const make = (span: { start: number; end: number }, message: string, code: string, level = severity): vscode.Diagnostic => {
      const d = new vscode.Diagnostic(toRange(doc, span), message, level);
      d.source = DIAGNOSTIC_SOURCE;
      d.code = code;
      diagnostics.push(d);
      return d;
    };
    let findings: CheckFinding[] = [];
    if (this.config.enabled) {
      const result = runChecks({ text: doc.getText(), annotations }, { disabled: this.config.disabled, optedIn: this.config.optedIn, maxFindings: this.config.maxProblems });
      findings = result.findings;
      for (const f of findings) make(f, f.message, f.checkId);
      const hidden = result.total - findings.length;
      if (hidden > 0) {
        const last = findings[findings.length - 1];
        make(last, `${hidden} more News Annotator problems in this document are not shown; raise newsAnnotator.checks.maxProblems to see them.`, TOO_MANY);
      }
    }
    const gone = this.corrections.outcomes(doc.uri).filter((o) => o.status === 'gone');
    for (const o of gone) make(o, o.message, CORRECTION_GONE);
    const problem = this.corrections.problem(doc.uri);
    if (problem) make({ start: 0, end: 0 }, problem, CORRECTIONS_FILE, vscode.DiagnosticSeverity.Warning);
    this.collection.set(doc.uri, diagnostics);
    this.published.set(doc.uri.toString(), { version: doc.version, findings, gone });
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
