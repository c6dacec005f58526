import type { AnalyzedText } from '../text/analyzedText';
import { nearbyTokenIndexAt } from '../text/nearbyTokenSearch';
import { nicknameOpeningAt } from '../names/nicknameInMarks';
import type { QuoteKind, TextProblem } from '../types';
import { findQuotedSpans, NO_NICKNAME, UNKNOWN_TOKEN, type QuotedSpan } from './quotedSpans';
import { classifyQuote, quotesWithDoubleMarks } from './quoteClassifier';
import { cueAfterQuote, cueBeforeQuote, reportingVerbBefore, type SpeechCue } from './speechCues';
import { findIndirectSpeechByParagraph, type LastSpeech, type ParagraphSpeech } from './indirectSpeechByParagraph';
import type { Memo } from '../incremental/memo';
import { ReadingSession, rememberedReading, type QuoteReading, type ReadingRun } from './quoteReadingMemo';
import type { RecentRuns } from '../incremental/recentRuns';
import { attributionCues } from './attributionCues';
import { spanContaining } from '../text/sortedSearch';
import { isClauseEdge } from './clauseEdge';
import { keepInterviewLabels, withInterviewContinuations } from './interviewLabels';

export interface FoundQuote extends QuotedSpan {
  kind: QuoteKind;
  /** The reporting cue right after the quote (`"…," she said`), if any. */
  cueAfter: SpeechCue | null;
  /** The reporting cue right before the quote (`She said: "…"`), if any. */
  cueBefore: SpeechCue | null;
  /** Index of the paragraph the quote starts in. */
  paragraph: number;
  /** Reported from an unnamed source (`X is expected to …`): no speaker is to be guessed. */
  anonymous?: boolean;
  /** The cues that may name the speaker, best first, read with the quote (attributionCues.ts); absent for reported speech. */
  cues?: ReadonlyArray<SpeechCue | null>;
}

/**
 * Quotations in the text: marks paired (quotedSpans.ts), the reporting cues next to each found
 * (speechCues.ts), then each span read as a direct quote, a partial quote inside reported
 * speech, or not speech at all (scare quotes, titles; quoteClassifier.ts); then reported
 * speech without marks (indirectSpeechFinder.ts, paragraph by paragraph). Returned in text order.
 */
export interface QuoteMemos {
  speech: Memo<ParagraphSpeech>;
  readings: Memo<QuoteReading>;
  /** The readings of the version annotated last (quoteReadingMemo.ts). */
  last?: RecentRuns<ReadingRun>;
  /** The reported speech of the version annotated last, by paragraph (indirectSpeechByParagraph.ts). */
  lastSpeech?: LastSpeech;
}

export function findQuotes(doc: AnalyzedText, problems: TextProblem[], memos?: QuoteMemos): FoundQuote[] {
  // `Marcia "Cia" Price`: a nickname's marks quote no one and bound no neighbour's cue. (A
  // paragraph's kept pairing knows its spans' first tokens, and mostly that they open none.)
  const firstTokens: number[] = [];
  const spans = findQuotedSpans(doc.text, doc.paragraphs, problems, doc.paragraphTokens, firstTokens).filter((s, i) =>
    firstTokens[i] === NO_NICKNAME || nicknameOpeningAt(doc.tokens, firstTokens[i] === UNKNOWN_TOKEN ? nearbyTokenIndexAt(doc, s.start) : firstTokens[i]) === null);
  const out: FoundQuote[] = [];
  const doubleMarks = memos && spans.length ? quotesWithDoubleMarks(doc) : false;
  const session = memos?.last && doc.paragraphTokens ? new ReadingSession(memos.last, doc) : undefined;
  let p = 0;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    while (p < doc.paragraphs.length - 1 && doc.paragraphs[p].end <= span.start) p++;
    const lastParagraph = Math.min(doc.paragraphs.length - 1, p + span.paragraphs - 1);
    const floor = Math.max(doc.paragraphs[p].start, i > 0 ? spans[i - 1].end : 0);
    const limit = Math.min(doc.paragraphs[lastParagraph].end, i + 1 < spans.length ? spans[i + 1].start : doc.text.length);
    const previous = out[out.length - 1];
    const secondHalf = previous !== undefined && previous.cueAfter !== null && previous.end === spans[i - 1]?.end &&
      continuesSentence(doc.text, previous.end, span.start);
    const read = (): QuoteReading => readQuote(doc, span, p, floor, limit, secondHalf);
    const { kind, cueAfter, cueBefore, cues } = memos
      ? rememberedReading(doc, { span, paragraph: p, lastParagraph, floor, limit, secondHalf, doubleMarks }, read, memos.readings, session)
      : read();
    if (kind) out.push(foundQuote(span, kind, cueAfter, cueBefore, p, cues));
  }
  session?.finish();
  const indirect = untangle(doc.text, out, withInterviewContinuations(doc, out, keepInterviewLabels(doc.text, findIndirectSpeechByParagraph(doc, out, memos?.speech, memos?.lastSpeech))));
  return indirect.length ? mergeByStart(out, indirect) : out;
}

