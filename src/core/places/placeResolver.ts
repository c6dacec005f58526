import { titleCase } from '../text/titleCase';
import type { NameMention } from '../names/nameMention';
import type { Place, Span } from '../types';
import { demonymCountry, foldAccents, lookupPlaces, normalizePlaceName, type GazetteerEntry } from './gazetteer';
import { cachedByText } from '../text/cachedByText';

// Turns the tagger's place mentions into places: mentions grouped by name, each name
// resolved to one gazetteer entry. An ambiguous name ("Washington", "Georgia", "Paris")
// takes the entry that best fits the article: a prior from kind and population (a
// capital counts for more than its size), raised where the entry lies in a country the
// article names elsewhere (other places, demonyms such as "Chinese"), where it shares a
// state or province with another place of the article ("Seattle" → Washington state),
// where the text says which kind is meant ("Washington state") or where the name is written
// with its state or country ("Paris, Texas"; a town that a namesake city dwarfs gains
// nothing from its state being named elsewhere: "attacks in Paris" in a story about Texas
// politics are in France). Mentions of names
// that resolve to the same entry ("U.S.", "United States") make one place.

const PRIOR_COUNTRY = 3.5;
const PRIOR_REGION = 3.0;
const CAPITAL_BONUS = 0.6;
const SAME_COUNTRY_BONUS = 0.8;
const SAME_DIVISION_BONUS = 1.0;
const QUALIFIER_BONUS = 5;

interface NameGroup {
  key: string;
  text: string;
  mentions: Span[];
  qualifier?: NameMention['placeQualifier'];
  /** "Paris, Texas", "Rome, Ga.", "Paris, France": the regions and countries a name was written with. */
  within?: GazetteerEntry[];
  /** "London, Ontario": the names written before this one and its comma, whose state or province it may be. */
  holds?: NameGroup[];
  /** "the Eastleigh district of Nairobi": the place this one is named as a part of. */
  partOf?: NameGroup;
  candidates: readonly GazetteerEntry[];
  chosen: GazetteerEntry | null;
}

// The places of an article are resolved again on every keystroke, and it repeats their
// names: each spelling is looked up once.
const placeKey = cachedByText(normalizePlaceName);
const demonymOf = cachedByText(demonymCountry);
// "Wis" where the full stop of "Wis." ended the sentence.
const candidatesOf = cachedByText((text: string): readonly GazetteerEntry[] => {
  // "US" without full stops, as British and wire copy write it: the gazetteer leaves two capitals out ("us" is a word), not the tagger's place.
  if (text === 'US') return lookupPlaces('U.S.');
  const found = lookupPlaces(text);
  if (found.length) return found;
  if (!text.endsWith('.')) {
    const stopped = lookupPlaces(`${text}.`);
    if (stopped.length) return stopped;
  }
  // "Davao City", "Zamboanga City": a city the gazetteer lists without "City" (Philippine, Malaysian, American usage).
  if (text.endsWith(' City')) {
    const cities = lookupPlaces(text.slice(0, -' City'.length)).filter((e) => e.kind === 'city');
    if (cities.length) return cities;
  }
  return divisionsNamedAfter(text);
});

/** Words for a division named after its seat or a place in it: "Ventura County", "Ishikawa Prefecture", "Kaduna State", "County Cork". */
const DIVISION_AFTER = /^(.+) (?:County|Prefecture|Province|State|District|Region|Governorate|Oblast|Parish)$/u;
const DIVISION_BEFORE = /^(?:County|Province of|State of) (\p{Lu}.*)$/u;

/**
 * Words for a division that one country alone uses in English: "Kanagawa Prefecture" lies in Japan,
 * "Masovian Voivodeship" in Poland, whether or not the gazetteer knows the name before the word.
 */
const DESIGNATION_COUNTRIES: ReadonlyMap<string, string> = new Map([['Prefecture', 'JP'], ['Voivodeship', 'PL']]);

