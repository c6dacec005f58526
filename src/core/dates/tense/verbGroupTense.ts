import { wordBefore } from './clauseWords';
import { backshiftedUnderWould, passiveFutureBefore } from './futureUnderWould';
import { awaitedAfterObject, governedByFuture, governedByPast, isRankedInfinitive } from './infinitiveGovernor';
import { isPastForm, PAST_AUX } from './pastForms';
import { reportedClause, reportedWish } from './reportedSpeech';
import type { MarkerTense } from './tense';
import { DETERMINER, EXPECTING, FUTURE_AUX, FUTURE_BEFORE_TO, NOT_A_VERB, NOT_AHEAD_AFTER_POSSIBLE, PLANNED_NOW, SAME_IN_PAST, mayMarkTense, tenseOfWord } from './wordTense';

// The tense a word of a date's clause marks with the verb group around it: plans made or
// overtaken, promises and deadlines, what may happen, timetables, infinitives and what governs
// them, reported plans and wishes; else the word's own (wordTense.ts).

/** Modals of what may happen. */
export const MAY_HAPPEN = new Set(['could', 'might', 'should']);
const MAY_HAPPEN_NOT = new Set(['have', 'not', "n't", 'be']);
/** How many words before the date the modal may stand: its verb and a preposition ("could stretch into mid-June"), not a clause away. */
const MAY_HAPPEN_REACH = 3;

const PAST_PLAN_AUX = new Set(['was', 'were']);

/** Participles of a plan made for someone ("was scheduled to"); not "were planning to", the planners' own intent, still ahead. */
const PLANNED = new Set(['scheduled', 'set', 'slated', 'due', 'expected']);
/** Past verbs of commitment before an infinitive: "promised to", "agreed to". */
const COMMITTED = new Set(['promised', 'vowed', 'pledged', 'threatened', 'agreed', 'decided']);
/** Before such a verb, a passive or a perfect: "is agreed to", "had promised to" (left to the rules as they were). */
const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);

/** Verbs of planning: what they govern after them is still to come ("has scheduled a news conference Thursday"). */
const PLANNING = new Set(['scheduled', 'planned', 'slated']);
/** Before a planning verb: the plan was overtaken or is told as the past ("had planned", "as previously planned"). */
const OVERTAKEN_PLAN = new Set(['had', 'was', 'were', 'previously', 'originally', 'as']);

/**
 * A release on a timetable in the present passive: "the jobs report is released on Friday", "the
 * final vote is held on Thursday", "results are published at 7am". The past ("was released") is past.
 */
const RELEASED_NOW = new Set(['released', 'published', 'held', 'unveiled', 'launched', 'announced', 'presented', 'tabled', 'staged']);

/** Past verbs of promise: what they set "by" a date lies ahead ("agreed a deal by March" may have been reached by then). */
const PROMISED = new Set(['promised', 'vowed', 'pledged', 'threatened', 'guaranteed']);

/** Words between a deadline's "by" and its date: "by the end of January", "by early March". */
const DEADLINE_FILLERS = new Set(['the', 'end', 'start', 'beginning', 'middle', 'close', 'of', 'mid', 'early', 'late']);

/** A backward list (from the date towards the sentence start) whose date is a deadline: "by" before it. */
function isDeadline(list: readonly string[]): boolean {
  let j = 0;
  while (j < list.length && j < 5 && DEADLINE_FILLERS.has(list[j])) j++;
  return list[j] === 'by';
}

