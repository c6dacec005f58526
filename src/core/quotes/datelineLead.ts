import type { Token } from '../text/tokenizer';
import type { Sentence } from '../text/sentences';

// A wire dateline, a live blog's time stamp or a kicker opening a paragraph ("NEW DELHI, March 3
// (Reuters) -", "MELBOURNE, Australia (AP) —", "10:42 GMT -", "UPDATE:") is no part of the sentence it
// stands before: a reported clause told before its cue ("India's bank will hold rates,
// Governor Das said") starts after it.

/** The longest dateline read: "ST. LOUIS, Mo., Sept. 12 (Reuters) -" is 14 tokens. */
const MAX_DATELINE_TOKENS = 16;
const DASHES = new Set(['-', '—', '–', '--']);
/** What a dateline holds besides words: "," "." "(" ")" "/" and a time's ":". */
const DATELINE_MARKS = new Set([',', '.', '(', ')', '/', ':']);

/** The index of the first token after a dateline opening `s`, or s.tokenStart when there is none. */
export function datelineEnd(tokens: readonly Token[], s: Sentence): number {
  const first = tokens[s.tokenStart];
  if (!first || !(isAllCapsWord(first) || first.kind === 'number' || /^\d/u.test(first.text))) return s.tokenStart;
  const limit = Math.min(s.tokenEnd - 1, s.tokenStart + MAX_DATELINE_TOKENS);
  // Capitals alone so far: a colon after them ends a kicker ("UPDATE:", "BREAKING NEWS:").
  let capitalsOnly = isAllCapsWord(first);
  for (let k = s.tokenStart + 1; k < limit; k++) {
    const t = tokens[k];
    if (t.text === ':' && capitalsOnly && k <= s.tokenStart + 3) return k + 1;
    capitalsOnly &&= isAllCapsWord(t);
    // A spaced dash ends it ("US-China" is a word's hyphen).
    if (DASHES.has(t.text)) {
      // "WASHINGTON --" may come as two hyphens.
      let after = k + 1;
      while (after < limit && DASHES.has(tokens[after].text) && tokens[after].start === tokens[after - 1].end) after++;
      return t.start > tokens[k - 1].end || tokens[after].start > tokens[after - 1].end ? after : s.tokenStart;
    }
    if (t.kind === 'word' ? !/^[\p{Lu}\d]/u.test(t.text) : !(DATELINE_MARKS.has(t.text) || /^\d/u.test(t.text))) return s.tokenStart;
  }
  return s.tokenStart;
}

/** `s` without the dateline opening it (`s` itself when there is none). */
export function withoutDateline(tokens: readonly Token[], s: Sentence): Sentence {
  const k = datelineEnd(tokens, s);
  return k === s.tokenStart ? s : { ...s, start: tokens[k].start, tokenStart: k };
}

function isAllCapsWord(t: Token): boolean {
  return t.kind === 'word' && t.text.length >= 2 && /^\p{Lu}[\p{Lu}.'’]*$/u.test(t.text);
}
