import * as assert from 'node:assert/strict';
import { analyzeText, type AnalyzedText } from '../../src/core/text/analyzedText';
import { tokenize, type Token } from '../../src/core/text/tokenizer';
import { findNamesWithTagger } from '../../src/core/names/taggedNameFinder';
import { defaultTagger } from '../../src/core/names/defaultTagger';
import { groupEntities } from '../../src/core/entities/entityGrouper';
import { LastProfiles } from '../../src/core/entities/lastProfileRun';
import type { PersonProfile } from '../../src/core/entities/personProfiles';

// After an edit, a person keeps the profile of the version before only when none of their
// mentions reads what the edit changed: the words around a mention may run on into the
// paragraph before it ("… the governor\nPat Morgan arrived"), so an edit there changes it.

const FILLER = [
  'The hall was full and the crowd was loud for most of the night.',
  'Rain fell on the town square while the band played old songs.',
  'Tickets sold out within an hour of the doors opening that evening.',
  'A long line of cars waited at the bridge until well after dark.',
].join('\n');

function session(): { last: LastProfiles; profilesOf: (text: string) => Map<string, PersonProfile> } {
  const lists = new Map<string, readonly Token[]>();
  const tokensOf = (p: string): readonly Token[] => lists.get(p) ?? (lists.set(p, tokenize(p)), lists.get(p) as readonly Token[]);
  const last = new LastProfiles();
  let previous: AnalyzedText | undefined;
  return {
    last,
    profilesOf(text: string) {
      const doc = (previous = analyzeText(text, { tokensOf, previous }));
      last.resetCounts();
      return groupEntities(findNamesWithTagger(doc, defaultTagger()), doc, undefined, last).profiles;
    },
  };
}

function freshProfiles(text: string): Map<string, PersonProfile> {
  const doc = analyzeText(text);
  return groupEntities(findNamesWithTagger(doc, defaultTagger()), doc).profiles;
}

function shown(profiles: Map<string, PersonProfile>): string {
  return JSON.stringify([...profiles].map(([id, p]) => [id, p.gender, [...p.roles].sort(), [...p.countries].sort()]));
}

const text = `Statement from the senator\nPat Morgan arrived on Monday.\n${FILLER}\n${FILLER}\nDana Reyes, the mayor, spoke last.\n`;

suite('Person profiles kept from the version before an edit', () => {
  test('an edit in the paragraph before a mention, which its words run on into, makes its person\'s profile again', () => {
    const edited = text.replace('the senator', 'the governor');
    const morgan = (p: Map<string, PersonProfile>): string[] => [...[...p.values()].find((x) => x.roles.has('governor') || x.roles.has('senator'))!.roles];
    assert.deepEqual(morgan(freshProfiles(text)), ['senator'], 'the fixture gives Pat Morgan the role before the line break');
    assert.deepEqual(morgan(freshProfiles(edited)), ['governor']);
    const s = session();
    s.profilesOf(text);
    const profiles = s.profilesOf(edited);
    assert.equal(shown(profiles), shown(freshProfiles(edited)));
    assert.ok(s.last.hits >= 1, 'the person named far from the edit keeps their profile');
    assert.ok(s.last.computed >= 1);
  });

  test('a person all of whose mentions lie further than a paragraph and the token margin from an edit keeps the same profile', () => {
    const s = session();
    const before = s.profilesOf(text);
    const reyes = [...before].find(([, p]) => p.roles.has('mayor'))!;
    // The edit is in the last filler paragraph of the first run, several paragraphs before Dana Reyes.
    const edited = text.replace('Rain fell', 'Snow fell');
    const after = s.profilesOf(edited);
    assert.equal(shown(after), shown(freshProfiles(edited)));
    assert.equal(after.get(reyes[0]), reyes[1], 'the same profile object, kept');
  });

  test('a pronoun changed in the sentence after a mention changes its person\'s gender, as a fresh profile has it', () => {
    const voted = `Pat Morgan arrived on Monday.\n${FILLER}\nLee Brandt came too. She waved to the crowd.\n${FILLER}\nDana Reyes, the mayor, spoke last.\n`;
    const edited = voted.replace('She waved', 'He waved');
    const genders = (p: Map<string, PersonProfile>): string => JSON.stringify([...p.values()].map((x) => x.gender));
    assert.notEqual(genders(freshProfiles(voted)), genders(freshProfiles(edited)), 'the fixture makes the pronoun decide a gender');
    const s = session();
    s.profilesOf(voted);
    const after = s.profilesOf(edited);
    assert.equal(shown(after), shown(freshProfiles(edited)));
    assert.ok(s.last.hits >= 1 && s.last.computed >= 1, 'only the person next to the edit is profiled again');
  });
});

