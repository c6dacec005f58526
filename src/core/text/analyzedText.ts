import { splitParagraphs, type TextBlock } from './paragraphs';
import { isCloser, splitSentences, startsSentence, type Sentence } from './sentences';
import { tokenize, type Token } from './tokenizer';
import { firstStartingFrom } from './sortedSearch';
import { EditedRange, SortedLookup } from '../incremental/editedRange';
import { refilled } from './refilledTokens';

/** The text with its tokens, sentences and paragraphs, computed once per annotation. */
export interface AnalyzedText {
  text: string;
  tokens: Token[];
  paragraphs: TextBlock[];
  sentences: Sentence[];
  /**
   * When the tokens came paragraph by paragraph from a memo (the incremental annotator):
   * each paragraph's token list as the memo returned it, offsets relative to the
   * paragraph. The same list object means the same paragraph text, so finders may keep
   * paragraph-local work by the list's identity.
   */
  paragraphTokens?: readonly (readonly Token[])[];
}

/** What the next version's analysis diffs against: the text and its paragraphs' token lists (tokens and sentences are moved by later analyses, so they are not kept). */
export type AnalysisRun = Pick<AnalyzedText, 'text' | 'paragraphs' | 'paragraphTokens'>;

/**
 * Where the incremental annotator gets a paragraph's tokens: `tokensOf` returns them with
 * offsets relative to the paragraph (a memo of them); `previous` is the analysis of the
 * version before the edit, whose paragraphs outside the edited range serve again without
 * their text being sliced and looked up (hashing every paragraph of a long text cost more
 * than the rest of the analysis); `reused` counts those.
 */
export interface TokenSource {
  tokensOf(paragraph: string): readonly Token[];
  previous?: AnalysisRun;
  /** The diff of `previous` and the text, when the caller has it already. */
  edit?: EditedRange;
  reused?(): void;
}

/**
 * The text analysed; with a `source`, paragraph by paragraph. The result is the same
 * either way: no token crosses a line break or the blanks trimmed off a paragraph's
 * ends, so the text's tokens are its paragraphs' tokens in order, and no sentence
 * crosses a paragraph (sentences.ts), so its sentences are its paragraphs' sentences.
 */
export function analyzeText(text: string, source?: TokenSource): AnalyzedText {
  const paragraphs = splitParagraphs(text);
  if (!source) {
    const tokens = tokenize(text);
    return { text, tokens, paragraphs, sentences: splitSentences(tokens, paragraphs) };
  }
  const lists = paragraphLists(text, paragraphs, source);
  const { tokens, sentences } = placeParagraphs(paragraphs, lists);
  return { text, tokens, paragraphs, sentences, paragraphTokens: lists };
}

/**
 * Each paragraph's token list: a paragraph wholly inside the text both versions share at
 * their start, or at their end, is the previous version's paragraph with the same bounds
 * (shifted by the edit's length change at the end), and takes its list; the others are
 * looked up by their text.
 */
function paragraphLists(text: string, paragraphs: readonly TextBlock[], source: TokenSource): (readonly Token[])[] {
  const previous = source.previous;
  const lookUp = (p: TextBlock): readonly Token[] => source.tokensOf(text.slice(p.start, p.end));
  const before = previous?.paragraphTokens;
  if (!previous || !before) return paragraphs.map(lookUp);
  const edit = source.edit ?? EditedRange.between(previous.text, text);
  const old = new SortedLookup(previous.paragraphs, (p) => p);
  return paragraphs.map((p) => {
    const moved = edit.movedBy(p.start, p.end);
    const j = moved === null ? -1 : old.indexOf(p.start - moved, p.end - moved);
    if (j < 0) return lookUp(p);
    source.reused?.();
    return before[j];
  });
}

/**
 * A token list's tokens and sentences as last placed in a text: at character offset `at`,
 * its first token being the text's token `tokenAt`. After an edit, every paragraph before it
 * stays where it was, and its tokens and sentences serve again; a paragraph after it has
 * moved, and they are moved where they are (offsets and token indices shifted in place)
 * rather than built again: typing in a long text would otherwise rebuild half of them on
 * every keystroke. These objects thus belong to the latest analysis that placed them,
 * which no finder keeps past its call, and so does the array of the text's tokens
 * (tokenArray). The same paragraph twice in one text ("Advertisement", a repeated
 * credit line) has a placement of its own for each time it occurs, chained by `twin`,
 * so that the second one is moved too rather than copied on every keystroke.
 * Entries go with the memo's token lists. The sentences also depend on whether the next
 * paragraph's first word can open a sentence (sentences.ts), and are split again when that
 * changes.
 */
interface Placement {
  at: number;
  tokenAt: number;
  tokens: Token[];
  sentences: Sentence[];
  nextStartsSentence: boolean;
  analysis: number;
  /** The placement of the list's next occurrence in the text, if it occurs again. */
  twin?: Placement;
}

const placements = new WeakMap<readonly Token[], Placement>();
let analysis = 0;

/**
 * The token array of the latest analysis, which the next one fills again (refilledTokens.ts):
 * like the tokens in it, it belongs to the latest analysis.
 */
