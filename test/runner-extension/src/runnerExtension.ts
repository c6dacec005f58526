import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import Mocha from 'mocha';
import { ReportFile } from './reportFile';
import { TerminalReporter, type ReporterCounts } from './terminalReporter';

// Runs the bundled integration tests (dist/tests/*.test.js) in this extension host, where
// News Annotator is installed from its .vsix, and reports to the file that the script
// which started code-server names in NEWS_ANNOTATOR_TEST_REPORT. Does nothing without it,
// so the extension is harmless in any other profile.

export function activate(context: vscode.ExtensionContext): void {
  const reportPath = process.env.NEWS_ANNOTATOR_TEST_REPORT;
  if (!reportPath) return;
  void runSuite(path.join(context.extensionPath, 'dist', 'tests'), new ReportFile(reportPath));
}

async function runSuite(testsDir: string, report: ReportFile): Promise<void> {
  const started = Date.now();
  try {
    let counts: ReporterCounts = { passed: 0, failed: 0, pending: 0 };
    const mocha = new Mocha({
      ui: 'tdd',
      timeout: 60_000,
      color: false,
      reporter: TerminalReporter as unknown as Mocha.ReporterConstructor,
      reporterOptions: { write: (line: string) => report.line(line), counts: (c: ReporterCounts) => (counts = c) },
    });
    const grep = process.env.NEWS_ANNOTATOR_TEST_GREP;
    if (grep) mocha.grep(grep);
    const files = fs.readdirSync(testsDir).filter((f) => f.endsWith('.test.js')).sort();
    if (files.length === 0) throw new Error(`no test files in ${testsDir}`);
    for (const file of files) mocha.addFile(path.join(testsDir, file));
    await new Promise<number>((resolve) => mocha.run(resolve));
    report.finish({ ...counts, durationMs: Date.now() - started });
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    report.line(`the suite could not run: ${message}`);
    report.finish({ passed: 0, failed: 0, pending: 0, durationMs: Date.now() - started, error: message });
  }
}

export function deactivate(): void {}
