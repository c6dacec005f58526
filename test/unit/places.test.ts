import * as assert from 'node:assert/strict';
import type { NameMention, NameType } from '../../src/core/names/nameMention';
import { demonymCountry, foldAccents, lookupPlaces, placeNameMatcher } from '../../src/core/places/gazetteer';
import { resolvePlaces } from '../../src/core/places/placeResolver';
import { annotate } from '../../src/core/annotate';

// Mentions as the tagger would give them for sentences written for these tests; the
// resolver sees only mentions, so each test spells out the article's other names.
function mentions(...items: Array<[string, NameType] | [string, NameType, 'state' | 'city']>): NameMention[] {
  let at = 0;
  return items.map(([text, type, qualifier]) => {
    const m: NameMention = { start: at, end: at + text.length, text, type };
    if (qualifier) m.placeQualifier = qualifier;
    at += text.length + 10;
    return m;
  });
}

const placeNamed = (places: ReturnType<typeof resolvePlaces>, name: string): ReturnType<typeof resolvePlaces>[number] => {
  const p = places.find((x) => x.mentions.some((m) => m.text === name));
  assert.ok(p, `no place for ${name}`);
  return p;
};

suite('gazetteer', () => {
  test('entries carry kind, country, coordinates and population', () => {
    const beijing = lookupPlaces('Beijing')[0];
    assert.equal(beijing.kind, 'city');
    assert.equal(beijing.country, 'CN');
    assert.ok(Math.abs((beijing.lat ?? 0) - 39.9) < 0.5 && Math.abs((beijing.lon ?? 0) - 116.4) < 0.5);
    assert.ok((beijing.population ?? 0) > 5_000_000);
    const france = lookupPlaces('France')[0];
    assert.equal(france.kind, 'country');
    assert.ok((france.population ?? 0) > 50_000_000);
    assert.equal(lookupPlaces('Texas')[0].kind, 'region');
    assert.equal(lookupPlaces('the Netherlands')[0]?.country, 'NL');
  });

  test('demonyms link to countries but are not place names', () => {
    assert.equal(demonymCountry('Chinese'), 'CN');
    assert.equal(demonymCountry('Americans'), 'US');
    assert.equal(demonymCountry('British'), 'GB');
    assert.equal(demonymCountry('Paris'), null);
    assert.equal(lookupPlaces('Chinese').length, 0);
  });

  test("the tagger's gazetteer feature leaves out small towns named like common words", () => {
    const words = ['Police', 'Most', 'Bath'];
    for (const w of words) assert.ok(lookupPlaces(w).length > 0, `${w} is in the gazetteer`);
    const out = new Uint8Array(3);
    const lower = words.map((w) => w.toLowerCase());
    const matcher = placeNameMatcher();
    matcher.mark((i) => lower[i], (i) => matcher.startOf(lower[i]), 0, 3, out);
    assert.deepEqual(Array.from(out), [0, 0, 0]);
  });

  test('provinces, states and counties outside the US are regions of their country, known to look-ups but not to the tagger\'s feature', () => {
    for (const [name, country] of [['Nova Scotia', 'CA'], ['Anambra', 'NG'], ['Tigray', 'ET'], ['Baden-Wurttemberg', 'DE'], ['Kent', 'GB']]) {
      const [first] = lookupPlaces(name);
      assert.deepEqual([first?.kind, first?.country], ['region', country], name);
    }
    // "Punjab" is a state of India and a province of Pakistan: both are there.
    assert.deepEqual(lookupPlaces('Punjab').map((e) => e.country).sort(), ['IN', 'PK']);
    // A division named like a big city of its country is left to the city: "Lagos" is the city.
    assert.deepEqual(lookupPlaces('Lagos').filter((e) => e.country === 'NG').map((e) => e.kind), ['city']);
    const words = ['nova', 'scotia'];
    const out = new Uint8Array(2);
    const matcher = placeNameMatcher();
    matcher.mark((i) => words[i], (i) => matcher.startOf(words[i]), 0, 2, out);
    assert.deepEqual(Array.from(out), [0, 0]);
  });
  test('French régions, Mexican and Brazilian states, Philippine and Kenyan areas are regions of their country', () => {
    for (const [name, country] of [['Île-de-France', 'FR'], ['Nouvelle-Aquitaine', 'FR'], ["Provence-Alpes-Côte d'Azur", 'FR'], ['Coahuila', 'MX'], ['Quintana Roo', 'MX'],
      ['Goiás', 'BR'], ['Ceara', 'BR'], ['Metro Manila', 'PH'], ['Turkana', 'KE'], ['County Galway', 'IE'], ['Donegal', 'IE'], ['Otago', 'NZ'], ["Hawke's Bay", 'NZ']]) {
      const [e] = lookupPlaces(name);
      assert.deepEqual([e?.kind, e?.country], ['region', country], name);
    }
  });
});

