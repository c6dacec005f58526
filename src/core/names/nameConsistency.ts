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
  // Every field the passes below need of a mention is read here, in the one pass that reads
  // all of them: its place, and for a one-word mention of another type its lower-case spelling
  // (a surname, if the article gives it to someone, retypes it). A later pass over the mention
  // objects again was most of this function's time on a keystroke in a long text (the mentions
  // come in many shapes and lie all over the heap); over these arrays it costs next to nothing.
  const n = mentions.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const others: number[] = [];
  const otherWords: string[] = [];
  // The tagger's mentions come in text order (checked here); sorting is only the fallback.
  let inOrder = true;
  for (let i = 0; i < n; i++) {
    const m = mentions[i];
    const start = m.start;
    starts[i] = start;
    ends[i] = m.end;
    if (i > 0 && start < starts[i - 1]) inOrder = false;
    const text = m.text;
    if (m.type !== 'PER') {
      const word = oneWordInLowerCase(text);
      if (word !== null) {
        others.push(i);
        otherWords.push(word);
      }
      continue;
    }
    const surname = surnameOf(text);
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
  // The one-word mentions of another type spelled as a surname of the article, by index.
  const retype = new Uint8Array(n);
  for (let o = 0; o < others.length; o++) if (surnames.has(otherWords[o])) retype[others[o]] = 1;
  const retyped = (m: NameMention, q: number): NameMention => (retype[q] === 1 ? { ...m, type: 'PER' } : m);
  const { tokens, text } = doc;
  // In text order, with their places (sorted only when the tagger's were not).
  let sorted = mentions;
  let sortedStarts = starts;
  let sortedEnds = ends;
  if (!inOrder) {
    sorted = [...mentions].sort(byStart);
    sortedStarts = Int32Array.from(sorted, (m) => m.start);
    sortedEnds = Int32Array.from(sorted, (m) => m.end);
  }
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
    const at = t.start;
    while (j < n && sortedEnds[j] <= at) j++;
    if (j < n && sortedStarts[j] <= at) continue; // inside a mention already
    // "Police Constable John Baines" in an article on John Constable: a rank before a name is no surname.
    if (isRankWordAt(tokens, i) && isCapitalizedWord(tokens[i + 1])) continue;
    const word = withoutPossessive(t.text);
    added.push({ start: at, end: at + word.length, text: text.slice(at, at + word.length), type: 'PER' });
  }
  if (!inOrder) return [...mentions.map(retyped), ...added].sort(byStart);
  // Retyped and merged with the added ones in one pass, as a stable sort by start of the
  // two lists one after the other would order them: a mention before an added one on a tie.
  const out: NameMention[] = new Array(n + added.length);
  let a = 0;
  let k = 0;
  // Indexed, not for-of: run once a document, in V8's first tiers a for-of made an iterator result per mention.
  for (let q = 0; q < n; q++) {
    while (a < added.length && added[a].start < starts[q]) out[k++] = added[a++];
    out[k++] = retyped(mentions[q], q);
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

/** A one-word name in lower case, null for a name of several words: asked of every mention not a person's on every keystroke. */
const oneWordInLowerCase = cachedByText((text: string): string | null => (text.includes(' ') ? null : text.toLowerCase()));

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
