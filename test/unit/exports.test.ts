import * as assert from 'node:assert/strict';
import { formatBrat, lineFragments } from '../../src/core/export/bratExport';
import { csvField, formatQuotesCsv } from '../../src/core/export/csvExport';
import { formatJson, formatJsonLine } from '../../src/core/export/jsonExport';
import { formatWebAnnotations } from '../../src/core/export/webAnnotationExport';
import { formatMarkdownReport } from '../../src/core/export/markdownReport';
import { exportFiles, exportText } from '../../src/core/export/exportFormats';
import { codePointOffsets, lineIndex, outputStems } from '../../src/core/export/textPositions';
import type { ExportArticle } from '../../src/core/export/exportArticle';
import { emptyAnnotations, person, quote, spanOf } from './checkFixtures';

// An article with what makes exports hard: an emoji before the spans (UTF-16 ≠ code
// points), a quote running over two paragraphs, commas and quotes inside a quote, and
// a speaker named only by a pronoun.
const TEXT = [
  'BEIJING 🇨🇳 — Xi Jinping met Antony Blinken on Monday.',
  '',
  '"We hope, as we say, for ""stable"" ties," Xi said.',
  '',
  '"Both sides agreed.',
  '"And more will follow," he added in Beijing on Tuesday.',
  '',
  '"No comment."',
].join('\n');

function article(): ExportArticle {
  const a = emptyAnnotations('2023-06-19');
  const xi = person('p1', 'Xi Jinping', [spanOf(TEXT, 'Xi Jinping'), spanOf(TEXT, 'Xi', 1)], 1);
  const blinken = person('p2', 'Antony Blinken', [spanOf(TEXT, 'Antony Blinken')], 1);
  a.people.push(xi, blinken);
  a.places.push({ id: 'l1', name: 'Beijing', mentions: [spanOf(TEXT, 'BEIJING'), spanOf(TEXT, 'Beijing')], kind: 'city', country: 'CN', lat: 39.9, lon: 116.4, population: 11716620 });
  const long = { start: TEXT.indexOf('"Both'), end: TEXT.indexOf(' he added'), text: '' };
  long.text = TEXT.slice(long.start, long.end);
  a.quotes.push(
    quote('q1', spanOf(TEXT, '"We hope, as we say, for ""stable"" ties,"'), xi, spanOf(TEXT, 'Xi', 1), spanOf(TEXT, 'said')),
    quote('q2', long, blinken, spanOf(TEXT, 'he'), spanOf(TEXT, 'added')),
    quote('q3', spanOf(TEXT, '"No comment."'), null),
  );
  a.dates.push({ ...spanOf(TEXT, 'on Monday'), type: 'DATE', value: '2023-06-19' }, { ...spanOf(TEXT, 'on Tuesday'), type: 'DATE', value: '2023-06-20' });
  return { source: 'news/xi-blinken.txt', text: TEXT, annotations: a };
}

/** A small brat reader: text-bound annotations (with fragments) and relations. */
function parseBrat(ann: string): { spans: Map<string, { type: string; fragments: Array<[number, number]>; text: string }>; relations: Array<[string, string, string]> } {
  const spans = new Map<string, { type: string; fragments: Array<[number, number]>; text: string }>();
  const relations: Array<[string, string, string]> = [];
  for (const line of ann.split('\n').filter(Boolean)) {
    const [id, middle, text] = line.split('\t');
    if (id.startsWith('T')) {
      const [type, ...rest] = middle.split(' ');
      const fragments = rest.join(' ').split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      spans.set(id, { type, fragments, text });
    } else if (id.startsWith('R')) {
      const [type, a1, a2] = middle.split(' ');
      relations.push([type, a1.replace('Arg1:', ''), a2.replace('Arg2:', '')]);
    }
  }
  return { spans, relations };
}

