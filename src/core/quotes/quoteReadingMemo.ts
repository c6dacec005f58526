import type { AnalyzedText } from '../text/analyzedText';
import { tokenIndexAt } from '../text/analyzedText';
import type { QuoteKind } from '../types';
import type { Memo } from '../incremental/memo';
import { paragraphId } from '../incremental/paragraphIds';
import type { QuotedSpan } from './quotedSpans';
import type { SpeechCue } from './speechCues';
import { shiftedCue } from './shiftedCue';

/** What the quote finder reads at one quotation: its cues and what kind of quote it is. */
export interface QuoteReading {
  cueAfter: SpeechCue | null;
  cueBefore: SpeechCue | null;
  kind: QuoteKind | null;
  /** The cues that may name its speaker (attributionCues.ts), read from the quote's paragraphs and the line after. */
  cues: ReadonlyArray<SpeechCue | null>;
}

/** Where the reading of one quotation looks: the span, the bounds of its cue search, and what it takes from the rest of the text. */
export interface QuoteSite {
  span: QuotedSpan;
  /** First and last paragraph of the span. */
  paragraph: number;
  lastParagraph: number;
  floor: number;
  limit: number;
  secondHalf: boolean;
  /** The one fact about the whole text the reading uses (quoteClassifier's quotesWithDoubleMarks). */
  doubleMarks: boolean;
}

// The cue finders and the classifier read a few tokens and characters past the bounds of
// their search (a word before the clause start, the mark before a quote, a heading in
// capitals up to 24 characters back). A key covers the quote's paragraphs and at least this
// much on each side, in whole paragraphs, so that everything a reading can see is in it.
const MARGIN_TOKENS = 16;
const MARGIN_CHARS = 64;

/**
 * The reading of a quotation, remembered by the paragraphs around it (by paragraphId, with
 * the white space between them) and the quotation's place among them, so that after an
 * edit only the quotations whose surroundings changed are read again. Needs the token
 * lists of the incremental analyzer; without them every quotation is read afresh.
 */
export function rememberedReading(doc: AnalyzedText, site: QuoteSite, read: () => QuoteReading, memo: Memo<QuoteReading>): QuoteReading {
  const lists = doc.paragraphTokens;
  if (!lists) return read();
  const { paragraphs, text } = doc;
  const from = widened(doc, lists, site.paragraph, -1);
  const to = widened(doc, lists, site.lastParagraph, 1);
  const base = paragraphs[from].start;
  const parts: string[] = [];
  // The text before the first paragraph and after the last is read only at the ends of the text.
  if (from === 0) parts.push(text.slice(0, base));
  for (let p = from; p <= to; p++) {
    parts.push(String(paragraphId(lists[p])));
    if (p < to) parts.push(text.slice(paragraphs[p].end, paragraphs[p + 1].start));
  }
  if (to === paragraphs.length - 1) parts.push(text.slice(paragraphs[to].end));
  const { span } = site;
  parts.push(
    `${site.paragraph - from} ${span.start - base} ${span.end - base} ${span.contentStart - base} ${span.contentEnd - base} ${span.paragraphs} ${span.closed ? 1 : 0}`,
    `${site.floor - base} ${site.limit - base} ${site.secondHalf ? 1 : 0}${site.doubleMarks ? 1 : 0}`,
  );
  const key = parts.join('\u0000');
  const token = tokenIndexAt(doc, base);
  const known = memo.get(key);
  if (known) return shiftedReading(known, base, token);
  const reading = read();
  memo.set(key, shiftedReading(reading, -base, -token));
  return reading;
}

function shiftedReading(r: QuoteReading, offset: number, token: number): QuoteReading {
  return {
    kind: r.kind,
    cueAfter: shiftedCue(r.cueAfter, offset, token),
    cueBefore: shiftedCue(r.cueBefore, offset, token),
    cues: r.cues.map((c) => shiftedCue(c, offset, token)),
  };
}

/** The last paragraph reached from `p` in direction `step` once MARGIN_TOKENS and MARGIN_CHARS lie between (or the text's end). */
function widened(doc: AnalyzedText, lists: readonly (readonly unknown[])[], p: number, step: 1 | -1): number {
  const { paragraphs } = doc;
  for (let tokens = 0, chars = 0; p + step >= 0 && p + step < paragraphs.length && (tokens < MARGIN_TOKENS || chars < MARGIN_CHARS); ) {
    p += step;
    tokens += lists[p].length;
    chars += paragraphs[p].end - paragraphs[p].start;
  }
  return p;
}
