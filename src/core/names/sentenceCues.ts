import type { Token } from '../text/tokenizer';
import { cachedByText } from '../text/cachedByText';

// Several rules of the name finder walk every token of every sentence looking for a word of
// their own (a party's or an outlet's first word, "v." of a court case, an honorific), and
// most sentences hold none of them. The words are tested once per distinct text, each test
// giving one bit; a sentence's bits are gathered in one walk over its tokens, and a rule whose
// bit is missing is not run: it would have found nothing to act on.

/** Per-sentence cues: the union of bits of what the sentence's words are. */
export class SentenceCues {
  private readonly bitsOf: (word: string) => number;

  /** Bit b of a word is set when tests[b] holds of it (at most 31 tests). */
  constructor(tests: ReadonlyArray<(word: string) => boolean>) {
    if (tests.length > 31) throw new Error('SentenceCues: at most 31 tests');
    this.bitsOf = cachedByText((word) => {
      let bits = 0;
      for (let b = 0; b < tests.length; b++) if (tests[b](word)) bits |= 1 << b;
      return bits;
    });
  }

  /** The union of the bits of tokens [from, to). */
  of(tokens: readonly Token[], from: number, to: number): number {
    let bits = 0;
    for (let k = from; k < to; k++) bits |= this.bitsOf(tokens[k].text);
    return bits;
  }
}
