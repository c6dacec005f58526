import type { AnalyzedText } from '../text/analyzedText';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokenizer';
import { replaceMentionsInside, type NameMention } from './nameMention';
import { isCapitalizedWord } from '../text/tokenCase';
import { isPersonRole } from '../entities/roleNouns';
import { lowerCase } from '../text/lowerCase';
import { isKnownPlace } from '../places/gazetteer';
import { PARTY_NAMES } from '../entities/organizationKinds';

// "the Democratic Party for the People", "the Movement for Democratic Change", "the Committee
// to Protect Journalists" aside: a body named for its cause joins a head word and the cause with
// "for", which the tagger, reading word by word, cuts in two ("Democratic Party" and "People")
// or reads as a thing ("Democratic Change"). A capitalized head word for a body, "for" (and
// "the"), and capitalized words after it are one organization's name.

/** Words that end the first half of a body's name before "for". */
const HEADS_BEFORE_FOR = new Set([
  'party', 'movement', 'alliance', 'coalition', 'front', 'union', 'league', 'centre', 'center', 'centres', 'centers', 'institute', 'foundation',
  'council', 'committee', 'commission', 'campaign', 'fund', 'society', 'association', 'network', 'forum', 'partnership',
  'office', 'agency', 'trust', 'initiative', 'congress', 'assembly', 'federation', 'organisation', 'organization',
  // "Bristol Royal Hospital for Children", "the School for the Deaf".
  'hospital', 'school',
  // "Transport for London", "Transport for Wales": a transport authority named for the place it serves.
  'transport',
]);

/**
 * Lower-case words inside the cause's name, each before a capitalized word: "Security and
 * Co-operation", "the Future of Austria". Not "in": "the Center for European Reform in London".
 */
const INNER_WORDS = new Set(['and', 'of', 'the', 'for']);

/** Parties' names of one word ("Komeito", "Likud"), no word of a cause's name. */
const PARTY_NAME_WORDS: ReadonlySet<string> = new Set(PARTY_NAMES.filter((name) => !name.includes(' ')));

/** Words of the cause at most. */
const MAX_CAUSE_WORDS = 7;

/**
 * Replaces the mentions of sentence `s` (those from `first` in `out`) that lie inside each
 * such name with the one organization. `titleCase` tells whether the sentence is a headline set
 * in title case, where every word is capitalized (asked only where a name is found).
 */
export function namesWithFor(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[], titleCase: () => boolean): void {
  const { tokens, text } = doc;
  for (let k = s.tokenStart + 1; k < s.tokenEnd - 1; k++) {
    if (tokens[k].text !== 'for') continue;
    const head = tokens[k - 1];
    if (!isCapitalizedWord(head) || !HEADS_BEFORE_FOR.has(lowerCase(head.text)) || !oneSpaceApart(tokens, k - 1, k)) continue;
    const end = causeEnd(tokens, k + 1, s.tokenEnd);
    if (end < 0) continue;
    let start = k - 1;
    while (start - 1 > s.tokenStart && start > k - 5 && isCapitalizedWord(tokens[start - 1]) && !/['’]s$/u.test(tokens[start - 1].text) && oneSpaceApart(tokens, start - 1, start)) start--;
    // A capitalized "The" opening the sentence is no word of the name.
    if (start - 1 === s.tokenStart && isCapitalizedWord(tokens[start - 1]) && tokens[start - 1].text !== 'The' && oneSpaceApart(tokens, start - 1, start)) start--;
    // "Campaign for Trump says": one word opening the sentence is capitalized by its place; not before a place's name
    // alone ("Transport for London said"), which names the body the place's.
    if (start === s.tokenStart && start === k - 1 && !(end === k + 2 && isKnownPlace(tokens[k + 1].text))) continue;
    if (titleCase()) return;
    const from = tokens[start].start;
    const last = tokens[end - 1];
    const to = last.start + last.text.replace(/['’]s$/u, '').length;
    replaceMentionsInside(out, first, { start: from, end: to, text: text.slice(from, to), type: 'ORG' });
    k = end - 1;
  }
}

/** The token after the cause's last capitalized word, from token `k` after "for"; -1 where no capitalized word follows. */
function causeEnd(tokens: Token[], k: number, limit: number): number {
  if (k < limit && tokens[k].text === 'the') k++;
  let end = -1;
  for (let i = k; i < limit && i < k + MAX_CAUSE_WORDS && oneSpaceApart(tokens, i - 1, i); i++) {
    const t = tokens[i];
    if (isCapitalizedWord(t)) {
      // "the Centers for Disease Control Director Thomas Frieden": a role ends the name.
      if (end > 0 && isPersonRole(t.text)) break;
      // "the Democratic Party for the People and Komeito": a party named after "and" by a name of its own is another body.
      if (end > 0 && tokens[i - 1].text === 'and' && PARTY_NAME_WORDS.has(t.text)) break;
      end = i + 1;
      if (/['’]s$/u.test(t.text)) break;
    } else if (!(INNER_WORDS.has(t.text) && end > 0) && !(t.text === 'the' && i === k)) break;
  }
  return end;
}

function oneSpaceApart(tokens: Token[], a: number, b: number): boolean {
  return tokens[a].end + 1 === tokens[b].start;
}