/** Tense of `list[i]`; a backward list runs from the date towards the sentence start. */
export function tenseAt(list: string[], i: number, backward: boolean): MarkerTense | null {
  const k = backward ? 1 : -1;
  const w = list[i];
  if (w === ',') return null;
  const prev1 = wordBefore(list, i, k, 1);
  // Most words of a clause are no verb: every rule below but those after "to" reads a word of VERB_GROUP_WORDS or one tenseOfWord reads.
  if (prev1 !== 'to' && !VERB_GROUP_WORDS.has(w) && !mayMarkTense(w)) return null;
  const prev2 = wordBefore(list, i, k, 2);
  // "had been scheduled to expire Friday": the plan was overtaken, its date is past.
  if (prev1 === 'to' && prev2 && FUTURE_BEFORE_TO.has(prev2) && wordBefore(list, i, k, 3) === 'been' && wordBefore(list, i, k, 4) === 'had') return 'past';
  // "were supposed to submit their plans by February": what should have been done; its time is
  // told as gone by (not "is supposed to", still ahead).
  if (prev1 === 'to' && prev2 === 'supposed' && PAST_PLAN_AUX.has(wordBefore(list, i, k, 3) ?? '')) return 'past';
  // "was scheduled to leave late Tuesday", "was set to headline Tuesday": a plan told in the
  // past, whose day may have come or not; neither way, so the nearest such day.
  if (prev1 === 'to' && prev2 && PLANNED.has(prev2) && PAST_PLAN_AUX.has(wordBefore(list, i, k, 3) ?? '')) return 'open';
  // "At a Thursday rally, Sanders promised to ...": a date before a past verb of commitment
  // dates the promise; what was promised (after "to") is what lies ahead.
  if (!backward && COMMITTED.has(w) && wordBefore(list, i, k, -1) === 'to' && !PASSIVE_AUX.has(prev1 ?? '')) return 'past';
  // "She promised an independent review by the end of January": a deadline ("by" the date) a
  // past commitment set lies ahead of it, object or no infinitive.
  if (backward && PROMISED.has(w) && !PASSIVE_AUX.has(prev1 ?? '') && isDeadline(list)) return 'future';
  // "if she were to win in November": a condition about what is still ahead, not a past "were".
  if (prev1 === 'to' && prev2 === 'were' && CONDITION_AT.some((n) => wordBefore(list, i, k, n) === 'if' || wordBefore(list, i, k, n) === 'unless')) return 'future';
  // "He said the vote was to take place in January": reported speech shifts "is to" back to "was
  // to", as it does "is expected" (below); told as plain narrative, a plan of the past. The verb
  // near its date ("take place in"), and not the idiom "was to blame".
  if (backward && i <= REPORTED_TO_REACH && prev1 === 'to' && PAST_PLAN_AUX.has(prev2 ?? '') && !NOT_A_VERB.has(w) && w !== 'blame' && reportedClause(list, i + k, k)) return 'future';
  // "was shot to death on Oct. 23", "was forced to resign Monday": after a past verb that
  // does not look ahead, "to" starts no infinitive of its own; that verb dates the clause.
  // Not after a past wish ("had hoped to pass it before Christmas"): what was wished lay ahead of the wishing.
  if (prev1 === 'to' && prev2 && isPastForm(prev2) && !FUTURE_BEFORE_TO.has(prev2) && !EXPECTING.has(prev2) && !WISHED.has(prev2)) return null;
  // "said he hoped to present a cabinet well before the summer", "told reporters the party wanted
  // to finish it in March": a wish reported is the speaker's as they speak, so what it is for lies
  // ahead, as "hopes to" does; not a wish overtaken ("had hoped to"), nor one of a story told
  // ("he wanted to meet her on Monday, but"), whose day may have passed.
  if (prev1 === 'to' && prev2 && WISHED.has(prev2) && !NOT_A_VERB.has(w) && wordBefore(list, i, k, 3) !== 'had' && reportedWish(list, i, k)) return 'future';
  // "expect Smith to win Tuesday's debate", "invited the president to meet Thursday": the infinitive is what is awaited.
  if (prev1 === 'to' && !NOT_A_VERB.has(w) && awaitedAfterObject(list, i, k)) return 'future';
  // "A hearing has been set for September 15", "the vote has been fixed for Tuesday": a date
  // just fixed for a thing is the thing's, still ahead (not "was set for", which may be past).
  if (backward && (w === 'set' || w === 'fixed') && prev1 === 'been' && (prev2 === 'has' || prev2 === 'have') && wordBefore(list, i, k, -1) === 'for') return 'future';
  if (PLANNING.has(w) && !NOT_A_VERB.has(prev1 ?? '')) {
    const overtaken = prev1 !== undefined && OVERTAKEN_PLAN.has(prev1);
    // "has scheduled a news conference Thursday", "planned a rally on Saturday": the date is the plan's.
    if (backward && !overtaken) return 'future';
    // "On Friday, the government planned to ...": the date is the planning's, in the verb's own tense.
    if (!backward && w.endsWith('ed') && !overtaken && prev1 !== 'is' && prev1 !== 'are') return 'past';
  }
  // "could stretch into mid-June", "might come in March": what may happen, before the date, is ahead
  // (not "could have", "could not", nor a passive, as often a past one: "could be located Wednesday").
  if (backward && MAY_HAPPEN.has(w) && i >= 1 && i <= MAY_HAPPEN_REACH && !MAY_HAPPEN_NOT.has(wordBefore(list, i, k, -1) ?? '')) return 'future';
  // "will vote starting Wednesday", "spent millions beginning in April": the verb the date's
  // period starts under says which way it lies; "starting" and "beginning" right before the
  // date say nothing of it (further off, "starting with how he ...", they stand as before).
  if (backward && (w === 'starting' || w === 'beginning') && (i === 0 || (i === 1 && START_PREPOSITION.has(list[0])))) return null;
  // "Graham warned that further action was likely in January", "said the vote was expected on
  // Monday": reported speech shifts the speaker's "is likely", "is expected" back to "was"; the
  // plan is the speaker's as they speak, so still ahead. Told as plain narrative ("the vote was
  // expected in January, but"), it is a plan of the past and keeps its tense. "Set", "planned",
  // "scheduled" only before "for": "police said the car was set alight on Monday" is what was done.
  if (backward && PAST_PLAN_AUX.has(prev1 ?? '') && PLANNED_NOW.has(w) && (!PLANNED_BY_SOMEONE.has(w) || wordBefore(list, i, k, -1) === 'for') && !(w === 'possible' && NOT_AHEAD_AFTER_POSSIBLE.has(wordBefore(list, i, k, -1) ?? '')) && reportedClause(list, i, k)) return 'future';
  // "with a southerly change not expected until Sunday evening", "a verdict expected by Friday":
  // a participle of expectation right before the date's preposition looks ahead, whatever the
  // tense of the clause it hangs on; not after "was" or "had" ("was expected on Friday"), a plan
  // told in the past.
  if (backward && EXPECTED_PARTICIPLE.has(w) && i >= 1 && list.slice(0, i).every((p) => BEFORE_EXPECTED_DATE.has(p))) {
    const aux = prev1 === 'not' ? prev2 : prev1;
    if (aux === undefined || (!PAST_AUX.has(aux) && aux !== 'than' && aux !== 'as')) return 'future';
  }
  // "Trump also joined the debate, announcing on Wednesday he would meet ...", "with the captain
  // confirming on Tuesday that he will open": a report's participle right before its date tells
  // what has been said, whatever the clause before it says ("will be announcing" is left as it was).
  if (backward && REPORTING_PARTICIPLE.has(w) && list.slice(0, i).every((p) => p === 'on' || p === 'late' || p === 'early') && !BE_FORM.has(prev1 ?? '')) return 'past';
  // "Nvidia on Wednesday forecast revenue above estimates", "the bank on Thursday cut rates": a
  // verb whose past is its bare form, right after a date that follows its subject, is that past
  // (the present would be "forecasts", "cuts"); "forecast" looks ahead only as the verb of a
  // date that comes after it ("forecast rain on Sunday").
  if (!backward && isBareAfterDate(list, i) && (w === 'forecast' || SAME_IN_PAST.has(w)) && wordBefore(list, i, k, -1) !== 'to') return 'past';
  // "would be introduced before Christmas and passed by the end of the summer": a participle
  // joined by "and" to a passive under "will" or "would" shares its future.
  if (prev1 === 'and' && isPastForm(w) && passiveFutureBefore(list, i, k)) return 'future';
  if (backward && isPastForm(w) && backshiftedUnderWould(list, i, k)) return 'future';
  if (backward && isTimetableBefore(list, i, w, prev1)) return 'future';
  // "On Monday, the trial of a man accused of murder continues": a participle of a charge right
  // after a noun describes it; it is no verb of the clause ("was accused of", "had charged" are).
  if (CHARGE_PARTICIPLE.has(w) && CHARGE_PREPOSITION.has(list[i - k] ?? '') && prev1 !== undefined && !PASSIVE_AUX.has(prev1) && !NOT_A_VERB.has(prev1) && !/(?:ly|ed)$/.test(prev1)) return null;
  const tense = tenseOfWord(w, prev1, prev2, list[i - k]);
  // "clashed over how to release it late Thursday", "tried to stem the tide ... before Monday's
  // caucuses": under a past verb the infinitive is told as the past, as before.
  if (tense !== 'open') return tense;
  // "will have a chance to make their voice known on Tuesday": under "will" the infinitive looks ahead too.
  // "became the first to gross $1 billion in December": what someone was the first or the only
  // one to do was done, so the past, as for a verb of its own; in its own clause only ("became
  // the first woman to win the nomination, teeing up the November showdown" looks ahead).
  if (governedByPast(list, i, k)) return isRankedInfinitive(list, i, k) && !(backward && list.slice(0, i).includes(',')) ? 'past' : 'underPast';
  return governedByFuture(list, i, k) ? 'future' : tense;
}

