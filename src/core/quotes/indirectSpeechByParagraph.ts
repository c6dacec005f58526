import type { AnalyzedText } from '../text/analyzedText';
import { tokenIndexAtGuess } from '../text/nearbyTokenSearch';
import type { Sentence } from '../text/sentences';
import type { Memo } from '../incremental/memo';
import { paragraphKey } from '../incremental/paragraphIds';
import type { FoundQuote } from './quoteFinder';
import { findIndirectSpeech } from './indirectSpeechFinder';
import { shiftedCue } from './shiftedCue';
import type { SpeechCue } from './speechCues';
import type { Token } from '../text/tokenizer';
import { RecentRuns } from '../incremental/recentRuns';
import { keptEnds } from '../incremental/keptEnds';

/** A paragraph's reported speech, offsets and token indices relative to the paragraph. */
export type ParagraphSpeech = readonly FoundQuote[];

/**
 * Reported speech (indirectSpeechFinder.ts) read paragraph by paragraph: a paragraph's
 * clauses depend only on its own text and on where direct quotes cover it, so the
 * incremental annotator keeps them by exactly that and reads again only the paragraphs an
 * edit touched. Run the same way with or without a memo, so both give the same result.
 */
export function findIndirectSpeechByParagraph(doc: AnalyzedText, marked: readonly FoundQuote[], memo?: Memo<ParagraphSpeech>, last?: LastSpeech): FoundQuote[] {
  const direct = marked.filter((q) => q.kind === 'direct');
  const out: FoundQuote[] = [];
  const lists = doc.paragraphTokens;
  const taken = last && lists ? new TakenByPlace(last, doc.text, lists) : undefined;
  let d = 0;
  // The paragraph's first token: counted along when the tokens came paragraph by paragraph,
  // else found by a search from the last paragraph's end (nearbyTokenSearch.ts); its
  // sentences are walked along with the paragraphs, which are in text order.
  let token = 0;
  const walk: Walk = { sentence: 0, token: 0 };
  for (let p = 0; p < doc.paragraphs.length; token += lists ? lists[p].length : 0, p++) {
    const para = doc.paragraphs[p];
    const length = para.end - para.start;
    while (d < direct.length && direct[d].end <= para.start) d++;
    // The direct quotes over the paragraph, clipped to it: a quote running on from an
    // earlier paragraph counts only for the part it covers here. Most paragraphs have none,
    // and then neither a list nor a key of them is built.
    let covered: Covered[] = NONE;
    let coveredKey = '';
    for (let k = d; k < direct.length && direct[k].start < para.end; k++) {
      const start = Math.max(0, direct[k].start - para.start);
      const end = Math.min(length, direct[k].end - para.start);
      if (end <= start) continue;
      if (covered === NONE) covered = [];
      // In the text's offsets, as the paragraph's slice (paragraphSlice) has them; the finder
      // reads no more of a direct quote than where it lies.
      covered.push({ start: start + para.start, end: end + para.start });
      coveredKey += `${start},${end};`;
    }
    // No token stands between two paragraphs: mostly, this one starts where the last ended.
    const first = lists ? token : tokenIndexAtGuess(doc, para.start, walk.token);
    const remembered = taken?.speechOf(p, coveredKey) ?? memo?.get(coveredKey ? paragraphKey(doc, p) + coveredKey : paragraphKey(doc, p));
    if (remembered) {
      taken?.record(p, coveredKey, remembered);
      for (const q of placedAt(remembered, para.start, first, p)) out.push(q);
      continue;
    }
    // Found in the text's offsets, with token indices from the paragraph's first token.
    const found = findIndirectSpeech(paragraphSlice(doc, p, first, lists ? first + lists[p].length : -1, walk), covered);
    // The memo keeps them by the paragraph's text, so relative to the paragraph's start.
    if (memo) {
      const relative = found.map((q) => shifted(q, -para.start, 0, p));
      memo.set(coveredKey ? paragraphKey(doc, p) + coveredKey : paragraphKey(doc, p), relative, length);
      taken?.record(p, coveredKey, relative);
    }
    // Made by this call and handed out once (the memo keeps the copies made above): moved where they stand, not copied.
    placeFound(found, first, p);
    for (const q of found) out.push(q);
  }
  taken?.finish();
  return out;
}

