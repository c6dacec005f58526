import * as assert from 'node:assert/strict';
import { dates } from './helpers/foundDates';
import { readTimex } from '../../src/core/dates/timexReading';
import { groupDatesByDay } from '../../src/core/dates/dateTimeline';

// Dates in schedules, notices and announcements: opening hours, hearings, fixtures,
// earnings releases, travel advisories. Sentences written for these tests; the article
// date is Wednesday 21 June 2023 unless a test gives another.

suite('dates in schedules: a date ends with its sentence', () => {
  test('a day and a clock time in the next sentence are two dates ("Monday. At 9am")', () => {
    assert.deepEqual(dates('The vote was held on Monday. At 9am the first results came in.'), [['Monday', 'DATE', '2023-06-19'], ['9am', 'TIME', '2023-06-19T09:00']]);
    assert.deepEqual(dates('Nobody came on Tuesday. At 6 p.m., the doors closed.'), [['Tuesday', 'DATE', '2023-06-20'], ['6 p.m.', 'TIME', '2023-06-20T18:00']]);
    // An abbreviation's full stop ends no sentence: the clock time keeps its day.
    assert.deepEqual(dates('The deadline passed at 9 a.m. Monday.'), [['9 a.m. Monday', 'TIME', '2023-06-19T09:00']]);
  });
});

suite('dates in schedules: opening hours recur', () => {
  test('clock times next to a range of weekdays, "daily" or "weekdays" are no time on the article\'s day', () => {
    assert.deepEqual(dates('The ticket office is open Mon-Fri, 9am-5pm.'), []);
    assert.deepEqual(dates('Visits are possible 10 a.m. to 4 p.m. weekdays.'), []);
    assert.deepEqual(dates('Opening hours: Monday-Friday 8.30am-6pm.'), []);
    // Weekdays written in full, Wednesday and Saturday among them.
    assert.deepEqual(dates('Buses run between 6am and 11pm, Monday to Saturday.'), []);
    assert.deepEqual(dates('The gallery is open 10am-4pm, Wednesday to Sunday.'), []);
    // The recurring time our parsers read stays, as a SET.
    assert.deepEqual(dates('The hotline takes calls 7am to 11pm daily.'), [['daily', 'SET', 'P1D']]);
    assert.deepEqual(dates('The library opens at 9:30 a.m. on Saturdays.'), [['Saturdays', 'SET', 'XXXX-WXX-6']]);
  });

  test('a single day with hours, or hours with no recurrence by them, stay dated', () => {
    assert.deepEqual(dates('The market was open Saturday 10am-4pm.'), [['Saturday 10am', 'TIME', '2023-06-17T10:00'], ['4pm', 'TIME', '2023-06-17T16:00']]);
    assert.deepEqual(dates('The polls closed at 8 p.m. on Tuesday.'), [['8 p.m. on Tuesday', 'TIME', '2023-06-20T20:00']]);
  });
});

suite('dates in schedules: what "is" says of a day lies ahead', () => {
  test('"the hearing is on Tuesday", "the fair is open Saturday": a day the present "is" predicates is on or after the article date', () => {
    assert.deepEqual(dates('The next hearing is on Tuesday at 10 a.m.'), [['Tuesday at 10 a.m.', 'TIME', '2023-06-27T10:00']]);
    assert.deepEqual(dates('The fair is open Saturday.'), [['Saturday', 'DATE', '2023-06-24']]);
    assert.deepEqual(dates('The deadline for bids is Friday.'), [['Friday', 'DATE', '2023-06-23']]);
    assert.deepEqual(dates('Today is Wednesday.'), [['Today', 'DATE', '2023-06-21'], ['Wednesday', 'DATE', '2023-06-21']]);
    // Not a copula's day: a present report of what happened stays before the article date.
    assert.deepEqual(dates('The price is 4% above Monday\'s close.'), [['Monday', 'DATE', '2023-06-19']]);
    assert.deepEqual(dates('What is on Monday\'s agenda is unclear.'), [['Monday', 'DATE', '2023-06-19']]);
  });

  test('a participle after a preposition is no past verb: "are expected on exposed coasts on Saturday"', () => {
    assert.deepEqual(dates('Gusts are expected on exposed coasts, especially on Saturday afternoon.'), [['Saturday afternoon', 'TIME', '2023-06-24TAF']]);
  });

  test('the "am" of "9am" is no verb: "worked from 9am to 5pm on Monday" is in the past', () => {
    assert.deepEqual(dates('Staff worked from 9am to 5pm on Monday.').map((d) => d[2]), ['2023-06-19T09:00', '2023-06-19T17:00']);
  });
});

