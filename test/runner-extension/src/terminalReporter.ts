import Mocha from 'mocha';

const { EVENT_SUITE_BEGIN, EVENT_SUITE_END, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } =
  Mocha.Runner.constants;

export interface ReporterCounts {
  passed: number;
  failed: number;
  pending: number;
}

/**
 * A spec-style reporter that writes plain lines through `reporterOptions.write` (the
 * extension host has no terminal of its own) and keeps the counts for the result file.
 */
export class TerminalReporter {
  readonly counts: ReporterCounts = { passed: 0, failed: 0, pending: 0 };

  constructor(runner: Mocha.Runner, options: { reporterOptions: { write: (line: string) => void; counts: (c: ReporterCounts) => void } }) {
    const write = options.reporterOptions.write;
    const failures: { title: string; error: unknown }[] = [];
    let depth = 0;
    const indent = (): string => '  '.repeat(depth);

    runner.on(EVENT_SUITE_BEGIN, (suite: Mocha.Suite) => {
      if (suite.root) return;
      depth++;
      write(`${indent()}${suite.title}`);
    });
    runner.on(EVENT_SUITE_END, (suite: Mocha.Suite) => {
      if (!suite.root) depth--;
    });
    runner.on(EVENT_TEST_PASS, (test: Mocha.Test) => {
      this.counts.passed++;
      write(`${indent()}  ✔ ${test.title} (${test.duration ?? 0} ms)`);
    });
    runner.on(EVENT_TEST_PENDING, (test: Mocha.Test) => {
      this.counts.pending++;
      write(`${indent()}  - ${test.title} (pending)`);
    });
    runner.on(EVENT_TEST_FAIL, (test: Mocha.Test, error: unknown) => {
      this.counts.failed++;
      failures.push({ title: test.fullTitle(), error });
      write(`${indent()}  ${failures.length}) ${test.title}`);
    });
    runner.once(EVENT_RUN_END, () => {
      failures.forEach((f, i) => {
        const e = f.error as { stack?: string; message?: string } | undefined;
        write('');
        write(`  ${i + 1}) ${f.title}:`);
        for (const line of String(e?.stack ?? e?.message ?? f.error).split('\n')) write(`     ${line}`);
      });
      write('');
      write(`  ${this.counts.passed} passing`);
      if (this.counts.pending) write(`  ${this.counts.pending} pending`);
      if (this.counts.failed) write(`  ${this.counts.failed} failing`);
      options.reporterOptions.counts(this.counts);
    });
  }
}
