import * as assert from 'node:assert/strict';
import { dates, only } from './helpers/foundDates';
import { findArticleDate } from '../../src/core/dates/articleDate';

// Dates as British, Irish, Australian and Indian copy, wire services, business and sports
// desks write them, beyond the US wire copy of TimeBank. Sentences written for these tests;
// the article date is Wednesday 21 June 2023 unless a test gives another.

suite('dates in other news styles: financial years', () => {
  test('"the financial year" is the British fiscal year, with "current", "last", "next", "latest"', () => {
    assert.deepEqual(only('Spending in the current financial year will rise by 3%.'), ['the current financial year', 'DATE', '2023']);
    assert.deepEqual(only('Profits fell sharply last financial year.'), ['last financial year', 'DATE', '2022']);
    assert.deepEqual(only('The council expects a deficit next financial year.'), ['next financial year', 'DATE', '2024']);
    assert.deepEqual(only('Sales fell in the latest financial year.'), ['the latest financial year', 'DATE', '2022']);
    // The same with "fiscal", which chrono reads only without the word between.
    assert.deepEqual(only('Revenue dropped in the last fiscal year.'), ['the last fiscal year', 'DATE', '2022']);
  });

  test('"FY23", "FY2024", "FY 2024": a financial year by its initials', () => {
    assert.deepEqual(dates('Turnover in FY22 was £3.1bn, up from £2.8bn in FY21.'), [['FY22', 'DATE', '2022'], ['FY21', 'DATE', '2021']]);
    assert.deepEqual(only('The FY2024 budget cuts defence spending.'), ['FY2024', 'DATE', '2024']);
    assert.deepEqual(only('Guidance for FY 2024 was unchanged.'), ['FY 2024', 'DATE', '2024']);
    // Indian copy's quarter of a financial year, valued as TimeML's "fiscal first quarter".
    assert.deepEqual(only('TCS reported results for Q3FY23 after market hours.'), ['Q3FY23', 'DATE', '2023-Q3']);
    assert.deepEqual(only('Guidance for Q2 FY24 was raised.'), ['Q2 FY24', 'DATE', '2024-Q2']);
    assert.deepEqual(only('Revenue for the third quarter of FY23 grew.', '2023-01-18'), ['the third quarter of FY23', 'DATE', '2023-Q3']);
    // Not a financial year: letters or digits run on.
    assert.deepEqual(dates('The FY23X chip and model FY2023B were shown.'), []);
  });

  test('a year across two ("2022-23", "2023/24"): a season or budget is one date, its first year; a financial year named as such its last', () => {
    assert.deepEqual(dates('The economy grew 7 per cent in 2022-23, the ministry said.'), [['2022-23', 'DATE', '2022']]);
    assert.deepEqual(dates('The 2021/22 season was their worst since relegation.'), [['2021/22', 'DATE', '2021']]);
    assert.deepEqual(only('Profits fell in the 2026-27 financial year.'), ['2026-27 financial year', 'DATE', '2027']);
    assert.deepEqual(only('Allowances rose in the 2025/26 tax year.'), ['2025/26 tax year', 'DATE', '2026']);
    assert.deepEqual(only('The group opened 70 stores in the financial year 2022-23.'), ['financial year 2022-23', 'DATE', '2023']);
    assert.deepEqual(only('Borrowing will fall in FY2023-24.'), ['FY2023-24', 'DATE', '2024']);
    // Years that do not follow each other are not one year: the first stays a year alone.
    assert.deepEqual(only('Rates rose in the 2019-21 period.'), ['2019', 'DATE', '2019']);
  });
});

