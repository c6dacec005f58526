import type { Token } from '../text/tokenizer';
import { NOT_NAME_WORDS, PERSON_TITLES, isServiceTitle } from './nameLexicon';
import { lowerCase } from '../text/lowerCase';

// A nickname in quotation marks inside a person's name: `Marcia "Cia" Price`,
// `Dwayne “The Rock” Johnson`. The marks hold no one's words, and the name runs across
// them. Spelled strictly, as news copy writes it: a capitalized word (no possessive, not
// inside a title-cased run of capitals), a space, the opening mark glued to one to three
// capitalized words, the closing mark glued to them, a space, a capitalized word that ends
// the name (no third capital after it, which a title-cased headline would have:
// `Clinton "Deplorables" Comment Draws Fire`). Every check reads a fixed number of tokens,
// so asking it at every token stays linear.

const OPENING = new Set(['"', '“', '‘', "'"]);
const CLOSING = new Set(['"', '”', '’', "'"]);
const MAX_NICKNAME_WORDS = 3;

export interface NicknameMarks {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark. */
  close: number;
}

/** Whether a token can open a nickname: the only tokens nicknameOpeningAt looks further at. */
export function isNicknameOpeningMark(t: Token): boolean {
  return t.kind === 'punct' && OPENING.has(t.text);
}

/**
 * Whether token `i` of a paragraph's own token list may open a nickname, read from the list
 * alone: nicknameOpeningAt is null at every mark this says no to, since the tokens it reads
 * next to the mark are the list's (a neighbour in another paragraph leaves the answer yes).
 * The incremental tagger keeps the marks it says yes to, few of them (a quotation opening
 * after "said" or a comma is none), instead of every opening mark of the text per keystroke.
 */
export function mayOpenNickname(list: readonly Token[], i: number): boolean {
  const mark = list[i];
  if (mark === undefined || !isNicknameOpeningMark(mark)) return false;
  const given = list[i - 1];
  if (given !== undefined && (!isNameWord(given) || /['’]s$/u.test(given.text) || given.end >= mark.start)) return false;
  const first = list[i + 1];
  return first === undefined || (first.start === mark.end && first.kind === 'word' && /^\p{Lu}/u.test(first.text));
}

/** The nickname whose opening mark is token `open`, or null. */
export function nicknameOpeningAt(tokens: readonly Token[], open: number): NicknameMarks | null {
  const mark = tokens[open];
  if (mark === undefined || !isNicknameOpeningMark(mark)) return null;
  const given = tokens[open - 1];
  if (given === undefined || !isNameWord(given) || /['’]s$/u.test(given.text) || given.end >= mark.start) return null;
  // Inside a run of capitals the line is title-cased (`Supporters Go ‘Girl’ Crazy`), unless
  // the word before is a title (`Officer John “Tig” Tiegen`, `Marine John “Tig” Tiegen`).
  const before = tokens[open - 2];
  if (before !== undefined && before.kind === 'word' && /^\p{Lu}/u.test(before.text) && !PERSON_TITLES.has(lowerCase(before.text)) && !isServiceTitle(before.text, given.text)) return null;
  const first = tokens[open + 1];
  if (first === undefined || first.start !== mark.end) return null;
  let close = open + 1;
  while (close < tokens.length && close <= open + MAX_NICKNAME_WORDS && tokens[close].kind === 'word' && /^\p{Lu}/u.test(tokens[close].text)) close++;
  if (close === open + 1 || close >= tokens.length) return null;
  const closing = tokens[close];
  if (closing.kind !== 'punct' || !CLOSING.has(closing.text) || closing.start !== tokens[close - 1].end) return null;
  // The same kind of mark closes it: `"…"`, `“…”`, `‘…’`, `'…'`.
  if ((mark.text === '"') !== (closing.text === '"') || (mark.text === "'") !== (closing.text === "'")) return null;
  const surname = tokens[close + 1];
  if (surname === undefined || !isNameWord(surname) || surname.start <= closing.end) return null;
  const after = tokens[close + 2];
  if (after !== undefined && after.kind === 'word' && /^\p{Lu}/u.test(after.text) && after.start > surname.end) return null;
  return { open, close };
}

/** The nickname one of whose marks is token `i`, or null. */
export function nicknameMarksAt(tokens: readonly Token[], i: number): NicknameMarks | null {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'punct') return null;
  const asOpening = nicknameOpeningAt(tokens, i);
  if (asOpening) return asOpening;
  for (let open = i - 2; open >= 0 && open >= i - 1 - MAX_NICKNAME_WORDS; open--) {
    const found = nicknameOpeningAt(tokens, open);
    if (found) return found.close === i ? found : null;
  }
  return null;
}

/** A capitalized word that may be part of a person's name (not "The", "In", a title or a weekday). */
function isNameWord(t: Token): boolean {
  if (t.kind !== 'word' || !/^\p{Lu}\p{L}*(?:[-'’]\p{L}+)*$/u.test(t.text)) return false;
  const lower = lowerCase(t.text);
  return !NOT_NAME_WORDS.has(lower) && !PERSON_TITLES.has(lower);
}
