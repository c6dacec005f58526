import * as assert from 'node:assert/strict';
import { dates, only } from './helpers/foundDates';

// Dates as copy outside the US wire services writes them: Asian and European business
// desks, listings, live blogs. Sentences written for these tests; the article date is
// Wednesday 21 June 2023 unless a test gives another.

suite('dates in unseen news: the end of a year', () => {
  test('"year-end" is the year\'s last day: the coming one ahead or now, the last one before the article date in a past clause', () => {
    assert.deepEqual(only('The merger should close by year-end.'), ['year-end', 'DATE', '2023-12-31']);
    assert.deepEqual(only('The index has risen 8% since year-end.'), ['year-end', 'DATE', '2022-12-31']);
    assert.deepEqual(only('Net debt at year-end was £2bn.'), ['year-end', 'DATE', '2022-12-31']);
    assert.deepEqual(only('Cash fell after last year-end.'), ['last year-end', 'DATE', '2022-12-31']);
    // On the last day of a year, that day is the year end just reached.
    assert.deepEqual(only('Shares have doubled since year-end.', '2023-12-31'), ['year-end', 'DATE', '2023-12-31']);
    // Before a noun, the year end nearest the article date, whatever the tense.
    assert.deepEqual(only('The two spoke about the year-end budget deal.', '2023-12-15'), ['the year-end', 'DATE', '2023-12-31']);
    assert.deepEqual(only('The year-end results were strong.', '2024-02-10'), ['The year-end', 'DATE', '2023-12-31']);
    // "the year's end" reads as "the end of the year": the year.
    assert.deepEqual(only('Rules will be in place by the year’s end.'), ['the year’s end', 'DATE', '2023']);
  });

  test('"the end of last year", "the end of next week" keep the period\'s value, as "the end of the year" does', () => {
    assert.deepEqual(only('Borrowing peaked at the end of last year.'), ['end of last year', 'DATE', '2022']);
    // After a quarter, an amount at the end of last year is still of that year, no year-ago quarter.
    assert.deepEqual(dates('Debt was $25 billion at the end of the second quarter, down from $26 billion at the end of last year.')[1], ['end of last year', 'DATE', '2022']);
    assert.deepEqual(only('The plant opens at the start of next year.'), ['the start of next year', 'DATE', '2024']);
    assert.deepEqual(only('Talks will resume at the end of next week.'), ['end of next week', 'DATE', '2023-W26']);
    assert.deepEqual(only('Prices fell at the end of last month.'), ['end of last month', 'DATE', '2023-05']);
    // A month named with "last year" stays the month.
    assert.deepEqual(only('It closed at the end of June last year.'), ['end of June last year', 'DATE', '2022-06']);
  });

  test('"by the end of the week", "the start of the decade" are the article date\'s week and decade', () => {
    assert.deepEqual(only('A decision is expected by the end of the week.'), ['the end of the week', 'DATE', '2023-W25']);
    assert.deepEqual(only('Emissions must halve by the end of the decade.'), ['the end of the decade', 'DATE', '202']);
  });
});

suite('dates in unseen news: listings and recurring times', () => {
  test('"every other Tuesday", "every second Monday", "every third year" recur; "second" there is no unit', () => {
    assert.deepEqual(only('The repair cafe opens every other Tuesday.'), ['every other Tuesday', 'SET', 'XXXX-WXX-2']);
    assert.deepEqual(only('Ministers meet every second Monday.'), ['every second Monday', 'SET', 'XXXX-WXX-1']);
    assert.deepEqual(dates('Bins go out every second week; the fair comes every third year.'), [['every second week', 'SET', 'P2W'], ['every third year', 'SET', 'P3Y']]);
    // "every second" before anything else is still a second.
    assert.deepEqual(only('Every second counts in a rescue.'), ['Every second', 'SET', 'PT1S']);
  });
});

suite('dates in unseen news: Asian and European business copy', () => {
  test('"the July-September quarter", "the January-June period": three months are the quarter, six from January or July a half', () => {
    assert.deepEqual(only('It swung to a profit in the July-September period.', '2023-11-14'), ['the July-September period', 'DATE', '2023-Q3']);
    assert.deepEqual(only('Exports rose in the October-December quarter.', '2024-02-14'), ['the October-December quarter', 'DATE', '2023-Q4']);
    assert.deepEqual(only('Output fell in the January-June period of 2022.'), ['the January-June period of 2022', 'DATE', '2022-H1']);
    // Months that make neither stay two months.
    assert.deepEqual(dates('Sales rose in the March-July period.').map((d) => d[0]), ['March', 'July']);
  });

  test('"Q3 FY2024-25" is the quarter of the financial year named by its last year', () => {
    assert.deepEqual(only('Profit rose 7% in Q3 FY2024-25.', '2025-01-16'), ['Q3 FY2024-25', 'DATE', '2025-Q3']);
    // Years that do not follow each other are no financial year.
    assert.deepEqual(dates('Code Q3 FY2024-27 was used.', '2025-01-16'), []);
  });

  test('a numeric date with full stops is day first: "12.03.2025" is 12 March', () => {
    assert.deepEqual(only('The board meets on 12.03.2025 to consider a dividend.'), ['12.03.2025', 'DATE', '2025-03-12']);
    assert.deepEqual(only('She was born on 3.4.1990 in Pune.'), ['3.4.1990', 'DATE', '1990-04-03']);
  });
});

