import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { annotationsOf } from './support/extensionUnderTest';
import { closeAllEditors, fixtureUri, openArticle } from './support/workspaceFiles';
import { waitFor } from './support/waitFor';

// Checks in the Problems panel and their quick fixes. The article is written into the
// (copied) fixture workspace by the suite and removed afterwards.

const NAME = 'desk-checks.txt';
const ARTICLE = [
  'Officials gathered in the capital on Monday to hear the minister.',
  '',
  'ADVERTISEMENT',
  '',
  '"We will not give up," Nino Burjanadze said after the vote.',
  '',
  'SCROLL TO CONTINUE READING',
  '',
].join('\n');

const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('newsAnnotator');
const ours = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'News Annotator');
const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);
const withCode = (uri: vscode.Uri, code: string): vscode.Diagnostic[] => ours(uri).filter((d) => codeOf(d) === code);

async function quickFixes(doc: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  // Only the diagnostics under the range reach the providers, so these fixes are the ones for `d`.
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
}

suite('checks and quick fixes', () => {
  const uri = (): vscode.Uri => fixtureUri(NAME);
  setup(() => fs.writeFileSync(uri().fsPath, ARTICLE));
  teardown(async () => {
    for (const key of ['checks.severity', 'checks.webBoilerplate', 'checks.maxProblems']) {
      await settings().update(key, undefined, vscode.ConfigurationTarget.Global);
      await settings().update(key, undefined, vscode.ConfigurationTarget.Workspace);
    }
    await vscode.commands.executeCommand('newsAnnotator.setArticleDate', '');
    await closeAllEditors();
  });
  suiteTeardown(() => fs.rmSync(uri().fsPath, { force: true }));

  test('findings appear as Information diagnostics with the check id as code', async () => {
    const editor = await openArticle(NAME);
    await annotationsOf(editor.document);
    const boilerplate = await waitFor('the boilerplate diagnostics', () => withCode(uri(), 'web-boilerplate').length === 2 && withCode(uri(), 'web-boilerplate'));
    assert.equal(boilerplate[0].severity, vscode.DiagnosticSeverity.Information);
    assert.equal(editor.document.getText(boilerplate[0].range), 'ADVERTISEMENT');
    const relative = await waitFor('a relative-date diagnostic', () => withCode(uri(), 'relative-date-without-article-date')[0]);
    assert.match(editor.document.getText(relative.range), /Monday/);
  });

  test('the quick fix removes a boilerplate line, and its diagnostic goes', async () => {
    const editor = await openArticle(NAME);
    const doc = editor.document;
    const [d] = await waitFor('the boilerplate diagnostics', () => withCode(uri(), 'web-boilerplate').length === 2 && withCode(uri(), 'web-boilerplate'));
    const fixes = await quickFixes(doc, d);
    const fix = fixes.find((a) => a.title === 'Remove this line');
    assert.ok(fix?.edit, `no "Remove this line" quick fix with an edit among: ${fixes.map((a) => a.title).join(', ')}`);
    assert.equal(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(!doc.getText().includes('ADVERTISEMENT'));
    assert.ok(doc.getText().includes('Officials gathered in the capital on Monday to hear the minister.\n\n"We will not give up,"'), 'paragraphs should stay one blank line apart');
    await waitFor('one boilerplate diagnostic left', () => withCode(uri(), 'web-boilerplate').length === 1);
  });

  test('the relative-date fix runs Set Article Date; with a date set the finding goes', async () => {
    const editor = await openArticle(NAME);
    const d = await waitFor('a relative-date diagnostic', () => withCode(uri(), 'relative-date-without-article-date')[0]);
    const fix = (await quickFixes(editor.document, d)).find((a) => a.command?.command === 'newsAnnotator.setArticleDate');
    assert.ok(fix, 'no quick fix running newsAnnotator.setArticleDate');
    await vscode.commands.executeCommand('newsAnnotator.setArticleDate', '2024-03-06');
    await waitFor('the relative-date diagnostics to go', () => withCode(uri(), 'relative-date-without-article-date').length === 0);
  });

  test('severity, switching a check off and the cap are settings', async () => {
    const editor = await openArticle(NAME);
    await waitFor('the boilerplate diagnostics', () => withCode(uri(), 'web-boilerplate').length === 2);
    await settings().update('checks.severity', 'warning', vscode.ConfigurationTarget.Global);
    await waitFor('warnings', () => ours(uri()).length > 0 && ours(uri()).every((d) => d.severity === vscode.DiagnosticSeverity.Warning));

    const [d] = withCode(uri(), 'web-boilerplate');
    const off = (await quickFixes(editor.document, d)).find((a) => a.command?.command === 'newsAnnotator.disableCheck');
    assert.ok(off?.command, 'no quick fix to turn the check off');
    await vscode.commands.executeCommand(off.command.command, ...(off.command.arguments ?? []));
    await waitFor('the boilerplate check to be off', () => withCode(uri(), 'web-boilerplate').length === 0);
    assert.equal(settings().get('checks.webBoilerplate'), false);

    await settings().update('checks.webBoilerplate', undefined, vscode.ConfigurationTarget.Workspace);
    await settings().update('checks.maxProblems', 1, vscode.ConfigurationTarget.Global);
    const capped = await waitFor('the capped diagnostics', () => withCode(uri(), 'too-many-problems').length === 1 && ours(uri()));
    assert.equal(capped.length, 2, capped.map((x) => x.message).join('\n'));
  });
});

suite('weekday-mismatch quick fixes', () => {
  const name = 'weekday-check.txt';
  const uri = (): vscode.Uri => fixtureUri(name);
  setup(() => fs.writeFileSync(uri().fsPath, 'WASHINGTON, June 15, 2023 - The vote is set for Tuesday, June 19, the speaker said.\n'));
  teardown(() => closeAllEditors());
  suiteTeardown(() => fs.rmSync(uri().fsPath, { force: true }));

  test('offers the right weekday and the right day; the weekday fix clears the finding', async () => {
    const editor = await openArticle(name);
    const doc = editor.document;
    const d = await waitFor('a weekday-mismatch diagnostic', () => withCode(uri(), 'weekday-mismatch')[0]);
    assert.equal(doc.getText(d.range), 'Tuesday, June 19');
    assert.equal(d.message, 'June 19, 2023 is a Monday, not a Tuesday.');
    const fixes = await quickFixes(doc, d);
    const titles = fixes.map((a) => a.title);
    assert.ok(titles.includes('Change the date to Tuesday, June 20'), titles.join(', '));
    const weekday = fixes.find((a) => a.title === 'Change "Tuesday" to "Monday"');
    assert.ok(weekday?.edit, `no weekday fix among: ${titles.join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(weekday.edit));
    assert.match(doc.getText(), /set for Monday, June 19, the speaker/);
    await waitFor('the weekday-mismatch diagnostic to go', () => withCode(uri(), 'weekday-mismatch').length === 0);
  });
});

suite('mis-encoded text and the opt-in AP day names', () => {
  const name = 'desk-encoding.txt';
  const uri = (): vscode.Uri => fixtureUri(name);
  setup(() => fs.writeFileSync(uri().fsPath, 'WASHINGTON, Sept. 27, 2016 - Detainees held at GuantÃ¡namo Bay were moved yesterday, officials said.\n'));
  teardown(async () => {
    await settings().update('checks.apDayNames', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });
  suiteTeardown(() => fs.rmSync(uri().fsPath, { force: true }));

  test('the mis-encoding fix puts the character back; AP day names show only once switched on', async () => {
    const editor = await openArticle(name);
    const doc = editor.document;
    const d = await waitFor('a misencoded-text diagnostic', () => withCode(uri(), 'misencoded-text')[0]);
    assert.equal(doc.getText(d.range), 'Ã¡');
    assert.equal(withCode(uri(), 'ap-day-names').length, 0, 'ap-day-names is off by default');
    const fix = (await quickFixes(doc, d)).find((a) => a.title === 'Replace with “á”');
    assert.ok(fix?.edit, 'no "Replace with “á”" quick fix');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /held at Guantánamo Bay/);
    await waitFor('the misencoded-text diagnostic to go', () => withCode(uri(), 'misencoded-text').length === 0);

    await settings().update('checks.apDayNames', true, vscode.ConfigurationTarget.Global);
    const day = await waitFor('an ap-day-names diagnostic', () => withCode(uri(), 'ap-day-names')[0]);
    assert.equal(doc.getText(day.range), 'yesterday');
    assert.equal(day.message, 'AP style names the day: "yesterday" is Monday (2016-09-26).');
  });
});
