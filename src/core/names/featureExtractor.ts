import type { AnalyzedText } from '../text/analyzedText';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokenizer';
import type { PlaceNameMatcher, PlaceNameStart } from '../places/placeNameMatcher';
import { CapClass, capClassOf, shortShape } from './wordShape';
import { featureKey, hashLowerRange, hashString, pair } from './featureHash';
import { COMMON_FIRST_NAMES, DEMONYMS, KNOWN_ORGANIZATIONS, NAME_CONNECTORS, ORGANIZATION_WORDS, PERSON_TITLES } from './nameLexicon';

// The tagger's features for every token of a document, the same code for training and
// tagging. Everything about a word that does not depend on its context (vocabulary id,
// shape, affixes, lexicon hits) is computed once per distinct word and cached; the
// per-token work is integer arithmetic.

/** What we know about a word regardless of where it stands. */
export interface WordProfile {
  /** Lower case with a possessive 's removed: the key of the doc-level statistics. */
  lower: string;
  /** Vocabulary id of `lower`, or -1 for a word not seen often enough in training. */
  id: number;
  /** `id` when known, else a stand-in built from the shape (unknown capitalized word...). */
  idOrShape: number;
  cap: CapClass;
  shape: number;
  affixes: Int32Array;
  lexicon: number;
  lengthBucket: number;
  /** caseClasses.ts class of `lower` (0: unknown). */
  caseClass: number;
  /** Never part of a name ("I've", "I'll"). */
  neverName: boolean;
  /** PlaceNameMatcher.startOf(lower), once looked up (null: not yet). */
  placeStart: PlaceNameStart | undefined | null;
  /** Shared by every spelling with the same `lower` ("Win", "WIN", "win"). */
  entry: WordEntry;
  /**
   * The summed weights of the word's wordKeys per context and stage, kept by the tagger
   * that computed them (`scoresOwner`); `scoresFilled` tells where each context's rows
   * are (wordScores.ts).
   */
  scores: Float64Array | null;
  scoresOwner: object | null;
  scoresFilled: number;
}

/**
 * Per-document scratch space of a lower-cased word, valid while `stamp` equals the
 * document's stamp: lets the doc-level statistics run without a Map per document.
 */
export interface WordEntry {
  stamp: number;
  /** Bit 1: seen in lower case; bit 2: seen capitalized mid-sentence. */
  seen: number;
  evidenceStamp: number;
  /** First-stage labels of the word's tokens in the document, per entity type. */
  typeCounts: Int32Array;
}

// Lexicon bits.
const LEX_TITLE = 1;
const LEX_FIRST_NAME = 2;
const LEX_DEMONYM = 4;
const LEX_ORG_WORD = 8;
const LEX_KNOWN_ORG = 16;
const LEX_CONNECTOR = 32;
const LEX_POSSESSIVE = 64;
const LEX_HYPHENATED = 128;
const LEX_BITS = 8;

// Template ids (stable: they are part of the model's meaning).
const enum T {
  Bias = 0, Word, UnknownShape, WordCap, Prev1, Next1, Prev2, Next2, Shape, ShapePrevCur, ShapeCurNext,
  Prefix = 11, Suffix = 14, CapContext = 18, CapContextDoc, CapTrigram, Place, PlacePrev, PlaceNext,
  BigramPrev, BigramNext, LengthCap, WordContext, PrevWordCap, CapContextDocWord,
  LexCur = 40, LexPrev = 50, LexNext = 60, PrevLex2 = 70,
  FirstStageLabel = 80, DocTypes, DocType = 82,
  CaseClass = 90, CaseClassPrev, CaseClassNext,
}
const PREFIXES = 3;
const SUFFIXES = 4;
const AFFIXES = PREFIXES + SUFFIXES;
/** Upper bound of features per token, for buffer sizing. */
export const MAX_FEATURES_PER_TOKEN = 48 + 3 * LEX_BITS;
export const ENTITY_TYPE_COUNT = 4;
/** Upper bound of the second stage's extra features per token. */
export const MAX_FIRST_STAGE_KEYS = 2 + ENTITY_TYPE_COUNT;