suite('dates in other news styles: wire and live-blog clock times', () => {
  test('four digits with a zone or "local time" are a clock time ("0900 GMT", "at 2000 local time")', () => {
    assert.deepEqual(only('0900 GMT - Shares opened lower in London.'), ['0900 GMT', 'TIME', '2023-06-21T09:00']);
    assert.deepEqual(only('Polls close at 2000 local time.'), ['2000 local time', 'TIME', '2023-06-21T20:00']);
    // With a weekday chrono joins them, and the weekday gives the day.
    assert.deepEqual(only('Trading was halted at 1432 EDT Monday.'), ['1432 EDT Monday', 'TIME', '2023-06-19T14:32']);
    // Without a zone four digits are a flight, a count or a year.
    assert.deepEqual(dates('Flight BA 2490 departs at 0645.'), []);
    assert.deepEqual(only('In 2015 local time zones changed.'), ['2015', 'DATE', '2015']);
  });

  test('embargo lines and police times: "00.01 GMT", "00:01 HRS", "at 2130 hrs", joined to the day after them', () => {
    assert.deepEqual(only('Embargoed until 00.01 GMT Thursday 19 January 2023.', '2023-01-18'), ['00.01 GMT Thursday 19 January 2023', 'TIME', '2023-01-19T00:01']);
    assert.deepEqual(only('EMBARGOED UNTIL 00:01 HRS THURSDAY 19 JANUARY 2023', '2023-01-18'), ['00:01 HRS THURSDAY 19 JANUARY 2023', 'TIME', '2023-01-19T00:01']);
    assert.deepEqual(only('Police were called at 2130 hrs.'), ['2130 hrs', 'TIME', '2023-06-21T21:30']);
    // "hrs" after a count or a decimal is a length of time, not a clock.
    assert.deepEqual(dates('He worked 1000 hrs and ran 10.05 hrs on the treadmill.'), []);
  });

  test('"8pm UK time on Sunday": the weekday after the zone is the clock time\'s day', () => {
    assert.deepEqual(dates('The match kicks off at 8pm UK time on Sunday.', '2023-01-18'), [['8pm', 'TIME', '2023-01-22T20:00'], ['Sunday', 'DATE', '2023-01-22']]);
  });

  test('"Published 35 minutes ago", "two hours from now": the last word is the phrase\'s, not a time zone', () => {
    assert.deepEqual(only('Published 35 minutes ago'), ['35 minutes ago', 'DATE', '2023-06-21']);
    assert.deepEqual(only('He left the building 2 hours ago.'), ['2 hours ago', 'DATE', '2023-06-21']);
    assert.deepEqual(only('The vote closes two hours from now.'), ['two hours from now', 'DATE', '2023-06-21']);
    // A word after a clock time may still be a zone's letters taken for one ("1952, West").
    assert.deepEqual(only('In 1952, West Germany joined.'), ['1952', 'DATE', '1952']);
  });

  test('a time restated in another zone in brackets is the same moment, named once; the weekday after it is its day', () => {
    assert.deepEqual(dates('The bomb went off at 10:35 a.m. (0735 GMT) on Friday.'), [['10:35 a.m.', 'TIME', '2023-06-16T10:35'], ['Friday', 'DATE', '2023-06-16']]);
    assert.deepEqual(only('The statement is due at 3.30pm UK time (1530 GMT).'), ['3.30pm', 'TIME', '2023-06-21T15:30']);
    assert.deepEqual(dates('The bomb went off at 1035 local time (0735 GMT) on Friday.')[0], ['1035 local time', 'TIME', '2023-06-16T10:35']);
  });
});

suite('dates in other news styles: sports reports', () => {
  test('a race time after "in", "clocked" or "a time of" is no clock time; "at 14:05" is', () => {
    assert.deepEqual(dates('She won the 5,000m in 14:05, a personal best.'), []);
    assert.deepEqual(dates('The marathon winner clocked 2:05:41 in Berlin on Sunday.'), [['Sunday', 'DATE', '2023-06-18']]);
    assert.deepEqual(dates('The Kenyan set a course record of 2:01:09.'), []);
    assert.deepEqual(only('The final starts at 14:05.'), ['14:05', 'TIME', '2023-06-21T14:05']);
  });

  test('"a first-half goal", "second-half stoppage time" are halves of a match; "first-half profit" is a half of the year', () => {
    assert.deepEqual(dates('A first-half goal from Saka settled it, and United surrendered a first-half lead.'), []);
    assert.deepEqual(dates('He was sent off in second-half stoppage time.'), []);
    assert.deepEqual(only('The firm said first-half net income rose.'), ['first-half', 'DATE', '2023-H1']);
  });

  test('scores, formations, ages and minutes are no dates', () => {
    assert.deepEqual(dates('Celtic won 3-1 and Rangers lost 10-3 on aggregate after a 7-5 win in a 4-4-2.'), []);
    assert.deepEqual(dates('The striker, aged 34, scored in the 34th minute and again in injury time of the 1-0 defeat.'), []);
  });
});