/**
 * A timetable's verb in the present, before the date in its clause with no comma between: "UK GDP
 * figures come out on Thursday", "Wisconsin holds its primary on Tuesday", "Eid falls on
 * Wednesday", "the jobs report is
 * released on Friday", "a ceasefire that takes effect at midnight on Wednesday". Not after the
 * date ("Tuesday's declaration by Ford, which holds a stake"), where the verb is another thing's,
 * nor across a comma ("holds drills four times a year, the most recent in June").
 */
function isTimetableBefore(list: readonly string[], i: number, w: string, prev1: string | undefined): boolean {
  if (list.slice(0, i).includes(',')) return false;
  const next = list[i - 1];
  if (w === 'holds') return prev1 === undefined || !DETERMINER.has(prev1);
  // "the Lunar New Year, which falls on Tuesday", "public holidays fall on Monday": the calendar's.
  if (w === 'falls' || w === 'fall') return next === 'on' && (prev1 === undefined || (!PAST_AUX.has(prev1) && !FUTURE_AUX.has(prev1) && !DETERMINER.has(prev1) && prev1 !== 'not' && prev1 !== 'did'));
  // "come out", not "did the figures come out", "will come out" (the auxiliary decides) or "to come out".
  if (w === 'come' || w === 'comes') return next === 'out' && (prev1 === undefined || (!PAST_AUX.has(prev1) && !FUTURE_AUX.has(prev1) && prev1 !== 'to'));
  if (RELEASED_NOW.has(w)) return prev1 === 'is' || prev1 === 'are';
  if (w === 'takes' || w === 'take') return next === 'effect' && (prev1 === undefined || (!PAST_AUX.has(prev1) && !FUTURE_AUX.has(prev1) && prev1 !== 'to' && prev1 !== 'not'));
  return false;
}

