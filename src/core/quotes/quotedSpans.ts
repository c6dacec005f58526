import type { TextBlock } from '../text/paragraphs';
import type { TextProblem } from '../types';
import { lexQuoteMarks, isSpaceChar, MarkCandidates, type MarkFamily, type QuoteMark } from './quotationMarks';
import { SPEECH_CUE_AFTER_PUNCTUATION } from './reportingVerbs';
import type { Token } from '../text/tokenizer';

/** A span between an opening and a closing quotation mark (or where a lost mark would be). */
export interface QuotedSpan {
  /** From the opening mark to the closing mark included. */
  start: number;
  end: number;
  /** The words inside the marks, white space trimmed. */
  contentStart: number;
  contentEnd: number;
  /** Paragraphs the quotation runs over (news style re-opens each paragraph). */
  paragraphs: number;
  /** False when a mark was missing and the end was inferred. */
  closed: boolean;
}

interface OpenMark {
  mark: QuoteMark;
  paragraph: number;
  /** Start of the paragraph the quotation has reached (for multi-paragraph quotes). */
  paragraphStart: number;
}

/** More reports than this per text help nobody; the rest are summed up in one line. */
const MAX_PROBLEMS = 50;

/**
 * Pairs quotation marks paragraph by paragraph in one linear pass. Marks of another family
 * nest (“… ‘…’ …”); a quotation still open at the end of a paragraph continues when the next
 * paragraph opens with a mark of its family (news convention for quotes over several
 * paragraphs), otherwise it is reported and ends at the paragraph's end, or earlier where a
 * reporting cue shows that only the closing mark is missing (`"We won, he said.`). A stray
 * mark therefore never swallows more than its own paragraph. Only outermost quotations are
 * returned: a quote inside a quote belongs to its speaker's words. With the incremental
 * analysis's paragraph token lists (`lists`), a paragraph's marks are kept with its list
 * (paragraphMarks).
 */
