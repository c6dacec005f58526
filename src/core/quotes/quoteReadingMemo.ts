import type { AnalyzedText } from '../text/analyzedText';
import { tokenIndexAt } from '../text/analyzedText';
import type { QuoteKind } from '../types';
import type { Memo } from '../incremental/memo';
import { paragraphId } from '../incremental/paragraphIds';
import type { QuotedSpan } from './quotedSpans';
import type { SpeechCue } from './speechCues';
import { shiftedCue } from './shiftedCue';
import { EditedRange, SortedLookup } from '../incremental/editedRange';
import type { RecentRuns } from '../incremental/recentRuns';

/** What the quote finder reads at one quotation: its cues and what kind of quote it is. */
export interface QuoteReading {
  cueAfter: SpeechCue | null;
  cueBefore: SpeechCue | null;
  kind: QuoteKind | null;
  /** The cues that may name its speaker (attributionCues.ts), read from the quote's paragraphs and the line after. */
  cues: ReadonlyArray<SpeechCue | null>;
}

/** Where the reading of one quotation looks: the span, the bounds of its cue search, and what it takes from the rest of the text. */
export interface QuoteSite {
  span: QuotedSpan;
  /** First and last paragraph of the span. */
  paragraph: number;
  lastParagraph: number;
  floor: number;
  limit: number;
  secondHalf: boolean;
  /** The one fact about the whole text the reading uses (quoteClassifier's quotesWithDoubleMarks). */
  doubleMarks: boolean;
}

// The cue finders and the classifier read a few tokens and characters past the bounds of
// their search (a word before the clause start, the mark before a quote, a heading in
// capitals up to 24 characters back). A key covers the quote's paragraphs and at least this
// much on each side, in whole paragraphs, so that everything a reading can see is in it.
const MARGIN_TOKENS = 16;
const MARGIN_CHARS = 64;

/**
 * The reading of a quotation, remembered by the paragraphs around it (by paragraphId, with
 * the white space between them) and the quotation's place among them, so that after an
 * edit only the quotations whose surroundings changed are read again. Needs the token
 * lists of the incremental analyzer; without them every quotation is read afresh. With a
 * `session`, a quotation whose surroundings lie wholly outside the edited range is taken
 * from the last version's readings without its key being built and looked up.
 */
export function rememberedReading(doc: AnalyzedText, site: QuoteSite, read: () => QuoteReading, memo: Memo<QuoteReading>, session?: ReadingSession): QuoteReading {
  const lists = doc.paragraphTokens;
  if (!lists) return read();
  const { paragraphs, text } = doc;
  const from = widened(doc, lists, site.paragraph, -1);
  const to = widened(doc, lists, site.lastParagraph, 1);
  // What the reading can see: the text before the first paragraph and after the last is read only at the ends of the text.
  const region = { start: from === 0 ? 0 : paragraphs[from].start, end: to === paragraphs.length - 1 ? text.length : paragraphs[to].end };
  const kept = session?.kept(site, region);
  if (kept) return kept;
  const base = paragraphs[from].start;
  const parts: string[] = [];
  if (from === 0) parts.push(text.slice(0, base));
  for (let p = from; p <= to; p++) {
    parts.push(String(paragraphId(lists[p])));
    if (p < to) parts.push(text.slice(paragraphs[p].end, paragraphs[p + 1].start));
  }
  if (to === paragraphs.length - 1) parts.push(text.slice(paragraphs[to].end));
  const { span } = site;
  parts.push(
    `${site.paragraph - from} ${span.start - base} ${span.end - base} ${span.contentStart - base} ${span.contentEnd - base} ${span.paragraphs} ${span.closed ? 1 : 0}`,
    `${site.floor - base} ${site.limit - base} ${site.secondHalf ? 1 : 0}${site.doubleMarks ? 1 : 0}`,
  );
  const key = parts.join('\u0000');
  const token = tokenIndexAt(doc, base);
  const known = memo.get(key);
  const reading = known ? shiftedReading(known, base, token) : read();
  if (!known) memo.set(key, shiftedReading(reading, -base, -token));
  session?.record(site, region, reading);
  return reading;
}

/** A quotation's reading as the last version had it, with what it was read from. */
interface KeptReading {
  site: QuoteSite;
  region: { start: number; end: number };
  reading: QuoteReading;
}

/** The readings of one version, for the next call to diff against (RecentRuns keeps one per text an editor goes back and forth between). */
export interface ReadingRun {
  text: string;
  tokenCount: number;
  readings: KeptReading[];
}

