// `npm run train:names [-- options]`: learns which given names belong to men and which to
// women from the person names of annotated news corpora (givenNameEvidence.ts says how
// the evidence is counted) and writes the table genderOfGivenName reads
// (src/core/entities/givenNames.ts; its hand list wins where the two disagree).
//
//   --conll PATH     CoNLL-2003 training part, default ../shared/data/conll2003/eng.train
//   --gmb PATH       GMB CSV, default ../shared/data/gmb/ner_dataset.csv
//   --polnear DIR    PolNeAR training texts, default ../shared/data/polnear/train/text;
//                    it has no name annotation, so only names right before or after
//                    "said"/"says" count, and only in sentences with no other capitalized words
//   --min-votes N    default 3      --min-share X   default 0.9 (see the CHANGELOG for the check
//                    against the hand list that chose them)
//   --out PATH       default src/core/entities/data/givenNameGenders.json
//   (a corpus given as "" is skipped)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { analyzeText } from '../../src/core/text/analyzedText';
import { handListGender } from '../../src/core/entities/givenNames';
import { demonymCountry } from '../../src/core/places/gazetteer';
import { readConll, type TaggedDocument } from './conllReader';
import { readGmb } from './gmbReader';
import { addDocumentEvidence, decideGenders, type GenderVotes, type NamePositions, type NameSentence } from './givenNameEvidence';

const ROOT = join(__dirname, '..', '..');
const DATA = resolve(ROOT, '..', 'shared', 'data');

interface Options {
  conll: string;
  gmb: string;
  polnear: string;
  minVotes: number;
  minShare: number;
  out: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    conll: join(DATA, 'conll2003', 'eng.train'),
    gmb: join(DATA, 'gmb', 'ner_dataset.csv'),
    polnear: join(DATA, 'polnear', 'train', 'text'),
    minVotes: 3,
    minShare: 0.9,
    out: join(ROOT, 'src', 'core', 'entities', 'data', 'givenNameGenders.json'),
  };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1] ?? '';
    switch (argv[i]) {
      case '--conll': o.conll = value; break;
      case '--gmb': o.gmb = value; break;
      case '--polnear': o.polnear = value; break;
      case '--min-votes': o.minVotes = Number(value); break;
      case '--min-share': o.minShare = Number(value); break;
      case '--out': o.out = value; break;
      default: throw new Error(`unknown option ${argv[i]}`);
    }
    i++;
  }
  return o;
}

function taggedToNameSentences(doc: TaggedDocument): NameSentence[] {
  return doc.sentences.map((s) => ({ words: s.words, people: s.entities.filter((e) => e.type === 'PER').map(({ start, end }) => ({ start, end })) }));
}

const SPEECH_VERBS = new Set(['said', 'says']);
const TITLE_ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Adm', 'Prof', 'St', 'Jr', 'Sr']);

function isCapitalizedWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) && word !== 'I';
}

/**
 * A plain news text's sentences with the names that say something ("Bryan Anderson said",
 * "said Bryan Anderson") as its people. A sentence with any other capitalized word past
 * its first may name someone else: its pronouns are not counted.
 */
export function plainTextToNameSentences(text: string): NameSentence[] {
  const doc = analyzeText(text);
  return doc.sentences.map((sentence) => {
    const words = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd).map((t) => t.text);
    const people: NameSentence['people'] = [];
    const inName = new Set<number>();
    let i = 0;
    while (i < words.length) {
      if (!isCapitalizedWord(words[i]) || TITLE_ABBREVIATIONS.has(words[i])) {
        i++;
        continue;
      }
      let end = i;
      while (end < words.length && isCapitalizedWord(words[end]) && !TITLE_ABBREVIATIONS.has(words[end])) end++;
      const speaks = SPEECH_VERBS.has(words[end] ?? '') || SPEECH_VERBS.has(words[i - 1] ?? '');
      if (speaks && end - i <= 3) {
        people.push({ start: i, end });
        for (let k = i; k < end; k++) inName.add(k);
      }
      i = end;
    }
    const unsure = words.some((w, k) => k > 0 && !inName.has(k) && isCapitalizedWord(w) && words[k - 1] !== '"' && !TITLE_ABBREVIATIONS.has(w));
    return { words, people, unsure };
  });
}

/**
 * How often each word is written in lower case and capitalized past a sentence's start:
 * a "first name" that is mostly a common word ("Information Minister", "Majority Leader",
 * "Mother Teresa") is a title the corpus left inside the name, not a given name.
 */
class WordCase {
  private readonly lower = new Map<string, number>();
  private readonly capitalized = new Map<string, number>();

