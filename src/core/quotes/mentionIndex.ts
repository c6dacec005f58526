import type { AnalyzedText } from '../text/analyzedText';
import type { GroupedEntities } from '../entities/entityGrouper';
import { firstStartingAtOrAfter } from '../text/sortedSearch';

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
  for (const p of entities.people) for (const m of p.mentions) names.push({ start: m.start, end: m.end, text: m.text, kind: 'person', entityId: p.id });
  for (const o of entities.organizations) for (const m of o.mentions) names.push({ start: m.start, end: m.end, text: m.text, kind: 'organization', entityId: o.id });
  names.sort((a, b) => a.start - b.start || b.end - a.end);
  const insideQuote = new Uint8Array(names.length);
  let q = 0;
  for (let i = 0; i < names.length; i++) {
    while (q < quoteSpans.length && quoteSpans[q].end <= names[i].start) q++;
    if (q < quoteSpans.length && quoteSpans[q].start <= names[i].start) insideQuote[i] = 1;
  }
  return { names, insideQuote };
}

/** Index of the first name mention starting at or after `offset`. */
export function firstNameAtOrAfter(index: MentionIndex, offset: number): number {
  return firstStartingAtOrAfter(index.names, offset);
}

/** Name mentions lying inside [from, to). */
export function namesWithin(index: MentionIndex, from: number, to: number): IndexedMention[] {
  const out: IndexedMention[] = [];
  for (let i = firstNameAtOrAfter(index, from); i < index.names.length && index.names[i].start < to; i++) {
    if (index.names[i].end <= to) out.push(index.names[i]);
  }
  return out;
}
