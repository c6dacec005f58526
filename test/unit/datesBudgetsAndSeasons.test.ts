import * as assert from 'node:assert/strict';
import { dates, only } from './helpers/foundDates';

// Dates of budgets, results, seasons and courts as news desks outside the US write them
// (session 31, second round). Sentences written for these tests; the article date is
// Wednesday 21 June 2023 unless a test gives another.

suite('dates of budgets and seasons: a year across two', () => {
  test('"2026-27" is one date, and the months after it keep the article date\'s years', () => {
    assert.deepEqual(dates('Growth in 2026-27 was revised down, from the figure in the May budget.', '2026-11-27'), [['2026-27', 'DATE', '2026'], ['May', 'DATE', '2026-05']]);
    assert.deepEqual(only('Net debt will peak in the 2027/28 year.', '2026-05-28'), ['2027/28', 'DATE', '2027']);
  });

  test('"the 2026-27 financial year" named so after it is the year it ends in, as "FY27" is', () => {
    assert.deepEqual(only('The firm lost money in the 2026-27 financial year.', '2027-06-01'), ['2026-27 financial year', 'DATE', '2027']);
  });
});

suite('dates of budgets and seasons: estimates made in the past', () => {
  test('"was forecast in May" is the estimate of the May before, not a month ahead', () => {
    assert.deepEqual(only('The deficit was forecast in May.', '2026-11-27'), ['May', 'DATE', '2026-05']);
    assert.deepEqual(only('A surplus had been forecast in March.', '2026-11-27'), ['March', 'DATE', '2026-03']);
    // In the present the verb still looks ahead, and so does the day a forecast was made for.
    assert.deepEqual(only('Snow is forecast for March.', '2026-11-27'), ['March', 'DATE', '2027-03']);
    assert.deepEqual(only('Rain was forecast for Monday.', '2026-11-27'), ['Monday', 'DATE', '2026-11-30']);
  });
});

suite('dates of budgets and seasons: clock times on a day told with its year', () => {
  test('"after midnight on 14 November last year" is one time on that day', () => {
    assert.deepEqual(only('The fire started shortly after midnight on 14 November last year.', '2026-06-22'), ['midnight on 14 November last year', 'TIME', '2025-11-14T00:00']);
    assert.deepEqual(only('Polls will open at 7am on 3 March next year.', '2026-06-22'), ['7am on 3 March next year', 'TIME', '2027-03-03T07:00']);
  });
});

suite('dates of budgets and seasons: days that recur', () => {
  test('"every Tuesday and Saturday": the weekdays joined to one after "every" recur too', () => {
    assert.deepEqual(dates('The library opens every Tuesday and Saturday.', '2026-07-15'), [['every Tuesday', 'SET', 'XXXX-WXX-2'], ['Saturday', 'SET', 'XXXX-WXX-6']]);
    assert.deepEqual(dates('Lorries collect waste each Monday, Wednesday and Friday.', '2026-07-15'), [['each Monday', 'SET', 'XXXX-WXX-1'], ['Wednesday', 'SET', 'XXXX-WXX-3'], ['Friday', 'SET', 'XXXX-WXX-5']]);
  });

  test('"every December 26", "each 5th of November": a day of the calendar each year', () => {
    assert.deepEqual(only('The club holds a swim every December 26.', '2026-07-15'), ['every December 26', 'SET', 'XXXX-12-26']);
    assert.deepEqual(only('Bonfires are lit each 5th of November.', '2026-07-15'), ['each 5th of November', 'SET', 'XXXX-11-05']);
    assert.deepEqual(only('Every 1 May, the unions march.', '2026-07-15'), ['Every 1 May', 'SET', 'XXXX-05-01']);
  });
});

suite('dates of budgets and seasons: sport and anniversaries', () => {
  test('"one-day cricket", "one-day internationals" are a form of the game, not a day\'s length', () => {
    assert.deepEqual(only('She quit one-day cricket in 2024.', '2026-07-15'), ['2024', 'DATE', '2024']);
    assert.deepEqual(dates('He has played 60 one-day internationals.', '2026-07-15'), []);
    assert.deepEqual(only('Nurses held a one-day strike.', '2026-07-15'), ['one-day', 'DURATION', 'P1D']);
  });

  test('"the Boxing Day tsunami of 2004": a day named before its event takes the event\'s year', () => {
    assert.deepEqual(dates('Families remembered the Boxing Day tsunami of 2004.', '2026-12-26'), [['Boxing Day', 'DATE', '2004-12-26'], ['2004', 'DATE', '2004']]);
    assert.deepEqual(dates('The city marked the August 4 blast of 2020.', '2026-12-26'), [['August 4', 'DATE', '2020-08-04'], ['2020', 'DATE', '2020']]);
    // "because of", "ahead of" name no event.
    assert.deepEqual(dates('Rents were frozen on June 3 because of 2020 rules.', '2026-12-26')[0], ['June 3', 'DATE', '2026-06-03']);
  });
});

suite('dates of budgets and seasons: warnings given', () => {
  test('"a warning has been issued from 10am on Wednesday until at least Saturday": both days ahead', () => {
    assert.deepEqual(dates('A heat warning has been issued for Perth from 10am on Wednesday until at least Saturday.', '2027-01-05'), [['10am on Wednesday', 'TIME', '2027-01-06T10:00'], ['Saturday', 'DATE', '2027-01-09']]);
    assert.deepEqual(only('A hosepipe ban has been imposed from Friday.', '2027-01-05'), ['Friday', 'DATE', '2027-01-08']);
    // A state that may run from the past is left as it was.
    assert.deepEqual(only('The road has been closed from Monday.', '2027-01-05'), ['Monday', 'DATE', '2027-01-04']);
  });

  test('"has closed the bridge until at least Friday": a limit ahead, as "until Friday" is', () => {
    assert.deepEqual(only('The council has closed the bridge until at least Friday.', '2027-01-05'), ['Friday', 'DATE', '2027-01-08']);
  });
});

suite('dates of budgets and seasons: weeks of the month', () => {
  test('"the last weekend of the month", "the first week of next month": the article\'s month, or the next', () => {
    assert.deepEqual(only('Engineering works close the line on the last weekend of the month.', '2026-05-11'), ['the last weekend of the month', 'DATE', '2026-W22-WE']);
    assert.deepEqual(only('Talks resume in the first week of next month.', '2026-05-11'), ['the first week of next month', 'DATE', '2026-W23']);
    // After a month named just before, "the month" is that one.
    assert.deepEqual(dates('Sales fell in March, mostly in the last week of the month.', '2026-05-11'), [['March', 'DATE', '2026-03'], ['the last week of the month', 'DATE', '2026-W13']]);
    assert.deepEqual(dates('Drivers strike from Tuesday, May 19, and again on the last weekend of the month.', '2026-05-11')[1], ['the last weekend of the month', 'DATE', '2026-W22-WE']);
  });
});
