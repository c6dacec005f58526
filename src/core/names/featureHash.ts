// Integer hashing for the tagger's features. Features are (template, value) pairs hashed
// into a fixed table, so tagging builds no feature strings: word values are hashed once
// per distinct word and cached, and pairs are combined arithmetically.

/** FNV-1a over `text[from, to)`, lower-cased on the fly for ASCII letters. */
export function hashLowerRange(text: string, from: number, to: number, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * murmur3's finalizer: spreads the bits of a combined key over the table. The 32 bits come
 * back as a signed integer: keys are stored in Uint32Arrays and read with a mask, where it
 * is the same key, and V8 keeps a signed 32-bit result as a small integer, while an
 * unsigned one of 2^31 or more becomes a heap number wherever the call is not inlined
 * (contextKeys makes some twenty such calls per token).
 */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The key of feature template `template` with value `value` (any 32-bit integer), as mix gives it. */
export function featureKey(template: number, value: number): number {
  return mix(Math.imul(template + 1, 0x9e3779b1) ^ value);
}

/** Combines two values into one (for conjunction templates). */
export function pair(a: number, b: number): number {
  return mix(Math.imul(a, 0x27d4eb2d) + b);
}
