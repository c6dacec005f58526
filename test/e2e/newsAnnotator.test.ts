import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { annotate } from '../../src/core/annotate';
import type { Annotations } from '../../src/core/types';
import { expectedTexts, joinWrapped, kindStyles, type Kind } from './support/decorationKinds';
import type { DecoratedText } from './support/pageScripts';
import { openFromExplorer, runFromPalette, sidebarToggle, treeRows, waitForDecorations } from './support/workbenchActions';
import { RESULTS_DIR, openWorkbench, type WorkbenchSession } from './support/workbenchSession';
import { waitFor } from '../integration/support/waitFor';

// A person's session in code-server with the packaged extension: open an article, see the
// highlights, the sidebar and a hover, export, type a new quote. Each test builds on the
// previous one's state, as a person's session would.

const ARTICLE = 'harbour-strike.txt';
const FOUR_KINDS: Kind[] = ['speakers', 'quotes', 'places', 'dates'];
const NEW_SENTENCE = '"The cranes will move again when the workers are paid," said Ruth Achieng, a crane operator in Mombasa.';

function parsedJson(file: string): { schema?: string; quotes?: unknown[] } | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined; // not there yet, or half written
  }
}

suite('News Annotator in a browser (code-server + Chromium)', function () {
  this.timeout(90_000);
  const styles = kindStyles();
  let session: WorkbenchSession;
  let page: Page;
  let annotations: Annotations;

  suiteSetup(async function () {
    this.timeout(300_000);
    session = await openWorkbench();
    page = session.page;
    const file = path.join(session.workspace, ARTICLE);
    annotations = annotate(fs.readFileSync(file, 'utf8'), { fileName: file });
  });

  suiteTeardown(async () => {
    await session?.close();
  });

  test('every highlight kind has a theme colour the test can recognise it by', () => {
    assert.deepEqual(styles.map((s) => s.kind).sort(), ['dates', 'people', 'places', 'quotes', 'speakers']);
  });

  test('opening an article highlights speakers, quotes, places and dates at the right words', async () => {
    await openFromExplorer(page, ARTICLE);
    const expected = expectedTexts(annotations);
    const complete = (pieces: DecoratedText[]): boolean => {
      const shown = joinWrapped(pieces);
      return FOUR_KINDS.every((k) => [...expected[k]].every((t) => shown.some((s) => s.kind === k && s.text === t)));
    };
    const shown = joinWrapped(await waitForDecorations(page, styles, `all ${FOUR_KINDS.join(', ')} of ${ARTICLE}`, complete));
    for (const s of shown) {
      assert.ok(expected[s.kind as Kind].has(s.text), `"${s.text}" is highlighted as ${s.kind}, which the annotations do not say`);
    }
    // Quotes only colour the background, so they are drawn behind the text; the others style the text itself.
    assert.ok(shown.filter((s) => s.kind === 'quotes').every((s) => s.rendering === 'overlay'));
    assert.ok(shown.filter((s) => s.kind === 'speakers' || s.kind === 'dates').every((s) => s.rendering === 'text'));
  });

  test('the News Annotator sidebar lists the groups with their counts and the speakers', async () => {
    await sidebarToggle(page).click();
    const quotedEntities = [...annotations.people, ...annotations.organizations].filter((e) => e.quoteCount > 0);
    const counts: [string, number][] = [
      ['Speakers', quotedEntities.length],
      ['Quotes', annotations.quotes.length],
      ['People', annotations.people.length],
      ['Places', annotations.places.length],
      ['Dates', annotations.dates.length],
    ];
    // The view draws its rows in more than one frame (the expanded Speakers group first):
    // wait for the last group's row, then read them all.
    const rows = await waitFor('the tree to show the article', async () => {
      const r = await treeRows(page);
      return r.some((row) => row.startsWith('Dates')) ? r : undefined;
    });
    for (const [group, count] of counts) assert.ok(rows.includes(`${group} ${count}`), `no row "${group} ${count}" in: ${rows.join(' / ')}`);
    for (const e of quotedEntities) assert.ok(rows.some((r) => r.startsWith(e.name)), `speaker ${e.name} is not listed`);
  });

  test('hovering a speaker shows who they are and how often they are quoted', async () => {
    const speaker = annotations.people.find((p) => p.quoteCount > 0 && p.mentions.length > 0);
    assert.ok(speaker);
    const pieces = joinWrapped(await waitForDecorations(page, styles, 'the speakers', (p) => p.some((x) => x.kind === 'speakers')));
    const className = pieces.find((p) => p.kind === 'speakers')?.className;
    await page.locator(`.editor-instance .view-lines span.${className}`, { hasText: speaker.mentions[0].text }).first().hover();
    const hover = page.locator('.monaco-hover:visible', { hasText: speaker.name });
    await hover.waitFor();
    const text = await hover.innerText();
    assert.match(text, /quote/i, text);
    assert.ok(text.includes(String(speaker.quoteCount)), text);
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
  });

  test('"Export Annotations (JSON)" from the command palette writes the JSON next to the article', async () => {
    const target = path.join(session.workspace, ARTICLE.replace(/\.txt$/, '.news.json'));
    fs.rmSync(target, { force: true });
    await page.locator('.editor-instance .view-lines').click();
    await runFromPalette(page, 'News Annotator: Export Annotations (JSON)');
    // The browser's save dialog is VS Code's own: a path in the quick input, accepted with Enter.
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await waitFor('the save dialog to offer a .json path', async () => (await input.inputValue()).endsWith('.json'));
    await page.keyboard.press('Enter');
    // Written by the extension host: wait until the whole file is there.
    const json = await waitFor(`${target} to be written in full`, () => parsedJson(target));
    assert.equal(json.schema, 'news-annotator/v1');
    assert.equal(json.quotes?.length, annotations.quotes.length);
    await page.locator('.notification-toast', { hasText: 'exported' }).waitFor();
  });

  test('a quoted sentence typed with its speaker is highlighted and listed', async () => {
    await page.locator('.editor-instance .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type(NEW_SENTENCE);
    const quoteText = NEW_SENTENCE.slice(0, NEW_SENTENCE.indexOf(',"') + 2);
    await waitForDecorations(page, styles, 'the typed quote and its speaker', (pieces) => {
      const shown = joinWrapped(pieces);
      return shown.some((s) => s.kind === 'speakers' && s.text === 'Ruth Achieng') && shown.some((s) => s.kind === 'quotes' && s.text === quoteText);
    });
    await waitFor('Ruth Achieng in the tree', async () => (await treeRows(page)).some((r) => r.startsWith('Ruth Achieng')));
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    await runFromPalette(page, 'Notifications: Clear All Notifications');
    await page.screenshot({ path: path.join(RESULTS_DIR, 'news-annotator-e2e.png') });
  });
});