suite('gazetteer: names as English news writes them', () => {
  test('without accents: "Zurich", "Sao Paulo", "Krakow", "Lodz" find Zürich, São Paulo, Kraków, Łódź', () => {
    for (const [written, country, name] of [['Zurich', 'CH', 'Zürich'], ['Sao Paulo', 'BR', 'São Paulo'], ['Krakow', 'PL', 'Kraków'], ['Lodz', 'PL', 'Łódź'], ['Malmo', 'SE', 'Malmö']]) {
      const best = lookupPlaces(written)[0];
      assert.deepEqual(best && [best.name, best.country], [name, country], written);
    }
  });

  test('folding leaves plain ASCII as it is (lookupPlaces asks no second time for such names)', () => {
    const printable = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
    for (const key of [printable, 'new york', "o'hare", 'st. john-smith & co. (1999)']) assert.equal(foldAccents(key), key);
  });

  test('a name asked about again gets the answer kept; the answer for no place is shared and frozen, so no caller can change it for the next', () => {
    assert.equal(lookupPlaces('Paris'), lookupPlaces('Paris'));
    assert.deepEqual(lookupPlaces('Qwxzv Hollow'), []);
    assert.ok(Object.isFrozen(lookupPlaces('Qwxzv Hollow')));
  });

  test('a short name is not found without its accents: "God" is no town in Hungary, "Göd" is', () => {
    assert.deepEqual(lookupPlaces('God'), []);
    assert.equal(lookupPlaces('Göd')[0]?.country, 'HU');
  });

  test('English exonyms: "Geneva" is Genève in Switzerland before Geneva, Illinois; "Cologne" is Köln', () => {
    assert.deepEqual(lookupPlaces('Geneva').map((e) => e.country).slice(0, 2), ['CH', 'US']);
    assert.equal(lookupPlaces('Cologne')[0]?.name, 'Köln');
    const a = annotate('GENEVA, Nov. 14 (Reuters) - Delegates met in Geneva on Thursday.', { documentDate: '2024-11-14' });
    assert.deepEqual(a.places.map((p) => [p.name.toLowerCase(), p.country]), [['geneva', 'CH']]);
  });

  test('"St." and "Saint", "Ft." and "Fort", "Mt." and "Mount" name the same place', () => {
    assert.equal(lookupPlaces('St. Paul')[0]?.name, 'Saint Paul');
    assert.equal(lookupPlaces('Ft. Worth')[0]?.name, 'Fort Worth');
    assert.equal(lookupPlaces('Saint Louis')[0]?.name, 'St. Louis');
    assert.equal(lookupPlaces('Mt. Vernon')[0]?.country, 'US');
    assert.deepEqual(lookupPlaces('St. Nowhereville'), []);
  });

  test('Wales\'s principal areas, Scotland\'s areas and Northern Ireland\'s counties are regions of the UK; a village named with one lies in the UK', () => {
    for (const name of ['Blaenau Gwent', 'Rhondda Cynon Taf', 'Powys', 'Pembrokeshire', 'Lanarkshire', 'Dumfries and Galloway', 'Fermanagh', 'County Tyrone']) {
      assert.equal(lookupPlaces(name)[0]?.country, 'GB', name);
    }
    const a = annotate('In Cwmtillery, Blaenau Gwent, a landslip closed the road.', { documentDate: '2026-11-28' });
    assert.deepEqual(a.places.map((p) => [p.name, p.kind, p.country]), [['Cwmtillery', 'other', 'GB'], ['Blaenau Gwent', 'region', 'GB']]);
  });

  test('London\'s boroughs are places in the UK: "told reporters in Westminster", "a stabbing in Hackney", "Tower Hamlets"', () => {
    const a = annotate('The Conservative leader told reporters in Westminster on Monday. Police were called to a stabbing in Hackney, and a school in Tower Hamlets closed.', { documentDate: '2026-11-28' });
    assert.deepEqual(a.places.map((p) => [p.name, p.country]), [['Westminster', 'GB'], ['Hackney', 'GB'], ['Tower Hamlets', 'GB']]);
    // A US city with its state stays in the US.
    const us = annotate('The shooting happened in Westminster, Colo., on Friday.', { documentDate: '2026-11-28' });
    assert.equal(us.places.find((p) => p.name === 'Westminster')?.country, 'US');
  });

  test('cities renamed or spelt otherwise in English news: Khan Younis, Gqeberha, Bangalore, Rangoon', () => {
    const a = annotate('Strikes hit Khan Younis overnight. The match is in Gqeberha. Flights from Bangalore and Rangoon were cancelled.', { documentDate: '2026-11-28' });
    assert.deepEqual(a.places.map((p) => [p.name, p.country]), [['Khan Younis', 'PS'], ['Gqeberha', 'ZA'], ['Bangalore', 'IN'], ['Rangoon', 'MM']]);
    // Former names that history and obituaries still write.
    const former = annotate('She reported from Saigon in 1968 and from Bombay and Calcutta later.', { documentDate: '2026-11-28' });
    assert.deepEqual(former.places.map((p) => [p.name, p.country]), [['Saigon', 'VN'], ['Bombay', 'IN'], ['Calcutta', 'IN']]);
  });

  test('Irish towns the gazetteer writes in Irish are found by their English names: "Galway", "Limerick"', () => {
    assert.equal(lookupPlaces('Galway')[0]?.country, 'IE');
    assert.equal(lookupPlaces('Limerick')[0]?.country, 'IE');
    const a = annotate('New beds will open in Limerick and Galway next spring, the minister said in Ennis.', { documentDate: '2025-03-02' });
    assert.deepEqual(
      a.places.map((p) => [p.name, p.country]).sort(),
      [['Ennis', 'IE'], ['Galway', 'IE'], ['Limerick', 'IE']],
    );
  });
});

