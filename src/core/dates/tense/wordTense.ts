import { NAME } from './clauseWords';
import { IRREGULAR_PAST, isPastForm, PAST_AUX } from './pastForms';
import type { MarkerTense } from './tense';

// The tense one word marks, read with the two words before it and the one after: auxiliaries,
// verbs that look ahead, plans, timetables, past forms, and the nouns and adjectives that look
// like verbs. The word lists here are shared by the rules that read a whole verb group.

export const FUTURE_AUX = new Set(['will', 'shall', "'ll", 'll', 'wo', 'would', "'d"]); // not "won": the past of "win" ("won't" is one word here)
/** Present verbs whose object is still to come: "faces trial in May", "awaits sentencing on Jan. 8". */
const AWAITED = new Set(['faces', 'awaits', 'awaiting', 'facing']);
/** Verbs of expectation look ahead whatever their tense of their own. */
export const EXPECTING = new Set(['expect', 'expects', 'anticipate', 'anticipates', 'predict', 'predicts', 'forecast', 'forecasts', 'foresee', 'foresees']); // not "project": far more often the noun
export const FUTURE_BEFORE_TO = new Set(['going', 'due', 'scheduled', 'set', 'slated', 'expected', 'poised', 'planned', 'plans', 'plan', 'planning', 'intends', 'intend', 'aims', 'hopes', 'wants', 'supposed', 'likely', 'promised', 'vowed', 'pledged', 'threatened', 'agreed', 'decided',
  // "Drivers were advised to avoid the M62 from Friday night", "parents have been told to keep the summer free": what
  // one is advised, urged or told to do is still to be done.
  'advised', 'urged', 'encouraged', 'instructed', 'told']);
const PRESENT = new Set(['is', 'are', 'am', "'s", "'re", 'says', 'say', 'does', 'do', 'can', 'must', 'should', 'may', 'might', 'could', 'has', 'have', 'remains', 'seems', 'looks', 'believes', 'thinks', 'expects', 'hopes', 'wants', 'plans', 'needs', 'sees', 'faces', 'holds', 'leads', 'runs', 'continues', 'stays']);
/** After "was forecast", words that give the time the forecast is for, not when it was made: "snow was forecast from late Tuesday". */
const FORECAST_FOR = new Set(['for', 'from', 'into', 'until', 'through', 'overnight']);
/** Words after which "forecasts" is the noun: what results beat or miss, or what they are in line with. */
const FORECAST_AS_NOUN_AFTER = new Set([
  'beat', 'beats', 'beating', 'missed', 'misses', 'missing', 'miss', 'topped', 'tops', 'exceeded', 'exceeds', 'met', 'meets', 'matched', 'matches',
  'with', 'of', 'above', 'below', 'against', 'the', 'its', 'their', 'his', 'her', 'our', 'consensus', 'official', 'earlier', 'previous', 'gloomy', 'upbeat',
  // "raised its full-year profit forecast on Wednesday": what is forecast, before the noun.
  'profit', 'profits', 'earnings', 'revenue', 'sales', 'growth', 'inflation', 'budget', 'weather', 'economic', 'annual', 'full-year',
  'quarterly', 'dividend', 'production', 'output', 'demand', 'price', 'rainfall', 'temperature', 'population', 'deficit', 'gdp', 'jobs',
]);
/** Verbs whose past is their bare form: past after "he", "she", "it", which would take "-s" in the present. */
export const SAME_IN_PAST = new Set(['put', 'set', 'cut', 'hit', 'let', 'quit', 'shut', 'cost', 'hurt', 'bet', 'spread', 'split', 'upset', 'cast', 'read']);
/** Words right after a bare "expected" that leave it without an object: a time follows. */
const EXPECTED_THEN = new Set(['at', 'on', 'in', 'by', 'around', 'about', 'later', 'early', 'late', 'before', 'after', 'within', 'next', 'this', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'tonight', 'today']);
/** Before "expected", words that make it no plan of its own: "as expected", "than expected", "had expected", "been expected". */
const NOT_BARE_EXPECTED = new Set(['as', 'than', 'had', 'have', 'has', 'be', 'being', 'been', 'is', 'are', 'not', 'widely', 'originally', 'previously', 'initially']);
/** Participles that "as" makes a phrase of manner: "as planned", "as scheduled", "as intended". */
const AS_PLANNED = new Set(['planned', 'scheduled', 'intended', 'arranged']);

