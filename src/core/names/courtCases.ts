import type { AnalyzedText } from '../text/analyzedText';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokenizer';
import { replaceMentionsInside, type NameMention } from './nameMention';

// "Roe v. Wade", "Fisher v. University of Texas", "Trump v. Illinois": a court case named by
// its parties, as law reports write it, with "v." between them. The case is a thing's name
// (CoNLL: MISC), not a person called Roe and a place called Wade, which the tagger reads
// apart. Only "v." with its full stop: a fixture's "Arsenal v Chelsea" names two clubs.

/** Replaces the names of sentence `s` (those from `first` in `out`) on both sides of "v." with the case's. */
export function courtCases(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  const { tokens, text } = doc;
  for (let k = s.tokenStart + 1; k + 2 < s.tokenEnd; k++) {
    const v = tokens[k];
    if (v.text !== 'v' || tokens[k + 1].text !== '.' || tokens[k + 1].start !== v.end) continue;
    const left = tokens[k - 1];
    const right = tokens[k + 2];
    if (left.end + 1 !== v.start || tokens[k + 1].end + 1 !== right.start || !/^\p{Lu}/u.test(left.text) || !/^\p{Lu}/u.test(right.text)) continue;
    namedCase(text, left, right, first, out);
  }
}

/**
 * The case whose parties' words are `left` and `right`, written into `out` (its mentions from
 * `first`). Apart from the scan: closures over the scan's own constants made V8 allocate
 * their context on every token.
 */
function namedCase(text: string, left: Token, right: Token, first: number, out: NameMention[]): void {
  // "Fisher v. University of Texas" read as one body's name.
  const whole = out.findIndex((m, i) => i >= first && m.start <= left.start && m.end >= right.end);
  if (whole >= 0) {
    out[whole] = { start: out[whole].start, end: out[whole].end, text: out[whole].text, type: 'MISC' };
    return;
  }
  const before = out.find((m, i) => i >= first && m.end === left.end);
  const after = out.find((m, i) => i >= first && m.start === right.start);
  const start = before?.start ?? left.start;
  const end = after?.end ?? right.end;
  replaceMentionsInside(out, first, { start, end, text: text.slice(start, end), type: 'MISC' });
}
