import type { AnalyzedText } from '../text/analyzedText';
import type { NameMention } from './nameMention';
import { PERSON_TITLES, isOnlyQualifier } from './nameLexicon';
import { cachedByText } from '../text/cachedByText';
import { isCapitalizedWord } from '../text/tokenCase';
import { isRankWordAt } from './ranksAndHonours';
import { ownNameBeforeFather } from '../entities/personName';

// One article, one reading of a name: once the text has called someone "Gennifer Flowers",
// a later "Flowers" is that person, whatever the tagger made of it on its own (an
// organization, or nothing in "said Flowers."). News writes the full name first and the
// surname after, so the surname of every multi-word person mention is propagated to the
// capitalized occurrences of the same word elsewhere in the article; so is a surname
// after a person's title ("Mr. Trump"), for articles that never give the full name.

export function propagateSurnames(
  doc: AnalyzedText,
  mentions: NameMention[],
  withoutPossessive: (w: string) => string,
  /**
   * Where the tokens spelled as a form of one of `surnames` stand (a form: the surname as written or in capitals, with a possessive ending or none), in text
   * order, when the caller keeps an index of them (incrementalTagging.ts); else every
   * token is looked at.
   */
  tokensSpelled?: (surnames: ReadonlySet<string>) => readonly number[],
): NameMention[] {
  // Each surname as the tokens can spell it ("Flowers", "FLOWERS", "Flowers's"), so the
  // scan below is one Set lookup per token.
  const surnames = new Set<string>();
  const forms = new Set<string>();
  const spelled = new Set<string>();
  // The tagger's mentions come in text order (checked here, in the one pass that reads all of
  // them before the merge below: a pass over every mention costs a memory load per mention
  // on every keystroke); sorting is only the fallback.
  let inOrder = true;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (i > 0 && m.start < mentions[i - 1].start) inOrder = false;
    if (m.type !== 'PER') continue;
    const surname = surnameOf(m.text);
    // "Mr. Trump" names a person as surely as a full name does.
    if (!surname || (!surname.afterGivenName && (!m.title || isOnlyQualifier(m.title)))) continue;
    const { last } = surname;
    surnames.add(surname.lower);
    if (spelled.has(last)) continue; // its forms are in already: an article repeats its surnames
    spelled.add(last);
    if (tokensSpelled) continue;
    const spellings = formsOf(last);
    for (let f = 0; f < spellings.length; f++) forms.add(spellings[f]);
  }
  if (surnames.size === 0) return mentions;
  const retyped = (m: NameMention): NameMention =>
    m.type !== 'PER' && !m.text.includes(' ') && surnames.has(lowerCase(m.text)) ? { ...m, type: 'PER' } : m;
  const { tokens, text } = doc;
  const sorted = inOrder ? mentions : [...mentions].sort(byStart);
  const added: NameMention[] = [];
  // The tokens to look at: those the caller's index gives, else every token. One loop with
  // the walk over the mentions in locals (a closure per token, its walk position in the
  // closure's context, cost more than the rest of the propagation); an index loop, since
  // this runs once a text, often before V8 optimizes it, and an unoptimized for-of makes an
  // iterator result per token.
  const indices = tokensSpelled ? tokensSpelled(spelled) : null;
  const count = indices ? indices.length : tokens.length;
  let j = 0;
  for (let c = 0; c < count; c++) {
    const i = indices ? indices[c] : c;
    const t = tokens[i];
    if (!indices) {
      // Most tokens are let go before the Set look-up.
      if (!mayBeSurnameForm(t.text) || !forms.has(t.text)) continue;
    }
    while (j < sorted.length && sorted[j].end <= t.start) j++;
    if (j < sorted.length && sorted[j].start <= t.start) continue; // inside a mention already
    // "Police Constable John Baines" in an article on John Constable: a rank before a name is no surname.
    if (isRankWordAt(tokens, i) && isCapitalizedWord(tokens[i + 1])) continue;
    const word = withoutPossessive(t.text);
    added.push({ start: t.start, end: t.start + word.length, text: text.slice(t.start, t.start + word.length), type: 'PER' });
  }
  if (!inOrder) return [...mentions.map(retyped), ...added].sort(byStart);
  // Retyped and merged with the added ones in one pass, as a stable sort by start of the
  // two lists one after the other would order them: a mention before an added one on a tie.
  const out: NameMention[] = new Array(mentions.length + added.length);
  let a = 0;
  let k = 0;
  // Indexed, not for-of: run once a document, in V8's first tiers a for-of made an iterator result per mention.
  for (let q = 0; q < mentions.length; q++) {
    const m = mentions[q];
    while (a < added.length && added[a].start < m.start) out[k++] = added[a++];
    out[k++] = retyped(m);
  }
  while (a < added.length) out[k++] = added[a++];
  return out;
}

