import type { PlaceKind } from '../types';
import { PlaceNameMatcher } from './placeNameMatcher';

export interface GazetteerEntry {
  name: string;
  kind: PlaceKind;
  country: string | null;
  lat: number | null;
  lon: number | null;
  population: number | null;
}

type Row = [string, PlaceKind, string | null, number | null, number | null, number | null];

let index: Map<string, GazetteerEntry[]> | undefined;

// Loaded on first lookup, never at activation: the bundle evaluates the JSON module lazily.
function load(): Map<string, GazetteerEntry[]> {
  if (index) return index;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const rows = require('./data/gazetteer.json') as Row[];
  index = new Map();
  for (const [name, kind, country, lat, lon, population] of rows) {
    const key = normalizePlaceName(name);
    const list = index.get(key) ?? [];
    list.push({ name, kind, country, lat, lon, population });
    index.set(key, list);
  }
  for (const list of index.values()) list.sort(byPrecedence);
  return index;
}

const KIND_RANK: Record<PlaceKind, number> = { country: 0, region: 1, city: 2, other: 3 };

// Countries and regions before cities of the same name ("Georgia"), then by population.
function byPrecedence(a: GazetteerEntry, b: GazetteerEntry): number {
  return KIND_RANK[a.kind] - KIND_RANK[b.kind] || (b.population ?? 0) - (a.population ?? 0);
}

export function normalizePlaceName(name: string): string {
  return name.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ');
}

/** Every gazetteer entry for a name, best first. */
export function lookupPlaces(name: string): readonly GazetteerEntry[] {
  return load().get(normalizePlaceName(name)) ?? [];
}

export function isKnownPlace(name: string): boolean {
  return lookupPlaces(name).length > 0;
}

/** Longest number of words any gazetteer name has, to bound the matcher's look-ahead. */
export const MAX_PLACE_WORDS = 5;

let matcher: PlaceNameMatcher | undefined;

/** Every gazetteer name in a trie, for the tagger's gazetteer features; built on first use. */
export function placeNameMatcher(): PlaceNameMatcher {
  if (matcher) return matcher;
  const names: Array<{ name: string; kind: PlaceKind }> = [];
  for (const list of load().values()) names.push({ name: list[0].name, kind: list[0].kind });
  matcher = new PlaceNameMatcher(names);
  return matcher;
}
