import * as assert from 'node:assert/strict';
import { weekdayDay } from '../../src/core/dates/values/weekdayDay';
import { monthYear, yearFor } from '../../src/core/dates/values/yearOfMonthDay';
import { DateDiscourse } from '../../src/core/dates/dateDiscourse';
import type { TimexContext } from '../../src/core/dates/values/timexContext';
import type { ParsedComponents } from 'chrono-node';
import { dates } from './helpers/foundDates';

// The date stage skips work whose outcome is already known (issue 7): the results must be the
// same as when the work is done. Sentences written for these tests; the article date is
// Wednesday 21 June 2023 unless a test gives another.

/** chrono's reading of a bare weekday: the weekday alone is certain, no day of a month. */
const BARE_WEEKDAY = { isCertain: (c: string) => c === 'weekday', get: () => null } as unknown as ParsedComponents;

function contextOn(anchor: { year: number; month: number; day: number }, text: string, tense: () => never, phrase = 'Wednesday'): TimexContext {
  return { anchor, tense, discourse: new DateDiscourse(), position: text.indexOf(phrase), text, phraseLength: phrase.length };
}

const NO_TENSE = (): never => {
  throw new Error('the tense was read');
};

suite('dates stage cost: the article\'s own weekday', () => {
  test('"on Wednesday" written on a Wednesday is the article date in a past, present or future clause', () => {
    assert.deepEqual(dates('The council met on Wednesday to approve the budget.')[0], ['Wednesday', 'DATE', '2023-06-21']);
    assert.deepEqual(dates('The council meets on Wednesday to approve the budget.')[0], ['Wednesday', 'DATE', '2023-06-21']);
    assert.deepEqual(dates('The council will meet on Wednesday to approve the budget.')[0], ['Wednesday', 'DATE', '2023-06-21']);
    assert.deepEqual(dates('Wednesday was hot.')[0], ['Wednesday', 'DATE', '2023-06-21']);
  });

  test('the tense of its clause is not read for it: no rule of the tense can move it', () => {
    const text = 'The council met on Wednesday to approve the budget.';
    const day = weekdayDay(3, 'on wednesday', BARE_WEEKDAY, contextOn({ year: 2023, month: 6, day: 21 }, text, () => {
      throw new Error('the tense was read');
    }));
    assert.deepEqual(day, { year: 2023, month: 6, day: 21 });
  });

  test('after a day of the coming week named just before, a future clause still moves it a week on', () => {
    // Written on a Wednesday: Sunday is four days off, so the Wednesday still ahead is next week's.
    const found = dates('The fair opens on Sunday. The mayor will visit on Wednesday.');
    assert.deepEqual(found.map((d) => d[2]), ['2023-06-25', '2023-06-28']);
    // In the past the same words are the article date.
    assert.deepEqual(dates('The fair opened on Sunday. The mayor visited on Wednesday.').map((d) => d[2]), ['2023-06-18', '2023-06-21']);
  });

  test('another weekday is still placed by its tense', () => {
    assert.deepEqual(dates('The council met on Friday.')[0], ['Friday', 'DATE', '2023-06-16']);
    assert.deepEqual(dates('The council will meet on Friday.')[0], ['Friday', 'DATE', '2023-06-23']);
  });
});

suite('dates stage cost: a month or a day near the article\'s', () => {
  test('the article\'s month or one beside it is in the article\'s year in a past or a future clause', () => {
    assert.deepEqual(dates('The law took effect in June.')[0], ['June', 'DATE', '2023-06']);
    assert.deepEqual(dates('The law took effect in May.')[0], ['May', 'DATE', '2023-05']);
    assert.deepEqual(dates('The law will take effect in July.')[0], ['July', 'DATE', '2023-07']);
    assert.deepEqual(dates('The talks ended on June 5.')[0], ['June 5', 'DATE', '2023-06-05']);
    assert.deepEqual(dates('The talks will end on July 9.')[0], ['July 9', 'DATE', '2023-07-09']);
  });

  test('a past clause whose sentence names an earlier year keeps that year; a future clause does not', () => {
    assert.deepEqual(dates('He remained in the 2008 primary contest until June.')[1], ['June', 'DATE', '2008-06']);
    assert.deepEqual(dates('He remained in the 2008 primary contest until June 5.')[1], ['June 5', 'DATE', '2008-06-05']);
    assert.deepEqual(dates('The 2019 report was updated in June.')[1], ['June', 'DATE', '2019-06']);
    assert.deepEqual(dates('The 2019 report will be updated in June.')[1], ['June', 'DATE', '2023-06']);
    assert.deepEqual(dates('The 2019 report will be updated on June 30.')[1], ['June 30', 'DATE', '2023-06-30']);
  });

  test('with no earlier year in its sentence, the tense of its clause is not read for it', () => {
    const june = 'The law took effect in June.';
    assert.equal(monthYear(6, contextOn({ year: 2023, month: 6, day: 21 }, june, NO_TENSE, 'June')), 2023);
    assert.equal(monthYear(7, contextOn({ year: 2023, month: 6, day: 21 }, june, NO_TENSE, 'June')), 2023);
    const day = 'The talks ended on June 5.';
    assert.equal(yearFor(6, 5, contextOn({ year: 2023, month: 6, day: 21 }, day, NO_TENSE, 'June 5')), 2023);
  });

  test('further off, the tense still decides: a past clause\'s month ahead is last year\'s', () => {
    assert.deepEqual(dates('The law took effect in October.')[0], ['October', 'DATE', '2022-10']);
    assert.deepEqual(dates('The law will take effect in October.')[0], ['October', 'DATE', '2023-10']);
  });
});