/** One call's reported speech of each paragraph (relative to it), with its token list and the direct quotes' cover (coveredKey). */
export interface SpeechRun {
  text: string;
  lists: readonly (readonly Token[])[];
  covered: string[];
  speech: ParagraphSpeech[];
}

/** The last versions' runs; `hits` counts the paragraphs whose speech was taken from one by place. */
export class LastSpeech extends RecentRuns<SpeechRun> {}

/**
 * The speech of the last version's paragraphs by their place: a paragraph with the same
 * token list (the same text) at the same place from the start, or from the end, and
 * covered by direct quotes in the same places, has the speech that version found in it, as
 * a memo look-up by its key would give, without the look-up (a hash of the key and a
 * stamp of the entry, for every paragraph on every keystroke). Its run needs the
 * incremental analysis's token lists and is kept only when every paragraph was recorded.
 * Entries taken this way are not stamped in the memo, which may then forget them first:
 * a paragraph the run no longer covers is read again, to the same result.
 */
class TakenByPlace {
  private readonly run: SpeechRun | undefined;
  private readonly before: number = 0;
  private readonly after: number = 0;
  private readonly next: SpeechRun;
  private recorded = 0;

  constructor(private readonly last: LastSpeech, text: string, private readonly lists: readonly (readonly Token[])[]) {
    this.run = last.closest(text)?.run;
    this.next = { text, lists, covered: new Array(lists.length), speech: new Array(lists.length) };
    const old = this.run?.lists;
    if (!old) return;
    ({ start: this.before, end: this.after } = keptEnds(old, lists));
  }

  speechOf(p: number, coveredKey: string): ParagraphSpeech | undefined {
    const run = this.run;
    if (!run) return undefined;
    const q = p < this.before ? p : p >= this.lists.length - this.after ? p - this.lists.length + run.lists.length : -1;
    if (q < 0 || run.covered[q] !== coveredKey) return undefined;
    this.last.hits++;
    return run.speech[q];
  }

  record(p: number, coveredKey: string, speech: ParagraphSpeech): void {
    this.next.covered[p] = coveredKey;
    this.next.speech[p] = speech;
    this.recorded++;
  }

  finish(): void {
    if (this.recorded === this.lists.length) this.last.keep(this.next, this.run);
  }
}

/**
 * One paragraph of the text as a text of its own, for the finder: its tokens and sentences
 * only (token indices from its first token), so that the finder cannot read past it and its
 * result is a function of the paragraph's text and of where quotes cover it. Unlike a view
 * with offsets from the paragraph's start, the tokens are the text's own objects, not
 * copies: copying every token of the text was most of this stage's allocation. Every reading of the finder depends on offsets only through their differences
 * and the text at them, so its clauses are those of the paragraph's view, moved by the
 * paragraph's start.
 */
function paragraphSlice(doc: AnalyzedText, p: number, first: number, known: number, walk: Walk): AnalyzedText {
  const para = doc.paragraphs[p];
  const sentences: Sentence[] = [];
  let i = walk.sentence;
  while (i < doc.sentences.length && doc.sentences[i].start < para.start) i++;
  for (; i < doc.sentences.length && doc.sentences[i].start < para.end; i++) {
    const s = doc.sentences[i];
    sentences.push({ start: s.start, end: s.end, tokenStart: s.tokenStart - first, tokenEnd: s.tokenEnd - first });
  }
  walk.sentence = i;
  // The paragraph's end: where its last sentence's tokens end, as a rule (checked).
  const guess = sentences.length ? sentences[sentences.length - 1].tokenEnd + first : first;
  const last = known >= 0 ? known : tokenIndexAtGuess(doc, para.end, guess);
  walk.token = last;
  return { text: doc.text, tokens: doc.tokens.slice(first, last), paragraphs: [{ start: para.start, end: para.end }], sentences };
}

