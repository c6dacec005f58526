// `npm run eval -- quotes [--gold DIR] [--metadata FILE] [--errors N] [--no-peer]`
// Direct-quote precision/recall/F1, speaker accuracy and indirect recall on PolNeAR, as
// ../shared/EVAL.md defines them, for our full `annotate()` and for compromise's
// `quotations()` in the same run. `--errors N` lists up to N disagreements first, each
// followed by what the other side has there (the gold fragments over a wrong quote, our
// quotes over a missed fragment).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { annotate } from '../../src/core/annotate';
import type { Quote } from '../../src/core/types';

interface Range {
  start: number;
  end: number;
}

/** One contiguous fragment of a gold `Content` span. */
interface GoldFragment extends Range {
  direct: boolean;
  /** The `Source` of the fragment's attribution, if it has one. */
  source: { ranges: Range[]; text: string } | null;
}

interface Prediction extends Range {
  kind: Quote['kind'];
  speakerMention: Range | null;
  speakerName: string | null;
}

interface Tally {
  goldDirect: number;
  foundDirect: number;
  predictedDirect: number;
  correctPredicted: number;
  speakerGold: number;
  speakerCorrect: number;
  goldIndirect: number;
  foundIndirect: number;
  /**
   * Not a figure of EVAL.md, a reading aid: predicted direct quotes counted wrong that still
   * lie (80 %) inside gold Content, in fragments not opening with a mark (a quote the
   * annotator split at its sentences, or opened with a closing mark).
   */
  wrongInsideContent: number;
  /** A reading aid too: gold direct fragments missed that a predicted partial quote covers (80 %). */
  missedAsPartial: number;
  /** And: predicted indirect quotes, and those sharing no character with any gold Content (what precision there would miss). */
  predictedIndirect: number;
  indirectOutsideContent: number;
}

interface Figures {
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
  indirectRecall: number;
  tally: Tally;
}

type System = (text: string, date: string | null) => Prediction[];

