import type { Token } from '../text/tokenizer';
import { isLowerWord } from '../text/tokenCase';
import { genderOfGivenName } from '../entities/givenNames';
import { COMMON_FIRST_NAMES } from './nameLexicon';
import { lowerCase } from '../text/lowerCase';

// What the words around a name say of its kind, where the tagger read it otherwise.

/** Participles opening a clause about what someone did as he spoke: "Zelenskyy, speaking in his nightly address, urged". */
const SPEAKING_PARTICIPLES = new Set(['speaking', 'writing', 'addressing', 'talking']);

/**
 * "Zelenskyy, speaking in his nightly address, urged": a one-word name set off before a clause
 * of speaking that says "his" or "her" is a person's (a body's clause says "its").
 */
export function speaksInHisOwnClause(tokens: readonly Token[], b: number): boolean {
  if (tokens[b]?.text !== ',' || !SPEAKING_PARTICIPLES.has(tokens[b + 1]?.text ?? '')) return false;
  for (let k = b + 2; k < b + 9 && k < tokens.length && tokens[k].text !== ','; k++) {
    if (tokens[k].text === 'his' || tokens[k].text === 'her') return true;
  }
  return false;
}

/** Offices held of a body, written before "of" and its name: "secretary general of Bayan". */
const OFFICES_OF_BODIES = new Set(['secretary', 'general', 'director', 'head', 'chairman', 'chairwoman', 'chairperson', 'chair', 'president', 'leader', 'founder', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'member', 'members', 'treasurer', 'co-founder', 'convener', 'coordinator']);

/**
 * "Renato Reyes, secretary general of Bagong Alyansang Makabayan": a name of two words or more
 * after an office and "of", opening with no given name, is the body the office is of.
 */
export function isBodyAfterOfficeOf(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a < 2 || a < 2 || tokens[a - 1].text !== 'of') return false;
  const office = tokens[a - 2];
  if (!isLowerWord(office) || !OFFICES_OF_BODIES.has(office.text)) return false;
  const first = tokens[a].text;
  return genderOfGivenName(first) === null && !COMMON_FIRST_NAMES.has(lowerCase(first));
}
