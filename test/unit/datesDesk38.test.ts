import * as assert from 'node:assert/strict';
import { dates, withPoints } from './helpers/foundDates';

// Dates of weather warnings, sports and results copy, and timelines told in hours. Sentences
// written for these tests; the article date is Wednesday 11 March 2026 unless a test gives another.
const WEDNESDAY = '2026-03-11';

suite('dates: a night into a day', () => {
  test('"overnight into Sunday" is the night before that Sunday, the coming one in a forecast, the one gone in a report', () => {
    assert.deepEqual(dates('Snow will spread north overnight into Sunday.', WEDNESDAY), [['overnight into Sunday', 'TIME', '2026-03-14TNI']]);
    assert.deepEqual(dates('Rain spreads east overnight into Sunday morning.', WEDNESDAY), [['overnight into Sunday morning', 'TIME', '2026-03-14TNI']]);
    assert.deepEqual(dates('Heavy rain fell overnight into Sunday.', '2026-03-16'), [['overnight into Sunday', 'TIME', '2026-03-14TNI']]);
    // Told on the Sunday itself: the night just gone.
    assert.deepEqual(dates('Heavy rain fell overnight into Sunday.', '2026-03-15'), [['overnight into Sunday', 'TIME', '2026-03-14TNI']]);
  });

  test('"from Saturday night into Sunday morning": the end is the first such day after the start, whatever the tense says of it alone', () => {
    assert.deepEqual(dates('A warning for snow from Saturday night into Sunday morning.', WEDNESDAY), [['Saturday night', 'TIME', '2026-03-14TNI'], ['Sunday morning', 'TIME', '2026-03-15TMO']]);
    assert.deepEqual(dates('Gales from Friday into Saturday, the forecast says.', WEDNESDAY), [['Friday', 'DATE', '2026-03-13'], ['Saturday', 'DATE', '2026-03-14']]);
  });
});

suite('dates: seasons of play and of performances', () => {
  test('"last season", "this season", "next season" are valued by the year the season starts in', () => {
    // A league's season runs from late summer: in March it is the one that began last August.
    assert.deepEqual(dates('He scored 20 goals last season and has nine this season.', WEDNESDAY), [['last season', 'DATE', '2024'], ['this season', 'DATE', '2025']]);
    assert.deepEqual(dates('The club hopes to be back in Europe next season.', WEDNESDAY), [['next season', 'DATE', '2026']]);
    // From July, the new season is this year's.
    assert.deepEqual(dates('She was the top scorer last season.', '2026-08-20'), [['last season', 'DATE', '2025']]);
    assert.deepEqual(dates("The opera house's current season closes with Tosca.", WEDNESDAY), [['current season', 'DATE', '2025']]);
    // A person's or a club's "last season" is their final one; "this season of" a show is no date.
    assert.deepEqual(dates('In his last season at the club he won the cup.', WEDNESDAY), []);
    assert.deepEqual(dates('This season of the drama is its last.', WEDNESDAY), []);
    assert.deepEqual(dates('I have not watched the last season yet.', WEDNESDAY), []);
  });

  test('a story that writes its seasons with one year, or a sport played within the year, counts seasons by calendar years', () => {
    assert.deepEqual(dates('The pitcher won 18 games last season, the best record in baseball.', WEDNESDAY)[0], ['last season', 'DATE', '2025']);
    assert.deepEqual(dates('The 2026 season starts in Melbourne. He finished third last season.', WEDNESDAY)[1], ['last season', 'DATE', '2025']);
    // Written across two years, a season starts in the first.
    assert.deepEqual(dates('After the 2024-25 campaign ended, he left. This season he is at Leeds.', WEDNESDAY)[1], ['This season', 'DATE', '2025']);
  });

  test('"the 2025-2026 season" is one season, valued by its first year, and dates the months after it', () => {
    assert.deepEqual(dates('He joined in the 2025-2026 season.', WEDNESDAY), [['2025-2026', 'DATE', '2025']]);
    assert.deepEqual(dates('In the 2024-2025 season he scored twice in March.', '2026-08-20'), [['2024-2025', 'DATE', '2024'], ['March', 'DATE', '2025-03']]);
    // Not a life's or a term's two years.
    assert.deepEqual(dates('Joan Smith (1941-2023) was a poet.', WEDNESDAY).map((d) => d[0]), ['1941', '2023']);
  });
});

