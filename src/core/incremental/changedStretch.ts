import { opensSentence, type AnalyzedText } from '../text/analyzedText';
import type { TextBlock } from '../text/paragraphs';
import type { Token } from '../text/tokenizer';
import type { EditedRange } from './editedRange';

/** What a step kept of the text analysis of the version it ran on. */
export interface KeptLayout {
  paragraphs: readonly TextBlock[];
  paragraphTokens: readonly (readonly Token[])[];
}

/**
 * The stretch of the new text holding everything an edit changed for a step that runs over
 * the whole text (speaker resolution, person profiles): the edited characters, and widened
 * over every piece of the last version's analysis or of the step's inputs that differs
 * (compared from both ends: at the start the same, at the end moved by the edit). A step's
 * result for a part of the text whose reading region lies wholly before or wholly after it
 * is the last version's, moved.
 */
export class ChangedStretch {
  start: number;
  end: number;
  /** The edit's change in length: how far what lies after it moved. */
  readonly shift: number;
  private readonly oldTail: number;

  constructor(private readonly edit: EditedRange, oldLength: number, newLength: number) {
    this.start = edit.prefix;
    this.end = edit.tail;
    this.shift = newLength - oldLength;
    this.oldTail = edit.tail - this.shift;
  }

  /** Takes in [start, end) of the new text. */
  widen(start: number, end: number): void {
    if (start < this.start) this.start = start;
    if (end > this.end) this.end = end;
  }

  /** Takes in [start, end) of the last version, where it stands in the new text (the edited characters themselves are in already). */
  widenOld(start: number, end: number): void {
    const { edit, oldTail, shift } = this;
    this.widen(start <= edit.prefix ? start : start >= oldTail ? start + shift : edit.prefix, end <= edit.prefix ? end : end >= oldTail ? end + shift : edit.tail);
  }

  /**
   * Takes in the paragraphs that differ (bounds or token list), and those whose sentences
   * may: a paragraph's sentences are split from its tokens and from whether the first word
   * after it opens a sentence (text/analyzedText.ts), so those of an unchanged paragraph
   * change only for the paragraph right before the changed ones, and those before it up to
   * one with a word of its own. Needs the new analysis's paragraph token lists.
   */
  paragraphs(old: KeptLayout, doc: AnalyzedText): void {
    const lists = doc.paragraphTokens!;
    const now = doc.paragraphs;
    const same = this.spans(old.paragraphs, now, (a, b, by, _moved, i, j) => a.start + by === b.start && a.end + by === b.end && old.paragraphTokens[i] === lists[j]);
    if (same.before === Math.max(old.paragraphs.length, now.length) - same.after) return;
    for (let p = same.before - 1; p >= 0; p--) {
      this.widen(now[p].start, now[p].end);
      if (opensSentence(lists[p]) !== null) break;
    }
  }

  /**
   * Compares two versions of a list in text order from both ends while `same` holds (given
   * the shift: 0 at the start, the edit's at the end, where the items `moved`), takes in what lies between in either
   * version, and says how many items are the same at the start and at the end.
   */
  spans<T extends { start: number; end: number }>(
    old: readonly T[],
    now: readonly T[],
    same: (a: T, b: T, by: number, moved: boolean, oldIndex: number, newIndex: number) => boolean,
  ): { before: number; after: number } {
    const shorter = Math.min(old.length, now.length);
    let before = 0;
    while (before < shorter && same(old[before], now[before], 0, false, before, before)) before++;
    let after = 0;
    while (after < shorter - before && same(old[old.length - 1 - after], now[now.length - 1 - after], this.shift, true, old.length - 1 - after, now.length - 1 - after)) after++;
    for (let j = before; j < now.length - after; j++) this.widen(now[j].start, now[j].end);
    for (let i = before; i < old.length - after; i++) this.widenOld(old[i].start, old[i].end);
    return { before, after };
  }

  /** Whether [start, end) of the new text lies wholly before or wholly after the stretch. */
  misses(start: number, end: number): boolean {
    return end <= this.start || start >= this.end;
  }
}

/**
 * The paragraph reached from paragraph `p` going `step` (1 on, -1 back) once at least
 * `tokens` tokens lie in the paragraphs passed (or the text's first or last paragraph): how
 * far the whole-text steps widen a reading region past the paragraphs it is built from.
 */
export function paragraphAfterTokens(lists: readonly (readonly unknown[])[], p: number, step: 1 | -1, tokens: number): number {
  for (let passed = 0; p + step >= 0 && p + step < lists.length && passed < tokens; ) {
    p += step;
    passed += lists[p].length;
  }
  return p;
}
