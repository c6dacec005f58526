import { isOpeningRolePlural } from './sentenceOpeners';
import type { AnalyzedText } from '../text/analyzedText';
import type { Sentence } from '../text/sentences';
import type { NameMention } from './nameMention';
import { isLowerWord } from '../text/tokenCase';
import { lowerCase } from '../text/lowerCase';
import { genderOfGivenName } from '../entities/givenNames';
import { isKnownPlace } from '../places/gazetteer';
import { NOT_NAME_WORDS, SAID_FORMS } from './nameLexicon';
import { isSpeechVerb } from '../quotes/reportingVerbs';
import { datelineEnd } from '../quotes/datelineLead';

// News copy opens with who acted and when: "Acme on Tuesday released …", "Acme said on Friday
// …". A word the tagger has never seen in lower case, alone at the sentence's start before
// such a day, is the actor's name: the capital is the word's own, not the sentence's.

/** Verbs of a reporter's credit line ("Fahrenthold reported from Iowa"): a person's surname before them. */
const CREDIT_VERBS = new Set(['reported', 'contributed']);

/** Plurals of English doers and things ("Editorialists", "Organizers"), no name. */
const ENGLISH_PLURAL = /(?:ists|ers|ors|ians|ings)$/u;

const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/** Lower-case words after the day that are no verb of the actor's ("on Tuesday and Wednesday", "on Tuesday night"). */
const NOT_VERBS = new Set(['and', 'or', 'the', 'a', 'an', 'of', 'in', 'at', 'to', 'for', 'with', 'night', 'morning', 'afternoon', 'evening']);

/**
 * "Anthropic on Tuesday released a model", "Zorvia said on Friday it would": a lone
 * capitalized word opening the sentence that news never writes in lower case (the tagger's
 * case classes: unseen or nearly always capitalized), before "on" and a weekday and a verb, or
 * before "said on" and a weekday, or before a verb of saying in the past and a word in lower case ("Coldplay announced a new
 * album"), is a name the tagger left out or read as a thing's or a place's the gazetteer does not know: a
 * person's when it is a given name, else a body's. A known place is left as read ("Gaza on
 * Monday saw …").
 */
export function bodiesBeforeTheirDay(doc: AnalyzedText, s: Sentence, first: number, caseClasses: ReadonlyMap<string, number>, out: NameMention[]): void {
  const { tokens, text } = doc;
  // After a dateline ("LONDON (Reuters) -") the sentence's own words begin.
  const k = datelineEnd(tokens, s);
  const word = tokens[k];
  if (word === undefined || k + 3 >= s.tokenEnd || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) return;
  const c = caseClasses.get(lowerCase(word.text)) ?? 0;
  if ((c !== 0 && c !== 4) || NOT_NAME_WORDS.has(lowerCase(word.text)) || WEEKDAY.test(word.text) || isKnownPlace(word.text)) return;
  const said = tokens[k + 1].text === 'said' ? 1 : 0;
  const on = tokens[k + 1 + said];
  const day = tokens[k + 2 + said];
  const verb = tokens[k + 3 + said];
  // "Coldplay announced a new album": a word news text never held (no surname it knows, no plural of English: "Editorialists
  // opined"), then a verb of saying in the past and a word in lower case; not a credit's "reported" or "wrote" ("Fahrenthold reported").
  const announced = c === 0 && !ENGLISH_PLURAL.test(word.text) && isLowerWord(tokens[k + 1]) && /ed$/u.test(tokens[k + 1].text) && !CREDIT_VERBS.has(tokens[k + 1].text)
    && (SAID_FORMS.has(tokens[k + 1].text) || isSpeechVerb(tokens[k + 1].text)) && isLowerWord(tokens[k + 2])
    // Not the people of a job ("Paramedics pronounced her dead", sentenceOpeners.ts).
    && !isOpeningRolePlural(tokens, k, k + 1, s.tokenStart, caseClasses);
  if (!announced) {
    if (on === undefined || on.text !== 'on' || day === undefined || !WEEKDAY.test(day.text)) return;
    if (said === 0 && (verb === undefined || !isLowerWord(verb) || NOT_VERBS.has(verb.text) || !(/(?:ed|s)$/u.test(verb.text) || SAID_FORMS.has(verb.text) || isSpeechVerb(verb.text)))) return;
  }
  const i = out.findIndex((m, j) => j >= first && m.start < word.end && m.end > word.start);
  const type = genderOfGivenName(word.text) !== null ? 'PER' : 'ORG';
  if (i < 0) {
    let at = first;
    while (at < out.length && out[at].start < word.start) at++;
    out.splice(at, 0, { start: word.start, end: word.end, text: text.slice(word.start, word.end), type });
  } else if ((out[i].type === 'MISC' || out[i].type === 'LOC') && out[i].start === word.start && out[i].end === word.end) {
    out[i] = { start: word.start, end: word.end, text: out[i].text, type };
  }
}