suite('place resolver: ambiguous names by context and population', () => {
  test('"Washington" alone is the capital', () => {
    const p = placeNamed(resolvePlaces(mentions(['Washington', 'LOC'])), 'Washington');
    assert.equal(p.kind, 'city');
    assert.equal(p.country, 'US');
    assert.ok(Math.abs((p.lat ?? 0) - 38.9) < 0.2, `lat ${p.lat}`);
  });

  test('"Washington state" is the state', () => {
    const p = placeNamed(resolvePlaces(mentions(['Washington', 'LOC', 'state'])), 'Washington');
    assert.equal(p.kind, 'region');
    assert.ok(Math.abs((p.lat ?? 0) - 47.4) < 0.5);
  });

  test('"Washington" with Seattle and Spokane in the article is the state', () => {
    const p = placeNamed(resolvePlaces(mentions(['Seattle', 'LOC'], ['Washington', 'LOC'], ['Spokane', 'LOC'])), 'Washington');
    assert.equal(p.kind, 'region');
  });

  test('"WASHINGTON —" over a story that writes "(D-Wash.)" is the capital: another name for the state does not pull the state', () => {
    const p = placeNamed(resolvePlaces(mentions(['WASHINGTON', 'LOC'], ['Wash.', 'LOC'], ['Calif.', 'LOC'])), 'WASHINGTON');
    assert.deepEqual([p.kind, p.country], ['city', 'US']);
  });

  test('"Georgia" is the country, unless the article is about Atlanta', () => {
    assert.equal(placeNamed(resolvePlaces(mentions(['Georgia', 'LOC'], ['Tbilisi', 'LOC'])), 'Georgia').country, 'GE');
    assert.equal(placeNamed(resolvePlaces(mentions(['Georgia', 'LOC'])), 'Georgia').country, 'GE');
    const us = placeNamed(resolvePlaces(mentions(['Atlanta', 'LOC'], ['Georgia', 'LOC'])), 'Georgia');
    assert.equal(us.country, 'US');
    assert.equal(us.kind, 'region');
  });

  test('"Paris" is in France, even in a story that names Texas, unless it is written "Paris, Texas"', () => {
    assert.equal(placeNamed(resolvePlaces(mentions(['Paris', 'LOC'])), 'Paris').country, 'FR');
    // "the attacks in Paris" in a story about Texas politics: a town of 25,000 does not outweigh a capital for sharing a state with the story.
    assert.equal(placeNamed(resolvePlaces(mentions(['Paris', 'LOC'], ['Texas', 'LOC'])), 'Paris').country, 'FR');
    const written = (text: string): NameMention[] =>
      [...text.matchAll(/\p{Lu}[\p{L}.]*/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], type: 'LOC' as const }));
    const texas = placeNamed(resolvePlaces(written('Paris, Texas')), 'Paris');
    assert.deepEqual([texas.country, texas.kind], ['US', 'city']);
    assert.equal(placeNamed(resolvePlaces(written('Rome, Ga.')), 'Rome').country, 'US');
    assert.equal(placeNamed(resolvePlaces(written('Rome, Italy')), 'Rome').country, 'IT');
  });

  test('"London, Ontario" and "Margate, Kent": a province or county is written after its town, even in a story that names the US', () => {
    const written = (text: string): NameMention[] =>
      [...text.matchAll(/\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], type: 'LOC' as const }));
    const ontario = resolvePlaces(written('Chicago and London, Ontario and United States'));
    assert.deepEqual([placeNamed(ontario, 'London').country, placeNamed(ontario, 'London').kind], ['CA', 'city']);
    assert.deepEqual([placeNamed(ontario, 'Ontario').country, placeNamed(ontario, 'Ontario').kind], ['CA', 'region']);
    const kent = resolvePlaces(written('Margate, Kent and Ohio'));
    assert.deepEqual([placeNamed(kent, 'Margate').country, placeNamed(kent, 'Kent').country, placeNamed(kent, 'Kent').kind], ['GB', 'GB', 'region']);
    assert.equal(placeNamed(resolvePlaces(written('Victoria, British Columbia')), 'Victoria').country, 'CA');
  });

  test('"Ventura County", "Kaduna State", "County Cork": a division named after a known place is a region of that place\'s country, when the article names the country', () => {
    const ventura = placeNamed(resolvePlaces(mentions(['Ventura County', 'LOC'], ['California', 'LOC'])), 'Ventura County');
    assert.deepEqual([ventura.kind, ventura.country], ['region', 'US']);
    const kaduna = placeNamed(resolvePlaces(mentions(['Kaduna State', 'LOC'], ['Nigeria', 'LOC'])), 'Kaduna State');
    assert.deepEqual([kaduna.kind, kaduna.country], ['region', 'NG']);
    assert.equal(placeNamed(resolvePlaces(mentions(['County Cork', 'LOC'], ['Dublin', 'LOC'])), 'County Cork').country, 'IE');
    // Nassau, Bahamas, in a story that names no Bahamas: no county of it.
    assert.equal(placeNamed(resolvePlaces(mentions(['Nassau County', 'LOC'], ['Ohio', 'LOC'])), 'Nassau County').kind, 'other');
    // A university, not a state of Idaho; no "Union" is a state.
    assert.equal(placeNamed(resolvePlaces(mentions(['Boise State', 'LOC'], ['Idaho', 'LOC'])), 'Boise State').kind, 'other');
    assert.equal(placeNamed(resolvePlaces(mentions(['State of the Union', 'LOC'], ['Ohio', 'LOC'])), 'State of the Union').kind, 'other');
  });

  test('a small town abroad that the article does not place is no town of that country: "Villa Park" in a story about England', () => {
    assert.equal(placeNamed(resolvePlaces(mentions(['Villa Park', 'LOC'], ['Birmingham', 'LOC'], ['England', 'LOC'])), 'Villa Park').kind, 'other');
    assert.equal(placeNamed(resolvePlaces(mentions(['Villa Park', 'LOC'], ['Chicago', 'LOC'], ['Illinois', 'LOC'])), 'Villa Park').country, 'US');
    assert.equal(placeNamed(resolvePlaces(mentions(['Villa Park', 'LOC'])), 'Villa Park').country, 'US');
    // A big city needs no placing: "Chicago" in a story about England is still Chicago.
    assert.equal(placeNamed(resolvePlaces(mentions(['Chicago', 'LOC'], ['England', 'LOC'])), 'Chicago').country, 'US');
  });

  test('a state named in the article pulls its cities: "Birmingham" with Alabama', () => {
    assert.equal(placeNamed(resolvePlaces(mentions(['Birmingham', 'LOC'])), 'Birmingham').country, 'GB');
    const al = placeNamed(resolvePlaces(mentions(['Birmingham', 'LOC'], ['Alabama', 'LOC'])), 'Birmingham');
    assert.equal(al.country, 'US');
  });

  test('a demonym in the article counts as its country: "Georgia" among Americans', () => {
    const p = placeNamed(resolvePlaces(mentions(['Americans', 'MISC'], ['Georgia', 'LOC'])), 'Georgia');
    assert.equal(p.country, 'US');
  });

  test('spellings of one country make one place; organizations are never places', () => {
    const places = resolvePlaces(mentions(['U.S.', 'LOC'], ['South China Morning Post', 'ORG'], ['United States', 'LOC'], ['Chinese', 'MISC']));
    assert.equal(places.length, 1);
    assert.equal(places[0].country, 'US');
    assert.equal(places[0].mentions.length, 2);
    assert.equal(places[0].name, 'United States');
  });

  test('"Punjab" is the Indian state in a story about India, the Pakistani province in one about Pakistan', () => {
    assert.equal(placeNamed(resolvePlaces(mentions(['India', 'LOC'], ['Punjab', 'LOC'])), 'Punjab').country, 'IN');
    assert.equal(placeNamed(resolvePlaces(mentions(['Pakistan', 'LOC'], ['Punjab', 'LOC'])), 'Punjab').country, 'PK');
  });

  test('a place the gazetteer lacks is kept with unknown details', () => {
    const [p] = resolvePlaces(mentions(['Xanadu Gulch', 'LOC']));
    assert.deepEqual([p.name, p.kind, p.country, p.lat, p.population], ['Xanadu Gulch', 'other', null, null, null]);
  });
});