const BOUNDARY = -2;

/** Token contexts: mid-sentence, first word of a sentence, inside an all-caps or a title-case headline. */
export const enum Ctx { Mid = 0, Initial = 1, Headline = 2, TitleCase = 3 }

// Distinct words kept between documents (a profile is about 200 bytes): bounded for an editor session.
const CACHE_LIMIT = 50_000;
const TYPOGRAPHIC: Record<string, string> = { '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‘': "'", '’': "'", '—': '--', '–': '-' };

/**
 * The shipped model was trained with the demonym feature read from a plain object, so it also
 * fired on Object.prototype's names ("constructor", "constructors", "toString"). The lexicon's
 * own look-ups no longer count them (session 43), but the tagger keeps the feature it was
 * trained on: a retrain without them gave a different model and CoNLL testa 93.37 against
 * 93.78. Drop this set at the next retrain that changes the features anyway.
 */
const TRAINED_AS_DEMONYMS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

function isDemonymFeature(word: string): boolean {
  return DEMONYMS.has(word) || TRAINED_AS_DEMONYMS.has(word);
}

export class FeatureExtractor {
  private readonly profiles = new Map<string, WordProfile>();
  private readonly entries = new Map<string, WordEntry>();
  private stamp = 0;
  /** Bumped when the profiles are forgotten: paragraphs kept from before are stale. */
  private generation = 0;
  private readonly paragraphs = new WeakMap<readonly Token[], KeptParagraph>();

  constructor(
    private readonly vocabulary: ReadonlyMap<string, number>,
    private readonly places: PlaceNameMatcher,
    /** How often each word is written in lower case mid-sentence (caseClasses.ts). */
    private readonly caseClasses: ReadonlyMap<string, number> = new Map(),
  ) {}

  profileOf(text: string): WordProfile {
    // A token of one ASCII character (a comma, a full stop, "a": a sixth of a news text's
    // tokens) finds its profile by its character code, without the Map's look-up.
    const single = text.length === 1 ? text.charCodeAt(0) : 128;
    if (single < 128) {
      const kept = this.singles[single];
      if (kept !== undefined) return kept;
    }
    let p = this.profiles.get(text);
    if (!p) {
      p = this.buildProfile(text);
      this.profiles.set(text, p);
    }
    if (single < 128) this.singles[single] = p;
    return p;
  }

  /** The profiles of one-character ASCII words and marks by character code, the same objects as in `profiles`. */
  private readonly singles: (WordProfile | undefined)[] = new Array<WordProfile | undefined>(128).fill(undefined);