export const NOT_A_VERB = new Set([NAME, 
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'him', 'them', 'us', 'me',
  'it', 'some', 'all', 'about', 'date', 'day', 'week', 'month', 'year', 'what', 'which', 'whom', 'each', 'every', 'more', 'less',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'other', 'another', 'any', 'no', 'both',
]);

/**
 * After "is" or "are", a plan or a forecast still ahead: "is expected Friday", "is set for Nov.
 * 18", "are due Monday", "rain is likely over the weekend", "a deal is unlikely before March",
 * "gusts are possible on Friday".
 */
export const PLANNED_NOW = new Set(['expected', 'set', 'due', 'scheduled', 'slated', 'planned', 'poised', 'likely', 'unlikely', 'possible']);
export const NOT_AHEAD_AFTER_POSSIBLE = new Set(['after', 'before', 'that', 'to', 'since', 'because', 'if', 'for']);

/** A singular noun as a subject: a word of letters not ending in "s" (the plural's, which takes the bare present: "the banks cut"). */
const SINGULAR_NOUN = /^[a-z]+[^s\W]$/;
/** The start of an object after a verb: a word, not a comma. */
const OBJECT_START = /^[a-z]/;
/** Words after a bare verb that make the pair a compound noun or the verb a noun: "the tax cut was", "the rate cut and". */
const NOT_OBJECT_AFTER = new Set(['was', 'were', 'is', 'are', 'will', 'would', 'has', 'had', 'have', 'could', 'should', 'may', 'might', 'can', 'and', 'or', 'but', 'that', 'which', 'to', 'of', 'as', 'than', 'came', 'took', 'helped', 'helps', 'means', 'meant', 'follows', 'followed']);

/**
 * A timetable in the simple present ("the convention, which begins Monday", "the polls
 * close Tuesday"): what a schedule says will happen. The past of these verbs is past.
 */
export const SCHEDULED = new Set(['begins', 'starts', 'opens', 'ends', 'closes', 'expires', 'resumes', 'reopens', 'convenes', 'reconvenes', 'meets', 'announces', 'publishes', 'unveils', 'kicks', 'airs', 'premieres', 'departs', 'arrives']);

/** Before a noun, not a subject: "the ends", "its opens" are no timetable. */
export const DETERMINER = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'to']);
/** Before a participle, these make it an adjective ("a designated day"); not "that", which opens a relative clause ("the bill that passed"). */
const POSSESSIVE = new Set(['his', 'its', 'their', 'our', 'my', 'your']);
/** Present verbs of PRESENT that are as often plural nouns ("their flood plans", "its funding needs"). */
const PLURAL_NOUN_TOO = new Set(['plans', 'needs', 'hopes', 'wants', 'holds', 'leads', 'runs', 'faces', 'looks', 'sees', 'remains']);
export const ARTICLE = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'these', 'those']);
/** Prepositions that a verb never follows: a participle after one is an adjective ("on exposed coasts", "with limited means"). */
const PREPOSITION = new Set(['on', 'in', 'at', 'of', 'for', 'with', 'from', 'into', 'onto', 'over', 'under', 'across', 'among', 'between', 'without', 'within', 'during', 'against', 'toward', 'towards', 'near', 'amid', 'despite', 'per']);