suite('places in annotate()', () => {
  test('the whole pipeline on a short article of our own', () => {
    const a = annotate('SEATTLE (Reuters) - Governor Jay Inslee said on Monday that Washington state would sue. Officials in Washington declined to comment.\n');
    const washington = a.places.filter((p) => p.mentions.some((m) => m.text === 'Washington'));
    assert.ok(washington.length >= 1, JSON.stringify(a.places));
    for (const p of a.places) for (const m of p.mentions) assert.ok(!/['’]s$/.test(m.text));
  });

  test('a dateline in capitals names its place in title case when the text spells it no other way', () => {
    const a = annotate('BOCA CHICA, Texas (AP) — The rocket exploded on Thursday.\n\nSAO PAULO (AP) — Floods hit the city.\n\nWINSTON-SALEM, N.C. — Rain fell.\n');
    const names = a.places.map((p) => p.name);
    for (const name of ['Boca Chica', 'São Paulo', 'Winston-Salem']) assert.ok(names.includes(name), JSON.stringify(names));
    const geneva = annotate('GENEVA, Aug 14 (Reuters) - Talks resumed in Geneva on Monday.\n').places.find((p) => p.mentions.length === 2);
    assert.equal(geneva?.name, 'Geneva');
  });

  test('a district named with its city ("the Kensington suburb of Johannesburg") lies in that city\'s country, not at a namesake abroad', () => {
    const a = annotate('Flood water reached homes in the Kensington suburb of Johannesburg on Sunday. Shops in the Eastleigh area of Nairobi shut early.\n', { documentDate: '2024-06-25' });
    const country = (name: string) => a.places.find((p) => p.name === name)?.country;
    assert.equal(country('Kensington'), 'ZA', JSON.stringify(a.places));
    assert.equal(country('Eastleigh'), 'KE', JSON.stringify(a.places));
  });

  test('of two namesakes in countries the article names, the one where more of its places lie ("Punjab" in a story about Lahore)', () => {
    const places = resolvePlaces(mentions(['Lahore', 'LOC'], ['Karachi', 'LOC'], ['Multan', 'LOC'], ['India', 'LOC'], ['Punjab', 'LOC'], ['Pakistan', 'LOC']));
    assert.equal(placeNamed(places, 'Punjab').country, 'PK');
    const other = resolvePlaces(mentions(['Amritsar', 'LOC'], ['Ludhiana', 'LOC'], ['Delhi', 'LOC'], ['Pakistan', 'LOC'], ['Punjab', 'LOC'], ['India', 'LOC']));
    assert.equal(placeNamed(other, 'Punjab').country, 'IN');
  });
});
