import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { annotatedArticle } from './support/annotatedArticle';
import { annotationsOf } from './support/extensionUnderTest';
import { ARTICLES, openArticle } from './support/workspaceFiles';

// VS Code's own navigation commands over the markdown fixture, as a person uses them:
// the cursor on a name, Find All References, the Outline.
suite('navigation', () => {
  const article = annotatedArticle(ARTICLES.markdown);

  const offsets = (ranges: readonly vscode.Range[] | undefined) => (ranges ?? []).map((r) => article.doc.offsetAt(r.start)).sort((x, y) => x - y);

  test('the cursor on a name highlights every mention of that person', async () => {
    const { doc, a } = article;
    const person = a.people.find((p) => p.mentions.length > 1);
    assert.ok(person, 'no person mentioned twice in the fixture');
    const last = person.mentions[person.mentions.length - 1];
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, doc.positionAt(last.start + 1));
    const found = offsets(highlights?.map((h) => h.range));
    for (const m of person.mentions) assert.ok(found.includes(m.start), `mention "${m.text}" at ${m.start} not highlighted: ${found.join(', ')}`);
    const elsewhere = a.people.filter((p) => p.id !== person.id).flatMap((p) => p.mentions);
    assert.ok(!elsewhere.some((m) => found.includes(m.start)), 'another person is highlighted too');
  });

  test('Find All References lists the same mentions in this file', async () => {
    const { doc, a } = article;
    const entity = [...a.people, ...a.places, ...a.organizations].find((e) => e.mentions.length > 1);
    assert.ok(entity, 'no entity mentioned twice in the fixture');
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, doc.positionAt(entity.mentions[0].start));
    assert.ok(locations?.every((l) => l.uri.toString() === doc.uri.toString()));
    // The words its quotes were attributed by count too (a pronoun, or the name again).
    const attributions = a.quotes.filter((q) => q.speakerId === entity.id && q.speakerMention).map((q) => q.speakerMention?.start ?? -1);
    const expected = [...new Set([...entity.mentions.map((m) => m.start), ...attributions])].sort((x, y) => x - y);
    assert.deepEqual(offsets(locations?.map((l) => l.range)), expected);
  });

  test('Go to Definition on a later mention leads to where the entity enters the article', async () => {
    const { doc, a } = article;
    const entity = [...a.people, ...a.places, ...a.organizations].find((e) => e.mentions.length > 1);
    assert.ok(entity, 'no entity mentioned twice in the fixture');
    const first = Math.min(...entity.mentions.map((m) => m.start));
    const later = entity.mentions.find((m) => m.start !== first);
    assert.ok(later);
    const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, doc.positionAt(later.start + 1));
    const starts = (found ?? []).map((l) => doc.offsetAt('range' in l ? l.range.start : l.targetRange.start));
    assert.deepEqual(starts, [first]);
  });

  test('on a pronoun a quote was attributed by: the speaker\'s mentions too', async () => {
    const plain = (await openArticle(ARTICLES.plaintext)).document;
    const b = await annotationsOf(plain);
    const byPronoun = b.quotes.find((q) => q.speakerId && q.speakerMention && /^(he|she|they)$/i.test(q.speakerMention.text));
    const speaker = b.people.find((p) => p.id === byPronoun?.speakerId);
    assert.ok(byPronoun?.speakerMention && speaker, 'no quote attributed by a pronoun in the plain-text fixture');
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', plain.uri, plain.positionAt(byPronoun.speakerMention.start + 1));
    const found = (highlights ?? []).map((h) => plain.offsetAt(h.range.start));
    assert.ok(found.includes(byPronoun.speakerMention.start) && found.includes(speaker.mentions[0].start), `${speaker.name}: ${found.join(', ')}`);
  });

  test('on a word nothing was found in: its other occurrences, as VS Code highlights words', async () => {
    const plain = (await openArticle(ARTICLES.plaintext)).document;
    const text = plain.getText();
    const expected = [...text.matchAll(/\bcargo\b/g)].map((m) => m.index);
    assert.ok(expected.length > 1, 'the plain-text fixture should say "cargo" more than once');
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', plain.uri, plain.positionAt(expected[1] + 2));
    assert.deepEqual((highlights ?? []).map((h) => plain.offsetAt(h.range.start)).sort((x, y) => x - y), expected);
  });

  test('the Outline lists the quotes by speaker, selecting the quote itself', async () => {
    const { doc, a } = article;
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const ours = (symbols ?? []).filter((s) => a.quotes.some((q) => doc.offsetAt(s.selectionRange.start) === q.start));
    const attributed = a.quotes.filter((q) => q.speakerName && q.kind === 'direct');
    assert.ok(attributed.length > 0, 'no attributed direct quote in the fixture');
    for (const q of attributed) {
      const s = ours.find((x) => doc.offsetAt(x.selectionRange.start) === q.start);
      assert.ok(s, `no symbol for ${q.text}`);
      assert.equal(s.name, q.speakerName);
      assert.equal(doc.offsetAt(s.selectionRange.end), q.end);
      assert.ok(s.range.contains(s.selectionRange));
    }
  });
  test('Rename (F2) on a name: that word in every mention of the entity, nothing else', async () => {
    const { doc, a } = article;
    const person = a.people.find((p) => p.mentions.length > 1 && p.mentions.some((m) => !m.text.includes(' ')));
    assert.ok(person, 'no person mentioned twice, once by one word, in the fixture');
    const single = person.mentions.find((m) => !m.text.includes(' '));
    assert.ok(single);
    const prepared = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>('vscode.prepareRename', doc.uri, doc.positionAt(single.start + 1));
    assert.equal(prepared?.placeholder, single.text);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, doc.positionAt(single.start + 1), 'Zyxwv');
    const changes = edit?.get(doc.uri) ?? [];
    assert.ok(changes.every((c) => c.newText === 'Zyxwv' && doc.getText(c.range) === single.text), 'an edit that is not the renamed word');
    const expected = person.mentions.flatMap((m) => [...m.text.matchAll(new RegExp(`(?<![\\p{L}])${single.text}(?![\\p{L}])`, 'gu'))].map((x) => m.start + (x.index ?? 0)));
    assert.deepEqual(changes.map((c) => doc.offsetAt(c.range.start)).sort((x, y) => x - y), expected);
    assert.equal(doc.isDirty, false, 'renaming was only asked for, not applied');
  });

  test('Rename on a word that names nothing says why it cannot', async () => {
    const plain = (await openArticle(ARTICLES.plaintext)).document;
    const at = plain.getText().indexOf('cargo');
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', plain.uri, plain.positionAt(at + 1))),
      /person, organization or place/,
    );
  });
});