suite('dates in unseen news: the tense of a quote and of a plan', () => {
  test('a direct quote is a clause of its own: the "said" outside it does not put its weekday in the past', () => {
    // Sunday 31 March 2024: the coming Wednesday, as the nearest one.
    assert.deepEqual(only('Klopp said: "We play again on Wednesday."', '2024-03-31'), ['Wednesday', 'DATE', '2024-04-03']);
    assert.deepEqual(only('"We meet them on Wednesday," the manager said.', '2024-03-31'), ['Wednesday', 'DATE', '2024-04-03']);
    assert.deepEqual(only('``We meet them on Wednesday,\'\' the manager said.', '2024-03-31'), ['Wednesday', 'DATE', '2024-04-03']);
    // A past verb inside the quote still dates it; a partial quote keeps the verb before it.
    assert.deepEqual(only('"We lost on Wednesday," the manager said.', '2024-03-31'), ['Wednesday', 'DATE', '2024-03-27']);
    assert.deepEqual(only('He said the draw "came on Wednesday" after a delay.', '2024-03-31'), ['Wednesday', 'DATE', '2024-03-27']);
  });

  test('"is expected Friday", "is set for Nov. 18", "is due Monday": a plan in the present looks ahead', () => {
    assert.deepEqual(only('The ruling is expected Friday.'), ['Friday', 'DATE', '2023-06-23']);
    assert.deepEqual(only('The report is due Monday.'), ['Monday', 'DATE', '2023-06-26']);
    assert.deepEqual(only('His trial is set for the week of Nov. 18.', '2024-05-15'), ['the week of Nov. 18', 'DATE', '2024-W47']);
    // In the past the plan is told as done.
    assert.deepEqual(only('The ruling was expected Friday.'), ['Friday', 'DATE', '2023-06-16']);
  });

  test('"raised its full-year profit forecast on Wednesday": a forecast after what it forecasts is a noun, no look ahead', () => {
    assert.deepEqual(dates('Tesco raised its full-year profit forecast on Wednesday after first-half sales beat expectations.', '2026-10-01'), [['Wednesday', 'DATE', '2026-09-30'], ['first-half', 'DATE', '2026-H1']]);
  });

  test('"down from its forecast of 1.5% in March", "up from 4.1% in June": the figure a change is measured from is past', () => {
    assert.deepEqual(only('Growth will be 1.2%, down from its forecast of 1.5% in March.', '2026-11-26'), ['March', 'DATE', '2026-03']);
    assert.deepEqual(only('Unemployment will rise to 5%, up from 4.1% in June.', '2026-11-26'), ['June', 'DATE', '2026-06']);
    // A range the figure will move through is ahead.
    assert.deepEqual(dates('The rate will rise from 4% in January to 5% in March.', '2026-11-26').map((d) => d[2]), ['2027-01', '2027-03']);
  });

  test('"rain is likely over the weekend", "a deal is unlikely before Monday": a forecast in the present looks ahead', () => {
    // Tuesday 20 June 2023: the coming weekend, not the one just gone.
    assert.deepEqual(only('Rain is likely over the weekend.', '2023-06-20'), ['weekend', 'DATE', '2023-W25-WE']);
    assert.deepEqual(only('A deal is unlikely before Monday.', '2023-06-23'), ['Monday', 'DATE', '2023-06-26']);
    // Told in the past, it looks back.
    assert.deepEqual(only('A deal was unlikely before Monday.', '2023-06-23'), ['Monday', 'DATE', '2023-06-19']);
  });
});

suite('dates in unseen news: obituaries and profiles', () => {
  test('"the last decade of her life", "the last week of the race": the final span of something, not the period before the article date', () => {
    assert.deepEqual(only('She spent the last decade of her life in Cornwall.'), ['the last decade', 'DURATION', 'P10Y']);
    assert.deepEqual(only('He campaigned hard in the last week of the race.'), ['last week', 'DURATION', 'P1W']);
    // Of a month, it is that month's last week.
    assert.deepEqual(only('Her lead peaked in the last week of October.'), ['the last week of October', 'DATE', '2022-W43']);
    // Without "the", "last week" is the week before the article's.
    assert.deepEqual(only('Our rally last week of all weeks drew crowds.'), ['last week', 'DATE', '2023-W24']);
  });

  test('ages are no dates: "aged 76", "in her 70s", "in his 80s"', () => {
    assert.deepEqual(dates('She died aged 76. In her 70s she took up painting; her husband was in his 80s.'), []);
  });
});

