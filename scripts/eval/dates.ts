// `npm run eval -- dates [--gold DIR] [--errors N] [--no-peer] [--speed DIR|none] [--dump FILE]`
// Relaxed, strict and value F1 on TempEval-3 TimeML as ../shared/EVAL.md defines them,
// for DATE+TIME and for all types, for our full `annotate()` and for chrono-node's own
// results on the same documents in the same run; then the date finder's throughput
// beside chrono's on a news corpus (PolNeAR dev texts by default).
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as chrono from 'chrono-node';
import { annotate } from '../../src/core/annotate';
import { findDates } from '../../src/core/dates/dateFinder';
import type { TimexType } from '../../src/core/types';

interface Timex {
  start: number;
  end: number;
  type: TimexType;
  value: string | null;
}

interface TimeMLDocument {
  name: string;
  text: string;
  /** The `<DCT>` value's YYYY-MM-DD. */
  dct: string | null;
  gold: Timex[];
}

interface Counts {
  gold: number;
  predicted: number;
  relaxed: number;
  strict: number;
  value: number;
  /**
   * Not an EVAL.md figure, a reading aid: relaxed matches whose values differ but do not
   * contradict each other (valuesAgree).
   */
  valueAgrees: number;
}

type Scope = 'DATE+TIME' | 'all';
type System = (text: string, dct: string | null) => Timex[];

const SCOPES: Scope[] = ['DATE+TIME', 'all'];

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (!args) {
    console.error('usage: npm run eval -- dates [--gold DIR] [--errors N] [--no-peer] [--speed DIR|none] [--dump FILE]');
    return 2;
  }
  const goldDir = resolve(args.gold ?? join(__dirname, '../../../shared/data/tempeval3/train'));
  if (!existsSync(goldDir)) {
    console.error(`eval dates: no TimeML corpus at ${goldDir}. Skipped.`);
    return 2;
  }
  const files = listFiles(goldDir, '.tml');
  if (files.length === 0) {
    console.error(`eval dates: no .tml files under ${goldDir}.`);
    return 2;
  }
  const docs = files.map((f) => readTimeML(f, relative(goldDir, f)));

  const systems: Array<{ name: string; run: System }> = [{ name: 'news-annotator', run: runOurs }];
  if (!args.noPeer) systems.push({ name: 'chrono-node', run: runChrono });

  const totals = systems.map(() => ({ 'DATE+TIME': emptyCounts(), all: emptyCounts() }));
  const errors: string[] = [];
  // --dump FILE: every DATE+TIME match, value mismatch, miss and extra of ours as JSON lines, for counting by phrase.
  const dump: unknown[] | undefined = args.dump ? [] : undefined;
  for (const doc of docs) {
    systems.forEach((system, i) => {
      const predicted = system.run(doc.text, doc.dct);
      for (const scope of SCOPES) {
        score(doc.gold.filter(inScope(scope)), predicted.filter(inScope(scope)), doc.text, totals[i][scope],
          i === 0 && scope === 'DATE+TIME' && (errors.length < args.errors || dump) ? { doc, out: errors.length < args.errors ? errors : [], dump } : null);
      }
    });
  }

  console.log(`Dates on ${docs.length} TimeML documents (${goldDir})`);
  console.log(`gold: ${totals[0]['DATE+TIME'].gold} DATE+TIME, ${totals[0].all.gold} all types\n`);
  const header = ['system', 'scope', 'pred', 'relaxed P', 'R', 'F1', 'strict P', 'R', 'F1', 'value P', 'R', 'F1'];
  const rows: string[][] = [];
  const json: Record<string, Record<string, unknown>> = {};
  systems.forEach((system, i) => {
    json[system.name] = {};
    for (const scope of SCOPES) {
      const c = totals[i][scope];
      const f = figures(c);
      json[system.name][scope] = { ...f, counts: c };
      rows.push([system.name, scope, String(c.predicted),
        ...[f.relaxed, f.strict, f.value].flatMap((m) => [m.precision, m.recall, m.f1].map(fmt))]);
    }
  });
  printTable(header, rows);
  const ours = totals[0]['DATE+TIME'];
  console.log(`\nNot an EVAL.md figure, to read the errors by: of the ${ours.relaxed - ours.value} DATE+TIME value mismatches of ${systems[0].name},`);
  console.log(`${ours.valueAgrees} do not contradict the gold: one value is a finer or differently written form of the other`);
  console.log(`("1998-10-23TNI" and "1998-10-23", "1989-W43" and "1989-WXX", "1968" and "1968-XX", "2000-W07" and "2000-W7").`);
  if (args.dump && dump) writeFileSync(args.dump, dump.map((d) => JSON.stringify(d)).join('\n') + '\n');
  if (errors.length > 0) console.log(`\nDATE+TIME mismatches (first ${errors.length}):\n${errors.join('\n')}`);

  let speed: Record<string, unknown> | null = null;
  if (args.speed !== 'none') {
    const speedDir = resolve(args.speed ?? join(__dirname, '../../../shared/data/polnear/dev/text'));
    if (existsSync(speedDir)) speed = measureSpeed(speedDir);
    else console.error(`\neval dates: no speed corpus at ${speedDir}; speed skipped.`);
  }
  console.log(JSON.stringify({ eval: 'dates', gold: goldDir, documents: docs.length, systems: json, speed }));
  return 0;
}

