import type { AnalyzedText } from '../text/analyzedText';
import type { Token } from '../text/tokenizer';
import type { Sentence } from '../text/sentences';
import type { TextBlock } from '../text/paragraphs';
import type { NameMention } from './nameMention';
import type { PerceptronTagger, SentenceStageResult } from './perceptronTagger';
import { CapClass } from './wordShape';
import { boundsOf, Ctx, ENTITY_TYPE_COUNT, type LocalEvidence, type PreparedDocument, type WordEntry } from './featureExtractor';
import { hasCandidate } from './perceptronTagger';
import { mayOpenNickname } from './nicknameInMarks';
import { mayBeSurnameForm, surnameStems } from './nameConsistency';
import { cachedByText } from '../text/cachedByText';
import { US_POSTAL_CODES } from '../places/usPostalCodes';
import { isCapitalizedWord } from '../text/tokenCase';
import { readsTokenBefore, tokenBeforeAsRead } from './ranksAndHonours';

// The tagger over an editor session's versions of one text, in proportion to what an edit
// changed. The tagger reads a sentence's own tokens and two things of the whole document
// about each of its words: whether the word occurs in lower case or capitalized
// mid-sentence (stage 1's document bits), and how stage 1 labelled its other occurrences
// (stage 2's evidence). Both are sums over paragraphs, so the session keeps each
// paragraph's share and the sums, and after an edit takes out the shares of the paragraphs
// gone, adds those of the paragraphs new, and decodes again only the sentences whose own
// text is new or one of whose words' sums changed what the tagger reads. The labels, and
// the mentions read from them, are exactly those of a whole-document run.

/** The sentence mentions of sentence `s` by labels where token i's label is labels[i - base], appended to `out`. */
export type SentenceMentionsOf = (doc: AnalyzedText, s: Sentence, labels: Int32Array, base: number, out: NameMention[]) => void;

/** The session's reading of a text: the tagger's mentions, where opening quotation marks stand, and where capitalized words. */
export interface TaggedText {
  mentions: NameMention[];
  /** Token indices of the marks that may open a nickname (nicknameInMarks.ts), in text order. */
  openings: number[];
  /** Token indices, in text order, of the tokens spelled as a form of one of `surnames` (nameConsistency.ts). */
  tokensSpelled: (surnames: ReadonlySet<string>) => number[];
}

/** A word's document-level evidence in the current text: sums over its paragraphs. */
interface WordTally {
  entry: WordEntry;
  /** Tokens of the word in lower case. */
  lower: number;
  /** Capitalized name candidates mid-sentence (not single capitals). */
  midCap: number;
  /** Stage-1 labels of the word's candidate tokens, per entity type. */
  types: Int32Array;
  /** Paragraphs where the word is a name candidate. */
  paragraphs: Set<ParagraphState>;
  /** The run that first changed the tally, and what the tagger read of it before. */
  touched: number;
  bitsBefore: number;
  typesBefore: number;
}

/** What the session knows of one paragraph at one place in the text: its evidence, its share of the sums, its labels. */
interface ParagraphState {
  list: readonly Token[];
  /** Token bounds of its sentences, relative to the paragraph: start, end, start, end... */
  bounds: Int32Array;
  evidence: LocalEvidence;
  /** Distinct words of the paragraph with their lower-case and mid-sentence-capital counts. */
  words: WordTally[];
  lowerCounts: Int32Array;
  midCapCounts: Int32Array;
  /** Distinct words that are name candidates here. */
  candidateWords: WordTally[];
  /** The tally of each candidate token's word. */
  tallies: (WordTally | undefined)[];
  /** The stage-1 type counts this paragraph adds to candidateWords' tallies (ENTITY_TYPE_COUNT each). */
  typeShare: Int32Array;
  /** Per token, the document bits and stage-2 evidence its current labels were decoded with. */
  bits: Uint8Array;
  secondEvidence: Uint16Array;
  firstLabels: Int32Array;
  labels: Int32Array;
  /** Per sentence: stage 1's result (undefined: no name candidate), the mentions of its final labels (offsets relative to the paragraph), and the text around it they were read with (contextAround). */
  firsts: (SentenceStageResult | undefined)[];
  mentions: (NameMention[] | undefined)[];
  mentionContext: Int16Array;
  /** All its sentences' mentions, offsets relative to the paragraph (undefined: to be gathered again). */
  paragraphMentions: NameMention[] | undefined;
  /** Whether the mentions of a sentence may depend on tokens past it (readsPastSentence): gathered again on every run. */
  readsAround: boolean;
  /**
   * The paragraphs around it, nearest first, and the characters between it and each next one,
   * when its mentions were last gathered (neighboursChanged): rules of sentenceMentions read a
   * few tokens past the paragraph around a name near its edge ("Reporting by" ending the line
   * before a name, a role word, a comma).
   */
  before: (readonly Token[])[];
  after: (readonly Token[])[];
  gapBefore: number;
  gapAfter: number;
  /**
   * paragraphMentions placed in the text as last handed out: at `placedAt`, from that list.
   * A paragraph before the edit has not moved, and hands out the same objects again (no
   * stage changes a mention it is given) rather than copies of all its mentions.
   */
  placed: NameMention[];
  placedFrom: NameMention[] | undefined;
  placedAt: number;
  /** Opening quotation marks that may open a nickname (mayOpenNickname, nicknameInMarks.ts), relative token indices. */
  openings: number[];
  /** Tokens that may start with a capital letter, by the surname spellings they may be a form of (surnameStems): relative token indices. */
  capitals: Map<string, number[]>;
  /** Index of its first token in the current text. */
  tokenBase: number;
  candidateSentences: number;
  /** Whether stage 1 ran over it. */
  decoded: boolean;
  /** Run stamps: of the last text it is in; of the last marks by markChanged (bits, evidence); of its last stage-1 and stage-2 passes. */
  epoch: number;
  checkBits: number;
  checkEvidence: number;
  firstEpoch: number;
  secondEpoch: number;
  /** Its paragraph's index in the last text it is in (-1: none yet). */
  index: number;
  /** Another state of the same token list (the same paragraph twice, or with other sentence bounds). */
  twin: ParagraphState | undefined;
}

