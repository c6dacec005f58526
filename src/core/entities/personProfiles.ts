import type { AnalyzedText } from '../text/analyzedText';
import { nearbyTokenIndexAt } from '../text/nearbyTokenSearch';
import type { Token } from '../text/tokenizer';
import type { Person } from '../types';
import type { NameMention } from '../names/nameMention';
import { HONORIFICS, RANK_REACH, endsDescription, genderOfNoun, rankOfWord, rankedRole, roleNounOf } from './roleNouns';
import { countryOfModifier } from './countryModifiers';
import { CaselessWordSet } from '../text/caselessWordSet';
import { cachedByText } from '../text/cachedByText';
import { firstEndingAfter, firstStartingFrom } from '../text/sortedSearch';
import { lowerCase } from '../text/lowerCase';

// What the text says about each person, for resolving "he", "she" and "the minister" later:
//  - roles from titles ("Sen. Ted Cruz"), from words right before the name ("China's top
//    diplomat Wang Yi", "campaign manager Kellyanne Conway") and from an appositive after it
//    ("Kristen Day, executive director of Democrats for Life,");
//  - gender from titles and role nouns (Mrs., congresswoman), and from the pronouns of
//    sentences that speak of that person alone.

export interface PersonProfile {
  roles: ReadonlySet<string>;
  gender: 'male' | 'female' | null;
  /** Countries the words around the name give ("Russian President Vladimir Putin" → RU), for "the Russian leader". */
  countries: ReadonlySet<string>;
}

// Most people of an article get no role or country: they share one empty set, never added to
// (a set of its own is made on the first addition), instead of two new sets each per edit.
const NONE: ReadonlySet<string> = new Set();

/** A profile before the text around the mentions is read: only the gender known from titles or given names. */
export function emptyProfile(gender: 'male' | 'female' | null): PersonProfile {
  return { roles: NONE, gender, countries: NONE };
}

const BEFORE_WINDOW = 5;
/** Words that end the description before a name: "President Obama and Secretary Clinton". */
// "a spokesman for Tom Reed": the role is someone else's.
const CLAUSE_WORDS = new CaselessWordSet(['and', 'or', 'with', 'for', 'said', 'says', 'told', 'by', 'to', 'from', 'than', 'as', 'at', 'on', 'in', 'that', 'when', 'while', 'who']);
const APPOSITIVE_WINDOW = 10;
const APPOSITIVE_END = /^(?:who|which|said|says|told|and|but)$/iu;
const SPEECH_ENDS = /^(?:said|says|told)$/iu;

/** What one word says of the person it describes. */
interface WordFacts {
  role: string | null;
  country: string | null;
  gender: 'male' | 'female' | null;
}

// Asked of the words around every person mention on every edit: each spelling once.
const factsOf = cachedByText((word: string): WordFacts => ({ role: HONORIFICS.has(lowerCase(word).replace(/\.$/u, '')) ? null : roleNounOf(word), country: countryOfModifier(word), gender: genderOfNoun(word) }));
const titleFacts = cachedByText((title: string): readonly WordFacts[] => {
  const words = title.split(/\s+/u);
  return words.map((_w, i) => rankedFacts((j) => (j >= 0 && j < words.length ? words[j] : null), i));
});

/**
 * What word `i` says, a rank before or after it read: "Vice President Joe Biden" is vice
 * president (no "president" the text may call "the president"), "Deputy Prime Minister X" a
 * deputy minister, not a deputy of no office. `wordAt` gives the words around, null past a
 * punctuation mark or the edge.
 */
function rankedFacts(wordAt: (j: number) => string | null, i: number): WordFacts {
  const f = factsOf(wordAt(i)!);
  if (f.role) {
    const r = rankBefore(wordAt, i);
    if (r >= 0) return { ...f, role: rankedRole(rankOfWord(wordAt(r)!)!, f.role) };
  }
  // The rank word itself ("Deputy" in "Deputy Mayor") is the role's, no role of its own.
  if (rankOfWord(wordAt(i)!)) {
    for (let j = i + 1; j <= i + RANK_REACH && wordAt(j) !== null; j++) if (factsOf(wordAt(j)!).role && rankBefore(wordAt, j) === i) return { ...f, role: null };
  }
  return f;
}

/**
 * The words of `tokens` by index for rankedFacts: null for punctuation and past the edges, but
 * an empty word for a hyphen between two words ("Vice-Chancellor" is three tokens).
 */
