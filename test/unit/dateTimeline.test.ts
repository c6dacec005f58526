import * as assert from 'node:assert/strict';
import { findDates } from '../../src/core/dates/dateFinder';
import { groupDatesByDay } from '../../src/core/dates/dateTimeline';
import { periodOf } from '../../src/core/dates/calendarPeriod';
import type { DateMention } from '../../src/core/types';

// The sidebar's timeline: dates in calendar order, grouped by the day they name.

function mention(text: string, value: string | null, type: DateMention['type'] = 'DATE', start = 0): DateMention {
  return { start, end: start + text.length, text, type, value };
}

suite('date timeline', () => {
  test('calendar order, one group per day, mentions in text order', () => {
    const text = 'On Monday the talks began. They ended on June 16, 2023, a Friday. On Monday, June 19 they resumed. Last week was calm.';
    const groups = groupDatesByDay(findDates(text, '2023-06-21'));
    assert.deepEqual(groups.map((g) => [g.value, g.dates.map((d) => d.text)]), [
      ['2023-W24', ['Last week']],
      ['2023-06-16', ['June 16, 2023', 'Friday']],
      ['2023-06-19', ['Monday', 'Monday, June 19']],
    ]);
    assert.equal(groups[2].label, 'Mon 19 Jun 2023');
  });

  test('a time belongs to its day; a wider period comes before its first day', () => {
    const groups = groupDatesByDay([
      mention('10 p.m.', '2023-06-19T22:00', 'TIME', 30),
      mention('June 19', '2023-06-19', 'DATE', 10),
      mention('June', '2023-06', 'DATE', 50),
      mention('2023', '2023', 'DATE', 60),
      mention('the 1990s', '199', 'DATE', 70),
      mention('the third quarter', '2023-Q3', 'DATE', 80),
    ]);
    assert.deepEqual(groups.map((g) => g.value), ['199', '2023', '2023-06', '2023-06-19', '2023-Q3']);
    assert.deepEqual(groups[3].dates.map((d) => d.text), ['June 19', '10 p.m.']);
    assert.deepEqual([groups[2].start, groups[2].end], ['2023-06-01', '2023-06-30']);
  });

  test('"three days later" is listed on the day it leads to, a length of time with no known day among the lengths', () => {
    const text = 'The plant closed on June 2. Three days later, workers marched. A few days later, it reopened.';
    const groups = groupDatesByDay(findDates(text, '2023-06-21'));
    assert.deepEqual(groups.map((g) => [g.kind, g.value, g.dates.map((d) => d.text)]), [
      ['calendar', '2023-06-02', ['June 2']],
      ['calendar', '2023-06-05', ['Three days later']],
      ['duration', 'PXD', ['A few days later']],
    ]);
    assert.equal(groups[1].label, 'Mon 5 Jun 2023');
  });

  test('references, durations and sets follow the calendar; unresolved dates come last', () => {
    const groups = groupDatesByDay([
      mention('Monday', null, 'DATE', 0),
      mention('now', 'PRESENT_REF', 'DATE', 10),
      mention('every week', 'P1W', 'SET', 20),
      mention('five years', 'P5Y', 'DURATION', 30),
      mention('recently', 'PAST_REF', 'DATE', 40),
      mention('June 19, 2023', '2023-06-19', 'DATE', 50),
    ]);
    assert.deepEqual(groups.map((g) => g.kind), ['calendar', 'reference', 'reference', 'duration', 'set', 'unresolved']);
    assert.deepEqual(groups.map((g) => g.value), ['2023-06-19', 'PAST_REF', 'PRESENT_REF', 'P5Y', 'P1W', null]);
    assert.deepEqual(groups.map((g) => g.label), ['Mon 19 Jun 2023', 'the past', 'the present', '5 years', 'every week', 'unresolved (no article date)']);
  });

  test('periods of weeks, seasons, halves and centuries', () => {
    assert.deepEqual(periodOf('2023-W25'), { key: '2023-W25', label: 'week 25, 2023', start: { year: 2023, month: 6, day: 19 }, end: { year: 2023, month: 6, day: 25 } });
    assert.equal(periodOf('2023-W25-WE')?.start.day, 24);
    assert.deepEqual(periodOf('2022-WI')?.end, { year: 2023, month: 2, day: 28 });
    assert.deepEqual(periodOf('2023-H2')?.start, { year: 2023, month: 7, day: 1 });
    assert.equal(periodOf('19')?.label, 'the 1900s');
    assert.equal(periodOf('P5Y'), null);
  });
});
