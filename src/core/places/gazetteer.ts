import type { PlaceKind } from '../types';
import { PlaceNameMatcher } from './placeNameMatcher';
import { lowerCase } from '../text/lowerCase';
import { cachedByText } from '../text/cachedByText';

// The place gazetteer (built by scripts/buildGazetteer.ts from GeoNames-derived packages).
// Loaded on first lookup, never at activation: the bundle evaluates the JSON lazily.

export interface GazetteerEntry {
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2, or null (regions such as "Middle East"). */
  country: string | null;
  lat: number | null;
  lon: number | null;
  population: number | null;
  /** First-level division (the postal code for US states and US cities), or null. */
  admin: string | null;
  capital: boolean;
}

type Row = [string, PlaceKind, string | null, number | null, number | null, number | null, string | null, 0 | 1];

interface GazetteerData {
  places: Row[];
  /** First-level divisions outside the US ("Nova Scotia", "Tigray"): for look-ups only. */
  divisions: Row[];
  demonyms: Array<[string, string]>;
}

interface Loaded {
  /** By each name as the gazetteer writes it (what the tagger's place feature is built from). */
  index: Map<string, GazetteerEntry[]>;
  /** By those names without accents, and by English exonyms: what lookups use. */
  lookup: Map<string, GazetteerEntry[]>;
  demonyms: Map<string, string>;
}

/**
 * English names of cities the gazetteer's source writes in their own language. News in
 * English writes "Geneva" and "Cologne"; without these, "Geneva" found only Geneva,
 * Illinois. Accents need no entry: "Zurich" and "Sao Paulo" are found by folding.
 */
const EXONYMS: ReadonlyArray<[string, string]> = [
  ['geneva', 'genève'], ['cologne', 'köln'], ['lucerne', 'luzern'], ['seville', 'sevilla'], ['gothenburg', 'göteborg'],
  ['nuremberg', 'nürnberg'], ['antwerp', 'antwerpen'], ['bruges', 'brugge'], ['ghent', 'gent'], ['hanover', 'hannover'],
  ['brunswick', 'braunschweig'], ['fez', 'fès'], ['frankfurt', 'frankfurt am main'],
  // Irish towns the source names in Irish: without them "Galway" was no place and "Limerick"
  // was Limerick, Pennsylvania (which then drew "Ennis" to Texas).
  ['galway', 'gaillimh'], ['limerick', 'luimneach'], ['wexford', 'loch garman'], ['newbridge', 'droichead nua'],
  ['mullingar', 'an muileann gcearr'], ['clonmel', 'cluain meala'],
  // Cities renamed, or spelt otherwise in English news.
  ['bangalore', 'bengaluru'], ['marrakech', 'marrakesh'], ['basra', 'basrah'], ['fallujah', 'al fallūjah'], ['raqqa', 'ar raqqah'],
  ['astana', 'nur-sultan'], ['ulaanbaatar', 'ulan bator'], ['gqeberha', 'port elizabeth'], ['quebec city', 'québec'], ['xian', "xi'an"],
  ['rangoon', 'yangon'], ['khan younis', 'khān yūnis'], ['khan yunis', 'khān yūnis'], ['jenin', 'janīn'], ['jabalia', 'jabālyā'],
  // Former names history and obituaries still write.
  ['saigon', 'ho chi minh city'], ['bombay', 'mumbai'], ['madras', 'chennai'], ['calcutta', 'kolkata'], ['peking', 'beijing'],
];

const MIN_FOLDED_LENGTH = 4;

/** Letters that Unicode does not decompose into a base letter and an accent. */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ı: 'i', þ: 'th', ð: 'd' };

/** Nothing to fold. */
const ASCII = /^[\u0020-\u007e]*$/;

/** A normalized name without accents: "zürich" → "zurich", "łódź" → "lodz". */
export function foldAccents(key: string): string {
  return key.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[łøæœßđıþð]/gu, (c) => UNDECOMPOSED[c] ?? c);
}

let loaded: Loaded | undefined;

function load(): Loaded {
  if (loaded) return loaded;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const data = require('./data/gazetteer.json') as GazetteerData;
  const index = new Map<string, GazetteerEntry[]>();
  for (const [name, kind, country, lat, lon, population, admin, capital] of data.places) {
    const key = normalizePlaceName(name);
    let list = index.get(key);
    if (!list) {
      list = [];
      index.set(key, list);
    }
    list.push({ name, kind, country, lat, lon, population, admin, capital: capital === 1 });
  }
  for (const list of index.values()) list.sort(byPrecedence);
  // Most names have no other spelling, so their look-up list is the index's own; a list
  // is copied (and sorted again) only when a folded name or an exonym adds to it. Start-up
  // pays for every allocation here: copying all 25,000 lists was a third of the load.
  const lookup = new Map<string, GazetteerEntry[]>();
  const own = new Set<GazetteerEntry[]>();
  const addTo = (key: string, entries: GazetteerEntry[]): void => {
    let list = lookup.get(key);
    if (!list) {
      lookup.set(key, entries);
      return;
    }
    if (!own.has(list)) {
      list = [...list];
      own.add(list);
      lookup.set(key, list);
    }
    for (const e of entries) if (!list.includes(e)) list.push(e);
  };
  for (const [key, list] of index) {
    addTo(key, list);
    // A short name loses too much with its accents: "Göd" (Hungary) would be every "God".
    const folded = ASCII.test(key) ? key : foldAccents(key);
    if (folded !== key && folded.length >= MIN_FOLDED_LENGTH) addTo(folded, list);
  }
  for (const [exonym, local] of EXONYMS) {
    const list = index.get(local);
    if (list) addTo(exonym, list);
  }
  // Not in `index`: the tagger's model was trained with a place feature that did not know them,
  // and a feature must read what it read in training (nameModelReproducible.test.ts).
  for (const [name, kind, country, lat, lon, population, admin, capital] of data.divisions) {
    const key = normalizePlaceName(name);
    const entry: GazetteerEntry = { name, kind, country, lat, lon, population, admin, capital: capital === 1 };
    addTo(key, [entry]);
    const folded = ASCII.test(key) ? key : foldAccents(key);
    if (folded !== key && folded.length >= MIN_FOLDED_LENGTH) addTo(folded, [entry]);
  }
  for (const list of own) list.sort(byPrecedence);
  const demonyms = new Map<string, string>();
  for (const [word, country] of data.demonyms) demonyms.set(word.toLowerCase(), country);
  loaded = { index, lookup, demonyms };
  return loaded;
}