suite('dates in unseen news: live blogs and warnings', () => {
  test('a clock time in a past clause is not on a day still ahead that was just named', () => {
    assert.deepEqual(dates('The warning runs until 06:00 on Thursday. Gusts of 90mph were recorded shortly after 2pm.'), [
      ['06:00 on Thursday', 'TIME', '2023-06-22T06:00'], ['2pm', 'TIME', '2023-06-21T14:00'],
    ]);
    // In a clause that looks ahead, the day named holds.
    assert.deepEqual(dates('The ban lasts until Thursday. It will be reviewed at 2pm.'), [['Thursday', 'DATE', '2023-06-22'], ['2pm', 'TIME', '2023-06-22T14:00']]);
  });
});

suite('dates in unseen news: court reports', () => {
  test('"the next morning" is the morning of the day after the last day named', () => {
    assert.deepEqual(dates('He was arrested on March 2 and released on bail the next morning.'), [['March 2', 'DATE', '2023-03-02'], ['the next morning', 'TIME', '2023-03-03TMO']]);
    // The day before Tuesday's hearing is the Monday; the next morning is the hearing's Tuesday.
    assert.deepEqual(dates('The day before last Tuesday\'s hearing, he was taken to hospital. He appeared in court the next morning.', '2024-02-22'), [
      ['The day before last Tuesday', 'DATE', '2024-02-19'], ['the next morning', 'TIME', '2024-02-20TMO'],
    ]);
  });

  test('"on the 14th", "the night of the 3rd": a day of the month the story is in, by its ordinal', () => {
    assert.deepEqual(dates('He was arrested on March 2 and charged on the 4th.'), [['March 2', 'DATE', '2023-03-02'], ['the 4th', 'DATE', '2023-03-04']]);
    assert.deepEqual(only('The victims were contacted on the night of the 14th.'), ['the night of the 14th', 'TIME', '2023-06-14TNI']);
    // With no month named, the article's, or the one before for a day still ahead told in the past.
    assert.deepEqual(only('The vote will be held on the 28th.'), ['the 28th', 'DATE', '2023-06-28']);
    assert.deepEqual(only('The raid happened on the 30th.'), ['the 30th', 'DATE', '2023-05-30']);
    // Ordinals that count something else.
    assert.deepEqual(dates('She lives on the 3rd floor, voted on the 14th amendment and scored in the 87th minute.'), []);
    // Near words of what an ordinal counts in sport and buildings, it is a hole, a place or a floor.
    assert.deepEqual(dates('He made birdie on the 18th. She finished on the 5th. They live on the 3rd and 4th floors.'), []);
  });
});

suite('dates in unseen news: quarters that ended', () => {
  test('"the quarter ended December 31, 2024" is not a quarter named before that has not begun', () => {
    assert.deepEqual(dates('Wins will pick up in the fourth quarter. Results for the quarter ended December 31, 2024 were released.', '2025-01-16').slice(0, 2), [
      ['the fourth quarter', 'DATE', '2025-Q4'], ['the quarter', 'DATE', '2024-Q4'],
    ]);
    // A quarter named that has begun is still the story's (a fiscal quarter may end in another calendar one).
    assert.deepEqual(dates('Fiscal fourth-quarter profit rose. Sales in the quarter ended Sept. 30 grew.', '2023-11-02').slice(0, 2), [
      ['Fiscal fourth-quarter', 'DATE', '2023-Q4'], ['the quarter', 'DATE', '2023-Q4'],
    ]);
  });
});

suite('dates in unseen news: Indian agency and business copy', () => {
  test('"on Monday (July 29)": the date in brackets after a weekday is its day', () => {
    assert.deepEqual(dates('The vote is on Monday (July 29).', '2024-07-25'), [['Monday', 'DATE', '2024-07-29'], ['July 29', 'DATE', '2024-07-29']]);
    assert.deepEqual(dates('He said on Thursday (25 July) that he would go.', '2024-07-26'), [['Thursday', 'DATE', '2024-07-25'], ['25 July', 'DATE', '2024-07-25']]);
    // A date that is not that weekday's leaves the weekday as it was read (what "is" predicates lies ahead).
    assert.deepEqual(dates('The vote is on Monday (July 30).', '2024-07-25')[0], ['Monday', 'DATE', '2024-07-29']);
    assert.deepEqual(dates('He spoke on Monday (July 30).', '2024-07-25')[0], ['Monday', 'DATE', '2024-07-22']);
  });

  test('"H1FY25", "the June-ended quarter", "last fiscal", "this fiscal"', () => {
    assert.deepEqual(only('The firm\'s H1FY25 profit rose.', '2024-11-05'), ['H1FY25', 'DATE', '2025-H1']);
    assert.deepEqual(only('Profit rose in the June-ended quarter.', '2024-07-25'), ['the June-ended quarter', 'DATE', '2024-Q2']);
    assert.deepEqual(only('Revenue rose 8% last fiscal.'), ['last fiscal', 'DATE', '2022']);
    assert.deepEqual(only('Growth will slow in the current fiscal, the ministry said.'), ['the current fiscal', 'DATE', '2023']);
    // "fiscal" before a noun is no year.
    assert.deepEqual(dates('This fiscal policy is loose.'), []);
    assert.deepEqual(dates('This fiscal and monetary mix is loose.'), []);
  });

  test('"the second week of August", "the last week of June 2024": the ISO week of those seven days', () => {
    assert.deepEqual(only('The meeting is slated for the second week of August.'), ['the second week of August', 'DATE', '2023-W32']);
    assert.deepEqual(only('He resigned in the last week of June 2022.'), ['the last week of June 2022', 'DATE', '2022-W26']);
  });
});

