import * as assert from 'node:assert/strict';
import { findArticleDate } from '../../src/core/dates/articleDate';
import { dates } from './helpers/foundDates';

// Dates as desks outside the earlier tests' ground write them: Irish, Asian and Canadian
// datelines, North American sports seasons, earnings and council schedules. Sentences
// written for these tests; the article date is Wednesday 21 June 2023 unless a test gives another.

suite('dates from other desks: the article date', () => {
  test('a dateline\'s place and a full date with nothing after it: "DUBLIN, Tuesday 3 March 2026"', () => {
    for (const line of ['DUBLIN, Tuesday 3 March 2026', 'SINGAPORE, 3 Mar 2026', 'KUALA LUMPUR, 3 March 2026', 'PORTLAND, Ore., March 3, 2026']) {
      const found = findArticleDate(`${line}\n\nThe minister said on Monday that the scheme would go ahead.\n`);
      assert.deepEqual([found.date, found.source], ['2026-03-03', 'dateline'], line);
    }
    // A sentence naming a place and then a date is no dateline.
    assert.equal(findArticleDate('Minister backs scheme\nIn DUBLIN, the vote is on 3 March 2026\n').source, 'none');
  });
});

suite('dates from other desks: seasons across two years', () => {
  test('"the 2024-25 season" is one date, the year it starts in: the second year is no date of its own', () => {
    assert.deepEqual(dates('The 2024-25 season was his best.'), [['2024-25', 'DATE', '2024']]);
    assert.deepEqual(dates('Borrowing will reach £90bn in 2025/26.'), [['2025/26', 'DATE', '2025']]);
    // The second year sets no year for the months after it: the May budget said in November is the May before.
    assert.deepEqual(dates('The deficit for 2026-27 is A$42bn, up from A$35bn in the May budget.', '2026-11-27'), [['2026-27', 'DATE', '2026'], ['May', 'DATE', '2026-05']]);
    // A financial year named as such is the year it ends in.
    assert.deepEqual(dates('Sales rose in fiscal 2022-23.'), [['fiscal 2022-23', 'DATE', '2023']]);
  });
});

suite('dates from other desks: the year a sentence names', () => {
  test('"Last year, the fast began on March 2": a day in a past clause after an earlier year named in its sentence is in that year', () => {
    assert.deepEqual(dates('Last year, the fast began on March 2.', '2026-02-18')[1], ['March 2', 'DATE', '2025-03-02']);
    assert.deepEqual(dates('In 2019, the strike ended on June 4.', '2026-02-18')[1], ['June 4', 'DATE', '2019-06-04']);
    // Not in another clause or sentence.
    assert.deepEqual(dates('Sales fell last year, and the fast began on March 2.', '2026-02-18')[1], ['March 2', 'DATE', '2026-03-02']);
    assert.deepEqual(dates('Sales fell in 2019. The fast began on March 2.', '2026-02-18')[1], ['March 2', 'DATE', '2026-03-02']);
  });
});

suite('dates from other desks: a weekday of every month', () => {
  test('"the first Monday of every month" is one monthly set, no Monday near the article date', () => {
    assert.deepEqual(dates('The council meets on the first Monday of every month.'), [['the first Monday of every month', 'SET', 'P1M']]);
    assert.deepEqual(dates('Bins go out weekly. Talks are held on the second and fourth Tuesday of each month.'), [['weekly', 'SET', 'P1W'], ['the second and fourth Tuesday of each month', 'SET', 'P1M']]);
    // A weekday apart from "every month" is its own date.
    assert.deepEqual(dates('He will speak on Monday, and every month after.'), [['Monday', 'DATE', '2023-06-26'], ['every month', 'SET', 'P1M']]);
  });
});