  add(sentences: readonly NameSentence[]): void {
    for (const s of sentences) {
      s.words.forEach((w, i) => {
        if (/^\p{Ll}+$/u.test(w)) this.lower.set(w, (this.lower.get(w) ?? 0) + 1);
        else if (i > 0 && /^\p{Lu}\p{Ll}+$/u.test(w)) this.capitalized.set(w.toLowerCase(), (this.capitalized.get(w.toLowerCase()) ?? 0) + 1);
      });
    }
  }

  mostlyCommonWord(word: string): boolean {
    return (this.lower.get(word) ?? 0) > (this.capitalized.get(word) ?? 0);
  }
}

/** Particles and nationalities that lead names ("al-", "Van Gaal", "Saudi King Abdullah"). */
function leadsButIsNoGivenName(word: string): boolean {
  return ['al', 'el', 'abu', 'bin', 'ibn', 'van', 'von', 'de', 'da', 'di', 'du', 'del', 'der', 'la', 'le'].includes(word) || demonymCountry(word) !== null;
}

function countCorpora(o: Options, wordCase: WordCase): { votes: Map<string, GenderVotes>; positions: Map<string, NamePositions> } {
  const votes = new Map<string, GenderVotes>();
  const positions = new Map<string, NamePositions>();
  const addDocument = (sentences: NameSentence[]): void => {
    wordCase.add(sentences);
    addDocumentEvidence(sentences, votes, positions);
  };
  const report = (name: string, docs: number): void => {
    let total = 0;
    for (const v of votes.values()) total += v.male + v.female;
    console.log(`${name}: ${docs} documents; ${votes.size} names, ${total} votes so far`);
  };
  if (o.conll) {
    const docs = readConll(o.conll);
    for (const d of docs) addDocument(taggedToNameSentences(d));
    report(`CoNLL ${o.conll}`, docs.length);
  }
  if (o.gmb) {
    const docs = readGmb(o.gmb);
    for (const d of docs) addDocument(taggedToNameSentences(d));
    report(`GMB ${o.gmb}`, docs.length);
  }
  if (o.polnear) {
    const files = readdirSync(o.polnear).filter((f) => f.endsWith('.txt')).sort();
    for (const f of files) addDocument(plainTextToNameSentences(readFileSync(join(o.polnear, f), 'utf8')));
    report(`PolNeAR ${o.polnear}`, files.length);
  }
  return { votes, positions };
}

/** How the learned table compares with the hand list where both have the name. */
function agreement(table: ReadonlyMap<string, 'male' | 'female'>): { both: number; agree: number; disagreements: string[] } {
  let both = 0;
  let agree = 0;
  const disagreements: string[] = [];
  for (const [name, gender] of table) {
    const hand = handListGender(name);
    if (!hand) continue;
    both++;
    if (hand === gender) agree++;
    else disagreements.push(`${name} (hand ${hand}, learned ${gender})`);
  }
  return { both, agree, disagreements };
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  for (const path of [o.conll, o.gmb, o.polnear]) {
    if (path && !existsSync(path)) throw new Error(`${path} not found (see ../shared/data/README.md)`);
  }
  const wordCase = new WordCase();
  const { votes, positions } = countCorpora(o, wordCase);
  for (const name of [...votes.keys()]) {
    if (wordCase.mostlyCommonWord(name) || leadsButIsNoGivenName(name)) votes.delete(name);
  }
  console.log('\nthresholds: names kept, of them in the hand list, agreeing');
  for (const minVotes of [2, 3, 5]) {
    for (const minShare of [0.7, 0.8, 0.9]) {
      const t = decideGenders(votes, minVotes, minShare, positions);
      const a = agreement(t);
      console.log(`  votes >= ${minVotes}, share >= ${minShare}: ${t.size} names, ${a.both} in hand list, ${a.agree} agree`);
    }
  }
  const table = decideGenders(votes, o.minVotes, o.minShare, positions);
  const a = agreement(table);
  console.log(`\nchosen: votes >= ${o.minVotes}, share >= ${o.minShare}: ${table.size} names; hand list agreement ${a.agree}/${a.both}`);
  if (a.disagreements.length) console.log(`disagreements (the hand list wins): ${a.disagreements.join(', ')}`);
  const names = (g: 'male' | 'female'): string => [...table].filter(([, v]) => v === g).map(([n]) => n).sort().join(' ');
  const data = { minVotes: o.minVotes, minShare: o.minShare, male: names('male'), female: names('female') };
  mkdirSync(dirname(o.out), { recursive: true });
  writeFileSync(o.out, `${JSON.stringify(data, null, 1)}\n`);
  console.log(`wrote ${o.out} (${(JSON.stringify(data).length / 1024).toFixed(1)} KB)`);
}

if (require.main === module) main();
