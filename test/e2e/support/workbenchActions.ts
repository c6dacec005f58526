import type { Locator, Page } from 'playwright-core';
import { setTimeout as sleep } from 'node:timers/promises';
import { collectDecorations, type DecoratedText, type KindStyle } from './pageScripts';

// What a person does in the workbench, one helper per gesture.

export async function openFromExplorer(page: Page, fileName: string): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).click();
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor();
  await page.locator('.editor-instance .monaco-editor .view-lines .view-line').first().waitFor();
}

/** Polls the rendered decorations until `ready` accepts them. */
export async function waitForDecorations(
  page: Page,
  styles: KindStyle[],
  what: string,
  ready: (pieces: DecoratedText[]) => boolean,
  timeoutMs = 30_000,
): Promise<DecoratedText[]> {
  const deadline = Date.now() + timeoutMs;
  let pieces: DecoratedText[] = [];
  while (Date.now() < deadline) {
    pieces = await page.evaluate(collectDecorations, styles);
    if (ready(pieces)) return pieces;
    await sleep(200);
  }
  const summary = pieces.map((p) => `${p.kind}:${p.text}`).join(' | ');
  throw new Error(`timed out waiting for ${what}; decorations on screen: ${summary || 'none'}`);
}

/** Runs a command by its title through the command palette (F1). */
export async function runFromPalette(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** The text of each row of the News Annotator tree, with its description. */
export async function treeRows(page: Page): Promise<string[]> {
  const rows = await page.locator('.sidebar .pane-body .monaco-list-row').all();
  return Promise.all(
    rows.map(async (row) => {
      const label = await row.locator('.label-name').innerText();
      const description = (await row.locator('.label-description').count()) ? await row.locator('.label-description').innerText() : '';
      return `${label} ${description}`.replace(/\s+/g, ' ').trim();
    }),
  );
}

export function sidebarToggle(page: Page): Locator {
  return page.locator('.activitybar .action-item a[aria-label="News Annotator"], .activitybar .action-item .action-label[aria-label="News Annotator"]').first();
}