/** Participles of a charge, and the prepositions after them: "a man accused of murder", "three men charged with fraud". */
const CHARGE_PARTICIPLE = new Set(['accused', 'charged', 'suspected', 'convicted', 'indicted']);
const CHARGE_PREPOSITION = new Set(['of', 'with', 'over', 'in']);

/** Participles of a report: "saying on Tuesday", "announcing on Wednesday". */
const REPORTING_PARTICIPLE = new Set([
  'saying', 'telling', 'confirming', 'announcing', 'adding', 'warning', 'insisting', 'noting', 'claiming', 'revealing', 'stating', 'writing', 'arguing', 'admitting', 'conceding',
]);
const BE_FORM = new Set(['be', 'been', 'is', 'are', 'was', 'were', 'am', "'s", "'re"]);

/** Participles of an expectation: "expected until Sunday", "predicted for Friday". */
const EXPECTED_PARTICIPLE = new Set(['expected', 'anticipated', 'predicted', 'forecasted']);
/** Between such a participle and its date: "until", "by", "on", "no later than", "until late on". */
const BEFORE_EXPECTED_DATE = new Set(['until', 'till', 'by', 'on', 'for', 'before', 'at', 'around', 'in', 'late', 'early', 'no', 'later', 'than', 'after', 'from', 'as', 'soon', 'sometime']);

/** How many words before its date the verb of a reported "was to" may stand: "was to take place in". */
const REPORTED_TO_REACH = 3;

/** Of PLANNED_NOW, the plans someone makes, which after "was" may as well be what was done ("was set alight", "was planned in secret"). */
const PLANNED_BY_SOMEONE = new Set(['set', 'planned', 'scheduled', 'slated']);

/** Past verbs of wishing before an infinitive: "hoped to", "wanted to", "aimed to". */
const WISHED = new Set(['hoped', 'wanted', 'intended', 'aimed', 'wished', 'sought']);

/** Adverbs between a date and the verb right after it: "Nvidia on Wednesday also forecast". */
const ADVERB_AFTER_DATE = new Set(['also', 'again', 'further', 'separately', 'jointly', 'sharply', 'unexpectedly']);

/** Whether the forward list's word `i` is the first after the date, or follows only an adverb. */
function isBareAfterDate(list: readonly string[], i: number): boolean {
  return i === 0 || (i === 1 && ADVERB_AFTER_DATE.has(list[0]));
}

/** Between "starting" or "beginning" and its date: "beginning in April", "starting on Monday". */
const START_PREPOSITION = new Set(['in', 'on', 'at', 'from']);

/** Where the "if" of "if she were to win" may stand, in words before the infinitive's verb. */
const CONDITION_AT = [3, 4, 5, 6];

/** Every word the rules of tenseAt read as the word itself, besides those of tenseOfWord (mayMarkTense) and after "to". */
const VERB_GROUP_WORDS = new Set([
  ...COMMITTED, ...PROMISED, ...PLANNING, ...MAY_HAPPEN, ...PLANNED_NOW, ...EXPECTED_PARTICIPLE, ...REPORTING_PARTICIPLE, ...SAME_IN_PAST, ...RELEASED_NOW,
  'set', 'fixed', 'forecast', 'holds', 'falls', 'fall', 'come', 'comes', 'takes', 'take',
]);