suite('dates in earnings releases: a company\'s quarter', () => {
  test('a fiscal quarter with no year and no end told has an unknown year, not the calendar\'s', () => {
    assert.deepEqual(dates('Sales should pick up in the fourth quarter of this fiscal year.'), [['the fourth quarter of this fiscal year', 'DATE', 'XXXX-Q4']]);
    assert.deepEqual(dates('Margins narrowed in the fiscal second quarter.'), [['the fiscal second quarter', 'DATE', 'XXXX-Q2']]);
    assert.deepEqual(dates('Its third fiscal quarter was weak.'), [['third fiscal quarter', 'DATE', 'XXXX-Q3']]);
    // A calendar quarter, and a fiscal quarter with its year, are valued as before.
    assert.deepEqual(dates('Margins narrowed in the second quarter.'), [['the second quarter', 'DATE', '2023-Q2']]);
    assert.deepEqual(dates('Margins narrowed in the second quarter of fiscal 2023.'), [['the second quarter of fiscal 2023', 'DATE', '2023-Q2']]);
  });

  test('where the story tells when the quarter or the year ends, the fiscal quarter is valued as a calendar one', () => {
    assert.deepEqual(dates('The chain earned $8 million in its fiscal first quarter ended May 31.')[0], ['fiscal first quarter', 'DATE', '2023-Q1']);
    assert.deepEqual(dates('Its fiscal year ends in September. Sales fell in the fiscal third quarter.')[1], ['the fiscal third quarter', 'DATE', '2022-Q3']);
  });
});

suite('dates in earnings releases: what follows a quarter of unknown year', () => {
  test('"the quarter", "a year earlier", "the previous quarter" after it are of unknown year too', () => {
    const text = 'The chain lost money in the fiscal third quarter. Sales in the quarter fell 4% from a year earlier. The previous quarter was better.';
    assert.deepEqual(dates(text).map((d) => d[2]), ['XXXX-Q3', 'XXXX-Q3', 'XXXX-Q3', 'XXXX-Q2']);
  });

  test('the hover and the sidebar say it in words', () => {
    assert.equal(readTimex('DATE', 'XXXX-Q4'), 'a fourth quarter, year not given');
    const groups = groupDatesByDay([{ start: 0, end: 21, text: 'fiscal fourth quarter', type: 'DATE', value: 'XXXX-Q4' }]);
    assert.deepEqual(groups.map((g) => g.label), ['a fourth quarter, year not given']);
  });
});

suite('dates in earnings releases: a year named after "the year"', () => {
  test('"the full fiscal year 2023", "The year 2023" are that year, not the article\'s', () => {
    assert.deepEqual(dates('For the full fiscal year 2023, the group earned $4 million.', '2024-02-29'), [['fiscal year 2023', 'DATE', '2023']]);
    assert.deepEqual(dates('The year 2021 was the hardest.', '2024-02-29'), [['The year 2021', 'DATE', '2021']]);
    assert.deepEqual(dates('Sales rose over the full year.', '2024-02-29'), [['the full year', 'DATE', '2024']]);
  });
});

suite('dates in travel advisories: what an announcement starts from', () => {
  test('"has issued a warning from 6am on Saturday", "have cancelled trains from Friday evening" look ahead', () => {
    assert.deepEqual(dates('Forecasters have issued a wind warning from 6am on Saturday until midnight on Sunday.'), [['6am on Saturday', 'TIME', '2023-06-24T06:00'], ['midnight on Sunday', 'TIME', '2023-06-25T24:00']]);
    assert.deepEqual(dates('The operator has cancelled all trains on the line from Friday evening.'), [['Friday evening', 'TIME', '2023-06-23TEV']]);
    // Not a perfect's own "from": another clause after "that", a past state, or a possessive.
    assert.deepEqual(dates('Studies have suggested that from Monday prices fell.'), [['Monday', 'DATE', '2023-06-19']]);
    assert.deepEqual(dates('Shares have fallen 5% from Monday\'s high.'), [['Monday', 'DATE', '2023-06-19']]);
  });
});