/**
 * How far past its paragraph sentenceMentions may read around a name: its rules look a few
 * tokens before a name and after it (at most 19 after a comma: speaksWithRoleAfter), so
 * this many tokens of the paragraphs on each side stand for what it reads there.
 */
const PARAGRAPH_REACH = 24;

/** mentionContext of a sentence not read yet. */
const NO_CONTEXT = -1;
/** mentionContext of a sentence without any name label. */
const NO_SPANS = -2;

const NO_OPENINGS: number[] = [];

export class TaggerSession {
  private readonly tallies = new Map<WordEntry, WordTally>();
  private readonly byList = new Map<readonly Token[], ParagraphState>();
  /** The paragraphs of the current text holding a capitalized token of each stem (surnameStems). */
  private readonly capitals = new Map<string, Map<ParagraphState, number[]>>();
  /** The states of the last text's paragraphs, its paragraphs' token lists, its sentences' token bounds (start, end, ...), the first sentence of each paragraph and its token count. */
  private current: ParagraphState[] = [];
  private lastLists: readonly (readonly Token[])[] = [];
  private lastSentences = new Int32Array(0);
  private lastFirstSentence = new Int32Array(1);
  private lastTokenCount = 0;
  /** Paragraphs marked by markChanged. */
  private dirty: ParagraphState[] = [];
  private touched: WordTally[] = [];
  private epoch = 0;
  private generation = -1;
  private tagger: PerceptronTagger | undefined;
  private chars = 0;
  /**
   * Where the last text's paragraphs kept from the text before stand: the tokens before
   * `before` are those of the paragraphs kept at the start, those from `after` on of the
   * paragraphs kept at the end (from `afterBefore` in the text before), and `middle` holds
   * the others' states. With the last answer of tokensSpelled, of the text before (its run
   * stamp `epoch`), it makes the next answer for the same surnames.
   */
  private layout: { before: number; after: number; afterBefore: number; middle: ParagraphState[] } | undefined;
  private lastSpelled: { epoch: number; keys: ReadonlySet<string>; found: number[] } | undefined;
  /** Sentence stages taken from before (hits) and decoded (misses) since resetCounts. */
  hits = 0;
  misses = 0;

  constructor(private readonly maxChars: number) {}

  /** How many characters of text the session stands for. */
  get keyChars(): number {
    return this.chars;
  }

  resetCounts(): void {
    this.hits = 0;
    this.misses = 0;
  }

  /** Whether a paragraph token list is one of the last text's. */
  knows(list: readonly Token[]): boolean {
    return this.byList.has(list);
  }

  clear(): void {
    this.tallies.clear();
    this.byList.clear();
    this.capitals.clear();
    this.current = [];
    this.lastLists = [];
    this.lastSentences = new Int32Array(0);
    this.lastFirstSentence = new Int32Array(1);
    this.lastTokenCount = 0;
    this.touched = [];
    this.chars = 0;
    this.layout = undefined;
    this.lastSpelled = undefined;
  }

