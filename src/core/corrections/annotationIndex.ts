import type { Annotations, Organization, Person, Place, Span } from '../types';

// Small operations on a mutable copy of the annotations that corrections are applied to.

export type EntityKind = 'person' | 'organization' | 'place';
export type Entity = Person | Organization | Place;

export function entitiesOf(a: Annotations, kind: EntityKind): Entity[] {
  return kind === 'person' ? a.people : kind === 'organization' ? a.organizations : a.places;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function overlapLength(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

const norm = (s: string): string => s.toLowerCase().replace(/[’]/gu, "'").replace(/\s+/gu, ' ').trim();

/** The entity called `name`: by its name, an alias, or a mention's text (case-insensitive). */
export function entityNamed<E extends Entity>(list: readonly E[], name: string): E | undefined {
  const key = norm(name);
  return (
    list.find((e) => norm(e.name) === key) ??
    list.find((e) => 'aliases' in e && e.aliases.some((x) => norm(x) === key)) ??
    list.find((e) => e.mentions.some((m) => norm(m.text) === key))
  );
}

/** A person a bare surname belongs to ("Blinken" → "Antony Blinken"), when only one fits. */
export function personBySurname(people: readonly Person[], name: string): Person | undefined {
  const key = norm(name);
  if (key.includes(' ')) return undefined;
  const fits = people.filter((p) => norm(p.name).split(' ').pop() === key);
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * Removes the mentions that overlap `span` from the given kinds of entities; when some
 * mention equals the span exactly, only those go.
 */
export function removeMentions(a: Annotations, span: { start: number; end: number }, kinds: readonly EntityKind[], exactFirst = false): number {
  let removed = 0;
  const exact = exactFirst && kinds.some((k) => entitiesOf(a, k).some((e) => e.mentions.some((m) => m.start === span.start && m.end === span.end)));
  for (const kind of kinds) {
    for (const e of entitiesOf(a, kind)) {
      const keep = e.mentions.filter((m) => !(exact ? m.start === span.start && m.end === span.end : overlaps(m, span)));
      removed += e.mentions.length - keep.length;
      e.mentions = keep;
    }
  }
  return removed;
}

export function addMention(e: Entity, span: Span): void {
  e.mentions.push(span);
  e.mentions.sort((x, y) => x.start - y.start);
}

/** Hands out ids after the largest the finders used (`p7` → `p8`). */
export class IdAllocator {
  private readonly next = new Map<string, number>();

  constructor(a: Annotations) {
    const see = (id: string): void => {
      const m = /^([a-z]+)(\d+)$/u.exec(id);
      if (m) this.next.set(m[1], Math.max(this.next.get(m[1]) ?? 1, Number(m[2]) + 1));
    };
    for (const list of [a.people, a.organizations, a.places, a.quotes]) for (const x of list) see(x.id);
  }

  take(prefix: 'p' | 'o' | 'l' | 'q'): string {
    const n = this.next.get(prefix) ?? 1;
    this.next.set(prefix, n + 1);
    return `${prefix}${n}`;
  }
}

/**
 * Makes the derived fields agree again after corrections: entities without mentions go,
 * quotes of a removed speaker lose it, speaker names and quote counts are recounted, and
 * everything is back in text order.
 */
export function settle(a: Annotations): void {
  a.people = a.people.filter((e) => e.mentions.length > 0);
  a.organizations = a.organizations.filter((e) => e.mentions.length > 0);
  a.places = a.places.filter((e) => e.mentions.length > 0);
  const speakers = new Map<string, Person | Organization>();
  for (const e of [...a.people, ...a.organizations]) {
    e.quoteCount = 0;
    speakers.set(e.id, e);
  }
  for (const q of a.quotes) {
    const s = q.speakerId ? speakers.get(q.speakerId) : undefined;
    if (s) {
      s.quoteCount++;
      q.speakerName = s.name;
    } else {
      q.speakerId = null;
      q.speakerName = null;
    }
  }
  a.quotes.sort((x, y) => x.start - y.start);
  a.dates.sort((x, y) => x.start - y.start);
}
