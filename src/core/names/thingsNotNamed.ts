import type { Token } from '../text/tokenizer';
import { isCapitalizedWord, isLowerWord } from '../text/tokenCase';
import { lowerCase } from '../text/lowerCase';
import { isSizeablePlace } from '../places/gazetteer';
import { KNOWN_ORGANIZATIONS, ORGANIZATION_WORDS, PARTY_MEMBER_NOUNS } from './nameLexicon';

// Capitalized words news writes for things that are no person, body or place: a disease or a
// strain named by what it is "known as", a state occasion ("the Budget"), a leader's name
// before the government or campaign named after him ("the Trump administration").

/** Words that open a noun phrase and say nothing of a kind: "known as the Taliban" is a name after "the". */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'one', 'simply', 'just', 'only']);

/**
 * "The new strain, known as clade Ib", "a subvariant known as lineage XEC": a name after
 * "known as" and a lower-case noun of its kind labels a thing of that kind, nobody; so does
 * one after a pathogen's kind anywhere ("its first case of clade Ib").
 */
export function isLabelAfterKnownAsKind(tokens: readonly Token[], a: number): boolean {
  const kind = tokens[a - 1];
  if (a < 1 || kind.kind !== 'word' || !isLowerWord(kind)) return false;
  // "a case of clade Ib", "the lineage JN.1": the kind of a label, written before it.
  if (LABELLED_KINDS.has(kind.text)) return true;
  return a >= 3 && !DETERMINERS.has(kind.text) && tokens[a - 2].text === 'as' && tokens[a - 3].text === 'known';
}

/** Lower-case nouns for kinds of pathogens written before their labels. */
const LABELLED_KINDS = new Set(['clade', 'subclade', 'lineage', 'sublineage', 'subvariant', 'serotype', 'genotype', 'strain']);

/**
 * "Mpox, formerly known as monkeypox, spread": a name set off before "(also, formerly …)
 * known as" and a lower-case word is a thing news also calls by a common noun (a disease, a
 * drug, a plant), no person or body. "Brian Burton, known as Danger Mouse" is a name again.
 */
export function isKnownAsCommonNoun(tokens: readonly Token[], b: number): boolean {
  if (tokens[b]?.text !== ',') return false;
  let k = b + 1;
  if (tokens[k] !== undefined && isLowerWord(tokens[k]) && tokens[k].text !== 'known') k++;
  if (tokens[k]?.text !== 'known' || tokens[k + 1]?.text !== 'as') return false;
  const name = tokens[k + 2];
  return name !== undefined && name.kind === 'word' && isLowerWord(name) && !DETERMINERS.has(name.text);
}

/**
 * One-word names of state occasions, written with a capital in British and Commonwealth copy
 * ("as Budget looms", "this month's Budget"): an event and a date, no body or person.
 */
const STATE_OCCASIONS = new Set(['Budget']);

export function isStateOccasion(word: string): boolean {
  return STATE_OCCASIONS.has(word);
}

/** Lower-case nouns for what a leader heads or runs, after the leader's surname as a modifier. */
const LEADER_HEADED = new Set(['administration', 'presidency', 'campaign']);

/**
 * "the Trump administration", "the Obama presidency", "the Harris campaign": one capitalized
 * word before a lower-case noun for a leader's government or campaign is the leader's name
 * used as a modifier, no organization or town (the person, where the article names him, is
 * found from his other mentions). Not an acronym ("the EU presidency"), a country or a sizeable
 * place ("the Gaza campaign"), a known body or a party ("the Labour campaign").
 */
export function isLeaderBeforeWhatHeLeads(tokens: readonly Token[], a: number, b: number): boolean {
  const head = tokens[b];
  if (b - a !== 1 || head === undefined || !LEADER_HEADED.has(head.text.replace(/['’]s$/u, '')) || !isCapitalizedWord(tokens[a])) return false;
  const word = tokens[a].text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lower = lowerCase(word);
  return !KNOWN_ORGANIZATIONS.has(lower) && !ORGANIZATION_WORDS.has(lower) && !PARTY_MEMBER_NOUNS.has(word) && !isSizeablePlace(word) && !/^(?:Labour|Tory|Tories|Green|Greens|Reform|Leave|Remain|Yes|No)$/u.test(word);
}
