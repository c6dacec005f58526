import { splitParagraphs, type TextBlock } from './paragraphs';
import { splitSentences, type Sentence } from './sentences';
import { tokenize, type Token } from './tokenizer';
import { lowerBound } from './sortedSearch';

/** The text with its tokens, sentences and paragraphs, computed once per annotation. */
export interface AnalyzedText {
  text: string;
  tokens: Token[];
  paragraphs: TextBlock[];
  sentences: Sentence[];
}

/**
 * `paragraphTokens`, when given, returns a paragraph's tokens with offsets relative to the
 * paragraph (the incremental annotator passes a memo of them). The result is the same
 * either way: no token crosses a line break or the blanks trimmed off a paragraph's
 * ends, so the text's tokens are its paragraphs' tokens in order.
 */
export function analyzeText(text: string, paragraphTokens?: (paragraph: string) => readonly Token[]): AnalyzedText {
  const paragraphs = splitParagraphs(text);
  const tokens = paragraphTokens ? tokensByParagraph(text, paragraphs, paragraphTokens) : tokenize(text);
  const sentences = splitSentences(tokens, paragraphs);
  return { text, tokens, paragraphs, sentences };
}

function tokensByParagraph(text: string, paragraphs: TextBlock[], paragraphTokens: (paragraph: string) => readonly Token[]): Token[] {
  const tokens: Token[] = [];
  for (const p of paragraphs) {
    for (const t of paragraphTokens(text.slice(p.start, p.end))) tokens.push({ start: t.start + p.start, end: t.end + p.start, text: t.text, kind: t.kind });
  }
  return tokens;
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
  return lowerBound(doc.tokens, (t) => t.start < offset);
}
