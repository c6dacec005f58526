import type { NameMention } from '../names/nameMention';
import type { Organization, Person, Place, Span } from '../types';
import type { GazetteerEntry } from '../places/gazetteer';
import type { Memo } from '../incremental/memo';
import { paragraphId } from '../incremental/paragraphIds';
import type { AnalyzedText } from '../text/analyzedText';
import { resolvePlaces } from '../places/placeResolver';
import type { LastPlaces } from '../places/lastPlaceRun';
import { retypeMentions } from './mentionTypes';
import { LastRetyping } from './lastRetypeRun';
import { LastPeopleGrouping, recencyByIndex } from './lastPeopleRun';
import { groupPeople, RECENT } from './personGrouper';
import { groupOrganizations } from './organizationGrouper';
import { bodyOf, emptyRows, FIELDS, flagsOf, readFrom, READ_AFTER, sameTextAround, TYPE_CODES, type MentionRows } from './mentionFields';

// Retyping and grouping read the mentions' texts, types, titles, place qualifiers, relatives'
// marks, and the names and bodies an organization's mention is grouped by; their order,
// whether a mention follows the one before after two characters ("Paris, Texas"), and
// (to pick among people who share a surname) whether two mentions are closer than RECENT;
// nothing else of their positions, and of the text around them only the few characters the
// retyping reads ("the Zika virus", "Kerry said": mentionFields.ts). So the
// grouping of one version of an article serves the next one whose mentions read the same in
// the same order, with the positions taken from the new mentions: typing anywhere but in a
// name or right after one changes no grouping, only where the mentions stand. A plan keeps the grouping with
// mentions named by their index; `recency` holds the distances that decided a pick, and a
// plan whose distances no longer hold is not used.

export interface Groups {
  /** The mentions after retyping (mentionTypes.ts), in the order of the tagged mentions. */
  mentions: NameMention[];
  people: Person[];
  personIdAt: Map<number, string>;
  genderOf: Map<string, 'male' | 'female'>;
  organizations: Organization[];
  organizationIdAt: Map<number, string>;
  places: Place[];
  /** The PER mentions in text order, where the grouping has them at hand (else groupEntities picks them out). */
  personMentions?: NameMention[];
}

/** A retyped mention whole, its offsets relative to the start of the tagged mention it came from. */
type RetypedForm = NameMention;

/** What a kept grouping says of a place, all but its mentions. */
type PlaceFacts = Pick<GazetteerEntry, 'name' | 'kind' | 'country' | 'lat' | 'lon' | 'population'>;

export interface GroupingPlan {
  /** What was read of each tagged mention (compared on a hit of the short key). */
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
  /** Triples (index of the bare name, index of the mention it was measured from, 1 if closer than RECENT else 0), over retyped mentions. */
  recency: Int32Array;
}

/** What groupAfresh keeps of its last run, to take back what still holds. */
export interface LastGrouping {
  retyping: LastRetyping;
  people: LastPeopleGrouping;
}

/**
 * The grouping afresh: retyping (the last version's retypings where they still hold: lastRetypeRun.ts), people
 * (the last grouping's, where the PER mentions read the same: lastPeopleRun.ts),
 * organizations, places (the last version's, where the place names read the same: lastPlaceRun.ts).
 */
export function groupAfresh(tagged: readonly NameMention[], sources?: number[], lastPlaces?: LastPlaces, text?: string, last?: LastGrouping, reach?: Uint8Array, rows?: MentionRows): Groups & { recencyReads: number[] } {
  const mentions = last && text !== undefined ? last.retyping.retype(tagged, sources, text, reach, rows) : retypeMentions(tagged, sources, text, reach);
  const { people, personIdAt, genderOf, recencyReads } = last ? last.people.group(mentions) : groupPeople(mentions);
  const { organizations, organizationIdAt } = groupOrganizations(mentions);
  const places = lastPlaces ? lastPlaces.places(mentions) : resolvePlaces(mentions);
  return { mentions, people, personIdAt, genderOf, organizations, organizationIdAt, places, recencyReads };
}

/**
 * The retypings and people of the last grouping made afresh with a memo, kept beside the memo:
 * one per editor session, as the memo is, without another thing for the session to hold.
 */
const lastGroupings = new WeakMap<Memo<GroupingPlan>, LastGrouping>();

/**
 * groupAfresh(tagged), taking the grouping from `memo` when the mentions read as before.
 * Needs the incremental analyzer's paragraph token lists (without them: afresh).
 */
