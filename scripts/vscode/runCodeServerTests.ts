import * as fs from 'node:fs';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { launchChromium } from './browser';
import { REPO_ROOT, createProfile, folderUrl, installExtensions, locateCodeServer, startCodeServer } from './codeServer';
import { packageNewsAnnotator, packageTestRunner } from './packageExtensions';

// `npm run test:vscode`: the integration suite (test/integration) inside code-server's
// extension host, with News Annotator installed from its packaged .vsix and the test-runner
// extension (test/runner-extension) next to it. A headless browser opens the fixture
// workspace, because code-server starts an extension host only for a connected window;
// the runner writes mocha's report to a file that this script prints as it grows.
// Exit code: 0 only if tests ran and none failed.
//
// Environment: NEWS_ANNOTATOR_TEST_GREP=pattern runs only matching tests;
// NEWS_ANNOTATOR_CODE_SERVER, NEWS_ANNOTATOR_CHROMIUM override the installed tools.

const WORK_DIR = path.join(REPO_ROOT, '.vscode-test', 'code-server-tests');
const SUITE_TIMEOUT_MS = 10 * 60_000;

interface SuiteResult {
  passed: number;
  failed: number;
  pending: number;
  durationMs: number;
  error?: string;
}

async function main(): Promise<number> {
  const codeServer = locateCodeServer();
  console.log('test:vscode: packaging News Annotator and the test runner…');
  const extensionVsix = packageNewsAnnotator();
  const runnerVsix = await packageTestRunner(path.join(WORK_DIR, 'news-annotator-test-runner.vsix'));

  const profile = createProfile(path.join(WORK_DIR, 'profile'));
  installExtensions(codeServer, profile, [extensionVsix, runnerVsix]);
  // A copy, so that nothing a test does can change the fixtures in the repository.
  const workspace = path.join(WORK_DIR, 'workspace');
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.cpSync(path.join(REPO_ROOT, 'test/fixtures/workspace'), workspace, { recursive: true });

  const report = path.join(WORK_DIR, 'report');
  for (const suffix of ['.log', '.json']) fs.rmSync(report + suffix, { force: true });
  const server = await startCodeServer({
    codeServer,
    profile,
    env: { NEWS_ANNOTATOR_TEST_REPORT: report, NEWS_ANNOTATOR_TEST_GREP: process.env.NEWS_ANNOTATOR_TEST_GREP ?? '' },
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    console.log(`test:vscode: code-server ${server.url} running the suite in its extension host…\n`);
    await page.goto(folderUrl(server, workspace));
    const result = await followReport(report);
    if (!result) {
      console.log(`\ntest:vscode: no result within ${SUITE_TIMEOUT_MS / 60_000} minutes.`);
      console.log(`code-server's output:\n${server.output().split('\n').slice(-40).join('\n')}`);
      if (pageErrors.length) console.log(`errors in the page:\n${pageErrors.join('\n')}`);
      return 1;
    }
    const skipped = result.pending ? `, ${result.pending} skipped` : '';
    console.log(`\nintegration: ${result.passed} passed, ${result.failed} failed${skipped}`);
    if (result.error) return 1;
    if (result.passed === 0) {
      console.log('test:vscode: no test ran');
      return 1;
    }
    return result.failed === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Prints the report log as it grows until the result file appears; undefined on timeout. */
async function followReport(report: string): Promise<SuiteResult | undefined> {
  const deadline = Date.now() + SUITE_TIMEOUT_MS;
  let printed = 0;
  const printNew = (): void => {
    if (!fs.existsSync(`${report}.log`)) return;
    const text = fs.readFileSync(`${report}.log`, 'utf8');
    const complete = text.lastIndexOf('\n') + 1; // only whole lines
    if (complete > printed) {
      process.stdout.write(text.slice(printed, complete));
      printed = complete;
    }
  };
  while (Date.now() < deadline) {
    printNew();
    if (fs.existsSync(`${report}.json`)) {
      printNew();
      return JSON.parse(fs.readFileSync(`${report}.json`, 'utf8')) as SuiteResult;
    }
    await sleep(200);
  }
  return undefined;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`test:vscode: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