/** The country of a division the gazetteer does not know, named with a word only that country's divisions bear. */
function countryOfDesignation(g: NameGroup): string | null {
  if (g.candidates.length > 0) return null;
  const space = g.text.lastIndexOf(' ');
  return space > 0 && /^\p{Lu}/u.test(g.text) ? DESIGNATION_COUNTRIES.get(g.text.slice(space + 1)) ?? null : null;
}

/** The divisions divisionsNamedAfter() makes: they stand only in an article that names their country elsewhere. */
const derivedDivisions = new WeakSet<GazetteerEntry>();

/**
 * "Ventura County", "Ishikawa Prefecture", "Kaduna State": a division the gazetteer lacks,
 * named after a town or region it knows, lies where that place lies: a region of its country
 * and state (so "Brownsville, Cameron County" and "Oxnard" pull the right one), at its
 * coordinates; only in an article that names its country elsewhere ("Nassau County" in a story
 * about New York is no county of the Bahamas). A country's name does not make a division.
 */
function divisionsNamedAfter(text: string): readonly GazetteerEntry[] {
  const after = DIVISION_AFTER.exec(text)?.[1];
  const before = after === undefined ? DIVISION_BEFORE.exec(text)?.[1] : undefined;
  const base = after ?? before;
  if (base === undefined) return [];
  // "Kaduna State", "Shan State"; in the US, "Boise State" and "Fresno State" are universities.
  const state = text.endsWith(' State');
  const out: GazetteerEntry[] = [];
  for (const e of lookupPlaces(base)) {
    if (e.kind === 'country' || e.kind === 'other' || (state && e.country === 'US')) continue;
    // "State of Virginia", "Province of Quebec": the region itself; "County Cork" is named after its town.
    if (before !== undefined && e.kind !== 'region' && !text.startsWith('County ')) continue;
    if (out.some((o) => o.country === e.country && o.admin === e.admin && o.admin !== null)) continue;
    const division: GazetteerEntry = { name: text, kind: 'region', country: e.country, lat: e.lat, lon: e.lon, population: null, admin: e.admin, capital: false };
    derivedDivisions.add(division);
    out.push(division);
  }
  return out;
}

export function resolvePlaces(mentions: readonly NameMention[]): Place[] {
  const groups = groupByName(mentions);
  const demonymCountries = new Set<string>();
  // Indexed, not for-of: run once a document, in V8's first tiers a for-of made an iterator result per mention.
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.type !== 'MISC') continue;
    const country = demonymOf(m.text);
    if (country) demonymCountries.add(country);
  }
  // Pass 1 without the other names' context, pass 2 with the choices of pass 1 (and of the
  // names before it in pass 2). The countries and divisions of the other names' choices are
  // counted once for all names, a name's own choice taken out while it chooses: asking each
  // name about every other one went quadratic in the number of place names.
  for (const g of groups) g.chosen = best(g, demonymCountries, NO_DIVISIONS, null);
  const countryCount = new Map<string, number>();
  const divisionCount = new Map<string, number>();
  // A state is pulled by its cities ("Seattle"), not by another name for itself ("Wash."):
  // "WASHINGTON —" heading a story that writes "(D-Wash.)" is the capital.
  const cityDivisionCount = new Map<string, number>();
  const count = (e: GazetteerEntry | null, by: number): void => {
    if (!e?.country) return;
    countryCount.set(e.country, (countryCount.get(e.country) ?? 0) + by);
    if (!e.admin) return;
    const division = `${e.country}:${e.admin}`;
    divisionCount.set(division, (divisionCount.get(division) ?? 0) + by);
    if (e.kind === 'city') cityDivisionCount.set(division, (cityDivisionCount.get(division) ?? 0) + by);
  };
  for (const g of groups) count(g.chosen, 1);
  const countries = { has: (c: string): boolean => demonymCountries.has(c) || (countryCount.get(c) ?? 0) > 0, weight: (c: string): number => Math.min(countryCount.get(c) ?? 0, TIE_PLACES) };
  const divisions = { has: (d: string): boolean => (divisionCount.get(d) ?? 0) > 0, hasCity: (d: string): boolean => (cityDivisionCount.get(d) ?? 0) > 0 };
  for (const g of groups) {
    if (g.candidates.length < 2 && !(g.candidates.length === 1 && derivedDivisions.has(g.candidates[0]))) continue;
    count(g.chosen, -1);
    g.chosen = best(g, countries, divisions, g.chosen);
    count(g.chosen, 1);
  }
  // "Aston Villa play at Villa Park" in a story about England: a small town abroad (Villa Park,
  // Illinois) that the article neither places nor joins to anything else of its country is no
  // town of that country; news names a small foreign town with its state or country.
  for (const g of groups) {
    const e = g.chosen;
    if (e?.kind !== 'city' || !e.country || (e.population ?? 0) >= SMALL_TOWN || g.within?.length || g.qualifier) continue;
    if ((countryCount.get(e.country) ?? 0) > 1 || demonymCountries.has(e.country)) continue;
    if ([...countryCount].some(([country, n]) => country !== e.country && n > 0)) g.chosen = null;
  }
  return toPlaces(groups);
}

