import type { Annotations, Quote, QuoteKind } from '../core/types';
import { speakerLabel } from '../core/quotes/speakerLabel';

/** One quote as the Outline view, breadcrumbs and Go to Symbol show it. */
export interface OutlineEntry {
  /** Who said it: what an editor scans the outline for. */
  name: string;
  /** The kind of quote and its opening words. */
  detail: string;
  kind: QuoteKind;
  /** The quote with its attribution, so that the breadcrumbs name the speaker there too. */
  start: number;
  end: number;
  /** The quote itself: where Go to Symbol puts the cursor. */
  selection: { start: number; end: number };
  /** Partial quotes inside a reported clause. */
  children: OutlineEntry[];
}

const EXCERPT = 48;
const KIND_WORDS: Record<QuoteKind, string> = { direct: 'quote', partial: 'partial quote', indirect: 'reported' };

function excerpt(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

function entryOf(q: Quote): OutlineEntry {
  const speaker = speakerLabel(q);
  const parts = [q, q.speakerMention, q.cue].filter((s): s is NonNullable<typeof s> => s !== null);
  return {
    name: !speaker ? 'No speaker found' : speaker.named ? speaker.text : `${speaker.text} (no name given)`,
    detail: `${KIND_WORDS[q.kind]} · ${excerpt(q.text)}`,
    kind: q.kind,
    start: Math.min(...parts.map((s) => s.start)),
    end: Math.max(...parts.map((s) => s.end)),
    selection: { start: q.start, end: q.end },
    children: [],
  };
}

/**
 * As many quotes as an outline is read for. A 1.5 MB file of wire copy holds 17,000, and
 * handing VS Code that many symbols stalls the extension host for seconds.
 */
export const MAX_OUTLINE_QUOTES = 1000;

/**
 * The article's quotes in text order (the first `limit`), a quote lying inside an earlier
 * one nested under it.
 */
export function quoteOutline(a: Annotations, limit = MAX_OUTLINE_QUOTES): OutlineEntry[] {
  const top: OutlineEntry[] = [];
  const quotes = [...a.quotes].sort((x, y) => x.start - y.start || y.end - x.end);
  for (const q of quotes.slice(0, limit)) {
    const entry = entryOf(q);
    const parent = top[top.length - 1];
    if (parent && q.start >= parent.selection.start && q.end <= parent.selection.end) {
      parent.children.push(entry);
      // A child's attribution may lie outside its parent; the parent's range must hold it.
      parent.start = Math.min(parent.start, entry.start);
      parent.end = Math.max(parent.end, entry.end);
    } else top.push(entry);
  }
  return top;
}