suite('dates: periods up to now and up to a month', () => {
  test('"year to date" is the article date\'s year, as "so far this year" is', () => {
    assert.deepEqual(dates('Shares are up 12% year to date.', WEDNESDAY), [['year to date', 'DATE', '2026']]);
    assert.deepEqual(dates('Year-to-date sales rose 4%.', WEDNESDAY), [['Year-to-date', 'DATE', '2026']]);
  });

  test('"the year to March" told in March is last year\'s March: figures are given for a period that has ended', () => {
    assert.deepEqual(dates('Profit rose 8% in the year to March.', WEDNESDAY)[1], ['March', 'DATE', '2025-03']);
    assert.deepEqual(dates('Prices rose 2% in the three months to March.', WEDNESDAY)[1], ['March', 'DATE', '2025-03']);
    assert.deepEqual(dates('Inflation was 3% in the 12 months to February.', WEDNESDAY)[1], ['February', 'DATE', '2026-02']);
    // A forecast is for the period ending next.
    assert.deepEqual(dates('The firm expects profit to rise in the year to March.', WEDNESDAY)[1], ['March', 'DATE', '2026-03']);
  });
});

suite('dates: lengths of time from a clock time', () => {
  test('"two hours earlier", "eight minutes later" after a clock time lead to that time moved', () => {
    assert.deepEqual(withPoints('The fire started at 3 a.m. on Monday. Two hours earlier, a neighbour had called police.', WEDNESDAY)[1], ['Two hours earlier', 'DURATION', 'PT2H', '2026-03-09T01:00']);
    const match = withPoints('The game kicked off at 3pm on Saturday. Eight minutes later Reid scored. Ten minutes later he scored again.', WEDNESDAY);
    assert.deepEqual(match.slice(1).map((d) => d[3]), ['2026-03-07T15:08', '2026-03-07T15:18']);
    // Past midnight, the next day.
    assert.deepEqual(withPoints('The plane landed at 11.30pm on Sunday. Two hours later the passengers were still aboard.', WEDNESDAY)[1][3], '2026-03-09T01:30');
    // A day named with no clock time: the day, as before.
    assert.deepEqual(withPoints('The fire started on Monday. Two hours later it was out.', WEDNESDAY)[1][3], '2026-03-09');
  });
});

suite('dates: the side of today a day in a present clause is on', () => {
  test('words of preparing look ahead, words of aftermath back, where the present alone took the nearer day', () => {
    const monday = '2026-03-09';
    assert.deepEqual(dates('Lawmakers are still digesting Thursday\'s vote on the budget.', monday), [['Thursday', 'DATE', '2026-03-05']]);
    assert.deepEqual(dates('Markets are reacting to Thursday\'s decision.', monday), [['Thursday', 'DATE', '2026-03-05']]);
    const friday = '2026-03-13';
    assert.deepEqual(dates('MPs are preparing for Tuesday\'s vote on the budget.', friday), [['Tuesday', 'DATE', '2026-03-17']]);
    assert.deepEqual(dates('Officials are bracing for Monday\'s strike.', '2026-03-12'), [['Monday', 'DATE', '2026-03-16']]);
    // "The outcome of" tells nothing of which side: the present's nearer day.
    assert.deepEqual(dates('The outcome of Thursday\'s vote could be pivotal.', monday), [['Thursday', 'DATE', '2026-03-12']]);
    // A past or future verb decides alone.
    assert.deepEqual(dates('MPs prepared for Tuesday\'s vote.', friday), [['Tuesday', 'DATE', '2026-03-10']]);
  });
});

// From articles of kinds not tried before (a weather warning, a live blog, results, a transfer
// story, travel disruption, an anniversary, a central bank, a school term, an obituary).
suite('dates: a live blog carried past midnight', () => {
  test('"today", "this morning", "tomorrow" count from the day heading the entries, not the day the blog opened', () => {
    const blog = 'Thursday 7 May 2026\n\n10.02pm\nPolls have closed.\n\nFriday 8 May\n\n7.45am\nThe leader said this morning he would travel later.\n\n6.00pm\nWe will be back at 8am tomorrow.';
    const found = dates(blog, '2026-05-07');
    assert.deepEqual(found.find((d) => d[0] === 'this morning'), ['this morning', 'TIME', '2026-05-08TMO']);
    assert.deepEqual(found.find((d) => d[0] === '8am tomorrow'), ['8am tomorrow', 'TIME', '2026-05-09T08:00']);
  });
});

