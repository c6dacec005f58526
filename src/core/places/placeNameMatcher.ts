import type { PlaceKind } from '../types';
import { tokenize } from '../text/tokenizer';

// Finds gazetteer names in a run of tokens, for the tagger's gazetteer features. A trie
// keyed by lower-cased token text, so matching builds no strings; names are tokenized with
// the same tokenizer as the article. The first step, taken at every capitalized token, is
// the caller's to keep per word (startOf), the rest one Map lookup per token tried.

interface TrieNode {
  next?: Map<string, TrieNode>;
  /** Set where a name ends here: the kind of its best entry. */
  kind?: PlaceKind;
}

export const PLACE_KIND_CODE: Record<PlaceKind, number> = { country: 1, region: 2, city: 3, other: 4 };

export class PlaceNameMatcher {
  private readonly root: TrieNode = { next: new Map() };

  /** `names` in precedence order: the first kind given for a name is kept. */
  constructor(names: Iterable<{ name: string; kind: PlaceKind }>) {
    for (const { name, kind } of names) this.add(name, kind);
  }

  private add(name: string, kind: PlaceKind): void {
    let node = this.root;
    for (const t of tokenize(name)) {
      const key = t.text.toLowerCase();
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = {};
        node.next.set(key, child);
      }
      node = child;
    }
    if (node !== this.root && node.kind === undefined) node.kind = kind;
  }

  /**
   * Where the names whose first word (lower-cased) is `lower` go on, or undefined if no name
   * starts with it: mark's `startAt`, which a caller may keep per distinct word.
   */
  startOf(lower: string): PlaceNameStart | undefined {
    return this.root.next?.get(lower);
  }

  /**
   * Longest names, left to right, starting at tokens for which `startAt` gives startOf
   * their word (undefined for a token that may not start one); `lowerAt(i)` is token i
   * lower-cased. Writes into `out` for each token of [from, to): 0 none, else
   * (kind code << 1) | (1 if the token begins the name).
   */
  mark(lowerAt: (i: number) => string, startAt: (i: number) => PlaceNameStart | undefined, from: number, to: number, out: Uint8Array): void {
    for (let i = from; i < to; i++) out[i] = 0;
    let i = from;
    while (i < to) {
      let node: PlaceNameStart | undefined = startAt(i);
      if (!node) {
        i++;
        continue;
      }
      let bestEnd = node.kind !== undefined ? i + 1 : -1;
      let bestKind = node.kind;
      for (let j = i + 1; j < to && node.next; j++) {
        node = node.next.get(lowerAt(j));
        if (!node) break;
        if (node.kind !== undefined) {
          bestEnd = j + 1;
          bestKind = node.kind;
        }
      }
      if (bestEnd < 0 || bestKind === undefined) {
        i++;
        continue;
      }
      const code = PLACE_KIND_CODE[bestKind] << 1;
      out[i] = code | 1;
      for (let k = i + 1; k < bestEnd; k++) out[k] = code;
      i = bestEnd;
    }
  }
}

/** A node of the trie after a name's first word (PlaceNameMatcher.startOf). */
export type PlaceNameStart = Readonly<TrieNode>;
