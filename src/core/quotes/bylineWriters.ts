import type { AnalyzedText } from '../text/analyzedText';
import type { MentionIndex } from './mentionIndex';

/** "By Jane Roe" opening a line: the name after it is the writer's. */
const BYLINE_BEFORE_NAME = /(?:^|\n)[ \t]*by\s+$/iu;

/** How many names from the top of a text are looked at for a byline. */
const TOP_NAMES = 200;

/** A byline's line ends soon after the name, with no possessive ("By Sanders's own argument, …" opens a sentence). */
const BYLINE_REST = /^(?![’']s\b)[^\n]{0,60}(?:\n|$)/u;

function bylineLineAfter(text: string, end: number): boolean {
  return BYLINE_REST.test(text.slice(end, end + 62));
}

const writers = new WeakMap<MentionIndex, ReadonlySet<string>>();

/**
 * The people a byline names ("By Kayla Brooks, Entertainment Reporter"): the journalists who
 * wrote the article. News copy never calls its writer "he" or "she" (a reporter who appears
 * in the story says "I" or "this reporter"), so a pronoun is never theirs.
 */
export function bylineWriters(doc: AnalyzedText, index: MentionIndex): ReadonlySet<string> {
  let found = writers.get(index);
  if (found) return found;
  const all = new Set<string>();
  for (let i = 0; i < index.names.length && i < TOP_NAMES; i++) {
    const m = index.names[i];
    if (m.kind !== 'person' || !m.entityId || index.insideQuote[i]) continue;
    if (BYLINE_BEFORE_NAME.test(doc.text.slice(Math.max(0, m.start - 40), m.start)) && bylineLineAfter(doc.text, m.end)) all.add(m.entityId);
  }
  found = all;
  writers.set(index, found);
  return found;
}
