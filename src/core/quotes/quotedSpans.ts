import type { TextBlock } from '../text/paragraphs';
import type { TextProblem } from '../types';
import { lexQuoteMarks, isSpaceChar, MarkCandidates, type MarkFamily, type QuoteMark } from './quotationMarks';
import { SPEECH_CUE_AFTER_PUNCTUATION } from './reportingVerbs';
import type { Token } from '../text/tokenizer';
import { mayOpenNickname } from '../names/nicknameInMarks';
import { firstStartingFrom } from '../text/sortedSearch';

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
 * (paragraphMarks), and so is its pairing when no quotation runs into it (pairKept); then
 * `nicknameTokens`, if given, is filled span by span with the text token the span starts
 * with (what tokenIndexAt gives at its start), NO_NICKNAME where that token can open no
 * nickname, UNKNOWN_TOKEN for a span paired afresh.
 */
export function findQuotedSpans(text: string, paragraphs: TextBlock[], problems: TextProblem[], lists?: readonly (readonly Token[])[], nicknameTokens?: number[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const sink = problemSink(problems);
  // While a pairing to be kept is worked out, its problems are noted for it too.
  let noted: TextProblem[] | null = null;
  const report = (start: number, end: number, code: string, message: string): void => {
    noted?.push({ start, end, code, message });
    sink(start, end, code, message);
  };
  // At most one open mark per family, so the stack never holds more than three entries and
  // every look into it is constant time.
  let stack: OpenMark[] = [];
  const candidates = new MarkCandidates(text);
  // The kept pairing of the paragraph before, if it was paired from a closed state, and its first token.
  let previous: KeptPairing | undefined;
  let previousFirst = 0;

  for (let p = 0, first = 0; p < paragraphs.length; first += lists ? lists[p].length : 0, p++) {
    const para = paragraphs[p];
    let marks: QuoteMark[] | undefined;
    let k = 0;
    if (stack.length) {
      marks = marksOf(p);
      const opener = marks[0];
      const outer = stack[0];
      // The writer re-opens with the mark they opened with; another glyph starts a new quote.
      if (opener && opener.start === para.start && opener.canOpen && sameGlyph(text, opener, outer.mark)) {
        stack = [{ ...outer, paragraphStart: para.start }];
        k = 1;
      } else {
        if (previous) closeKept(previous, outer, p - 1, previousFirst);
        else closeUnbalanced(outer, paragraphs[p - 1].end, p - 1);
        stack = [];
      }
    }
    previous = undefined;
    if (lists && stack.length === 0) {
      previous = pairKept(p, first, marks);
      previousFirst = first;
    } else pairMarks(p, marks ?? marksOf(p), k);
  }
  if (stack.length) closeUnbalanced(stack[0], paragraphs[paragraphs.length - 1].end, paragraphs.length - 1);
  tokensUnknown();
  return out;

  function marksOf(p: number): QuoteMark[] {
    const para = paragraphs[p];
    return lists ? paragraphMarks(text, para, lists[p], candidates) : lexQuoteMarks(text, para.start, para.end, candidates);
  }

  /**
   * Paragraph `p` paired from a closed state, as kept with its token list (the same list, the
   * same paragraph text): paired once, then moved with the paragraph. Pairing from a closed
   * state reads nothing outside the paragraph (a reporting cue counts only up to its end,
   * where a line break follows), so its spans, problems and the marks it leaves open are
   * those it had, moved. An editor session thus pairs again only the paragraphs an edit touched.
   */
  function pairKept(p: number, first: number, marks: QuoteMark[] | undefined): KeptPairing {
    const para = paragraphs[p];
    const list = lists![p];
    tokensUnknown();
    let kept = keptPairings.get(list);
    if (kept === undefined) {
      const length = out.length;
      noted = [];
      pairMarks(p, marks ?? marksOf(p), 0);
      kept = { at: para.start, spans: out.slice(length), tokens: [], problems: noted, open: stack.map((o) => o.mark) };
      noted = null;
      for (const span of kept.spans) kept.tokens.push(nicknameToken(list, span.start - para.start));
      keptPairings.set(list, kept);
    } else {
      // Most paragraphs hold no mark: nothing in their pairing has a place to move.
      if (kept.at !== para.start && (kept.spans.length || kept.problems.length || kept.open.length)) keptPairings.set(list, (kept = movedPairing(kept, para.start - kept.at)));
      for (const span of kept.spans) out.push(span);
      for (const problem of kept.problems) sink(problem.start, problem.end, problem.code, problem.message);
      if (kept.open.length) stack = kept.open.map((mark) => ({ mark, paragraph: p, paragraphStart: para.start }));
    }
    if (nicknameTokens) for (const t of kept.tokens) nicknameTokens.push(t < 0 ? NO_NICKNAME : first + t);
    return kept;
  }

  /** closeUnbalanced of a kept pairing's outer open quotation (`open`), kept with it. */
  function closeKept(kept: KeptPairing, open: OpenMark, p: number, first: number): void {
    tokensUnknown();
    let closing = kept.closing;
    if (closing === undefined) {
      const length = out.length;
      noted = [];
      closeUnbalanced(open, paragraphs[p].end, p);
      closing = kept.closing = { spans: out.slice(length), tokens: [], problems: noted };
      noted = null;
      for (const span of closing.spans) closing.tokens.push(nicknameToken(lists![p], span.start - paragraphs[p].start));
    } else {
      for (const span of closing.spans) out.push(span);
      for (const problem of closing.problems) sink(problem.start, problem.end, problem.code, problem.message);
    }
    if (nicknameTokens) for (const t of closing.tokens) nicknameTokens.push(t < 0 ? NO_NICKNAME : first + t);
  }

  /** The spans paired afresh say nothing of their first tokens. */
  function tokensUnknown(): void {
    while (nicknameTokens && nicknameTokens.length < out.length) nicknameTokens.push(UNKNOWN_TOKEN);
  }

  /** Pairs paragraph `p`'s marks from the `k`th on, with the stack as the paragraphs before left it. */
  function pairMarks(p: number, marks: readonly QuoteMark[], k: number): void {
    const para = paragraphs[p];
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

/** A paragraph's pairing from a closed state (pairKept in findQuotedSpans), offsets as placed at `at`. */
interface KeptPairing {
  at: number;
  spans: QuotedSpan[];
  /** For each span, its first token (from the paragraph's first), or NO_NICKNAME (nicknameToken). */
  tokens: number[];
  problems: TextProblem[];
  /** The marks left open at the paragraph's end, outermost first. */
  open: QuoteMark[];
  /** What closing the outer one at the paragraph's end gives, once asked for. */
  closing?: { spans: QuotedSpan[]; tokens: number[]; problems: TextProblem[] };
}

const keptPairings = new WeakMap<readonly Token[], KeptPairing>();

/** In findQuotedSpans's `nicknameTokens`: a span whose first token opens no nickname, and one paired afresh (its first token unknown). */
export const NO_NICKNAME = -1;
export const UNKNOWN_TOKEN = -2;

/**
 * The first token of `list` at or after `offset` (relative to the paragraph): the token a
 * span starting there begins with. NO_NICKNAME when that token can open no nickname, read
 * from the list alone (mayOpenNickname); a span the list has no token for gives the list's
 * length, the next paragraph's first token.
 */
function nicknameToken(list: readonly Token[], offset: number): number {
  const lo = firstStartingFrom(list, offset);
  return lo < list.length && !mayOpenNickname(list, lo) ? NO_NICKNAME : lo;
}

/** A kept pairing `by` characters further on. */
function movedPairing(kept: KeptPairing, by: number): KeptPairing {
  const { closing } = kept;
  return {
    at: kept.at + by,
    spans: kept.spans.map((s) => movedSpan(s, by)),
    tokens: kept.tokens,
    problems: movedProblems(kept.problems, by),
    open: kept.open.map((m) => movedMark(m, by)),
    closing: closing && { spans: closing.spans.map((s) => movedSpan(s, by)), tokens: closing.tokens, problems: movedProblems(closing.problems, by) },
  };
}

function movedSpan(s: QuotedSpan, by: number): QuotedSpan {
  return { start: s.start + by, end: s.end + by, contentStart: s.contentStart + by, contentEnd: s.contentEnd + by, paragraphs: s.paragraphs, closed: s.closed };
}

function movedProblems(problems: readonly TextProblem[], by: number): TextProblem[] {
  return problems.length ? problems.map((q) => ({ start: q.start + by, end: q.end + by, code: q.code, message: q.message })) : [];
}
