import * as assert from 'node:assert/strict';
import { dates } from './helpers/foundDates';

// Dates of a week-ahead preview and of copy written in winter about the year's seasons.
// Sentences written for these tests; the article date is Sunday 9 November 2025 unless a test
// gives another.
const SUNDAY = '2025-11-09';

suite('dates ahead: a scheduled event awaited', () => {
  test('"Thursday\'s jobs report is expected to show": a day\'s scheduled event that is awaited lies ahead', () => {
    assert.deepEqual(dates('Thursday’s jobs report is expected to show that hiring slowed.', SUNDAY)[0], ['Thursday', 'DATE', '2025-11-13']);
    assert.deepEqual(dates('Saturday\'s cup final is set to draw a record crowd.', SUNDAY)[0], ['Saturday', 'DATE', '2025-11-15']);
    assert.deepEqual(dates('Friday\'s board meeting is scheduled to start at 9am.', SUNDAY)[0], ['Friday', 'DATE', '2025-11-14']);
    assert.deepEqual(dates('Thursday\'s inflation figures are due to be published at noon.', SUNDAY)[0], ['Thursday', 'DATE', '2025-11-13']);
    // Where it is held or who meets, between the event and what is awaited.
    assert.deepEqual(dates('Thursday\'s summit in Brussels is likely to be dominated by energy.', SUNDAY)[0], ['Thursday', 'DATE', '2025-11-13']);
    assert.deepEqual(dates('Thursday\'s meeting between the two leaders is expected to focus on trade.', SUNDAY)[0], ['Thursday', 'DATE', '2025-11-13']);
    // The event, then its day.
    assert.deepEqual(dates('The jobs report on Thursday is expected to show that hiring slowed.', SUNDAY)[0], ['Thursday', 'DATE', '2025-11-13']);
    // What the figures showed was published.
    assert.deepEqual(dates('Thursday\'s inflation figures showed prices rose 0.3%.', SUNDAY)[0], ['Thursday', 'DATE', '2025-11-06']);
  });

  test('an event that was no scheduled one keeps its past: what is awaited is its consequence', () => {
    assert.deepEqual(dates('Friday\'s bombing is likely to harden opinion against the rebels.', SUNDAY)[0], ['Friday', 'DATE', '2025-11-07']);
    assert.deepEqual(dates('Thursday\'s flooding is expected to cost insurers dearly.', SUNDAY)[0], ['Thursday', 'DATE', '2025-11-06']);
  });
});

suite('dates ahead: "this" season before it has begun', () => {
  test('"were put in place this fall", written in February, is the last fall, the nearer; a future clause keeps the coming one', () => {
    assert.deepEqual(dates('The speed limits were put in place this fall after a run of crashes.', '2026-02-10'), [['this fall', 'DATE', '2025-FA']]);
    assert.deepEqual(dates('Ticket prices rose sharply this autumn.', '2026-01-20'), [['this autumn', 'DATE', '2025-FA']]);
    // The summer ahead is nearer in March than the last one: a past verb there is of what the summer is for.
    assert.deepEqual(dates('She won enough delegates to the party conference this summer.', '2026-03-15'), [['this summer', 'DATE', '2026-SU']]);
    assert.deepEqual(dates('The speed limits will be put in place this fall.', '2026-02-10'), [['this fall', 'DATE', '2026-FA']]);
    // Once the season has begun, it is this year's, whatever the tense.
    assert.deepEqual(dates('Ticket prices rose this summer.', '2026-08-10'), [['this summer', 'DATE', '2026-SU']]);
  });
});

suite('dates ahead: "this time next week"', () => {
  test('is the article\'s weekday a week on (or back), one day, not the week', () => {
    assert.deepEqual(dates('We will know the result this time next week.', '2025-11-05'), [['this time next week', 'DATE', '2025-11-12']]);
    assert.deepEqual(dates('At this time last week, the talks looked doomed.', '2025-11-05'), [['this time last week', 'DATE', '2025-10-29']]);
    assert.deepEqual(dates('The result will be known next week.', '2025-11-05'), [['next week', 'DATE', '2025-W46']]);
  });
});

