import { isSizeablePlace } from '../places/gazetteer';

// "Queenslanders", "New Yorkers", "Alabamians", "Texans": the people of a place, named by a
// word made of its name. A description like a nationality (CoNLL: MISC), never a body's name
// nor the place's, which the tagger may read them as. Made of a place's name by its endings:
// the place must be one news names alone (a country, a region, a city of 100,000), so that a
// surname in "-ers" ("Sanders", "Rogers") is not read as a small town's people.

/** Endings of a people's word, each with what the place's name ends in instead ("Florid-ians" → "Florid-a"). */
const RESIDENT_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ers', ['', 'e']], // Londoners, Queenslanders, Mainers
  ['ians', ['', 'a', 'ia']], // Bostonians, Alabamians, Virginians
  ['ans', ['', 'a', 'as']], // Ohioans, Iowans, Texans
  ['ites', ['']], // Brooklynites, Seattleites
];

/** The name of the place whose people a plural word names ("New Yorkers" → "New York"), or null. */
export function placeOfResidents(words: string): string | null {
  if (!/^\p{Lu}[\p{L} ]*\p{Ll}s$/u.test(words)) return null;
  for (const [ending, stems] of RESIDENT_ENDINGS) {
    if (!words.endsWith(ending)) continue;
    const stem = words.slice(0, -ending.length);
    if (stem.length < 3) continue;
    for (const tail of stems) if (isSizeablePlace(stem + tail)) return stem + tail;
  }
  return null;
}
