import type { AnalyzedText } from '../text/analyzedText';
import type { GroupedEntities } from '../entities/entityGrouper';
import { firstStartingFrom } from '../text/sortedSearch';

export type MentionKind = 'person' | 'organization' | 'pronoun' | 'role';

export interface IndexedMention {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** Entity id for names; resolved later for pronouns and role nouns. */
  entityId: string | null;
}

/**
 * Every person and organization mention in text order, with its entity, and whether it
 * stands inside a quotation (a name inside someone's words rarely is the one "he" refers to).
 */
export interface MentionIndex {
  names: IndexedMention[];
  insideQuote: Uint8Array;
}

export function buildMentionIndex(_doc: AnalyzedText, entities: GroupedEntities, quotes: Array<{ start: number; end: number; kind?: string }> = []): MentionIndex {
  // Reported clauses are the narrator's words: names there are ordinary antecedents.
  const quoteSpans = quotes.filter((q) => q.kind !== 'indirect');
  const names: IndexedMention[] = [];
  // Fields copied one by one: an object spread here cost more than the rest of the index.
  // Indexed: a for-of made an iterator result per entity and per mention.
  for (let i = 0; i < entities.people.length; i++) {
    const p = entities.people[i];
    for (let k = 0; k < p.mentions.length; k++) {
      const m = p.mentions[k];
      names.push({ start: m.start, end: m.end, text: m.text, kind: 'person', entityId: p.id });
    }
  }
  for (let i = 0; i < entities.organizations.length; i++) {
    const o = entities.organizations[i];
    for (let k = 0; k < o.mentions.length; k++) {
      const m = o.mentions[k];
      names.push({ start: m.start, end: m.end, text: m.text, kind: 'organization', entityId: o.id });
    }
  }
  sortByPlace(names);
  const insideQuote = new Uint8Array(names.length);
  let q = 0;
  for (let i = 0; i < names.length; i++) {
    while (q < quoteSpans.length && quoteSpans[q].end <= names[i].start) q++;
    if (q < quoteSpans.length && quoteSpans[q].start <= names[i].start) insideQuote[i] = 1;
  }
  return { names, insideQuote };
}

/** Mentions beyond this many (or past this offset) are sorted by comparisons. */
const INDEX_SPAN = 2 ** 21;
const OFFSET_SPAN = 2 ** 31;

/**
 * Sorts by start, a longer mention first on a tie, as a stable sort does. The mentions come
 * entity by entity, each entity's in order; sorted on every keystroke, so by numbers
 * (start and place in the list, packed in one double) rather than by a comparison function
 * called some ten times a mention: the ties of start, rare, are then put in order by end.
 */
function sortByPlace(names: IndexedMention[]): void {
  const n = names.length;
  if (n >= INDEX_SPAN || names.some((m) => m.start >= OFFSET_SPAN)) {
    names.sort((a, b) => a.start - b.start || b.end - a.end);
    return;
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = names[i].start * INDEX_SPAN + i;
  keys.sort();
  const input = names.slice();
  for (let k = 0; k < n; k++) names[k] = input[keys[k] % INDEX_SPAN];
  // Equal starts: a longer mention first, else as they came (stable insertion).
  for (let k = 1; k < n; k++) {
    const m = names[k];
    let j = k;
    while (j > 0 && names[j - 1].start === m.start && names[j - 1].end < m.end) {
      names[j] = names[j - 1];
      j--;
    }
    names[j] = m;
  }
}

/** Index of the first name mention starting at or after `offset`. */
export function firstNameAtOrAfter(index: MentionIndex, offset: number): number {
  return firstStartingFrom(index.names, offset);
}

/** Name mentions lying inside [from, to): asked of every speaker phrase, most of which ("he", "officials") hold none, and then one shared empty list. */
export function namesWithin(index: MentionIndex, from: number, to: number): readonly IndexedMention[] {
  let out: IndexedMention[] | undefined;
  for (let i = firstNameAtOrAfter(index, from); i < index.names.length && index.names[i].start < to; i++) {
    if (index.names[i].end <= to) (out ??= []).push(index.names[i]);
  }
  return out ?? NO_NAMES;
}

const NO_NAMES: readonly IndexedMention[] = [];
