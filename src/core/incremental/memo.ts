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
 * A Memo bounded by entry count that forgets the least recently used entry first, and
 * counts hits and misses so that tests and the benchmark can see what was reused.
 */
export class LruMemo<V> implements Memo<V> {
  private readonly entries = new Map<string, V>();
  hits = 0;
  misses = 0;

  constructor(readonly limit: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // Map keeps insertion order: re-inserting makes this the most recently used entry.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  resetCounts(): void {
    this.hits = 0;
    this.misses = 0;
  }

  clear(): void {
    this.entries.clear();
  }
}
