import * as assert from 'node:assert/strict';
import { dates, only } from './helpers/foundDates';

// Dates of a story told in the past, and numbers that only look like dates. Sentences
// written for these tests; the article date is Wednesday 21 June 2023 unless a test gives another.

suite('dates: what should have been done', () => {
  test('"were supposed to submit by February" is the February gone by', () => {
    assert.deepEqual(only('Councils were supposed to submit their budgets by February, but most missed the deadline.', '2026-11-30'), ['February', 'DATE', '2026-02']);
    assert.deepEqual(only('The minister was supposed to open the bridge in September.', '2026-07-15'), ['September', 'DATE', '2025-09']);
  });

  test('"is supposed to" still looks ahead', () => {
    assert.deepEqual(only('The council is supposed to publish its plan by February.', '2026-11-30'), ['February', 'DATE', '2027-02']);
  });

  test('a noun after a possessive is no present verb: "their plans by February"', () => {
    assert.deepEqual(only('Councils were supposed to submit their plans by February.', '2026-11-30'), ['February', 'DATE', '2026-02']);
  });
});

suite('dates: years inside names', () => {
  test('a year in a name just given, or between two words of one name, is no date', () => {
    assert.deepEqual(dates('She ran a trading firm called Atlas 1984, which sold tractors.'), []);
    assert.deepEqual(dates('The servers still run Windows 2000 Server, the audit found.'), []);
    assert.deepEqual(dates('He chaired the Glasgow 2014 Organising Committee.'), []);
  });

  test('a model year before a vehicle make is the car\'s, no date of the story', () => {
    assert.deepEqual(dates('Police found his 1994 Toyota Corolla abandoned near the border.'), []);
  });

  test('a place or a campaign before a year, and a year before an event, still date it', () => {
    assert.deepEqual(only('Think of Carter in Iowa 1976 and what followed.'), ['1976', 'DATE', '1976']);
    assert.deepEqual(only('The 2016 Republican convention was held in Cleveland.'), ['2016', 'DATE', '2016']);
  });
});

suite('dates: years after a name that still date', () => {
  test('an owner\'s year ("Kerry\'s 2004 Democratic campaign") and a headline\'s', () => {
    assert.deepEqual(only("She worked on Kerry's 2004 Democratic campaign."), ['2004', 'DATE', '2004']);
    assert.deepEqual(only('Democrats Say 2024 Is Not Lost Yet'), ['2024', 'DATE', '2024']);
  });
});
