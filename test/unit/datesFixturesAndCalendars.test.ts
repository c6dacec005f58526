import * as assert from 'node:assert/strict';
import { dates, only, withPoints } from './helpers/foundDates';

// Dates read off articles written for the purpose (sport, results, live
// blogs, holidays). Sentences written for these tests; the article date is Wednesday 21 June
// 2023 unless a test gives another.

suite('dates: counts of time run together', () => {
  test('"for 90 days a week later" is a duration and a week counted from the day before it', () => {
    assert.deepEqual(withPoints('The ban began on June 2 and was lifted for 30 days a week later.'), [
      ['June 2', 'DATE', '2023-06-02', undefined],
      ['30 days', 'DURATION', 'P30D', undefined],
      ['a week later', 'DURATION', 'P1W', '2023-W23'],
    ]);
  });

  test('"them" is no count of minutes: "saw them a week later"', () => {
    assert.deepEqual(only('Police found them three days ago.'), ['three days ago', 'DATE', '2023-06-18']);
    assert.deepEqual(withPoints('She visited them two weeks later.'), [['two weeks later', 'DURATION', 'P2W', '2023-W27']]);
  });

  test('a span of two parts joined by "and" stays one date', () => {
    assert.deepEqual(only('He returned two years and three months later.'), ['two years and three months later', 'DATE', '2025-09']);
  });
});

suite('dates: the bare past of "cut", "hit" after "the" and a singular noun', () => {
  test('"The Bank cut rates in August" is past: last August', () => {
    assert.deepEqual(only('The central bank cut rates in November.', '2025-03-21'), ['November', 'DATE', '2024-11']);
    assert.deepEqual(only('The storm hit the coast in August.', '2025-03-21'), ['August', 'DATE', '2024-08']);
  });

  test('not a compound noun ("the tax cut"), a plural subject, or "set" with a day ahead', () => {
    assert.deepEqual(only('The banks cut rates in August.', '2025-03-21'), ['August', 'DATE', '2025-08']);
    assert.deepEqual(only('The council set a deadline of April 30.', '2025-03-21'), ['April 30', 'DATE', '2025-04-30']);
  });
});

suite('dates: days still ahead after a call or a fixing', () => {
  test('"have called for protests on Thursday" is the coming Thursday (a present perfect takes no past day)', () => {
    assert.deepEqual(only('Teachers have called for protests on Thursday in ten cities.', '2025-03-03'), ['Thursday', 'DATE', '2025-03-06']);
    assert.deepEqual(dates('The union has called a 24-hour strike for Friday.', '2025-03-03')[1], ['Friday', 'DATE', '2025-03-07']);
    // The simple past may tell when the call was made.
    assert.deepEqual(only('Unions called for calm on Thursday.', '2025-03-03'), ['Thursday', 'DATE', '2025-02-27']);
  });

  test('"a hearing has been set for September 15" is ahead', () => {
    assert.deepEqual(only('A hearing has been set for September 15.', '2025-05-08'), ['September 15', 'DATE', '2025-09-15']);
  });

  test('a warning extended over a long object "until 6am on Sunday" runs to the coming Sunday', () => {
    assert.deepEqual(only('Forecasters have extended the amber wind warning for the whole of Wales and much of England until 6am on Sunday.', '2024-12-07'), ['6am on Sunday', 'TIME', '2024-12-08T06:00']);
  });

  test('"snow was forecast from late Tuesday" is the coming Tuesday: the time forecast for, not of the forecast', () => {
    assert.deepEqual(dates('Heavy snow was forecast from late Tuesday night into Wednesday afternoon.', '2024-11-25'), [
      ['late Tuesday night', 'TIME', '2024-11-26TNI'],
      ['Wednesday afternoon', 'TIME', '2024-11-27TAF'],
    ]);
  });
});

suite('dates: days and months of every year', () => {
  test('a fiscal year or a season "runs from July 1 to June 30": XXXX days', () => {
    assert.deepEqual(dates("The firm's fiscal year runs from July 1 to June 30.", '2025-05-01'), [
      ['July 1', 'DATE', 'XXXX-07-01'],
      ['June 30', 'DATE', 'XXXX-06-30'],
    ]);
    assert.deepEqual(only('The bank’s financial year ends on March 31.', '2025-05-01'), ['March 31', 'DATE', 'XXXX-03-31']);
    assert.deepEqual(dates('The hurricane season runs from June 1 to November 30.', '2025-05-01').map((d) => d[2]), ['XXXX-06-01', 'XXXX-11-30']);
    assert.deepEqual(dates('The storm season runs from September to August.', '2025-05-01').map((d) => d[2]), ['XXXX-09', 'XXXX-08']);
  });

  test('one year\'s end stays that year\'s', () => {
    assert.deepEqual(dates('This storm season ends in May.', '2025-05-01').map((d) => d[2]), ['2025-05']);
  });
});