suite('dates: results, warnings and fixtures', () => {
  test('"a year earlier" after "the three months ended March 31" is that quarter a year back', () => {
    assert.deepEqual(dates('Net income for the three months ended March 31 rose to $412 million from $361 million a year earlier.', '2026-04-29')[2], ['a year earlier', 'DATE', '2025-Q1']);
    assert.deepEqual(dates('Profit for the six months to June 30 rose to $12 million from $9 million a year earlier.', '2026-08-20')[2], ['a year earlier', 'DATE', '2025-H1']);
  });

  test('a second weekday after "or", or after "and" when the first is ahead, follows the first', () => {
    const thursday = '2026-01-15';
    assert.deepEqual(dates('Tickets can be used on Sunday or Monday instead.', thursday), [['Sunday', 'DATE', '2026-01-18'], ['Monday', 'DATE', '2026-01-19']]);
    assert.deepEqual(dates('Tickets can be used on Friday or on Monday and Tuesday.', '2026-07-24').map((d) => d[2]), ['2026-07-24', '2026-07-27', '2026-07-28']);
    // Days gone by may be listed latest first.
    assert.deepEqual(dates('Following are statements made Friday and Thursday by the lawyer.', '1998-02-06').map((d) => d[2]), ['1998-02-06', '1998-02-05']);
  });

  test('what a warning covers and what people are advised or told to do lie ahead', () => {
    const thursday = '2026-01-15';
    assert.deepEqual(dates('The Met Office has issued an amber warning for snow covering much of northern England and southern Scotland from 6pm on Friday.', thursday)[0], ['6pm on Friday', 'TIME', '2026-01-16T18:00']);
    assert.deepEqual(dates('Drivers were advised to avoid the M62 from Friday night.', thursday), [['Friday night', 'TIME', '2026-01-16TNI']]);
    assert.deepEqual(dates('Parents have been told to keep the summer holidays free.', '2026-04-14'), [['the summer', 'DATE', '2026-SU']]);
  });

  test('"and face Leeds on Saturday" is a fixture; a season\'s month in a future clause is not behind the article date', () => {
    const monday = '2026-02-02';
    assert.deepEqual(dates('Rovers sit 14th, six points above the relegation zone, and face Leeds at home on Saturday.', monday), [['Saturday', 'DATE', '2026-02-07']]);
    assert.deepEqual(dates('The window will reopen on 15 June, three days after the end of the 2025-26 season, and close on 1 September.', monday)[3], ['1 September', 'DATE', '2026-09-01']);
  });

  test('"for 7 and 8 August" dates both days', () => {
    assert.deepEqual(dates('Further strikes have been called for 7 and 8 August.', '2026-07-24'), [['7', 'DATE', '2026-08-07'], ['8 August', 'DATE', '2026-08-08']]);
  });
});

suite('dates: anniversaries and lives', () => {
  test('a day or a month after "every year on", "every year in" recurs', () => {
    assert.deepEqual(dates('Every year on Sept. 11, the bell rings six times.', '2026-09-10')[1], ['Sept. 11', 'DATE', 'XXXX-09-11']);
    assert.deepEqual(dates('Every year in March, the river floods the town.', '2026-09-10')[1], ['March', 'DATE', 'XXXX-03']);
  });

  test('"weren\'t" is past: a count later that lands after the article date has no value; "that evening" stays a time', () => {
    assert.deepEqual(dates('The plane hit at 9:59 a.m. on Tuesday. They weren\'t born until a decade later.', '2026-09-10')[1], ['a decade later', 'DATE', null]);
    assert.deepEqual(dates('He crashed on 3 September 2024. He was extradited in January. She had finished a shift that evening.', '2026-06-12')[2], ['that evening', 'TIME', null]);
  });

  test('"an hour earlier, at 7:30 a.m." leads to no clock time counted from another; "as recently as 2018" is the year', () => {
    assert.deepEqual(withPoints('The main ceremony begins at 8:30 a.m. Ours will begin an hour earlier, at 7:30 a.m.', '2026-09-10')[1], ['an hour earlier', 'DURATION', 'PT1H', '2026-09-10']);
    assert.deepEqual(dates('She gave evidence as recently as 2018.', '2026-02-03'), [['2018', 'DATE', '2018']]);
    assert.deepEqual(dates('The race has become more aggressive recently as he has won.', '2026-02-03'), [['recently', 'DATE', 'PAST_REF']]);
  });

  test('a length after a comma is its own date, not a shift of the date before it', () => {
    assert.deepEqual(dates('Inflation will reach the target by the end of the year, six months earlier than forecast.', '2026-03-19'), [['end of the year', 'DATE', '2026'], ['six months earlier', 'DURATION', 'P6M']]);
  });
});
