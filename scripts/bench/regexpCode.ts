// `tsx scripts/bench/regexpCode.ts [--corpus DIR] [--top N]`: which regular expressions make the
// machine code that fills V8's budget for it (issue 7: what is in the way; regexpCompileLimit.ts
// measures what passing that budget costs).
//
// One plain Node process with `--no-regexp-tier-up` (every expression the pipeline runs is
// compiled to machine code on its first run, not interpreted first) annotates the corpus's
// articles one by one, then reads a heap snapshot of itself: each regular expression's data
// holds its code for one-byte (Latin-1) and for two-byte subjects, compiled separately when the
// expression meets each. Prints the total, and the expressions with the most code.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapSpaceStatistics, writeHeapSnapshot } from 'node:v8';
import { CORE_BUNDLE, buildCoreBundle, bundleScript, loadCoreBundle } from './coreBundle';
import { DEFAULT_CORPUS, loadCorpus } from './corpus';
import { arg } from './args';

interface ExpressionCode {
  source: string;
  oneByte: number;
  twoByte: number;
}

interface Summary {
  expressions: number;
  compiled: number;
  codeBytes: number;
  codeSpaceBytes: number;
  top: ExpressionCode[];
}

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

// V8 11's layout of an irregexp expression's data array (JSRegExp::kIrregexpLatin1CodeIndex and
// kIrregexpUC16CodeIndex): the code for each subject width.
const ONE_BYTE_CODE = 3;
const TWO_BYTE_CODE = 4;

/** Bytes of machine code per regular expression, read from a heap snapshot's graph. */
export function expressionCode(snapshot: HeapSnapshot): ExpressionCode[] {
  const { meta } = snapshot.snapshot;
  const nodeFields = meta.node_fields.length;
  const edgeFields = meta.edge_fields.length;
  const [nodeTypes] = meta.node_types;
  const [edgeTypes] = meta.edge_types;
  const typeAt = meta.node_fields.indexOf('type');
  const nameAt = meta.node_fields.indexOf('name');
  const sizeAt = meta.node_fields.indexOf('self_size');
  const edgeCountAt = meta.node_fields.indexOf('edge_count');
  const { nodes, edges, strings } = snapshot;
  const count = nodes.length / nodeFields;
  const firstEdge = new Int32Array(count + 1);
  for (let i = 0, e = 0; i < count; i++) {
    firstEdge[i] = e;
    e += nodes[i * nodeFields + edgeCountAt] * edgeFields;
  }
  firstEdge[count] = edges.length;
  const type = (n: number): string => nodeTypes[nodes[n * nodeFields + typeAt]];
  const size = (n: number): number => nodes[n * nodeFields + sizeAt];
  const targets = (n: number): Array<{ index: number; to: number }> => {
    const out: Array<{ index: number; to: number }> = [];
    for (let e = firstEdge[n]; e < firstEdge[n + 1]; e += edgeFields) {
      const kind = edgeTypes[edges[e]];
      // Elements and hidden edges are numbered; internal ones named, here by their index ("3").
      const index = kind === 'element' || kind === 'hidden' ? edges[e + 1] : kind === 'internal' ? Number(strings[edges[e + 1]]) : -1;
      out.push({ index, to: edges[e + 2] / nodeFields });
    }
    return out;
  };
  // A Code object and the instructions it points to.
  const codeSize = (n: number): number => size(n) + targets(n).reduce((sum, t) => sum + (type(t.to) === 'code' ? size(t.to) : 0), 0);
  const byData = new Map<number, ExpressionCode>();
  for (let n = 0; n < count; n++) {
    if (type(n) !== 'regexp') continue;
    const data = targets(n).find((t) => type(t.to) === 'array');
    if (!data || byData.has(data.to)) continue;
    const code: ExpressionCode = { source: strings[nodes[n * nodeFields + nameAt]], oneByte: 0, twoByte: 0 };
    for (const t of targets(data.to)) {
      if (type(t.to) !== 'code') continue;
      if (t.index === ONE_BYTE_CODE) code.oneByte += codeSize(t.to);
      else if (t.index === TWO_BYTE_CODE) code.twoByte += codeSize(t.to);
    }
    byData.set(data.to, code);
  }
  return [...byData.values()];
}

function measure(corpus: string, core: string, top: number): Summary {
  const { annotate } = loadCoreBundle(core);
  const texts = loadCorpus(corpus);
  for (let round = 0; round < 2; round++) for (const t of texts) annotate(t, { documentDate: '2016-09-20' });
  const codeSpaceBytes = getHeapSpaceStatistics()
    .filter((s) => s.space_name.startsWith('code'))
    .reduce((sum, s) => sum + s.space_used_size, 0);
  const dir = mkdtempSync(join(tmpdir(), 'regexp-code-'));
  try {
    const file = writeHeapSnapshot(join(dir, 'heap.heapsnapshot'));
    const all = expressionCode(JSON.parse(readFileSync(file, 'utf8')) as HeapSnapshot);
    const compiled = all.filter((c) => c.oneByte + c.twoByte > 0).sort((a, b) => b.oneByte + b.twoByte - (a.oneByte + a.twoByte));
    const codeBytes = compiled.reduce((sum, c) => sum + c.oneByte + c.twoByte, 0);
    return { expressions: all.length, compiled: compiled.length, codeBytes, codeSpaceBytes, top: compiled.slice(0, top) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const mb = (bytes: number): string => (bytes / 1048576).toFixed(2);

function main(): void {
  const corpus = arg('--corpus', DEFAULT_CORPUS);
  const top = Math.max(1, Number(arg('--top', '25')));
  if (process.argv.includes('--child')) {
    process.stdout.write(`${JSON.stringify(measure(corpus, arg('--core', CORE_BUNDLE), top))}\n`);
    return;
  }
  buildCoreBundle();
  const child = bundleScript(__filename, 'regexpCode.js');
  const out = execFileSync(process.execPath, ['--no-regexp-tier-up', child, '--child', '--corpus', corpus, '--core', CORE_BUNDLE, '--top', String(top)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const s = JSON.parse(out.trim()) as Summary;
  console.log(`Corpus: ${corpus}, annotated twice article by article, every expression compiled on its first run\n`);
  console.log(`${s.compiled} of ${s.expressions} regular expressions compiled: ${mb(s.codeBytes)} MB of machine code, of ${mb(s.codeSpaceBytes)} MB of code in all`);
  console.log(`(V8 stops optimizing new expressions past 16 MB of executable memory: regexpCompileLimit.ts)\n`);
  console.log('  KB one-byte  KB two-byte  share  expression');
  let sum = 0;
  for (const c of s.top) {
    sum += c.oneByte + c.twoByte;
    console.log(`${(c.oneByte / 1024).toFixed(1).padStart(11)}  ${(c.twoByte / 1024).toFixed(1).padStart(11)}  ${((100 * sum) / s.codeBytes).toFixed(0).padStart(4)} %  ${c.source.length > 90 ? `${c.source.slice(0, 89)}…` : c.source}`);
  }
}

if (require.main === module) main();