/**
 * One quote finder call's view of the last readings: a quotation whose surroundings lie wholly
 * in the text an edit left at the start or at the end, at the same place among them and
 * with the same search bounds, has the reading it had, moved by the edit's length change
 * (and token count change) at the end. Call finish() to keep this call's readings.
 */
export class ReadingSession {
  private readonly edit: EditedRange | undefined;
  private readonly old: SortedLookup<KeptReading> | undefined;
  private readonly tokenShift: number;
  private readonly readings: KeptReading[] = [];

  private readonly run: ReadingRun | undefined;

  constructor(private readonly last: RecentRuns<ReadingRun>, private readonly doc: AnalyzedText) {
    const closest = last.closest(doc.text);
    const run = (this.run = closest?.run);
    if (closest && run) {
      this.edit = closest.edit;
      this.old = new SortedLookup(run.readings, (r) => r.site.span);
    }
    this.tokenShift = doc.tokens.length - (run?.tokenCount ?? 0);
  }

  kept(site: QuoteSite, region: { start: number; end: number }): QuoteReading | undefined {
    const moved = this.edit?.movedBy(region.start, region.end) ?? null;
    if (moved === null) return undefined;
    const { span } = site;
    const old = this.old?.find(span.start - moved, span.end - moved);
    if (!old || !sameSite(old, site, region, moved)) return undefined;
    // After the edit, token indices move by the change in token count, even when the length did not change.
    const tokens = this.edit?.isAfter(region.start) ? this.tokenShift : 0;
    this.last.hits++;
    // One that did not move is the same reading, given again (nothing changes a reading it
    // is given), and its record, equal to this site's in all sameSite compares, serves the
    // next call too: records outlive the call, and a new one per quotation was work for the GC.
    if (moved === 0 && tokens === 0) {
      this.readings.push(old);
      return old.reading;
    }
    const reading = shiftedReading(old.reading, moved, tokens);
    this.record(site, region, reading);
    return reading;
  }

  record(site: QuoteSite, region: { start: number; end: number }, reading: QuoteReading): void {
    this.readings.push({ site, region, reading });
  }

  finish(): void {
    this.last.keep({ text: this.doc.text, tokenCount: this.doc.tokens.length, readings: this.readings }, this.run);
  }
}

function sameSite(old: KeptReading, site: QuoteSite, region: { start: number; end: number }, moved: number): boolean {
  const a = old.site;
  const b = site;
  return old.region.start + moved === region.start && old.region.end + moved === region.end &&
    a.span.contentStart + moved === b.span.contentStart && a.span.contentEnd + moved === b.span.contentEnd &&
    a.span.paragraphs === b.span.paragraphs && a.span.closed === b.span.closed &&
    a.lastParagraph - a.paragraph === b.lastParagraph - b.paragraph &&
    a.floor + moved === b.floor && a.limit + moved === b.limit &&
    a.secondHalf === b.secondHalf && a.doubleMarks === b.doubleMarks;
}

/**
 * The reading placed `offset` characters and `token` tokens further on. The attribution cues
 * are mostly the cue after or before the quote itself (attributionCues.ts): those stay the
 * same objects as in the reading read afresh, rather than a second copy of each, made for
 * every quotation after an edit on every keystroke.
 */
export function shiftedReading(r: QuoteReading, offset: number, token: number): QuoteReading {
  const cueAfter = shiftedCue(r.cueAfter, offset, token);
  const cueBefore = shiftedCue(r.cueBefore, offset, token);
  // Listed by hand (test/unit/shiftedCue.test.ts checks every field is): a spread copy cost twice as much.
  return {
    kind: r.kind,
    cueAfter,
    cueBefore,
    cues: r.cues.map((c) => (c === null ? c : c === r.cueAfter ? cueAfter : c === r.cueBefore ? cueBefore : shiftedCue(c, offset, token))),
  };
}

/** The last paragraph reached from `p` in direction `step` once MARGIN_TOKENS and MARGIN_CHARS lie between (or the text's end). */
function widened(doc: AnalyzedText, lists: readonly (readonly unknown[])[], p: number, step: 1 | -1): number {
  const { paragraphs } = doc;
  for (let tokens = 0, chars = 0; p + step >= 0 && p + step < paragraphs.length && (tokens < MARGIN_TOKENS || chars < MARGIN_CHARS); ) {
    p += step;
    tokens += lists[p].length;
    chars += paragraphs[p].end - paragraphs[p].start;
  }
  return p;
}