suite('dates: a range names its year once, at the end', () => {
  test('"from September to December 2019", "Nov. 3 to Jan. 5, 2020": the start takes the end\'s year (the year before when its month comes later)', () => {
    assert.deepEqual(dates('Prices rose from September to December 2019.').map((d) => d[2]), ['2019-09', '2019-12']);
    assert.deepEqual(dates('The survey ran from Nov. 3 to Jan. 5, 2020.').map((d) => d[2]), ['2019-11-03', '2020-01-05']);
    // A start with its own year keeps it.
    assert.deepEqual(dates('It ran from May 2017 to June 2019.').map((d) => d[2]), ['2017-05', '2019-06']);
  });
});

suite('dates in live blogs and fixture lists: a clock time opening a line', () => {
  test('"10:42 GMT – The minister arrives" heads a live blog entry: the article\'s day, not the day the text before named', () => {
    const text = 'Results are expected on Friday 23 June.\n\nLive updates\n\n10:42 GMT – The minister arrives.\n11.05am: Crowds gather outside.';
    assert.deepEqual(dates(text).map((d) => d[2]), ['2023-06-23', '2023-06-21T10:42', '2023-06-21T11:05']);
  });

  test('under a date heading its own line, the clock times of a list are on that day', () => {
    const text = 'Fixtures\n\nSaturday, June 24\n\n12:30 – Leeds v Hull\n15:00 – York v Bury';
    assert.deepEqual(dates(text).map((d) => d[2]), ['2023-06-24', '2023-06-24T12:30', '2023-06-24T15:00']);
  });

  test('a clock time after a name ending the line before is no chapter and verse; a verse has no leading zero', () => {
    assert.deepEqual(dates('Leeds v Hull\n15:00 – York v Bury').map((d) => d[0]), ['15:00']);
    assert.deepEqual(dates('The pastor read Romans 8:31 before the 10:00 service.').map((d) => d[0]), ['10:00']);
    assert.deepEqual(dates('The meeting in Brussels 10:00 was cancelled.').map((d) => d[0]), ['10:00']);
  });
});

suite('dates in obituaries: the story moves on to later years', () => {
  test('a day and month after later years are named is not in the year of the birth date', () => {
    const text = 'She was born in York on 3 June 1931. She joined the paper in 1955. She died on 2 June.';
    assert.deepEqual(dates(text).map((d) => d[2]), ['1931-06-03', '1955', '2023-06-02']);
    // With no later year in between, the story's year still holds.
    assert.deepEqual(dates('She was born in York on 3 June 1931. She was baptised on 20 June.').map((d) => d[2]), ['1931-06-03', '1931-06-20']);
  });
});

suite('dates in match reports: the second half is no moment', () => {
  test('"scored in the second half", "in the second six days": "the second" is an ordinal, not one second ahead', () => {
    assert.deepEqual(dates('Kane scored in the second half and again late on.'), []);
    assert.deepEqual(dates('Sales rose in the second six days.'), [['six days', 'DURATION', 'P6D']]);
    // A calendar half still is one.
    assert.deepEqual(dates('Profit rose in the second half of 2022.'), [['the second half of 2022', 'DATE', '2022-H2']]);
  });
});

suite('dates in court and sports schedules: what lies ahead', () => {
  test('"faces sentencing Jan. 8", "awaits trial in May": what someone faces is ahead; "was facing" is told in the past', () => {
    assert.deepEqual(dates('The former mayor faces sentencing Jan. 8.'), [['Jan. 8', 'DATE', '2024-01-08']]);
    assert.deepEqual(dates('She awaits trial on Monday.'), [['Monday', 'DATE', '2023-06-26']]);
    assert.deepEqual(dates('He was facing trial in May.'), [['May', 'DATE', '2023-05']]);
  });

  test('"the match is at 7:30 p.m. Saturday": a clock time and its day after "is at" lie ahead', () => {
    assert.deepEqual(dates('The final is at 7:30 p.m. Saturday.'), [['7:30 p.m. Saturday', 'TIME', '2023-06-24T19:30']]);
  });

  test('"at 2pm local time tomorrow": a clock time takes "tomorrow" or "today" after its zone', () => {
    assert.deepEqual(dates('The race starts on Friday. The heats start at 2pm local time tomorrow.').map((d) => d[2]), ['2023-06-23', '2023-06-22T14:00', '2023-06-22']);
  });
});