suite('dates from other desks: ordinals that count', () => {
  test('"the storm is the 15th to hit": after a verb of being, an ordinal before "to" and a verb counts, no day', () => {
    assert.deepEqual(dates('The storm is the 15th to hit the island this year.'), [['this year', 'DATE', '2023']]);
    assert.deepEqual(dates('She was the 3rd to resign.'), []);
    // "to" another day, or after a preposition, it is still the day.
    assert.deepEqual(dates('The deadline was the 14th to the 16th.'), [['the 14th', 'DATE', '2023-06-14'], ['the 16th', 'DATE', '2023-06-16']]);
    assert.deepEqual(dates('The vote was moved to the 14th to allow more time.'), [['the 14th', 'DATE', '2023-06-14']]);
  });
});

suite('dates from other desks: tallies', () => {
  test('"six majors in five years", "will build 500 homes in three years": the time a tally is reached within, not a day ahead', () => {
    assert.deepEqual(dates('She now holds six titles in five years.'), [['now', 'DATE', 'PRESENT_REF'], ['in five years', 'DURATION', 'P5Y']]);
    assert.deepEqual(dates('The city will build 500 homes in three years.'), [['in three years', 'DURATION', 'P3Y']]);
    // Without a tally before it, a future "in five years" is the year ahead.
    assert.deepEqual(dates('He will retire in five years.'), [['in five years', 'DATE', '2028']]);
    assert.deepEqual(dates('Rates will rise 20 cents in two years.'), [['in two years', 'DATE', '2025']]);
  });
});

suite('dates from other desks: a week or a month after a year', () => {
  test('"the following week", "that month" after a year named last: which week or month the text does not say', () => {
    assert.deepEqual(dates('The plan was approved in 2019. Work began the following month.')[1], ['the following month', 'DATE', null]);
    assert.deepEqual(dates('The first hearing is on July 5. A vote on the 2024 budget is set for the following week.')[2], ['the following week', 'DATE', null]);
    // After a day or a month, they count from it.
    assert.deepEqual(dates('The first hearing is on July 5. A vote is set for the following week.')[1], ['the following week', 'DATE', '2023-W28']);
    assert.deepEqual(dates('The law passed in March. The following month, prices rose.')[1], ['The following month', 'DATE', '2023-04']);
  });
});

suite('dates from other desks: tense', () => {
  test('"as early as" in a clause that tells what was done is past; with a plan or a modal before it, ahead', () => {
    assert.deepEqual(dates('Shops began discounts this year, some as early as June 7.', '2023-11-25')[1], ['June 7', 'DATE', '2023-06-07']);
    assert.deepEqual(dates('The first cases appeared as early as March.', '2023-11-25'), [['March', 'DATE', '2023-03']]);
    assert.deepEqual(dates('A vote could come as early as March.', '2023-11-25'), [['March', 'DATE', '2024-03']]);
    assert.deepEqual(dates('The ruling was expected as early as Friday.'), [['Friday', 'DATE', '2023-06-23']]);
  });

  test('"The Rangers open the season on Tuesday": a name and a timetable\'s verb in the plural present are ahead', () => {
    assert.deepEqual(dates('The Rangers open the season on Tuesday.'), [['Tuesday', 'DATE', '2023-06-27']]);
    assert.deepEqual(dates('Both Houses resume sitting on Monday.'), [['Monday', 'DATE', '2023-06-26']]);
    // A plural noun opening the sentence with a timetable's verb before one weekday: the coming
    // day (session 31; a habit names the days in the plural, "Shops open on Sundays").
    assert.deepEqual(dates('Shops open on Monday.'), [['Monday', 'DATE', '2023-06-26']]);
  });
});

suite('dates from other desks: what may happen', () => {
  test('"could stretch into mid-June", "might come in August": a modal and its verb right before the date look ahead', () => {
    assert.deepEqual(dates('The final could stretch into mid-June.', '2023-10-06'), [['mid-June', 'DATE', '2024-06']]);
    assert.deepEqual(dates('A deal might come in August.', '2023-10-06'), [['August', 'DATE', '2024-08']]);
    // Not "could not", "could have", nor a passive.
    assert.deepEqual(dates('He could not attend in June.', '2023-10-06'), [['June', 'DATE', '2023-06']]);
    assert.deepEqual(dates('The pair could be found in June.', '2023-10-06'), [['June', 'DATE', '2023-06']]);
  });
});

