/**
 * A store of results by the exact input they were computed from. The finders take one as
 * an option so that an editor session can reuse the work of unchanged paragraphs; a
 * one-shot annotate() passes none, so nothing is remembered between calls.
 */
export interface Memo<V> {
  get(key: string): V | undefined;
  /** `chars`: the length of the text the value stands for, when the key is a short name of it (paragraphIds.ts) rather than the text itself. */
  set(key: string, value: V, chars?: number): void;
}

/**
 * A Memo bounded by entry count and by the total length of its keys (a key is the text a
 * result was computed from, so its length stands for the result's size too: tokens,
 * feature keys). It forgets the least recently used entries first, and counts hits and
 * misses so that tests and the benchmark can see what was reused. A hit only stamps the
 * entry (re-inserting it into the Map on every hit cost more than the lookup); when the
 * memo grows past either bound, the least recently used entries go until it is down to
 * three quarters of both, so eviction stays linear overall. A key longer than an eighth
 * of the character bound is not kept: a huge one-paragraph text changes with every edit,
 * and each version kept would cost its size again (typing in a 600 KB paragraph grew the
 * heap by 9 MB a keystroke before this bound).
 */
export class LruMemo<V> implements Memo<V> {
  private readonly entries = new Map<string, { value: V; used: number; chars: number }>();
  private clock = 0;
  private chars = 0;
  hits = 0;
  misses = 0;

  constructor(readonly limit: number, readonly maxChars = Number.POSITIVE_INFINITY) {}

  get size(): number {
    return this.entries.size;
  }

  /** The total length of the texts kept (of the keys, or of what short keys stand for). */
  get keyChars(): number {
    return this.chars;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    entry.used = ++this.clock;
    return entry.value;
  }

  set(key: string, value: V, chars = key.length): void {
    if (chars > this.maxChars / 8) return;
    const old = this.entries.get(key);
    if (old) this.chars -= old.chars;
    this.entries.set(key, { value, used: ++this.clock, chars });
    this.chars += chars;
    if (this.entries.size > this.limit || this.chars > this.maxChars) this.evict();
  }

  resetCounts(): void {
    this.hits = 0;
    this.misses = 0;
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }

  private evict(): void {
    const byAge = [...this.entries].sort((a, b) => a[1].used - b[1].used);
    const keepEntries = Math.floor(this.limit * 0.75);
    const keepChars = this.maxChars * 0.75;
    for (const [key, entry] of byAge) {
      if (this.entries.size <= keepEntries && this.chars <= keepChars) break;
      this.entries.delete(key);
      this.chars -= entry.chars;
    }
  }
}