function wordsOf(tokens: readonly Token[]): (j: number) => string | null {
  return (j) => {
    if (j < 0 || j >= tokens.length) return null;
    const t = tokens[j];
    if (t.kind === 'word') return t.text;
    return t.text === '-' && j > 0 && j + 1 < tokens.length && tokens[j - 1].end === t.start && tokens[j + 1].start === t.end ? '' : null;
  };
}

/** Where a rank word stands among the RANK_REACH words before word `i`, or -1. */
function rankBefore(wordAt: (j: number) => string | null, i: number): number {
  for (let j = i - 1; j >= i - RANK_REACH; j--) {
    const w = wordAt(j);
    if (w === null || CLAUSE_WORDS.has(w)) return -1;
    if (rankOfWord(w)) return j;
  }
  return -1;
}

/**
 * The profiles of `people`. With the incremental analyzer's paragraph token lists, what
 * the words around a mention say and the pronouns of each paragraph are kept by the
 * paragraph's list (the same list, the same paragraph text), so that an edit reads again
 * only the paragraph it touched; the result is the same either way.
 */
export function buildProfiles(
  doc: AnalyzedText,
  people: Person[],
  personMentions: NameMention[],
  personIdAt: Map<number, string>,
  knownGender: Map<string, 'male' | 'female'>,
  /**
   * Only these people's profiles are made (lastProfileRun.ts keeps the others'), from the
   * mentions' people as `ids` gives them (personIdAt's, looked up already); all when absent.
   */
  only?: { people: ReadonlySet<string>; ids: ReadonlyArray<string | undefined> },
): Map<string, PersonProfile> {
  const profiles = new Map<string, PersonProfile>();
  for (const p of people) if (!only || only.people.has(p.id)) profiles.set(p.id, emptyProfile(knownGender.get(p.id) ?? null));
  const layout = doc.paragraphTokens ? paragraphLayout(doc.paragraphTokens) : null;

  // The id of each mention, read again for the pronouns below.
  const idOf: Array<string | undefined> = new Array(personMentions.length);
  let paragraph = -1;
  let kept: ParagraphReadings | null = null;
  for (let i = 0; i < personMentions.length; i++) {
    const m = personMentions[i];
    const id = only ? only.ids[i] : personIdAt.get(m.start);
    idOf[i] = id;
    const profile = id ? profiles.get(id) : undefined;
    if (!id || !profile) continue;
    if (m.title) for (const f of titleFacts(m.title)) addFacts(profile, f);
    let around: readonly WordFacts[] | null = null;
    if (layout) {
      const before = paragraph;
      paragraph = Math.max(paragraph, 0);
      while (paragraph < doc.paragraphs.length - 1 && doc.paragraphs[paragraph].end <= m.start) paragraph++;
      if (paragraph !== before || !kept) kept = readingsOf(layout.lists[paragraph]);
      around = rememberedAround(doc, layout, paragraph, kept, m);
    }
    // The mentions come in text order: each end's token is found by a search from the last
    // answer, a few tokens away, not by a binary search over the whole text.
    around ??= wordsAround(doc.tokens, nearbyTokenIndexAt(doc, m.start), nearbyTokenIndexAt(doc, m.end), true, doc.text);
    for (const f of around ?? []) addFacts(profile, f);
  }

  // Pronouns decide only a gender nothing else gave: most people have one by now (from a title,
  // a given name or a role noun), and their sentences are not read.
  const undecided = new Set<string>();
  for (const [id, profile] of profiles) if (!profile.gender) undecided.add(id);
  const votes = undecided.size ? votesOf(doc, layout, personMentions, idOf, undecided) : new Map<string, { male: number; female: number }>();
  for (const [id, v] of votes) {
    const profile = profiles.get(id);
    if (!profile || profile.gender) continue;
    if (v.male >= 2 * v.female + 1) profile.gender = 'male';
    else if (v.female >= 2 * v.male + 1) profile.gender = 'female';
  }
  return profiles;
}

const MANY = Symbol('many');

/**
 * Pronouns in sentences that name exactly one person vote for that person's gender, and so
 * do those of the sentence after, where it names nobody. A mention counts for the first
 * sentence that ends after its start. Only the votes for the people of `only` are counted,
 * each from their own mentions' sentences: which people a sentence names is read from the
 * mentions counted for it (those starting after the sentence before ends, up to its end),
 * found by binary search, so that profiling a few people again after an edit does not walk
 * the whole text.
 */
