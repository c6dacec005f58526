// `npm run eval -- nameSlips [--gold DIR] [--examples N]`
// Not an EVAL.md figure: counts of name slips a news editor would notice, found by fixed
// tests over annotate()'s people, organizations and places on PolNeAR texts (default: the
// train split, ../shared/data/polnear/train/text). The tests read only the text and the
// output, never the name finder's own word lists (those change with the fixes they count),
// so the counts before and after a change compare. Load-independent: no timing.
//
//   title-as-person        a person mention that is one abbreviated title, singular or plural ("Sens." in "Sens. John McCain and …")
//   place-in-org-name      a place mention followed by capitalized words ending in a word that names an organization ("Des Moines Register", "USA TODAY")
//   type-split             a one-word name given as a person in one entity and as an organization or place in another, in one article
//   person-named-like-org  a person entity whose name ends in a word that names an organization ("Orlando Sentinel")
//   opener-common-word     an entity all of whose mentions are one word opening a sentence that news mostly writes in lower case ("Stealth", "Additional")
//   grouped-apart          two entities of one kind whose names differ only by a possessive or a leading title
//   firm-as-person         a one-word person mention that is the first word of a firm's name in the article ("Pfizer" after "Pfizer Inc.")
//   quoted-title-word      a one-word mention, of a word news mostly writes in lower case, inside a quoted title-case phrase ("Women in Power", “This Week,”)
//   function-word-name     a mention that is a function word alone ("The")
//   name-tail-word         a one-word mention, of a word news nearly always writes in lower case, right after a capitalized word of no mention
//                          and at most two joining words ("No Child Left Behind", "Right to Rise")
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { annotate } from '../../src/core/annotate';
import type { Annotations, Span } from '../../src/core/types';
import { defaultTagger } from '../../src/core/names/defaultTagger';

const PATTERNS = [
  'title-as-person', 'place-in-org-name', 'type-split', 'person-named-like-org', 'opener-common-word', 'grouped-apart', 'firm-as-person', 'quoted-title-word',
  'function-word-name', 'name-tail-word',
] as const;
type Pattern = (typeof PATTERNS)[number];

/** Abbreviated titles as news writes them before a name (AP style), without the full stop. */
const ABBREVIATED_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'lt', 'gen', 'col', 'capt', 'sgt', 'adm', 'maj', 'rev', 'prof', 'del', 'pres', 'atty', 'supt', 'cmdr', 'cpl', 'pvt', 'amb']);

/** Last words of organization names (the count's own list: media, schools, companies, bodies). */
const ORGANIZATION_ENDINGS = new Set([
  'register', 'sentinel', 'globe', 'times', 'post', 'journal', 'tribune', 'herald', 'gazette', 'news', 'today', 'sun', 'star', 'examiner',
  'inquirer', 'enquirer', 'chronicle', 'observer', 'telegraph', 'courier', 'dispatch', 'bulletin', 'review', 'magazine', 'network',
  'school', 'university', 'college', 'academy', 'institute', 'league', 'party', 'committee', 'council', 'association', 'foundation',
  'corporation', 'company', 'inc', 'corp', 'group', 'bank', 'club', 'church', 'hospital', 'agency', 'department', 'ministry', 'court',
  'commission', 'board', 'union', 'authority', 'coalition', 'alliance', 'caucus', 'airlines', 'generals',
]);