suite('dates in unseen news: European clock times', () => {
  test('"kicks off at 20.45 on Saturday", "at 15.30 tomorrow": a 24-hour clock with a full stop, before its day', () => {
    assert.deepEqual(only('The match kicks off at 20.45 on Saturday.'), ['20.45 on Saturday', 'TIME', '2023-06-24T20:45']);
    assert.deepEqual(only('Talks resume at 15.30 tomorrow.'), ['15.30 tomorrow', 'TIME', '2023-06-22T15:30']);
    // A price is no clock time.
    assert.deepEqual(dates('Shares closed at 20.45 on Friday. The pound stood at 1.27.'), [['Friday', 'DATE', '2023-06-16']]);
  });
});

suite('dates in unseen news: numeric dates as the text writes them', () => {
  test('an ambiguous slash date is day first in a text that writes "10 January", month first in one that writes "Jan. 5"', () => {
    assert.deepEqual(dates('Published 10 January 2024. Updated: 10/01/2024', '2024-01-10'), [['10 January 2024', 'DATE', '2024-01-10'], ['10/01/2024', 'DATE', '2024-01-10']]);
    assert.deepEqual(dates('The deadline is 12/01/2024, after the Jan. 5 vote.', '2024-01-10'), [['12/01/2024', 'DATE', '2024-12-01'], ['Jan. 5', 'DATE', '2024-01-05']]);
    // With nothing to go by, month first, as chrono reads it; "9/11" is always the attacks.
    assert.deepEqual(only('Filed 10/01/2024.', '2024-01-10'), ['10/01/2024', 'DATE', '2024-10-01']);
    assert.deepEqual(dates('On 14 March he spoke of 9/11.', '2024-03-20'), [['14 March', 'DATE', '2024-03-14'], ['9/11', 'DATE', '2001-09-11']]);
  });
});

suite('dates in unseen news: seasons and school years that span two years', () => {
  test('"the 2026-27 season ends in May": a month of a season falls in the year of its part of it', () => {
    assert.deepEqual(dates('The 2026-27 season ends in May.', '2026-05-10')[1], ['May', 'DATE', '2027-05']);
    assert.deepEqual(dates('The 2026-27 season ends on May 24.', '2026-05-10')[1], ['May 24', 'DATE', '2027-05-24']);
    assert.deepEqual(dates('The 2025/26 academic year begins in September.', '2025-05-10')[1], ['September', 'DATE', '2025-09']);
    // A financial year turns in April or October: left to the tense.
    assert.deepEqual(dates('The 2026-27 financial year starts in April.', '2026-05-10')[1], ['April', 'DATE', '2026-04']);
  });
});

suite('dates in unseen news: British counts', () => {
  test('"a fortnight ago", "two fortnights ago": two weeks back from the article date', () => {
    assert.deepEqual(only('We last met a fortnight ago.'), ['a fortnight ago', 'DATE', '2023-W23']);
    assert.deepEqual(only('The shop opened two fortnights ago.'), ['two fortnights ago', 'DATE', '2023-W21']);
  });

  test('"a fortnight from now", "a fortnight hence", "twenty-five years from now": ahead of the article date', () => {
    assert.deepEqual(only('The results come out a fortnight from now.'), ['a fortnight from now', 'DATE', '2023-W27']);
    assert.deepEqual(only('A decision is due a fortnight hence.'), ['a fortnight hence', 'DATE', '2023-W27']);
    assert.deepEqual(only('Twenty-five years from now, we will know.'), ['Twenty-five years from now', 'DATE', '2048']);
  });
});

suite('dates in unseen news: ranges of weekdays', () => {
  test('a range of weekdays never ends before it starts: "open Monday to Saturday"; a calendar start leaves the weekday as it reads', () => {
    // The article date, 21 June 2023, is a Wednesday: "Monday" alone reads as the 19th, "Saturday" alone as the 17th.
    assert.deepEqual(dates('The shop was open Monday to Saturday.'), [['Monday', 'DATE', '2023-06-19'], ['Saturday', 'DATE', '2023-06-24']]);
    // What the present "is" predicates lies ahead: the range starts on the Monday after the article date.
    assert.deepEqual(dates('The shop is open Monday to Saturday.'), [['Monday', 'DATE', '2023-06-26'], ['Saturday', 'DATE', '2023-07-01']]);
    assert.deepEqual(dates('Shares were bought from June 1 to Monday.')[1], ['Monday', 'DATE', '2023-06-19']);
  });
});

