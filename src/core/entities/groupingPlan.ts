import type { NameMention } from '../names/nameMention';
import type { Organization, Person, Place, PlaceKind, Span } from '../types';
import type { Memo } from '../incremental/memo';
import { resolvePlaces } from '../places/placeResolver';
import { retypeMentions } from './mentionTypes';
import { groupPeople, RECENT } from './personGrouper';
import { groupOrganizations } from './organizationGrouper';

// Retyping and grouping read the mentions' texts, types, titles and place qualifiers, their
// order, and (to pick among people who share a surname) whether two mentions are RECENT
// apart; nothing else of their positions, and nothing of the text around them. So the
// grouping of one version of an article serves the next one whose mentions read the same in
// the same order, with the positions taken from the new mentions: typing anywhere but in a
// name changes no grouping, only where the mentions stand. A plan keeps the grouping with
// mentions named by their index; `recency` holds the distances that decided a pick, and a
// plan whose distances no longer hold is not used.

export interface Groups {
  /** The mentions after retyping (mentionTypes.ts), in text order. */
  mentions: NameMention[];
  people: Person[];
  personIdAt: Map<number, string>;
  genderOf: Map<string, 'male' | 'female'>;
  organizations: Organization[];
  organizationIdAt: Map<number, string>;
  places: Place[];
}

interface RetypedForm {
  type: NameMention['type'];
  text: string;
  title: string | undefined;
  placeQualifier: NameMention['placeQualifier'];
  /** Offsets relative to the start of the tagged mention it came from. */
  start: number;
  end: number;
}

interface PlaceFacts {
  name: string;
  kind: PlaceKind;
  country: string | null;
  lat: number | null;
  lon: number | null;
  population: number | null;
}

export interface GroupingPlan {
  /** What was read of each tagged mention: type, text, title, place qualifier (checked on a hit of the short key). */
  reads: MentionReads;
  /** For each retyped mention: the index of the tagged mention it came from. */
  sources: Int32Array;
  /** For each retyped mention: null where it is that tagged mention unchanged, else what the tagged mention became. */
  retyped: Array<RetypedForm | null>;
  /** For each retyped mention: the index of its person, organization or place in the lists below, else -1. */
  owners: Int32Array;
  people: Array<{ name: string; aliases: readonly string[]; gender: 'male' | 'female' | undefined }>;
  organizations: string[];
  places: PlaceFacts[];
  /** Triples (retyped mention index, retyped mention index, 1 if RECENT apart else 0). */
  recency: Int32Array;
}

/** The grouping afresh: retyping, people, organizations, places. */
export function groupAfresh(tagged: readonly NameMention[], sources?: number[]): Groups & { recencyReads: number[] } {
  const mentions = retypeMentions(tagged, sources);
  const { people, personIdAt, genderOf, recencyReads } = groupPeople(mentions);
  const { organizations, organizationIdAt } = groupOrganizations(mentions);
  const places = resolvePlaces(mentions);
  return { mentions, people, personIdAt, genderOf, organizations, organizationIdAt, places, recencyReads };
}

/** groupAfresh(tagged), taking the grouping from `memo` when the mentions read as before. */
export function groupReusing(tagged: readonly NameMention[], memo: Memo<GroupingPlan>): Groups {
  const key = mentionsKey(tagged);
  const plan = key === null ? undefined : memo.get(key.key);
  const reused = plan && sameReads(plan.reads, tagged) && applyPlan(plan, tagged);
  if (reused) return reused;
  const sources: number[] = [];
  const groups = groupAfresh(tagged, sources);
  const fresh = key === null ? null : planOf(groups, tagged, sources);
  if (key !== null && fresh) memo.set(key.key, fresh, key.chars);
  return groups;
}

interface MentionReads {
  types: string[];
  texts: string[];
  titles: Array<string | undefined>;
  qualifiers: Array<string | undefined>;
}

/**
 * A short key for what grouping reads of the mentions besides positions, in order: a hash
 * of it (the plan keeps the reads themselves to compare), and the characters it stands
 * for. Null when a mention's span is not as long as its text (the plan places retyped
 * mentions by their offsets). Hashing the texts where they stand costs a fraction of
 * joining them into one long key and hashing and comparing that.
 */
function mentionsKey(tagged: readonly NameMention[]): { key: string; chars: number } | null {
  let h = 0x811c9dc5;
  let chars = 0;
  const mix = (s: string): void => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0xffff, 0x01000193);
  };
  for (const m of tagged) {
    if (m.end - m.start !== m.text.length) return null;
    mix(m.type);
    mix(m.text);
    mix(m.title ?? '');
    mix(m.placeQualifier ?? '');
    chars += m.text.length;
  }
  return { key: `${h >>> 0}:${tagged.length}:${chars}`, chars };
}

function readsOf(tagged: readonly NameMention[]): MentionReads {
  return {
    types: tagged.map((m) => m.type),
    texts: tagged.map((m) => m.text),
    titles: tagged.map((m) => m.title || undefined),
    qualifiers: tagged.map((m) => m.placeQualifier || undefined),
  };
}

