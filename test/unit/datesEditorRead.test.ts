import * as assert from 'node:assert/strict';
import { findDates } from '../../src/core/dates/dateFinder';
import type { TimexType } from '../../src/core/types';

// Rules found by reading our dates on unseen political news as an editor would, pinned
// with sentences written for these tests. The article date is Wednesday 21 June 2023
// unless a test says otherwise.
const WEDNESDAY = '2023-06-21';

type Found = [text: string, type: TimexType, value: string | null];

function dates(text: string, articleDate: string | null = WEDNESDAY): Found[] {
  return findDates(text, articleDate).map((d) => [d.text, d.type, d.value]);
}

function only(text: string, articleDate: string | null = WEDNESDAY): Found {
  const found = dates(text, articleDate);
  assert.equal(found.length, 1, `one date expected in ${JSON.stringify(text)}, got ${JSON.stringify(found)}`);
  return found[0];
}

suite('dates read on unseen news: the clause a date belongs to', () => {
  test('a title such as "Rev." or "Lt." does not end the sentence before its verb', () => {
    assert.deepEqual(only('By 9 a.m. Sunday, the Rev. Al Green began taking calls.'), ['9 a.m. Sunday', 'TIME', '2023-06-18T09:00']);
    assert.deepEqual(only('By noon Monday, Lt. Col. Ann Ward had left the base.'), ['noon Monday', 'TIME', '2023-06-19T12:00']);
  });

  test('a participle after an article is an adjective, not a past verb ("a designated day on Aug. 1")', () => {
    assert.deepEqual(only('Volunteers joined a designated day on Aug. 1 when they will knock on doors.'), ['Aug. 1', 'DATE', '2023-08-01']);
    assert.deepEqual(only('The unexpected rally on Aug. 1 will draw crowds.'), ['Aug. 1', 'DATE', '2023-08-01']);
  });

  test('after a reporting verb, the reported clause does not date the report ("on Saturday, said it would")', () => {
    assert.deepEqual(only('The mayor, opening the bridge on Saturday, said it would ease traffic.'), ['Saturday', 'DATE', '2023-06-17']);
  });

  test('"expect her to win Tuesday\'s debate", "invited him to meet Thursday": what is expected is ahead', () => {
    assert.deepEqual(only('Most voters expect Smith to win Tuesday\'s debate.', '2023-06-18'), ['Tuesday', 'DATE', '2023-06-20']);
    assert.deepEqual(only('The speaker invited the president to meet on Thursday.', '2023-06-23'), ['Thursday', 'DATE', '2023-06-29']);
    // A verb of its own between them still decides: "expected ... and met on Thursday".
    assert.deepEqual(only('She met the president on Thursday.', '2023-06-23'), ['Thursday', 'DATE', '2023-06-22']);
  });

  test('"decided that on Nov. 8 she will vote": the verb of the clause after "that" dates it', () => {
    assert.deepEqual(only('She has decided that on Nov. 8, she will vote for him.'), ['Nov. 8', 'DATE', '2023-11-08']);
    // Without a verb of its own after the date, the verb before "that" still decides.
    assert.deepEqual(only('She said that on Monday.'), ['Monday', 'DATE', '2023-06-19']);
  });

  test('"than forecast in January" is the earlier forecast; "the project" is a noun', () => {
    assert.deepEqual(only('Growth will be 1.6 percent, less than forecast in January.'), ['January', 'DATE', '2023-01']);
    assert.deepEqual(only('The bridge project in November drew protests.'), ['November', 'DATE', '2022-11']);
  });

  test('"if she were to win in November" is a condition about what is ahead', () => {
    assert.deepEqual(only('An aide said that if she were to win in November, she would sign it.'), ['November', 'DATE', '2023-11']);
  });
});
