import * as assert from 'node:assert/strict';
import { dates, only, withPoints } from './helpers/foundDates';

// Dates in genres of news the other date tests leave out: forecasts, launches, strikes,
// season calendars, festivals, business halves. Sentences written for these tests; the
// article date is Wednesday 21 June 2023 unless a test gives another.

suite('dates in news genres: weeks named from the article\'s', () => {
  test('"Wednesday next week", "Thursday last week": that day of the week named', () => {
    assert.deepEqual(only('The union will meet on Wednesday next week.'), ['Wednesday next week', 'DATE', '2023-06-28']);
    assert.deepEqual(only('Police searched the flat on Thursday last week.'), ['Thursday last week', 'DATE', '2023-06-15']);
  });

  test('a range of weekdays that ends in a week named from the article\'s starts in that week', () => {
    // Wednesday 21 June 2023: "Monday" alone, in the present, would be the 19th.
    assert.deepEqual(dates('Drivers strike from Monday to Wednesday next week.'), [['Monday', 'DATE', '2023-06-26'], ['Wednesday next week', 'DATE', '2023-06-28']]);
    assert.deepEqual(dates('Talks ran between Tuesday and Thursday last week.'), [['Tuesday', 'DATE', '2023-06-13'], ['Thursday last week', 'DATE', '2023-06-15']]);
  });
});

suite('dates in news genres: a part of the day on a date', () => {
  test('"mid-morning on Thursday 29 June", "the evening on Monday 3 July": the part of that day', () => {
    assert.deepEqual(only('Expect delays until mid-morning on Thursday 29 June, as trains return.'), ['mid-morning on Thursday 29 June', 'TIME', '2023-06-29TMO']);
    assert.deepEqual(only('The fireworks start in the evening on Monday 3 July.'), ['evening on Monday 3 July', 'TIME', '2023-07-03TEV']);
  });
});

suite('dates in news genres: comparisons of two times', () => {
  test('"a week later than in 2022", "two years earlier than planned": the difference, a length of time', () => {
    assert.deepEqual(dates('The final is on July 9, a week later than in 2022.')[1], ['a week later', 'DURATION', 'P1W']);
    assert.deepEqual(dates('It aims to reach the goal by 2028, two years earlier than planned.')[1], ['two years earlier', 'DURATION', 'P2Y']);
    // Without "than", still a day counted back from the one named.
    assert.deepEqual(withPoints('The plant opened on May 2 and closed a week later.')[1], ['a week later', 'DURATION', 'P1W', '2023-W19']);
  });
});

suite('dates in news genres: phrases chrono joins across a boundary', () => {
  test('a clock time in brackets keeps the day after them, and the day is a date of its own', () => {
    assert.deepEqual(dates('Talks ran past midnight local time (22:00 GMT) on Monday.'), [['midnight', 'TIME', '2023-06-19T24:00'], ['22:00 GMT', 'TIME', '2023-06-19T22:00'], ['Monday', 'DATE', '2023-06-19']]);
  });

  test('a clock time at the end of a sentence is not joined to the next sentence\'s date; a weekday after it is its day', () => {
    assert.deepEqual(dates('A silence is held at 8 p.m. This year the crowds were small.'), [['8 p.m.', 'TIME', '2023-06-21T20:00'], ['This year', 'DATE', '2023']]);
    assert.deepEqual(only('The vote closes at 8 p.m. Friday.'), ['8 p.m. Friday', 'TIME', '2023-06-23T20:00']);
  });
});

suite('dates in news genres: several days of a month named once', () => {
  test('"between 5 and 9 July", "on 2, 9 and 16 July": each number is a day of the month named after the last', () => {
    assert.deepEqual(dates('Staff will walk out between 5 and 9 July.'), [['5', 'DATE', '2023-07-05'], ['9 July', 'DATE', '2023-07-09']]);
    assert.deepEqual(dates('Walkouts will fall on 2, 9 and 16 July.').map((d) => d[2]), ['2023-07-02', '2023-07-09', '2023-07-16']);
    // Counts before a date are no days of it.
    assert.deepEqual(dates('The twins, aged 5 and 9 July babies, slept.').map((d) => d[0]), ['9 July']);
  });
});