suite('dates in other news styles: holidays and papers of Britain, Ireland and Australia', () => {
  test('bank and public holidays: Easter Monday, Good Friday, St Patrick\'s Day, Anzac Day, Bonfire Night, Hogmanay, Remembrance Sunday', () => {
    assert.deepEqual(dates('Shops closed on Good Friday and reopened on Easter Monday.'), [['Good Friday', 'DATE', '2023-04-07'], ['Easter Monday', 'DATE', '2023-04-10']]);
    assert.deepEqual(only('Parades were held on St Patrick\'s Day.'), ["St Patrick's Day", 'DATE', '2023-03-17']);
    assert.deepEqual(only('Veterans marched on Anzac Day.'), ['Anzac Day', 'DATE', '2023-04-25']);
    assert.deepEqual(only('Fireworks will light the sky on Bonfire Night.'), ['Bonfire Night', 'DATE', '2023-11-05']);
    assert.deepEqual(only('Revellers packed the streets at Hogmanay.'), ['Hogmanay', 'DATE', '2022-12-31']);
    assert.deepEqual(only('The King laid a wreath on Remembrance Sunday.', '2023-11-20'), ['Remembrance Sunday', 'DATE', '2023-11-12']);
  });

  test('English bank holidays: "the early May bank holiday", "the late May bank holiday", "the August bank holiday"', () => {
    assert.deepEqual(only('Shops open on the late May bank holiday.'), ['late May bank holiday', 'DATE', '2023-05-29']);
    assert.deepEqual(only('The early May bank holiday was busy.'), ['early May bank holiday', 'DATE', '2023-05-01']);
    assert.deepEqual(only('Traffic was heavy over the August bank holiday.'), ['August bank holiday', 'DATE', '2022-08-29']);
  });

  test('"Black Friday" and "Cyber Monday" are the shopping days after Thanksgiving, not the nearest Friday and Monday', () => {
    assert.deepEqual(dates('Sales on Black Friday and Cyber Monday rose 5%.', '2023-01-18'), [['Black Friday', 'DATE', '2022-11-25'], ['Cyber Monday', 'DATE', '2022-11-28']]);
  });

  test('the Good Friday Agreement, Bloody Sunday and British Sunday papers name no day of the story', () => {
    assert.deepEqual(only('The Good Friday Agreement was signed in 1998.'), ['1998', 'DATE', '1998']);
    assert.deepEqual(dates('Bloody Sunday families marched through Derry.'), []);
    assert.deepEqual(dates('He told the Mail on Sunday that the Sunday Mirror and the Sunday Independent were wrong.'), []);
    assert.deepEqual(dates('The Sun on Sunday reported the claim.'), []);
    // BBC Radio 4's programme, not the day.
    assert.deepEqual(dates('The minister was speaking on the Today programme on Radio 4.'), []);
    // A network told on a day, and a place on a day, keep the day.
    assert.deepEqual(only('She told Fox News on Sunday that the plan had failed.'), ['Sunday', 'DATE', '2023-06-18']);
    assert.deepEqual(only('He was in Scotland on Sunday.'), ['Sunday', 'DATE', '2023-06-18']);
  });
});

suite('dates in other news styles: a weekday counted in a month', () => {
  test('"the first Tuesday in February", "the last Friday of August": one day, its year by the tense', () => {
    assert.deepEqual(only('The Reserve Bank will meet on the first Tuesday in February.', '2023-01-18'), ['the first Tuesday in February', 'DATE', '2023-02-07']);
    assert.deepEqual(only('The club last met on the first Monday of December.', '2023-01-18'), ['the first Monday of December', 'DATE', '2022-12-05']);
    assert.deepEqual(only('Polls open on the last Monday in August 2024.'), ['the last Monday in August 2024', 'DATE', '2024-08-26']);
  });
});

