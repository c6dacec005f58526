import type { AnalyzedText } from '../text/analyzedText';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokenizer';
import { demonymCountry, lookupPlaces } from '../places/gazetteer';
import { replaceMentionsInside, type DescribedBody, type NameMention } from './nameMention';

// "The Russian foreign ministry said …", "Nigeria's central bank raised rates", "the U.S.
// embassy in Kyiv": a state's body that news names in lower case after its country, as a
// description rather than by its name ("the Ministry of Foreign Affairs of the Russian
// Federation"). Still the one body that speaks and acts, so an organization: after a nationality
// the nationality is part of its name ("Russian foreign ministry"); after a place in the
// possessive or a country's name the place stays a place and the organization is named by both
// ("Nigeria's central bank"), so that two countries' central banks are two bodies.

/** Lower-case nouns of a state's bodies, each with the word it needs before it ("central bank"), or none. */
const BODY_HEADS: ReadonlyMap<string, string | null> = new Map([
  ['ministry', null], ['embassy', null], ['consulate', null], ['bank', 'central'], ['commission', 'high'],
]);

/** Words that end the words of a body's field ("the Russian foreign ministry") before its head: no field word. */
const NOT_FIELD_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'its', 'their', 'his', 'her', 'our', 'in', 'on', 'at', 'by', 'for', 'to', 'with', 'from', 'as', 'that', 'which', 'who', 'whose', 'said', 'says', 'is', 'was', 'new', 'former']);

/** Words before a nationality that make the body one of many ("a Chinese embassy"), not the country's own. */
const ONE_OF_MANY = new Set(['a', 'an', 'another', 'any', 'every', 'each', 'no', 'some']);

const MAX_FIELD_WORDS = 3;

/** Whether `word` is a body's head (the cue bodiesNamedByTheirCountry needs in a sentence). */
export function isBodyHead(word: string): boolean {
  return BODY_HEADS.has(word);
}

/** Adds the bodies of sentence `s` named after their country to its mentions (those from `first` in `out`). */
export function bodiesNamedByTheirCountry(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  const { tokens, text } = doc;
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    const head = tokens[k];
    // Asked of every word of every sentence: a body's head is a short word in lower case.
    if (head.text.length < 4 || head.text.length > 10 || !BODY_HEADS.has(head.text)) continue;
    const needed = BODY_HEADS.get(head.text);
    if (needed && tokens[k - 1].text !== needed) continue;
    // "the nation's new central bank", "a ministry": words in lower case back to the country.
    let f = k;
    while (f - 1 > s.tokenStart && k - (f - 1) <= MAX_FIELD_WORDS && isFieldWord(tokens[f - 1])) f--;
    if (needed && f === k) continue;
    const owner = ownerBefore(tokens, f, s.tokenStart, text);
    if (owner === null) continue;
    const end = head.end;
    const body: DescribedBody = { country: owner.country, fields: tokens.slice(f, k).map((t) => t.text), head: head.text };
    // "the Saudi foreign ministry": a country's name read as no place is a nationality's word.
    if (owner.nationality || !out.some((m, i) => i >= first && m.type === 'LOC' && m.start === owner.start)) {
      replaceMentionsInside(out, first, { start: owner.start, end, text: text.slice(owner.start, end), type: 'ORG', body });
      continue;
    }
    const start = tokens[f].start;
    insertBody(out, first, { start, end, text: text.slice(start, end), type: 'ORG', name: text.slice(owner.start, end).replace(/\s+/gu, ' '), body });
  }
}

function isFieldWord(t: Token): boolean {
  return t.kind === 'word' && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !NOT_FIELD_WORDS.has(t.text);
}

/**
 * The country's words right before token `f`: a nationality ("Russian", "South Korean") not after
 * a word making the body one of many, a place in the possessive ("Nigeria's") or a country's name
 * ("the U.S. embassy"); null where there is none.
 */
function ownerBefore(tokens: readonly Token[], f: number, sentenceStart: number, text: string): { start: number; nationality: boolean; country: string } | null {
  const last = tokens[f - 1];
  if (last.kind !== 'word' || !/^\p{Lu}/u.test(last.text) || last.end + 1 !== tokens[f].start) return null;
  // "South Korean", "Saudi": the words of the nationality or the country, one or two.
  for (let a = f - 1; a >= Math.max(sentenceStart, f - 2); a--) {
    if (a < f - 1 && (tokens[a].kind !== 'word' || !/^\p{Lu}/u.test(tokens[a].text) || tokens[a].end + 1 !== tokens[a + 1].start)) break;
    const words = text.slice(tokens[a].start, last.end);
    const possessive = /['’]s$/u.exec(words);
    const before = a > sentenceStart ? tokens[a - 1] : undefined;
    if (possessive) {
      const place = words.slice(0, -2);
      const country = lookupPlaces(place)[0]?.country;
      if (country && !(before && isCapitalized(before))) return { start: tokens[a].start, nationality: false, country };
      continue;
    }
    if (before && ((isCapitalized(before) && before.text !== 'The') || ONE_OF_MANY.has(before.text.toLowerCase()))) continue;
    // A nationality in the singular ("Swiss", not "Americans": people, no body's owner).
    const demonym = !words.endsWith('s') || words.endsWith('ss') ? demonymCountry(words) : null;
    if (demonym !== null) return { start: tokens[a].start, nationality: true, country: demonym };
    const country = lookupPlaces(words).find((e) => e.kind === 'country')?.country;
    if (country) return { start: tokens[a].start, nationality: false, country };
  }
  return null;
}

function isCapitalized(t: Token): boolean {
  return t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

/** Puts the body among the mentions in text order, unless a mention already covers any of its words. */
function insertBody(out: NameMention[], first: number, body: NameMention): void {
  let at = out.length;
  while (at > first && out[at - 1].start >= body.end) at--;
  if (at > first && out[at - 1].end > body.start) return;
  out.splice(at, 0, body);
}
