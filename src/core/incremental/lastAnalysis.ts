import type { AnalyzedText } from '../text/analyzedText';

/**
 * The analysis of the version annotated last, for the next call to diff against
 * (analyzedText.ts): an edit leaves most paragraphs where they were or moved by its
 * length, and those are known without looking up their text. One text's worth of memory.
 */
export class LastAnalysis {
  doc: AnalyzedText | undefined;
  /** Paragraphs of the last call whose tokens came from the version before it. */
  hits = 0;
  misses = 0;

  get keyChars(): number {
    return this.doc?.text.length ?? 0;
  }

  resetCounts(): void {
    this.hits = 0;
  }

  clear(): void {
    this.doc = undefined;
  }
}