export function findQuotedSpans(text: string, paragraphs: TextBlock[], problems: TextProblem[], lists?: readonly (readonly Token[])[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const report = problemSink(problems);
  // At most one open mark per family, so the stack never holds more than three entries and
  // every look into it is constant time.
  let stack: OpenMark[] = [];
  const candidates = new MarkCandidates(text);

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    const marks = lists ? paragraphMarks(text, para, lists[p], candidates) : lexQuoteMarks(text, para.start, para.end, candidates);
    let k = 0;
    if (stack.length) {
      const first = marks[0];
      const outer = stack[0];
      // The writer re-opens with the mark they opened with; another glyph starts a new quote.
      if (first && first.start === para.start && first.canOpen && sameGlyph(text, first, outer.mark)) {
        stack = [{ ...outer, paragraphStart: para.start }];
        k = 1;
      } else {
        closeUnbalanced(outer, paragraphs[p - 1].end, p - 1);
        stack = [];
      }
    }
    let lastEnd = para.start;
    // Counted only for a paragraph that needs it (a straight mark opening inside a straight quote): this runs per keystroke.
    let straightClosers: Uint32Array | undefined;
    for (; k < marks.length; k++) {
      const m = marks[k];
      const idx = openIndex(m.family);
      if (idx >= 0 && m.canClose && !(m.family === 'single' && !m.canOpen && pluralPossessive(text, m) && nextSingleCloses(marks, k))) {
        const open = stack[idx];
        stack.length = idx;
        if (m.damaged) report(m.start, m.end, 'damaged-quote', `"${text.charAt(m.start)}" stands where a closing quotation mark belongs (damaged encoding?).`);
        if (idx === 0) {
          emit(open, m.end, m.start, p, true);
          lastEnd = m.end;
        }
        continue;
      }
      if (m.canOpen) {
        if (idx >= 0 && isLeftMark(text, m) && (isLeftMark(text, stack[idx].mark) || isStraightDouble(text, stack[idx].mark)) && familyCount(m.family) === 1 && midSentence(m.start)) {
          // “… what he calls “hell” than …”: curly marks say which side they are, so a second
          // left mark inside a sentence opens a quote within the quote (one level at most). The
          // same inside a straight quote: `"… isn’t about “Equal Justice” anymore …"`.
        } else if (idx >= 0 && isStraightDouble(text, m) && isStraightDouble(text, stack[idx].mark) && !m.canClose && familyCount(m.family) === 1 && midSentence(m.start) && (straightClosers ??= straightDoubleClosersFrom(text, marks))[k + 1] >= 2) {
          // `"… the killer shouted "Allah hu Akbar!" as he …"`: straight marks say no side, but a
          // mark that can only open, inside a sentence, with two closing marks still to come in
          // the paragraph, opens a quote within the quote rather than a new one.
        } else if (idx >= 0) {
          // A second opening mark of a family already open: the first one was never closed.
          const open = stack[idx];
          stack.length = idx;
          if (idx === 0) closeUnbalanced(open, m.start, p);
        }
        if (m.damaged) report(m.start, m.end, 'damaged-quote', `"${text.charAt(m.start)}" stands where an opening quotation mark belongs (damaged encoding?).`);
        stack.push({ mark: m, paragraph: p, paragraphStart: para.start });
        continue;
      }
      if (m.family !== 'single' && stack.length === 0) {
        // A closing mark with no opening one: the quote ran from the paragraph start (or the
        // last quote) when what comes before reads like speech ending and a cue follows.
        report(m.start, m.end, 'unopened-quote', 'Closing quotation mark without an opening one.');
        const contentStart = skipSpace(lastEnd, m.start);
        SPEECH_CUE_AFTER_PUNCTUATION.lastIndex = m.end;
        const cueFollows = SPEECH_CUE_AFTER_PUNCTUATION.test(text) && SPEECH_CUE_AFTER_PUNCTUATION.lastIndex <= para.end;
        if (cueFollows && /[,.!?]$/u.test(text.slice(Math.max(contentStart, m.start - 1), m.start)) && m.start > contentStart) {
          out.push({ start: contentStart, end: m.end, contentStart, contentEnd: trimEnd(contentStart, m.start), paragraphs: 1, closed: false });
          lastEnd = m.end;
        }
      }
    }
  }
  if (stack.length) closeUnbalanced(stack[0], paragraphs[paragraphs.length - 1].end, paragraphs.length - 1);
  return out;

  function familyCount(family: MarkFamily): number {
    let n = 0;
    for (const o of stack) if (o.mark.family === family) n++;
    return n;
  }

  /** The mark follows a word or a comma, not the end of a sentence. */
  function midSentence(at: number): boolean {
    let i = at - 1;
    while (i >= 0 && isSpaceChar(text.charCodeAt(i))) i--;
    return i >= 0 && !/[.!?\n\r]/u.test(text.charAt(i));
  }

  function openIndex(family: MarkFamily): number {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].mark.family === family) return i;
    return -1;
  }

  function emit(open: OpenMark, end: number, contentEnd: number, p: number, closed: boolean): void {
    const contentStart = skipSpace(open.mark.end, contentEnd);
    const trimmed = trimEnd(contentStart, contentEnd);
    if (trimmed <= contentStart) return;
    out.push({ start: open.mark.start, end, contentStart, contentEnd: trimmed, paragraphs: p - open.paragraph + 1, closed });
  }

  function closeUnbalanced(open: OpenMark, limit: number, p: number): void {
    report(open.mark.start, open.mark.end, 'unbalanced-quote', 'Quotation mark never closed: the quote is taken to end at its paragraph or its reporting cue.');
    const from = Math.max(open.mark.end, open.paragraphStart);
    const end = cueCut(from, limit);
    emit(open, trimEnd(open.mark.end, end), trimEnd(open.mark.end, end), p, false);
  }

  /** The end of `"We won, he said.` is after "won,": punctuation followed by a reporting cue. */
  function cueCut(from: number, limit: number): number {
    for (let i = from; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x2c && c !== 0x2e && c !== 0x21 && c !== 0x3f) continue;
      SPEECH_CUE_AFTER_PUNCTUATION.lastIndex = i + 1;
      if (SPEECH_CUE_AFTER_PUNCTUATION.test(text) && SPEECH_CUE_AFTER_PUNCTUATION.lastIndex <= limit) return i + 1;
    }
    return limit;
  }

  function skipSpace(from: number, to: number): number {
    while (from < to && isSpaceChar(text.charCodeAt(from))) from++;
    return from;
  }

  function trimEnd(from: number, to: number): number {
    while (to > from && isSpaceChar(text.charCodeAt(to - 1))) to--;
    return to;
  }
}