function votesOf(
  doc: AnalyzedText,
  layout: Layout | null,
  personMentions: readonly NameMention[],
  idOf: ReadonlyArray<string | undefined>,
  only: ReadonlySet<string>,
): Map<string, { male: number; female: number }> {
  const { sentences } = doc;
  const votes = new Map<string, { male: number; female: number }>();
  const counted = new Set<number>();
  // The one id of the mentions counted for sentence s, MANY for two or more, undefined for none.
  const namedIn = (s: number): string | typeof MANY | undefined => {
    const from = s > 0 ? sentences[s - 1].end : Number.NEGATIVE_INFINITY;
    let one: string | undefined;
    for (let j = firstStartingFrom(personMentions, from); j < personMentions.length && personMentions[j].start < sentences[s].end; j++) {
      const id = idOf[j];
      if (id === undefined) continue;
      if (one !== undefined && one !== id) return MANY;
      one = id;
    }
    return one;
  };
  for (let i = 0; i < personMentions.length; i++) {
    const id = idOf[i];
    if (id === undefined || !only.has(id)) continue;
    const s = firstEndingAfter(sentences, personMentions[i].start);
    if (s >= sentences.length || counted.has(s)) continue;
    counted.add(s);
    if (namedIn(s) !== id) continue;
    const v = votes.get(id) ?? { male: 0, female: 0 };
    addPronouns(doc, layout, s, v);
    if (s + 1 < sentences.length && namedIn(s + 1) === undefined) addPronouns(doc, layout, s + 1, v);
    votes.set(id, v);
  }
  return votes;
}

function addFacts(profile: PersonProfile, f: WordFacts): void {
  if (f.role) profile.roles = withWord(profile.roles, f.role);
  if (f.country) profile.countries = withWord(profile.countries, f.country);
  if (f.gender && !profile.gender) profile.gender = f.gender;
}

function withWord(set: ReadonlySet<string>, word: string): ReadonlySet<string> {
  if (set === NONE) return new Set([word]);
  // Any other set was made here for this one profile.
  (set as Set<string>).add(word);
  return set;
}

/**
 * The words right before a mention within its clause ("top diplomat Wang Yi") and those of
 * an appositive after it (", the minister,"), for the mention whose first token is
 * `first` and whose end is at token `after`. With `open` false, `tokens` is one
 * paragraph's: null when the words would run on into the paragraph before or after.
 */
function wordsAround(tokens: readonly Token[], first: number, after: number, open: boolean, text?: string): WordFacts[] | null {
  const setOff = first >= 1 && tokens[first - 1].text === ',' ? roleSetOffBefore(tokens, first, after, open) : undefined;
  if (setOff === null) return null;
  const out: WordFacts[] = setOff ?? [];
  const wordOf = wordsOf(tokens);
  for (let k = first - 1; k >= first - BEFORE_WINDOW; k--) {
    if (k < 0) {
      if (open) break;
      return null;
    }
    const t = tokens[k];
    if (t.kind !== 'word' || CLAUSE_WORDS.has(t.text)) break;
    const f = rankedFacts(wordOf, k);
    // A description ends in its head noun right before the name ("top diplomat Wang Yi",
    // "Russian Sergei Lavrov"): after any other word ("The pollster even hypothesized
    // Clinton could"), the words further back describe someone else.
    if (k === first - 1 && !f.role && !f.country && !f.gender) break;
    // Another name ends the description: "Wang Yi met John Carter"; a nationality does not.
    if (k < first - 1 && !f.role && !f.country && startsUpper(t.text)) break;
    // A verb ends it too: in "Labour MPs have urged Ms Reeves" the MPs are the subject, not what
    // Ms Reeves is.
    if (k < first - 1 && !f.role && !f.country && !f.gender && (AUXILIARIES.has(t.text) || endsDescription(t.text))) break;
    out.push(f);
  }
  if (after >= tokens.length) return open ? out : null;
  if (tokens[after].text !== ',') return out;
  const before = out.length;
  for (let k = after + 1; k < after + APPOSITIVE_WINDOW; k++) {
    if (k >= tokens.length) {
      if (open) break;
      return null;
    }
    const t = tokens[k];
    if (t.kind !== 'word') break;
    // "By Ann Lee, Political Editor" and a blank line: the next paragraph, opening a sentence of
    // its own ("The Premier has …"), describes someone else. (An appositive cut by a blank line
    // right after its comma, "John Smith,\n\nthe senator", still runs on.)
    if (text !== undefined && k > after + 1 && /^\p{Lu}/u.test(t.text) && BLANK_LINE.test(text.slice(tokens[k - 1].end, t.start))) break;
    // "Nomsa Dlamini, whose husband was killed, said": the husband is someone else.
    if (k === after + 1 && WHOSE.has(t.text)) break;
    // The i and u flags fold case beyond ASCII ("ſ" is "s") but keep the length.
    if (t.text.length >= 3 && t.text.length <= 5 && APPOSITIVE_END.test(t.text)) {
      // "Asked about Reyes, the manager said": no appositive of a name inside an opening
      // phrase, but the verb's subject. A name opening the sentence keeps it, a closing comma
      // left out ("Sam Lau, the party's spokesman said").
      if (SPEECH_ENDS.test(t.text) && !opensSentence(tokens, first)) out.length = before;
      break;
    }
    out.push(rankedFacts(wordOf, k));
  }
  const described = describedHead(tokens, after);
  if (described !== null && !out.some((f) => f.role !== null)) out.push({ role: described, country: null, gender: null });
  return out;
}