suite('dates in news genres: warnings, rules and timetables', () => {
  test('a warning issued "from the early hours of Sunday" starts ahead', () => {
    assert.deepEqual(only('Forecasters have issued a snow warning for the hills of the north from the early hours of Sunday.'), ['Sunday', 'DATE', '2023-06-25']);
  });

  test('a rule in the present that applies "from" a date starts ahead; a period that runs "from" one is the nearest; a change "from" a date looks back', () => {
    assert.deepEqual(dates('The warning runs from 3am on Saturday until 6pm on Sunday.'), [['3am on Saturday', 'TIME', '2023-06-24T03:00'], ['6pm on Sunday', 'TIME', '2023-06-25T18:00']]);
    // The article date is a Wednesday: the fair that runs from Monday is on.
    assert.deepEqual(dates('The fair runs from Monday to Friday.').map((d) => d[2]), ['2023-06-19', '2023-06-23']);
    assert.deepEqual(only('The new fines take effect from 1 March.'), ['1 March', 'DATE', '2024-03-01']);
    assert.deepEqual(only('A wind warning covers the coast from noon on Friday.'), ['noon on Friday', 'TIME', '2023-06-23T12:00']);
    assert.deepEqual(only('Support stands at 48%, a jump of 12 points from March.'), ['March', 'DATE', '2023-03']);
  });

  test('"starting Wednesday", "beginning in April": the verb of the clause says which way', () => {
    assert.deepEqual(only('Voters will be able to cast ballots starting Monday.'), ['Monday', 'DATE', '2023-06-26']);
    assert.deepEqual(dates('In 2012 the campaign spent millions on ads beginning in April.', '2016-09-04')[1], ['April', 'DATE', '2012-04']);
  });

  test('what "is available" on a weekday is ahead', () => {
    assert.deepEqual(dates('A backup slot is available on Friday at 14:05 UTC, the company said.')[0], ['Friday at 14:05 UTC', 'TIME', '2023-06-23T14:05']);
  });
});

suite('dates in news genres: the weekday of a day just named', () => {
  test('"Christmas falls on a Monday", "Boxing Day on the Tuesday", "Dec. 1, the Friday before": that day', () => {
    assert.deepEqual(dates('Shops will be busy, with Christmas falling on a Monday.'), [['Christmas', 'DATE', '2023-12-25'], ['Monday', 'DATE', '2023-12-25']]);
    assert.deepEqual(dates('With Christmas Day on a Monday and Boxing Day on the Tuesday, offices will shut.').map((d) => d[2]), ['2023-12-25', '2023-12-25', '2023-12-26', '2023-12-26']);
    assert.deepEqual(dates('Voting ends on Dec. 1, the Friday before the count.')[1], ['Friday', 'DATE', '2023-12-01']);
    // Another weekday than the day's: the weekday as it reads alone (ahead, under "ends").
    assert.deepEqual(dates('Voting ends on Dec. 1, the Monday before the count.')[1], ['Monday', 'DATE', '2023-06-26']);
  });
});

suite('dates in news genres: a weekend of a month or of a day', () => {
  test('"the weekend of Sept. 9", "the weekend of 15 and 16 July": that day\'s weekend', () => {
    assert.deepEqual(only('The race is held on the weekend of Sept. 9.'), ['the weekend of Sept. 9', 'DATE', '2023-W36-WE']);
    assert.deepEqual(only('It should be warmer by the weekend of 15 and 16 July.'), ['the weekend of 15 and 16 July', 'DATE', '2023-W28-WE']);
  });

  test('"the first weekend of July", "the final weekend of October": the weekend of that Saturday', () => {
    // 1 July 2023 is a Saturday; 28 October 2023 the last Saturday of its month.
    assert.deepEqual(only('The festival moves to the first weekend of July.'), ['the first weekend of July', 'DATE', '2023-W26-WE']);
    assert.deepEqual(only('Both sides will campaign on the final weekend of October.'), ['the final weekend of October', 'DATE', '2023-W43-WE']);
    assert.deepEqual(only('It rained on the second weekend of March 2020.'), ['the second weekend of March 2020', 'DATE', '2020-W11-WE']);
  });
});

