import * as assert from 'node:assert/strict';
import { dates, only } from './helpers/foundDates';

// The week-ahead column, fixture lists and council notices: timetables told in the present.
// Sentences written for these tests; each gives its article date.

const SUNDAY = '2026-12-06';

suite('dates in the week ahead: a timetable in the present', () => {
  test('"come out", "holds", "is released", "takes effect" before a weekday look ahead, from a Sunday too', () => {
    assert.deepEqual(only('Retail sales figures come out on Thursday.', SUNDAY), ['Thursday', 'DATE', '2026-12-10']);
    assert.deepEqual(only('The central bank holds its last meeting on Thursday.', SUNDAY), ['Thursday', 'DATE', '2026-12-10']);
    assert.deepEqual(only('The payrolls report is released on Friday.', SUNDAY), ['Friday', 'DATE', '2026-12-11']);
    assert.deepEqual(only('Trade data are published on Thursday.', SUNDAY), ['Thursday', 'DATE', '2026-12-10']);
    assert.deepEqual(only('They agreed a truce that takes effect on Friday.', SUNDAY), ['Friday', 'DATE', '2026-12-11']);
    // The past stays past.
    assert.deepEqual(only('Retail sales figures came out on Thursday.', SUNDAY), ['Thursday', 'DATE', '2026-12-03']);
    assert.deepEqual(only('The payrolls report was released on Friday.', SUNDAY), ['Friday', 'DATE', '2026-12-04']);
  });

  test('the verb is the date\'s only before it and with no comma between', () => {
    // The month a figure covers is not dated by its release.
    assert.deepEqual(dates('Output figures for October come out on Thursday.', SUNDAY), [['October', 'DATE', '2026-10'], ['Thursday', 'DATE', '2026-12-10']]);
    // After the date, "holds" is another thing's: a stake held.
    assert.deepEqual(only('The move follows Tuesday\'s offer by Vexa, which holds a 12% stake.', '2026-12-10'), ['Tuesday', 'DATE', '2026-12-08']);
    // Across a comma it dates nothing.
    assert.deepEqual(dates('The agency holds drills twice a year, the latest in September.', SUNDAY)[1], ['September', 'DATE', '2026-09']);
  });

  test('"is possible" before a day is a forecast, ahead; not "is possible after" a day or "that" something happened', () => {
    const monday = '2026-11-30';
    assert.deepEqual(only('Snow is possible on Friday.', monday), ['Friday', 'DATE', '2026-12-04']);
    assert.deepEqual(only('A deal is possible after Friday\'s talks.', monday), ['Friday', 'DATE', '2026-11-27']);
    assert.deepEqual(only('It is possible that he left on Friday.', monday), ['Friday', 'DATE', '2026-11-27']);
  });

  test('a relative clause set off by commas does not date the clause after it', () => {
    const sunday = '2026-11-29';
    assert.deepEqual(dates('Hartlepool, who had lost four in a row since late October, host Gateshead on Friday.', sunday)[1], ['Friday', 'DATE', '2026-12-04']);
    // Where the clause runs on into a list, its date is its own.
    assert.deepEqual(only('She replaces Tom Hale, who stepped down as chairman, chief executive and director in March for family reasons.', sunday), ['March', 'DATE', '2026-03']);
  });
});

suite('dates in the week ahead: weekends and written-out days', () => {
  test('"next weekend" written on a Sunday is the one six days on', () => {
    assert.deepEqual(only('Leeds play Wolves next weekend.', '2026-11-29'), ['next weekend', 'DATE', '2026-W49-WE']);
    assert.deepEqual(only('Leeds play Wolves next weekend.', '2026-11-28'), ['next weekend', 'DATE', '2026-W49-WE']);
    assert.deepEqual(only('Leeds play Wolves next weekend.', '2026-11-26'), ['next weekend', 'DATE', '2026-W49-WE']);
  });

  test('a weekday written with a day and month is that day in the year it falls on that weekday, not a day named before on another weekday', () => {
    // 20 April 2025 was Easter Sunday; 20 April 2026 a Monday.
    const found = dates('Last Easter, 11 people died on the roads. Schools reopen on Monday 20 April.', '2026-04-01');
    assert.deepEqual(found[1], ['Monday 20 April', 'DATE', '2026-04-20']);
  });

  test('a rate after an amount written short ("£1.2m a year") or a count in words ("three nights a week") is a SET', () => {
    assert.deepEqual(only('The change would save £1.2m a year.'), ['a year', 'SET', 'P1Y']);
    assert.deepEqual(only('It costs the city $4bn a year.'), ['a year', 'SET', 'P1Y']);
    assert.deepEqual(dates('She sang there three nights a week.')[1], ['a week', 'SET', 'P1W']);
  });

  test('a year in a participle clause set off by commas ("founded in 2017,") does not date the sentence\'s month and day', () => {
    assert.deepEqual(dates('Lumora, founded in 2015, reported sales for the six months ended June 30.', '2026-10-20')[2], ['June 30', 'DATE', '2026-06-30']);
    assert.deepEqual(dates('Kiln, set up in 2012, posted a loss in May.', '2026-10-20')[1], ['May', 'DATE', '2026-05']);
  });
});
