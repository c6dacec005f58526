import { lowerCase } from './lowerCase';

/**
 * A set of lowercase words asked about every token of a text: `has(word)` answers exactly
 * `words.has(word.toLowerCase())`, but turns away most words without lowercasing them (a
 * new string per token) or looking them up: first by their length and their first and
 * last letters, then by a bit per hash of their letters (a one-hash Bloom filter). The
 * finders ask such sets about each of tens of thousands of tokens per article, and nearly
 * every answer is no.
 *
 * Why the shortcut is exact: lowercasing keeps the length of a word and maps an ASCII
 * letter to an ASCII letter; the only exceptions, "İ" (two characters) and the Kelvin
 * sign (to "k"), are not ASCII, so a word with a non-ASCII first or last letter always
 * goes on to the full look-up, and every set word must itself be ASCII.
 */
export class CaselessWordSet {
  private readonly words: ReadonlySet<string>;
  /** Bit n (n < 31) of entry [first][last]: a set word of length n with those ends; bit 31: any longer one. */
  private readonly lengths = new Uint32Array(ENDS * ENDS);
  /** Bit h of the hash of each set word's letters (caselessHash). */
  private readonly hashes = new Uint32Array(HASH_BITS / 32);

  constructor(words: Iterable<string>) {
    const set = new Set<string>();
    for (const w of words) {
      // eslint-disable-next-line no-control-regex
      if (w.length === 0 || w !== w.toLowerCase() || /[^\x00-\x7f]/u.test(w)) throw new Error(`CaselessWordSet takes lowercase ASCII words, not ${JSON.stringify(w)}`);
      set.add(w);
      this.lengths[endsIndex(w.charCodeAt(0), w.charCodeAt(w.length - 1))] |= lengthBit(w.length);
      const h = caselessHash(w);
      this.hashes[h >>> 5] |= 1 << (h & 31);
    }
    this.words = set;
  }

  /**
   * Whether the lowercase form of `word` is in the set. Lower-cased by lowerCase, not
   * toLowerCase: a token of a text with curly quotes is a two-byte string, which V8
   * lower-cases through ICU, and the words that pass mayHold are the common ones ("and", "To").
   */
  has(word: string): boolean {
    return this.mayHold(word) && this.words.has(lowerCase(word));
  }

  /** False when the lowercase form of `word` is surely not in the set; true when it may be. */
  mayHold(word: string): boolean {
    const n = word.length;
    if (n === 0) return false;
    const first = word.charCodeAt(0);
    const last = word.charCodeAt(n - 1);
    if (first > 127 || last > 127) return true;
    if ((this.lengths[endsIndex(first, last)] & lengthBit(n)) === 0) return false;
    const h = caselessHash(word);
    return h < 0 || (this.hashes[h >>> 5] & (1 << (h & 31))) !== 0;
  }
}

/** Bits of the hash filter: a few thousand set words leave most bits clear. */
const HASH_BITS = 1 << 15;

/** FNV-1a of the word's ASCII-lowercased letters, HASH_BITS wide; -1 for a word with a non-ASCII letter (never turned away). */
function caselessHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c > 127) return -1;
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return (h >>> 0) & (HASH_BITS - 1);
}

/** Letters a–z (either case) are told apart; every other ASCII character shares one slot. */
const ENDS = 27;

function endOf(code: number): number {
  const lower = code >= 65 && code <= 90 ? code + 32 : code;
  return lower >= 97 && lower <= 122 ? lower - 97 : 26;
}

function endsIndex(first: number, last: number): number {
  return endOf(first) * ENDS + endOf(last);
}

function lengthBit(length: number): number {
  return length < 31 ? 1 << length : 1 << 31;
}