/** Where the walk over the text's sentences has come to (each is passed once per call), and the last paragraph's end token. */
interface Walk {
  sentence: number;
  token: number;
}

/** Where a direct quote covers a paragraph. */
interface Covered {
  start: number;
  end: number;
}

const NONE: Covered[] = [];

/**
 * A memo's clauses of a paragraph as last placed in a text. A paragraph before the edit
 * stands where it stood, and hands out the same clauses again (no later step changes a
 * clause it is given: quoteFinder's untangle copies the ones it trims) rather than new
 * copies of every reported clause of the text on every keystroke.
 */
const placements = new WeakMap<ParagraphSpeech, { offset: number; token: number; paragraph: number; clauses: FoundQuote[] }>();

function placedAt(remembered: ParagraphSpeech, offset: number, token: number, paragraph: number): readonly FoundQuote[] {
  // Most paragraphs report no speech.
  if (remembered.length === 0) return remembered;
  const last = placements.get(remembered);
  if (last && last.offset === offset && last.token === token && last.paragraph === paragraph) return last.clauses;
  const clauses = remembered.map((q) => shifted(q, offset, token, paragraph));
  placements.set(remembered, { offset, token, paragraph, clauses });
  return clauses;
}

/**
 * The clauses the finder just read on a paragraph's slice (token indices from the paragraph's
 * first token), put into the whole text as they stand: what shifted() gives by tokens, with no
 * copy of every clause, cue and subject. A cue or a subject that two clauses share is moved once.
 */
function placeFound(found: readonly FoundQuote[], token: number, paragraph: number): void {
  let moved: Set<object> | undefined;
  const move = (c: SpeechCue | null): void => {
    if (c === null || (moved ??= new Set()).has(c)) return;
    moved.add(c);
    c.verbToken += token;
    const s = c.subject;
    if (s === null || moved.has(s)) return;
    moved.add(s);
    s.tokenStart += token;
    s.tokenEnd += token;
    if (s.relative !== undefined) s.relative += token;
  };
  for (const q of found) {
    q.paragraph = paragraph;
    if (token === 0) continue;
    move(q.cueAfter);
    move(q.cueBefore);
    if (q.cues !== undefined) for (const c of q.cues) move(c);
  }
}

// The offsets, token indices and paragraph moved, every other field kept: listed by hand, as
// shiftedCue's copies are (a spread copy cost twice as much), the optional ones set only where
// present. A field added to FoundQuote must be added here too (test/unit/shiftedCue.test.ts
// fails to compile until it is); a field lost here once (the clause's `cues`, kept unmoved) made
// the editor's annotations differ from a fresh annotate()'s. Only the paragraphs after an edit
// are placed again (placedAt), each reported clause once.
export function shifted(q: FoundQuote, offset: number, token: number, paragraph: number): FoundQuote {
  const cueAfter = shiftedCue(q.cueAfter, offset, token);
  const cueBefore = shiftedCue(q.cueBefore, offset, token);
  const out: FoundQuote = {
    start: q.start + offset,
    end: q.end + offset,
    contentStart: q.contentStart + offset,
    contentEnd: q.contentEnd + offset,
    paragraphs: q.paragraphs,
    closed: q.closed,
    kind: q.kind,
    cueBefore,
    cueAfter,
    paragraph,
  };
  if (q.anonymous !== undefined) out.anonymous = q.anonymous;
  if (q.cues !== undefined) out.cues = q.cues.map((c) => (c === null ? c : c === q.cueAfter ? cueAfter : c === q.cueBefore ? cueBefore : shiftedCue(c, offset, token)));
  return out;
}
