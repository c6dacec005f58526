import type { AnalyzedText } from '../text/analyzedText';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokenizer';
import { replaceMentionsInside, type NameMention } from './nameMention';
import { PARTY_NAMES } from '../entities/organizationKinds';
import { mayOpenAs, openingCharacters } from './openingCharacters';

// "Sinn Féin president Mary Lou McDonald", "Fianna Fáil leader Micheál Martin", "Fine Gael's
// Simon Harris": parties named by words that say nothing of a party, which the tagger reads as
// a person, a place or a thing, or in pieces. A list, as places have a gazetteer: the words tell
// nothing a rule could read. Read after tagging, so the tagger's features stay as they are.

/**
 * Bodies other than parties named by words that say nothing of a body: Ireland's police ("An
 * Garda Síochána said" was a person); parliaments by their own languages' names ("told the
 * Dáil", "the Knesset voted", read as places).
 */
const OTHER_BODIES = [
  'An Garda Síochána', 'Garda Síochána', 'An Garda Siochana', 'Garda Siochana',
  'Dáil', 'Dail', 'Dáil Éireann', 'Seanad', 'Seanad Éireann', 'Oireachtas', 'Knesset', 'Bundestag', 'Bundesrat', 'Duma', 'State Duma',
  'Sejm', 'Riksdag', 'Storting', 'Folketing', 'Althing', 'Eduskunta', 'Majlis', 'Verkhovna Rada',
];

/** The parties' (and OTHER_BODIES') names by their first word, each as its words. */
const PARTIES_BY_FIRST_WORD: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = (() => {
  const map = new Map<string, string[][]>();
  for (const name of [...PARTY_NAMES, ...OTHER_BODIES]) {
    const words = name.split(' ');
    map.set(words[0], [...(map.get(words[0]) ?? []), words]);
  }
  return map;
})();

/** What the names in PARTIES_BY_FIRST_WORD open with (capitals all): a word opening otherwise is let go before the look-up. */
const FIRST_CHARACTERS = openingCharacters(PARTIES_BY_FIRST_WORD.keys());

/** Whether a known party's name may open with `word` (the cue knownParties needs in a sentence). */
export function opensKnownParty(word: string): boolean {
  return PARTIES_BY_FIRST_WORD.has(word);
}

/**
 * Replaces the mentions of sentence `s` (those from `first` in `out`) that lie inside a known
 * party's name with the party; a mention running past the name is left as it is.
 */
export function knownParties(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  const { tokens, text } = doc;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const candidates = mayOpenAs(FIRST_CHARACTERS, tokens[k].text) && tokens[k].kind === 'word' ? PARTIES_BY_FIRST_WORD.get(tokens[k].text) : undefined;
    if (!candidates) continue;
    for (const words of candidates) {
      const end = k + words.length;
      if (end > s.tokenEnd || !wordsAt(tokens, k, words)) continue;
      const last = tokens[end - 1];
      const stop = last.start + words[words.length - 1].length;
      leaderBefore(doc, k, stop, first, out);
      replaceMentionsInside(out, first, { start: tokens[k].start, end: stop, text: text.slice(tokens[k].start, stop), type: 'ORG' });
      k = end - 1;
      break;
    }
  }
}

/**
 * "Yoon's People Power Party": one mention running from an owner in the possessive to the party's
 * end is the owner, its leader, and then the party (put in by the caller).
 */
function leaderBefore(doc: AnalyzedText, k: number, stop: number, first: number, out: NameMention[]): void {
  const owner = doc.tokens[k - 1];
  if (owner === undefined || !/['’]s$/u.test(owner.text) || owner.end + 1 !== doc.tokens[k].start) return;
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.start !== owner.start || m.end !== stop) continue;
    const end = owner.end - 2;
    out[i] = { start: m.start, end, text: doc.text.slice(m.start, end), type: 'PER' };
    return;
  }
}

/** Tokens from `k` are `words`, one space apart, the last maybe in the possessive ("Fine Gael's"). */
function wordsAt(tokens: readonly Token[], k: number, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const t = tokens[k + i];
    const last = i === words.length - 1;
    if (t.text !== words[i] && !(last && (t.text === `${words[i]}'s` || t.text === `${words[i]}’s`))) return false;
    if (i > 0 && t.start !== tokens[k + i - 1].end + 1) return false;
  }
  return true;
}