  /**
   * The tagger's mentions of the document (before the document-wide passes of
   * findNamesWithTagger), or undefined when the document is not one this session can
   * follow (no paragraph token lists, too long for its bounds, a model of more than two
   * stages): the caller then tags it whole.
   */
  mentions(doc: AnalyzedText, tagger: PerceptronTagger, mentionsOf: SentenceMentionsOf): TaggedText | undefined {
    const lists = doc.paragraphTokens;
    const stageCount = tagger.model.stages.length;
    if (!lists || doc.text.length > this.maxChars || stageCount > 2) {
      this.clear();
      return undefined;
    }
    // Word entries and kept paragraphs belong to one tagger's extractor, while its cache lasts.
    const generation = tagger.extractor.trimCache();
    if (generation !== this.generation || tagger !== this.tagger) {
      this.clear();
      this.generation = generation;
      this.tagger = tagger;
    }
    const { sentences, tokens } = doc;
    const epoch = ++this.epoch;
    this.touched = [];

    // Each paragraph to the state of the last text with its token list and sentence
    // bounds: those before and after the edit by their place (their sentences compared in
    // one pass over each end), the others by their token list.
    const n = lists.length;
    const last = this.lastLists;
    const m = last.length;
    const lastSentences = this.lastSentences;
    const lastFirst = this.lastFirstSentence;
    const lastCount = lastSentences.length >> 1;
    const states: (ParagraphState | undefined)[] = new Array(n);
    const firstSentence = new Int32Array(n + 1);
    let prefix = 0;
    while (prefix < n && prefix < m && lists[prefix] === last[prefix]) prefix++;
    let same = 0;
    while (same < sentences.length && same < lastCount && sentences[same].tokenStart === lastSentences[2 * same] && sentences[same].tokenEnd === lastSentences[2 * same + 1]) same++;
    while (prefix > 0 && lastFirst[prefix] > same) prefix--;
    let suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && lists[n - 1 - suffix] === last[m - 1 - suffix]) suffix++;
    const tokenShift = tokens.length - this.lastTokenCount;
    const sentenceShift = sentences.length - lastCount;
    same = 0;
    while (
      same < sentences.length && same < lastCount &&
      sentences[sentences.length - 1 - same].tokenStart === lastSentences[2 * (lastCount - 1 - same)] + tokenShift &&
      sentences[sentences.length - 1 - same].tokenEnd === lastSentences[2 * (lastCount - 1 - same) + 1] + tokenShift
    ) same++;
    while (suffix > 0 && lastFirst[m - suffix] < lastCount - same) suffix--;
    const previous = this.current;
    for (let p = 0; p < prefix; p++) {
      states[p] = previous[p];
      firstSentence[p] = lastFirst[p];
    }
    for (let q = 0; q < suffix; q++) {
      states[n - 1 - q] = previous[m - 1 - q];
      firstSentence[n - 1 - q] = lastFirst[m - 1 - q] + sentenceShift;
    }
    firstSentence[n] = sentences.length;
    let at = prefix > 0 ? previous[prefix - 1].tokenBase + lists[prefix - 1].length : 0;
    let si = prefix > 0 ? lastFirst[prefix] : 0;
    for (let p = prefix; p < n - suffix; p++) {
      const list = lists[p];
      const end = at + list.length;
      const from = si;
      while (si < sentences.length && sentences[si].tokenStart < end) {
        if (sentences[si].tokenStart < at || sentences[si].tokenEnd > end) {
          this.clear();
          return undefined;
        }
        si++;
      }
      firstSentence[p] = from;
      let state = this.byList.get(list);
      // A state serves one paragraph: not one kept by place, nor one matched already.
      while (state && (state.epoch === epoch || (state.index >= 0 && (state.index < prefix || state.index >= m - suffix)) || !sameBounds(state.bounds, sentences, from, si, at))) state = state.twin;
      if (state) state.epoch = epoch;
      states[p] = state;
      at = end;
    }
    if (si !== firstSentence[n - suffix]) {
      this.clear();
      return undefined;
    }
    for (let p = prefix; p < m - suffix; p++) if (previous[p].epoch !== epoch) this.remove(previous[p]);
    const extractor = tagger.extractor;
    const evidenceOf = extractor.paragraphEvidence.bind(extractor);
    const fresh: ParagraphState[] = [];
    at = prefix > 0 ? previous[prefix - 1].tokenBase + lists[prefix - 1].length : 0;
    for (let p = prefix; p < n - suffix; p++) {
      if (!states[p]) {
        const state = this.add(lists[p], boundsOf(sentences, firstSentence[p], firstSentence[p + 1], at), evidenceOf, epoch);
        states[p] = state;
        fresh.push(state);
      }
      at += lists[p].length;
    }
    const current = states as ParagraphState[];