const SENTENCE_OPENING = /(?:^|[.!?:;"“‘(\]—]|\n)[\s"“‘'(]*$/u;

interface Args {
  dir: string;
  examples: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { dir: resolve(__dirname, '../../../shared/data/polnear/train/text'), examples: 0 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--gold') args.dir = join(resolve(argv[++i]), 'text');
    else if (argv[i] === '--examples') args.examples = Number(argv[++i]);
    else throw new Error(`eval nameSlips: unknown option ${argv[i]}`);
  }
  return args;
}

type Report = (pattern: Pattern, at: Span, note?: string) => void;

export function findSlips(text: string, a: Annotations, caseClasses: ReadonlyMap<string, number>, report: Report): void {
  const bare = (s: string): string => s.replace(/['’]s?$/u, '').toLowerCase();
  for (const p of a.people) {
    for (const m of p.mentions) {
      const word = m.text.replace(/\.$/u, '').toLowerCase();
      if (!/\s/u.test(m.text) && text[m.end] === '.' || m.text.endsWith('.')) {
        if (ABBREVIATED_TITLES.has(word) || (word.endsWith('s') && ABBREVIATED_TITLES.has(word.slice(0, -1)))) report('title-as-person', m);
      }
    }
    const words = p.name.split(/\s+/u);
    if (words.length >= 2 && ORGANIZATION_ENDINGS.has(bare(words[words.length - 1]))) report('person-named-like-org', p.mentions[0], p.name);
  }
  for (const l of a.places) {
    for (const m of l.mentions) {
      const after = /^ ((?:\p{Lu}[\p{L}&-]*)(?: (?:\p{Lu}[\p{L}&-]*|of))*)/u.exec(text.slice(m.end, m.end + 80));
      if (!after) continue;
      const words = after[1].split(' ');
      if (ORGANIZATION_ENDINGS.has(bare(words[words.length - 1]))) report('place-in-org-name', m, `${m.text} ${after[1]}`);
    }
  }
  const kindsOf = new Map<string, Set<string>>();
  const oneWord = (kind: string, list: Array<{ mentions: Span[] }>): void => {
    for (const e of list) {
      for (const m of e.mentions) {
        if (/\s/u.test(m.text)) continue;
        let kinds = kindsOf.get(m.text);
        if (!kinds) kindsOf.set(m.text, (kinds = new Set()));
        kinds.add(kind);
      }
    }
  };
  oneWord('person', a.people);
  oneWord('organization', a.organizations);
  oneWord('place', a.places);
  for (const [word, kinds] of kindsOf) {
    if (kinds.has('person') && kinds.size > 1) {
      const first = [...a.people].flatMap((p) => p.mentions).find((m) => m.text === word);
      if (first) report('type-split', first, `${word}: ${[...kinds].join('/')}`);
    }
  }
  for (const list of [a.people, a.organizations, a.places] as Array<Array<{ name: string; mentions: Span[] }>>) {
    for (const e of list) {
      const all = e.mentions.every((m) => !/\s/u.test(m.text) && SENTENCE_OPENING.test(text.slice(Math.max(0, m.start - 12), m.start)) && caseClasses.get(m.text.toLowerCase()) === 1);
      if (all) report('opener-common-word', e.mentions[0], e.name);
    }
    const seen = new Map<string, string>();
    for (const e of list) {
      const key = withoutTitle(e.name.replace(/['’]s?$/u, '')).toLowerCase();
      const other = seen.get(key);
      if (other !== undefined && other !== e.name) report('grouped-apart', e.mentions[0], `${other} | ${e.name}`);
      else seen.set(key, e.name);
    }
  }
}

/** Last words of firms' names (the count's own list). */
const FIRM_ENDINGS = new Set(['inc', 'inc.', 'corp', 'corp.', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'group', 'holdings', 'pharmaceuticals', 'international', 'industries', 'technologies', 'bureau', 'front']);

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'this', 'that', 'it', 'he', 'she', 'they', 'we']);

function moreSlips(text: string, a: Annotations, caseClasses: ReadonlyMap<string, number>, report: Report): void {
  const firms = new Set<string>();
  for (const o of a.organizations) {
    for (const m of o.mentions) {
      const words = m.text.split(/\s+/u);
      if (words.length >= 2 && FIRM_ENDINGS.has(words[words.length - 1].toLowerCase())) firms.add(words[0]);
    }
  }
  const personWords = new Set(a.people.flatMap((p) => p.mentions.filter((m) => /\s/u.test(m.text)).flatMap((m) => m.text.split(/\s+/u))));
  for (const p of a.people) for (const m of p.mentions) if (firms.has(m.text) && !personWords.has(m.text)) report('firm-as-person', m);
  for (const list of [a.people, a.organizations, a.places] as Array<Array<{ mentions: Span[] }>>) {
    for (const e of list) {
      for (const m of e.mentions) {
        if (FUNCTION_WORDS.has(m.text.toLowerCase())) report('function-word-name', m);
        if (!/\s/u.test(m.text) && caseClasses.get(m.text.toLowerCase()) === 1) {
          const head = /(\p{Lu}[\p{L}'’-]*) (?:(?:a|an|the|in|of|on|at|to|for|with) ){0,2}$/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
          const at = head ? m.start - head[0].length : -1;
          if (head && !/^(?:The|A|An)$/u.test(head[1]) && !inMention(a, at)) report('name-tail-word', m, head[0] + m.text);
        }
        const lower = caseClasses.get(m.text.toLowerCase());
        if (/\s/u.test(m.text) || (lower !== 1 && lower !== 2)) continue;
        const title = quotedPhraseAround(text, m);
        if (title !== null) report('quoted-title-word', m, title);
      }
    }
  }
}

function inMention(a: Annotations, offset: number): boolean {
  for (const list of [a.people, a.organizations, a.places] as Array<Array<{ mentions: Span[] }>>) {
    for (const e of list) for (const m of e.mentions) if (m.start <= offset && offset < m.end) return true;
  }
  return false;
}

/** The quoted phrase of two to eight words, most of them capitalized, on the mention's line around it; else null. */
function quotedPhraseAround(text: string, m: Span): string | null {
  // An opening mark against a word, a closing mark against the word or stop before it.
  const before = /["“]((?:\p{L}[^"“”\n]{0,59})?)$/u.exec(text.slice(Math.max(0, m.start - 61), m.start));
  const after = /^((?:[^"“”\n]{0,59}\S)?)["”]/u.exec(text.slice(m.end, m.end + 61));
  if (!before || !after) return null;
  const phrase = before[1] + m.text + after[1];
  const words = phrase.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 2 || words.length > 8) return null;
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalized >= 0.6 * words.length ? phrase : null;
}

function withoutTitle(name: string): string {
  const words = name.split(/\s+/u);
  while (words.length > 1 && ABBREVIATED_TITLES.has(words[0].replace(/\.$/u, '').toLowerCase())) words.shift();
  while (words.length > 1 && /^(?:president|senator|governor|former|sens?\.?|reps?\.?)$/iu.test(words[0])) words.shift();
  return words.join(' ');
}

export function main(argv: string[]): number {
  const args = parseArgs(argv);
  const { caseClasses } = defaultTagger().model;
  const counts = new Map<Pattern, number>(PATTERNS.map((p) => [p, 0]));
  const examples = new Map<Pattern, string[]>(PATTERNS.map((p) => [p, []]));
  const files = readdirSync(args.dir).filter((f) => f.endsWith('.txt')).sort();
  for (const f of files) {
    const text = readFileSync(join(args.dir, f), 'utf8');
    const a = annotate(text, { fileName: f });
    const report: Report = (pattern, at, note) => {
      counts.set(pattern, (counts.get(pattern) ?? 0) + 1);
      const list = examples.get(pattern)!;
      if (list.length < args.examples) {
        const context = `${text.slice(Math.max(0, at.start - 40), at.start)}[[${at.text}]]${text.slice(at.end, at.end + 30)}`.replace(/\s+/gu, ' ');
        list.push(`  ${f.slice(0, 28)}  ${note ? `${note}  ` : ''}${context}`);
      }
    };
    findSlips(text, a, caseClasses, report);
    moreSlips(text, a, caseClasses, report);
  }
  console.log(`name slips over ${files.length} articles of ${args.dir} (not an EVAL.md figure)`);
  for (const p of PATTERNS) {
    console.log(`${p.padEnd(24)}${counts.get(p)}`);
    for (const e of examples.get(p)!) console.log(e);
  }
  console.log(JSON.stringify({ eval: 'nameSlips', dir: args.dir, articles: files.length, counts: Object.fromEntries(counts) }));
  return 0;
}
