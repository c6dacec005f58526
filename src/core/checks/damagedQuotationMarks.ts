import type { Quote, TextProblem } from '../types';
import type { Check, CheckFinding, CheckFix } from './checkTypes';

/** The closing mark that answers each opening mark (German „…“, French «…», Swiss ‹…›). */
const CLOSER: Record<string, string> = {
  '"': '"', '“': '”', '”': '”', '„': '“', '«': '»', '»': '«', '‹': '›', '‘': '’', "'": "'", '‚': '‘',
};

/**
 * Quotation marks the quote finder could not pair: an opening mark never closed, or a
 * `?` / U+FFFD standing where the closing mark belongs (text that went through a wrong
 * encoding). The fix puts back the mark that answers the opening one.
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
      if (p.code === 'unbalanced-quote') out.push(unbalanced(text, p, byStart.get(p.start)));
      else if (p.code === 'damaged-quote') out.push(damaged(text, p, byEnd.get(p.end)));
    }
    return out;
  },
};

function unbalanced(text: string, p: TextProblem, quote: Quote | undefined): CheckFinding {
  const opener = text.charAt(p.start);
  const closer = CLOSER[opener] ?? '"';
  // The finder ends such a quote at its reporting cue or at the end of its paragraph;
  // the missing mark belongs right after the last word it kept.
  let at = quote && quote.end > p.start + 1 ? quote.end : lineEnd(text, p.start);
  while (at > p.start + 1 && /\s/u.test(text.charAt(at - 1))) at--;
  const fixes: CheckFix[] = at > p.start + 1
    ? [{ title: `Close the quotation with ${closer} after "${lastWords(text, p.start + 1, at)}"`, edits: [{ start: at, end: at, newText: closer }], preferred: true }]
    : [];
  return { checkId: 'quotation-marks', start: p.start, end: p.end, message: p.message, fixes };
}

function damaged(text: string, p: TextProblem, quote: Quote | undefined): CheckFinding {
  const opener = quote ? text.charAt(quote.start) : '"';
  const fixes: CheckFix[] = [];
  if (quote && opener === '\uFFFD') {
    // Both marks were curly quotes lost to the encoding: restore the pair.
    fixes.push({
      title: 'Restore the quotation marks as “…”',
      edits: [{ start: quote.start, end: quote.start + 1, newText: '“' }, { start: p.start, end: p.end, newText: '”' }],
      preferred: true,
    });
  } else {
    const closer = CLOSER[opener] ?? '"';
    fixes.push({ title: `Replace "${text.slice(p.start, p.end)}" with ${closer}`, edits: [{ start: p.start, end: p.end, newText: closer }], preferred: true });
  }
  return { checkId: 'quotation-marks', start: p.start, end: p.end, message: p.message, fixes };
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl === -1 ? text.length : nl;
}

function lastWords(text: string, from: number, to: number): string {
  const s = text.slice(Math.max(from, to - 24), to).replace(/\s+/gu, ' ');
  return to - from > 24 ? `…${s.trimStart()}` : s;
}
