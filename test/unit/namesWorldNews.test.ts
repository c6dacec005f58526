import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';

// Names in news from outside the corpora the tagger learned from (Reuters 1996, US politics
// 2015-16): Korean and Taiwanese given names, firms and schools named by one word, titles
// and credits around names. Sentences written for these tests.

const people = (text: string): string[] => annotate(text, { documentDate: '2024-05-10' }).people.map((p) => p.name);
const organizations = (text: string): string[] => annotate(text, { documentDate: '2024-05-10' }).organizations.map((o) => o.name);
const places = (text: string): string[] => annotate(text, { documentDate: '2024-05-10' }).places.map((l) => l.name);

suite('names in news from elsewhere', () => {
  test('a hyphenated given name keeps its lower-case syllable: "Lee Jae-myung", "Moon Jae-in"; "Clinton-backed" is Clinton', () => {
    const text = 'Lee Jae-myung, leader of the opposition, met Lee Jae-yong in Seoul. Moon Jae-in did not attend.\n\nThe Clinton-backed group said Jeb Bush-era rules had failed.';
    const found = people(text);
    assert.ok(found.includes('Lee Jae-myung') && found.includes('Lee Jae-yong') && found.includes('Moon Jae-in'), found.join(' | '));
    assert.ok(!found.some((n) => /-(?:backed|era)$/u.test(n)), found.join(' | '));
  });

  test('one word read as an organization in one sentence and as a place in another is the organization', () => {
    const text = 'Safaricom said its profit rose.\n\nIn Nairobi, Safaricom said profit rose.\n\nShares in Safaricom rose 3%.';
    const a = annotate(text, { documentDate: '2024-05-10' });
    assert.deepEqual(a.places.map((l) => l.name), ['Nairobi']);
    assert.deepEqual(a.organizations.map((o) => [o.name, o.mentions.length]), [['Safaricom', 3]]);
  });

  test('the first word of a school\'s name alone is the school, not a place: "Harvard" after "Harvard Medical School"', () => {
    const text = 'Researchers at Harvard Medical School ran the trial.\n\n"It worked," said Anna Berg, a biologist at Harvard.';
    assert.ok(!places(text).includes('Harvard'), places(text).join(' | '));
    assert.ok(organizations(text).includes('Harvard'), organizations(text).join(' | '));
  });
});
