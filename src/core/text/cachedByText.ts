/**
 * A pure function of a word or name, computed once per distinct text and then looked up.
 * The finders ask the same question of every token or mention on every keystroke, and an
 * article repeats its words; the store is emptied when it grows past what any news
 * vocabulary needs, so an editor session's memory stays bounded.
 */
export function cachedByText<V>(compute: (text: string) => V, limit = 50_000): (text: string) => V {
  const known = new Map<string, V>();
  return (text) => {
    // One look-up for a known text (has() then get() hashed and probed twice); has() only
    // where the value kept may itself be undefined.
    const kept = known.get(text);
    if (kept !== undefined || known.has(text)) return kept as V;
    const value = compute(text);
    if (known.size >= limit) known.clear();
    known.set(text, value);
    return value;
  };
}
