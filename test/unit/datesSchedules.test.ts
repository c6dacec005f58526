import * as assert from 'node:assert/strict';
import { dates } from './helpers/foundDates';

// Dates in schedules, notices and announcements: opening hours, hearings, fixtures,
// earnings releases, travel advisories. Sentences written for these tests; the article
// date is Wednesday 21 June 2023 unless a test gives another.

suite('dates in schedules: a date ends with its sentence', () => {
  test('a day and a clock time in the next sentence are two dates ("Monday. At 9am")', () => {
    assert.deepEqual(dates('The vote was held on Monday. At 9am the first results came in.'), [['Monday', 'DATE', '2023-06-19'], ['9am', 'TIME', '2023-06-19T09:00']]);
    assert.deepEqual(dates('Nobody came on Tuesday. At 6 p.m., the doors closed.'), [['Tuesday', 'DATE', '2023-06-20'], ['6 p.m.', 'TIME', '2023-06-20T18:00']]);
    // An abbreviation's full stop ends no sentence: the clock time keeps its day.
    assert.deepEqual(dates('The deadline passed at 9 a.m. Monday.'), [['9 a.m. Monday', 'TIME', '2023-06-19T09:00']]);
  });
});