/** The cues next to one quotation and the kind of quote they and its place make it. */
function readQuote(doc: AnalyzedText, span: QuotedSpan, p: number, floor: number, limit: number, secondHalf: boolean): QuoteReading {
  const cueAfter = cueAfterQuote(doc, span.end, limit);
  const cueBefore = cueBeforeQuote(doc, span.start, floor);
  const inReportedSpeech = cueBefore !== null || reportingVerbBefore(doc, span.start, floor) !== null;
  const kind = classifyQuote(doc, span, { cueAfter, cueBefore, paragraph: doc.paragraphs[p], secondHalf, inReportedSpeech });
  const cues = kind ? attributionCues(doc, { start: span.start, end: span.end, paragraph: p, paragraphs: span.paragraphs, kind, cueAfter, cueBefore }) : [];
  return { kind, cueAfter, cueBefore, cues };
}

/** The span with what was found about it, its fields copied one by one (an object spread here was the finder's costliest line). */
function foundQuote(span: QuotedSpan, kind: QuoteKind, cueAfter: SpeechCue | null, cueBefore: SpeechCue | null, paragraph: number, cues: ReadonlyArray<SpeechCue | null>): FoundQuote {
  const { start, end, contentStart, contentEnd, paragraphs, closed } = span;
  return { start, end, contentStart, contentEnd, paragraphs, closed, kind, cueAfter, cueBefore, paragraph, cues };
}

/**
 * Reported clauses never cross a quotation or each other (a quote inside a clause is fine):
 * a clause starting inside a quotation starts after it, one ending inside a quotation ends
 * before it, and of two clauses that cross the later one is dropped.
 */
const SAME_CLAUSE_LEAD = 12;