suite('dates told from another part of the story', () => {
  test('"that day", "the following day" in a past clause never land after the article date', () => {
    // The last day named is ahead (a rule that takes effect); the past clause's day was named elsewhere.
    assert.deepEqual(dates('The new rule takes effect on July 1. The following day, the crew landed in Leeds.'), [['July 1', 'DATE', '2023-07-01'], ['The following day', 'DATE', null]]);
    // Counted from a past day, as before.
    assert.deepEqual(dates('The fire started on June 2. The following day, the crew landed in Leeds.'), [['June 2', 'DATE', '2023-06-02'], ['The following day', 'DATE', '2023-06-03']]);
  });
});

suite('dates in fixtures: the plural present of a fixture is ahead', () => {
  test('"Leeds face Hull on Saturday", "they meet again on Friday": with no other verb, the coming day', () => {
    // The article date, Wednesday 21 June 2023: the nearest Monday was the 19th.
    assert.deepEqual(dates('Leeds face Hull at Elland Road on Monday.'), [['Monday', 'DATE', '2023-06-26']]);
    assert.deepEqual(dates('The Knicks play the Nets on Monday.'), [['Monday', 'DATE', '2023-06-26']]);
    assert.deepEqual(dates('They meet again on Monday.'), [['Monday', 'DATE', '2023-06-26']]);
    // A past verb dates the clause as before.
    assert.deepEqual(dates('Leeds faced Hull on Monday.'), [['Monday', 'DATE', '2023-06-19']]);
  });
});

suite('dates: US holidays markets and schools close for', () => {
  test('Presidents Day, Martin Luther King Jr. Day, Columbus Day (Mondays), Father\'s Day (a Sunday), Juneteenth', () => {
    assert.deepEqual(dates('Markets were closed on Presidents Day.', '2024-02-21'), [['Presidents Day', 'DATE', '2024-02-19']]);
    assert.deepEqual(dates('Marches were held on Martin Luther King Jr. Day.', '2024-02-21'), [['Martin Luther King Jr. Day', 'DATE', '2024-01-15']]);
    assert.deepEqual(dates('Banks will close for Columbus Day.', '2024-02-21'), [['Columbus Day', 'DATE', '2024-10-14']]);
    assert.deepEqual(dates('Sales peaked before Father\'s Day.', '2024-07-01'), [['Father\'s Day', 'DATE', '2024-06-16']]);
    assert.deepEqual(dates('Offices shut on Juneteenth.', '2024-07-01'), [['Juneteenth', 'DATE', '2024-06-19']]);
  });
});

suite('dates in advisories: "through" a day is a limit', () => {
  test('"in effect through Thursday" lies ahead in a clause that is not past; "stayed closed through Thursday" is past', () => {
    assert.deepEqual(dates('A storm warning is in effect through Monday.'), [['Monday', 'DATE', '2023-06-26']]);
    assert.deepEqual(dates('The road stayed closed through Monday.'), [['Monday', 'DATE', '2023-06-19']]);
  });

  test('a range of weekdays ends on the first such day after its start, whatever the tense of its clause', () => {
    assert.deepEqual(dates('The poll, taken Friday through Monday, has a margin of error of 3 points.').map((d) => d[2]), ['2023-06-16', '2023-06-19']);
    // After a calendar day the end is as it reads.
    assert.deepEqual(dates('The survey ran from June 2 through Monday.').map((d) => d[2]), ['2023-06-02', '2023-06-19']);
  });
});

suite('dates in lists: a date heading its own line', () => {
  test('"Saturday, June 24" over "12:30 – Leeds v Hull" is a date of its own; a line wrapped inside a sentence is not a heading', () => {
    assert.deepEqual(dates('Fixtures\nSaturday, June 24\n12:30 – Leeds v Hull'), [['Saturday, June 24', 'DATE', '2023-06-24'], ['12:30', 'TIME', '2023-06-24T12:30']]);
    assert.deepEqual(dates('The talks resumed on Friday,\nJune 16, in Geneva.'), [['Friday,\nJune 16', 'DATE', '2023-06-16']]);
  });
});
