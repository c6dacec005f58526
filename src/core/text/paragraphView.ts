import { tokenIndexAt, type AnalyzedText } from './analyzedText';
import { lowerBound } from './sortedSearch';

/**
 * One paragraph of an analyzed text as a text of its own: offsets from the paragraph's
 * start, its own tokens and sentences only. A finder run on the view cannot read past the
 * paragraph, so its result is a function of the paragraph's text and may be remembered by it.
 */
export function paragraphView(doc: AnalyzedText, p: number): AnalyzedText {
  const para = doc.paragraphs[p];
  const first = tokenIndexAt(doc, para.start);
  let last = first;
  while (last < doc.tokens.length && doc.tokens[last].start < para.end) last++;
  const offset = para.start;
  const tokens = new Array(last - first);
  for (let i = first; i < last; i++) {
    const t = doc.tokens[i];
    tokens[i - first] = { start: t.start - offset, end: t.end - offset, text: t.text, kind: t.kind };
  }
  const sentences = [];
  for (let i = lowerBound(doc.sentences, (s) => s.start < para.start); i < doc.sentences.length && doc.sentences[i].start < para.end; i++) {
    const s = doc.sentences[i];
    sentences.push({ start: s.start - offset, end: s.end - offset, tokenStart: s.tokenStart - first, tokenEnd: s.tokenEnd - first });
  }
  return { text: doc.text.slice(para.start, para.end), tokens, paragraphs: [{ start: 0, end: para.end - para.start }], sentences };
}