/** Words that end an appositive's noun phrase at its head: "the designer of the gown", "a chef at Noma". */
const HEAD_ENDS = new CaselessWordSet(['of', 'at', 'for', 'with', 'from', 'in', 'on']);
/** Nouns too general to stand for a role the person holds: "Jane Roe, the one who …", "the same …". */
const NO_ROLE_HEADS = new CaselessWordSet(['one', 'same', 'other', 'first', 'last', 'latter', 'former', 'rest', 'kind', 'sort', 'type']);

/**
 * "Jane Roe, the designer, …", "Li Wei, a chef at Noma, …": the head noun of an appositive of
 * lower-case words after a name's comma (opening with "the", "a" or "an", at most four words
 * to its head, then a comma or a preposition) is a role the text gave the person, whether or not
 * the role nouns know it, so that "the designer said" later refers back to them. Null where
 * the words after the comma are no such phrase. `after` is the comma's token.
 */
function describedHead(tokens: readonly Token[], after: number): string | null {
  const article = tokens[after + 1];
  if (article === undefined || !APPOSITIVE_ARTICLES.has(article.text)) return null;
  let k = after + 2;
  while (k < tokens.length && k < after + 6 && tokens[k].kind === 'word' && /^\p{Ll}+$/u.test(tokens[k].text) && !HEAD_ENDS.has(tokens[k].text)) k++;
  const end = tokens[k];
  if (k === after + 2 || end === undefined || !(end.text === ',' || HEAD_ENDS.has(end.text))) return null;
  const head = tokens[k - 1].text;
  // A verb's or an adverb's form is no noun ("the defending", "a recently"), nor a general word.
  return /(?:ing|ed|ly)$/u.test(head) || NO_ROLE_HEADS.has(head) || DETERMINERS.has(head) ? null : lowerCase(head);
}

/** The token at `first` opens its sentence: nothing, a full stop or a line's end before it. */
function opensSentence(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  return prev === undefined || prev.text === '.' || prev.text === '!' || prev.text === '?' || prev.end < tokens[first].start && /\n/u.test(prev.text);
}