suite('dates in other news styles: a clock time on a named day', () => {
  test('"3pm on Boxing Day", "at 2 p.m. on the last Friday in August" are one time on that day', () => {
    // What "is at" says of the kick-off is a timetable's: the next Boxing Day (datesSchedules.test.ts).
    assert.deepEqual(only('Kick-off is at 3pm on Boxing Day.', '2023-01-18'), ['3pm on Boxing Day', 'TIME', '2023-12-26T15:00']);
    assert.deepEqual(only('Kick-off was at 3pm on Boxing Day.', '2023-01-18'), ['3pm on Boxing Day', 'TIME', '2022-12-26T15:00']);
    assert.deepEqual(only('At 2 p.m. on the last Friday in August, the board met.'), ['2 p.m. on the last Friday in August', 'TIME', '2022-08-26T14:00']);
    // Without "on" they stay two.
    assert.deepEqual(dates('Shops shut at 3pm. Boxing Day sales start early.', '2023-01-18'), [['3pm', 'TIME', '2023-01-18T15:00'], ['Boxing Day', 'DATE', '2022-12-26']]);
  });
});

suite('dates in other news styles: obituaries', () => {
  test('a life span or a period "1941-2023" is two years; a phone number stays none', () => {
    assert.deepEqual(dates('Joan Smith (1941-2023) was a pioneering physicist.'), [['1941', 'DATE', '1941'], ['2023', 'DATE', '2023']]);
    assert.deepEqual(dates('She was secretary of state from 2009-2013.'), [['2009', 'DATE', '2009'], ['2013', 'DATE', '2013']]);
    assert.deepEqual(dates('Readers can call 555-1998 for tickets.'), []);
    // Born and died in the British order.
    assert.deepEqual(dates('Joan Smith, physicist, born 12 March 1941; died 2 January 2023'), [['12 March 1941', 'DATE', '1941-03-12'], ['2 January 2023', 'DATE', '2023-01-02']]);
  });
});

suite('dates in other news styles: business and earnings reports', () => {
  test('a quarter named by the month it ends in ("the December quarter") and analysts\' halves ("H1 2022", "1H23")', () => {
    assert.deepEqual(only('Sales fell 3% in the December quarter.', '2023-01-18'), ['the December quarter', 'DATE', '2022-Q4']);
    assert.deepEqual(only('Profit rose in the June 2022 quarter.'), ['the June 2022 quarter', 'DATE', '2022-Q2']);
    assert.deepEqual(dates('It made a loss in H1 2022 and a profit in H2 2022; 1H23 sales rose.'), [['H1 2022', 'DATE', '2022-H1'], ['H2 2022', 'DATE', '2022-H2'], ['1H23', 'DATE', '2023-H1']]);
    // "H1" or "H2" without a year may be a heading or hydrogen.
    assert.deepEqual(dates('Green H2 production will grow, the H1 heading says.'), []);
  });

  test('British "the half year to 31 December", "the half-year ended 30 June" are six months up to that day', () => {
    assert.deepEqual(dates('Figures for the half year to 31 December were released today.', '2023-01-18'), [['the half year', 'DURATION', 'P6M'], ['31 December', 'DATE', '2022-12-31'], ['today', 'DATE', '2023-01-18']]);
    assert.deepEqual(dates('In the half-year ended 30 June, sales rose.', '2023-01-18'), [['the half-year', 'DURATION', 'P6M'], ['30 June', 'DATE', '2022-06-30']]);
  });

  test('"October-December" is October and December, not "Oc" and "ber-December"', () => {
    // The "to" inside "October" was read as the word joining a range.
    assert.deepEqual(dates('Prices rose in October-December.', '2023-01-18'), [['October', 'DATE', '2022-10'], ['December', 'DATE', '2022-12']]);
    assert.deepEqual(dates('The cold winds blow from October to February.', '2023-01-18'), [['October', 'DATE', '2022-10'], ['February', 'DATE', '2023-02']]);
  });

  test('"sales rose 5% year-on-year" is a rate of change, no date; "the year-ago quarter" is one', () => {
    assert.deepEqual(dates('Sales rose 5% year-on-year.'), []);
    assert.deepEqual(only('Sales fell 3% year-on-year in the December quarter.', '2023-01-18'), ['the December quarter', 'DATE', '2022-Q4']);
    assert.deepEqual(only('The year-ago quarter was weak.', '2023-01-18'), ['The year-ago quarter', 'DATE', '2021-Q4']);
  });

  test('"results beat forecasts": the noun "forecasts" does not make the clause look ahead', () => {
    assert.deepEqual(only('Q3 results beat forecasts.', '2023-01-18'), ['Q3', 'DATE', '2022-Q3']);
    assert.deepEqual(only('Results were in line with forecasts on Monday.'), ['Monday', 'DATE', '2023-06-19']);
    // The verb still looks ahead.
    assert.deepEqual(only('The Bank forecasts growth in March.', '2023-01-18'), ['March', 'DATE', '2023-03']);
  });
});