// --- reading TimeML ---------------------------------------------------------------

export function readTimeML(file: string, name: string): TimeMLDocument {
  const xml = readFileSync(file, 'utf8');
  const dctMatch = /<DCT>[\s\S]*?value="(\d{4}-\d{2}-\d{2})/.exec(xml);
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>', open);
  const body = open >= 0 && close > open ? xml.slice(open + '<TEXT>'.length, close) : '';
  const { text, gold } = stripTags(body);
  return { name, text, dct: dctMatch ? dctMatch[1] : null, gold };
}

/** Removes the markup, decodes entities and records each TIMEX3's span in the plain text. */
function stripTags(body: string): { text: string; gold: Timex[] } {
  let text = '';
  const gold: Timex[] = [];
  const open: Array<Timex | null> = [];
  const token = /<(\/?)([A-Za-z0-9]+)([^>]*?)(\/?)>|&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g;
  let last = 0;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    text += body.slice(last, m.index);
    last = token.lastIndex;
    if (m[5] !== undefined) {
      text += decodeEntity(m[5]) ?? m[0];
      continue;
    }
    const [, closing, tag, attrs, selfClosing] = m;
    if (selfClosing) continue;
    if (closing) {
      const t = open.pop();
      if (t) t.end = text.length;
      continue;
    }
    if (tag !== 'TIMEX3') {
      open.push(null);
      continue;
    }
    const attr = (k: string): string | null => new RegExp(`\\b${k}="([^"]*)"`).exec(attrs)?.[1] ?? null;
    const t: Timex = { start: text.length, end: text.length, type: (attr('type') ?? 'DATE') as TimexType, value: attr('value') };
    gold.push(t);
    open.push(t);
  }
  text += body.slice(last);
  return { text, gold };
}

function decodeEntity(name: string): string | null {
  if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
  return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name] ?? null;
}

// --- systems ----------------------------------------------------------------------

function runOurs(text: string, dct: string | null): Timex[] {
  return annotate(text, { documentDate: dct }).dates;
}

