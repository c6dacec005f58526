import * as assert from 'node:assert/strict';
import { dates, only } from './helpers/foundDates';

// Left-overs found by reading the dates of news written for these tests (central-bank,
// budget, court, sport and Brussels copy). The article date is Wednesday 21 June 2023
// unless a test gives another.

suite('dates left over: a month foreshadowed in a past clause', () => {
  test('"held rates but signalled a February cut" in December: the February after, not the one before', () => {
    assert.deepEqual(dates('The central bank held rates on Thursday but signalled a February cut.', '2024-12-31')[1], ['February', 'DATE', '2025-02']);
    assert.deepEqual(only('The prime minister called a snap July election.', '2024-05-22'), ['July', 'DATE', '2024-07']);
    assert.deepEqual(only('Officials flagged an October deadline for the deal.'), ['October', 'DATE', '2023-10']);
  });

  test('what was reported of a past month stays past: "reported a February loss", "a cut in February"', () => {
    assert.deepEqual(only('The club reported a February loss of £3m.', '2024-12-31'), ['February', 'DATE', '2024-02']);
    assert.deepEqual(only('The bank made a cut in February.', '2024-12-31'), ['February', 'DATE', '2024-02']);
  });
});

suite('dates left over: an hour in words', () => {
  test('"at three in the morning", "until five in the morning", "by ten at night": a clock time on the day', () => {
    assert.deepEqual(only('Sterling fell to $1.24 at three in the morning.', '2024-12-31'), ['three in the morning', 'TIME', '2024-12-31T03:00']);
    assert.deepEqual(dates('Leaders met on Thursday and talked until five in the morning.', '2025-11-14')[1], ['five in the morning', 'TIME', '2025-11-13T05:00']);
    assert.deepEqual(only('The curfew begins at ten at night.'), ['ten at night', 'TIME', '2023-06-21T22:00']);
    assert.deepEqual(only("The bells rang at six o'clock in the evening."), ["six o'clock in the evening", 'TIME', '2023-06-21T18:00']);
  });

  test('a count before "in the morning" with no preposition of time is no hour: "scored two in the morning session"', () => {
    assert.deepEqual(dates('He scored two in the morning session.'), []);
  });
});

suite('dates left over: a midnight deadline', () => {
  test('"hours before a midnight deadline": the midnight that ends the day, in a past clause too', () => {
    assert.deepEqual(dates('The Senate passed the bill on Thursday, hours before a midnight deadline.', '2024-02-29')[1], ['midnight', 'TIME', '2024-02-29T24:00']);
    // A past midnight with no deadline is the one that opened the day.
    assert.deepEqual(only('The strike began at midnight.', '2024-02-29'), ['midnight', 'TIME', '2024-02-29T00:00']);
  });
});

suite('dates left over: a season counted from the story', () => {
  test('"charged the following spring", "the previous winter": from the last date named, not the article date', () => {
    assert.deepEqual(dates('He was arrested on 4 November 2019 and charged the following spring.', '2025-01-13')[1], ['the following spring', 'DATE', '2020-SP']);
    assert.deepEqual(dates('The flood hit in March 2010; the previous winter had been dry.', '2025-01-13')[1], ['the previous winter', 'DATE', '2009-WI']);
  });
});

suite('dates left over: "in as many"', () => {
  test('"the third summit in as many months": three months, not "many months"', () => {
    assert.deepEqual(only('The summit was the third in as many months.'), ['many months', 'DURATION', 'P3M']);
    assert.deepEqual(only('She won three times in as many days.'), ['many days', 'DURATION', 'P3D']);
  });
});

suite('dates left over: a month of every year', () => {
  test('"January and February are always hardest", "Sales usually peak in December": TimeML\'s XXXX-01', () => {
    assert.deepEqual(dates('The minister warned that January and February are always hardest.', '2025-10-05'), [['January', 'DATE', 'XXXX-01'], ['February', 'DATE', 'XXXX-02']]);
    assert.deepEqual(only('Sales usually peak in December.', '2025-10-05'), ['December', 'DATE', 'XXXX-12']);
    // Told of years gone, or of one month, it is a month of the calendar.
    assert.deepEqual(only('Sales always peaked in December.', '2025-10-05'), ['December', 'DATE', '2024-12']);
    assert.deepEqual(only('Hospitals struggled in January.', '2025-10-05'), ['January', 'DATE', '2025-01']);
  });
});

suite('dates left over: results of the quarter just finished', () => {
  test('"will report fourth-quarter results in March" in January: last year\'s fourth quarter', () => {
    assert.deepEqual(dates('Target said it would report fourth-quarter results in March.', '2025-01-08')[0], ['fourth-quarter', 'DATE', '2024-Q4']);
    assert.deepEqual(dates('It will publish earnings for the fourth quarter on Feb. 3.', '2025-01-08')[0], ['the fourth quarter', 'DATE', '2024-Q4']);
    // What is to happen in the fourth quarter is ahead; later in the year, the quarter just finished is this year's.
    assert.deepEqual(only('Sales will pick up in the fourth quarter.', '2025-01-08'), ['the fourth quarter', 'DATE', '2025-Q4']);
    assert.deepEqual(dates('The firm will report second-quarter results next week.', '2025-08-08')[0], ['second-quarter', 'DATE', '2025-Q2']);
  });
});

suite('dates left over: a quarter set beside the year-ago one', () => {
  test('"In the year-earlier quarter, the third quarter ended Nov. 30, it lost money": that quarter and its end a year back', () => {
    assert.deepEqual(dates('Profit rose. In the year-earlier quarter, the third quarter ended Nov. 30, the chain lost $4m. Results for that quarter included a charge.', '2024-12-12').slice(1), [
      ['the third quarter', 'DATE', '2023-Q3'],
      ['Nov. 30', 'DATE', '2023-11-30'],
      ['that quarter', 'DATE', '2023-Q3'],
    ]);
  });

  test('a quarter of this year named alone keeps its end in this year; a fiscal fourth quarter may end in January', () => {
    assert.deepEqual(dates('Sales in the third quarter ended Sept. 30 rose.', '2024-10-30'), [['the third quarter', 'DATE', '2024-Q3'], ['Sept. 30', 'DATE', '2024-09-30']]);
    assert.deepEqual(dates('Profit in the fourth quarter ended Jan. 31 rose.', '2024-03-05')[1], ['Jan. 31', 'DATE', '2024-01-31']);
  });
});
