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
  let unattributed = false;
  for (let i = 0; i < found.length && !unattributed; i++) unattributed = found[i].kind === 'direct' && attributions[i].speakerId === null;
  if (!unattributed) return attributions;
  const speakerOf = new Map<string, string>();
  for (let i = 0; i < found.length; i++) {
    const id = attributions[i].speakerId;
    if (id === null || found[i].kind === 'indirect') continue;
    const key = wordsOf(text.slice(found[i].start, found[i].end));
    if (key !== null && !speakerOf.has(key)) speakerOf.set(key, id);
  }
  if (speakerOf.size === 0) return attributions;
  return attributions.map((a, i) => {
    if (a.speakerId !== null || found[i].kind !== 'direct') return a;
    const key = wordsOf(text.slice(found[i].start, found[i].end));
    const id = key === null ? undefined : speakerOf.get(key);
    return id === undefined ? a : { ...a, speakerId: id };
  });
}

/** The quote's words in lower case, one space between, or null for fewer than MIN_WORDS. */
function wordsOf(quote: string): string | null {
  const words = quote.toLowerCase().replace(/[’‘]/gu, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu);
  return words !== null && words.length >= MIN_WORDS ? words.join(' ') : null;
}