suite('dates in other news styles: court reports', () => {
  test('"on or about the 3rd day of June, 2022" is that day', () => {
    assert.deepEqual(only('The defendant, on or about the 3rd day of June, 2022, did knowingly conspire.'), ['the 3rd day of June, 2022', 'DATE', '2022-06-03']);
    assert.deepEqual(only('Signed this 14th day of March.', '2023-01-18'), ['this 14th day of March', 'DATE', '2022-03-14']);
  });
});

suite('dates in other news styles: British "Saturday week", "a week today"', () => {
  test('a week or a fortnight on from the coming weekday or from today is one day', () => {
    assert.deepEqual(only('The Six Nations starts on Saturday week.', '2023-01-18'), ['Saturday week', 'DATE', '2023-01-28']);
    assert.deepEqual(only('The results are due a week today.', '2023-01-18'), ['a week today', 'DATE', '2023-01-25']);
    assert.deepEqual(only('The second reading is a week on Monday.', '2023-01-18'), ['a week on Monday', 'DATE', '2023-01-30']);
    assert.deepEqual(only('The vote is a fortnight tomorrow.', '2023-01-18'), ['a fortnight tomorrow', 'DATE', '2023-02-02']);
  });

  test('"jailed for two weeks on Monday" is a length and the day it was given', () => {
    assert.deepEqual(dates('He was jailed for two weeks on Monday.', '2023-01-18'), [['two weeks', 'DURATION', 'P2W'], ['Monday', 'DATE', '2023-01-16']]);
  });
});

suite('dates in other news styles: live blogs dense with dates', () => {
  test('an expression over several trigger words stays whole wherever a long text is cut into windows', () => {
    // A live blog: every entry names a time on a day; the text runs far past one window.
    const entries = ['midday on Friday 20 January 2023', '5pm on Saturday 21 January 2023', 'noon on Sunday 22 January 2023', '9am on Monday 23 January 2023'];
    const text = Array.from({ length: 40 }, (_, i) => `Update ${i + 1}: the deadline is ${entries[i % 4]}, officials said.`).join(' ');
    const found = dates(text, '2023-01-18').map(([t]) => t);
    assert.deepEqual(found, Array.from({ length: 40 }, (_, i) => entries[i % 4]));
  });
});

suite('dates in other news styles: British politics', () => {
  test('"Under May, the party split": a month before a comma is a name as much as one without', () => {
    assert.deepEqual(dates('Under May, the party split.', '2019-01-18'), []);
    assert.deepEqual(dates('The volunteers were Jill June, Lori Smith and Joe Henry.'), []);
    // After "in" or "last" it is the month.
    assert.deepEqual(only('In May, the party split.', '2019-06-18'), ['May', 'DATE', '2019-05']);
    assert.deepEqual(only('Last October, the minister resigned.', '2019-01-18'), ['Last October', 'DATE', '2018-10']);
  });
});