suite('dates from other desks: half a unit', () => {
  test('"the past half century", "the last half-decade" are lengths of time, as "half a century" is', () => {
    assert.deepEqual(dates('Twenty storms have hit in the past half century.'), [['the past half century', 'DURATION', 'P50Y']]);
    assert.deepEqual(dates('Prices rose over the last half-decade.'), [['the last half-decade', 'DURATION', 'P5Y']]);
  });
});

suite('dates from other desks: fiscal quarters', () => {
  test('"first-quarter fiscal 2027" is one quarter of that year, and what follows compares with it', () => {
    const found = dates('The firm reported first-quarter fiscal 2024 revenue of $7 billion, up 9% from a year earlier. Profit in the quarter rose.', '2023-10-25');
    assert.deepEqual(found, [['first-quarter fiscal 2024', 'DATE', '2024-Q1'], ['a year earlier', 'DATE', '2023-Q1'], ['the quarter', 'DATE', '2024-Q1']]);
  });
});

suite('dates from other desks: a clock time alone', () => {
  test('in a future clause, a clock time alone is not on a day gone by that the sentence before named', () => {
    assert.deepEqual(dates('The holders lost on Saturday night. The draw will be made at 8 p.m.', '2023-03-12')[1], ['8 p.m.', 'TIME', '2023-03-12T20:00']);
    // In a past clause it is still the day just named.
    assert.deepEqual(dates('The holders lost on Saturday. The game ended at 10 p.m.', '2023-03-12')[1], ['10 p.m.', 'TIME', '2023-03-11T22:00']);
  });
});

suite('dates from other desks: a bare "expected"', () => {
  test('"with the show expected at 1am on Monday", "the verdict, expected on Monday": a plan, ahead', () => {
    assert.deepEqual(dates('Coverage starts late, with the show expected at about 1am on Monday.'), [['1am on Monday', 'TIME', '2023-06-26T01:00']]);
    assert.deepEqual(dates('The verdict, expected on Monday, will be read out.'), [['Monday', 'DATE', '2023-06-26']]);
    // "as expected", "was expected", or an object after it: the clause's own past.
    assert.deepEqual(dates('Shares rose as expected on Monday.'), [['Monday', 'DATE', '2023-06-19']]);
    assert.deepEqual(dates('The firm expected a decision on Monday.'), [['Monday', 'DATE', '2023-06-19']]);
  });
});

suite('dates from other desks: a participle set off by commas', () => {
  test('"Congress, elected on the same day, takes office in March": the participle describes the subject, it does not date the clause', () => {
    assert.deepEqual(dates('The assembly, elected last month, takes office in March.', '2025-11-17')[1], ['March', 'DATE', '2026-03']);
    // Its own verb still dates a clause.
    assert.deepEqual(dates('Smith, arrested in March, appeared in court in May.', '2025-11-17')[1], ['May', 'DATE', '2025-05']);
  });
});

suite('dates from other desks: a meeting in the timetable\'s present', () => {
  test('"The executive meets again on Monday", "Parliament reconvenes on Tuesday": what a schedule says is ahead', () => {
    assert.deepEqual(dates('The executive meets again on Monday.'), [['Monday', 'DATE', '2023-06-26']]);
    assert.deepEqual(dates('Parliament reconvenes on Tuesday.'), [['Tuesday', 'DATE', '2023-06-27']]);
  });
});

