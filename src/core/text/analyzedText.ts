import { splitParagraphs, type TextBlock } from './paragraphs';
import { splitSentences, type Sentence } from './sentences';
import { tokenize, type Token } from './tokenizer';

/** The text with its tokens, sentences and paragraphs, computed once per annotation. */
export interface AnalyzedText {
  text: string;
  tokens: Token[];
  paragraphs: TextBlock[];
  sentences: Sentence[];
}

export function analyzeText(text: string): AnalyzedText {
  const tokens = tokenize(text);
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(tokens, paragraphs);
  return { text, tokens, paragraphs, sentences };
}

/** Index of the sentence containing `offset` (binary search), or -1. */
export function sentenceIndexAt(doc: AnalyzedText, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first token whose start is >= offset. */
export function tokenIndexAt(doc: AnalyzedText, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