/**
 * The single mark `m` may be a plural's possessive apostrophe: glued to a word ending in "s"
 * and followed by one space and a lower-case word (`residents’ frustration`, `the players' attitude`).
 */
function pluralPossessive(text: string, m: QuoteMark): boolean {
  const before = text.charCodeAt(m.start - 1);
  return (before === 0x73 || before === 0x53) && /\p{L}/u.test(text.charAt(m.start - 2)) && text.charCodeAt(m.end) === 0x20 && /\p{Ll}/u.test(text.charAt(m.end + 1));
}

/**
 * The next single mark of the paragraph after index `k` can close and not open: the quotation
 * `‘We understand residents’ frustration …’` closes there, so the mark at `k` is an apostrophe.
 * (In `'yes' and she said 'no'` the next one opens: the mark at `k` closes.)
 */
function nextSingleCloses(marks: readonly QuoteMark[], k: number): boolean {
  for (let j = k + 1; j < marks.length; j++) if (marks[j].family === 'single') return marks[j].canClose && !marks[j].canOpen;
  return false;
}

/** For each index of `marks`, how many straight double marks from there on can close (one pass from the end). */
function straightDoubleClosersFrom(text: string, marks: readonly QuoteMark[]): Uint32Array {
  const counts = new Uint32Array(marks.length + 1);
  for (let i = marks.length - 1; i >= 0; i--) counts[i] = counts[i + 1] + (marks[i].canClose && isStraightDouble(text, marks[i]) ? 1 : 0);
  return counts;
}

/** “ ‘ « „: marks that only ever open. */
function isLeftMark(text: string, m: QuoteMark): boolean {
  return /^[“‘«„‹]$/u.test(text.charAt(m.start));
}

function isStraightDouble(text: string, m: QuoteMark): boolean {
  return text.charAt(m.start) === '"';
}

function sameGlyph(text: string, a: QuoteMark, b: QuoteMark): boolean {
  if (a.family !== b.family || a.end - a.start !== b.end - b.start) return false;
  const x = text.charAt(a.start);
  const y = text.charAt(b.start);
  return x === y || (x === '„' && y === '“') || (x === '“' && y === '„') || a.damaged || b.damaged;
}

function problemSink(problems: TextProblem[]): (start: number, end: number, code: string, message: string) => void {
  let count = 0;
  return (start, end, code, message) => {
    count++;
    if (count <= MAX_PROBLEMS) problems.push({ start, end, code, message });
    else if (count === MAX_PROBLEMS + 1) {
      problems.push({ start, end, code: 'too-many-quote-problems', message: `More than ${MAX_PROBLEMS} quotation-mark problems; the rest are not listed.` });
    }
  };
}

/**
 * The marks of one paragraph, kept with its token list (the same list, the same paragraph
 * text): lexQuoteMarks reads nothing outside [from, to), so a paragraph's marks are those it
 * had, moved with it. An editor session thus lexes only the paragraphs an edit touched
 * (the scan for mark characters and apostrophes ran over the whole text on every keystroke),
 * and only moves the marks of those after it. No caller changes a mark it is given.
 */
function paragraphMarks(text: string, para: TextBlock, list: readonly Token[], candidates: MarkCandidates): QuoteMark[] {
  const kept = keptMarks.get(list);
  if (kept && kept.at === para.start) return kept.marks;
  let marks: QuoteMark[];
  if (kept) {
    const by = para.start - kept.at;
    // (Listed by hand, as quotationMarks' mark() makes them: a spread copy cost twice as much; test/unit/shiftedCue.test.ts checks the list.)
    marks = kept.marks.map((m) => movedMark(m, by));
  } else marks = lexQuoteMarks(text, para.start, para.end, candidates);
  keptMarks.set(list, { at: para.start, marks });
  return marks;
}

/** The mark `by` characters further on. */
export function movedMark(m: QuoteMark, by: number): QuoteMark {
  return { start: m.start + by, end: m.end + by, family: m.family, canOpen: m.canOpen, canClose: m.canClose, damaged: m.damaged };
}

const keptMarks = new WeakMap<readonly Token[], { at: number; marks: QuoteMark[] }>();
