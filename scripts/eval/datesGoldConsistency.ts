// `npx tsx scripts/eval/datesGoldConsistency.ts DUMP [--gold DIR]`
// Sorts the value mismatches of `npm run eval -- dates --dump DUMP` by whose they are.
// TempEval-3's annotators wrote the same kind of phrase in different ways ("1968" and
// "1968-XX", "2000-W7" and "2000-W07", "Friday night" with and without TNI), so part of
// what value F1 counts as our errors is a choice between two conventions both found in
// the gold. A mismatch falls in the first of these classes that fits:
//
//   both-ways   our value has another form than the gold's, and elsewhere in the corpus
//               the gold writes the same kind of phrase in our form
//   span        the gold marks a different stretch of text (value follows the stretch)
//   weekday-off a bare weekday the gold places more than six days from the article date:
//               read from another date of the story, or a slip
//   form        another form, which the gold never uses for that kind of phrase
//   point       the same form, another point of time: our resolution or the gold's
//
// "Kind of phrase" is the gold text lowercased, without a leading article or preposition,
// with digits, month names and weekday names replaced by placeholders; "form" is the value
// with digits replaced ("1998-W33" → "9999-W99").
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readTimeML } from './dates';

interface Timex { start: number; end: number; type: string; value: string | null }
interface DumpLine { doc: string; kind: string; pred?: Timex; gold?: Timex; text: string[]; context: string }

const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/g;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/g;
const LEADING = /^(?:the|a|an|on|in|at|by|for|of|from|to|since|until|during|about|around)\s+/;

export function phraseKind(text: string): string {
  let t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  while (LEADING.test(t)) t = t.replace(LEADING, '');
  return t.replace(WEEKDAY, 'WEEKDAY').replace(MONTH, 'MONTH').replace(/\d/g, '9');
}

export function valueForm(value: string | null): string {
  return value === null ? 'null' : value.replace(/\d/g, '9');
}

function main(argv: string[]): number {
  const dumpFile = argv[0];
  const goldIndex = argv.indexOf('--gold');
  if (!dumpFile || dumpFile.startsWith('--')) {
    console.error('usage: npx tsx scripts/eval/datesGoldConsistency.ts DUMP [--gold DIR]');
    return 2;
  }
  const goldDir = resolve(goldIndex >= 0 ? argv[goldIndex + 1] : join(__dirname, '../../../shared/data/tempeval3/train'));

  // Every form the gold gives each kind of phrase, over the whole corpus.
  const formsOfKind = new Map<string, Map<string, number>>();
  const articleDate = new Map<string, string | null>();
  for (const file of listFiles(goldDir)) {
    const doc = readTimeML(file, relative(goldDir, file));
    articleDate.set(doc.name, doc.dct);
    for (const g of doc.gold) {
      const kind = phraseKind(doc.text.slice(g.start, g.end));
      const forms = formsOfKind.get(kind) ?? new Map<string, number>();
      forms.set(valueForm(g.value), (forms.get(valueForm(g.value)) ?? 0) + 1);
      formsOfKind.set(kind, forms);
    }
  }

  const lines = readFileSync(dumpFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as DumpLine);
  const mismatches = lines.filter((l) => l.kind === 'value' && l.pred && l.gold);
  const classes = new Map<string, DumpLine[]>();
  for (const m of mismatches) {
    const cls = classify(m, formsOfKind, articleDate.get(m.doc) ?? null);
    classes.set(cls, [...(classes.get(cls) ?? []), m]);
  }

  console.log(`${mismatches.length} DATE+TIME value mismatches in ${dumpFile}\n`);
  for (const cls of ['both-ways', 'span', 'weekday-off', 'form', 'point']) {
    const list = classes.get(cls) ?? [];
    console.log(`${cls.padEnd(12)} ${String(list.length).padStart(4)}`);
  }
  if (argv.includes('--list')) {
    for (const cls of ['both-ways', 'span', 'weekday-off', 'form', 'point']) {
      console.log(`\n## ${cls}`);
      for (const m of classes.get(cls) ?? []) {
        console.log(`  ${m.doc}: "${m.text[0]}" ${m.pred?.value} vs gold "${m.text[1]}" ${m.gold?.value}   …${m.context}…`);
      }
    }
  }
  return 0;
}

function classify(m: DumpLine, formsOfKind: Map<string, Map<string, number>>, dct: string | null): string {
  const pred = m.pred as Timex;
  const gold = m.gold as Timex;
  const ours = valueForm(pred.value);
  const theirs = valueForm(gold.value);
  const kind = phraseKind(m.text[1]);
  if (ours !== theirs) {
    const forms = formsOfKind.get(kind);
    if (forms?.has(ours)) return 'both-ways';
    if (phraseKind(m.text[0]) !== kind) return 'span';
    return 'form';
  }
  if (/^WEEKDAY$/.test(kind) && gold.value && dct) {
    const days = Math.abs(Date.parse(gold.value.slice(0, 10)) - Date.parse(dct)) / 864e5;
    if (days > 6) return 'weekday-off';
  }
  return 'point';
}

function listFiles(dir: string): string[] {
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir).sort().flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : name.endsWith('.tml') ? [full] : [];
  });
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
