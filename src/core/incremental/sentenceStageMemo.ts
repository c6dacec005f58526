import { LruMemo } from './memo';

/**
 * The tagger's stage results of sentences, remembered by the sentence's text and then by
 * the evidence codes the stage read (see PerceptronTagger.tagReusing). Two levels, so that
 * a sentence's text is hashed and compared once per annotation, not once per stage inside
 * a key that also holds the codes: with one flat key per stage, building and hashing those
 * keys cost more than all other look-ups of an edit together. Counts hits and misses of
 * stage results (not of texts), like an LruMemo of one entry per stage.
 */
export class SentenceStageMemo<V> {
  private readonly texts: LruMemo<Map<string, V>>;
  hits = 0;
  misses = 0;

  constructor(limit: number, maxChars: number, private readonly variantsPerText = 8) {
    this.texts = new LruMemo(limit, maxChars);
  }

  /**
   * The stage results remembered for a sentence's text, keyed by the stage and its codes;
   * look them up with get/set below. A new text gets an empty store (not kept when the
   * text is too long for the memo's bounds). `text` may be a short name of the sentence's
   * text (paragraphIds.ts); `chars` is then the sentence's length, which the bounds count.
   */
  sentence(text: string, chars = text.length): Map<string, V> {
    let variants = this.texts.get(text);
    if (!variants) {
      variants = new Map();
      this.texts.set(text, variants, chars);
    }
    return variants;
  }

  get(variants: Map<string, V>, codes: string): V | undefined {
    const value = variants.get(codes);
    if (value === undefined) this.misses++;
    else this.hits++;
    return value;
  }

  /** A sentence whose evidence keeps changing keeps only its latest few results. */
  set(variants: Map<string, V>, codes: string, value: V): void {
    if (variants.size >= this.variantsPerText) variants.clear();
    variants.set(codes, value);
  }

  /** How many characters of sentence text are remembered. */
  get keyChars(): number {
    return this.texts.keyChars;
  }

  resetCounts(): void {
    this.hits = 0;
    this.misses = 0;
    this.texts.resetCounts();
  }

  clear(): void {
    this.texts.clear();
  }
}