    // Stage 1 of the new paragraphs, and of sentences whose words' document bits changed.
    this.dirty = [];
    this.markChanged(epoch, true);
    let decoded = 0;
    const evidenceChanged: ParagraphState[] = [];
    for (const state of [...fresh, ...this.dirty]) {
      if (state.firstEpoch === epoch) continue;
      state.firstEpoch = epoch;
      const isNew = !state.decoded;
      let changed = false;
      for (let k = 0; 2 * k < state.bounds.length; k++) {
        const from = state.bounds[2 * k];
        const to = state.bounds[2 * k + 1];
        if (isNew ? !hasCandidate(state.evidence.candidates, from, to) : !state.firsts[k]) continue;
        if (!this.updateBits(state, from, to) && !isNew) continue;
        state.firsts[k] = tagger.firstStageOf(this.prepared(state), from, to, state.firstLabels);
        state.mentions[k] = undefined;
        state.paragraphMentions = undefined;
        if (isNew) state.candidateSentences++;
        decoded++;
        changed = true;
      }
      state.decoded = true;
      if (changed && stageCount > 1) {
        this.retallyTypes(state);
        // Its own stage 2 reads its stage-1 labels.
        evidenceChanged.push(state);
      }
    }

    // Stage 2 of sentences whose stage 1 or whose words' stage-1 evidence changed.
    if (stageCount > 1) {
      this.dirty = [];
      this.markChanged(epoch, false);
      for (const state of [...evidenceChanged, ...this.dirty]) {
        if (state.secondEpoch === epoch) continue;
        state.secondEpoch = epoch;
        for (let k = 0; 2 * k < state.bounds.length; k++) {
          const first = state.firsts[k];
          if (!first) continue;
          const from = state.bounds[2 * k];
          const to = state.bounds[2 * k + 1];
          if (!this.updateEvidence(state, from, to) && state.mentions[k]) continue;
          tagger.laterStageOf(1, state.evidence, first, state.secondEvidence, from, to, state.labels);
          state.mentions[k] = undefined;
          state.paragraphMentions = undefined;
          decoded++;
        }
      }
    }
    this.dirty = [];
    for (const t of this.touched) if (isEmpty(t)) this.tallies.delete(t.entry);
    this.touched = [];