suite('dates in unseen news: a clock time on the day after', () => {
  test('"at 02:00 the following morning", "6 p.m. the following day": the clock time on the day after the one named', () => {
    assert.deepEqual(dates('The count began at 18:00 on Monday and ended at 02:00 the following morning.')[1], ['02:00 the following morning', 'TIME', '2023-06-20T02:00']);
    assert.deepEqual(dates('He arrived on June 3 and left at 6 p.m. the following day.')[1], ['6 p.m. the following day', 'TIME', '2023-06-04T18:00']);
  });
});

suite('dates in unseen news: a list of days after one month', () => {
  test('"on Aug. 15, 16, 17 and 20": two digits that go on a list of days are a day, no year (was Aug. 15, 2016)', () => {
    assert.deepEqual(dates('The new shows, on Aug. 15, 16, 17 and 20, go on sale next week.')[0], ['Aug. 15', 'DATE', '2023-08-15']);
    // A year in two digits still reads as one: "Aug. 15, 64 and died", and a count after the day stays a count.
    assert.deepEqual(dates('He was born on Aug. 15, 64 and died in 2001.')[0], ['Aug. 15, 64', 'DATE', '1964-08-15']);
  });
});

suite('dates in unseen news: no article date', () => {
  test('"earlier this month", "June last year" are unresolved without an article date (were January and June 2000)', () => {
    assert.deepEqual(only('The strikes answered attacks earlier this month.', null), ['earlier this month', 'DATE', null]);
    assert.deepEqual(only('It happened in June last year.', null), ['June last year', 'DATE', null]);
    // A date that names its year needs none.
    assert.deepEqual(only('It happened on June 3, 2021.', null), ['June 3, 2021', 'DATE', '2021-06-03']);
  });
});