const OPENING_MARKS = new Set(['"', '“', '‘', "'", '«']);

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const goldDir = resolve(args.gold ?? join(__dirname, '../../../shared/data/polnear/dev'));
  const textDir = join(goldDir, 'text');
  const annDir = join(goldDir, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) {
    console.error(`eval quotes: no PolNeAR split at ${goldDir} (expected text/ and attributions/). Skipped.`);
    return 2;
  }
  const metadataFile = args.metadata ?? join(dirname(goldDir), 'metadata.tsv');
  const dates = existsSync(metadataFile) ? readPublicationDates(metadataFile) : new Map<string, string>();
  if (!existsSync(metadataFile)) console.error(`eval quotes: ${metadataFile} missing; documents run without a date.`);

  const systems: Array<{ name: string; run: System }> = [{ name: 'news-annotator', run: runOurs }];
  if (!args.noPeer) systems.push({ name: 'compromise', run: await loadCompromise() });

  const docs = loadDocuments(textDir, annDir);
  const tallies = systems.map(() => emptyTally());
  const errors: string[] = [];
  const started = Date.now();
  let chars = 0;
  for (const doc of docs) {
    chars += doc.text.length;
    const date = dates.get(doc.name) ?? null;
    systems.forEach((system, i) => {
      const predicted = system.run(doc.text, date);
      const docErrors = i === 0 && args.errors > 0 ? errors : null;
      score(doc, predicted, tallies[i], docErrors);
    });
  }
  const figures = tallies.map(toFigures);

  if (errors.length) {
    console.log(errors.slice(0, args.errors).join('\n'));
    console.log(`(${errors.length} errors listed in all, ${Math.min(errors.length, args.errors)} shown)\n`);
  }
  console.log(`PolNeAR quotes: ${goldDir}`);
  console.log(`${docs.length} documents, ${(chars / 1024).toFixed(0)} KB, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  printTable(systems.map((s) => s.name), figures);
  const json = Object.fromEntries(systems.map((s, i) => [s.name, round(figures[i])]));
  console.log(JSON.stringify({ eval: 'quotes', gold: goldDir, documents: docs.length, ...json }));
  return 0;
}

function parseArgs(argv: string[]): { gold?: string; metadata?: string; errors: number; noPeer: boolean } {
  const out: { gold?: string; metadata?: string; errors: number; noPeer: boolean } = { errors: 0, noPeer: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--gold') out.gold = argv[++i];
    else if (a === '--metadata') out.metadata = argv[++i];
    else if (a === '--errors') out.errors = Number(argv[++i] ?? 200);
    else if (a === '--no-peer') out.noPeer = true;
    else throw new Error(`eval quotes: unknown option ${a}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Gold

interface GoldDocument {
  name: string;
  text: string;
  fragments: GoldFragment[];
}

/** Texts and their first (by file name) annotator's .ann file, as EVAL.md asks. */
function loadDocuments(textDir: string, annDir: string): GoldDocument[] {
  const annFiles = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const docs: GoldDocument[] = [];
  for (const file of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    const name = basename(file, '.txt');
    // "<article>_<annotator>.ann"; the first annotator by file name.
    const ann = annFiles.find((f) => f.slice(0, f.lastIndexOf('_')) === name);
    if (!ann) continue;
    const text = readFileSync(join(textDir, file), 'utf8');
    docs.push({ name, text, fragments: readBrat(readFileSync(join(annDir, ann), 'utf8'), text) });
  }
  return docs;
}

function readBrat(ann: string, text: string): GoldFragment[] {
  const spans = new Map<string, { type: string; ranges: Range[]; text: string }>();
  const events: Array<Map<string, string>> = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (line.startsWith('T') && cols.length >= 2) {
      const head = cols[1];
      const space = head.indexOf(' ');
      const type = head.slice(0, space);
      const ranges = head
        .slice(space + 1)
        .split(';')
        .map((r) => r.trim().split(' ').map(Number))
        .map(([start, end]) => ({ start, end }));
      spans.set(cols[0], { type, ranges, text: cols[2] ?? '' });
    } else if (line.startsWith('E') && cols.length >= 2) {
      const roles = new Map<string, string>();
      for (const part of cols[1].split(' ')) {
        const [role, id] = part.split(':');
        if (role && id) roles.set(role.replace(/\d+$/, ''), id);
      }
      events.push(roles);
    }
  }
  const sourceOf = new Map<string, { ranges: Range[]; text: string }>();
  for (const roles of events) {
    const source = spans.get(roles.get('Source') ?? '');
    if (!source) continue;
    for (const [role, id] of roles) if (role === 'Content' && !sourceOf.has(id)) sourceOf.set(id, source);
  }
  const out: GoldFragment[] = [];
  for (const [id, span] of spans) {
    if (span.type !== 'Content') continue;
    for (const r of span.ranges) {
      const trimmed = text.slice(r.start, r.end).trimStart();
      if (!trimmed) continue;
      out.push({ ...r, direct: OPENING_MARKS.has(trimmed.charAt(0)), source: sourceOf.get(id) ?? null });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function readPublicationDates(file: string): Map<string, string> {
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines[0].split('\t');
  const nameCol = header.indexOf('filename');
  const dateCol = header.indexOf('publication_date');
  const out = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const cols = line.split('\t');
    if (cols[nameCol] && /^\d{4}-\d{2}-\d{2}$/.test(cols[dateCol] ?? '')) out.set(cols[nameCol], cols[dateCol]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Systems

function runOurs(text: string, date: string | null): Prediction[] {
  return annotate(text, { documentDate: date }).quotes.map((q) => ({
    start: q.start,
    end: q.end,
    kind: q.kind,
    speakerMention: q.speakerMention,
    speakerName: q.speakerName,
  }));
}

interface CompromiseQuote {
  offset: { start: number; length: number };
}

async function loadCompromise(): Promise<System> {
  const nlp = (await import('compromise')).default as unknown as (text: string) => {
    quotations(): { json(opts: { offset: boolean }): CompromiseQuote[] };
  };
  // compromise has no speakers and no kinds: every quotation counts as direct.
  return (text) =>
    nlp(text)
      .quotations()
      .json({ offset: true })
      .map((q) => ({
        start: q.offset.start,
        end: q.offset.start + q.offset.length,
        kind: 'direct' as const,
        speakerMention: null,
        speakerName: null,
      }));
}

// ---------------------------------------------------------------------------------------
// Scoring (EVAL.md "Quotes and speakers")

function emptyTally(): Tally {
  return {
    goldDirect: 0, foundDirect: 0, predictedDirect: 0, correctPredicted: 0,
    speakerGold: 0, speakerCorrect: 0, goldIndirect: 0, foundIndirect: 0, wrongInsideContent: 0, missedAsPartial: 0, predictedIndirect: 0, indirectOutsideContent: 0,
  };
}

function score(doc: GoldDocument, predicted: Prediction[], t: Tally, errors: string[] | null): void {
  const { text } = doc;
  const direct = predicted.filter((p) => p.kind === 'direct');
  const predictedCover = coverage(text, direct);
  const anyCover = coverage(text, predicted);
  const goldDirect = doc.fragments.filter((f) => f.direct);
  const goldCover = coverage(text, goldDirect);
  const contentCover = coverage(text, doc.fragments);
  const partialCover = coverage(text, predicted.filter((p) => p.kind === 'partial'));
  const show = (r: Range): string => JSON.stringify(text.slice(r.start, r.end).slice(0, 160));
  // What the other side has there: the gold fragments over a wrong quote, our quotes over a missed fragment.
  const overlapping = (others: Array<Range & { kind?: string; direct?: boolean }>, r: Range): string =>
    others
      .filter((o) => o.start < r.end && o.end > r.start)
      .map((o) => `\n    ${o.kind ?? (o.direct ? 'gold-direct' : 'gold-other')} ${o.start}-${o.end} (${r.start}-${r.end}) ${JSON.stringify(text.slice(o.start, o.end).slice(0, 100))}`)
      .join('');
  // The words before a missed fragment: what introduces it is what error analysis needs.
  const before = (r: Range): string => JSON.stringify(text.slice(Math.max(0, r.start - 70), r.start).replace(/\s+/gu, ' '));

  for (const g of doc.fragments) {
    if (!g.direct) {
      t.goldIndirect++;
      if (shareCovered(text, g, anyCover) >= 0.5) t.foundIndirect++;
      else errors?.push(`${doc.name} MISS-INDIRECT ${g.start} ${before(g)} ${show(g)}`);
      continue;
    }
    t.goldDirect++;
    if (shareCovered(text, g, predictedCover) < 0.8) {
      const asPartial = shareCovered(text, g, partialCover) >= 0.8;
      if (asPartial) t.missedAsPartial++;
      errors?.push(`${doc.name} ${asPartial ? 'MISS-AS-PARTIAL' : 'MISS'} ${g.start} ${before(g)} ${show(g)}${overlapping(predicted, g)}`);
      continue;
    }
    t.foundDirect++;
    if (!g.source) continue;
    t.speakerGold++;
    const covering = direct.filter((p) => p.start < g.end && p.end > g.start);
    if (covering.some((p) => speakerMatches(p, g.source!))) t.speakerCorrect++;
    else {
      const p = covering[0];
      errors?.push(
        `${doc.name} SPEAKER ${g.start} gold=${JSON.stringify(g.source.text)} ours=${JSON.stringify(p?.speakerName ?? null)}` +
          ` mention=${p?.speakerMention ? show(p.speakerMention) : 'null'} ${show(g).slice(0, 80)}`,
      );
    }
  }
  for (const p of predicted) {
    if (p.kind !== 'indirect') continue;
    t.predictedIndirect++;
    if (!contentCover.subarray(p.start, p.end).includes(1)) t.indirectOutsideContent++;
  }
  for (const p of direct) {
    t.predictedDirect++;
    if (shareCovered(text, p, goldCover) >= 0.8) t.correctPredicted++;
    else {
      const inside = shareCovered(text, p, contentCover) >= 0.8;
      if (inside) t.wrongInsideContent++;
      errors?.push(`${doc.name} ${inside ? 'FALSE-INSIDE-CONTENT' : 'FALSE'} ${p.start} ${before(p)} ${show(p)}${overlapping(doc.fragments, p)}`);
    }
  }
}

function speakerMatches(p: Prediction, source: { ranges: Range[]; text: string }): boolean {
  const m = p.speakerMention;
  if (m && source.ranges.some((r) => m.start < r.end && m.end > r.start)) return true;
  if (!p.speakerName) return false;
  const last = p.speakerName.trim().split(/\s+/).pop() ?? '';
  const word = last.replace(/['’]s?$/u, '').toLowerCase();
  return word.length > 0 && source.text.toLowerCase().includes(word);
}

/** A per-character mark of the text covered by the ranges (union). */
function coverage(text: string, ranges: Range[]): Uint8Array {
  const covered = new Uint8Array(text.length);
  for (const r of ranges) covered.fill(1, Math.max(0, r.start), Math.min(text.length, r.end));
  return covered;
}

/** Share of the non-space characters of `r` that are covered. */
function shareCovered(text: string, r: Range, covered: Uint8Array): number {
  let total = 0;
  let inside = 0;
  for (let i = r.start; i < r.end && i < text.length; i++) {
    if (/\s/u.test(text.charAt(i))) continue;
    total++;
    inside += covered[i];
  }
  return total === 0 ? 0 : inside / total;
}

function toFigures(t: Tally): Figures {
  const precision = t.predictedDirect ? t.correctPredicted / t.predictedDirect : 0;
  const recall = t.goldDirect ? t.foundDirect / t.goldDirect : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision,
    recall,
    f1,
    speakerAccuracy: t.speakerGold ? t.speakerCorrect / t.speakerGold : 0,
    indirectRecall: t.goldIndirect ? t.foundIndirect / t.goldIndirect : 0,
    tally: t,
  };
}

function round(f: Figures): Figures {
  const r = (x: number): number => Math.round(x * 10000) / 10000;
  return { ...f, precision: r(f.precision), recall: r(f.recall), f1: r(f.f1), speakerAccuracy: r(f.speakerAccuracy), indirectRecall: r(f.indirectRecall) };
}

function printTable(names: string[], figures: Figures[]): void {
  const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
  const rows: Array<[string, (f: Figures) => string]> = [
    ['direct precision', (f) => `${pct(f.precision)} (${f.tally.correctPredicted}/${f.tally.predictedDirect})`],
    ['direct recall', (f) => `${pct(f.recall)} (${f.tally.foundDirect}/${f.tally.goldDirect})`],
    ['direct F1', (f) => pct(f.f1)],
    ['speaker accuracy', (f) => `${pct(f.speakerAccuracy)} (${f.tally.speakerCorrect}/${f.tally.speakerGold})`],
    ['indirect recall', (f) => `${pct(f.indirectRecall)} (${f.tally.foundIndirect}/${f.tally.goldIndirect})`],
  ];
  const width = [18, ...names.map((n) => Math.max(n.length, 22))];
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(width[i])).join('  ');
  console.log(line(['', ...names]));
  for (const [label, fmt] of rows) console.log(line([label, ...figures.map(fmt)]));
  console.log();
  // Reading aids, not EVAL.md figures: where the disagreements with the gold lie.
  const each = (f: (t: Tally) => string): string => names.map((n, i) => `${n} ${f(figures[i].tally)}`).join(', ');
  console.log('Not EVAL.md figures, to read the errors by:');
  console.log(`  direct quotes counted wrong that lie inside gold Content opening with no mark (split at its`);
  console.log(`  sentences, or opened with a closing mark): ${each((t) => `${t.wrongInsideContent} of ${t.predictedDirect - t.correctPredicted}`)}`);
  console.log(`  gold direct fragments missed that a partial quote of ours covers: ${each((t) => `${t.missedAsPartial} of ${t.goldDirect - t.foundDirect}`)}`);
  console.log(`  indirect quotes sharing no character with any gold Content: ${each((t) => `${t.indirectOutsideContent} of ${t.predictedIndirect}`)}\n`);
}