    // The mentions, paragraph by paragraph as kept; sentence by sentence where labels
    // changed or where what they read past the sentence may have.
    const out: NameMention[] = [];
    const openings: number[] = [];
    let candidateSentences = 0;
    let base = 0;
    for (let p = 0; p < current.length; p++) {
      const state = current[p];
      state.epoch = epoch;
      state.index = p;
      state.tokenBase = base;
      const at = doc.paragraphs[p].start;
      candidateSentences += state.candidateSentences;
      for (let o = 0; o < state.openings.length; o++) openings.push(base + state.openings[o]);
      const neighboursRead = neighboursChanged(state, lists, doc.paragraphs, p);
      let all = state.paragraphMentions;
      if (all === undefined || state.readsAround || neighboursRead) {
        all = [];
        let readsAround = false;
        const labels = stageCount > 1 ? state.labels : state.firstLabels;
        for (let k = 0; 2 * k < state.bounds.length; k++) {
          if (!state.firsts[k]) continue;
          let kept = state.mentions[k];
          if (kept && state.mentionContext[k] === NO_SPANS) continue;
          const from = state.bounds[2 * k];
          const to = state.bounds[2 * k + 1];
          const s = sentences[firstSentence[p] + k];
          const reads = readsPastSentence(labels, state.list, from, to);
          const around = reads ? contextAround(tokens, s) : 0;
          if (!kept || state.mentionContext[k] !== around) {
            const found: NameMention[] = [];
            mentionsOf(doc, s, labels, base, found);
            const read = found.map((m) => moved(m, -at));
            kept = kept && sameMentions(kept, read) ? kept : read;
            state.mentions[k] = kept;
            // Without a name label no text around makes a mention, unless a rule made one of the
            // sentence's own words ("MondayMr", a word with a capital inside; "US"): then it is kept as any.
            state.mentionContext[k] = hasLabel(labels, from, to) || found.length > 0 ? around : NO_SPANS;
          }
          readsAround ||= reads;
          for (const m of kept) all.push(m);
        }
        // Gathered again, mostly into the same objects: then the list handed out before
        // serves again, and a paragraph that has not moved makes no new copies (below).
        if (state.paragraphMentions && sameItems(state.paragraphMentions, all)) all = state.paragraphMentions;
        state.paragraphMentions = all;
        state.readsAround = readsAround;
      }
      if (state.placedFrom !== all || state.placedAt !== at) {
        // Most paragraphs name no one: their empty list serves wherever they stand.
        state.placed = all.length ? all.map((m) => moved(m, at)) : all;
        state.placedFrom = all;
        state.placedAt = at;
      }
      for (const m of state.placed) out.push(m);
      base += state.list.length;
    }
    let keptAtEnd = 0;
    for (let q = 0; q < suffix; q++) keptAtEnd += lists[n - 1 - q].length;
    const keptAtStart = prefix > 0 ? current[prefix - 1].tokenBase + lists[prefix - 1].length : 0;
    this.layout = { before: keptAtStart, after: tokens.length - keptAtEnd, afterBefore: tokens.length - keptAtEnd - tokenShift, middle: current.slice(prefix, n - suffix) };
    this.current = current;
    this.lastLists = lists;
    this.lastFirstSentence = firstSentence;
    this.lastTokenCount = tokens.length;
    const bounds = new Int32Array(2 * sentences.length);
    for (let k = 0; k < sentences.length; k++) {
      bounds[2 * k] = sentences[k].tokenStart;
      bounds[2 * k + 1] = sentences[k].tokenEnd;
    }
    this.lastSentences = bounds;
    const spelled = (surnames: ReadonlySet<string>): number[] => this.tokensSpelled(surnames);
    this.misses += decoded;
    this.hits += candidateSentences * stageCount - decoded;
    return { mentions: out, openings, tokensSpelled: spelled };
  }

  /**
   * propagateSurnames' tokens spelled as a form of one of `surnames`, from the index of
   * capitalized tokens by their stems. Asked on every keystroke for nearly the same
   * surnames: when they are those of the last text's answer, the answer is that one's,
   * with the tokens of the paragraphs kept at the end moved and those of the paragraphs in
   * between found again (the kept paragraphs hold the same tokens, so the same forms).
   */
  private tokensSpelled(surnames: ReadonlySet<string>): number[] {
    const keys = new Set<string>();
    for (const surname of surnames) {
      keys.add(surname);
      keys.add(inCapitals(surname));
    }
    const last = this.lastSpelled;
    const layout = this.layout;
    let found: number[];
    if (last && layout && last.epoch === this.epoch - 1 && sameKeys(last.keys, keys)) {
      const { before, after, afterBefore } = layout;
      found = [];
      let i = 0;
      while (i < last.found.length && last.found[i] < before) found.push(last.found[i++]);
      for (const t of this.spelledIn(keys, layout.middle)) found.push(t);
      while (i < last.found.length && last.found[i] < afterBefore) i++;
      for (; i < last.found.length; i++) found.push(last.found[i] + after - afterBefore);
    } else {
      found = this.spelledIn(keys);
    }
    this.lastSpelled = { epoch: this.epoch, keys, found };
    return found;
  }

  /** The tokens of the paragraphs `states` (all of the text's when absent) indexed under one of `keys`, in text order, each once. */
  private spelledIn(keys: ReadonlySet<string>, states?: readonly ParagraphState[]): number[] {
    let found = new Int32Array(64);
    let count = 0;
    const add = (state: ParagraphState, at: readonly number[]): void => {
      for (const r of at) {
        if (count === found.length) {
          const bigger = new Int32Array(count * 2);
          bigger.set(found);
          found = bigger;
        }
        found[count++] = state.tokenBase + r;
      }
    };
    if (states) {
      for (const state of states) for (const [key, at] of state.capitals) if (keys.has(key)) add(state, at);
    } else {
      for (const key of keys) {
        const where = this.capitals.get(key);
        if (where) for (const [state, at] of where) add(state, at);
      }
    }
    const sorted = found.subarray(0, count).sort();
    // A token indexed under two stems both wanted is found once.
    const out: number[] = [];
    for (let i = 0; i < count; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(sorted[i]);
    return out;
  }

  /** A new state for a paragraph of the text: its evidence and its share of the document bits. */
  private add(list: readonly Token[], bounds: Int32Array, evidenceOf: (list: readonly Token[], bounds: Int32Array) => LocalEvidence, epoch: number): ParagraphState {
    const evidence = evidenceOf(list, bounds);
    const { profiles, context, candidates } = evidence;
    const n = list.length;
    const index = new Map<WordTally, number>();
    const words: WordTally[] = [];
    const lower: number[] = [];
    const midCap: number[] = [];
    const candidateWords = new Set<WordTally>();
    const tallies: (WordTally | undefined)[] = new Array(n);
    const openings: number[] = [];
    const capitals = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const profile = profiles[i];
      const isLower = profile.cap === CapClass.Lower;
      // documentStatistics in featureExtractor.ts: the same two kinds of occurrence.
      const isMidCap = !isLower && context[i] === Ctx.Mid && candidates[i] !== 0 && profile.cap !== CapClass.SingleCap;
      if (mayOpenNickname(list, i)) openings.push(i);
      if (mayBeSurnameForm(list[i].text)) {
        for (const key of surnameStems(list[i].text)) {
          const at = capitals.get(key);
          if (at) at.push(i);
          else capitals.set(key, [i]);
        }
      }
      if (!isLower && !isMidCap && !candidates[i]) continue;
      const tally = this.tallyOf(profile.entry);
      if (candidates[i]) {
        tallies[i] = tally;
        candidateWords.add(tally);
      }
      if (!isLower && !isMidCap) continue;
      let w = index.get(tally);
      if (w === undefined) {
        w = words.length;
        index.set(tally, w);
        words.push(tally);
        lower.push(0);
        midCap.push(0);
      }
      if (isLower) lower[w]++;
      else midCap[w]++;
    }
    const state: ParagraphState = {
      list,
      bounds,
      evidence,
      words,
      lowerCounts: Int32Array.from(lower),
      midCapCounts: Int32Array.from(midCap),
      candidateWords: [...candidateWords],
      tallies,
      typeShare: new Int32Array(candidateWords.size * ENTITY_TYPE_COUNT),
      bits: new Uint8Array(n),
      secondEvidence: new Uint16Array(n),
      firstLabels: new Int32Array(n),
      labels: new Int32Array(n),
      firsts: new Array(bounds.length >> 1),
      mentions: new Array(bounds.length >> 1),
      mentionContext: new Int16Array(bounds.length >> 1).fill(NO_CONTEXT),
      paragraphMentions: undefined,
      readsAround: false,
      before: [],
      after: [],
      gapBefore: -1,
      gapAfter: -1,
      placed: [],
      placedFrom: undefined,
      placedAt: -1,
      // Most paragraphs have no opening mark: one shared empty list, which the walk over every paragraph on every edit finds in cache.
      openings: openings.length ? openings : NO_OPENINGS,
      capitals,
      tokenBase: 0,
      candidateSentences: 0,
      decoded: false,
      epoch,
      checkBits: 0,
      checkEvidence: 0,
      firstEpoch: 0,
      secondEpoch: 0,
      index: -1,
      twin: this.byList.get(list),
    };
    this.byList.set(list, state);
    this.chars += n === 0 ? 1 : list[n - 1].end;
    this.share(state, 1);
    for (const [key, at] of capitals) {
      let where = this.capitals.get(key);
      if (!where) {
        where = new Map();
        this.capitals.set(key, where);
      }
      where.set(state, at);
    }
    return state;
  }

  /** Takes a paragraph gone from the text out of the sums. */
  private remove(state: ParagraphState): void {
    this.share(state, -1);
    const typeShare = state.typeShare;
    for (let w = 0; w < state.candidateWords.length; w++) {
      const tally = state.candidateWords[w];
      this.touch(tally);
      for (let t = 0; t < ENTITY_TYPE_COUNT; t++) tally.types[t] -= typeShare[w * ENTITY_TYPE_COUNT + t];
    }
    const n = state.list.length;
    this.chars -= n === 0 ? 1 : state.list[n - 1].end;
    for (const text of state.capitals.keys()) {
      const where = this.capitals.get(text);
      if (!where) continue;
      where.delete(state);
      if (where.size === 0) this.capitals.delete(text);
    }
    // Unlink it from the states of its token list.
    let head = this.byList.get(state.list);
    if (head === state) {
      if (state.twin) this.byList.set(state.list, state.twin);
      else this.byList.delete(state.list);
    } else {
      while (head && head.twin !== state) head = head.twin;
      if (head) head.twin = state.twin;
    }
  }

  /** Adds (sign 1) or takes out (-1) a paragraph's share of the document bits and its candidate words. */
  private share(state: ParagraphState, sign: 1 | -1): void {
    const { words, lowerCounts, midCapCounts } = state;
    for (let w = 0; w < words.length; w++) {
      const tally = words[w];
      this.touch(tally);
      tally.lower += sign * lowerCounts[w];
      tally.midCap += sign * midCapCounts[w];
    }
    for (const tally of state.candidateWords) {
      this.touch(tally);
      if (sign > 0) tally.paragraphs.add(state);
      else tally.paragraphs.delete(state);
    }
  }

  /** Stage 1's type counts of a paragraph's candidate words again, after its stage 1 changed. */
  private retallyTypes(state: ParagraphState): void {
    const { candidateWords, tallies, firstLabels, typeShare } = state;
    const fresh = new Int32Array(typeShare.length);
    const slot = new Map<WordTally, number>();
    for (let w = 0; w < candidateWords.length; w++) slot.set(candidateWords[w], w);
    for (let i = 0; i < tallies.length; i++) {
      const tally = tallies[i];
      if (!tally || firstLabels[i] <= 0) continue;
      fresh[(slot.get(tally) as number) * ENTITY_TYPE_COUNT + ((firstLabels[i] - 1) >> 1)]++;
    }
    for (let w = 0; w < candidateWords.length; w++) {
      const tally = candidateWords[w];
      let differs = false;
      for (let t = 0; t < ENTITY_TYPE_COUNT; t++) if (fresh[w * ENTITY_TYPE_COUNT + t] !== typeShare[w * ENTITY_TYPE_COUNT + t]) differs = true;
      if (!differs) continue;
      this.touch(tally);
      for (let t = 0; t < ENTITY_TYPE_COUNT; t++) tally.types[t] += fresh[w * ENTITY_TYPE_COUNT + t] - typeShare[w * ENTITY_TYPE_COUNT + t];
    }
    state.typeShare = fresh;
  }

  /** Marks the paragraphs of the words whose document bits (or stage-1 evidence) changed in this run. */
  private markChanged(epoch: number, bits: boolean): void {
    for (const tally of this.touched) {
      if (bits ? bitsOf(tally) === tally.bitsBefore : typesOf(tally) === tally.typesBefore) continue;
      for (const state of tally.paragraphs) {
        if (bits ? state.checkBits === epoch : state.checkEvidence === epoch) continue;
        if (bits) state.checkBits = epoch;
        else state.checkEvidence = epoch;
        this.dirty.push(state);
      }
    }
  }

  /** Brings the sentence's document bits up to date; whether they changed. */
  private updateBits(state: ParagraphState, from: number, to: number): boolean {
    const { bits, tallies } = state;
    let changed = false;
    for (let i = from; i < to; i++) {
      const tally = tallies[i];
      const b = tally ? bitsOf(tally) : 0;
      if (bits[i] !== b) {
        bits[i] = b;
        changed = true;
      }
    }
    return changed;
  }

  /** Brings the sentence's stage-2 evidence up to date (FeatureExtractor.addFirstStage); whether it changed. */
  private updateEvidence(state: ParagraphState, from: number, to: number): boolean {
    const { secondEvidence, tallies, firstLabels } = state;
    let changed = false;
    for (let i = from; i < to; i++) {
      const tally = tallies[i];
      let e = 0;
      if (tally) {
        const label = firstLabels[i];
        const own = label > 0 ? (label - 1) >> 1 : -1;
        let counts = 0;
        for (let t = 0; t < ENTITY_TYPE_COUNT; t++) counts |= Math.min(tally.types[t] - (t === own ? 1 : 0), 3) << (2 * t);
        e = (label << 8) | counts;
      }
      if (secondEvidence[i] !== e) {
        secondEvidence[i] = e;
        changed = true;
      }
    }
    return changed;
  }

  private prepared(state: ParagraphState): PreparedDocument {
    const { profiles, context, placeTags, candidates, skip } = state.evidence;
    return { profiles, context, docBits: state.bits, placeTags, candidates, skip, firstStage: null };
  }

  private tallyOf(entry: WordEntry): WordTally {
    let tally = this.tallies.get(entry);
    if (!tally) {
      tally = { entry, lower: 0, midCap: 0, types: new Int32Array(ENTITY_TYPE_COUNT), paragraphs: new Set(), touched: 0, bitsBefore: 0, typesBefore: 0 };
      this.tallies.set(entry, tally);
    }
    return tally;
  }

  /** Remembers what the tagger read of a tally before its first change in this run. */
  private touch(tally: WordTally): void {
    if (tally.touched === this.epoch) return;
    tally.touched = this.epoch;
    tally.bitsBefore = bitsOf(tally);
    tally.typesBefore = typesOf(tally);
    this.touched.push(tally);
  }
}

