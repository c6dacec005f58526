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
//   gold-slip   the gold value contradicts its own text (a year or month the text names
//               differently) or lies five years or more from the article date for a
//               phrase that names no year ("fourth quarter" 1998-Q4 in a 1989 story)
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
  for (const cls of CLASSES) {
    const list = classes.get(cls) ?? [];
    console.log(`${cls.padEnd(12)} ${String(list.length).padStart(4)}`);
  }
  // Of the phrases written both ways, those where our form is also the one the gold uses most for that kind.
  const bothWays = classes.get('both-ways') ?? [];
  const oursMost = bothWays.filter((m) => {
    const forms = formsOfKind.get(phraseKind(m.text[1])) ?? new Map<string, number>();
    const ours = forms.get(valueForm(m.pred?.value ?? null)) ?? 0;
    return [...forms.values()].every((n) => n <= ours);
  });
  console.log(`\nboth-ways where our form is the gold's most frequent for that kind of phrase: ${oursMost.length} of ${bothWays.length}`);
  if (argv.includes('--list')) {
    for (const cls of CLASSES) {
      console.log(`\n## ${cls}`);
      for (const m of classes.get(cls) ?? []) {
        const forms = [...(formsOfKind.get(phraseKind(m.text[1])) ?? new Map<string, number>())].map(([f, n]) => `${f}×${n}`).join(' ');
        console.log(`  ${m.doc}: "${m.text[0]}" ${m.pred?.value} vs gold "${m.text[1]}" ${m.gold?.value}   [gold forms: ${forms}]   …${m.context}…`);
      }
    }
  }
  return 0;
}

const CLASSES = ['both-ways', 'span', 'gold-slip', 'weekday-off', 'form', 'point'];

function classify(m: DumpLine, formsOfKind: Map<string, Map<string, number>>, dct: string | null): string {
  const pred = m.pred as Timex;
  const gold = m.gold as Timex;
  const ours = valueForm(pred.value);
  const theirs = valueForm(gold.value);
  const kind = phraseKind(m.text[1]);
  if (goldSlip(m.text[1], gold.value, dct)) return 'gold-slip';
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

function goldSlip(text: string, value: string | null, dct: string | null): boolean {
  if (!value || !/^\d{4}/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const named = /\b(1\d{3}|20\d{2})\b/.exec(text);
  if (named && Number(named[1]) !== year) return true;
  const month = new RegExp(MONTH.source, 'i').exec(text);
  if (month && /^\d{4}-\d\d/.test(value) && /\d/.test(text)) {
    const names = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
    if (names.indexOf(month[0].toLowerCase().slice(0, 3)) + 1 !== Number(value.slice(5, 7))) return true;
  }
  return !named && dct !== null && !/\d/.test(text) && Math.abs(year - Number(dct.slice(0, 4))) >= 5 && !/ago|century|decade|years/i.test(text);
}

function listFiles(dir: string): string[] {
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir).sort().flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : name.endsWith('.tml') ? [full] : [];
  });
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
