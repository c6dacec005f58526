import type { AnalyzedText } from '../text/analyzedText';
import type { QuoteKind, TextProblem } from '../types';
import { OPENERS, isLetterOrDigit, isSpaceOrStart } from './quotationMarks';

export interface FoundQuote {
  start: number;
  end: number;
  kind: QuoteKind;
  /** The words inside the marks. */
  contentStart: number;
  contentEnd: number;
  /** Paragraphs the quote runs over (news style re-opens each paragraph). */
  paragraphs: number;
}

interface Open {
  mark: string;
  start: number;
  paragraph: number;
}

/**
 * Finds quotations paragraph by paragraph in one linear pass. A quote left open at the end
 * of a paragraph continues when the next paragraph opens with a mark (news convention);
 * otherwise it ends there with a problem reported, so a stray mark never swallows the text.
 */
export function findQuotes(doc: AnalyzedText, problems: TextProblem[]): FoundQuote[] {
  const { text, paragraphs } = doc;
  const raw: Array<{ start: number; end: number; paragraphs: number }> = [];
  let open: Open | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    const pending = open as Open | null;
    if (pending) {
      const first = text.charAt(para.start);
      if (OPENERS[first] && (first === pending.mark || isDoubleMark(first) === isDoubleMark(pending.mark))) {
        // continuation: skip the re-opening mark
        scanParagraph(para.start + 1, para.end, p);
        continue;
      }
      closeUnbalanced(paragraphs[p - 1].end);
    }
    scanParagraph(para.start, para.end, p);
  }
  if (open) closeUnbalanced(paragraphs[paragraphs.length - 1].end);

  function closeUnbalanced(end: number): void {
    if (!open) return;
    problems.push({
      start: open.start,
      end: open.start + 1,
      code: 'unbalanced-quote',
      message: `Quotation mark ${open.mark} is never closed in its paragraph.`,
    });
    if (end - open.start > 1) raw.push({ start: open.start, end, paragraphs: 1 });
    open = null;
  }

  function scanParagraph(from: number, to: number, p: number): void {
    for (let i = from; i < to; i++) {
      const ch = text.charAt(i);
      if (open === null) {
        if (!OPENERS[ch]) continue;
        if (!isOpeningAt(ch, i)) continue;
        open = { mark: ch, start: i, paragraph: p };
        continue;
      }
      const closers = OPENERS[open.mark];
      if (closers.includes(ch) && isClosingAt(ch, i)) {
        raw.push({ start: open.start, end: i + 1, paragraphs: p - open.paragraph + 1 });
        open = null;
        continue;
      }
      if (isDamagedClose(i) && isDoubleMark(open.mark)) {
        problems.push({
          start: i,
          end: i + 1,
          code: 'damaged-quote',
          message: `"${ch === '?' ? '?' : 'U+FFFD'}" stands where a closing quotation mark belongs (damaged encoding?).`,
        });
        raw.push({ start: open.start, end: i + 1, paragraphs: p - open.paragraph + 1 });
        open = null;
      }
    }
  }

  function isOpeningAt(ch: string, i: number): boolean {
    const before = i > 0 ? text.charAt(i - 1) : undefined;
    const after = text.charAt(i + 1);
    if (ch === "'" || ch === '‘') return isSpaceOrStart(before) && isLetterOrDigit(after);
    if (ch === '\uFFFD') return isSpaceOrStart(before) && after !== '' && !/\s/u.test(after);
    if (ch === '"') return !/\s/u.test(after) && after !== '' && !/\p{N}/u.test(before ?? '');
    return true;
  }

  function isClosingAt(ch: string, i: number): boolean {
    const after = text.charAt(i + 1);
    if (ch === "'" || ch === '’') return !isLetterOrDigit(after);
    return true;
  }

  function isDamagedClose(i: number): boolean {
    const ch = text.charAt(i);
    if (ch === '\uFFFD') return i > 0 && !/\s/u.test(text.charAt(i - 1));
    // `…surprises,? he said`: a question mark right after a comma or full stop.
    return ch === '?' && /[,.]/.test(text.charAt(i - 1)) && /\s/u.test(text.charAt(i + 1) || ' ');
  }

  return raw.map((q) => classify(doc, q)).filter((q): q is FoundQuote => q !== null);
}

function isDoubleMark(mark: string): boolean {
  return mark !== "'" && mark !== '‘';
}

const TERMINAL = /[.!?,;:…]$/u;

function classify(doc: AnalyzedText, q: { start: number; end: number; paragraphs: number }): FoundQuote | null {
  const { text } = doc;
  let contentStart = q.start + 1;
  let contentEnd = isMark(text.charAt(q.end - 1)) || text.charAt(q.end - 1) === '?' ? q.end - 1 : q.end;
  while (contentStart < contentEnd && /\s/u.test(text.charAt(contentStart))) contentStart++;
  while (contentEnd > contentStart && /\s/u.test(text.charAt(contentEnd - 1))) contentEnd--;
  if (contentEnd <= contentStart) return null;
  const content = text.slice(contentStart, contentEnd);
  const words = content.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words === 0) return null;
  const base = { start: q.start, end: q.end, contentStart, contentEnd, paragraphs: q.paragraphs };
  if (q.paragraphs > 1) return { ...base, kind: 'direct' };

  const endsLikeSpeech = TERMINAL.test(content);
  const startsUpper = /^\p{Lu}/u.test(content);
  // Scare quotes and titles: one or two words, or a Title Cased phrase, with no punctuation.
  if (!endsLikeSpeech && (words <= 2 || isTitleCased(content))) return null;

  const before = textBeforeInSentence(text, q.start);
  if (before === '' || /[:]$/.test(before)) return { ...base, kind: 'direct' };
  if (/\b(?:said|says|say|added|told \w+|asked|wrote|tweeted|declared|replied|stated),?$/iu.test(before) && startsUpper) {
    return { ...base, kind: 'direct' };
  }
  if (!startsUpper) return { ...base, kind: 'partial' };
  if (endsLikeSpeech && words >= 4) return { ...base, kind: 'direct' };
  return { ...base, kind: 'partial' };
}

function isMark(ch: string): boolean {
  return /["“”„«»‘’'\uFFFD]/u.test(ch);
}

function isTitleCased(content: string): boolean {
  const words = content.split(/\s+/).filter((w) => w.length > 3);
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** The text between the start of the sentence (or paragraph) and `offset`, trimmed. */
function textBeforeInSentence(text: string, offset: number): string {
  let i = offset - 1;
  const limit = Math.max(0, offset - 400);
  while (i >= limit) {
    const ch = text.charAt(i);
    if (ch === '\n' || ch === '\r') break;
    if ((ch === '.' || ch === '!' || ch === '?') && /\s/u.test(text.charAt(i + 1))) break;
    i--;
  }
  return text.slice(i + 1, offset).trim();
}