suite('dates in unseen news: tense of fresh copy', () => {
  test('"forecast", "cut" right after a date that follows the subject are the past: the present takes "-s"', () => {
    assert.deepEqual(only('The retailer on Tuesday forecast weaker sales.'), ['Tuesday', 'DATE', '2023-06-20']);
    assert.deepEqual(only('The chipmaker on Tuesday also forecast weaker sales.'), ['Tuesday', 'DATE', '2023-06-20']);
    assert.deepEqual(only('The central bank on Friday cut its main rate.'), ['Friday', 'DATE', '2023-06-16']);
    // Before the date, "forecast" still looks ahead to it.
    assert.deepEqual(only('Forecasters forecast heavy rain on Tuesday.'), ['Tuesday', 'DATE', '2023-06-27']);
  });

  test('"became the first to …": what someone was the first or only one to do was done, in the past', () => {
    assert.deepEqual(only('The band became the first to sell out the stadium in September.'), ['September', 'DATE', '2022-09']);
    assert.deepEqual(only('She was the first woman to win the prize in November.'), ['November', 'DATE', '2022-11']);
    // Past a comma the date is another clause's.
    assert.deepEqual(only('He became the first to qualify, setting up the October final.'), ['October', 'DATE', '2023-10']);
    // Any other infinitive under a past verb keeps the month nearest the article date.
    assert.deepEqual(only('They argued over how to fund the school in September.'), ['September', 'DATE', '2023-09']);
  });

  test('"expected until", "expected by" look ahead even when the clause they hang on is past', () => {
    assert.deepEqual(only('Police closed the road, with repairs not expected until Friday.'), ['Friday', 'DATE', '2023-06-23']);
    assert.deepEqual(only('The court adjourned, with a ruling expected by Monday.'), ['Monday', 'DATE', '2023-06-26']);
    // "more than expected", "was expected" say how a past event turned out.
    assert.deepEqual(only('Sales rose more than expected on Friday.'), ['Friday', 'DATE', '2023-06-16']);
    assert.deepEqual(only('The verdict was expected on Friday.'), ['Friday', 'DATE', '2023-06-16']);
  });

  test('a "that" clause right after a report\'s date is what was told: "told the court on Monday that he will appeal"', () => {
    assert.deepEqual(only('The lawyer told the court on Monday that he will appeal.'), ['Monday', 'DATE', '2023-06-19']);
    // After anything but a report, "that" opens a clause about the thing the date is of.
    assert.deepEqual(only('Police charged him over the crash on Friday that left two dead.'), ['Friday', 'DATE', '2023-06-16']);
  });

  test('"announcing on Friday", "saying Monday": a report\'s participle right before its date is what has been said', () => {
    assert.deepEqual(only('The club joined the race, announcing on Friday it would bid.'), ['Friday', 'DATE', '2023-06-16']);
    assert.deepEqual(only('The firm will be announcing on Friday its results.'), ['Friday', 'DATE', '2023-06-23']);
  });

  test('"until at least Monday" is a limit ahead, as "until Monday" is', () => {
    assert.deepEqual(only('The bridge is shut until at least Monday.'), ['Monday', 'DATE', '2023-06-26']);
  });

  test('"stays open until 2 January" is the present, after a past verb joined by "and"', () => {
    assert.deepEqual(dates('The fair opened on Friday and stays open until 2 January.'), [['Friday', 'DATE', '2023-06-16'], ['2 January', 'DATE', '2024-01-02']]);
  });

  test('"Emery\'s side face Brentford on Monday": a fixture after "side", "team", "squad" is ahead', () => {
    assert.deepEqual(only('Emery\'s side face Brentford on Monday.'), ['Monday', 'DATE', '2023-06-26']);
    assert.deepEqual(only('The women\'s team play Spain on Monday.'), ['Monday', 'DATE', '2023-06-26']);
  });

  test('"Monday fortnight" is the coming Monday two weeks on, as "Monday week" is one week on', () => {
    assert.deepEqual(only('The draw is on Monday fortnight.'), ['Monday fortnight', 'DATE', '2023-07-10']);
    assert.deepEqual(only('The draw is on Monday week.'), ['Monday week', 'DATE', '2023-07-03']);
  });

  test('"midnight tonight" is the end of the article\'s day (was noon)', () => {
    assert.deepEqual(only('Fire bans apply from midnight tonight.'), ['midnight tonight', 'TIME', '2023-06-21T24:00']);
    assert.deepEqual(only('The deal expires tonight at midnight.'), ['tonight at midnight', 'TIME', '2023-06-21T24:00']);
  });

  test('"14 February last year", "7 June next year": the day written first is kept with its month', () => {
    assert.deepEqual(only('He was arrested on 14 February last year.'), ['14 February last year', 'DATE', '2022-02-14']);
    assert.deepEqual(only('The trial is set for 7 June next year.'), ['7 June next year', 'DATE', '2024-06-07']);
  });

  test('a hyphen inside a word opens no clause between "has issued" and "from 6am on Saturday"', () => {
    assert.deepEqual(only('The Met Office has issued a warning for north-east England from 6am on Saturday.'), ['6am on Saturday', 'TIME', '2023-06-24T06:00']);
  });

  test('"from 6am on Saturday until midnight": the clock time that ends the range is on the start\'s day, midnight its end', () => {
    assert.deepEqual(dates('A warning is in force from 6am on Saturday until midnight.'), [['6am on Saturday', 'TIME', '2023-06-24T06:00'], ['midnight', 'TIME', '2023-06-24T24:00']]);
    assert.deepEqual(dates('The road will be shut from 9pm on Monday until 11pm.'), [['9pm on Monday', 'TIME', '2023-06-26T21:00'], ['11pm', 'TIME', '2023-06-26T23:00']]);
    // A clock time before the start's is the next morning.
    assert.deepEqual(dates('The road will be shut from 9pm on Monday until 5am.'), [['9pm on Monday', 'TIME', '2023-06-26T21:00'], ['5am', 'TIME', '2023-06-27T05:00']]);
  });

  test('"released on bail until 3 January", "remanded in custody until Monday": a court\'s limit is ahead', () => {
    assert.deepEqual(only('She was released on bail until 3 January.'), ['3 January', 'DATE', '2024-01-03']);
    assert.deepEqual(only('He was remanded in custody until Monday.'), ['Monday', 'DATE', '2023-06-26']);
  });

  test('"a year earlier" after a month named since the quarter is that month a year back', () => {
    assert.deepEqual(dates('Profit rose in the quarter. Staff turnover fell to 9% in May from 12% a year earlier.')[2], ['a year earlier', 'DATE', '2022-05']);
    // Right after the quarter it is still the quarter.
    assert.deepEqual(dates('Profit rose to $5 million in the first quarter from $4 million a year earlier.')[1], ['a year earlier', 'DATE', '2022-Q1']);
  });

  test('"in the spring and a ruling by June": after a preposition of time, a season before "and" is still one', () => {
    assert.deepEqual(dates('The court will hear arguments in the spring and rule by the end of June.', '2023-11-20'), [['the spring', 'DATE', '2024-SP'], ['end of June', 'DATE', '2024-06']]);
    assert.deepEqual(dates('The fall and rise of the empire.'), []);
    assert.deepEqual(only('The plan announced in the spring was on track.'), ['the spring', 'DATE', '2023-SP']);
    assert.deepEqual(dates('Since the fall has been so steep, we worry.'), []);
  });

  test('"Sat 5 Dec, 7.30pm": the number after the month\'s comma is the hour, not the day', () => {
    assert.deepEqual(only('Carol concert: Sat 5 Dec, 7.30pm.'), ['5 Dec, 7.30pm', 'TIME', '2023-12-05T19:30']);
    assert.deepEqual(only('Carol concert: Saturday 5 December, 19:30.'), ['Saturday 5 December, 19:30', 'TIME', '2023-12-05T19:30']);
  });

  test('"had hoped to pass it before Christmas": what was wished lay ahead of the wishing', () => {
    assert.deepEqual(only('Ministers had hoped to pass the bill before Christmas.', '2023-12-04'), ['Christmas', 'DATE', '2023-12-25']);
  });
});