const WHITE_SPACE = /\s+/;

/**
 * The first-letter test a token passes to be a surname's form: a capital of A-Z, any
 * non-ASCII letter, or an Arabic article joined to a capital ("al-Falih", "el-Sisi").
 */
export function mayBeSurnameForm(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first === 97 || first === 101 || first === 117) return ARABIC_ARTICLE.test(text);
  return !(first < 65 || (first > 90 && first < 128));
}

const ARABIC_ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ed|ul)-\p{Lu}/u;

/**
 * The last word of a person mention's text when it can be a surname (three letters or
 * more, a capital first, no title), and whether a word comes before it. An article
 * repeats its names, and an editor session its whole text: kept by the text.
 */
const surnameOf = cachedByText((text: string): { last: string; lower: string; afterGivenName: boolean } | null => {
  const words = text.split(WHITE_SPACE);
  const last = ownNameBeforeFather(text) ?? words[words.length - 1];
  const lower = last.toLowerCase();
  if (last.length < 3 || PERSON_TITLES.has(lower) || FUNCTION_WORDS.has(lower) || !(STARTS_UPPER.test(last) || ARABIC_ARTICLE.test(last))) return null;
  return { last, lower, afterGivenName: words.length >= 2 };
});

/**
 * Words that are never a surname, whatever the tagger ran into a name ("a standing O. The
 * problem"): propagated, they would make every sentence's "The" a person.
 */
const FUNCTION_WORDS = new Set([
  'the', 'and', 'but', 'for', 'with', 'this', 'that', 'these', 'those', 'they', 'she', 'his', 'her', 'its', 'their', 'our', 'your',
  'you', 'not', 'who', 'what', 'when', 'where', 'which', 'there', 'here', 'then', 'than', 'into', 'onto', 'upon',
]);

const lowerCase = cachedByText((text: string): string => text.toLowerCase());

/** How a surname is spelled in the text besides as it was first written: in capitals, and with a possessive ending. */
const SURNAME_ENDINGS = ['', "'s", '’s', "'", '’'];

/** A surname's forms, as written and in capitals, each with every ending: an article repeats its surnames, and an editor session its whole text. */
const formsOf = cachedByText((last: string): readonly string[] => {
  const forms: string[] = [];
  for (const form of [last, last.toUpperCase()]) for (const ending of SURNAME_ENDINGS) forms.push(form + ending);
  return forms;
});

/**
 * The spellings of a surname (as written or in capitals) of whose forms `text` is one,
 * if it is a form at all: itself, and itself without a possessive ending. An index of
 * tokens by these finds the forms of a surname by its two spellings alone.
 */
export function surnameStems(text: string): string[] {
  const stems = [text];
  for (let e = 1; e < SURNAME_ENDINGS.length; e++) {
    const ending = SURNAME_ENDINGS[e];
    if (text.length <= ending.length || !text.endsWith(ending)) continue;
    const stem = text.slice(0, text.length - ending.length);
    if (!stems.includes(stem)) stems.push(stem);
  }
  return stems;
}
/** A capital first: a surname's shape (or an Arabic article's, ARABIC_ARTICLE). */
const STARTS_UPPER = /^\p{Lu}/u;

const byStart = (a: NameMention, b: NameMention): number => a.start - b.start;
