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
  /**
   * When the tokens came paragraph by paragraph from a memo (the incremental annotator):
   * each paragraph's token list as the memo returned it, offsets relative to the
   * paragraph. The same list object means the same paragraph text, so finders may keep
   * paragraph-local work by the list's identity.
   */
  paragraphTokens?: readonly (readonly Token[])[];
}

/**
 * `paragraphTokens`, when given, returns a paragraph's tokens with offsets relative to the
 * paragraph (the incremental annotator passes a memo of them). The result is the same
 * either way: no token crosses a line break or the blanks trimmed off a paragraph's
 * ends, so the text's tokens are its paragraphs' tokens in order.
 */
export function analyzeText(text: string, paragraphTokens?: (paragraph: string) => readonly Token[]): AnalyzedText {
  const paragraphs = splitParagraphs(text);
  if (!paragraphTokens) {
    const tokens = tokenize(text);
    return { text, tokens, paragraphs, sentences: splitSentences(tokens, paragraphs) };
  }
  const lists = paragraphs.map((p) => paragraphTokens(text.slice(p.start, p.end)));
  const tokens = tokensByParagraph(paragraphs, lists);
  return { text, tokens, paragraphs, sentences: splitSentences(tokens, paragraphs), paragraphTokens: lists };
}

/**
 * A memoized paragraph's tokens at the offset it was last placed at. After an edit, every
 * paragraph before it stays where it was, and its tokens serve again; a paragraph after it
 * has moved, and its tokens are moved where they are (the offsets shifted in place) rather
 * than built again: typing in a long text would otherwise rebuild half its tokens on every
 * keystroke. A token object thus belongs to the latest analysis that placed it, which no
 * finder keeps past its call. The same paragraph twice in one text gets its own copy the
 * second time. Entries go with the memo's token lists.
 */
const placedTokens = new WeakMap<readonly Token[], { at: number; tokens: Token[]; analysis: number }>();
let analysis = 0;

function tokensByParagraph(paragraphs: TextBlock[], lists: readonly (readonly Token[])[]): Token[] {
  let n = 0;
  for (const list of lists) n += list.length;
  const tokens: Token[] = new Array(n);
  const current = ++analysis;
  let k = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const at = paragraphs[p].start;
    const list = lists[p];
    let placed = placedTokens.get(list);
    if (!placed) {
      placed = { at, tokens: list.map((t) => ({ start: t.start + at, end: t.end + at, text: t.text, kind: t.kind })), analysis: current };
      placedTokens.set(list, placed);
    } else if (placed.analysis === current && placed.at !== at) {
      // Already placed elsewhere in this text: a copy of its own (the first placement stays cached).
      for (const t of list) tokens[k++] = { start: t.start + at, end: t.end + at, text: t.text, kind: t.kind };
      continue;
    } else {
      const shift = at - placed.at;
      if (shift !== 0) {
        for (const t of placed.tokens) {
          t.start += shift;
          t.end += shift;
        }
        placed.at = at;
      }
      placed.analysis = current;
    }
    for (const t of placed.tokens) tokens[k++] = t;
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
