// NewsChrono looks for its gate words (some eighty) in each date window with `includes` on
// the window's lower case: about thirty searches a window, 31,500 a run over the PolNeAR dev
// articles. A word can only be in a text that holds each pair of adjacent letters the word
// holds, and one pass over a window of a hundred characters notes its pairs; a word with a
// pair the window lacks ("every" without "ev") is passed over without a search, which left
// 3,450 searches. The test only ever turns away words that are not there.

const LETTERS = 26;

/** The pairs of adjacent lowercase letters a-z of `word`, as indexes first · 26 + second. */
export function letterPairsOf(word: string): Int16Array {
  const pairs: number[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    const a = word.charCodeAt(i) - 97;
    const b = word.charCodeAt(i + 1) - 97;
    if (a >= 0 && a < LETTERS && b >= 0 && b < LETTERS) pairs.push(a * LETTERS + b);
  }
  return Int16Array.from(pairs);
}

/** Which pairs of adjacent lowercase letters a text holds, filled anew per text. */
export class LetterPairs {
  private readonly bits = new Int32Array(Math.ceil((LETTERS * LETTERS) / 32));

  /** Notes the pairs of `lower` (a lower-cased text), forgetting those of the text before. */
  fill(lower: string): void {
    const { bits } = this;
    bits.fill(0);
    let a = lower.charCodeAt(0) - 97;
    for (let i = 1; i < lower.length; i++) {
      const b = lower.charCodeAt(i) - 97;
      if (a >= 0 && a < LETTERS && b >= 0 && b < LETTERS) {
        const pair = a * LETTERS + b;
        bits[pair >>> 5] |= 1 << (pair & 31);
      }
      a = b;
    }
  }

  /** False when the text lacks one of `pairs` (letterPairsOf a word), so the word is surely not in it. */
  mayHold(pairs: Int16Array): boolean {
    const { bits } = this;
    for (let k = 0; k < pairs.length; k++) {
      const pair = pairs[k];
      if ((bits[pair >>> 5] & (1 << (pair & 31))) === 0) return false;
    }
    return true;
  }
}