function untangle(text: string, marked: FoundQuote[], indirect: FoundQuote[]): FoundQuote[] {
  const containing = (offset: number): FoundQuote | undefined => spanContaining(marked, offset);
  const adjusted: FoundQuote[] = [];
  for (const q of indirect) {
    let { start, end } = q;
    const around = containing(start);
    if (around) start = around.end;
    const last = containing(end - 1);
    // `said the offer was "an insult."`: a quotation that finishes the clause (only its
    // closing punctuation left) is inside it, marks and all; one the clause stops inside is not.
    const takesQuotation = last !== undefined && last.start >= start && last.end > end && finishesClause(text, end, last);
    if (last && last.start >= start && last.end > end) end = takesQuotation ? last.end : last.start;
    while (start < end && isClauseEdge(text.charCodeAt(start))) start++;
    // (Not back into a quotation taken whole: one left open ends on its last word's comma, "« said ,".)
    while (!takesQuotation && end > start && isClauseEdge(text.charCodeAt(end - 1))) end--;
    end = overClosingMark(text, start, end);
    if (end - start < 8) continue;
    // A clause may be one handed out before (findIndirectSpeechByParagraph keeps the clauses
    // of a paragraph that stayed put): trimmed on a copy.
    const same = q.start === start && q.contentStart === start && q.end === end && q.contentEnd === end;
    adjusted.push(same ? q : { ...q, start, contentStart: start, end, contentEnd: end });
  }
  // The clauses come paragraph by paragraph, nearly always in order already: then a stable sort leaves them as they are.
  if (!inClauseOrder(adjusted)) adjusted.sort(byClauseOrder);
  const kept: FoundQuote[] = [];
  const stack: FoundQuote[] = [];
  for (const clause of adjusted) {
    while (stack.length && stack[stack.length - 1].end <= clause.start) stack.pop();
    const around = stack[stack.length - 1];
    if (around && clause.end > around.end) continue;
    // Two readings of one clause ("about the budget was brief" and "the budget was brief",
    // from a verb and a noun): the same end, a word or two apart at the start.
    if (around && clause.end === around.end && clause.start - around.start <= SAME_CLAUSE_LEAD) continue;
    stack.push(clause);
    kept.push(clause);
  }
  return kept;
}

/** Between the clause's end and the quotation's closing marks stand only punctuation and blanks. */
function finishesClause(text: string, end: number, quote: FoundQuote): boolean {
  if (quote.kind !== 'partial') return false;
  for (let i = end; i < quote.contentEnd; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2e && c !== 0x2c && c !== 0x21 && c !== 0x3f && c !== 0x20) return false;
  }
  return true;
}

/**
 * `called the US the “Great Satan.”`: American copy sets the full stop inside the closing
 * mark, so a clause ended at the stop would open a quotation it never closes. When the clause
 * holds an opening double mark left open and a closing one follows the stop (or the clause
 * end) at once, the clause takes both. Reads back from the end only to the nearest double mark.
 */
function overClosingMark(text: string, start: number, end: number): number {
  let i = end;
  const c = text.charCodeAt(i);
  if (c === 0x2e || c === 0x2c || c === 0x21 || c === 0x3f) i++;
  const mark = text.charCodeAt(i);
  if (mark !== 0x201d && mark !== 0x22) return end;
  if (mark === 0x201d) {
    for (let k = end - 1; k >= start; k--) {
      const m = text.charCodeAt(k);
      if (m === 0x201d) return end;
      if (m === 0x201c) return i + 1;
    }
    return end;
  }
  // Straight marks say no side: an odd count inside the clause leaves one open.
  let count = 0;
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === 0x22) count++;
  return count % 2 === 1 ? i + 1 : end;
}

const byClauseOrder = (a: FoundQuote, b: FoundQuote): number => a.start - b.start || b.end - a.end;

function inClauseOrder(clauses: readonly FoundQuote[]): boolean {
  for (let i = 1; i < clauses.length; i++) if (byClauseOrder(clauses[i - 1], clauses[i]) > 0) return false;
  return true;
}

function mergeByStart(a: FoundQuote[], b: FoundQuote[]): FoundQuote[] {
  const out: FoundQuote[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start <= b[j].start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

/** Only a cue clause lies between two quotes: no sentence end, no line break, not too long. */
function continuesSentence(text: string, from: number, to: number): boolean {
  if (to - from > 160) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x21 || c === 0x3f || c === 0x3b) return false;
    // A full stop ends the sentence unless it closes an abbreviation ("N.C.,").
    if (c === 0x2e && !/[A-Z]$/u.test(text.slice(i - 1, i)) && !/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr)$/u.test(text.slice(Math.max(from, i - 3), i).trim())) return false;
  }
  // `"Out!" she wrote, arguing that if …, "more homes will burn."`: a that-clause between the
  // two quotes reports something of its own; the second quote goes on with it, not with the first.
  return !REPORTED_CLAUSE_BETWEEN.test(text.slice(from, to));
}

const REPORTED_CLAUSE_BETWEEN = /\bthat\b/iu;
