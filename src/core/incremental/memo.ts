/**
 * A store of results by the exact input they were computed from. The finders take one as
 * an option so that an editor session can reuse the work of unchanged paragraphs; a
 * one-shot annotate() passes none, so nothing is remembered between calls.
 */
export interface Memo<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
}

/**
 * A Memo bounded by entry count that forgets the least recently used entries first, and
 * counts hits and misses so that tests and the benchmark can see what was reused. A hit
 * only stamps the entry (re-inserting it into the Map on every hit cost more than the
 * lookup); when the memo grows past its limit, the least recently used quarter goes at
 * once, so eviction stays linear overall.
 */
export class LruMemo<V> implements Memo<V> {
  private readonly entries = new Map<string, { value: V; used: number }>();
  private clock = 0;
  hits = 0;
  misses = 0;

  constructor(readonly limit: number) {}

  get size(): number {
    return this.entries.size;
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

  set(key: string, value: V): void {
    this.entries.set(key, { value, used: ++this.clock });
    if (this.entries.size > this.limit) this.evict();
  }

  resetCounts(): void {
    this.hits = 0;
    this.misses = 0;
  }

  clear(): void {
    this.entries.clear();
  }

  private evict(): void {
    const stamps = [...this.entries.values()].map((e) => e.used).sort((a, b) => a - b);
    const keep = Math.floor(this.limit * 0.75);
    const cutoff = stamps[stamps.length - keep - 1];
    for (const [key, entry] of this.entries) if (entry.used <= cutoff) this.entries.delete(key);
  }
}