/** Code point offsets back to UTF-16, as a Python brat server would slice the .txt. */
function sliceByCodePoints(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

suite('exports', () => {
  test('code points and lines', () => {
    const cp = codePointOffsets('a🇨🇳b');
    assert.deepEqual([cp(0), cp(1), cp(5), cp(6)], [0, 1, 3, 4]);
    const at = lineIndex('ab\ncd\n\nef');
    assert.deepEqual(at(4), { line: 2, column: 2 });
    assert.deepEqual(at(7), { line: 4, column: 1 });
    assert.deepEqual(outputStems(['/abs/a.txt', 'b/a.txt', '../x/a.txt', 'x/a.md']), ['abs/a', 'b/a', 'x/a', 'x/a-2']);
  });

  suite('brat', () => {
    test('re-read by a parser, every span gives back the annotated text', () => {
      const a = article();
      const doc = formatBrat(a);
      assert.equal(doc.txt, TEXT);
      const { spans } = parseBrat(doc.ann);
      const expected = [
        ...a.annotations.people.flatMap((p) => p.mentions.map((m) => ['Person', m] as const)),
        ...a.annotations.places.flatMap((p) => p.mentions.map((m) => ['Location', m] as const)),
        ...a.annotations.dates.map((d) => ['Date', d] as const),
        ...a.annotations.quotes.map((q) => ['Quote', q] as const),
      ];
      for (const [type, span] of expected) {
        const fragments = lineFragments(TEXT, span.start, span.end);
        const found = [...spans.values()].find((s) => s.type === type && sliceByCodePoints(TEXT, s.fragments[0][0], s.fragments[s.fragments.length - 1][1]) === TEXT.slice(fragments[0][0], fragments[fragments.length - 1][1]));
        assert.ok(found, `${type} "${span.text}" not found in .ann`);
        for (const [s, e] of found.fragments) assert.ok(!sliceByCodePoints(TEXT, s, e).includes('\n'), 'a fragment crosses a line');
        assert.equal(found.text, found.fragments.map(([s, e]) => sliceByCodePoints(TEXT, s, e)).join(' '));
      }
    });

    test('a quote over two paragraphs is written as two fragments', () => {
      const { spans } = parseBrat(formatBrat(article()).ann);
      const q2 = [...spans.values()].find((s) => s.type === 'Quote' && s.text.startsWith('"Both'));
      assert.ok(q2);
      assert.equal(q2.fragments.length, 2);
    });

    test('quote → speaker relations point at the speaker mention, pronouns as a Reference', () => {
      const { spans, relations } = parseBrat(formatBrat(article()).ann);
      const speakerOf = (quoteStart: string) => {
        const [qid] = [...spans.entries()].find(([, s]) => s.type === 'Quote' && s.text.startsWith(quoteStart)) ?? [];
        const rel = relations.find(([type, arg1]) => type === 'Speaker' && arg1 === qid);
        return rel ? spans.get(rel[2]) : undefined;
      };
      assert.deepEqual([speakerOf('"We hope')?.type, speakerOf('"We hope')?.text], ['Person', 'Xi']);
      assert.deepEqual([speakerOf('"Both')?.type, speakerOf('"Both')?.text], ['Reference', 'he']);
      assert.equal(speakerOf('"No comment'), undefined);
      assert.equal(relations.filter(([type]) => type === 'Said').length, 2);
    });
  });

  suite('csv', () => {
    test('RFC 4180 quoting', () => {
      assert.equal(csvField('plain'), 'plain');
      assert.equal(csvField('a, b'), '"a, b"');
      assert.equal(csvField('say "hi"'), '"say ""hi"""');
      assert.equal(csvField('two\nlines'), '"two\nlines"');
      assert.equal(csvField(null), '');
    });

    test('one row per quote, header first, CRLF line ends, fields read back', () => {
      const csv = formatQuotesCsv([article()]);
      const rows = parseCsv(csv);
      assert.deepEqual(rows[0], ['speaker', 'quote', 'cue', 'line', 'kind', 'file']);
      assert.equal(rows.length, 4);
      assert.deepEqual(rows[1], ['Xi Jinping', '"We hope, as we say, for ""stable"" ties,"', 'said', '3', 'direct', 'news/xi-blinken.txt']);
      assert.equal(rows[2][1], TEXT.slice(TEXT.indexOf('"Both'), TEXT.indexOf(' he added')));
      assert.deepEqual(rows[3], ['', '"No comment."', '', '8', 'direct', 'news/xi-blinken.txt']);
      assert.ok(csv.endsWith('\r\n'));
    });
  });

  suite('json', () => {
    test('schema v1 with the source, pretty or one line', () => {
      const doc = JSON.parse(formatJson(article()));
      assert.equal(doc.schema, 'news-annotator/v1');
      assert.equal(doc.source, 'news/xi-blinken.txt');
      assert.deepEqual(Object.keys(doc).slice(0, 2), ['schema', 'source']);
      assert.equal(formatJsonLine(article()).trim().split('\n').length, 1);
    });
  });

  suite('W3C Web Annotation JSON-LD', () => {
    test('a collection whose selectors point at the annotated text', () => {
      const doc = JSON.parse(formatWebAnnotations([{ ...article(), iri: 'file:///news/xi-blinken.txt' }]));
      assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
      assert.equal(doc.type, 'AnnotationCollection');
      const items = doc.first.items as Array<{ id: string; type: string; body: Array<Record<string, string>>; target: { source: string; selector: Array<Record<string, string | number>> } }>;
      assert.equal(doc.total, items.length);
      assert.equal(items.length, 3 + 2 + 2 + 3); // mentions, places, dates, quotes
      for (const item of items) {
        assert.equal(item.type, 'Annotation');
        assert.equal(item.target.source, 'file:///news/xi-blinken.txt');
        const [tqs, tps] = item.target.selector;
        assert.equal(tqs.type, 'TextQuoteSelector');
        assert.equal(sliceByCodePoints(TEXT, tps.start as number, tps.end as number), tqs.exact);
        assert.ok(TEXT.includes(`${tqs.prefix}${tqs.exact}${tqs.suffix}`));
      }
      const q1 = items.find((i) => i.id.endsWith('#q1'));
      assert.ok(q1);
      assert.ok(q1.body.some((b) => b.purpose === 'identifying' && b.value === 'Xi Jinping'));
      const link = q1.body.find((b) => b.purpose === 'linking');
      assert.ok(link && items.some((i) => i.id === link.id && i.target.selector[0].exact === 'Xi'));
    });
  });

  suite('Markdown report', () => {
    test('who said what, with the places and dates of their quotes', () => {
      const md = formatMarkdownReport(article());
      assert.match(md, /^# Who said what: news\/xi-blinken\.txt\n/);
      assert.match(md, /Article date: 2023-06-19 · 3 quotes from 2 speakers · 1 place · 2 dates/);
      const blinken = md.slice(md.indexOf('## Antony Blinken'), md.indexOf('## Without a named speaker'));
      assert.match(blinken, /- Line 5: "Both sides agreed\. "And more will follow," \(added\)/);
      assert.doesNotMatch(blinken, /Places: Beijing/); // Beijing is outside the quote
      assert.match(md, /## Without a named speaker\n\n- Line 8: "No comment\."/);
      assert.match(md, /## Places mentioned\n\n- Beijing: city, CN, 2 mentions/);
      assert.match(md, /- Line 6: on Tuesday \(2023-06-20\)/);
    });

    test('Markdown in quotes is escaped', () => {
      const a = article();
      a.annotations.quotes[0].text = '"*not* [a link](x)"';
      assert.match(formatMarkdownReport(a), /"\\\*not\\\* \\\[a link\\\]\(x\)"/);
    });
  });

  suite('folder exports', () => {
    test('brat writes .txt and .ann per article and the configuration once', () => {
      const b: ExportArticle = { ...article(), source: 'other/b.txt' };
      const files = exportFiles('brat', [article(), b]);
      assert.deepEqual(files.map((f) => f.path), ['news/xi-blinken.txt', 'news/xi-blinken.ann', 'other/b.txt', 'other/b.ann', 'annotation.conf', 'visual.conf']);
    });

    test('csv, jsonld and markdown make one file for all articles', () => {
      const arts = [article(), { ...article(), source: 'b.txt' }];
      assert.equal(parseCsv(exportFiles('csv', arts)[0].content).length, 1 + 2 * 3);
      assert.equal(JSON.parse(exportFiles('jsonld', arts)[0].content).total, 2 * 10);
      assert.equal(exportText('markdown', arts).match(/^# Who said what/gm)?.length, 2);
      assert.deepEqual(exportFiles('json', arts).map((f) => f.path), ['news/xi-blinken.news.json', 'b.news.json']);
    });
  });
});

/** RFC 4180 reader, for checking what the writer wrote. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') field += csv[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    }
    else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}
