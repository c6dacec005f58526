import type { AnalyzedText } from '../text/analyzedText';
import type { Token } from '../text/tokenizer';
import { isKnownPlace } from '../places/gazetteer';
import type { NameMention, NameType } from './nameMention';
import {
  COMMON_FIRST_NAMES, KNOWN_ORGANIZATIONS, NAME_CONNECTORS, NOT_NAME_WORDS, ORGANIZATION_WORDS, PERSON_TITLES,
} from './nameLexicon';
import { isReportingVerb } from '../quotes/reportingVerbs';

// First-version finder: runs of capitalized words, classified by titles, organization
// words, the gazetteer, given names and the reporting verbs around them. The trained
// recognizer (issue 5) replaces this behind the same NameMention interface.

interface Candidate {
  tokens: Token[];
  titled: boolean;
  title?: string;
  sentenceInitial: boolean;
  nextWord?: string;
  prevWord?: string;
}

export function findNamesByRules(doc: AnalyzedText): NameMention[] {
  const candidates = collectCandidates(doc);
  const personWords = new Set<string>();
  const typed: Array<{ c: Candidate; type: NameType | null }> = candidates.map((c) => ({ c, type: classify(c) }));
  for (const { c, type } of typed) {
    if (type === 'PER') for (const t of c.tokens) if (!NAME_CONNECTORS.has(t.text)) personWords.add(stripPossessive(t.text));
  }
  const out: NameMention[] = [];
  for (const { c, type } of typed) {
    let finalType = type;
    if (finalType === null && c.tokens.length === 1 && personWords.has(stripPossessive(c.tokens[0].text))) finalType = 'PER';
    if (finalType === null || finalType === 'MISC') continue;
    const first = c.tokens[0];
    const last = c.tokens[c.tokens.length - 1];
    const end = last.start + stripPossessive(last.text).length;
    const text = doc.text.slice(first.start, end);
    out.push({ start: first.start, end, text, type: finalType, title: c.title });
  }
  return out;
}

export function stripPossessive(word: string): string {
  return word.replace(/['’]s?$/u, '').replace(/['’]s$/u, '');
}

function isNameWord(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const c = t.text.charAt(0);
  return c !== c.toLowerCase();
}

function collectCandidates(doc: AnalyzedText): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = doc;
  for (const s of doc.sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      if (!isNameWord(tokens[i])) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < s.tokenEnd) {
        const t = tokens[j];
        if (isNameWord(t) && !endsWithPossessive(tokens[j - 1].text)) {
          j++;
          continue;
        }
        // "Bank of England", "Osama bin Laden": a connector between two name words.
        if (NAME_CONNECTORS.has(t.text) && t.text !== 'and' && j + 1 < s.tokenEnd && isNameWord(tokens[j + 1])) {
          j += 2;
          continue;
        }
        break;
      }
      out.push(...refine(tokens, i, j, i === s.tokenStart || isOpeningPunct(tokens[i - 1])));
      i = j;
    }
  }
  return out;
}

function isOpeningPunct(t: Token | undefined): boolean {
  return !!t && t.kind === 'punct' && /["“‘'«„([]/u.test(t.text);
}

function endsWithPossessive(word: string): boolean {
  return /['’]s?$/u.test(word) && word.length > 2;
}

function refine(tokens: Token[], from: number, to: number, sentenceInitial: boolean): Candidate[] {
  let a = from;
  let b = to;
  let titled = false;
  let title: string | undefined;
  const extra: Candidate[] = [];
  // Leading words that are not names ("The", "But", "Monday").
  while (a < b && NOT_NAME_WORDS.has(tokens[a].text.toLowerCase())) {
    a++;
    sentenceInitial = false;
  }
  // Leading titles ("U.S. Secretary of State Antony Blinken"): keep the name only.
  let k = a;
  while (k < b - 1 && (isTitle(tokens[k].text) || (NAME_CONNECTORS.has(tokens[k].text) && k > a))) k++;
  if (k > a && k < b) {
    const titleWords = tokens.slice(a, k).map((t) => t.text);
    if (isKnownPlace(titleWords[0])) extra.push({ tokens: [tokens[a]], titled: false, sentenceInitial: false });
    title = titleWords.filter((w) => !isKnownPlace(w)).join(' ') || undefined;
    titled = true;
    a = k;
    sentenceInitial = false;
  }
  while (b > a && (NOT_NAME_WORDS.has(tokens[b - 1].text.toLowerCase()) || NAME_CONNECTORS.has(tokens[b - 1].text))) b--;
  if (b <= a) return extra;
  const prev = tokens[a - 1];
  const next = tokens[b];
  return [
    ...extra,
    {
      tokens: tokens.slice(a, b),
      titled,
      title,
      sentenceInitial,
      prevWord: prev?.kind === 'word' ? prev.text.toLowerCase() : prev?.text,
      nextWord: next?.kind === 'word' ? next.text.toLowerCase() : next?.text,
    },
  ];
}

function classify(c: Candidate): NameType | null {
  const words = c.tokens.map((t) => stripPossessive(t.text));
  const lower = words.map((w) => w.toLowerCase());
  const full = words.join(' ');
  const lastLower = lower[lower.length - 1];
  if (lower.some((w) => ORGANIZATION_WORDS.has(w)) && !c.titled) return 'ORG';
  if (words.length === 1 && KNOWN_ORGANIZATIONS.has(lastLower)) return 'ORG';
  if (c.titled) return 'PER';
  if (isKnownPlace(full)) return 'LOC';
  if (words.length === 1 && /^[A-Z]{2,5}$/.test(words[0])) return 'ORG';
  if (COMMON_FIRST_NAMES.has(lower[0]) && words.length >= 2) return 'PER';
  const reportedNext = c.nextWord !== undefined && isReportingVerb(c.nextWord);
  const reportedPrev = c.prevWord !== undefined && isReportingVerb(c.prevWord);
  if (words.length >= 2 && words.length <= 4) return 'PER';
  if (reportedNext || reportedPrev) return 'PER';
  return null;
}

function isTitle(word: string): boolean {
  const lower = word.toLowerCase();
  return PERSON_TITLES.has(lower) || PERSON_TITLES.has(lower.replace(/\.$/, ''));
}