export function groupReusing(tagged: readonly NameMention[], doc: AnalyzedText, memo: Memo<GroupingPlan>, lastPlaces?: LastPlaces): Groups {
  const reads = readsOf(tagged, doc);
  const plan = reads && memo.get(reads.key);
  const reused = plan && sameReads(plan.reads, reads) && applyPlan(plan, tagged, reads);
  if (reused) return reused;
  const sources: number[] = [];
  let last = lastGroupings.get(memo);
  if (!last) lastGroupings.set(memo, (last = { retyping: new LastRetyping(), people: new LastPeopleGrouping() }));
  const reach = reads ? new Uint8Array(tagged.length) : undefined;
  const groups = groupAfresh(tagged, sources, lastPlaces, doc.text, last, reach, reads ?? undefined);
  if (reads && reach) reads.reach = reach;
  const fresh = reads && planOf(groups, tagged, sources, reads, doc.text);
  if (reads && fresh) memo.set(reads.key, fresh, reads.chars);
  return groups;
}

/**
 * What grouping reads of the tagged mentions besides their positions, in order. The memo
 * key hashes numbers only (each mention's length, type, place qualifier and title length),
 * so that building it reads no text; a plan found by it is used only if its mentions' texts,
 * titles, and names and bodies (organizations') are the same. A mention's text is the text
 * between its offsets, so where the number of its paragraph's token list (paragraphIds.ts:
 * the same number, the same paragraph text) and its offset in the paragraph are as before,
 * so is its text, and only the mentions of paragraphs that changed have their texts compared;
 * so is the text the retyping reads around it where that lies inside the paragraph, and only
 * for the others (of changed paragraphs, or near a paragraph's edge) is it compared.
 */
export interface MentionReads extends MentionRows {
  key: string;
  /** The characters of the mentions' texts (what the memo's bound counts). */
  chars: number;
  /** The text the mentions were read in. */
  text: string;
  /** Per mention: how many characters past its end the retyping read (mentionTypes.ts: reachOf), once a plan is made of these reads. */
  reach: Uint8Array | null;
}

/** Null without paragraph token lists, or for mentions out of order or across paragraphs. */
function readsOf(tagged: readonly NameMention[], doc: AnalyzedText): MentionReads | null {
  const lists = doc.paragraphTokens;
  if (!lists) return null;
  const { paragraphs } = doc;
  const n = tagged.length;
  const rows = emptyRows(n);
  const { numbers, texts, titles, bodies, starts, inside } = rows;
  let h = 0x811c9dc5;
  let chars = 0;
  let p = 0;
  let id = -1;
  // Each field of a mention is read once: the mentions come in several shapes (the optional
  // fields each kind has), so every read is a slow, megamorphic one, and reading the place
  // qualifier, the pronoun and the rest once each instead of at every test took 40 % off.
  let next = n > 0 ? tagged[0] : undefined;
  for (let i = 0; i < n; i++) {
    const m = next as NameMention;
    next = i + 1 < n ? tagged[i + 1] : undefined;
    const { start, end, text } = m;
    if (end - start !== text.length) return null;
    const from = p;
    while (p < paragraphs.length && paragraphs[p].end < end) p++;
    if (p >= paragraphs.length || start < paragraphs[p].start) return null;
    if (p !== from || id < 0) id = paragraphId(lists[p]);
    const k = i * FIELDS;
    const type = TYPE_CODES[m.type];
    const flags = flagsOf(m, next);
    numbers[k] = id;
    numbers[k + 1] = start - paragraphs[p].start;
    numbers[k + 2] = text.length;
    numbers[k + 3] = type;
    numbers[k + 4] = flags;
    texts[i] = text;
    const title = m.title;
    titles[i] = title;
    starts[i] = start;
    inside[i] = readFrom(start, title) >= paragraphs[p].start && end + READ_AFTER <= paragraphs[p].end ? 1 : 0;
    h = Math.imul(h ^ text.length, 0x01000193);
    h = Math.imul(h ^ (type * 8 + flags), 0x01000193);
    if (title) h = Math.imul(h ^ (title.length + 0x10000), 0x01000193);
    const body = bodyOf(m);
    bodies[i] = body;
    if (body) h = Math.imul(h ^ (body.length + 0x20000), 0x01000193);
    chars += text.length;
  }
  return { ...rows, key: `${h >>> 0}:${n}`, chars, text: doc.text, reach: null };
}

function sameReads(kept: MentionReads, now: MentionReads): boolean {
  const a = kept.numbers;
  const b = now.numbers;
  if (a.length !== b.length) return false;
  for (let i = 0, k = 0; k < a.length; i++, k += FIELDS) {
    if (a[k + 2] !== b[k + 2] || a[k + 3] !== b[k + 3] || a[k + 4] !== b[k + 4] || kept.titles[i] !== now.titles[i] || kept.bodies[i] !== now.bodies[i]) return false;
    const moved = a[k] !== b[k] || a[k + 1] !== b[k + 1];
    if (moved && kept.texts[i] !== now.texts[i]) return false;
    // The retyping reads the text around a mention too ("the Zika virus", "Kerry said").
    if ((moved || kept.inside[i] === 0 || now.inside[i] === 0) && !sameTextAround(kept.text, kept.starts[i], now.text, now.starts[i], a[k + 2], now.titles[i], kept.reach ? kept.reach[i] : READ_AFTER)) return false;
  }
  return true;
}

