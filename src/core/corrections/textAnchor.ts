import type { TextAnchor } from './correctionTypes';

/** Characters of context kept on each side, as in Hypothesis's TextQuoteSelector. */
export const CONTEXT_LENGTH = 32;
/** Repeats of a short text examined at most (a two-letter exact can occur thousands of times). */
const MAX_CANDIDATES = 5000;
/** Context kept when re-finding a span whose own text was edited. */
const EDGE = 12;

export function anchorFor(text: string, start: number, end: number): TextAnchor {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
  };
}

export interface ResolvedAnchor {
  start: number;
  end: number;
  /** True when the text between the anchor's context was edited (the span was found by its surroundings). */
  changed: boolean;
}

/**
 * Finds the anchor in `text`: among the places where its exact text occurs, the one whose
 * surroundings agree best with the anchor's, then the one nearest the position hint. When
 * the exact text no longer occurs (an edit inside it), the span between its surroundings
 * is taken if both are still there and what lies between is of a plausible length.
 * Returns null when the text is gone.
 */
export function resolveAnchor(text: string, anchor: TextAnchor): ResolvedAnchor | null {
  if (!anchor.exact) return null;
  let best: { start: number; score: number; distance: number } | null = null;
  let seen = 0;
  for (let at = text.indexOf(anchor.exact); at !== -1 && seen < MAX_CANDIDATES; at = text.indexOf(anchor.exact, at + 1), seen++) {
    const score = commonSuffix(text, at, anchor.prefix) + commonPrefix(text, at + anchor.exact.length, anchor.suffix);
    const distance = Math.abs(at - anchor.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: at, score, distance };
  }
  if (best) return { start: best.start, end: best.start + anchor.exact.length, changed: false };
  return resolveBySurroundings(text, anchor);
}

function resolveBySurroundings(text: string, anchor: TextAnchor): ResolvedAnchor | null {
  const before = anchor.prefix.slice(-EDGE);
  const after = anchor.suffix.slice(0, EDGE);
  // Without context on both sides (start or end of the text) nothing bounds the span.
  if (!before || !after) return null;
  const maxGap = 2 * anchor.exact.length + 16;
  let best: ResolvedAnchor | null = null;
  let bestDistance = Infinity;
  let seen = 0;
  for (let at = text.indexOf(before); at !== -1 && seen < MAX_CANDIDATES; at = text.indexOf(before, at + 1), seen++) {
    const start = at + before.length;
    const gap = text.slice(start, start + maxGap + after.length).indexOf(after);
    if (gap === -1) continue;
    const end = start + gap;
    if (!text.slice(start, end).trim()) continue; // deleted: only the surroundings are left
    const distance = Math.abs(start - anchor.start);
    if (distance < bestDistance) {
      best = { start, end, changed: true };
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * How many characters before `at` agree with the end of `prefix`, counting at most
 * CONTEXT_LENGTH: anchors are made with no more, and a sidecar is a file anyone can edit
 * (a megabyte of "prefix" made every candidate cost a megabyte).
 */
function commonSuffix(text: string, at: number, prefix: string): number {
  let n = 0;
  const max = Math.min(prefix.length, CONTEXT_LENGTH);
  while (n < max && at - n - 1 >= 0 && text.charCodeAt(at - n - 1) === prefix.charCodeAt(prefix.length - n - 1)) n++;
  return n;
}

/** How many characters from `at` agree with the start of `suffix`, counting at most CONTEXT_LENGTH. */
function commonPrefix(text: string, at: number, suffix: string): number {
  let n = 0;
  const max = Math.min(suffix.length, CONTEXT_LENGTH);
  while (n < max && at + n < text.length && text.charCodeAt(at + n) === suffix.charCodeAt(n)) n++;
  return n;
}