suite('dates in other news styles: the article date', () => {
  const BODY = 'The minister said on Tuesday that the scheme would go ahead.\n';

  test('Indian and Australian agency datelines: "NEW DELHI, Jan 18 (PTI) The ...", "MELBOURNE, Jan 18 AAP - ..."', () => {
    for (const text of [`NEW DELHI, Jan 18 (PTI) ${BODY}`, `MELBOURNE, Jan 18 AAP - ${BODY}`]) {
      const found = findArticleDate(text, null, undefined, '2023-06-01');
      assert.deepEqual([found.date, found.source], ['2023-01-18', 'dateline-without-year'], text);
    }
  });

  test('a full date alone on a line under the headline, as British sites print it', () => {
    for (const line of ['18 January 2023', 'Wed 18 Jan 2023 14.05 GMT', 'Wednesday 18 January 2023 12.01am', '18 Jan 2023 · 3 min read']) {
      const text = `Minister backs scheme\n${line}\n${BODY}`;
      const found = findArticleDate(text);
      assert.deepEqual([found.date, found.source], ['2023-01-18', 'dateline'], line);
    }
    // A date inside a sentence is no date line.
    assert.equal(findArticleDate(`Minister backs scheme\nThe vote on 18 January 2023 was close.\n`).source, 'none');
  });

  test('a day-first date with dots, and a date after the byline on its line, as European and Indian sites print them', () => {
    for (const line of ['18.01.2023 – 14:05', '18.01.2023', 'By Staff Reporter | 18 Jan 2023, 14:05 IST', 'By Priya Shah · 18 January 2023']) {
      const found = findArticleDate(`Minister backs scheme\n${line}\n${BODY}`);
      assert.deepEqual([found.date, found.source], ['2023-01-18', 'dateline'], line);
    }
    // A byline with no date, or a version number, gives none.
    assert.equal(findArticleDate(`Minister backs scheme\nBy Staff Reporter | Mumbai\n${BODY}`).source, 'none');
    assert.equal(findArticleDate(`Minister backs scheme\nVersion 2.1.2023 released\n${BODY}`).source, 'none');
  });

  test('a live blog\'s title, a dash and a full date on the first line: "Election night live - Wednesday 18 January 2023"', () => {
    for (const line of ['Election night live - Wednesday 18 January 2023', 'Storm Isha live – 18 January 2023', 'Budget 2023 — Wed 18 Jan 2023 14.05 GMT']) {
      const found = findArticleDate(`${line}\n${BODY}`);
      assert.deepEqual([found.date, found.source], ['2023-01-18', 'dateline'], line);
    }
    // A sentence that ends in a date after a hyphenated word is no such title.
    assert.equal(findArticleDate(`Minister backs scheme\nThe long-awaited vote came on 18 January 2023\n`).source, 'none');
  });

  test('"Published 18/01/2023": a first number over 12 is the day', () => {
    assert.equal(findArticleDate(`Minister backs scheme\nPublished 18/01/2023\n${BODY}`).date, '2023-01-18');
    // Otherwise the month comes first, as in US copy.
    assert.equal(findArticleDate(`Minister backs scheme\nPublished 01/02/2023\n${BODY}`).date, '2023-01-02');
  });
});

suite('dates in news styles: reference words inside names', () => {
  test('"the Future Investment Initiative", "Back to the Future": a reference word capitalised inside a sentence is a name\'s, no time', () => {
    assert.deepEqual(dates('Ministers spoke at the Future Investment Initiative in Riyadh.'), []);
    assert.deepEqual(dates('He watched Back to the Future again.'), []);
    assert.deepEqual(dates('She joined the Current Affairs Unit.'), []);
    // Opening a sentence, or in a text of capitals, the case tells nothing.
    assert.deepEqual(dates('The future looks bright, he said.'), [['The future', 'DATE', 'FUTURE_REF']]);
    assert.deepEqual(dates('“Currently, we have none,” she said.'), [['Currently', 'DATE', 'PRESENT_REF']]);
    assert.deepEqual(dates('PRICES RISE IN THE COMING WEEKS'), [['THE COMING WEEKS', 'DATE', 'FUTURE_REF']]);
  });
});
