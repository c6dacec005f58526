import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { speakerLabel } from '../../src/core/quotes/speakerLabel';
import { hoverSections } from '../../src/extension/hoverContent';
import { buildTree } from '../../src/extension/treeModel';
import { formatMarkdownReport } from '../../src/core/export/markdownReport';

// A quote from an unnamed source ("a spokesman for Mayor Tom Reed said") has no speaker
// entity, but the words that name the source are shown wherever the speaker would be.

const TEXT = 'Mayor Tom Reed left early.\n\n"It is a bad deal," a spokesman for Mayor Tom Reed said.\n\n"We will see," Ann Hale said.\n';

suite('who said it, named or not', () => {
  const a = annotate(TEXT, { documentDate: '2024-03-06' });
  const unnamed = a.quotes.find((q) => q.text.includes('bad deal'));

  test('the label is the name, else the words naming the source, else nothing', () => {
    assert.ok(unnamed);
    assert.deepEqual(speakerLabel(unnamed), { text: 'a spokesman for Mayor Tom Reed', named: false });
    const named = a.quotes.find((q) => q.text.includes('We will see'));
    assert.deepEqual(named && speakerLabel(named), { text: 'Ann Hale', named: true });
    assert.equal(speakerLabel({ speakerName: null, speakerMention: null }), null);
  });

  test('the hover, the sidebar and the Markdown report show the unnamed source', () => {
    assert.ok(unnamed);
    const hover = hoverSections(a, TEXT, unnamed.start + 3).join('\n');
    assert.match(hover, /said by “a spokesman for Mayor Tom Reed” _\(no name given\)_/);
    const quotes = buildTree(a).find((n) => n.label.startsWith('Quotes'));
    assert.ok(quotes?.children?.some((n) => n.description === '“a spokesman for Mayor Tom Reed”'), JSON.stringify(quotes?.children?.map((n) => n.description)));
    const onSource = hoverSections(a, TEXT, TEXT.indexOf('a spokesman') + 3).join('\n');
    assert.match(onSource, /\*\*a spokesman for Mayor Tom Reed\*\* — a source with no name given, speaker of "It is a bad deal,"/);
    const md = formatMarkdownReport({ source: 'reed.txt', text: TEXT, annotations: a });
    assert.match(md, /## Without a named speaker\n\n- Line 3: "It is a bad deal,"[^\n]*\n {2}- Source, no name given: a spokesman for Mayor Tom Reed/);
  });
});