/** A town smaller than this is written with its state or country when it lies abroad. */
const SMALL_TOWN = 50_000;

const NO_DIVISIONS: Divisions = { has: () => false, hasCity: () => false };

/** What best() asks of the countries and divisions the article names. */
interface Named {
  has(key: string): boolean;
  /** How many of the article's other places lie in the country (up to TIE_PLACES), where counted. */
  weight?(key: string): number;
}

/**
 * "Punjab" in a story about Lahore and Karachi that names India once: of two namesakes in
 * countries the article names, the one in the country more of its places lie in, by a margin
 * too small to outweigh anything but a tie (a tenth of SAME_COUNTRY_BONUS at most).
 */
const TIE_PLACES = 10;
const TIE_STEP = SAME_COUNTRY_BONUS / 10 / TIE_PLACES;

/** The states and provinces the article's places lie in: of any of them, and of its cities. */
interface Divisions extends Named {
  hasCity(key: string): boolean;
}

/** Written in capitals throughout, and long enough not to be an abbreviation ("GENEVA", not "UK"). */
function isAllCapitals(text: string): boolean {
  return text.length > 3 && text === text.toUpperCase() && text !== text.toLowerCase();
}

function groupByName(mentions: readonly NameMention[]): NameGroup[] {
  const byKey = new Map<string, NameGroup>();
  let previous = null as { mention: NameMention; group: NameGroup } | null;
  // Indexed, not for-of: run once a document, in V8's first tiers a for-of made an iterator result per mention.
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.type !== 'LOC') continue;
    const part = previous?.mention.placeQualifier === 'part' && m.start - previous.mention.end <= PART_GAP ? previous.group : null;
    const key = placeKey(m.text);
    // "the Kharkiv region" and "the city of Kharkiv": the region is a place of its own.
    const groupKey = m.placeQualifier === 'region' ? `${key}\u0000region` : key;
    let g = byKey.get(groupKey);
    if (!g) {
      g = { key, text: m.text, mentions: [], candidates: candidatesOf(m.text), chosen: null };
      byKey.set(groupKey, g);
    }
    g.mentions.push({ start: m.start, end: m.end, text: m.text });
    // "GENEVA, Aug 14 (AP) —" then "in Geneva": the place is named as the text writes it, not as the dateline shouts it.
    if (isAllCapitals(g.text) && !isAllCapitals(m.text)) g.text = m.text;
    if (m.placeQualifier && m.placeQualifier !== 'part') g.qualifier = m.placeQualifier;
    if (part && part !== g) part.partOf ??= g;
    // "Paris, Texas": a place right after another one and its comma says where that one lies.
    // (Mentions hold no text; two characters between two place names are ", ".)
    if (previous && previous.mention.end + 2 === m.start && previous.group !== g) {
      const areas = g.candidates.filter((e) => e.kind === 'region' || e.kind === 'country');
      if (areas.length) (previous.group.within ??= []).push(...areas);
      (g.holds ??= []).push(previous.group);
    }
    previous = { mention: m, group: g };
  }
  return [...byKey.values()];
}

