import { demonymCountry, lookupPlaces } from '../places/gazetteer';
import type { DescribedBody } from '../names/nameMention';
import { lowerCase } from '../text/lowerCase';
import { stripPossessive } from './personName';

// "Japan's central bank" after "the Bank of Japan", "the Russian foreign ministry" after "the
// Ministry of Foreign Affairs of Russia": a state's body described by its country and field
// (bodiesNamedByTheirCountry.ts) is the body the article names with its noun, its country and
// each word of its field. Not "Russia's defence ministry" after "the Russian Foreign Ministry",
// nor "Germany's central bank" after "the European Central Bank".

/** Words before a body's noun that say no field: "central bank" is the Bank of Japan. */
const NO_FIELD = new Set(['central', 'high', 'state', 'national', 'federal', 'state-run']);

export function fitsDescribedBody(name: string, body: DescribedBody): boolean {
  const words = name.split(/\s+/u).map((w) => stripPossessive(w).replace(/[,;:]$/u, ''));
  const lower = words.map(lowerCase);
  if (!lower.includes(body.head)) return false;
  for (const field of body.fields) {
    if (NO_FIELD.has(field)) continue;
    const stem = field.slice(0, 5);
    if (!lower.some((w) => w.startsWith(stem))) return false;
  }
  return words.some((w, i) => namesCountry(w, body.country) || (i > 0 && namesCountry(`${words[i - 1]} ${w}`, body.country)));
}

/** The word names the country or its people: "Japan", "Russian", "U.S.". */
function namesCountry(word: string, country: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  return demonymCountry(word) === country || lookupPlaces(word).some((e) => e.kind === 'country' && e.country === country);
}
