import * as assert from 'node:assert/strict';
import type { Annotations } from '../../src/core/types';
import { annotationsOf, api } from './support/extensionUnderTest';
import { shownChildren, type ShownItem } from './support/treeItems';
import { ARTICLES, closeAllEditors, openArticle } from './support/workspaceFiles';
import { waitFor } from './support/waitFor';

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The roots once the tree shows `a` (it follows the active editor, after annotation). */
async function rootsShowing(a: Annotations): Promise<Map<string, ShownItem>> {
  const { tree } = await api();
  let seen = 'nothing';
  try {
    return await waitFor('the tree to show the active article', async () => {
      const shown = await shownChildren(tree);
      seen = shown.map((r) => `${r.label} ${r.description}`).join(', ') || 'no groups';
      const roots = new Map(shown.map((r) => [r.label, r]));
      return roots.get('Quotes')?.description === String(a.quotes.length) && roots.get('Places')?.description === String(a.places.length)
        ? roots
        : undefined;
    });
  } catch (error) {
    const expected = `Quotes ${a.quotes.length}, Places ${a.places.length}`;
    throw new Error(`${error instanceof Error ? error.message : error}: expected ${expected}, the tree shows ${seen}`);
  }
}

suite('the sidebar tree', () => {
  suiteTeardown(closeAllEditors);

  test('root groups Speakers, Quotes, People, Places, Dates carry their counts', async () => {
    const editor = await openArticle(ARTICLES.plaintext);
    const a = await annotationsOf(editor.document);
    const roots = await rootsShowing(a);
    const speakers = [...a.people, ...a.organizations].filter((e) => e.quoteCount > 0).length;
    const expected: Record<string, number> = {
      Speakers: speakers,
      Quotes: a.quotes.length,
      People: a.people.length,
      Places: a.places.length,
      Dates: a.dates.length,
    };
    for (const [label, count] of Object.entries(expected)) {
      assert.ok(roots.has(label), `no "${label}" group; groups: ${[...roots.keys()].join(', ')}`);
      assert.equal(roots.get(label)?.description, String(count), `count of ${label}`);
    }
    assert.ok(speakers >= 2 && a.places.length >= 2, 'the fixture should give several speakers and places');
  });

  test("each speaker lists that speaker's quotes beneath", async () => {
    const editor = await openArticle(ARTICLES.plaintext);
    const a = await annotationsOf(editor.document);
    const { tree } = await api();
    const group = (await rootsShowing(a)).get('Speakers');
    assert.ok(group);
    const speakers = await shownChildren(tree, group.node);
    const quoted = [...a.people, ...a.organizations].filter((e) => e.quoteCount > 0);
    assert.deepEqual(speakers.map((s) => s.label).sort(), quoted.map((e) => e.name).sort());
    for (const speaker of speakers) {
      const entity = quoted.find((e) => e.name === speaker.label);
      assert.ok(entity);
      const quotes = a.quotes.filter((q) => q.speakerId === entity.id);
      const children = await shownChildren(tree, speaker.node);
      assert.equal(children.length, quotes.length, `quotes under ${speaker.label}`);
      children.forEach((child, i) => {
        const shown = child.label.replace(/…$/, '');
        assert.ok(oneLine(quotes[i].text).startsWith(shown), `"${child.label}" is not the quote "${quotes[i].text}"`);
      });
    }
  });

  test('the Dates group opens with the article date and where it came from; selecting it runs Set Article Date', async () => {
    const editor = await openArticle(ARTICLES.markdown);
    const a = await annotationsOf(editor.document);
    const { tree } = await api();
    const dates = (await rootsShowing(a)).get('Dates');
    assert.ok(dates);
    const [first] = await shownChildren(tree, dates.node);
    assert.deepEqual([first?.label, first?.description], [`Article date ${a.documentDate}`, 'from the front matter date:']);
    const item = await tree.getTreeItem(first.node);
    assert.equal(item.command?.command, 'newsAnnotator.setArticleDate');
  });

  test('the tree follows the active editor', async () => {
    const first = await openArticle(ARTICLES.plaintext);
    await rootsShowing(await annotationsOf(first.document));
    const second = await openArticle(ARTICLES.markdown);
    const b = await annotationsOf(second.document);
    const roots = await rootsShowing(b);
    assert.equal(roots.get('Dates')?.description, String(b.dates.length));
  });
});