suite('dates from other desks: rates from a day', () => {
  test('"€14.15 an hour from January 1", "$25,000 a year from donors": a rate, whatever follows "from"', () => {
    assert.deepEqual(dates('The wage will rise to €14.15 an hour from January 1.'), [['an hour', 'SET', 'PT1H'], ['January 1', 'DATE', '2024-01-01']]);
    assert.deepEqual(dates('Charities raise $25,000 a year from donors.'), [['a year', 'SET', 'P1Y']]);
    // "a week from now" is a date.
    assert.deepEqual(dates('The deadline is a week from now.'), [['a week from now', 'DATE', '2023-W26']]);
  });
});

suite('dates from other desks: a year that opens the sentence', () => {
  test('"Last year, the ban was announced in September and lasted until the end of December": the opening year dates all of it', () => {
    assert.deepEqual(dates('Last year, the ban began in September and lasted until the end of December.', '2026-11-05').slice(1), [['September', 'DATE', '2025-09'], ['end of December', 'DATE', '2025-12']]);
    // A year inside the sentence stops at "and"; a sentence end stops the opening one.
    assert.deepEqual(dates('Sales fell in 2019 and rose in October.', '2026-11-05')[1], ['October', 'DATE', '2026-10']);
    assert.deepEqual(dates('Last year, sales fell. They rose in October.', '2026-11-05')[1], ['October', 'DATE', '2026-10']);
  });
});

suite('dates from other desks: a clock time, its zone and its day', () => {
  test('"2:13 a.m. Manila time on Dec. 13": the month and day after the zone are the clock time\'s', () => {
    assert.deepEqual(dates('Liftoff is at 10:13 a.m. PST (2:13 a.m. Manila time on June 30).')[1], ['2:13 a.m.', 'TIME', '2023-06-30T02:13']);
    assert.deepEqual(dates('The match starts at 8pm local time (1900 GMT) on 30 June.')[0], ['8pm', 'TIME', '2023-06-30T20:00']);
  });
});

suite('dates from other desks: a week ahead', () => {
  test('"The central bank announces its decision on Monday", "the ministry publishes its figures on Monday": a release\'s timetable is ahead', () => {
    assert.deepEqual(dates('The central bank announces its decision on Monday at 1.15pm.'), [['Monday at 1.15pm', 'TIME', '2023-06-26T13:15']]);
    assert.deepEqual(dates('The ministry publishes its figures on Monday.'), [['Monday', 'DATE', '2023-06-26']]);
  });
});

suite('dates from other desks: a period\'s end', () => {
  test('"the financial year ending in March": the nearest such month, whatever the tense of the verb naming the period', () => {
    assert.deepEqual(dates('The firm raised its forecast for the financial year ending in March.', '2026-01-14').at(-1), ['March', 'DATE', '2026-03']);
    assert.deepEqual(dates('Profit for the year ending in March rose 5%.', '2026-05-20').at(-1), ['March', 'DATE', '2026-03']);
  });
});

suite('dates from other desks: the next decade', () => {
  test('"$8 billion over the next decade": the ten years from now, as "over the past decade" is the ten up to now', () => {
    assert.deepEqual(dates('The plan would raise $1 trillion over the next decade.'), [['the next decade', 'DURATION', 'P10Y']]);
    // Without "over", the calendar decade ahead.
    assert.deepEqual(dates('Prices will double in the next decade.'), [['the next decade', 'DATE', '203']]);
  });
});

suite('dates from other desks: a clock time after another week', () => {
  test('"Next weekend, the team travel to Rome. Kick-off is at 2.15pm": a week named since the day leaves the clock time\'s day unsaid', () => {
    assert.deepEqual(dates('They host Wales on Saturday. Next weekend, they travel to Rome. Kick-off is at 2.15pm.').at(-1), ['2.15pm', 'TIME', null]);
    assert.deepEqual(dates('They host Wales on Saturday. Kick-off is at 2.15pm.').at(-1), ['2.15pm', 'TIME', '2023-06-24T14:15']);
  });
});
