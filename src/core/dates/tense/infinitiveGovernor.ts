import { wordBefore } from './clauseWords';
import { isPastForm } from './pastForms';
import { tenseOfWord } from './wordTense';

// What governs an infinitive, which has no tense of its own: a past or a future verb before its
// "to", a rank ("the first to win"), or a verb of awaiting before its object ("expect her to win").

/** "the first", "the only", "the last", "the youngest", before "to" or before a noun of who or what did it. */
const RANK = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'only', 'latest', 'youngest', 'oldest']);
/** The noun a rank may stand before: "the first woman to win", "the only team to score". */
const RANKED = new Set([
  'one', 'person', 'woman', 'man', 'player', 'team', 'side', 'club', 'country', 'nation', 'state', 'city', 'company', 'firm',
  'bank', 'artist', 'act', 'band', 'singer', 'tour', 'album', 'film', 'book', 'leader', 'president', 'candidate', 'athlete', 'driver',
]);

/** Whether the infinitive `list[i]`'s "to" follows "the first", "the only", or such a rank and a noun ("the first woman to"). */
export function isRankedInfinitive(list: readonly string[], i: number, k: number): boolean {
  const p2 = wordBefore(list, i, k, 2);
  const p3 = wordBefore(list, i, k, 3);
  if (p2 !== undefined && RANK.has(p2)) return p3 === 'the';
  return p2 !== undefined && p3 !== undefined && RANKED.has(p2) && RANK.has(p3) && wordBefore(list, i, k, 4) === 'the';
}

/** How far back from an infinitive its governing verb is looked for. */
const GOVERNOR_REACH = 7;

/** A past form among the words before the infinitive `list[i]`'s "to", back to a comma. */
export function governedByPast(list: readonly string[], i: number, k: number): boolean {
  for (let n = 2; n <= GOVERNOR_REACH; n++) {
    const p = wordBefore(list, i, k, n);
    if (p === undefined || p === ',') return false;
    if (isPastForm(p)) return true;
  }
  return false;
}

/** "will" or "'ll" among the words before the infinitive `list[i]`'s "to", back to a comma, with no past form nearer. */
export function governedByFuture(list: readonly string[], i: number, k: number): boolean {
  for (let n = 2; n <= GOVERNOR_REACH; n++) {
    const p = wordBefore(list, i, k, n);
    if (p === undefined || p === ',' || isPastForm(p)) return false;
    if (p === 'will' || p === 'shall' || p.endsWith("'ll")) return true;
  }
  return false;
}

/** Verbs whose object's infinitive is still to come: "expect her to win", "invited him to speak", "wants them to vote", "urged them to vote". */
const AWAITING = new Set([
  'expect', 'expects', 'expected', 'expecting', 'invite', 'invites', 'invited', 'inviting', 'want', 'wants',
  // Advice and appeals: "advised passengers to travel on Saturday", "urged them to vote Tuesday".
  // Not "asked" ("asked for $1.9 billion to fight Zika in February") nor "told".
  'advise', 'advises', 'advised', 'urge', 'urges', 'urged', 'encourage', 'encourages', 'encouraged',
]);

/** Whether, past the infinitive `list[i]`'s "to" and an object of up to three words, a verb of awaiting governs it. */
export function awaitedAfterObject(list: readonly string[], i: number, k: number): boolean {
  for (let n = 3; n <= 5; n++) {
    const p = wordBefore(list, i, k, n);
    if (p === undefined || p === ',') return false;
    if (AWAITING.has(p)) return true;
    if (tenseOfWord(p, wordBefore(list, i, k, n + 1), wordBefore(list, i, k, n + 2), wordBefore(list, i, k, n - 1)) !== null) return false;
  }
  return false;
}
