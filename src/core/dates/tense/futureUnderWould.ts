import { wordBefore } from './clauseWords';
import { isPastForm } from './pastForms';
import { FUTURE_AUX } from './wordTense';

// Past forms that tell the future of a "will" or "would" before them: a participle joined to a
// passive under "would be", a verb of a time clause shifted back under "would" ("as it moved").

/** How far before "and" a passive under "will" or "would" is looked for. */
const JOINED_PASSIVE_REACH = 10;

/** "will be" or "would be" and a participle within JOINED_PASSIVE_REACH words before the "and" at n = 1, in the same clause. */
export function passiveFutureBefore(list: readonly string[], i: number, k: number): boolean {
  for (let n = 3; n <= JOINED_PASSIVE_REACH; n++) {
    const w = wordBefore(list, i, k, n);
    if (w === undefined || w === ',') return false;
    if (w === 'be' && FUTURE_AUX.has(wordBefore(list, i, k, n + 1) ?? '')) return isPastForm(wordBefore(list, i, k, n - 1) ?? '');
  }
  return false;
}

/** Words opening a clause of time or condition whose verb a "would" before it shifts back: "would weaken as it moved". */
const TIME_SUBORDINATORS = new Set(['as', 'when', 'once', 'after', 'before', 'until', 'if', 'while']);
const HABIT_ADVERBS = new Set(['often', 'usually', 'always', 'sometimes', 'normally', 'regularly', 'typically', 'occasionally', 'frequently', 'never']);
/** How many words a "would" may stand before the subordinating word. */
const WOULD_REACH = 8;

/**
 * "said Melissa would weaken slightly as it moved toward Cuba on Wednesday", "would resign once
 * a successor was chosen in March": a past form right after its subject (up to three words) and a
 * word of time or condition, under a "would" in the clause before it, is the future of the time
 * told (the present "as it moves" shifted back), not the past.
 */
export function backshiftedUnderWould(list: readonly string[], i: number, k: number): boolean {
  for (let n = 2; n <= 4; n++) {
    const p = wordBefore(list, i, k, n);
    if (p === ',' || p === '.') return false;
    if (!TIME_SUBORDINATORS.has(p ?? '')) continue;
    for (let m = n + 1; m <= n + WOULD_REACH; m++) {
      const p = wordBefore(list, i, k, m);
      if (p === undefined || p === ',' || p === '.' || isPastForm(p)) return false;
      // "would often walk home after the shops closed": a habit of the past, not what lay ahead.
      if (p === 'would') return !HABIT_ADVERBS.has(wordBefore(list, i, k, m - 1) ?? '');
    }
    return false;
  }
  return false;
}
