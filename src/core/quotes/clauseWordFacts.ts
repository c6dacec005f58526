import { cachedByText } from '../text/cachedByText';
import { lowerCase } from './caselessTests';
import { isCognitionVerb, isSpeechVerb } from './reportingVerbs';

// What the reported-speech finder asks of a word's spelling alone, as bits computed once per
// distinct spelling. Its clause readers scan the words after each speech verb, asking of each
// whether it is a verb (a lower-cased copy, a set, a regex and two verb-list look-ups each
// time); one look-up of a spelling answers all of these.

/** Finite forms of "be", "have", "do" and the modals, with their negations. */
export const FINITE: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'has', 'have', 'had',
  'did', 'does', 'do', "aren't", 'aren’t', "isn't", "wasn't", "won't", "wouldn't", "can't", "couldn't", "doesn't", "didn't", "hasn't",
  "haven't", 'isn’t', 'wasn’t', 'won’t', 'wouldn’t', 'can’t', 'couldn’t', 'doesn’t', 'didn’t', 'hasn’t', 'haven’t',
]);

/** Past forms not in -ed that make a clause of what follows a verb: "said the mayor met Ruiz and said …". */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'met', 'took', 'gave', 'made', 'went', 'left', 'got', 'came', 'saw', 'knew', 'thought', 'found', 'held', 'kept', 'lost',
  'won', 'ran', 'paid', 'sent', 'spent', 'built', 'bought', 'brought', 'felt', 'fell', 'led', 'meant', 'began', 'became',
  'broke', 'chose', 'drove', 'grew', 'rose', 'sold', 'sat', 'stood', 'struck', 'taught', 'threw', 'understood', 'wore', 'hid',
]);

/** A verb whatever stands before it: a finite form, a past form in -ed, a verb of speech or of thought. */
export const VERB_FORM = 1;
/** A present form in -s ("wants", not "press"): a verb after a name or a pronoun (isVerbLike). */
export const PRESENT_S = 2;
/** "he", "she", "it", "who", "which" as written: a subject a present form in -s may follow. */
export const THIRD_PERSON = 4;
/** In IRREGULAR_PAST, as written. */
export const IRREGULAR_PAST_FORM = 8;

function factsOfSpelling(word: string): number {
  const lower = lowerCase(word);
  let facts = 0;
  if (FINITE.has(lower) || (word.endsWith('ed') && /^\p{Ll}{2,}ed$/u.test(word)) || isSpeechVerb(word) || isCognitionVerb(word)) facts |= VERB_FORM;
  if (word.endsWith('s') && /^\p{Ll}{3,}s$/u.test(word) && !/ss$/u.test(lower)) facts |= PRESENT_S;
  if (/^(?:he|she|it|who|which)$/u.test(word)) facts |= THIRD_PERSON;
  if (IRREGULAR_PAST.has(word)) facts |= IRREGULAR_PAST_FORM;
  return facts;
}

/** The facts (bits above) of a token's text. */
export const clauseWordFacts: (word: string) => number = cachedByText(factsOfSpelling);