/** chrono-node as it comes: its first result per phrase, the value read from its date. */
function runChrono(text: string, dct: string | null): Timex[] {
  const instant = dct ? new Date(`${dct}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  return chrono.casual.parse(text, { instant, timezone: 0 }).map((r) => {
    const timed = r.start.isCertain('hour');
    const d = r.start.date();
    const day = d.toISOString().slice(0, 10);
    return {
      start: r.index,
      end: r.index + r.text.length,
      type: timed ? 'TIME' : 'DATE',
      value: timed ? `${day}T${d.toISOString().slice(11, 16)}` : day,
    };
  });
}

// --- scoring ----------------------------------------------------------------------

function inScope(scope: Scope): (t: Timex) => boolean {
  return scope === 'all' ? () => true : (t) => t.type === 'DATE' || t.type === 'TIME';
}

function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, relaxed: 0, strict: 0, value: 0, valueAgrees: 0 };
}

function score(gold: Timex[], predicted: Timex[], text: string, c: Counts,
  errors: { doc: TimeMLDocument; out: string[]; dump?: unknown[] } | null): void {
  const g = [...gold].sort(byStart);
  const p = [...predicted].sort(byStart);
  c.gold += g.length;
  c.predicted += p.length;

  // Relaxed: overlapping spans, one to one, in text order.
  const matchedGold = new Set<number>();
  const matchedPred = new Set<number>();
  let i = 0;
  let j = 0;
  while (i < g.length && j < p.length) {
    if (p[j].end <= g[i].start) j++;
    else if (g[i].end <= p[j].start) i++;
    else {
      c.relaxed++;
      matchedGold.add(i);
      matchedPred.add(j);
      const same = g[i].value === p[j].value;
      errors?.dump?.push({ doc: errors.doc.name, kind: same ? 'match' : 'value', pred: p[j], gold: g[i], text: [snippet(text, p[j]), snippet(text, g[i])], context: context(text, g[i]) });
      if (same) c.value++;
      else if (valuesAgree(p[j].value, g[i].value)) c.valueAgrees++;
      if (!same && errors) errors.out.push(`  value  ${errors.doc.name}: "${snippet(text, p[j])}" ${p[j].value} ≠ gold "${snippet(text, g[i])}" ${g[i].value}`);
      i++;
      j++;
    }
  }

  // Strict: equal spans after trimming white space and a leading article/preposition.
  const goldKeys = new Map<string, number>();
  for (const t of g) {
    const k = strictKey(text, t);
    goldKeys.set(k, (goldKeys.get(k) ?? 0) + 1);
  }
  for (const t of p) {
    const k = strictKey(text, t);
    const n = goldKeys.get(k) ?? 0;
    if (n > 0) {
      c.strict++;
      goldKeys.set(k, n - 1);
    }
  }

  if (errors) {
    g.forEach((t, k) => { if (!matchedGold.has(k)) errors.dump?.push({ doc: errors.doc.name, kind: 'missed', gold: t, text: [snippet(text, t)], context: context(text, t) }); });
    p.forEach((t, k) => { if (!matchedPred.has(k)) errors.dump?.push({ doc: errors.doc.name, kind: 'extra', pred: t, text: [snippet(text, t)], context: context(text, t) }); });
    g.forEach((t, k) => { if (!matchedGold.has(k)) errors.out.push(`  missed ${errors.doc.name}: "${snippet(text, t)}" ${t.type} ${t.value}   …${context(text, t)}…`); });
    p.forEach((t, k) => { if (!matchedPred.has(k)) errors.out.push(`  extra  ${errors.doc.name}: "${snippet(text, t)}" ${t.type} ${t.value}   …${context(text, t)}…`); });
  }
}

/**
 * Two TimeML values that name the same time at different precision or in another spelling:
 * after unpadding week numbers and dropping unspecified ("XX") parts and a part of the day,
 * one is the start of the other, an "X" matching any digit.
 */
export function valuesAgree(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const norm = (v: string): string => v.replace(/T(?:MO|AF|EV|NI)$/u, '').replace(/-W(\d)(?!\d)/u, '-W0$1').replace(/(?:-[WQ]?X+)+$/u, '');
  const [x, y] = [norm(a), norm(b)].sort((p, q) => p.length - q.length);
  if (!/^\d{2,4}/u.test(x) || /^(?:P|PT)/u.test(y)) return false;
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k] && x[k] !== 'X' && y[k] !== 'X') return false;
  return true;
}

const LEADING_FUNCTION_WORD = /^(?:the|a|an|on|in|at|by|for|of|from|to|since|until|till|during|through|throughout|within|over|after|before|about|around|into|per)\s+/i;

function strictKey(text: string, t: Timex): string {
  let start = t.start;
  let end = t.end;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  const lead = LEADING_FUNCTION_WORD.exec(text.slice(start, end));
  if (lead && lead[0].length < end - start) start += lead[0].length;
  return `${start}:${end}`;
}

function figures(c: Counts): Record<'relaxed' | 'strict' | 'value', { precision: number; recall: number; f1: number }> {
  const prf = (tp: number): { precision: number; recall: number; f1: number } => {
    const precision = c.predicted ? tp / c.predicted : 0;
    const recall = c.gold ? tp / c.gold : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision: round(precision), recall: round(recall), f1: round(f1) };
  };
  return { relaxed: prf(c.relaxed), strict: prf(c.strict), value: prf(c.value) };
}

// --- speed ------------------------------------------------------------------------

/**
 * The date finder alone beside chrono-node on the same concatenated news text: median of
 * 5 runs after a warm-up, in wall-clock time and in CPU time of this process (steadier on a
 * shared machine).
 */
function measureSpeed(dir: string): Record<string, unknown> {
  const text = listFiles(dir, '.txt').map((f) => readFileSync(f, 'utf8')).join('\n\n');
  const megabytes = Buffer.byteLength(text, 'utf8') / 1e6;
  const instant = new Date('2016-09-19T12:00:00Z');
  const runs: Record<string, () => unknown> = {
    'news-annotator findDates': () => findDates(text, '2016-09-19'),
    'chrono-node casual.parse': () => chrono.casual.parse(text, { instant, timezone: 0 }),
  };
  const wall: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  console.log(`\nSpeed on ${dir} (${megabytes.toFixed(2)} MB, median of 5 runs after a warm-up):`);
  for (const [name, run] of Object.entries(runs)) {
    run();
    const wallTimes: number[] = [];
    const cpuTimes: number[] = [];
    for (let k = 0; k < 5; k++) {
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      run();
      wallTimes.push(Number(process.hrtime.bigint() - t0) / 1e9);
      const c = process.cpuUsage(c0);
      cpuTimes.push((c.user + c.system) / 1e6);
    }
    wall[name] = round(megabytes / median(wallTimes));
    cpu[name] = round(megabytes / median(cpuTimes));
    console.log(`  ${name.padEnd(26)} ${wall[name].toFixed(2)} MB/s wall, ${cpu[name].toFixed(2)} MB/s CPU`);
  }
  const [ours, peer] = Object.keys(runs);
  console.log(`  ratio ours/chrono: ${(wall[ours] / wall[peer]).toFixed(2)} wall, ${(cpu[ours] / cpu[peer]).toFixed(2)} CPU`);
  return { corpus: dir, megabytes: round(megabytes), mbPerSecond: wall, mbPerSecondCpu: cpu };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// --- helpers ----------------------------------------------------------------------

function parseArgs(argv: string[]): { gold?: string; errors: number; noPeer: boolean; speed?: string; dump?: string } | null {
  const out: { gold?: string; errors: number; noPeer: boolean; speed?: string; dump?: string } = { errors: 0, noPeer: false };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (a === '--gold' && argv[k + 1]) out.gold = argv[++k];
    else if (a === '--errors' && argv[k + 1]) out.errors = Number(argv[++k]);
    else if (a === '--no-peer') out.noPeer = true;
    else if (a === '--dump' && argv[k + 1]) out.dump = argv[++k];
    else if (a === '--speed' && argv[k + 1]) out.speed = argv[++k];
    else return null;
  }
  return Number.isFinite(out.errors) ? out : null;
}

function listFiles(dir: string, ext: string): string[] {
  if (statSync(dir).isFile()) return [dir];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, ext));
    else if (name.endsWith(ext)) out.push(full);
  }
  return out;
}

function byStart(a: Timex, b: Timex): number {
  return a.start - b.start || a.end - b.end;
}

function snippet(text: string, t: Timex): string {
  return text.slice(t.start, t.end).replace(/\s+/g, ' ');
}

function context(text: string, t: Timex): string {
  return text.slice(Math.max(0, t.start - 50), Math.min(text.length, t.end + 30)).replace(/\s+/g, ' ');
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function fmt(x: number): string {
  return x.toFixed(3);
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
  const line = (cells: string[]): string => cells.map((c, k) => (k < 2 ? c.padEnd(widths[k]) : c.padStart(widths[k]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