  private buildProfile(raw: string): WordProfile {
    // Typographic marks read as the plain ones of the training corpus.
    const text = raw.length === 1 ? (TYPOGRAPHIC[raw] ?? raw) : raw.replace(/[‘’]/g, "'");
    let lexicon = 0;
    let word = text;
    const possessive = /^(.{2,}?)['’]s?$/u.exec(text);
    if (possessive && !/^[A-Z]\.?$/.test(possessive[1])) {
      word = possessive[1];
      lexicon |= LEX_POSSESSIVE;
    }
    const lower = word.toLowerCase();
    const hasDigit = /\d/.test(lower);
    const id = hasDigit ? -1 : (this.vocabulary.get(lower) ?? -1);
    const cap = capClassOf(word);
    const shape = hashString(shortShape(word));
    const affixes = new Int32Array(AFFIXES);
    const n = word.length;
    for (let k = 1; k <= PREFIXES; k++) affixes[k - 1] = k <= n ? hashLowerRange(word, 0, k) : 0;
    for (let k = 1; k <= SUFFIXES; k++) affixes[PREFIXES + k - 1] = k <= n ? hashLowerRange(word, n - k, n, 0x1234567) : 0;
    const bare = lower.replace(/\.$/, '');
    if (PERSON_TITLES.has(lower) || PERSON_TITLES.has(bare)) lexicon |= LEX_TITLE;
    if (COMMON_FIRST_NAMES.has(lower)) lexicon |= LEX_FIRST_NAME;
    if (isDemonymFeature(lower) || isDemonymFeature(lower.replace(/s$/, ''))) lexicon |= LEX_DEMONYM;
    if (ORGANIZATION_WORDS.has(bare)) lexicon |= LEX_ORG_WORD;
    if (KNOWN_ORGANIZATIONS.has(bare)) lexicon |= LEX_KNOWN_ORG;
    if (NAME_CONNECTORS.has(lower)) lexicon |= LEX_CONNECTOR;
    if (word.includes('-')) lexicon |= LEX_HYPHENATED;
    let entry = this.entries.get(lower);
    if (!entry) {
      entry = { stamp: 0, seen: 0, evidenceStamp: 0, typeCounts: new Int32Array(ENTITY_TYPE_COUNT) };
      this.entries.set(lower, entry);
    }
    return {
      lower,
      id,
      idOrShape: id >= 0 ? id : pair(0x5eed, pair(shape, cap)),
      cap,
      shape,
      affixes,
      lexicon,
      lengthBucket: n <= 1 ? 1 : n <= 3 ? 2 : n <= 5 ? 3 : n <= 8 ? 4 : 5,
      caseClass: this.caseClasses.get(lower) ?? 0,
      neverName: PRONOUN_CONTRACTION.test(lower),
      placeStart: null,
      entry,
      scores: null,
      scoresOwner: null,
      scoresFilled: 0,
    };
  }

  /**
   * Everything the features need from the whole document, computed once. The
   * sentence-local part of a paragraph whose tokens came from the incremental annotator's
   * memo is kept by the identity of its token list and reused while the paragraph and its
   * sentence bounds stay the same; the document-level statistics are always recomputed.
   */
  prepare(doc: AnalyzedText): PreparedDocument {
    this.trimCache();
    const stamp = ++this.stamp;
    const lists = doc.paragraphTokens;
    const local = lists && sentencesTileParagraphs(doc.sentences, lists) ? this.prepareByParagraph(doc.sentences, lists) : this.prepareTokens(doc.tokens, allBounds(doc.sentences));
    const { profiles, context, candidates, skip, placeTags } = local;
    const docBits = documentStatistics(profiles, context, candidates, stamp);
    return { profiles, context, docBits, placeTags, candidates, skip, firstStage: null };
  }

  /**
   * Forgets the word profiles once too many distinct words were seen; returns the cache's
   * generation, which changes when it does: word entries and paragraphs kept from an
   * earlier generation are stale.
   */
  trimCache(): number {
    if (this.profiles.size >= CACHE_LIMIT) {
      this.profiles.clear();
      this.singles.fill(undefined);
      this.entries.clear();
      // Kept paragraphs hold the profiles (and their shared word entries) just forgotten.
      this.generation++;
    }
    return this.generation;
  }

  /**
   * The sentence-local evidence of one paragraph's tokens (indices relative to the
   * paragraph) for sentences whose token bounds in it are `bounds` (start, end, start,
   * end...), kept by the token list's identity while the bounds stay the same.
   */
  paragraphEvidence(list: readonly Token[], bounds: Int32Array): LocalEvidence {
    let kept = this.paragraphs.get(list);
    if (!kept || kept.generation !== this.generation || !equalBounds(kept.bounds, bounds)) {
      const e = this.prepareTokens(list, bounds);
      // One object shape for all kept paragraphs, so that copies of them stay monomorphic.
      kept = { profiles: e.profiles, context: e.context, candidates: e.candidates, skip: e.skip, placeTags: e.placeTags, bounds, generation: this.generation };
      this.paragraphs.set(list, kept);
    }
    return kept;
  }

  /** The sentence-local evidence of tokens whose sentences are [bounds[2k], bounds[2k + 1]). */
  private prepareTokens(tokens: readonly Token[], bounds: Int32Array): LocalEvidence {
    const n = tokens.length;
    const profiles: WordProfile[] = new Array(n);
    const capLike = new Uint8Array(n);
    // Each token's CapClass, for the passes below: read from here rather than from each
    // token's profile, scattered in memory.
    const caps = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const p = this.profileOf(tokens[i].text);
      profiles[i] = p;
      caps[i] = p.cap;
      capLike[i] = isCapLike(p.cap) && !p.neverName ? 1 : 0;
    }
    const context = new Uint8Array(n);
    const candidates = new Uint8Array(n);
    for (let b = 0; b < bounds.length; b += 2) {
      markContexts(tokens, profiles, caps, bounds[b], bounds[b + 1], context);
      markCandidates(tokens, capLike, profiles, caps, bounds[b], bounds[b + 1], candidates);
    }
    // 2 marks an abbreviation's full stop: no candidate, and skipped as a neighbour, so
    // that "Mr. Obama" reads as "Mr Obama".
    const skip = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      if (candidates[i] === 2) {
        candidates[i] = 0;
        skip[i] = 1;
      }
    }
    const placeTags = new Uint8Array(n);
    const { places } = this;
    const lowerAt = (i: number): string => profiles[i].lower;
    // A place name starts at a capitalized token; its first step into the names is kept per word.
    const startAt = (i: number): PlaceNameStart | undefined => {
      if (capLike[i] !== 1) return undefined;
      const p = profiles[i];
      if (p.placeStart === null) p.placeStart = places.startOf(p.lower);
      return p.placeStart;
    };
    for (let b = 0; b < bounds.length; b += 2) places.mark(lowerAt, startAt, bounds[b], bounds[b + 1], placeTags);
    return { profiles, context, candidates, skip, placeTags };
  }

  private prepareByParagraph(sentences: readonly Sentence[], lists: readonly (readonly Token[])[]): LocalEvidence {
    let n = 0;
    for (const list of lists) n += list.length;
    const profiles: WordProfile[] = new Array(n);
    const context = new Uint8Array(n);
    const candidates = new Uint8Array(n);
    const skip = new Uint8Array(n);
    const placeTags = new Uint8Array(n);
    let at = 0;
    let si = 0;
    for (const list of lists) {
      let sj = si;
      while (sj < sentences.length && sentences[sj].tokenEnd <= at + list.length) sj++;
      const kept = this.paragraphEvidence(list, boundsOf(sentences, si, sj, at));
      // A plain loop: paragraphs are short, and five set() calls each cost more than this.
      const { profiles: p, context: c, candidates: d, skip: k, placeTags: t } = kept;
      for (let i = 0; i < list.length; i++) {
        profiles[at + i] = p[i];
        context[at + i] = c[i];
        candidates[at + i] = d[i];
        skip[at + i] = k[i];
        placeTags[at + i] = t[i];
      }
      at += list.length;
      si = sj;
    }
    return { profiles, context, candidates, skip, placeTags };
  }

  /**
   * Adds the first stage's labels to a prepared document: the second stage sees, for each
   * name-like word, how the first stage labelled the word's other occurrences in the
   * document ("Parnevik" tagged a person twice elsewhere), the non-local evidence that
   * repairs one-off mistakes. Labels are nerLabels.ts codes for every token.
   */
  addFirstStage(prepared: PreparedDocument, labels: Int32Array): void {
    const stamp = ++this.stamp;
    const { profiles, candidates } = prepared;
    const n = profiles.length;
    for (let i = 0; i < n; i++) {
      if (!candidates[i]) continue;
      const e = profiles[i].entry;
      if (e.evidenceStamp !== stamp) {
        e.evidenceStamp = stamp;
        const counts = e.typeCounts;
        counts[0] = 0;
        counts[1] = 0;
        counts[2] = 0;
        counts[3] = 0;
      }
      if (labels[i] > 0) e.typeCounts[(labels[i] - 1) >> 1]++;
    }
    const evidence = new Uint16Array(n);
    for (let i = 0; i < n; i++) {
      if (!candidates[i]) continue;
      const counts = profiles[i].entry.typeCounts;
      const own = labels[i] > 0 ? (labels[i] - 1) >> 1 : -1;
      // Per type, the word's other tokens of that type, at most 3, in two bits (unrolled: a
      // loop over the four types cost more than the counting).
      const bits = othersOf(counts[0] - (own === 0 ? 1 : 0))
        | (othersOf(counts[1] - (own === 1 ? 1 : 0)) << 2)
        | (othersOf(counts[2] - (own === 2 ? 1 : 0)) << 4)
        | (othersOf(counts[3] - (own === 3 ? 1 : 0)) << 6);
      evidence[i] = (labels[i] << 8) | bits;
    }
    prepared.firstStage = evidence;
  }
}

