import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import type { Annotations } from '../../src/core/types';
import { annotationsOf, api } from './support/extensionUnderTest';
import { ARTICLES, closeAllEditors, openArticle } from './support/workspaceFiles';
import { editorOptions } from './support/editorOptions';

// The editor shows what the core finds: same text and file name in, same document out.
suite('annotations through the API', () => {
  suiteTeardown(closeAllEditors);
  const found: Annotations[] = [];

  for (const [language, name] of Object.entries(ARTICLES)) {
    test(`a ${language} article is annotated on opening, exactly as the core annotates it`, async () => {
      const editor = await openArticle(name);
      assert.equal(editor.document.languageId, language);
      const got = await annotationsOf(editor.document);
      const expected = annotate(editor.document.getText(), editorOptions(editor.document.uri));
      assert.deepEqual(got, expected);
      found.push(got);
    });
  }

  test('the fixtures exercise every kind: attributed quotes, people, places with coordinates, resolved dates', () => {
    assert.equal(found.length, Object.keys(ARTICLES).length, 'an earlier test failed');
    assert.ok(found.some((a) => a.quotes.some((q) => q.speakerName !== null)), 'no attributed quote');
    assert.ok(found.some((a) => a.people.length > 0), 'no person');
    assert.ok(found.some((a) => a.places.some((p) => p.lat !== null && p.country !== null)), 'no place with coordinates');
    assert.ok(found.some((a) => a.dates.some((d) => d.value !== null)), 'no resolved date');
  });

  test('api.annotate() annotates the current version now and caches it', async () => {
    const editor = await openArticle(ARTICLES.markdown);
    const a = await api();
    const now = await a.annotate(editor.document.uri);
    assert.ok(now, 'annotate() returned nothing for an open article');
    assert.deepEqual(a.annotationsFor(editor.document.uri), now);
    assert.equal(now.documentDate, '2024-05-14', 'the front matter date');
    assert.equal(now.documentDateSource, 'front-matter');
  });
});
