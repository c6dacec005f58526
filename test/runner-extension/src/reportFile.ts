import * as fs from 'node:fs';

export interface SuiteResult {
  passed: number;
  failed: number;
  pending: number;
  durationMs: number;
  /** Set when the suite could not be loaded or run at all. */
  error?: string;
}

/**
 * The channel back to the terminal that started code-server: report lines are appended to
 * `<path>.log` as they happen (the script tails it), and the result is written last to
 * `<path>.json` through a rename, so the reader never sees half a result.
 */
export class ReportFile {
  constructor(private readonly path: string) {
    fs.writeFileSync(`${path}.log`, '');
  }

  line(text: string): void {
    fs.appendFileSync(`${this.path}.log`, `${text}\n`);
  }

  finish(result: SuiteResult): void {
    fs.writeFileSync(`${this.path}.json.tmp`, JSON.stringify(result));
    fs.renameSync(`${this.path}.json.tmp`, `${this.path}.json`);
  }
}