export function tenseOfWord(w: string, prev1: string | undefined, prev2: string | undefined, next: string | undefined): MarkerTense | null {
  // "the caucuses go ahead on Monday night as planned": a fixed phrase of manner, no verb of the clause.
  if (prev1 === 'as' && AS_PLANNED.has(w)) return null;
  // "agreed to acquire it in January": the infinitive, not "agreed", carries the date,
  // and says nothing of past or future unless what governs it looks ahead ("is
  // scheduled to close Monday", "is to resume Tuesday").
  // Not a letter: "6 a.m.-to-4:30 p.m." is no infinitive.
  if (prev1 === 'to' && !NOT_A_VERB.has(w) && w.length > 1) {
    return prev2 && (FUTURE_BEFORE_TO.has(prev2) || prev2 === 'is' || prev2 === 'are' || EXPECTING.has(prev2)) ? 'future' : 'open';
  }
  // "less than forecast in January", "as forecast": the participle of an earlier estimate.
  if (EXPECTING.has(w) && (prev1 === 'than' || prev1 === 'as')) return 'past';
  // "the deficit was forecast at $42bn in May", "growth had been forecast in March": a passive or a
  // past perfect tells an estimate made then, not one that looks ahead of the article date; what
  // it was made for ("rain was forecast for Monday", "snow was forecast from late Tuesday into
  // Wednesday") may still lie ahead.
  if (EXPECTING.has(w) && !FORECAST_FOR.has(next ?? '') && (prev1 === 'was' || prev1 === 'were' || prev1 === 'had' || (prev1 === 'been' && prev2 === 'had'))) return 'past';
  // "The ruling is expected Friday", "the trial is set for Nov. 18", "the report is due Monday": a plan in the present looks ahead.
  // Not "is possible after Tuesday's victory", "it is possible that he left on Friday": what may come of a day, or a guess about one.
  if (PLANNED_NOW.has(w) && (prev1 === 'is' || prev1 === 'are' || prev1 === "'s" || prev1 === "'re") && !(w === 'possible' && next !== undefined && NOT_AHEAD_AFTER_POSSIBLE.has(next))) return 'future';
  // "with the show expected at about 1am on Monday", "the verdict, expected on Friday": a bare
  // participle of expectation with no object is a plan, ahead ("as expected", "was expected" are not).
  if (w === 'expected' && next !== undefined && EXPECTED_THEN.has(next) && prev1 !== undefined && !PAST_AUX.has(prev1) && !NOT_BARE_EXPECTED.has(prev1) && !ARTICLE.has(prev1)) return 'future';
  // "results beat forecasts on Monday", "in line with forecasts": the noun, an estimate, not a verb that looks ahead.
  if ((w === 'forecasts' || w === 'forecast' || w === 'predictions') && prev1 !== undefined && FORECAST_AS_NOUN_AFTER.has(prev1)) return null;
  if (FUTURE_AUX.has(w) || EXPECTING.has(w)) return 'future';
  // "faces sentencing Jan. 8", "awaits trial in May": what someone faces is still ahead.
  if (AWAITED.has(w) && !DETERMINER.has(prev1 ?? '') && !PAST_AUX.has(prev1 ?? '')) return 'future';
  // Only the third person ("the vote closes Tuesday"): "close", "open" and "end" are as often adjectives or nouns.
  if (SCHEDULED.has(w) && !DETERMINER.has(prev1 ?? '')) return 'future';
  // "effective Feb. 1", "as of June 1": a date set by a rule, either side of today.
  if (w === 'effective' || w === 'starting' || w === 'beginning') return 'present';
  // "payable Dec. 7 to holders of record": a dividend is paid after it is declared.
  if (w === 'payable') return 'future';
  if (w.endsWith("'ll") || w === "won't") return 'future';
  if (FUTURE_BEFORE_TO.has(w) && next === 'to') return 'future';
  if ((w === 'is' || w === 'are') && next === 'to') return 'future';
  // "as she put it", "he set a deadline": after he, she or it the bare form of these verbs is their past.
  if (SAME_IN_PAST.has(w) && (prev1 === 'he' || prev1 === 'she' || prev1 === 'it')) return 'past';
  // "The Bank cut rates in August", "the storm hit the coast on Friday": after "the" and a singular
  // noun, the present would be "cuts", "hits". Not a compound noun ("the tax cut in August",
  // "the price cut was"): an object must follow, not a preposition or a verb. Not "set", whose
  // object is often a day still ahead ("the council set a deadline of April 30").
  if (SAME_IN_PAST.has(w) && w !== 'set' && prev2 === 'the' && prev1 !== undefined && SINGULAR_NOUN.test(prev1) && !NOT_A_VERB.has(prev1) && next !== undefined && OBJECT_START.test(next) && !PREPOSITION.has(next) && !NOT_OBJECT_AFTER.has(next)) return 'past';
  if (isPastForm(w)) {
    // "decides on Thursday, followed by the ECB at 13:15", "rose, led by banks": a participle after a
    // comma and before "by" opens a phrase of its own; it is no verb of the clause.
    if (prev1 === ',' && next === 'by' && !PAST_AUX.has(w)) return null;
    // "a designated day on Aug. 1", "the unexpected rally": after an article, a participle is an adjective.
    if (prev1 !== undefined && ARTICLE.has(prev1)) return null;
    // "gusts are expected on exposed coasts on Saturday": after a preposition, too (no verb follows one).
    if (prev1 !== undefined && PREPOSITION.has(prev1) && !PAST_AUX.has(w) && !IRREGULAR_PAST.has(w)) return null;
    // "how ties would fare if he won the election on Nov. 8": a condition, not a past event.
    if ((prev2 === 'if' || prev2 === 'unless') && prev1 !== NAME && !PAST_AUX.has(w)) return 'present';
    // "will be held", "to be named", "is expected": the auxiliary before the participle decides.
    for (const p of [prev1, prev2]) {
      if (!p || p === NAME) break;
      if (FUTURE_AUX.has(p) || p.endsWith("'ll")) return 'future';
      if (p === 'to' || p === 'be' || p === 'being') return null;
      if (p === 'is' || p === 'are' || p === 'am') return 'present';
    }
    return 'past';
  }
  // "will do well in Tuesday's primary", "will have a vote Friday": the auxiliary, not the bare verb, says when.
  // "submit their plans by February", "the needs of": after an article or a possessive the word is the noun.
  if (PRESENT.has(w) && ARTICLE.has(prev1 ?? '')) return null;
  // "their flood plans", "its spending needs": a noun before it and a possessive before that.
  if (PLURAL_NOUN_TOO.has(w) && POSSESSIVE.has(prev2 ?? '') && prev1 !== undefined && /^[a-z]+$/.test(prev1) && !PAST_AUX.has(prev1)) return null;
  if (PRESENT.has(w)) return prev1 === 'will' || prev1 === 'shall' || prev1 === "'ll" ? 'future' : 'present';
  return null;
}

/** Every word tenseOfWord reads a tense of when the word before it is not "to"; besides, past forms and a contracted "will". */
const MARKING_WORDS = new Set([
  ...FUTURE_AUX, ...AWAITED, ...EXPECTING, ...PLANNED_NOW, ...SCHEDULED, ...FUTURE_BEFORE_TO, ...SAME_IN_PAST, ...PRESENT,
  'expected', 'effective', 'starting', 'beginning', 'payable', "won't", 'is', 'are',
]);

/**
 * Whether tenseOfWord can read a tense of `w` when the word before it is not "to" (after "to" any
 * word is an infinitive): most words of a clause mark none, and this one test says so.
 * A rule added to tenseOfWord for a word of its own adds that word to MARKING_WORDS.
 */
export function mayMarkTense(w: string): boolean {
  return MARKING_WORDS.has(w) || isPastForm(w) || w.endsWith("'ll");
}
