import { readFileSync } from 'node:fs';
import type { NameType } from '../../src/core/names/nameMention';

// Reads CoNLL-2003 (`word POS chunk tag`, IOB1, `-DOCSTART-` between documents) and
// renders each document as text with its entity spans as character offsets.

export interface TaggedSentence {
  words: string[];
  /** Entity spans over word indices, end exclusive. */
  entities: Array<{ start: number; end: number; type: NameType }>;
}

export interface TaggedDocument {
  sentences: TaggedSentence[];
}

export interface RenderedDocument {
  text: string;
  /** Character offsets of every word of every sentence: [sentence][word] → [start, end). */
  wordOffsets: Array<Array<[number, number]>>;
  entities: Array<{ start: number; end: number; type: NameType }>;
}

const TYPES = new Set<NameType>(['PER', 'ORG', 'LOC', 'MISC']);

export function readConll(path: string): TaggedDocument[] {
  const docs: TaggedDocument[] = [];
  let doc: TaggedDocument | null = null;
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length) {
      doc ??= { sentences: [] };
      doc.sentences.push({ words, entities: entitiesOfIob(tags) });
    }
    words = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const parts = line.trim().split(' ');
    if (parts[0] === '-DOCSTART-') {
      flush();
      if (doc) docs.push(doc);
      doc = { sentences: [] };
      continue;
    }
    if (parts.length < 2 || parts[0] === '') {
      flush();
      continue;
    }
    words.push(parts[0]);
    tags.push(parts[parts.length - 1]);
  }
  flush();
  if (doc && doc.sentences.length) docs.push(doc);
  return docs.filter((d) => d.sentences.length > 0);
}

/**
 * Entity spans of IOB1 or IOB2 tags: I-X continues an entity of type X, B-X always starts
 * one, and I-X after anything but X starts one too (IOB1's rule).
 */
export function entitiesOfIob(tags: readonly string[]): TaggedSentence['entities'] {
  const out: TaggedSentence['entities'] = [];
  let open: TaggedSentence['entities'][number] | null = null;
  tags.forEach((tag, i) => {
    const type = tag.slice(2) as NameType;
    const known = tag.length > 2 && TYPES.has(type);
    const begins = known && (tag.startsWith('B-') || !open || open.type !== type);
    if (open && (!known || begins)) {
      open.end = i;
      out.push(open);
      open = null;
    }
    if (known && !open) open = { start: i, end: i + 1, type };
  });
  if (open) {
    (open as TaggedSentence['entities'][number]).end = tags.length;
    out.push(open);
  }
  return out;
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '%', "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m"]);
const NO_SPACE_AFTER = new Set(['(', '[', '$']);

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs']);

/**
 * An all-caps headline ("JAPAN GET LUCKY WIN") as today's sites write it, in title case
 * ("Japan Get Lucky Win"): short words in lower case, short names (acronyms) kept.
 */
function titleCaseHeadline(s: TaggedSentence): string[] {
  const letters = s.words.filter((w) => /\p{L}/u.test(w));
  if (letters.length < 2 || letters.some((w) => w !== w.toUpperCase())) return s.words;
  const inEntity = new Set<number>();
  for (const e of s.entities) for (let i = e.start; i < e.end; i++) inEntity.add(i);
  return s.words.map((w, i) => {
    if (!/\p{L}/u.test(w) || /\./.test(w) || (inEntity.has(i) && w.length <= 4)) return w;
    const lower = w.toLowerCase();
    if (i > 0 && SMALL_WORDS.has(lower)) return lower;
    return lower.replace(/(^|[-'])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  });
}

/**
 * `spaced`: as ../shared/EVAL.md rebuilds the text (words joined by one space, sentences
 * by \n). `natural`: as published copy reads, punctuation and clitics attached
 * ("Clinton's", "Paris,") and all-caps headlines in title case, so the model also sees
 * the forms real articles have.
 */
export function renderDocument(doc: TaggedDocument, style: 'spaced' | 'natural' = 'spaced'): RenderedDocument {
  let text = '';
  const wordOffsets: RenderedDocument['wordOffsets'] = [];
  const entities: RenderedDocument['entities'] = [];
  doc.sentences.forEach((s, si) => {
    if (si > 0) text += '\n';
    const offsets: Array<[number, number]> = [];
    const words = style === 'natural' ? titleCaseHeadline(s) : s.words;
    words.forEach((w, wi) => {
      if (wi > 0) {
        const attach = style === 'natural' && (NO_SPACE_BEFORE.has(w) || NO_SPACE_AFTER.has(words[wi - 1]));
        if (!attach) text += ' ';
      }
      offsets.push([text.length, text.length + w.length]);
      text += w;
    });
    wordOffsets.push(offsets);
    for (const e of s.entities) entities.push({ start: offsets[e.start][0], end: offsets[e.end - 1][1], type: e.type });
  });
  return { text, wordOffsets, entities };
}
