// `tsx scripts/bench/outputHashes.ts [OUT]`: a hash of annotate()'s JSON for every PolNeAR dev
// and train article (article date from metadata.tsv) and every TempEval-3 text (its DCT), and
// of the incremental Annotator's results over edits of a 100 KB document; written one line per
// text, so that a speed change can be shown to leave every output identical (diff two runs).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate } from '../../src/core/annotate';
import { Annotator } from '../../src/core/annotator';
import { documentOfSize } from './corpus';

const DATA = join(__dirname, '..', '..', '..', 'shared', 'data');
const hash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
const lines: string[] = [];

const dates = new Map<string, string>();
for (const row of readFileSync(join(DATA, 'polnear', 'metadata.tsv'), 'utf8').split('\n').slice(1)) {
  const cols = row.split('\t');
  if (cols.length > 5) dates.set(cols[1], cols[5]);
}
const polnear: string[] = [];
for (const part of ['dev', 'train']) {
  const dir = join(DATA, 'polnear', part, 'text');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    if (part === 'dev') polnear.push(text);
    const documentDate = dates.get(f.replace(/\.txt$/, '')) ?? '2016-09-20';
    lines.push(`${part}/${f}\t${hash(annotate(text, { documentDate }))}`);
  }
}

const tempeval = join(DATA, 'tempeval3', 'train');
for (const sub of existsSync(tempeval) ? readdirSync(tempeval).sort() : []) {
  const dir = join(tempeval, sub);
  if (!existsSync(dir) || sub.endsWith('.txt')) continue;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.tml')).sort()) {
    const xml = readFileSync(join(dir, f), 'utf8');
    const dct = /<DCT>[\s\S]*?value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1];
    const body = xml.slice(xml.indexOf('<TEXT>') + 6, xml.indexOf('</TEXT>')).replace(/<[^>]*>/g, '');
    lines.push(`tempeval/${sub}/${f}\t${hash(annotate(body, dct ? { documentDate: dct } : {}))}`);
    lines.push(`tempeval/${sub}/${f} no date\t${hash(annotate(body))}`);
  }
}

// The incremental path: edits at spread-out places, each result from the Annotator and from a fresh annotate().
const annotator = new Annotator();
let text = documentOfSize(polnear, 100_000);
const options = { documentDate: '2016-09-20' };
annotator.annotate(text, options);
for (let i = 0; i < 12; i++) {
  const at = Math.floor((((i * 7919) % 97) / 97) * text.length);
  text = i % 4 === 3 ? `${text.slice(0, at)}${text.slice(at + 1)}` : `${text.slice(0, at)}${'x"\n'[i % 3]}${text.slice(at)}`;
  const incremental = hash(annotator.annotate(text, options));
  lines.push(`edit ${i}\t${incremental}\t${incremental === hash(annotate(text, options)) ? 'same as fresh' : 'DIFFERS from fresh'}`);
}

const out = process.argv[2] ?? '/tmp/output-hashes.txt';
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length} hashes written to ${out}`);