function strictlyInOrder(mentions: readonly NameMention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i].start <= mentions[i - 1].start) return false;
  return true;
}

function planOf(groups: Groups & { recencyReads: number[] }, tagged: readonly NameMention[], sources: number[], reads: MentionReads, text: string): GroupingPlan | null {
  const { mentions } = groups;
  // The reads stand for the texts only where the texts are what stands between the offsets.
  for (const m of tagged) if (!text.startsWith(m.text, m.start)) return null;
  // The groupers sort by start and key maps by start: with starts in strict order, both come down to the mentions' order.
  if (!strictlyInOrder(mentions)) return null;
  const indexAt = new Map<number, number>();
  mentions.forEach((m, i) => indexAt.set(m.start, i));
  const retyped = mentions.map((m, i): RetypedForm | null => {
    const from = tagged[sources[i]];
    // Every field kept (a field listed by hand, the name or body an organization is grouped by, was lost).
    return m === from ? null : { ...m, start: m.start - from.start, end: m.end - from.start };
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
  const recency = recencyByIndex(groups.recencyReads, indexAt);
  if (recency === null) return null;
  return {
    reads,
    sources: Int32Array.from(sources),
    retyped,
    owners,
    people: groups.people.map((p) => ({ name: p.name, aliases: [...p.aliases], gender: groups.genderOf.get(p.id) })),
    organizations: groups.organizations.map((o) => o.name),
    places: groups.places.map((p) => ({ name: p.name, kind: p.kind, country: p.country, lat: p.lat, lon: p.lon, population: p.population })),
    recency,
  };
}

/**
 * The plan's grouping placed at `tagged`'s positions, or null where a position it read has
 * changed. What it needs of a tagged mention (start, length, text, type) is taken from `reads`,
 * the rows just read of `tagged`, not from the mention again (a slow, megamorphic read: readsOf).
 */
function applyPlan(plan: GroupingPlan, tagged: readonly NameMention[], reads: MentionRows): Groups | null {
  const n = plan.sources.length;
  const mentions: NameMention[] = new Array(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const texts: string[] = new Array(n);
  const types = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const source = plan.sources[i];
    const form = plan.retyped[i];
    const at = reads.starts[source];
    if (!form) {
      mentions[i] = tagged[source];
      starts[i] = at;
      ends[i] = at + reads.numbers[source * FIELDS + 2];
      texts[i] = reads.texts[source];
      types[i] = reads.numbers[source * FIELDS + 3];
    } else {
      const m = { ...form, start: at + form.start, end: at + form.end };
      mentions[i] = m;
      starts[i] = m.start;
      ends[i] = m.end;
      texts[i] = m.text;
      types[i] = TYPE_CODES[m.type];
    }
    if (i > 0 && starts[i] <= starts[i - 1]) return null;
  }
  const { recency } = plan;
  for (let r = 0; r < recency.length; r += 3) {
    if ((starts[recency[r]] - starts[recency[r + 1]] < RECENT ? 1 : 0) !== recency[r + 2]) return null;
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
  // In text order, the starts being in strict order.
  const personMentions: NameMention[] = [];
  for (let i = 0; i < n; i++) {
    const type = types[i];
    if (type === TYPE_CODES.PER) personMentions.push(mentions[i]);
    const owner = plan.owners[i];
    if (owner < 0) continue;
    const span: Span = { start: starts[i], end: ends[i], text: texts[i] };
    if (type === TYPE_CODES.PER) {
      people[owner].mentions.push(span);
      personIdAt.set(span.start, people[owner].id);
    } else if (type === TYPE_CODES.ORG) organizations[owner].mentions.push(span);
    else if (type === TYPE_CODES.LOC) places[owner].mentions.push(span);
  }
  const organizationIdAt = new Map<number, string>();
  for (const o of organizations) for (const m of o.mentions) organizationIdAt.set(m.start, o.id);
  const genderOf = new Map<string, 'male' | 'female'>();
  for (let i = 0; i < plan.people.length; i++) {
    const g = plan.people[i].gender;
    if (g) genderOf.set(people[i].id, g);
  }
  return { mentions, people, personIdAt, genderOf, organizations, organizationIdAt, places, personMentions };
}