const AUXILIARIES = new Set(['have', 'has', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'did', 'does']);
const DETERMINERS = new CaselessWordSet(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
const WHOSE = new CaselessWordSet(['whose']);
const APPOSITIVE_ARTICLES = new CaselessWordSet(['the', 'a', 'an']);
const APPOSITIVE_CLOSERS = new Set([',', '.', ';']);

/**
 * "The chancellor, Rachel Reeves, defended", "the company's chief executive, Jane Doe.": a
 * description set off by commas right before the name, opening with "the" or a possessive and
 * ending in a role, is the person's. Undefined where there is none, null where it would run
 * past the paragraph (`open` false).
 */
function roleSetOffBefore(tokens: readonly Token[], first: number, after: number, open: boolean): WordFacts[] | null | undefined {
  if (after >= tokens.length) return open ? undefined : null;
  if (!APPOSITIVE_CLOSERS.has(tokens[after].text) || first < 2) return first < 2 && !open ? null : undefined;
  const head = tokens[first - 2];
  if (head.kind !== 'word' || !factsOf(head.text).role) return undefined;
  for (let k = first - 3; k >= first - 2 - BEFORE_WINDOW; k--) {
    if (k < 0) return open ? undefined : null;
    const t = tokens[k];
    if (t.kind !== 'word' || CLAUSE_WORDS.has(t.text)) return undefined;
    if (DETERMINERS.has(t.text) || POSSESSIVE_WORD.test(t.text)) {
      const out: WordFacts[] = [];
      const wordOf = wordsOf(tokens);
      for (let j = first - 2; j > k; j--) out.push(rankedFacts(wordOf, j));
      return out;
    }
  }
  return undefined;
}

const BLANK_LINE = /\n[ \t]*\r?\n/u;

const POSSESSIVE_WORD = /\p{L}['’]s$/u;

function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(word);
}

/** 1 for he/his/him/himself, 2 for she/her/hers/herself (any case), else 0. */
function pronounGender(t: Token): number {
  const text = t.text;
  // Every pronoun starts with h or s: other words are passed over without lower-casing.
  const c = text.charCodeAt(0) | 32;
  if (text.length > 7 || (c !== 104 && c !== 115) || t.kind !== 'word') return 0;
  const w = lowerCase(text);
  if (w === 'he' || w === 'his' || w === 'him' || w === 'himself') return 1;
  if (w === 'she' || w === 'her' || w === 'hers' || w === 'herself') return 2;
  return 0;
}

/** Where each paragraph's tokens begin in the document's tokens. */
interface Layout {
  lists: readonly (readonly Token[])[];
  firstToken: Int32Array;
}

function paragraphLayout(lists: readonly (readonly Token[])[]): Layout {
  const firstToken = new Int32Array(lists.length + 1);
  for (let p = 0; p < lists.length; p++) firstToken[p + 1] = firstToken[p] + lists[p].length;
  return { lists, firstToken };
}

/** What was read in a paragraph's token list (offsets relative to the paragraph), kept with the list. */
interface ParagraphReadings {
  /**
   * Words around a mention by its relative start and length (words null where they run on
   * past the paragraph), with the mention's first token and the token after it in the list.
   */
  around: Map<number, { words: WordFacts[] | null; first: number; after: number }>;
  /** Running counts of male and female pronouns: [2i] and [2i+1] before token i. */
  pronouns?: Int32Array;
}

const readings = new WeakMap<readonly Token[], ParagraphReadings>();

function readingsOf(list: readonly Token[]): ParagraphReadings {
  let r = readings.get(list);
  if (!r) {
    r = { around: new Map() };
    readings.set(list, r);
  }
  return r;
}

const LONGEST_KEYED = 4096;

/** The words around `m` in paragraph `p`, whose readings are `r`; null when `m` is not inside the paragraph. */
function rememberedAround(doc: AnalyzedText, layout: Layout, p: number, r: ParagraphReadings, m: NameMention): WordFacts[] | null {
  const { start, end } = doc.paragraphs[p];
  const length = m.end - m.start;
  if (m.start < start || m.end > end || length >= LONGEST_KEYED) return null;
  const list = layout.lists[p];
  const relative = m.start - start;
  const key = relative * LONGEST_KEYED + length;
  let around = r.around.get(key);
  if (around === undefined) {
    const first = firstStartingFrom(list, relative);
    const after = firstStartingFrom(list, relative + length);
    around = { words: wordsAround(list, first, after, false), first, after };
    r.around.set(key, around);
  }
  // Words that run on past the paragraph are read in the whole text, where the paragraph's tokens start at firstToken[p].
  return around.words ?? wordsAround(doc.tokens, layout.firstToken[p] + around.first, layout.firstToken[p] + around.after, true, doc.text);
}

function addPronouns(doc: AnalyzedText, layout: Layout | null, index: number, v: { male: number; female: number }): void {
  const { tokenStart, tokenEnd } = doc.sentences[index];
  if (layout) {
    const p = paragraphOfToken(layout, tokenStart);
    const first = layout.firstToken[p];
    if (p < layout.lists.length && tokenEnd <= layout.firstToken[p + 1]) {
      const counts = pronounCounts(layout.lists[p]);
      v.male += counts[2 * (tokenEnd - first)] - counts[2 * (tokenStart - first)];
      v.female += counts[2 * (tokenEnd - first) + 1] - counts[2 * (tokenStart - first) + 1];
      return;
    }
  }
  for (let i = tokenStart; i < tokenEnd; i++) {
    const g = pronounGender(doc.tokens[i]);
    if (g === 1) v.male++;
    else if (g === 2) v.female++;
  }
}

/** The paragraph holding token `token` (the first with tokens past it), or the number of paragraphs. */
function paragraphOfToken(layout: Layout, token: number): number {
  let lo = 0;
  let hi = layout.lists.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (layout.firstToken[mid + 1] <= token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function pronounCounts(list: readonly Token[]): Int32Array {
  const r = readingsOf(list);
  if (r.pronouns) return r.pronouns;
  const counts = new Int32Array(2 * (list.length + 1));
  for (let i = 0; i < list.length; i++) {
    const g = pronounGender(list[i]);
    counts[2 * i + 2] = counts[2 * i] + (g === 1 ? 1 : 0);
    counts[2 * i + 3] = counts[2 * i + 1] + (g === 2 ? 1 : 0);
  }
  r.pronouns = counts;
  return counts;
}