suite('dates ahead: an event no one schedules', () => {
  test('"Friday\'s shooting is likely to revive the debate": an attack named by its day has happened, whatever follows', () => {
    // Written on a Tuesday, the nearest Friday would be the one ahead.
    assert.deepEqual(dates('Friday\'s shooting is likely to revive the debate over gun laws.', '2026-02-10')[0], ['Friday', 'DATE', '2026-02-06']);
    assert.deepEqual(dates('The bombing on Friday will harden opinion against the rebels.', '2026-02-10')[0], ['Friday', 'DATE', '2026-02-06']);
    assert.deepEqual(dates('Security will be tightened after the bombing on Friday.', '2026-02-10')[0], ['Friday', 'DATE', '2026-02-06']);
    // As an object, a raid may be planned for the day.
    assert.deepEqual(dates('The army will launch the raid on Friday.', '2026-02-10')[0], ['Friday', 'DATE', '2026-02-13']);
    assert.deepEqual(dates('Friday\'s strike is expected to close schools.', '2026-02-10')[0], ['Friday', 'DATE', '2026-02-13']);
  });
});

suite('dates ahead: a month as the kind of a day', () => {
  test('"the coldest November night" is the month, not a night of the article\'s day', () => {
    assert.deepEqual(dates('It was the coldest November night for a decade.', '2025-12-02')[0], ['November', 'DATE', '2025-11']);
    assert.deepEqual(dates('On a grey November morning, the talks began.', '2025-12-02')[0], ['November', 'DATE', '2025-11']);
  });
});

suite('dates ahead: a day of every year', () => {
  test('"have not lost on New Year\'s Day since 2019": a perfect counting over the years makes the day every year\'s', () => {
    assert.deepEqual(dates('Rovers have not lost on January 1 since 2018.', '2026-01-02')[0], ['January 1', 'DATE', 'XXXX-01-01']);
    assert.deepEqual(dates('It has snowed on Christmas Day in Cardiff only twice since 1995.', '2025-12-02')[0], ['Christmas Day', 'DATE', 'XXXX-12-25']);
    // A perfect of its own before the year, and a day in another clause: one date.
    assert.deepEqual(dates('She has been in prison since 2019 and will be freed on December 24.', '2025-12-02')[1], ['December 24', 'DATE', '2025-12-24']);
  });

  test('"whoever is bottom at Christmas usually goes down": a habit in the present makes it every year\'s; told in the past, one', () => {
    assert.deepEqual(dates('Whoever is bottom at Christmas usually goes down.', '2025-12-02'), [['Christmas', 'DATE', 'XXXX-12-25']]);
    assert.deepEqual(dates('Shops typically shut early on Christmas Eve.', '2025-12-02'), [['Christmas Eve', 'DATE', 'XXXX-12-24']]);
    assert.deepEqual(dates('The side was bottom at Christmas.', '2026-02-02'), [['Christmas', 'DATE', '2025-12-25']]);
  });
});

suite('dates ahead: the subject of what was reported', () => {
  test('"said the June election would be close": a month qualifying the reported subject is dated by the reported verb', () => {
    assert.deepEqual(dates('He said the June poll would be close.', '2026-04-15'), [['June', 'DATE', '2026-06']]);
    assert.deepEqual(dates('Forecasters said the June-September rainy season would be wetter than usual.', '2026-04-15'), [['June', 'DATE', '2026-06'], ['September', 'DATE', '2026-09']]);
    // A reported past, or a date of the saying, keep the past.
    assert.deepEqual(dates('He said the June poll was close.', '2026-04-15'), [['June', 'DATE', '2025-06']]);
    assert.deepEqual(dates('She said on June 5 it would raise fares.', '2026-04-15'), [['June 5', 'DATE', '2025-06-05']]);
  });
});

suite('dates ahead: what a day named before was ahead of', () => {
  test('"Campaigning ended on Saturday ahead of Tuesday\'s election" is the Tuesday after that Saturday, whatever the past says', () => {
    assert.deepEqual(dates('Canvassing ended on Saturday ahead of Tuesday’s election.', SUNDAY), [['Saturday', 'DATE', '2025-11-08'], ['Tuesday', 'DATE', '2025-11-11']]);
    assert.deepEqual(dates('The party held its final rally on Friday in the run-up to Tuesday\'s vote.', SUNDAY)[1], ['Tuesday', 'DATE', '2025-11-11']);
    // Written on the Wednesday after: the Tuesday between is the one gone.
    assert.deepEqual(dates('Bond yields fell on Monday ahead of Tuesday\'s vote.', '2025-11-12')[1], ['Tuesday', 'DATE', '2025-11-11']);
  });
});