suite('dates: the year of a tour or a timetable', () => {
  test('a month and day after a day of a later year in the same sentence take that year', () => {
    assert.deepEqual(dates('The tour opens in Dublin on May 2, 2025, followed by Leeds on May 6.', '2024-09-04').map((d) => d[2]), ['2025-05-02', '2025-05-06']);
    assert.deepEqual(dates('The run ends on December 20, 2025, with a last show in Perth on January 3.', '2024-09-04').map((d) => d[2]), ['2025-12-20', '2026-01-03']);
    // Not across a sentence end.
    assert.deepEqual(dates('The tour opens on May 2, 2025. Leeds was played on August 28.', '2024-09-04').map((d) => d[2]), ['2025-05-02', '2024-08-28']);
  });

  test('"They open the tour on July 4" is a fixture, ahead, and carries its year to the days after it', () => {
    assert.deepEqual(dates('They open the tour in Cardiff on July 4, before two nights in Leeds on July 11.', '2024-09-04').map((d) => d[2]), ['2025-07-04', 'P2D', '2025-07-11']);
  });
});

suite('dates: the quarter ending in a month', () => {
  test('"the quarter ending in June", "the quarter to September": the calendar quarter ending then', () => {
    assert.deepEqual(dates('Analysts expect sales of $9 billion for the quarter ending in June.', '2025-05-01')[0], ['the quarter', 'DATE', '2025-Q2']);
    assert.deepEqual(dates('Profit rose 5% in the quarter to September.', '2025-05-01')[0], ['the quarter', 'DATE', '2024-Q3']);
    assert.deepEqual(dates('Profit rose in the quarter ended March 31.', '2025-05-01')[0], ['the quarter', 'DATE', '2025-Q1']);
  });
});

suite('dates: other calendars and other countries\' holidays', () => {
  test('a year named in another calendar is no year of ours, also when named again as "the year 1404"', () => {
    assert.deepEqual(dates('Nowruz opens the Iranian year 1404. The budget for the year 1404 was passed.', '2025-03-03'), []);
    assert.deepEqual(dates('The Samvat 2081 begins at dusk.', '2024-10-29'), []);
    assert.deepEqual(dates('The Hebrew year 5786 began quietly.', '2025-10-01'), []);
    // A year of ours before 1600 stays one.
    assert.deepEqual(only('The castle was built in 1404.', '2025-03-03'), ['1404', 'DATE', '1404']);
  });

  test('"Canadian Thanksgiving" is not the US holiday', () => {
    assert.deepEqual(dates('Canadian Thanksgiving was marked on October 14 this year.', '2024-11-25'), [['October 14 this year', 'DATE', '2024-10-14']]);
  });
});

suite('dates: ranges of years that span two', () => {
  test('"from 2026-27 to 2028-29" is two such years, not "2026" and "27 to 2028-29"', () => {
    assert.deepEqual(dates('Budgets for 2026-27 to 2028-29 will be set in June.', '2025-03-21').map((d) => d[0]), ['2026-27', '2028-29', 'June']);
    assert.deepEqual(dates('The talks ran March 3-5.', '2025-03-21').map((d) => d[0]), ['March 3', '5']);
  });
});

suite('dates: clock times and ranges of months', () => {
  test('a week named in the same sentence as the day does not stop a later clock time from taking that day', () => {
    assert.deepEqual(dates('Teachers will strike on Tuesday, October 14, after talks broke down this week. The strike will begin at 9am.', '2025-08-28').map((d) => d[2]), ['2025-10-14', '2025-W35', '2025-10-14T09:00']);
  });

  test('"from April to February" in a past clause ends in the last February reached and starts the April before', () => {
    assert.deepEqual(dates('Borrowing from April to February reached £132bn.', '2025-03-21').map((d) => d[2]), ['2024-04', '2025-02']);
    assert.deepEqual(dates('Sales rose from November to January.', '2025-03-21').map((d) => d[2]), ['2024-11', '2025-01']);
    // Ahead, the start is the next such month.
    assert.deepEqual(dates('The season will run from October to March.', '2025-03-21').map((d) => d[2]), ['2025-10', '2026-03']);
  });
});

