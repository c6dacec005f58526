// Jaro-Winkler from `natural`, loaded module by module (never the package root, which
// would pull every model into the bundle).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jaroWinkler = require('natural/lib/natural/distance/jaro-winkler_distance') as (a: string, b: string, options?: { ignoreCase?: boolean }) => number;

/** Similarity above which two differing words may be one word misspelt (Gang/Geng scores 0.85). */
export const MIN_SIMILARITY = 0.85;

/**
 * True when `a` and `b` (already lower-cased) differ by exactly one substitution,
 * insertion, deletion or swap of neighbours. Our own: natural's Levenshtein fills a full
 * matrix and pulls in underscore, where one linear pass answers "one edit or not".
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

/** Whether two words look like one word spelt two ways. */
export function looksLikeMisspelling(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return oneEditApart(x, y) && jaroWinkler(x, y) >= MIN_SIMILARITY;
}
