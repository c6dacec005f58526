import { wordBefore } from './clauseWords';

// Verbs of reporting near a date: what was told after them ("told reporters Monday that") is no
// telling of its own, and a past report shifts the speaker's present back ("said the vote was
// expected", "said it hoped to"), so what it tells may still lie ahead.

export const REPORTING = new Set(['said', 'says', 'told', 'added', 'noted', 'explained', 'stated', 'reported', 'announced', 'according', 'wrote', 'argued']);

/** Reports whose "that" clause a date may stand before: "told reporters Monday that", "the announcement Friday that". */
const REPORT_BEFORE_THAT = new Set([
  ...REPORTING, 'announcement', 'statement', 'confirmed', 'warned', 'insisted', 'claimed', 'revealed', 'admitted', 'conceded', 'tells',
]);
/** How many words before a date its report may stand ("told a Politico reporter Monday evening that"). */
const REPORT_REACH = 6;

/** A report among the few words before the date, back to a comma. */
export function reportBefore(before: readonly string[]): boolean {
  for (let i = 0; i < before.length && i < REPORT_REACH; i++) {
    if (before[i] === ',') return false;
    if (REPORT_BEFORE_THAT.has(before[i])) return true;
  }
  return false;
}

/** How many words before a wish its report may stand: "said the new coalition hoped to". */
const WISH_REPORT_REACH = 6;

/** A verb of reporting within WISH_REPORT_REACH words before the wish that governs the infinitive `list[i]`, back to a comma. */
export function reportedWish(list: readonly string[], i: number, k: number): boolean {
  return verbOfWordsBefore(list, i, k, 3, WISH_REPORT_REACH + 2, REPORTING);
}

/** Past verbs of reporting that shift the reported clause's tense back: "said", "warned", "told reporters". */
const REPORTED_PAST = new Set([
  'said', 'told', 'added', 'noted', 'explained', 'stated', 'reported', 'announced', 'wrote', 'argued', 'warned', 'insisted', 'claimed',
  'cautioned', 'confirmed', 'indicated', 'signalled', 'signaled', 'suggested', 'acknowledged', 'revealed', 'predicted', 'stressed',
]);

/** How far before the "was" of a reported clause its verb of reporting may stand: "warned that further action was". */
const REPORTED_CLAUSE_REACH = 8;

/** A past verb of reporting within REPORTED_CLAUSE_REACH words before the "was" before `list[i]`, back to a comma. */
export function reportedClause(list: readonly string[], i: number, k: number): boolean {
  return verbOfWordsBefore(list, i, k, 2, REPORTED_CLAUSE_REACH + 1, REPORTED_PAST);
}

/** One of `verbs` among the words `from`..`to` places before `list[i]` (as wordBefore counts them), back to a comma. */
function verbOfWordsBefore(list: readonly string[], i: number, k: number, from: number, to: number, verbs: ReadonlySet<string>): boolean {
  for (let n = from; n <= to; n++) {
    const p = wordBefore(list, i, k, n);
    if (p === undefined || p === ',') return false;
    if (verbs.has(p)) return true;
  }
  return false;
}
