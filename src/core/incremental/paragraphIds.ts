import type { AnalyzedText } from '../text/analyzedText';

/**
 * A number for each paragraph token list the incremental analyzer hands out. The token
 * memo gives the same list object for the same paragraph text (analyzedText.ts), so equal
 * numbers mean equal paragraph texts, and a memo key can name a run of paragraphs in a few
 * digits instead of holding (and hashing) their text. Lists forgotten by the token memo
 * take their numbers with them.
 */
const ids = new WeakMap<object, number>();
let next = 1;

export function paragraphId(list: object): number {
  let id = ids.get(list);
  if (id === undefined) {
    id = next++;
    ids.set(list, id);
  }
  return id;
}

/**
 * A memo key naming paragraph `p`'s text, followed by a NUL that ends it whatever a caller
 * appends: with the incremental analyzer's token lists its paragraphId (after a space: a
 * paragraph's text never starts with one, so the two kinds of key never meet), else the
 * text itself. The first kind is kept per list: the same string object, its hash computed
 * once, serves every keystroke's look-up of an unchanged paragraph.
 */
export function paragraphKey(doc: AnalyzedText, p: number): string {
  const list = doc.paragraphTokens?.[p];
  if (!list) return `${doc.text.slice(doc.paragraphs[p].start, doc.paragraphs[p].end)}\u0000`;
  let key = keys.get(list);
  if (key === undefined) keys.set(list, (key = ` ${paragraphId(list)}\u0000`));
  return key;
}

const keys = new WeakMap<object, string>();