// Ids go in order of first mention: a name typed early renumbers the people after it. A
// person keeps the profile of the person of the last version who had the same mentions,
// whatever the two are numbered, and only then.
suite('Person profiles kept across a change of the people', () => {
  test('a person named before everyone renumbers the others, and one far from the edit keeps their profile under the new id', () => {
    const s = session();
    const before = s.profilesOf(text);
    const edited = `Lee Brandt opened the meeting.\n${text}`;
    const after = s.profilesOf(edited);
    assert.equal(shown(after), shown(freshProfiles(edited)));
    const mayor = (p: Map<string, PersonProfile>): [string, PersonProfile] => [...p].find(([, x]) => x.roles.has('mayor'))!;
    assert.notEqual(mayor(after)[0], mayor(before)[0], 'the fixture renumbers Dana Reyes');
    assert.equal(mayor(after)[1], mayor(before)[1], 'the same profile object, kept');
    assert.ok(s.last.hits >= 1);
  });

  test('a far bare surname that an edit hands to another bearer of it makes that person\'s profile again', () => {
    const far = `${FILLER}\n${FILLER}\n${FILLER}`;
    const before = `Bill Hayes spoke.\n${far}\nTom Hayes came.\n${far}\nMayor Hayes arrived.\n`;
    // "Hayes" went to the first Hayes the article named; with Bill renamed, to Tom, who becomes the mayor.
    const edited = before.replace('Bill Hayes', 'Bill Hayex');
    const roles = (p: Map<string, PersonProfile>): string => JSON.stringify([...p.values()].map((x) => [...x.roles]));
    assert.notEqual(roles(freshProfiles(before)), roles(freshProfiles(edited)), 'the fixture moves the role');
    const s = session();
    s.profilesOf(before);
    const after = s.profilesOf(edited);
    assert.equal(shown(after), shown(freshProfiles(edited)));
  });

  test('a person who loses a mention far from their others to the edit has their profile made again', () => {
    const far = `${FILLER}\n${FILLER}\n${FILLER}`;
    const before = `Bill Hayes spoke.\n${far}\nMayor Hayes arrived.\n${far}\nBill Hayes left.\n`;
    // "Hayex" is someone new: Bill Hayes is no longer the mayor.
    const edited = before.replace('Mayor Hayes', 'Mayor Hayex');
    const bill = (p: Map<string, PersonProfile>): string[] => [...p.get('p1')!.roles];
    assert.deepEqual(bill(freshProfiles(before)), ['mayor'], 'the fixture makes the mention give the role');
    assert.deepEqual(bill(freshProfiles(edited)), []);
    const s = session();
    s.profilesOf(before);
    const after = s.profilesOf(edited);
    assert.equal(shown(after), shown(freshProfiles(edited)));
  });

  test('a far mention that an edit hands from one person to another, both keeping their other mentions, makes the second one\'s profile again', () => {
    const far = `${FILLER}\n${FILLER}\n${FILLER}`;
    const before = `Bill Hayes spoke.\n${far}\nMayor Hayes arrived.\n${far}\nTom Hayes came.\n${far}\nBill Hayes left.\n`;
    // "Hayes" goes to the Hayes the article introduced first: Bill, then (Bill renamed where first named) Tom.
    const edited = before.replace('Bill Hayes spoke', 'Bill Hayex spoke');
    const mayor = (p: Map<string, PersonProfile>): string | undefined => [...p].find(([, x]) => x.roles.has('mayor'))?.[0];
    assert.equal(mayor(freshProfiles(before)), 'p1');
    assert.equal(mayor(freshProfiles(edited)), 'p2', 'the fixture hands the mayor to Tom Hayes');
    const s = session();
    s.profilesOf(before);
    const after = s.profilesOf(edited);
    assert.equal(shown(after), shown(freshProfiles(edited)));
  });

  test('a person a far mention of whom an edit elsewhere hands to someone else has their profile made again', () => {
    const far = `${FILLER}\n${FILLER}\n${FILLER}`;
    const before = `${far}\nMayor Hayes arrived.\n${far}\nBill Hayes spoke.\n`;
    // "Hayes" goes to the only Hayes named in full, Bill, then to the first one named, Tom.
    const edited = `Tom Hayes came.\n${before}`;
    const mayor = (p: Map<string, PersonProfile>): string | undefined => [...p].find(([, x]) => x.roles.has('mayor'))?.[0];
    assert.equal(mayor(freshProfiles(before)), 'p1');
    assert.equal(mayor(freshProfiles(edited)), 'p1', 'the fixture hands the mayor to Tom Hayes, now p1');
    assert.equal(freshProfiles(edited).get('p2')!.roles.size, 0, 'and Bill Hayes, now p2, is no mayor');
    const s = session();
    s.profilesOf(before);
    const after = s.profilesOf(edited);
    assert.equal(shown(after), shown(freshProfiles(edited)));
  });
});