let placedTokens: Token[] | null = null;
/**
 * The analysis that last filled placedTokens (0: none since it was made). While it is the one
 * before, a placement that it placed and that stands at the same token index now finds its
 * tokens in their slots already: every paragraph before an edit, and after it too when the
 * edit left the number of tokens as it was (typing inside a word).
 */
let filledBy = 0;

/** Lets the token array go (Annotator.clear): the next analysis makes a new one. */
export function releaseTokenArray(): void {
  placedTokens = null;
}

function tokenArray(n: number): Token[] {
  if (placedTokens === null) {
    filledBy = 0;
    return (placedTokens = new Array(n));
  }
  placedTokens.length = n;
  refilled(placedTokens);
  return placedTokens;
}

function placeParagraphs(paragraphs: readonly TextBlock[], lists: readonly (readonly Token[])[]): { tokens: Token[]; sentences: Sentence[] } {
  let n = 0;
  for (const list of lists) n += list.length;
  const tokens = tokenArray(n);
  const sentences: Sentence[] = [];
  const nextStarts = nextStartsSentence(lists);
  const current = ++analysis;
  const filledBefore = filledBy === current - 1;
  let k = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const at = paragraphs[p].start;
    const list = lists[p];
    // The first placement of the list this analysis has not placed yet, else a new one at the chain's end.
    let placed = placements.get(list);
    let last: Placement | undefined;
    while (placed && placed.analysis === current) {
      last = placed;
      placed = placed.twin;
    }
    if (!placed) {
      placed = placement(list, at, k, nextStarts[p], current);
      if (last) last.twin = placed;
      else placements.set(list, placed);
    } else {
      const inSlots = filledBefore && placed.analysis === current - 1 && placed.tokenAt === k;
      moveBy(placed, at - placed.at, k - placed.tokenAt);
      if (placed.nextStartsSentence !== nextStarts[p]) placed.sentences = placedSentences(list, at, k, (placed.nextStartsSentence = nextStarts[p]));
      placed.analysis = current;
      if (inSlots) {
        k += placed.tokens.length;
        for (const s of placed.sentences) sentences.push(s);
        continue;
      }
    }
    // Written only where it differs: the array outlives its tokens' first scavenges, and
    // each young token stored into it is a slot for the next scavenge to visit.
    for (const t of placed.tokens) {
      if (tokens[k] !== t) tokens[k] = t;
      k++;
    }
    for (const s of placed.sentences) sentences.push(s);
  }
  filledBy = current;
  return { tokens, sentences };
}

/** For each paragraph, whether the first word after it (past closing marks) can open a sentence. */
function nextStartsSentence(lists: readonly (readonly Token[])[]): boolean[] {
  const out: boolean[] = new Array(lists.length);
  let next = true;
  for (let p = lists.length - 1; p >= 0; p--) {
    out[p] = next;
    next = opensSentence(lists[p]) ?? next;
  }
  return out;
}

/**
 * Whether a paragraph's first word past closing marks can open a sentence; null when it
 * has none. Kept by token list: asked of every paragraph on every keystroke.
 */
const opens = new WeakMap<readonly Token[], boolean | null>();

export function opensSentence(list: readonly Token[]): boolean | null {
  let answer = opens.get(list);
  if (answer === undefined) {
    const first = list.find((t) => !isCloser(t));
    answer = first ? startsSentence(first) : null;
    opens.set(list, answer);
  }
  return answer;
}

function placement(list: readonly Token[], at: number, tokenAt: number, nextStarts: boolean, current: number): Placement {
  const tokens = list.map((t) => ({ ...t, start: t.start + at, end: t.end + at }));
  return { at, tokenAt, tokens, sentences: placedSentences(list, at, tokenAt, nextStarts), nextStartsSentence: nextStarts, analysis: current };
}

function placedSentences(list: readonly Token[], at: number, tokenAt: number, nextStarts: boolean): Sentence[] {
  const sentences = splitSentences(list as Token[], [{ start: 0, end: Number.MAX_SAFE_INTEGER }], nextStarts);
  for (const s of sentences) {
    s.start += at;
    s.end += at;
    s.tokenStart += tokenAt;
    s.tokenEnd += tokenAt;
  }
  return sentences;
}

function moveBy(placed: Placement, chars: number, tokenCount: number): void {
  if (chars !== 0) {
    for (const t of placed.tokens) {
      t.start += chars;
      t.end += chars;
    }
    for (const s of placed.sentences) {
      s.start += chars;
      s.end += chars;
    }
    placed.at += chars;
  }
  if (tokenCount !== 0) {
    for (const s of placed.sentences) {
      s.tokenStart += tokenCount;
      s.tokenEnd += tokenCount;
    }
    placed.tokenAt += tokenCount;
  }
}

/** Index of the sentence containing `offset` (binary search), or -1. */
export function sentenceIndexAt(doc: AnalyzedText, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first token whose start is >= offset. */
export function tokenIndexAt(doc: AnalyzedText, offset: number): number {
  return firstStartingFrom(doc.tokens, offset);
}
