// `npm run eval -- ner [--gold FILE] [--errors N] [--no-peer]`
// People, places and organizations on CoNLL-2003 (default: the dev file eng.testa), as
// ../shared/EVAL.md defines them: each -DOCSTART- document rebuilt as text (tokens joined
// by one space, sentences by \n), run through the full `annotate()`; every person, place
// and organization mention becomes PER, LOC or ORG over the tokens it covers entirely;
// exact-match precision, recall and F1 per type. compromise's people(), places() and
// organizations() are scored on the same text in the same run.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { annotate } from '../../src/core/annotate';
import type { Annotations } from '../../src/core/types';
import { readConll, renderDocument, type RenderedDocument } from '../train/conllReader';
import { SpanScorer, type TypeScore } from '../train/spanScoring';

const TYPES = ['PER', 'LOC', 'ORG'] as const;
type Type = (typeof TYPES)[number];

interface CharSpan {
  start: number;
  end: number;
  type: Type;
}

type System = (text: string) => CharSpan[];

interface Args {
  gold?: string;
  errors: number;
  peer: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { errors: 0, peer: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--gold') args.gold = argv[++i];
    else if (argv[i] === '--errors') args.errors = Number(argv[++i]);
    else if (argv[i] === '--no-peer') args.peer = false;
    else throw new Error(`eval ner: unknown option ${argv[i]}`);
  }
  return args;
}

const ours: System = (text) => spansOfAnnotations(annotate(text));

export function spansOfAnnotations(a: Annotations): CharSpan[] {
  const out: CharSpan[] = [];
  for (const p of a.people) for (const m of p.mentions) out.push({ start: m.start, end: m.end, type: 'PER' });
  for (const l of a.places) for (const m of l.mentions) out.push({ start: m.start, end: m.end, type: 'LOC' });
  for (const o of a.organizations) for (const m of o.mentions) out.push({ start: m.start, end: m.end, type: 'ORG' });
  return out;
}

function compromiseSystem(): System {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise') as (text: string) => Record<'people' | 'places' | 'organizations', () => { json: (o: object) => Array<{ offset: { start: number; length: number } }> }>;
  return (text) => {
    const doc = nlp(text);
    const out: CharSpan[] = [];
    const add = (list: Array<{ offset: { start: number; length: number } }>, type: Type): void => {
      for (const m of list) out.push({ start: m.offset.start, end: m.offset.start + m.offset.length, type });
    };
    add(doc.people().json({ offset: true }), 'PER');
    add(doc.places().json({ offset: true }), 'LOC');
    add(doc.organizations().json({ offset: true }), 'ORG');
    return out;
  };
}

/** The token span a character span covers entirely, or null when it covers no token. */
export function coveredTokens(offsets: Array<[number, number]>, start: number, end: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < offsets.length; i++) {
    const [s, e] = offsets[i];
    if (s >= start && e <= end) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? null : [first, last + 1];
}

function tokenSpans(r: RenderedDocument, spans: readonly CharSpan[]): CharSpan[] {
  const offsets = r.wordOffsets.flat();
  const out: CharSpan[] = [];
  for (const s of spans) {
    const t = coveredTokens(offsets, s.start, s.end);
    if (t) out.push({ start: t[0], end: t[1], type: s.type });
  }
  return out;
}

function run(system: System, docs: RenderedDocument[], errors: number, name: string): Record<string, TypeScore> {
  const scorer = new SpanScorer(TYPES);
  let shown = 0;
  for (const r of docs) {
    const gold = tokenSpans(r, r.entities.filter((e): e is CharSpan => (TYPES as readonly string[]).includes(e.type)));
    const predicted = tokenSpans(r, system(r.text));
    scorer.add(gold, predicted);
    if (shown < errors) shown += printErrors(name, r, gold, predicted, errors - shown);
  }
  return scorer.scores();
}

function printErrors(name: string, r: RenderedDocument, gold: CharSpan[], predicted: CharSpan[], limit: number): number {
  const words = r.wordOffsets.flat().map(([s, e]) => r.text.slice(s, e));
  const key = (s: CharSpan): string => `${s.type}:${s.start}:${s.end}`;
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  let n = 0;
  const show = (tag: string, s: CharSpan): void => {
    if (n >= limit) return;
    const context = words.slice(Math.max(0, s.start - 4), s.end + 4).join(' ');
    console.log(`  ${name} ${tag} ${s.type} "${words.slice(s.start, s.end).join(' ')}"  …${context}…`);
    n++;
  };
  for (const s of predicted) if (!goldKeys.has(key(s))) show('false', s);
  for (const s of gold) if (!predictedKeys.has(key(s))) show('missed', s);
  return n;
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const gold = resolve(args.gold ?? join(__dirname, '../../../shared/data/conll2003/eng.testa'));
  if (!existsSync(gold)) {
    console.error(`eval ner: no CoNLL file at ${gold} (pass --gold FILE). Skipped.`);
    return 2;
  }
  const docs = readConll(gold).map((d) => renderDocument(d, 'spaced'));
  const tokens = docs.reduce((n, r) => n + r.wordOffsets.reduce((k, s) => k + s.length, 0), 0);
  const started = performance.now();
  const ourScores = run(ours, docs, args.errors, 'ours');
  const ourSeconds = (performance.now() - started) / 1000;
  const peerScores = args.peer ? run(compromiseSystem(), docs, 0, 'compromise') : null;

  const pct = (x: number): string => (x * 100).toFixed(2).padStart(6);
  console.log(`CoNLL-2003 ${gold}: ${docs.length} documents, ${tokens} tokens; exact match per EVAL.md`);
  console.log(`type   gold | news-annotator  P      R      F1 ${peerScores ? '| compromise  P      R      F1' : ''}`);
  for (const t of [...TYPES, 'ALL']) {
    const o = ourScores[t];
    const p = peerScores?.[t];
    const peer = p ? `|            ${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}` : '';
    console.log(`${t.padEnd(5)} ${String(o.gold).padStart(5)} |               ${pct(o.precision)} ${pct(o.recall)} ${pct(o.f1)} ${peer}`);
  }
  console.log(`(annotate() over the whole file took ${ourSeconds.toFixed(1)} s)`);
  const round = (s: Record<string, TypeScore>): Record<string, object> =>
    Object.fromEntries(Object.entries(s).map(([t, v]) => [t, { ...v, precision: +v.precision.toFixed(4), recall: +v.recall.toFixed(4), f1: +v.f1.toFixed(4) }]));
  console.log(JSON.stringify({ eval: 'ner', gold, documents: docs.length, tokens, ours: round(ourScores), compromise: peerScores ? round(peerScores) : null }));
  return 0;
}