const othersOf = (count: number): number => (count > 3 ? 3 : count);

/** "I've", "I'll": capitalized, never a name (CoNLL splits them, so the model never saw them whole). */
const PRONOUN_CONTRACTION = /^i'(?:ve|ll|m|d)$/;

function isTitleAbbreviation(p: WordProfile): boolean {
  return (p.lexicon & LEX_TITLE) !== 0 && p.lower.length <= 4 && p.cap !== CapClass.Lower;
}

function isCapLike(c: CapClass): boolean {
  return c === CapClass.Initial || c === CapClass.AllCaps || c === CapClass.SingleCap || c === CapClass.Mixed;
}

/** The evidence of each token that reads only its own sentence. */
export interface LocalEvidence {
  profiles: WordProfile[];
  context: Uint8Array;
  candidates: Uint8Array;
  skip: Uint8Array;
  placeTags: Uint8Array;
}

/** A paragraph's LocalEvidence, indices relative to the paragraph, as computed for these sentence bounds. */
interface KeptParagraph extends LocalEvidence {
  bounds: Int32Array;
  generation: number;
}

function allBounds(sentences: readonly Sentence[]): Int32Array {
  return boundsOf(sentences, 0, sentences.length, 0);
}

/** Token bounds of sentences [from, to), less `offset`: start, end, start, end... */
export function boundsOf(sentences: readonly Sentence[], from: number, to: number, offset: number): Int32Array {
  const bounds = new Int32Array(2 * (to - from));
  for (let k = from; k < to; k++) {
    bounds[2 * (k - from)] = sentences[k].tokenStart - offset;
    bounds[2 * (k - from) + 1] = sentences[k].tokenEnd - offset;
  }
  return bounds;
}