suite('dates in news genres: words that only look like times', () => {
  test('"coming weeks after" is the verb "coming"; "in coming weeks" is still the future', () => {
    assert.deepEqual(dates('The storm was hard to bear, coming weeks after the floods.'), []);
    assert.deepEqual(only('Talks will resume in coming weeks.'), ['coming weeks', 'DATE', 'FUTURE_REF']);
  });

  test('"a quarter point", "a quarter percentage point", "a quarter mile": a fraction of a measure, not three months', () => {
    assert.deepEqual(dates('The Fed cut rates by a quarter point.'), []);
    assert.deepEqual(dates('Markets expect a quarter percentage point rise.'), []);
    assert.deepEqual(dates('She led by a quarter mile at the bell.'), []);
    assert.deepEqual(only('Profits fell in the quarter.')[1], 'DATE');
  });

  test('"sales rose by a quarter", "fell by almost a quarter": a share of a change, not three months; "delayed by a quarter" is', () => {
    assert.deepEqual(dates('Sales of premium food rose by a quarter.'), []);
    assert.deepEqual(dates('Profits fell by almost a quarter. Prices are up by a quarter.'), []);
    assert.deepEqual(only('The launch was delayed by a quarter.'), ['a quarter', 'DURATION', 'P1Q']);
  });

  test('"in a second-floor room", "in a second round", "for a second term": the ordinal before a noun is no second of time', () => {
    assert.deepEqual(dates('He barricaded himself in a second-floor room.'), []);
    assert.deepEqual(dates('The talks ended in a second round. She won a second term.'), []);
    assert.deepEqual(only('It was over in a second or two.')[0], 'in a second');
  });

  test('"a quarter of a century", "three-quarters of an hour": that share of the unit', () => {
    assert.deepEqual(only('The two towns have been twinned for nearly a quarter of a century.'), ['nearly a quarter of a century', 'DURATION', 'P25Y']);
    assert.deepEqual(only('The hearing lasted three-quarters of an hour.'), ['three-quarters of an hour', 'DURATION', 'PT45M']);
    assert.deepEqual(only('The charity was set up a quarter of a century ago.'), ['a quarter of a century ago', 'DATE', '1998']);
    assert.deepEqual(dates('Almost a quarter of a million people signed the petition.'), []);
  });

  test('"over the past fortnight", "in the next fortnight": two weeks, a length of time', () => {
    assert.deepEqual(only('Support for the party has slipped over the past fortnight.'), ['the past fortnight', 'DURATION', 'P2W']);
    assert.deepEqual(only('A decision is expected in the next fortnight.'), ['the next fortnight', 'DURATION', 'P2W']);
  });

  test('"a quarter said", "a quarter were undecided": a share of people, not three months', () => {
    assert.deepEqual(dates('Four in ten will spend less, while a quarter said they had started early.'), []);
    assert.deepEqual(dates('About a quarter were undecided.'), []);
    assert.deepEqual(only('The firm lost money for a quarter.'), ['a quarter', 'DURATION', 'P1Q']);
  });
});

suite('dates in news genres: halves of a year in results stories', () => {
  test('"the first half" with no year is the year\'s when its sentence speaks of accounts', () => {
    assert.deepEqual(only('Sales in the first half rose 11 percent.'), ['the first half', 'DATE', '2023-H1']);
    assert.deepEqual(only('Net profit fell in the first half, the bank said.'), ['the first half', 'DATE', '2023-H1']);
    // A game's half, and a half of something else, are not.
    assert.deepEqual(dates('The striker scored twice in the second half.'), []);
    assert.deepEqual(dates('Sales kept the trend of the last half of the decade.'), []);
  });
});

suite('dates in news genres: anniversaries', () => {
  test('"twenty years ago", "fifteen years ago": the year so many years back', () => {
    assert.deepEqual(only('Twenty years ago, the bridge opened.'), ['Twenty years ago', 'DATE', '2003']);
    assert.deepEqual(only('The mill closed fifteen years ago.'), ['fifteen years ago', 'DATE', '2008']);
  });

  test('"eighty years ago this week", "50 years ago today": that week or day, so many years back', () => {
    // 21 June 1943 was a Monday, in ISO week 25.
    assert.deepEqual(only('Eighty years ago this week, the troops landed.'), ['Eighty years ago this week', 'DATE', '1943-W25']);
    assert.deepEqual(only('50 years ago today, the band played here.'), ['50 years ago today', 'DATE', '1973-06-21']);
    assert.deepEqual(only('A year ago this month, prices fell.'), ['A year ago this month', 'DATE', '2022-06']);
    // Without the week, as before.
    assert.deepEqual(only('Prices fell a year ago.'), ['a year ago', 'DATE', '2022']);
  });
});

suite('dates in news genres: counts back from the day just named', () => {
  test('"the second, two weeks later": "the second" is the second of them, no moment', () => {
    assert.deepEqual(withPoints('The first debate, on May 2, drew crowds; the second, two weeks later, drew fewer.')[1], ['two weeks later', 'DURATION', 'P2W', '2023-W20']);
  });

  test('"about a month later", "nearly two weeks later": counted from the day just named, the approximation in the phrase', () => {
    assert.deepEqual(dates('Fasting begins on February 17. The feast is expected about a month later.')[1], ['about a month later', 'DATE', '2024-03']);
    assert.deepEqual(withPoints('He arrived on May 3 and left nearly two weeks later.')[1], ['nearly two weeks later', 'DURATION', 'P2W', '2023-W20']);
  });
});