suite('dates in unseen news: rates', () => {
  test('"300 flights a week", "110 km an hour": after a number\'s plural noun or a unit of distance, "a week" is a rate', () => {
    assert.deepEqual(only('The airline runs 300 flights a week.'), ['a week', 'SET', 'P1W']);
    assert.deepEqual(only('Gusts reached 110 km an hour.'), ['an hour', 'SET', 'PT1H']);
    assert.deepEqual(only('Gusts reached 70 miles an hour.'), ['an hour', 'SET', 'PT1H']);
    // A verb's "-s" is no amount: the time it takes stays a duration.
    assert.deepEqual(only('The review takes a year.'), ['a year', 'DURATION', 'P1Y']);
  });
});

suite('dates in unseen news: kinds, labels and British weeks', () => {
  test('"the winter fuel payment", "a summer coat": a season before a noun of a kind of thing is no date', () => {
    assert.deepEqual(dates('The winter fuel payment is worth £300.'), []);
    assert.deepEqual(dates('Ministers confirmed that winter fuel payments will rise.'), []);
    assert.deepEqual(dates('She bought the summer coat in a sale.'), []);
    // A season that dates its noun stays: a term, a campaign.
    assert.deepEqual(only('Pupils will be back for the autumn term.'), ['the autumn', 'DATE', '2023-FA']);
  });

  test('"Christmas Eve: 9am-4pm" in a listing: a date labelling its line is the nearest such day, whatever "closed" says', () => {
    assert.deepEqual(dates('Opening hours\nChristmas Eve: 9am-4pm\nChristmas Day: closed\nNew Year\'s Day: closed', '2023-12-15'), [
      ['Christmas Eve', 'DATE', '2023-12-24'],
      ['9am', 'TIME', '2023-12-24T09:00'],
      ['4pm', 'TIME', '2023-12-24T16:00'],
      ['Christmas Day', 'DATE', '2023-12-25'],
      ["New Year's Day", 'DATE', '2024-01-01'],
    ]);
    // A sentence that ends in a colon is no label: its verb still dates what follows.
    assert.deepEqual(only('Fans were angry at the club: on Monday it closed the ground.', '2023-12-15'), ['Monday', 'DATE', '2023-12-11']);
  });

  test('"Wednesday week" written on a Wednesday is the Wednesday after next', () => {
    assert.deepEqual(only('The cabinet will discuss it on Wednesday week.'), ['Wednesday week', 'DATE', '2023-07-05']);
    assert.deepEqual(only('The cabinet will discuss it on Friday week.'), ['Friday week', 'DATE', '2023-06-30']);
  });

  test('"in August of wounding": the "of" before anything but a year is not the date\'s', () => {
    assert.deepEqual(only('He was convicted in August of wounding with intent.'), ['August', 'DATE', '2022-08']);
    assert.deepEqual(only('He was convicted in August of 2021.'), ['August of 2021', 'DATE', '2021-08']);
  });
});

suite('dates in unseen news: months of a year told after them, budgets, halves, warnings', () => {
  test('"in October of that year", "in May the following year": the month is in the year the words after it tell', () => {
    assert.deepEqual(dates('Joblessness peaked in 2009 and fell in October of that year.', '2016-02-05'), [['2009', 'DATE', '2009'], ['October', 'DATE', '2009-10'], ['that year', 'DATE', '2009']]);
    assert.deepEqual(dates('The club went down in 2019 and was sold in May the following year.', '2025-02-10'), [['2019', 'DATE', '2019'], ['May', 'DATE', '2020-05'], ['the following year', 'DATE', '2020']]);
  });

  test('"The May budget forecast a deficit": the month dates the budget, and the bare "forecast" after its noun is past', () => {
    assert.deepEqual(only('The May budget forecast a deficit of $28 billion.', '2026-11-25'), ['May', 'DATE', '2026-05']);
    assert.deepEqual(only('The March budget forecast a deficit of $28 billion.', '2026-11-25'), ['March', 'DATE', '2026-03']);
    // "forecasts" is the present, and looks ahead; "the May government" is Theresa May's.
    assert.deepEqual(only('The March budget forecasts a deficit.', '2026-11-25'), ['March', 'DATE', '2027-03']);
    assert.deepEqual(dates('The May government collapsed.', '2026-11-25'), []);
  });

  test('"revenue grew 6% in H1": a half alone in a sentence of accounts', () => {
    assert.deepEqual(only('Revenue rose 6% in H1.', '2025-11-14'), ['H1', 'DATE', '2025-H1']);
    assert.deepEqual(dates('He applied for an H1 visa.', '2025-11-14'), []);
  });

  test('"the week after next", "the year before last": two from the article date\'s', () => {
    assert.deepEqual(only('He will return to action the week after next.', '2025-01-26'), ['the week after next', 'DATE', '2025-W06']);
    assert.deepEqual(only('Prices peaked the year before last.', '2025-01-26'), ['the year before last', 'DATE', '2023']);
  });

  test('"issued a warning for the weekend": what a warning is for lies ahead of its issuing', () => {
    assert.deepEqual(only('The Met Office issued a warning for the weekend.', '2025-02-10'), ['weekend', 'DATE', '2025-W07-WE']);
    assert.deepEqual(only('Forecasters issued a yellow warning for snow on Saturday.', '2025-02-10'), ['Saturday', 'DATE', '2025-02-15']);
    // The day a warning was given is the verb's.
    assert.deepEqual(only('Forecasters issued a warning on Saturday.', '2025-02-10'), ['Saturday', 'DATE', '2025-02-08']);
  });
});

