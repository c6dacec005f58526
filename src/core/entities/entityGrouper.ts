import type { Organization, Person, Place, Span } from '../types';
import type { NameMention } from '../names/nameMention';
import { resolvePlaces } from '../places/placeResolver';

export interface GroupedEntities {
  people: Person[];
  organizations: Organization[];
  places: Place[];
  /** For each PER mention (by start offset), the id of its person. */
  personIdAt: Map<number, string>;
  /** Titles/roles seen with each person ("minister"), lower case, for role-noun resolution. */
  rolesOf: Map<string, Set<string>>;
}

const span = (m: NameMention): Span => ({ start: m.start, end: m.end, text: m.text });

/**
 * Groups mentions into entities. A person's shorter mention ("Blinken") joins the longest
 * earlier-or-later full name whose words contain it; a surname shared by two different
 * full names in one article stays ambiguous and joins neither.
 */
export function groupEntities(mentions: NameMention[]): GroupedEntities {
  const personMentions = mentions.filter((m) => m.type === 'PER');
  const fullNames = new Map<string, string[]>(); // key -> words
  for (const m of personMentions) {
    const words = m.text.split(/\s+/);
    if (words.length >= 2) fullNames.set(words.join(' '), words);
  }
  // Drop full names that are contained in longer ones ("Barack Obama" in "Barack Hussein Obama").
  const canonicals = [...fullNames.entries()].filter(
    ([key, words]) => ![...fullNames.keys()].some((k) => k !== key && k.length > key.length && containsWords(k.split(' '), words)),
  );
  const byKey = new Map<string, { person: Person; order: number }>();
  let nextId = 1;
  const people: Person[] = [];
  const personIdAt = new Map<number, string>();
  const rolesOf = new Map<string, Set<string>>();

  const personFor = (key: string, displayName: string): Person => {
    let entry = byKey.get(key);
    if (!entry) {
      const person: Person = { id: `p${nextId++}`, name: displayName, aliases: [], mentions: [], quoteCount: 0 };
      entry = { person, order: people.length };
      people.push(person);
      byKey.set(key, entry);
    }
    return entry.person;
  };

  for (const m of personMentions) {
    const words = m.text.split(/\s+/);
    const matches = canonicals.filter(([, cw]) => containsWords(cw, words));
    let key: string;
    let name: string;
    if (matches.length === 1) {
      key = matches[0][0];
      name = matches[0][0];
    } else if (matches.length > 1) {
      // Ambiguous surname ("Clinton" with Bill and Hillary Clinton): prefer the nearest
      // earlier full-name mention.
      const earlier = personMentions.filter((p) => p.start < m.start && matches.some(([k]) => k === p.text));
      key = earlier.length ? earlier[earlier.length - 1].text : m.text;
      name = key;
    } else {
      key = m.text;
      name = m.text;
    }
    const person = personFor(key, name);
    person.mentions.push(span(m));
    if (m.text !== person.name && !person.aliases.includes(m.text)) person.aliases.push(m.text);
    if (m.title) {
      const titled = `${m.title} ${m.text}`;
      if (!person.aliases.includes(titled)) person.aliases.push(titled);
      const roles = rolesOf.get(person.id) ?? new Set<string>();
      for (const w of m.title.toLowerCase().split(/\s+/)) roles.add(w);
      rolesOf.set(person.id, roles);
    }
    personIdAt.set(m.start, person.id);
  }

  const organizations = groupByText(mentions.filter((m) => m.type === 'ORG'), 'o').map(
    ({ id, name, mentions: ms }): Organization => ({ id, name, mentions: ms, quoteCount: 0 }),
  );
  const places = resolvePlaces(mentions);
  return { people, organizations, places, personIdAt, rolesOf };
}

function containsWords(haystack: string[], needle: string[]): boolean {
  if (needle.length > haystack.length) return false;
  // A single word must be a surname or a given name; several words must appear in order.
  let i = 0;
  for (const w of haystack) if (i < needle.length && w === needle[i]) i++;
  return i === needle.length;
}

function groupByText(mentions: NameMention[], prefix: string): Array<{ id: string; name: string; mentions: Span[] }> {
  const groups = new Map<string, { id: string; name: string; mentions: Span[] }>();
  for (const m of mentions) {
    const key = m.text.toLowerCase().replace(/^the\s+/, '');
    let g = groups.get(key);
    if (!g) {
      g = { id: `${prefix}${groups.size + 1}`, name: m.text, mentions: [] };
      groups.set(key, g);
    }
    g.mentions.push(span(m));
  }
  return [...groups.values()];
}
