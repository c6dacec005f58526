import type { NameMention } from '../names/nameMention';
import type { Place, Span } from '../types';
import { demonymCountry } from './gazetteer';
import { cachedByText } from '../text/cachedByText';
import { resolvePlaces } from './placeResolver';

// What resolvePlaces (placeResolver.ts) reads of the mentions: the place names (LOC) in
// order, with their texts and qualifiers and whether each follows the one before after two
// characters ("Paris, Texas"), and the countries the demonyms (MISC) name; nothing else of
// their positions. So the last version's places serve again, placed at the new mentions,
// when those read the same: typing in a person's name groups the mentions again
// (groupingPlan.ts), but mostly leaves the places as they were.

interface PlaceReads {
  texts: string[];
  qualifiers: Array<NameMention['placeQualifier']>;
  /** 1 where the place name follows the one before after two characters. */
  adjacent: Uint8Array;
  /** The countries the demonyms name, sorted, joined. */
  demonyms: string;
}

/** One version's places, each mention's place by index. */
interface PlaceRun {
  reads: PlaceReads;
  places: Array<Omit<Place, 'id' | 'mentions'>>;
  /** For each place name, in order: the index of its place. */
  owners: Int32Array;
}

/** The places of the last version (an editor session's); `hits` counts the calls that placed them again. */
export class LastPlaces {
  private run: PlaceRun | undefined;
  hits = 0;
  misses = 0;

  /** resolvePlaces(mentions), the last version's places placed at these mentions where they read the same. */
  places(mentions: readonly NameMention[]): Place[] {
    const reads = readsOf(mentions);
    const run = this.run;
    if (reads && run && sameReads(run.reads, reads)) {
      this.hits++;
      return placed(run, mentions);
    }
    this.misses++;
    const places = resolvePlaces(mentions);
    this.run = (reads && runOf(reads, places, mentions)) ?? undefined;
    return places;
  }

  get keyChars(): number {
    let chars = 0;
    for (const t of this.run?.reads.texts ?? []) chars += t.length;
    return chars;
  }

  resetCounts(): void {
    this.hits = 0;
    this.misses = 0;
  }

  clear(): void {
    this.run = undefined;
  }
}

const demonymOf = cachedByText(demonymCountry);

/** Null where the place names do not come in strict order of start (the places' mentions would then not be). */
function readsOf(mentions: readonly NameMention[]): PlaceReads | null {
  const texts: string[] = [];
  const qualifiers: Array<NameMention['placeQualifier']> = [];
  const adjacent: number[] = [];
  const countries = new Set<string>();
  let previous: NameMention | undefined;
  for (const m of mentions) {
    if (m.type === 'MISC') {
      const country = demonymOf(m.text);
      if (country) countries.add(country);
    }
    if (m.type !== 'LOC') continue;
    if (previous && m.start <= previous.start) return null;
    texts.push(m.text);
    qualifiers.push(m.placeQualifier);
    adjacent.push(previous && previous.end + 2 === m.start ? 1 : 0);
    previous = m;
  }
  return { texts, qualifiers, adjacent: Uint8Array.from(adjacent), demonyms: [...countries].sort().join(' ') };
}

function sameReads(a: PlaceReads, b: PlaceReads): boolean {
  if (a.texts.length !== b.texts.length || a.demonyms !== b.demonyms) return false;
  for (let i = 0; i < a.texts.length; i++) {
    if (a.texts[i] !== b.texts[i] || a.qualifiers[i] !== b.qualifiers[i] || a.adjacent[i] !== b.adjacent[i]) return false;
  }
  return true;
}

/** The run of `places`, or null where some place name is not in exactly one place. */
function runOf(reads: PlaceReads, places: readonly Place[], mentions: readonly NameMention[]): PlaceRun | null {
  const indexAt = new Map<number, number>();
  for (const m of mentions) if (m.type === 'LOC') indexAt.set(m.start, indexAt.size);
  const owners = new Int32Array(indexAt.size).fill(-1);
  let owned = 0;
  for (let p = 0; p < places.length; p++) {
    for (const s of places[p].mentions) {
      const i = indexAt.get(s.start);
      if (i === undefined || owners[i] !== -1) return null;
      owners[i] = p;
      owned++;
    }
  }
  if (owned !== owners.length) return null;
  // Copied now: the names are put on one line later in the pipeline (annotate.ts).
  return { reads, owners, places: places.map((p) => ({ name: p.name, kind: p.kind, country: p.country, lat: p.lat, lon: p.lon, population: p.population })) };
}

function placed(run: PlaceRun, mentions: readonly NameMention[]): Place[] {
  const places: Place[] = run.places.map((p, i) => ({ id: `l${i + 1}`, name: p.name, mentions: [], kind: p.kind, country: p.country, lat: p.lat, lon: p.lon, population: p.population }));
  let i = 0;
  for (const m of mentions) {
    if (m.type !== 'LOC') continue;
    const span: Span = { start: m.start, end: m.end, text: m.text };
    places[run.owners[i++]].mentions.push(span);
  }
  return places;
}