suite('dates in unseen news: seasons south of the equator', () => {
  test('under a Sydney or (AAP) dateline, summer starts in December: "last summer" in December is the one that began a year before', () => {
    const text = 'SYDNEY, 3 December 2025 (AAP) - Last summer was hot. This summer could be worse, and last winter was dry.';
    assert.deepEqual(dates(text, '2025-12-03').slice(1), [['Last summer', 'DATE', '2024-SU'], ['This summer', 'DATE', '2025-SU'], ['last winter', 'DATE', '2025-WI']]);
    // Under a London dateline, as before.
    assert.deepEqual(dates(text.replace('SYDNEY', 'LONDON').replace(' (AAP)', ''), '2025-12-03').slice(1), [['Last summer', 'DATE', '2025-SU'], ['This summer', 'DATE', '2025-SU'], ['last winter', 'DATE', '2024-WI']]);
  });
});

suite('dates in unseen news: the new year', () => {
  test('"in the new year": the coming year, or the article\'s own in its first two months', () => {
    assert.deepEqual(only('Members will vote in the new year.', '2025-11-14'), ['the new year', 'DATE', '2026']);
    assert.deepEqual(only('Talks will resume early in the New Year.', '2026-01-14'), ['the New Year', 'DATE', '2026']);
    // No year of the calendar.
    assert.deepEqual(dates('Celebrations for the new year began.', '2025-11-14'), []);
  });
});

suite('dates in unseen news: a range of clock times on a weekday', () => {
  test('"between midnight and 11.59pm on Friday": the start is on the end\'s weekday, the day before when overnight', () => {
    assert.deepEqual(dates('Flights due to land between midnight and 11.59pm on Friday have been cancelled.', '2025-03-20'), [['midnight', 'TIME', '2025-03-21T00:00'], ['11.59pm on Friday', 'TIME', '2025-03-21T23:59']]);
    assert.deepEqual(dates('The road will close between 10pm and 6am on Saturday.', '2025-03-20'), [['10pm', 'TIME', '2025-03-21T22:00'], ['6am on Saturday', 'TIME', '2025-03-22T06:00']]);
  });
});

suite('dates in unseen news: "last" the verb', () => {
  test('"is likely to last three days", "will last a week": the length without the verb', () => {
    assert.deepEqual(only('The hearing is likely to last three days.'), ['three days', 'DURATION', 'P3D']);
    assert.deepEqual(only('The strike will last a week.'), ['a week', 'DURATION', 'P1W']);
    assert.deepEqual(only('Prices rose in the last three days.'), ['the last three days', 'DURATION', 'P3D']);
  });
});

suite('dates in unseen news: a participle joined to a future passive', () => {
  test('"would be introduced before Christmas and passed by March": both look ahead', () => {
    assert.deepEqual(dates('Ministers said the bill would be introduced next month and passed by March.', '2025-10-14')[1], ['March', 'DATE', '2026-03']);
    // In the past, as before.
    assert.deepEqual(dates('The bill was introduced in January and passed in March.', '2025-10-14')[1], ['March', 'DATE', '2025-03']);
  });
});

suite('dates in unseen news: British frequencies and zones', () => {
  test('"fortnightly" is every two weeks, as "biweekly" is', () => {
    assert.deepEqual(only('Bin collections are fortnightly.'), ['fortnightly', 'SET', 'P2W']);
  });

  test('"midnight Friday" is the midnight that ends Friday (TimeML T24), "from midnight on Saturday" the one that starts it', () => {
    assert.deepEqual(only('The deadline is midnight Friday.'), ['midnight Friday', 'TIME', '2023-06-23T24:00']);
    assert.deepEqual(dates('The ban runs from midnight on Saturday until 6am.')[0], ['midnight on Saturday', 'TIME', '2023-06-24T00:00']);
  });

  test('"at 11am local time (0900 GMT) on Sunday": past both the local time and the bracketed zone, the weekday is the clock time\'s', () => {
    assert.deepEqual(dates('The truce began at 11am local time (0900 GMT) on Sunday.', '2025-11-14'), [['11am', 'TIME', '2025-11-09T11:00'], ['Sunday', 'DATE', '2025-11-09']]);
  });
});