function sameReads(reads: MentionReads, tagged: readonly NameMention[]): boolean {
  if (reads.texts.length !== tagged.length) return false;
  for (let i = 0; i < tagged.length; i++) {
    const m = tagged[i];
    if (m.text !== reads.texts[i] || m.type !== reads.types[i] || (m.title || undefined) !== reads.titles[i] || (m.placeQualifier || undefined) !== reads.qualifiers[i]) return false;
  }
  return true;
}

function strictlyInOrder(mentions: readonly NameMention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i].start <= mentions[i - 1].start) return false;
  return true;
}

function planOf(groups: Groups & { recencyReads: number[] }, tagged: readonly NameMention[], sources: number[]): GroupingPlan | null {
  const { mentions } = groups;
  // The groupers sort by start and key maps by start: with starts in strict order, both come down to the mentions' order.
  if (!strictlyInOrder(mentions)) return null;
  const indexAt = new Map<number, number>();
  mentions.forEach((m, i) => indexAt.set(m.start, i));
  const retyped = mentions.map((m, i): RetypedForm | null => {
    const from = tagged[sources[i]];
    return m === from ? null : { type: m.type, text: m.text, title: m.title, placeQualifier: m.placeQualifier, start: m.start - from.start, end: m.end - from.start };
  });
  const owners = new Int32Array(mentions.length).fill(-1);
  // Every mention of the type in exactly one entity of the list, as the groupers make them.
  const own = (list: Array<{ mentions: Span[] }>, type: NameMention['type']): boolean => {
    let owned = 0;
    for (let n = 0; n < list.length; n++) {
      for (const s of list[n].mentions) {
        const i = indexAt.get(s.start);
        if (i === undefined || owners[i] !== -1 || mentions[i].type !== type) return false;
        owners[i] = n;
        owned++;
      }
    }
    return owned === mentions.filter((m) => m.type === type).length;
  };
  if (!own(groups.people, 'PER') || !own(groups.organizations, 'ORG') || !own(groups.places, 'LOC')) return null;
  const recency = new Int32Array(groups.recencyReads.length);
  for (let r = 0; r < recency.length; r += 3) {
    const at = indexAt.get(groups.recencyReads[r]);
    const last = indexAt.get(groups.recencyReads[r + 1]);
    if (at === undefined || last === undefined) return null;
    recency[r] = at;
    recency[r + 1] = last;
    recency[r + 2] = groups.recencyReads[r + 2];
  }
  return {
    reads: readsOf(tagged),
    sources: Int32Array.from(sources),
    retyped,
    owners,
    people: groups.people.map((p) => ({ name: p.name, aliases: [...p.aliases], gender: groups.genderOf.get(p.id) })),
    organizations: groups.organizations.map((o) => o.name),
    places: groups.places.map((p) => ({ name: p.name, kind: p.kind, country: p.country, lat: p.lat, lon: p.lon, population: p.population })),
    recency,
  };
}

/** The plan's grouping placed at `tagged`'s positions, or null where a position it read has changed. */
function applyPlan(plan: GroupingPlan, tagged: readonly NameMention[]): Groups | null {
  const n = plan.sources.length;
  const mentions: NameMention[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const from = tagged[plan.sources[i]];
    const form = plan.retyped[i];
    if (!form) {
      mentions[i] = from;
      continue;
    }
    const m: NameMention = { start: from.start + form.start, end: from.start + form.end, text: form.text, type: form.type };
    if (form.title !== undefined) m.title = form.title;
    if (form.placeQualifier !== undefined) m.placeQualifier = form.placeQualifier;
    mentions[i] = m;
  }
  if (!strictlyInOrder(mentions)) return null;
  const { recency } = plan;
  for (let r = 0; r < recency.length; r += 3) {
    if ((mentions[recency[r]].start - mentions[recency[r + 1]].start < RECENT ? 1 : 0) !== recency[r + 2]) return null;
  }

  const people: Person[] = plan.people.map((p, i) => ({ id: `p${i + 1}`, name: p.name, aliases: [...p.aliases], mentions: [], quoteCount: 0 }));
  const organizations: Organization[] = plan.organizations.map((name, i) => ({ id: `o${i + 1}`, name, mentions: [], quoteCount: 0 }));
  const places: Place[] = plan.places.map((p, i) => ({
    id: `l${i + 1}`,
    name: p.name,
    mentions: [],
    kind: p.kind,
    country: p.country,
    lat: p.lat,
    lon: p.lon,
    population: p.population,
  }));
  const personIdAt = new Map<number, string>();
  for (let i = 0; i < n; i++) {
    const owner = plan.owners[i];
    if (owner < 0) continue;
    const m = mentions[i];
    const span: Span = { start: m.start, end: m.end, text: m.text };
    if (m.type === 'PER') {
      people[owner].mentions.push(span);
      personIdAt.set(m.start, people[owner].id);
    } else if (m.type === 'ORG') organizations[owner].mentions.push(span);
    else if (m.type === 'LOC') places[owner].mentions.push(span);
  }
  const organizationIdAt = new Map<number, string>();
  for (const o of organizations) for (const m of o.mentions) organizationIdAt.set(m.start, o.id);
  const genderOf = new Map<string, 'male' | 'female'>();
  for (let i = 0; i < plan.people.length; i++) {
    const g = plan.people[i].gender;
    if (g) genderOf.set(people[i].id, g);
  }
  return { mentions, people, personIdAt, genderOf, organizations, organizationIdAt, places };
}
