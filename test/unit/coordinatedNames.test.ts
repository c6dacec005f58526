import * as assert from 'node:assert/strict';
import { withCoordinatedNamesAgreeing } from '../../src/core/names/coordinatedNames';
import type { NameMention, NameType } from '../../src/core/names/nameMention';

/** The mentions of `names` (word and kind, in text order), found in `text` one after the other. */
function mentionsIn(text: string, names: ReadonlyArray<[string, NameType]>): NameMention[] {
  let from = 0;
  return names.map(([word, type]) => {
    const start = text.indexOf(word, from);
    assert.ok(start >= 0, word);
    from = start + word.length;
    return { start, end: from, text: word, type };
  });
}

const kinds = (ms: NameMention[]): string[] => ms.map((m) => `${m.text}:${m.type}`);

suite('a one-word name read two ways in one article: in a list, as the names beside it', () => {
  test('"Perez and Castro", "Perez or Castro": the person the article also calls Castro', () => {
    const text = 'Julian Castro spoke. Castro is younger. Perez and Castro both spoke. Whether Perez or Castro wins.';
    const ms = mentionsIn(text, [['Julian Castro', 'PER'], ['Castro', 'PER'], ['Perez', 'PER'], ['Castro', 'LOC'], ['Perez', 'PER'], ['Castro', 'ORG']]);
    assert.deepEqual(kinds(withCoordinatedNamesAgreeing(text, ms)), ['Julian Castro:PER', 'Castro:PER', 'Perez:PER', 'Castro:PER', 'Perez:PER', 'Castro:PER']);
  });

  test('"Netflix, Hulu and Amazon": the company the article also calls Hulu', () => {
    const text = 'the rise of Netflix, Hulu and Amazon. Hulu paid $1 million.';
    const ms = mentionsIn(text, [['Netflix', 'ORG'], ['Hulu', 'PER'], ['Amazon', 'ORG'], ['Hulu', 'ORG']]);
    assert.deepEqual(kinds(withCoordinatedNamesAgreeing(text, ms)), ['Netflix:ORG', 'Hulu:ORG', 'Amazon:ORG', 'Hulu:ORG']);
  });

  test('"in Ferguson and Charlotte": the place, where the article names the city elsewhere', () => {
    const text = 'He flew to Charlotte. A demonstrator in Ferguson and Charlotte spoke.';
    const ms = mentionsIn(text, [['Charlotte', 'LOC'], ['Ferguson', 'LOC'], ['Charlotte', 'PER']]);
    assert.deepEqual(kinds(withCoordinatedNamesAgreeing(text, ms)), ['Charlotte:LOC', 'Ferguson:LOC', 'Charlotte:LOC']);
  });

  test('"lambasted McDonald’s and Walmart": past a possessive\'s ending, the firm the article also calls McDonald', () => {
    const text = 'Monsanto, Walmart, McDonald’s, and others. They lambasted McDonald’s and Walmart.';
    const ms = mentionsIn(text, [['Monsanto', 'ORG'], ['Walmart', 'ORG'], ['McDonald', 'ORG'], ['McDonald', 'PER'], ['Walmart', 'ORG']]);
    assert.deepEqual(kinds(withCoordinatedNamesAgreeing(text, ms)), ['Monsanto:ORG', 'Walmart:ORG', 'McDonald:ORG', 'McDonald:ORG', 'Walmart:ORG']);
  });

  test('no change where the article reads the word one way only, the neighbours disagree or are read two ways, or nothing joins them', () => {
    // One reading of "Gates" in the article: a list with a company does not make him one.
    const one = 'Microsoft and Gates agreed.';
    const a = mentionsIn(one, [['Microsoft', 'ORG'], ['Gates', 'PER']]);
    assert.deepEqual(kinds(withCoordinatedNamesAgreeing(one, a)), ['Microsoft:ORG', 'Gates:PER']);
    // Neighbours of two kinds.
    const mixed = 'Jordan spoke. Smith, Jordan and Apple met.';
    const b = mentionsIn(mixed, [['Jordan', 'LOC'], ['Smith', 'PER'], ['Jordan', 'PER'], ['Apple', 'ORG']]);
    assert.deepEqual(kinds(withCoordinatedNamesAgreeing(mixed, b)), ['Jordan:LOC', 'Smith:PER', 'Jordan:PER', 'Apple:ORG']);
    // A neighbour read two ways itself gives no kind.
    const both = 'Paris spoke. Paris flew. Paris and Jordan met. Jordan left.';
    const c = mentionsIn(both, [['Paris', 'PER'], ['Paris', 'LOC'], ['Paris', 'LOC'], ['Jordan', 'PER'], ['Jordan', 'LOC']]);
    assert.deepEqual(kinds(withCoordinatedNamesAgreeing(both, c)), ['Paris:PER', 'Paris:LOC', 'Paris:LOC', 'Jordan:PER', 'Jordan:LOC']);
    // Words between the names that are no list's join.
    const apart = 'Castro spoke. Perez met Castro.';
    const d = mentionsIn(apart, [['Castro', 'PER'], ['Perez', 'PER'], ['Castro', 'LOC']]);
    assert.deepEqual(kinds(withCoordinatedNamesAgreeing(apart, d)), ['Castro:PER', 'Perez:PER', 'Castro:LOC']);
  });

  test('a neighbour tagged MISC counts as the article reads its word; a neighbour of several words, as it is tagged', () => {
    // "Perez" tagged MISC in the list, a person elsewhere in the article.
    const misc = 'Perez said. Castro spoke. Castro and Perez met.';
    const a = mentionsIn(misc, [['Perez', 'PER'], ['Castro', 'PER'], ['Castro', 'LOC'], ['Perez', 'MISC']]);
    assert.deepEqual(kinds(withCoordinatedNamesAgreeing(misc, a)), ['Perez:PER', 'Castro:PER', 'Castro:PER', 'Perez:MISC']);
    // A word the article reads as MISC only gives no kind.
    const only = 'Castro spoke. Castro and Kindle met.';
    const b = mentionsIn(only, [['Castro', 'PER'], ['Castro', 'LOC'], ['Kindle', 'MISC']]);
    assert.deepEqual(kinds(withCoordinatedNamesAgreeing(only, b)), ['Castro:PER', 'Castro:LOC', 'Kindle:MISC']);
    // "Julian Perez" gives the kind it is tagged.
    const long = 'Castro spoke. Castro and Julian Perez met.';
    const c = mentionsIn(long, [['Castro', 'PER'], ['Castro', 'LOC'], ['Julian Perez', 'PER']]);
    assert.deepEqual(kinds(withCoordinatedNamesAgreeing(long, c)), ['Castro:PER', 'Castro:PER', 'Julian Perez:PER']);
  });
});
