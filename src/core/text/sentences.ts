import type { Token } from './tokenizer';
import type { TextBlock } from './paragraphs';

// Sentence boundaries from tokens: a terminal mark followed by a capital or an opening
// quote, unless the word before is a known abbreviation. Quotes that close after the
// terminal mark stay with their sentence.

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj',
  'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'rev', 'hon', 'pres', 'gov', 'sec', 'atty',
]);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '“']);

export interface Sentence extends TextBlock {
  /** Index of the first token and one past the last token. */
  tokenStart: number;
  tokenEnd: number;
}

export function splitSentences(tokens: Token[], paragraphs: TextBlock[]): Sentence[] {
  const sentences: Sentence[] = [];
  let p = 0;
  let i = 0;
  while (i < tokens.length) {
    while (p < paragraphs.length && paragraphs[p].end <= tokens[i].start) p++;
    const paragraphEnd = p < paragraphs.length ? paragraphs[p].end : Number.MAX_SAFE_INTEGER;
    const first = i;
    let j = i;
    for (; j < tokens.length; j++) {
      const t = tokens[j];
      if (t.start >= paragraphEnd) break;
      if (isTerminal(tokens, j)) {
        j++;
        while (j < tokens.length && CLOSERS.has(tokens[j].text) && tokens[j].start === tokens[j - 1].end) j++;
        break;
      }
    }
    if (j === first) j = first + 1;
    sentences.push({ start: tokens[first].start, end: tokens[j - 1].end, tokenStart: first, tokenEnd: j });
    i = j;
  }
  return sentences;
}

function isTerminal(tokens: Token[], j: number): boolean {
  const t = tokens[j].text;
  if (t === '!' || t === '?') return true;
  if (t !== '.') return false;
  const prev = tokens[j - 1];
  if (prev && prev.end === tokens[j].start && prev.kind === 'word') {
    const lower = prev.text.toLowerCase();
    if (ABBREVIATIONS.has(lower)) return false;
    if (prev.text.length === 1 && prev.text !== prev.text.toLowerCase()) return false; // initial "J."
  }
  let k = j + 1;
  while (k < tokens.length && CLOSERS.has(tokens[k].text)) k++;
  const next = tokens[k];
  if (!next) return true;
  const c = next.text.charAt(0);
  return c !== c.toLowerCase() || /[\p{N}"“‘'«„]/u.test(c);
}