function equalBounds(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Whether every sentence lies within one paragraph's tokens (splitSentences never crosses a paragraph end). */
function sentencesTileParagraphs(sentences: readonly Sentence[], lists: readonly (readonly Token[])[]): boolean {
  let at = 0;
  let si = 0;
  for (const list of lists) {
    const end = at + list.length;
    while (si < sentences.length && sentences[si].tokenStart < end) {
      if (sentences[si].tokenStart < at || sentences[si].tokenEnd > end) return false;
      si++;
    }
    at = end;
  }
  return si === sentences.length;
}

/** A document's per-token evidence, from FeatureExtractor.prepare. */
export interface PreparedDocument {
  profiles: WordProfile[];
  context: Uint8Array;
  /** WordEntry.seen of each token's word. */
  docBits: Uint8Array;
  placeTags: Uint8Array;
  /**
   * Tokens that may be part of a name: capitalized words, and the connectors, numbers and
   * hyphens between or against them. All others are O without scoring; the same rule
   * holds in training, and it spares about four tokens in five of a news article.
   */
  candidates: Uint8Array;
  /** Tokens the neighbour features look past (the full stop of "Mr."). */
  skip: Uint8Array;
  /** Per token: first-stage label << 8 | per-type counts of the word elsewhere (2 bits each). */
  firstStage: Uint16Array | null;
}

/** One sentence's features: token i's keys are keys[offsets[i] .. offsets[i + 1]). */
export interface SentenceKeys {
  keys: Uint32Array;
  offsets: Uint32Array;
}

/** A reusable buffer for one sentence's features. */
export class FeatureBuffer implements SentenceKeys {
  keys = new Uint32Array(64 * MAX_FEATURES_PER_TOKEN);
  offsets = new Uint32Array(65);

  /** Room for `tokens` tokens and `keys` keys (by default the most a sentence can have). */
  ensure(tokens: number, keys = tokens * MAX_FEATURES_PER_TOKEN): void {
    if (this.offsets.length <= tokens) this.offsets = new Uint32Array(Math.max(tokens + 1, this.offsets.length * 2));
    if (this.keys.length < keys) this.keys = new Uint32Array(Math.max(keys, this.keys.length * 2));
  }
}

function markCandidates(tokens: readonly Token[], capLike: Uint8Array, profiles: WordProfile[], caps: Uint8Array, from: number, to: number, out: Uint8Array): void {
  const near = (j: number): boolean => j >= from && j < to && capLike[j] === 1;
  for (let i = from; i < to; i++) {
    if (capLike[i]) out[i] = 1;
    else if ((near(i - 1) || near(i - 2)) && (near(i + 1) || near(i + 2))) out[i] = 1;
    else if (caps[i] === CapClass.Number && (near(i - 1) || near(i + 1))) out[i] = 1;
  }
  // The full stop of a title's abbreviation ("Mr.", "Gov.") is no part of a name.
  for (let i = from + 1; i < to; i++) {
    if (tokens[i].text === '.' && tokens[i].start === tokens[i - 1].end && isTitleAbbreviation(profiles[i - 1])) out[i] = 2;
  }
  // Tokens written against a capitalized word ("Serb-led", "U.S.-based"): the whole run.
  let runStart = from;
  for (let i = from + 1; i <= to; i++) {
    if (i < to && tokens[i].start === tokens[i - 1].end) continue;
    if (i - runStart > 1) {
      let any = false;
      for (let k = runStart; k < i; k++) if (capLike[k]) any = true;
      if (any) for (let k = runStart; k < i; k++) if (out[k] !== 2) out[k] = 1;
    }
    runStart = i;
  }
}

function markContexts(tokens: readonly Token[], profiles: WordProfile[], caps: Uint8Array, from: number, to: number, context: Uint8Array): void {
  let letterWords = 0;
  let capsWords = 0;
  let capitalized = 0;
  // Only whether there is one of each counts: a word's length is read until one is found.
  let longCaps = false;
  let longLower = false;
  for (let i = from; i < to; i++) {
    const c = caps[i];
    if (c === CapClass.Number || c === CapClass.Punct) continue;
    letterWords++;
    if (c === CapClass.AllCaps || c === CapClass.SingleCap) capsWords++;
    if (c === CapClass.AllCaps && !longCaps && profiles[i].lower.length >= 3) longCaps = true;
    if (c !== CapClass.Lower) capitalized++;
    else if (!longLower && profiles[i].lower.length >= 5) longLower = true;
  }
  let headline = Ctx.Mid;
  if (letterWords >= 2 && longCaps && capsWords >= 0.8 * letterWords) headline = Ctx.Headline;
  // "Hillary Clinton Was Headed to ER": title case, only short words in lower case.
  else if (letterWords >= 3 && !longLower && capitalized >= 0.7 * letterWords) headline = Ctx.TitleCase;
  let initial = true;
  for (let i = from; i < to; i++) {
    const c = caps[i];
    const isWord = c !== CapClass.Punct && c !== CapClass.Number;
    if (headline !== Ctx.Mid) context[i] = headline;
    else if (initial && isWord) context[i] = Ctx.Initial;
    else context[i] = Ctx.Mid;
    if (isWord) initial = false;
    // A capital after a colon or an opening quotation mark says as little as one at a
    // sentence start ("PENCE: Well, ...", "“Later, ...").
    else if (profiles[i].lower === ':' || (profiles[i].lower === '"' && i + 1 < to && tokens[i + 1].start === tokens[i].end && (i === from || tokens[i - 1].end < tokens[i].start))) initial = true;
  }
}

// Doc-level evidence for words whose capital tells nothing (sentence starts, headlines):
// whether the word also occurs in lower case, and whether capitalized mid-sentence.
function documentStatistics(profiles: WordProfile[], context: Uint8Array, candidates: Uint8Array, stamp: number): Uint8Array {
  const n = profiles.length;
  for (let i = 0; i < n; i++) {
    const p = profiles[i];
    const e = p.entry;
    if (e.stamp !== stamp) {
      e.stamp = stamp;
      e.seen = 0;
    }
    if (p.cap === CapClass.Lower) e.seen |= 1;
    else if (context[i] === Ctx.Mid && candidates[i] && p.cap !== CapClass.SingleCap) e.seen |= 2;
  }
  const bits = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (candidates[i]) bits[i] = profiles[i].entry.seen;
  return bits;
}

/**
 * Writes the features of tokens [from, to) into `buffer`: token i's keys are
 * keys[offsets[i - from] .. offsets[i - from + 1]): its word keys, then its context keys,
 * then (second stage) its first-stage keys.
 */
export function sentenceFeatures(prepared: PreparedDocument, from: number, to: number, buffer: FeatureBuffer): void {
  const { profiles, context, candidates, firstStage } = prepared;
  const count = to - from;
  buffer.ensure(count);
  const { keys, offsets } = buffer;
  let k = 0;
  for (let i = from; i < to; i++) {
    offsets[i - from] = k;
    if (!candidates[i]) continue;
    const p = profiles[i];
    k = wordKeys(p, context[i], keys, k);
    k = contextKeys(prepared, i, from, to, keys, k);
    if (firstStage) k = appendFirstStageKeys(firstStage[i], p.cap, keys, k);
  }
  offsets[count] = k;
}

/** Upper bound of wordKeys' keys of one token. */
export const MAX_WORD_KEYS = 15 + LEX_BITS;
/** Upper bound of contextKeys' keys of one token. */
export const MAX_CONTEXT_KEYS = MAX_FEATURES_PER_TOKEN - MAX_WORD_KEYS;

/**
 * The keys of a token that depend only on its word and its context class (Ctx): the same
 * for every occurrence of the word in that context, so that the tagger sums their weights
 * once per word and context (wordScores.ts). Returns the new end.
 */
export function wordKeys(p: WordProfile, ctx: number, keys: Uint32Array, k: number): number {
  keys[k++] = featureKey(T.Bias, 0);
  if (p.id >= 0) {
    keys[k++] = featureKey(T.Word, p.id);
    keys[k++] = featureKey(T.WordCap, pair(p.id, p.cap));
    keys[k++] = featureKey(T.WordContext, pair(p.id, ctx));
  } else keys[k++] = featureKey(T.UnknownShape, pair(p.shape, ctx));
  keys[k++] = featureKey(T.Shape, p.shape);
  for (let a = 0; a < AFFIXES; a++) if (p.affixes[a] !== 0) keys[k++] = featureKey(T.Prefix + a, p.affixes[a]);
  keys[k++] = featureKey(T.CapContext, p.cap * 4 + ctx);
  keys[k++] = featureKey(T.CaseClass, (p.caseClass * 8 + p.cap) * 4 + ctx);
  keys[k++] = featureKey(T.LengthCap, p.lengthBucket * 8 + p.cap);
  return lexiconKeys(keys, k, T.LexCur, p.lexicon, p.cap);
}

/**
 * The keys of candidate token i of the sentence [from, to) that read its neighbours, the
 * document (docBits) or the place names (placeTags). Returns the new end.
 */
export function contextKeys(prepared: PreparedDocument, i: number, from: number, to: number, keys: Uint32Array, k: number): number {
  const { profiles, context, docBits, placeTags, skip } = prepared;
  const p = profiles[i];
  const pi = i - 1 - (i - 1 > from && skip[i - 1] ? 1 : 0);
  const ni = i + 1 + (i + 1 < to && skip[i + 1] ? 1 : 0);
  const prev = pi >= from ? profiles[pi] : undefined;
  const next = ni < to ? profiles[ni] : undefined;
  const prev2 = pi - 1 >= from ? profiles[pi - 1] : undefined;
  const next2 = ni + 1 < to ? profiles[ni + 1] : undefined;
  const ctx = context[i];
  const prevId = prev ? prev.idOrShape : BOUNDARY;
  const nextId = next ? next.idOrShape : BOUNDARY;
  const prevCap = prev ? prev.cap : 7;
  const nextCap = next ? next.cap : 7;

  keys[k++] = featureKey(T.Prev1, prevId);
  keys[k++] = featureKey(T.Next1, nextId);
  keys[k++] = featureKey(T.Prev2, prev2 ? prev2.idOrShape : BOUNDARY);
  keys[k++] = featureKey(T.Next2, next2 ? next2.idOrShape : BOUNDARY);
  keys[k++] = featureKey(T.ShapePrevCur, pair(prev ? prev.shape : BOUNDARY, p.shape));
  keys[k++] = featureKey(T.ShapeCurNext, pair(p.shape, next ? next.shape : BOUNDARY));
  if (ctx !== Ctx.Mid && p.cap !== CapClass.Lower && p.cap !== CapClass.Punct && p.cap !== CapClass.Number) {
    const bits = docBits[i];
    keys[k++] = featureKey(T.CapContextDoc, (p.cap * 4 + ctx) * 4 + bits);
    if (p.id >= 0) keys[k++] = featureKey(T.CapContextDocWord, pair(p.id, bits));
  }
  keys[k++] = featureKey(T.CapTrigram, (prevCap * 8 + p.cap) * 8 + nextCap);
  if (prev) keys[k++] = featureKey(T.CaseClassPrev, (prev.caseClass * 8 + prev.cap) * 8 + p.cap);
  if (next) keys[k++] = featureKey(T.CaseClassNext, (next.caseClass * 8 + next.cap) * 8 + p.cap);
  keys[k++] = featureKey(T.BigramPrev, pair(prevId, p.idOrShape));
  keys[k++] = featureKey(T.BigramNext, pair(p.idOrShape, nextId));
  keys[k++] = featureKey(T.PrevWordCap, pair(prevId, p.cap));
  if (placeTags[i]) keys[k++] = featureKey(T.Place, placeTags[i]);
  if (prev && placeTags[pi]) keys[k++] = featureKey(T.PlacePrev, placeTags[pi] * 16 + placeTags[i]);
  if (next && placeTags[ni]) keys[k++] = featureKey(T.PlaceNext, placeTags[ni] * 16 + placeTags[i]);
  if (prev) k = lexiconKeys(keys, k, T.LexPrev, prev.lexicon, p.cap);
  if (next) k = lexiconKeys(keys, k, T.LexNext, next.lexicon, p.cap);
  if (prev2 && prev2.lexicon & LEX_TITLE) keys[k++] = featureKey(T.PrevLex2, p.cap);
  return k;
}

/** The second stage's extra features of a token (its first-stage evidence); returns the new end. */
export function appendFirstStageKeys(evidence: number, cap: CapClass, keys: Uint32Array, k: number): number {
  keys[k++] = featureKey(T.FirstStageLabel, evidence >> 8);
  const counts = evidence & 0xff;
  if (counts) {
    keys[k++] = featureKey(T.DocTypes, counts);
    for (let t = 0; t < ENTITY_TYPE_COUNT; t++) {
      const c = (counts >> (2 * t)) & 3;
      if (c) keys[k++] = featureKey(T.DocType + t, c * 8 + cap);
    }
  }
  return k;
}

function lexiconKeys(keys: Uint32Array, k: number, template: number, lexicon: number, cap: CapClass): number {
  if (lexicon === 0) return k;
  for (let b = 0; b < LEX_BITS; b++) if (lexicon & (1 << b)) keys[k++] = featureKey(template + b, cap);
  return k;
}