/** At most " neighbourhood of " between a part's name and its whole's. */
const PART_GAP = 20;

function prior(e: GazetteerEntry): number {
  if (e.kind === 'country') return PRIOR_COUNTRY;
  if (e.kind === 'region') return PRIOR_REGION;
  if (e.kind === 'city') return Math.log10(Math.max(10, e.population ?? 10)) / 2 + (e.capital ? CAPITAL_BONUS : 0);
  return 0;
}

/** A town this many times smaller than a namesake city gains nothing from its state being named elsewhere in the article. */
const DWARFED = 50;

/** A town below this size named like a state or a country gains nothing from its state being named elsewhere in the article. */
const TOWN_UNDER_AREA = 100_000;

/** A town this many times smaller than a namesake city gains nothing from its country being named in the article. */
const COUNTRY_DWARFED = 8;

function best(g: NameGroup, countries: Named, divisions: Divisions, current: GazetteerEntry | null): GazetteerEntry | null {
  // "at the Emirates" in a match report: a ground, not the country it is named like.
  if (g.qualifier === 'venue') return null;
  // "BOCA CHICA, Texas": the text says where the place lies; a namesake elsewhere (a Dominican town) is not it, and none may be known.
  // Only a town's name before a state's or a province's: in a list of countries or states ("Syria, Iran") the comma says nothing of where.
  // (Only where no namesake is even in the state's country: the gazetteer's states and towns do not always share their codes.)
  if (g.within?.length && g.within.every((a) => a.kind === 'region') && g.candidates.every((e) => e.kind === 'city')
    && !g.candidates.some((e) => g.within!.some((a) => a.country === e.country))) return null;
  // "the Eastleigh district of Nairobi": a part lies in its whole's country; a namesake elsewhere (Eastleigh, England) is not it.
  const wholes = g.partOf ? (g.partOf.chosen ? [g.partOf.chosen] : g.partOf.candidates) : null;
  if (wholes?.length && !g.candidates.some((e) => wholes.some((w) => w !== e && w.country === e.country))) return null;
  let chosen = current;
  let top = -Infinity;
  let largest = 0;
  for (const e of g.candidates) if (e.kind === 'city') largest = Math.max(largest, e.population ?? 0);
  const namesakeArea = g.candidates.some((e) => e.kind === 'region' || e.kind === 'country');
  for (const e of g.candidates) {
    if (derivedDivisions.has(e) && !(e.country && countries.has(e.country))) continue;
    if (wholes?.length && !wholes.some((w) => w !== e && w.country === e.country)) continue;
    let score = prior(e);
    // A country does not gain from being named itself; its cities and regions do, but not a
    // town a namesake city dwarfs: "Geneva" in a story that names the United States is still
    // the Swiss city (Geneva, Illinois, is eight times smaller).
    if (e.country && e.kind !== 'country' && countries.has(e.country) && !(e.kind === 'city' && (e.population ?? 0) * COUNTRY_DWARFED < largest)) score += SAME_COUNTRY_BONUS + (countries.weight?.(e.country) ?? 0) * TIE_STEP;
    // "attacks in Paris" in a story that also names Texas: Paris, Texas (25,000 people) only
    // when the text writes it so ("Paris, Texas", below), not for sharing a state with the story.
    // Nor "the 68-year-old Oregon native" in a story about Cleveland: a town that shares a state's or a country's name (Oregon, Ohio).
    const dwarfed = e.kind === 'city' && ((e.population ?? 0) * DWARFED < largest || (namesakeArea && (e.population ?? 0) < TOWN_UNDER_AREA));
    const division = `${e.country}:${e.admin}`;
    if (e.country && e.admin && !dwarfed && (e.kind === 'region' ? divisions.hasCity(division) : divisions.has(division))) score += SAME_DIVISION_BONUS;
    if (g.qualifier === 'state' && e.kind === 'region') score += QUALIFIER_BONUS;
    if (g.qualifier === 'city' && e.kind === 'city') score += QUALIFIER_BONUS;
    if (g.within?.some((a) => liesIn(e, a)) || wholes?.some((w) => liesIn(e, w))) score += QUALIFIER_BONUS;
    // "London, Ontario": the province, not the Californian city, when a town of that name lies in it.
    if (e.kind === 'region' && g.holds?.some((h) => h.candidates.some((c) => liesIn(c, e)))) score += QUALIFIER_BONUS;
    if (score > top) {
      top = score;
      chosen = e;
    }
  }
  return chosen;
}