suite('dates in news genres: hours that recur', () => {
  test('"Every morning at 6 a.m.", "every Friday, from 8 a.m. to noon": the hours recur, no time on the article\'s day', () => {
    assert.deepEqual(dates('Every morning at 6 a.m. he was at his desk.'), [['Every morning', 'SET', 'XXXX-XX-XXTMO']]);
    assert.deepEqual(dates('And every Friday, from 8 a.m. to noon, she met the staff.'), [['every Friday', 'SET', 'XXXX-WXX-5']]);
    // One day with its hours stays that day.
    assert.deepEqual(only('He left on Monday at 7am.'), ['Monday at 7am', 'TIME', '2023-06-19T07:00']);
  });
});

suite('dates in news genres: how long a journey took', () => {
  test('"cover the journey in about four hours", "finished the marathon in 2 hours": a length of time; "closes in four hours" stays ahead', () => {
    assert.deepEqual(dates('Trains would cover the 900 km journey in about four hours.'), [['about four hours', 'DURATION', 'PT4H']]);
    assert.deepEqual(dates('She finished the marathon in 2 hours and beat the record.'), [['2 hours', 'DURATION', 'PT2H']]);
    assert.deepEqual(dates('Officials will decide in two weeks.'), [['in two weeks', 'DATE', '2023-W27']]);
  });
});

suite('dates in news genres: a game clock in a sports report', () => {
  test('"with 1:12 to play", "with 4:05 left", "0:38 remaining" are the time left in a game, no clock time; "at 4:05 on Sunday" is one', () => {
    assert.deepEqual(dates('Ray Cole kicked a field goal with 1:12 to play on Sunday.'), [['Sunday', 'DATE', '2023-06-18']]);
    assert.deepEqual(dates('The Hawks scored with 4:05 left in the game.'), []);
    assert.deepEqual(dates('Allen ran in a touchdown with 0:38 remaining.'), []);
    assert.deepEqual(only('The train left at 4:05 on Sunday.'), ['4:05 on Sunday', 'TIME', '2023-06-18T04:05']);
  });
});

suite('dates in news genres: "on a Sunday", any such day', () => {
  test('"born on a Sunday", "passed on a Tuesday afternoon" are no day of the article\'s week; "in a Friday interview", "on Tuesday afternoon" are', () => {
    assert.deepEqual(only('She was born on a Sunday.'), ['Sunday', 'DATE', 'XXXX-WXX-7']);
    assert.deepEqual(only('No law passed on a Tuesday afternoon will fix that.'), ['Tuesday afternoon', 'TIME', 'XXXX-WXX-2TAF']);
    assert.deepEqual(only('Rubio said in a Friday interview that he would run.'), ['Friday', 'DATE', '2023-06-16']);
    assert.deepEqual(only('Talks resumed on Tuesday afternoon.'), ['Tuesday afternoon', 'TIME', '2023-06-20TAF']);
  });
});

suite('dates in news genres: lengths of time anchored in the story (TimeML)', () => {
  test('"three days later", "a day earlier", "two weeks later": TimeML\'s length of time, with the day or week it leads to', () => {
    assert.deepEqual(withPoints('The mine flooded on March 4. Three days later, rescuers reached the men.')[1], ['Three days later', 'DURATION', 'P3D', '2023-03-07']);
    assert.deepEqual(withPoints('The strike ended on Friday. A day earlier, talks had collapsed.')[1], ['A day earlier', 'DURATION', 'P1D', '2023-06-15']);
    assert.deepEqual(withPoints('The bill passed on May 10. Two weeks later the senator resigned.')[1], ['Two weeks later', 'DURATION', 'P2W', '2023-W21']);
  });

  test('"a few days later": a length of time the text does not count, leading to no known day', () => {
    assert.deepEqual(withPoints('The club sacked its coach on April 2. A few days later, the chairman quit.')[1], ['A few days later', 'DURATION', 'PXD', null]);
  });

  test('"a year earlier", "a month later" stay the comparable period, a date', () => {
    assert.deepEqual(withPoints('Sales were £40m, down from £52m a year earlier.'), [['a year earlier', 'DATE', '2022', undefined]]);
    assert.deepEqual(withPoints('The mill shut on March 3. A month later, it was sold.')[1], ['A month later', 'DATE', '2023-04', undefined]);
  });

  test('"the day after" counts from the next date named: "three days later, the day after the storm"', () => {
    assert.deepEqual(withPoints('The dam burst on June 1. Three days later, the village was empty. The next day, troops arrived.').slice(1), [
      ['Three days later', 'DURATION', 'P3D', '2023-06-04'],
      ['The next day', 'DATE', '2023-06-05', undefined],
    ]);
  });
});