/**
 * Whether the paragraphs within PARAGRAPH_REACH tokens before or after paragraph p (or the
 * characters between it and them) are not those its mentions were gathered with: then the
 * mentions of its sentences within that reach of the changed side, which its rules may have
 * read past it, are to be read again ("\nWR Hs" then "by\nWR Hs" makes the name a
 * journalist's: isCredited). Most edits change one paragraph, so this reads again the
 * sentences at its neighbours' near edges only.
 */
function neighboursChanged(state: ParagraphState, lists: readonly (readonly Token[])[], paragraphs: readonly TextBlock[], p: number): boolean {
  const gapBefore = p > 0 ? paragraphs[p].start - paragraphs[p - 1].end : -1;
  const gapAfter = p + 1 < paragraphs.length ? paragraphs[p + 1].start - paragraphs[p].end : -1;
  const beforeChanged = gapBefore !== state.gapBefore || !sameNeighbours(state.before, lists, p, -1);
  const afterChanged = gapAfter !== state.gapAfter || !sameNeighbours(state.after, lists, p, 1);
  if (!beforeChanged && !afterChanged) return false;
  if (beforeChanged) {
    state.before = neighbours(lists, p, -1);
    state.gapBefore = gapBefore;
  }
  if (afterChanged) {
    state.after = neighbours(lists, p, 1);
    state.gapAfter = gapAfter;
  }
  const n = state.list.length;
  for (let k = 0; 2 * k < state.bounds.length; k++) {
    if ((beforeChanged && state.bounds[2 * k] < PARAGRAPH_REACH) || (afterChanged && state.bounds[2 * k + 1] > n - PARAGRAPH_REACH)) {
      // Read again; the mentions found the same are kept as the same objects.
      state.mentionContext[k] = NO_CONTEXT;
    }
  }
  return true;
}

