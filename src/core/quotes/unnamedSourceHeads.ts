import { CaselessWords } from './caselessTests';
import { genderOfNoun, isPersonRole } from '../entities/roleNouns';

/** The pronoun that goes on with a source: "a spokeswoman … she", "officials … they". */
export type PronounTaken = 'male' | 'female' | 'singular' | 'plural';

/**
 * Nouns of people who speak without being named ("a source", "an official", "a
 * spokeswoman"), by the pronoun that goes on with them. The speaker phrase reads them to take
 * the whole phrase ("a person familiar with the matter"), the pronoun resolver to let a later
 * "she" stand for the source.
 */
export const UNNAMED_SOURCE_TAKES: ReadonlyMap<string, PronounTaken> = new Map<string, PronounTaken>([
  ['spokeswoman', 'female'], ['spokesman', 'male'], ['spokesperson', 'singular'], ['official', 'singular'], ['aide', 'singular'],
  ['source', 'singular'], ['diplomat', 'singular'], ['adviser', 'singular'], ['advisor', 'singular'], ['insider', 'singular'],
  ['staffer', 'singular'], ['negotiator', 'singular'], ['person', 'singular'],
  ['spokeswomen', 'plural'], ['spokesmen', 'plural'], ['spokespeople', 'plural'], ['officials', 'plural'], ['aides', 'plural'],
  ['sources', 'plural'], ['diplomats', 'plural'], ['advisers', 'plural'], ['advisors', 'plural'], ['insiders', 'plural'],
  ['staffers', 'plural'], ['negotiators', 'plural'], ['people', 'plural'],
]);

/** The same nouns, in any case. */
export const UNNAMED_SOURCE_HEADS = new CaselessWords([...UNNAMED_SOURCE_TAKES.keys()]);

/**
 * People a report quotes without a name as witnesses rather than sources ("one resident said",
 * "a teenager said", "another man, who asked not to be named, said"): only after an
 * indefinite word do they open a new, unnamed speaker a later "he" or "she" goes on with.
 */
export const UNNAMED_WITNESS_TAKES: ReadonlyMap<string, PronounTaken> = new Map<string, PronounTaken>([
  ['man', 'male'], ['boy', 'male'], ['father', 'male'], ['husband', 'male'], ['son', 'male'], ['brother', 'male'], ['grandfather', 'male'],
  ['woman', 'female'], ['girl', 'female'], ['mother', 'female'], ['wife', 'female'], ['daughter', 'female'], ['sister', 'female'], ['grandmother', 'female'],
  ['resident', 'singular'], ['witness', 'singular'], ['teenager', 'singular'], ['neighbour', 'singular'], ['neighbor', 'singular'],
  ['survivor', 'singular'], ['passenger', 'singular'], ['driver', 'singular'], ['bystander', 'singular'], ['onlooker', 'singular'],
  ['shopper', 'singular'], ['volunteer', 'singular'], ['student', 'singular'], ['worker', 'singular'], ['farmer', 'singular'],
  ['parent', 'singular'], ['pensioner', 'singular'], ['retiree', 'singular'], ['customer', 'singular'], ['local', 'singular'],
  ['victim', 'singular'], ['patient', 'singular'], ['fan', 'singular'], ['supporter', 'singular'], ['voter', 'singular'],
  ['protester', 'singular'], ['demonstrator', 'singular'], ['tenant', 'singular'], ['employee', 'singular'], ['relative', 'singular'],
  ['mourner', 'singular'], ['visitor', 'singular'], ['commuter', 'singular'], ['nurse', 'singular'], ['teacher', 'singular'],
  // "one shop owner, who asked not to be named, said", "a market trader said".
  ['owner', 'singular'], ['shopkeeper', 'singular'], ['trader', 'singular'], ['vendor', 'singular'], ['homeowner', 'singular'],
  ['landlord', 'singular'], ['motorist', 'singular'], ['cyclist', 'singular'], ['pedestrian', 'singular'], ['guest', 'singular'],
  // "one engineer, who asked not to be named, said": the jobs of staff who speak off the record.
  ['engineer', 'singular'], ['programmer', 'singular'], ['designer', 'singular'], ['contractor', 'singular'],
]);

/**
 * What a noun for someone new takes after "a", "one" or "another": a witness noun, or any
 * role a person holds ("one senior manager", "a data scientist"), by its gender where it has one.
 */
export function newPersonTakes(noun: string): PronounTaken | undefined {
  return UNNAMED_WITNESS_TAKES.get(noun) ?? (isPersonRole(noun) ? genderOfNoun(noun) ?? 'singular' : undefined);
}