const KIND_RANK: Record<PlaceKind, number> = { country: 0, region: 1, city: 2, other: 3 };

// Without context: countries, then regions, then cities by population, capitals first.
function byPrecedence(a: GazetteerEntry, b: GazetteerEntry): number {
  return (
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    Number(b.capital) - Number(a.capital) ||
    (b.population ?? 0) - (a.population ?? 0)
  );
}

export function normalizePlaceName(name: string): string {
  return name.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').replace(/^the /, '');
}

/** Every gazetteer entry for a name, in context-free precedence order. */
export function lookupPlaces(name: string): readonly GazetteerEntry[] {
  return placesByName(name);
}

/**
 * The finders ask about the same names over and over (each mention of a person, firm or
 * place, by several rules), and normalizing a name costs a lower-casing and three
 * replacements: each name's answer is kept. The gazetteer never changes once loaded, and the
 * lists are read-only to every caller.
 */
const placesByName = cachedByText((name: string): readonly GazetteerEntry[] => {
  const { lookup } = load();
  const key = normalizePlaceName(name);
  // Most names asked about are no place, and plain ASCII, which folding leaves as it is:
  // folding them (a Unicode normalization and two replacements) would only ask again.
  const found = lookup.get(key) ?? (ASCII.test(key) ? undefined : lookup.get(foldAccents(key)));
  if (found) return found;
  const spelledOut = otherAbbreviation(key);
  return (spelledOut !== null ? lookup.get(spelledOut) : undefined) ?? NO_PLACES;
});

/** "St. Paul" and "Saint Paul", "Ft. Worth" and "Fort Worth": the gazetteer writes one, news either. */
const ABBREVIATED_OPENINGS: ReadonlyArray<[RegExp, string]> = [
  [/^st\.? /u, 'saint '], [/^saint /u, 'st. '], [/^ste\.? /u, 'sainte '], [/^sainte /u, 'ste. '],
  [/^ft\.? /u, 'fort '], [/^fort /u, 'ft. '], [/^mt\.? /u, 'mount '], [/^mount /u, 'mt. '],
];

/** The name with its opening abbreviation written out, or written out one abbreviated; null where it has none. */
function otherAbbreviation(key: string): string | null {
  const c = key.charCodeAt(0);
  if (c !== 0x73 && c !== 0x66 && c !== 0x6d) return null; // s, f, m
  for (const [opening, other] of ABBREVIATED_OPENINGS) if (opening.test(key)) return key.replace(opening, other);
  return null;
}

const NO_PLACES: readonly GazetteerEntry[] = Object.freeze([]);

/** Countries news names by their initials without full stops, which the gazetteer leaves out ("US" is a word too). */
export const COUNTRY_INITIALS: ReadonlySet<string> = new Set(['US', 'UK', 'UAE', 'USA']);

export function isKnownPlace(name: string): boolean {
  return lookupPlaces(name).length > 0;
}

/**
 * The gazetteer knows a country, a region or a city of 100,000 people or more by this name: a
 * place news names on its own, where a small town's name is more often a person's or a firm's
 * ("the Obama administration", Obama, Japan; the pollster Gallup, Gallup, New Mexico).
 */
/** The gazetteer knows the name as a country's or a region's (a state, a province, a county). */
export function namesCountryOrRegion(name: string): boolean {
  return lookupPlaces(name).some((e) => e.kind === 'country' || e.kind === 'region');
}

export function isSizeablePlace(name: string): boolean {
  return lookupPlaces(name).some((e) => e.kind !== 'city' || (e.population ?? 0) >= 100_000);
}

/** The country a demonym or nationality word refers to ("Chinese" → CN, "Americans" → US). */
export function demonymCountry(word: string): string | null {
  const { demonyms } = load();
  const lower = lowerCase(word);
  return demonyms.get(lower) ?? (lower.endsWith('s') ? (demonyms.get(lower.slice(0, -1)) ?? null) : null);
}

/** Cities below this size are left out of the tagger's gazetteer feature (too many are common words). */
const FEATURE_MIN_CITY_POPULATION = 100_000;

let matcher: PlaceNameMatcher | undefined;

/**
 * Gazetteer names in a trie for the tagger's gazetteer features: countries, regions,
 * capitals and cities of 100,000 people or more. Built on first use.
 */
export function placeNameMatcher(): PlaceNameMatcher {
  if (matcher) return matcher;
  const names: Array<{ name: string; kind: PlaceKind }> = [];
  for (const list of load().index.values()) {
    const best = list.find((e) => e.kind !== 'city' || e.capital || (e.population ?? 0) >= FEATURE_MIN_CITY_POPULATION);
    if (best) names.push({ name: best.name, kind: best.kind });
  }
  matcher = new PlaceNameMatcher(names);
  return matcher;
}
