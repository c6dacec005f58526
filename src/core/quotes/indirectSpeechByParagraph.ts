import { tokenIndexAt, type AnalyzedText } from '../text/analyzedText';
import { paragraphView } from '../text/paragraphView';
import type { Memo } from '../incremental/memo';
import { paragraphKey } from '../incremental/paragraphIds';
import type { FoundQuote } from './quoteFinder';
import { findIndirectSpeech } from './indirectSpeechFinder';
import { shiftedCue } from './shiftedCue';

/** A paragraph's reported speech, offsets and token indices relative to the paragraph. */
export type ParagraphSpeech = readonly FoundQuote[];

/**
 * Reported speech (indirectSpeechFinder.ts) read paragraph by paragraph: a paragraph's
 * clauses depend only on its own text and on where direct quotes cover it, so the
 * incremental annotator keeps them by exactly that and reads again only the paragraphs an
 * edit touched. Run the same way with or without a memo, so both give the same result.
 */
export function findIndirectSpeechByParagraph(doc: AnalyzedText, marked: readonly FoundQuote[], memo?: Memo<ParagraphSpeech>): FoundQuote[] {
  const direct = marked.filter((q) => q.kind === 'direct');
  const out: FoundQuote[] = [];
  const lists = doc.paragraphTokens;
  let d = 0;
  // The paragraph's first token: counted along when the tokens came paragraph by paragraph.
  let token = 0;
  for (let p = 0; p < doc.paragraphs.length; token += lists ? lists[p].length : 0, p++) {
    const para = doc.paragraphs[p];
    const length = para.end - para.start;
    while (d < direct.length && direct[d].end <= para.start) d++;
    // The direct quotes over the paragraph, clipped to it: a quote running on from an
    // earlier paragraph counts only for the part it covers here. Most paragraphs have none,
    // and then neither a list nor a key of them is built.
    let covered: FoundQuote[] = NONE;
    let coveredKey = '';
    for (let k = d; k < direct.length && direct[k].start < para.end; k++) {
      const start = Math.max(0, direct[k].start - para.start);
      const end = Math.min(length, direct[k].end - para.start);
      if (end <= start) continue;
      if (covered === NONE) covered = [];
      covered.push({ ...direct[k], start, end });
      coveredKey += `${start},${end};`;
    }
    const key = memo ? `${paragraphKey(doc, p)}\u0000${coveredKey}` : '';
    let found = memo?.get(key);
    if (!found) {
      found = findIndirectSpeech(paragraphView(doc, p), covered);
      memo?.set(key, found, length);
    }
    if (!found.length) continue;
    const first = lists ? token : tokenIndexAt(doc, para.start);
    for (const q of found) out.push(shifted(q, para.start, first, p));
  }
  return out;
}

const NONE: FoundQuote[] = [];

function shifted(q: FoundQuote, offset: number, token: number, paragraph: number): FoundQuote {
  return {
    ...q,
    start: q.start + offset,
    end: q.end + offset,
    contentStart: q.contentStart + offset,
    contentEnd: q.contentEnd + offset,
    cueBefore: shiftedCue(q.cueBefore, offset, token),
    cueAfter: shiftedCue(q.cueAfter, offset, token),
    paragraph,
  };
}
