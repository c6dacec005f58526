import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/vscode/browser';
import {
  REPO_ROOT,
  createProfile,
  folderUrl,
  installExtensions,
  locateCodeServer,
  startCodeServer,
  type RunningCodeServer,
} from '../../../scripts/vscode/codeServer';
import { packageNewsAnnotator } from '../../../scripts/vscode/packageExtensions';

export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
const WORK_DIR = path.join(REPO_ROOT, '.vscode-test', 'e2e');

/** Settings for a person typing: no auto-closed quotes or suggestions that would change what is typed. */
const TYPING_SETTINGS = {
  'editor.wordWrap': 'on',
  'editor.autoClosingQuotes': 'never',
  'editor.autoClosingBrackets': 'never',
  'editor.autoSurround': 'never',
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.wordBasedSuggestions': 'off',
  'editor.suggestOnTriggerCharacters': false,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 300,
  'files.autoSave': 'off',
};

export interface WorkbenchSession {
  page: Page;
  /** The copy of the fixture workspace that the workbench has open. */
  workspace: string;
  close(): Promise<void>;
}

/**
 * The packaged extension installed in a fresh code-server profile, the fixture workspace
 * (a copy) open in headless Chromium.
 */
export async function openWorkbench(): Promise<WorkbenchSession> {
  const codeServer = locateCodeServer();
  const vsix = packageNewsAnnotator();
  const profile = createProfile(path.join(WORK_DIR, 'profile'), TYPING_SETTINGS);
  installExtensions(codeServer, profile, [vsix]);
  const workspace = path.join(WORK_DIR, 'workspace');
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.cpSync(path.join(REPO_ROOT, 'test/fixtures/workspace'), workspace, { recursive: true });

  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startCodeServer({ codeServer, profile });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // tsx names functions with a helper that does not exist in the page: give it one.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.goto(folderUrl(server, workspace));
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    const [s, b] = [server, browser];
    return {
      page,
      workspace,
      close: async () => {
        await b.close();
        await s.stop();
      },
    };
  } catch (error) {
    await browser?.close();
    await server?.stop();
    throw error;
  }
}
