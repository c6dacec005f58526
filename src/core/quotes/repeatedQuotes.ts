import type { FoundQuote } from './quoteFinder';
import type { Attribution } from './speakerResolver';

// A headline or a pull quote repeats words the article gives with their speaker further on
// ("'I never thought I'd see this day': refugees return to Homs" … `"I never thought I'd see
// this day," he said`). The repeat has no cue of its own; it is the same speaker's. Only the
// same words count (case, marks, spaces and closing punctuation aside), and only a quote of
// four words or more: a short one ("No", "Thank you") may be anyone's.

const MIN_WORDS = 4;

/** The attributions with each unattributed direct quote given the speaker of the same words quoted elsewhere. */
export function withRepeatedQuoteSpeakers(text: string, found: readonly FoundQuote[], attributions: Attribution[]): Attribution[] {
  // Run on every keystroke: a quote with a speaker has its words compared only when its first
  // letters are an unattributed quote's, so most texts cost one short slice per quote.
  const words = new QuoteWords();
  const wanted = new Map<number, string>();
  const openings = new Set<number>();
  for (let i = 0; i < found.length; i++) {
    if (found[i].kind !== 'direct' || attributions[i].speakerId !== null) continue;
    const key = words.of(text.slice(found[i].start, found[i].end));
    if (key === null) continue;
    wanted.set(i, key);
    openings.add(openingOf(text, found[i].start));
  }
  if (wanted.size === 0) return attributions;
  const wantedKeys = new Set(wanted.values());
  const speakerOf = new Map<string, string>();
  for (let i = 0; i < found.length; i++) {
    const id = attributions[i].speakerId;
    if (id === null || found[i].kind === 'indirect' || !openings.has(openingOf(text, found[i].start))) continue;
    const key = words.of(text.slice(found[i].start, found[i].end));
    if (key !== null && wantedKeys.has(key) && !speakerOf.has(key)) speakerOf.set(key, id);
  }
  if (speakerOf.size === 0) return attributions;
  return attributions.map((a, i) => {
    const key = wanted.get(i);
    const id = key === undefined ? undefined : speakerOf.get(key);
    return id === undefined ? a : { ...a, speakerId: id };
  });
}

/** The quote words of the last call, by the quote's text (QuoteWords). */
let lastQuoteWords = new Map<string, string | null>();

/**
 * wordsOf, kept for the quotes of the last call: an editor session asks it of the same
 * unattributed quotes on every keystroke (a lower-casing, a replace and a Unicode match over
 * each quote, most of this step's time). Only the last call's are kept, so the texts held
 * (slices of the last version of the text, which the session keeps anyway) stay bounded.
 */
class QuoteWords {
  private readonly last = lastQuoteWords;
  private readonly now = new Map<string, string | null>();

  /** This call's are the ones the next call finds. */
  constructor() {
    lastQuoteWords = this.now;
  }

  of(quote: string): string | null {
    let words = this.now.get(quote);
    if (words !== undefined) return words;
    words = this.last.get(quote);
    if (words === undefined) words = wordsOf(quote);
    this.now.set(quote, words);
    return words;
  }
}

/** How many letters open a quote's fingerprint: enough to tell most quotes apart. */
const OPENING_LETTERS = 8;

/**
 * The first letters of the quote at `start`, lower case, marks and spaces left out, as a
 * number: asked of every attributed quote on every keystroke, so no string is built (ASCII
 * read from the codes; another letter's case folded by itself). Two openings may share a
 * number; the quotes' words are compared after.
 */
function openingOf(text: string, start: number): number {
  let h = 0;
  let letters = 0;
  for (let k = start; k < text.length && k < start + 4 * OPENING_LETTERS && letters < OPENING_LETTERS; k++) {
    let c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 128) {
      const ch = text.charAt(k);
      const lower = ch.toLowerCase();
      if (lower === ch.toUpperCase()) continue;
      c = lower.charCodeAt(0);
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) continue;
    h = (Math.imul(h, 31) + c) | 0;
    letters++;
  }
  return h;
}

/** The quote's words in lower case, one space between, or null for fewer than MIN_WORDS. */
function wordsOf(quote: string): string | null {
  const words = quote.toLowerCase().replace(/[’‘]/gu, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu);
  return words !== null && words.length >= MIN_WORDS ? words.join(' ') : null;
}