suite('dates: days named after a day long past', () => {
  test('"Black Monday" and "Black Wednesday" are no weekdays of the story; "Black Friday" is the sales\' day', () => {
    assert.deepEqual(dates('It was the worst day since the Black Monday crash of October 1987.', '2025-01-17'), [['October 1987', 'DATE', '1987-10']]);
    assert.deepEqual(dates('Sterling left the exchange rate mechanism on Black Wednesday.', '2025-01-17'), []);
    assert.deepEqual(only('Shops expect crowds on Black Friday.', '2025-01-17'), ['Black Friday', 'DATE', '2025-11-28']);
  });
});

suite('dates: lists of days of one month', () => {
  test('"on July 11, 12, 16 and 20" is four days; "July 11, 12 people" is one day and a count', () => {
    assert.deepEqual(dates('The band plays Leeds on July 11, 12, 16 and 20.', '2025-03-01').map((d) => d[0] + '=' + d[2]), ['July 11=2025-07-11', '12=2025-07-12', '16=2025-07-16', '20=2025-07-20']);
    assert.deepEqual(dates('Hearings are set for March 3, 5 and 7, 2026.', '2025-03-01').map((d) => d[2]), ['2026-03-03', '2026-03-05', '2026-03-07']);
    assert.deepEqual(dates('On July 11, 12 people died.', '2025-08-01').map((d) => d[0]), ['July 11']);
  });
});

suite('dates: back from a past story', () => {
  test('after a sentence about what is ahead, a month and day in a past clause is the article\'s year again', () => {
    const story = 'The probe launched on November 16, 2022. The agency will try again in the coming weeks. The last test, on November 19, was a success.';
    assert.deepEqual(dates(story, '2024-12-05').map((d) => d[2]), ['2022-11-16', 'FUTURE_REF', '2024-11-19']);
    // Quoted speech looking ahead leaves the story where it was.
    assert.deepEqual(dates('The probe launched on November 16, 2022. "We will fly again," he said. It landed on December 11.', '2024-12-05').map((d) => d[2]), ['2022-11-16', '2022-12-11']);
  });
});

suite('dates: a fixture in a clause of its own', () => {
  test('"flew to Leicester, where they play on Saturday evening" is the coming Saturday, and so is a kick-off after it', () => {
    assert.deepEqual(dates('The squad flew to Leicester, where they play on Saturday evening. Kick-off is at 5.30pm.', '2025-02-14').map((d) => d[2]), ['2025-02-15TEV', '2025-02-15T17:30']);
    assert.deepEqual(only('The squad flew to Leicester, where they played on Saturday.', '2025-02-14'), ['Saturday', 'DATE', '2025-02-08']);
  });
});

suite('dates: an outlook in a "with" phrase', () => {
  test('"would bring settled weather, with a warm spring likely in September and October" is ahead', () => {
    assert.deepEqual(dates('Forecasters said winter would bring more settled weather, with a warm spring likely in September and October.', '2025-06-24').map((d) => d[2]), ['2025-09', '2025-10']);
  });
});

suite('dates: a holiday\'s weekend', () => {
  test('"the Memorial Day weekend", "the Easter weekend", "the Australia Day long weekend" are the holiday\'s weekend', () => {
    assert.deepEqual(dates('Traffic will be heavy over the Memorial Day weekend.', '2025-05-20').map((d) => d[2]), ['2025-05-26', '2025-W21-WE']);
    assert.deepEqual(only('Record crowds came over the Easter weekend.', '2025-05-20'), ['weekend', 'DATE', '2025-W16-WE']);
    assert.deepEqual(dates('The heat will last into the Australia Day long weekend.', '2025-01-14').map((d) => d[2]), ['2025-01-26', '2025-W04-WE']);
    assert.deepEqual(only('Stores were busy over the Thanksgiving weekend.', '2025-05-20'), ['weekend', 'DATE', '2024-W48-WE']);
    // A weekend with no holiday before it is still the article's.
    assert.deepEqual(only('Fans came over the weekend.', '2025-05-20'), ['weekend', 'DATE', '2025-W20-WE']);
  });
});
