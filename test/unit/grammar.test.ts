import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

// The .news grammar, tokenized by the same engine VS Code uses.
const root = join(__dirname, '..', '..');

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope) =>
      scope === 'text.news'
        ? textmate.parseRawGrammar(readFileSync(join(root, 'syntaxes', 'news.tmLanguage.json'), 'utf8'), 'news.tmLanguage.json')
        : null,
  });
  const grammar = await registry.loadGrammar('text.news');
  if (!grammar) throw new Error('grammar did not load');
  return grammar;
}

/** Scopes of each token of each line, as "text=scope.a scope.b". */
function scopesOf(grammar: textmate.IGrammar, lines: string[]): Array<Array<{ text: string; scopes: string[] }>> {
  let state = textmate.INITIAL;
  return lines.map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

function scopeAt(tokens: Array<{ text: string; scopes: string[] }>, text: string): string[] {
  const t = tokens.find((x) => x.text.includes(text));
  assert.ok(t, `no token containing "${text}"`);
  return t.scopes;
}

suite('news grammar', () => {
  let grammar: textmate.IGrammar;
  suiteSetup(async () => {
    grammar = await loadGrammar();
  });

  test('the first line is the headline, later lines are not', () => {
    const [first, second] = scopesOf(grammar, ['Blinken meets Xi in Beijing', 'Blinken meets Xi in Beijing']);
    assert.ok(scopeAt(first, 'Blinken').includes('markup.heading.headline.news'));
    assert.ok(!scopeAt(second, 'Blinken').includes('markup.heading.headline.news'));
  });

  test('datelines: agency style, dated, and "Beijing:"', () => {
    const lines = scopesOf(grammar, [
      'Headline',
      'BEIJING, June 19 (Reuters) - Talks began.',
      'June 19, 2023 — Talks began.',
      'Beijing: Talks began.',
    ]);
    assert.ok(scopeAt(lines[1], 'BEIJING').includes('entity.name.place.dateline.news'));
    assert.ok(scopeAt(lines[1], 'June 19').includes('constant.other.date.dateline.news'));
    assert.ok(scopeAt(lines[1], '(Reuters)').includes('entity.name.organization.agency.news'));
    assert.ok(scopeAt(lines[2], 'June 19, 2023').includes('constant.other.date.dateline.news'));
    assert.ok(scopeAt(lines[3], 'Beijing').includes('entity.name.place.dateline.news'));
    assert.ok(!scopeAt(lines[3], 'Talks').includes('meta.dateline.news'));
  });

  test('quotations in straight, curly, guillemet and low-9 marks, with nested single quotes', () => {
    const lines = scopesOf(grammar, [
      'Headline',
      'He said "we will \'reflect deeply\' on it" and left.',
      'She said “no” twice.',
      'Il a dit «non».',
      'Er sagte „nein“.',
    ]);
    assert.ok(scopeAt(lines[1], 'we will').includes('string.quoted.double.news'));
    assert.ok(scopeAt(lines[1], 'reflect deeply').includes('string.quoted.single.news'));
    assert.ok(!scopeAt(lines[1], 'and left').includes('string.quoted.double.news'));
    assert.ok(scopeAt(lines[2], 'no').includes('string.quoted.double.curly.news'));
    assert.ok(scopeAt(lines[3], 'non').includes('string.quoted.other.guillemets.news'));
    assert.ok(scopeAt(lines[4], 'nein').includes('string.quoted.other.low9.news'));
  });

  test('an unclosed quotation ends at the end of its line', () => {
    const lines = scopesOf(grammar, ['Headline', 'He said "this never closes', 'Next paragraph.']);
    assert.ok(!scopeAt(lines[2], 'Next').includes('string.quoted.double.news'));
  });

  test('boilerplate lines pasted from the web', () => {
    const lines = scopesOf(grammar, ['Headline', 'ADVERTISEMENT', 'SCROLL TO CONTINUE READING', 'Advertisement is a word.']);
    assert.ok(scopeAt(lines[1], 'ADVERTISEMENT').includes('comment.line.boilerplate.news'));
    assert.ok(scopeAt(lines[2], 'SCROLL').includes('comment.line.boilerplate.news'));
    assert.ok(!scopeAt(lines[3], 'Advertisement').includes('comment.line.boilerplate.news'));
  });
});