/** The paragraphs from p's neighbour on side `step` (-1, 1) on, nearest first, until PARAGRAPH_REACH tokens. */
function neighbours(lists: readonly (readonly Token[])[], p: number, step: -1 | 1): (readonly Token[])[] {
  const out: (readonly Token[])[] = [];
  let tokens = 0;
  for (let q = p + step; q >= 0 && q < lists.length && tokens < PARAGRAPH_REACH; q += step) {
    out.push(lists[q]);
    tokens += lists[q].length;
  }
  return out;
}

/** Whether `kept` are the paragraphs neighbours(lists, p, step) finds, without making the list. */
function sameNeighbours(kept: readonly (readonly Token[])[], lists: readonly (readonly Token[])[], p: number, step: -1 | 1): boolean {
  let tokens = 0;
  let i = 0;
  for (let q = p + step; q >= 0 && q < lists.length && tokens < PARAGRAPH_REACH; q += step, i++) {
    if (kept[i] !== lists[q]) return false;
    tokens += lists[q].length;
  }
  return i === kept.length;
}

/** A surname in capitals: its other spelling. */
const inCapitals = cachedByText((surname: string): string => surname.toUpperCase());

/** A sentence's mention with its offsets moved by `shift`, every other field kept (name, body, kin, generation were lost when listed by hand). */
function moved(m: NameMention, shift: number): NameMention {
  return { ...m, start: m.start + shift, end: m.end + shift };
}

