// `tsx scripts/bench/regexpCompileLimit.ts [--corpus DIR] [--rounds N]`: what V8's limit on
// regular-expression code costs the pipeline (issue 7: what is in the way).
//
// V8 first runs a regular expression in its bytecode interpreter and compiles it to machine
// code on its second run, separately for one-byte (Latin-1) and two-byte subjects. Its
// compiler stops optimizing once an isolate has generated more than 1 MB of regexp code and
// holds more than 16 MB of executable code (TooMuchRegExpCode in V8's regexp.cc), and the
// bytecode counts towards that megabyte. The pipeline's ~1,200 regular expressions make about
// 10 MB of bytecode on their first runs (--trace-regexp-tier-up), and their machine code is
// most of the executable memory (after three passes over the dev articles: 21.6 MB of code
// space, 5.1 MB with --regexp-interpret-all). So an expression compiled once the JIT has
// filled 16 MB (one first met late, or an old one first met with a subject of the other
// width: a Latin-1 article after articles with curly quotes) stays slow for the life of the
// process, and so does every expression of a second copy of the pipeline loaded into the same
// process (in-process A/B timings of two bundles favour the one loaded first).
// `--no-regexp-tier-up` makes no bytecode, and the slowdown mostly goes (an expression compiled
// after the first pass 1.0-2.2 times its first speed against 4.1-5.3 with the defaults, medians
// of three processes in each of three runs). The extension cannot set
// that flag: V8 flags are per process, and the annotation worker shares the extension host's
// process with other extensions (turning tier-up off there would leave their half-tiered
// expressions interpreted for good). Fewer or smaller expressions (less machine code, under
// 16 MB with the JIT's own) would avoid the limit without a flag.
//
// Each configuration runs in its own plain Node process (this file bundled by esbuild: tsx's
// own loader fills the same regexp budget and would blur the comparison), taking turns: a fresh copy of a regular
// expression of the pipeline's kind timed on the corpus's Latin-1 paragraphs before and after
// one pass of the pipeline over the corpus; then articles annotated one by one after a 100 KB
// document, as an editor's worker meets them (ms per 6 KB, median over the articles).
import { execFileSync } from 'node:child_process';
import { getHeapSpaceStatistics } from 'node:v8';
import { performance } from 'node:perf_hooks';
import { CORE_BUNDLE, buildCoreBundle, bundleScript, loadCoreBundle } from './coreBundle';
import { DEFAULT_CORPUS, documentOfSize, loadCorpus, utf8Bytes } from './corpus';
import { arg } from './args';

const CONFIGS: Array<{ label: string; flags: string[] }> = [
  { label: 'V8 defaults (as the extension runs)', flags: [] },
  { label: '--no-regexp-tier-up', flags: ['--no-regexp-tier-up'] },
];

/** The shape of the name rules' patterns: Unicode classes, lookahead and lookbehind. */
const SAMPLE = String.raw`(?=[A-Z\u{80}-\u{10FFFF}])(?=\p{Lu})(?<!\b(?:and|or|of|in|to|by) )(\p{Lu}[\p{L}\p{N}&-]*\p{L}) (?:have|are|said|says) `;

interface Measured {
  freshBeforeMs: number;
  freshAfterMs: number;
  codeSpaceMB: number;
  articleMsPer6KB: number;
}


/** Milliseconds per pass over `subjects` of a new RegExp of SAMPLE, after its compiling passes. */
function freshRegExpMs(subjects: string[]): number {
  const re = new RegExp(SAMPLE, 'gu');
  const pass = (): number => {
    const t0 = performance.now();
    for (const s of subjects) {
      re.lastIndex = 0;
      while (re.exec(s) !== null);
    }
    return performance.now() - t0;
  };
  pass();
  pass();
  const times = [pass(), pass(), pass(), pass(), pass()].sort((a, b) => a - b);
  return times[2];
}

/** Whether every character of `s` fits in one byte: V8 then stores it one byte a character. */
function isLatin1(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return false;
  return true;
}

function measure(corpus: string, bundle: string): Measured {
  const core = loadCoreBundle(bundle);
  const texts = loadCorpus(corpus);
  const latin1 = texts.flatMap((t) => t.split(/\n\s*\n/u)).filter((p) => p.length > 0 && isLatin1(p));
  const options = { documentDate: '2016-09-20' };
  const freshBeforeMs = freshRegExpMs(latin1);
  for (const t of texts) core.annotate(t, options);
  const freshAfterMs = freshRegExpMs(latin1);
  const long = documentOfSize(texts, 100_000);
  for (let i = 0; i < 3; i++) core.annotate(long, options);
  const per6KB: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const t of texts) {
      const t0 = performance.now();
      core.annotate(t, options);
      per6KB.push(((performance.now() - t0) / utf8Bytes([t])) * 6000);
    }
  }
  per6KB.sort((a, b) => a - b);
  const codeSpaceMB = getHeapSpaceStatistics()
    .filter((s) => s.space_name.startsWith('code'))
    .reduce((sum, s) => sum + s.space_size / 1048576, 0);
  return { freshBeforeMs, freshAfterMs, codeSpaceMB, articleMsPer6KB: per6KB[per6KB.length >> 1] };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function main(): void {
  const corpus = arg('--corpus', DEFAULT_CORPUS);
  if (process.argv.includes('--child')) {
    process.stdout.write(`${JSON.stringify(measure(corpus, arg('--core', CORE_BUNDLE)))}\n`);
    return;
  }
  const rounds = Math.max(1, Number(arg('--rounds', '3')));
  buildCoreBundle();
  const child = bundleScript(__filename, 'regexpCompileLimit.js');
  const results = CONFIGS.map(() => [] as Measured[]);
  for (let r = 0; r < rounds; r++) {
    CONFIGS.forEach((c, i) => {
      const out = execFileSync(process.execPath, [...c.flags, child, '--child', '--corpus', corpus, '--core', CORE_BUNDLE], { encoding: 'utf8', maxBuffer: 1 << 24 });
      results[i].push(JSON.parse(out.trim()) as Measured);
    });
  }
  console.log(`Corpus: ${corpus}; medians of ${rounds} processes per configuration, taking turns\n`);
  console.log('configuration                         fresh regexp before / after one pipeline pass   code space   articles after a 100 KB document');
  CONFIGS.forEach((c, i) => {
    const m = results[i];
    const before = median(m.map((x) => x.freshBeforeMs));
    const after = median(m.map((x) => x.freshAfterMs));
    console.log(
      `${c.label.padEnd(37)} ${before.toFixed(2).padStart(8)} / ${after.toFixed(2).padStart(6)} ms (×${(after / before).toFixed(1)})              ${median(m.map((x) => x.codeSpaceMB)).toFixed(1).padStart(5)} MB   ${median(m.map((x) => x.articleMsPer6KB)).toFixed(2)} ms per 6 KB`,
    );
  });
}

main();
