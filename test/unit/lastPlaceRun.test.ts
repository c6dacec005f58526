import * as assert from 'node:assert/strict';
import { LastPlaces } from '../../src/core/places/lastPlaceRun';
import { resolvePlaces } from '../../src/core/places/placeResolver';
import type { NameMention } from '../../src/core/names/nameMention';

// The last version's places serve again only while the place names read the same: their
// texts, qualifiers and "Paris, Texas" neighbours in order, and the demonyms' countries.

function mention(start: number, text: string, type: NameMention['type'] = 'LOC', placeQualifier?: NameMention['placeQualifier']): NameMention {
  return { start, end: start + text.length, text, type, ...(placeQualifier ? { placeQualifier } : {}) };
}

/** LastPlaces on `before`, then on `after`: its answer for `after` (checked against a fresh resolution) and whether it was kept. */
function again(before: NameMention[], after: NameMention[]): { places: string; kept: boolean } {
  const last = new LastPlaces();
  last.places(before);
  last.resetCounts();
  const places = JSON.stringify(last.places(after));
  assert.equal(places, JSON.stringify(resolvePlaces(after)));
  return { places, kept: last.hits === 1 };
}

const where = (places: string): string => JSON.stringify((JSON.parse(places) as Array<{ name: string; country: string }>).map((p) => [p.name, p.country]));

suite('Places kept from the version before an edit', () => {
  test('place names that read the same, moved, keep their places at the new offsets', () => {
    const before = [mention(0, 'Georgia'), mention(20, 'Bill Hayes', 'PER'), mention(100, 'Atlanta'), mention(140, 'Georgia')];
    const after = [mention(0, 'Georgia'), mention(20, 'Bill Hayex', 'PER'), mention(101, 'Atlanta'), mention(141, 'Georgia')];
    const { places, kept } = again(before, after);
    assert.ok(kept);
    assert.deepEqual((JSON.parse(places) as Array<{ mentions: Array<{ start: number }> }>)[0].mentions.map((s) => s.start), [0, 141]);
  });

  test('a place name that reads otherwise resolves the places again', () => {
    // Atlanta puts Georgia in the United States.
    const { places, kept } = again([mention(0, 'Georgia'), mention(100, 'Atlanta')], [mention(0, 'Georgia'), mention(100, 'Atlantx')]);
    assert.ok(!kept);
    assert.equal(where(places).includes('"GE"'), true);
  });

  test('a qualifier that changed resolves the places again', () => {
    const { places, kept } = again([mention(0, 'Washington')], [mention(0, 'Washington', 'LOC', 'state')]);
    assert.ok(!kept);
    assert.equal(JSON.parse(places)[0].kind, 'region');
  });

  test('a place name no longer right after another one and its comma resolves the places again', () => {
    const { places, kept } = again([mention(0, 'Paris'), mention(7, 'Texas')], [mention(0, 'Paris'), mention(8, 'Texas')]);
    assert.ok(!kept);
    assert.equal(JSON.parse(places)[0].country, 'FR');
  });

  test('a demonym that names another country resolves the places again', () => {
    const before = [mention(0, 'Georgia'), mention(50, 'Georgian', 'MISC')];
    const after = [mention(0, 'Georgia'), mention(50, 'American', 'MISC')];
    assert.notEqual(where(JSON.stringify(resolvePlaces(before))), where(JSON.stringify(resolvePlaces(after))), 'the fixture makes the demonym decide');
    assert.ok(!again(before, after).kept);
  });

  test('a place name added after the others resolves the places again', () => {
    const { places, kept } = again([mention(0, 'Georgia')], [mention(0, 'Georgia'), mention(100, 'Atlanta')]);
    assert.ok(!kept);
    assert.equal(JSON.parse(places).length, 2);
  });

  test('place names out of order are resolved afresh', () => {
    const last = new LastPlaces();
    const shuffled = [mention(100, 'Atlanta'), mention(0, 'Georgia')];
    last.places(shuffled);
    last.places(shuffled);
    assert.equal(last.hits, 0);
  });
});
