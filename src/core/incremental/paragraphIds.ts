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
