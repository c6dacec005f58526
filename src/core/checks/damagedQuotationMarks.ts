import type { Quote, TextProblem } from '../types';
import type { Check, CheckFinding, CheckFix } from './checkTypes';

/** The closing mark that answers each opening mark (German „…“, French «…», Swiss ‹…›). */
const CLOSER: Record<string, string> = {
  '"': '"', '“': '”', '„': '“', '«': '»', '‹': '›', '‘': '’', "'": "'", '‚': '‘',
};
/** The opening mark that answers each closing mark, for quotes whose opening mark is missing or damaged. */
const OPENER: Record<string, string> = { '"': '"', '”': '“', '»': '«', '›': '‹', '’': '‘', "'": "'" };
const DAMAGED = '\uFFFD';

/**
 * Quotation marks the quote finder could not pair: an opening mark never closed, a closing
 * mark with no opening one, or a `?` / U+FFFD standing where a mark belongs (text that
 * went through a wrong encoding). The fix puts back the mark that answers the other one.
 */
export const damagedQuotationMarks: Check = {
  id: 'quotation-marks',
  setting: 'quotationMarks',
  description: 'Unbalanced or damaged quotation marks, with a fix that puts the right mark back.',
  run({ text, annotations }) {
    const byStart = new Map<number, Quote>();
    const byEnd = new Map<number, Quote>();
    for (const q of annotations.quotes) {
      byStart.set(q.start, q);
      byEnd.set(q.end, q);
    }
    const out: CheckFinding[] = [];
    for (const p of annotations.problems) {
      if (p.code !== 'unbalanced-quote' && p.code !== 'unopened-quote' && p.code !== 'damaged-quote') continue;
      const opens = byStart.get(p.start);
      const closes = byEnd.get(p.end);
      const fixes =
        p.code === 'damaged-quote'
          ? opens ? damagedOpening(text, p, opens) : damagedClosing(text, p, closes)
          : closes && closes.start < p.start ? strayClosing(text, p, closes)
          : !opens && looksClosing(text, p.start) ? [] // a lone closing mark: where its quote began is anyone's guess
          : neverClosed(text, p, opens);
      out.push({ checkId: 'quotation-marks', start: p.start, end: p.end, message: p.message, fixes });
    }
    return out;
  },
};

/** An opening mark never closed: the closing one goes right after the last word the finder kept in the quote. */
function neverClosed(text: string, p: TextProblem, quote: Quote | undefined): CheckFix[] {
  const closer = CLOSER[text.charAt(p.start)] ?? '"';
  // The finder ends such a quote at its reporting cue or at the end of its paragraph.
  let at = quote && quote.end > p.end ? quote.end : lineEnd(text, p.start);
  while (at > p.end && /\s/u.test(text.charAt(at - 1))) at--;
  if (at <= p.end) return [];
  // News style closes the quote after the comma or full stop that ends the words quoted.
  if (/[,.!?]/u.test(text.charAt(at)) && /^(?:\s|$)/u.test(text.charAt(at + 1))) at++;
  return [{ title: `Close the quotation with ${closer} after "${lastWords(text, p.end, at)}"`, edits: [{ start: at, end: at, newText: closer }], preferred: true }];
}

/** A closing mark whose quote (as the finder read it, from the paragraph or the last quote) has no opening mark. */
function strayClosing(text: string, p: TextProblem, quote: Quote): CheckFix[] {
  const opener = OPENER[text.charAt(p.start)] ?? '"';
  return [{ title: `Open the quotation with ${opener} before "${firstWords(text, quote.start, p.start)}"`, edits: [{ start: quote.start, end: quote.start, newText: opener }], preferred: true }];
}

function damagedClosing(text: string, p: TextProblem, quote: Quote | undefined): CheckFix[] {
  const opener = quote ? text.charAt(quote.start) : '"';
  if (quote && opener === DAMAGED) return restorePair(quote);
  const closer = CLOSER[opener] ?? '"';
  return [{ title: `Replace "${text.slice(p.start, p.end)}" with ${closer}`, edits: [{ start: p.start, end: p.end, newText: closer }], preferred: true }];
}

function damagedOpening(text: string, p: TextProblem, quote: Quote): CheckFix[] {
  const closer = text.charAt(quote.end - 1);
  if (closer === DAMAGED) return restorePair(quote);
  const opener = OPENER[closer] ?? '"';
  return [{ title: `Replace "${text.slice(p.start, p.end)}" with ${opener}`, edits: [{ start: p.start, end: p.end, newText: opener }], preferred: true }];
}

/** Both marks were curly quotes lost to the encoding: restore the pair. */
function restorePair(quote: Quote): CheckFix[] {
  return [{
    title: 'Restore the quotation marks as “…”',
    edits: [{ start: quote.start, end: quote.start + 1, newText: '“' }, { start: quote.end - 1, end: quote.end, newText: '”' }],
    preferred: true,
  }];
}

/** A closing mark by its shape (” »), or a straight one by its flanks: after a word, before a space or the end. */
function looksClosing(text: string, at: number): boolean {
  const ch = text.charAt(at);
  if (!CLOSER[ch]) return OPENER[ch] !== undefined;
  if (ch !== '"' && ch !== "'") return false;
  return at > 0 && !/\s/u.test(text.charAt(at - 1)) && /^(?:\s|[,.;:!?)]|$)/u.test(text.charAt(at + 1));
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl === -1 ? text.length : nl;
}

function lastWords(text: string, from: number, to: number): string {
  const s = text.slice(Math.max(from, to - 24), to).replace(/\s+/gu, ' ');
  return to - from > 24 ? `…${s.trimStart()}` : s;
}

function firstWords(text: string, from: number, to: number): string {
  const s = text.slice(from, Math.min(to, from + 24)).replace(/\s+/gu, ' ');
  return to - from > 24 ? `${s.trimEnd()}…` : s;
}