function hasLabel(labels: Int32Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (labels[i] !== 0) return true;
  return false;
}

/** WordEntry.seen of documentStatistics: 1 if the word occurs in lower case, 2 if capitalized mid-sentence. */
function bitsOf(tally: WordTally): number {
  return (tally.lower > 0 ? 1 : 0) | (tally.midCap > 0 ? 2 : 0);
}

/** The type counts as far as the evidence reads them (it caps each at 3 after taking out the token's own label). */
function typesOf(tally: WordTally): number {
  let packed = 0;
  for (let t = 0; t < ENTITY_TYPE_COUNT; t++) packed |= Math.min(tally.types[t], 4) << (3 * t);
  return packed;
}

function isEmpty(tally: WordTally): boolean {
  return tally.lower === 0 && tally.midCap === 0 && tally.paragraphs.size === 0 && typesOf(tally) === 0;
}

/**
 * Whether sentenceMentions may read past the sentence of tokens [from, to) of `list` with
 * these labels: for a name that ends the sentence (a comma after it makes an opening
 * adverb), or a state's postal code as its first or second token (a comma and a town
 * before it). Indices relative to the paragraph.
 */
function readsPastSentence(labels: Int32Array, list: readonly Token[], from: number, to: number): boolean {
  if (labels[to - 1] !== 0) return true;
  // Letters or a rank opening a name that opens the sentence: the token before is read (tokenBeforeAsRead).
  if (labels[from] !== 0 && readsTokenBefore(list[from].text)) return true;
  if (labels[from] !== 0 && US_POSTAL_CODES.has(list[from].text)) return true;
  return from + 1 < to && labels[from + 1] !== 0 && US_POSTAL_CODES.has(list[from + 1].text);
}

/**
 * What sentenceMentions reads past the sentence: whether a comma follows it (an opening
 * adverb), whether a capitalized word does (a rank word ending the sentence is no name
 * before a name: styledPersonSpan, "Police Constable" then "Baines came" in the next
 * paragraph), the two tokens before it when a comma stands there (a state's postal code
 * after a town: "Berea, OH"), and the token before letters or a rank opening it
 * (tokenBeforeAsRead: "Richard Marks" then "KC told" on the next line).
 */
function contextAround(tokens: readonly Token[], s: Sentence): number {
  let around = tokens[s.tokenEnd]?.text === ',' ? 1 : isCapitalizedWord(tokens[s.tokenEnd]) ? 16 : 0;
  const before = tokens[s.tokenStart - 1];
  if (before?.text === ',') around |= 2 | (isCapitalizedWord(tokens[s.tokenStart - 2]) ? 4 : 0);
  if (tokens[s.tokenStart].text === ',' && isCapitalizedWord(before)) around |= 8;
  return around | (tokenBeforeAsRead(tokens, s.tokenStart) << 5);
}




function sameBounds(bounds: Int32Array, sentences: readonly Sentence[], from: number, to: number, offset: number): boolean {
  if (bounds.length !== 2 * (to - from)) return false;
  for (let k = from; k < to; k++) {
    if (bounds[2 * (k - from)] !== sentences[k].tokenStart - offset || bounds[2 * (k - from) + 1] !== sentences[k].tokenEnd - offset) return false;
  }
  return true;
}

/** Whether two lists of a sentence's mentions hold the same values. */
function sameMentions(a: readonly NameMention[], b: readonly NameMention[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameKeys(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const k of b) if (!a.has(k)) return false;
  return true;
}
