// Cues read at the end of the text before a date ("postponed until", "the attack on"). Each is a
// regex anchored at the lead's end ($), which V8 tries from every position of the lead, and a
// date's tense tests some twenty of them, nearly all failing. A cue's closing words (its tail)
// must stand among the lead's last few words, so the tail is searched for there first, from
// where those words start; the whole regex runs only where the tail is found.

import { lowerCase } from '../../text/lowerCase';

/**
 * A cue: the whole regex, and what must stand at the lead's end for it to match: its tail (a
 * regex every match of the whole ends with, searched from `words` words before the end), or
 * one of `lastWords` among the last `words` words.
 */
export interface LeadCue {
  readonly whole: RegExp;
  readonly tail?: RegExp;
  readonly lastWords?: ReadonlySet<string>;
  /** How many words (runs of non-space) at the lead's end the tail can touch. */
  readonly words: number;
}

/**
 * The cue `head + tail`, tail a suffix of the whole at its top level and anchored at its end,
 * touching at most `words` words.
 */
export function leadCue(head: string, tail: string, flags: string, words: number): LeadCue {
  return { whole: new RegExp(head + tail, flags), tail: new RegExp(tail, `${flags}g`), words };
}

/**
 * The cue `whole`, which can match only where one of `lastWords` (lower case) is one of the lead's
 * last `words` words: for a tail of many alternatives, which a regex would try at every position.
 */
export function leadCueByWords(whole: RegExp, lastWords: ReadonlySet<string>, words: number): LeadCue {
  return { whole, lastWords, words };
}

/** How many of a lead's last words are found: enough for the longest tail. */
const WORDS_KEPT = 8;

/** The text before a date and where its last words start, found once for all its cues. */
export class Lead {
  /** `starts[n - 1]`: where the n-th word from the end starts, for the last WORDS_KEPT words. */
  private readonly starts: number[] = [];

  constructor(readonly text: string) {
    let i = text.length;
    while (this.starts.length < WORDS_KEPT) {
      while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
      if (i === 0) break;
      while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
      this.starts.push(i);
    }
  }

  /** Whether the cue's whole regex matches the lead. */
  has(cue: LeadCue): boolean {
    return this.mayHave(cue) && cue.whole.test(this.text);
  }

  /** The whole regex's match in the lead, or null. */
  match(cue: LeadCue): RegExpExecArray | null {
    return this.mayHave(cue) ? cue.whole.exec(this.text) : null;
  }

  /** Whether the cue's tail or one of its last words is at the lead's end; else the whole cannot match. */
  private mayHave(cue: LeadCue): boolean {
    const from = cue.words <= this.starts.length ? this.starts[cue.words - 1] : 0;
    if (cue.tail) {
      cue.tail.lastIndex = from;
      return cue.tail.test(this.text);
    }
    return cue.lastWords === undefined || this.endsWithOneOf(cue.lastWords, cue.words);
  }

  /** Whether one of the last `n` words, lower-cased, is in `words`; or holds a letter other than ASCII's, which a caseless regex may read as one. */
  private endsWithOneOf(words: ReadonlySet<string>, n: number): boolean {
    for (let k = 0; k < n && k < this.starts.length; k++) {
      let end = this.starts[k];
      let ascii = true;
      for (let c = this.text.charCodeAt(end); end < this.text.length && !isSpace(c); c = this.text.charCodeAt(++end)) ascii &&= c < 128;
      if (!ascii || words.has(lowerCase(this.text.slice(this.starts[k], end)))) return true;
    }
    return false;
  }
}

/** White space as a regex's \s reads it. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