/**
 * A city or region inside a region (same country and state or province) or a country. A region
 * the gazetteer gives no division code ("Kent", "Ontario") holds the cities of its country:
 * "Margate, Kent" is the English town, "London, Ontario" the Canadian city.
 */
function liesIn(e: GazetteerEntry, area: GazetteerEntry): boolean {
  if (e === area || e.kind === 'country' || e.country !== area.country) return false;
  return area.kind === 'country' || (e.kind === 'city' && (area.admin === null || (e.admin !== null && e.admin === area.admin)));
}

/** The gazetteer's name spells the name the text writes, but for case, and for accents where the text writes capitals ("SAO PAULO" is São Paulo, "Montreal" stays so). */
function sameSpelling(name: string, g: NameGroup): boolean {
  const own = normalizePlaceName(name);
  return own === g.key || (isAllCapitals(g.text) && own.length === g.key.length && foldAccents(own) === g.key);
}

/** A name in capitals that is no acronym: two words or more ("BOCA CHICA", "WINSTON-SALEM"), or one long word ("FAIRVIEW", not "ISIS"). */
function readsAsCapitalizedName(text: string): boolean {
  return isAllCapitals(text) && (/[\s-]/u.test(text) || text.length >= 6);
}

/**
 * "Cwmtillery, Blaenau Gwent": a village the gazetteer does not know, named with the region it
 * lies in, lies in that region's country (nothing more is known of it: no kind, no coordinates).
 */
function countryOfUnknownTown(g: NameGroup): string | null {
  // "the Kibera district of Nairobi": the part lies in its whole's country.
  if (g.partOf?.chosen?.country) return g.partOf.chosen.country;
  const designated = countryOfDesignation(g);
  if (designated !== null) return designated;
  if (g.candidates.length > 0 || !g.within?.length) return null;
  const countries = new Set(g.within.map((a) => a.country));
  return countries.size === 1 ? [...countries][0] : null;
}

function toPlaces(groups: NameGroup[]): Place[] {
  const places: Place[] = [];
  const byEntity = new Map<unknown, Place>();
  for (const g of groups) {
    const e = g.chosen;
    // "U.S." and "United States" are different rows of one country: countries join by code.
    const identity = e ? (e.kind === 'country' ? `country:${e.country}` : e) : null;
    const existing = identity ? byEntity.get(identity) : undefined;
    if (existing) {
      existing.mentions.push(...g.mentions);
      existing.mentions.sort((a, b) => a.start - b.start);
      if (g.text.length > existing.name.length) existing.name = g.text;
      continue;
    }
    // "the Donetsk region": the text names the province its chief city names; the gazetteer,
    // knowing only the city, still gives the country ("West Java province", unknown to it: a region still).
    if (g.qualifier === 'region' && (e === null || e.kind === 'city')) {
      places.push({ id: `l${places.length + 1}`, name: g.text, mentions: g.mentions, kind: 'region', country: e?.country ?? countryOfUnknownTown(g), lat: null, lon: null, population: null });
      continue;
    }
    const place: Place = {
      id: `l${places.length + 1}`,
      name: e && sameSpelling(e.name, g) ? e.name : readsAsCapitalizedName(g.text) ? titleCase(g.text) : g.text,
      mentions: g.mentions,
      kind: e?.kind ?? (countryOfDesignation(g) !== null ? 'region' : 'other'),
      country: e?.country ?? countryOfUnknownTown(g),
      lat: e?.lat ?? null,
      lon: e?.lon ?? null,
      population: e?.population ?? null,
    };
    places.push(place);
    if (identity) byEntity.set(identity, place);
  }
  return places;
}
