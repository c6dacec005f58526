import * as assert from 'node:assert/strict';
import { dates, only, WEDNESDAY, withPoints } from './helpers/foundDates';
import { findDates } from '../../src/core/dates/dateFinder';

// Every rule of the date finder, pinned with sentences written for these tests. The
// article date is Wednesday 21 June 2023 unless a test says otherwise.

suite('dates: calendar values (TimeML DATE)', () => {
  test('"the Sept. 11 attacks" name a day of 2001; another Sept. 11 is resolved as usual', () => {
    assert.deepEqual(only('She recalled the Sept. 11 attacks in her speech.', '2016-04-14'), ['Sept. 11', 'DATE', '2001-09-11']);
    assert.deepEqual(only('The September 11 terrorist attacks changed the city.', '2016-04-14'), ['September 11', 'DATE', '2001-09-11']);
    assert.deepEqual(only('The hearing was held on Sept. 11 in Ohio.', '2016-10-01'), ['Sept. 11', 'DATE', '2016-09-11']);
  });

  test('"Super Tuesday": the first Tuesday of March of a US presidential election year', () => {
    assert.deepEqual(only('He hopes to do well on Super Tuesday.', '2015-11-20'), ['Super Tuesday', 'DATE', '2016-03-01']);
    assert.deepEqual(only('The states are key to his Super Tuesday strategy.', '2016-02-11'), ['Super Tuesday', 'DATE', '2016-03-01']);
    assert.deepEqual(only('She swept the South on Super Tuesday.', '2016-03-02'), ['Super Tuesday', 'DATE', '2016-03-01']);
    assert.deepEqual(only('He lost Texas on Super Tuesday.', '2019-06-01'), ['Super Tuesday', 'DATE', '2016-03-01']);
  });

  test('a full date, a month, a year', () => {
    assert.deepEqual(only('The deal was signed on June 19, 2023.'), ['June 19, 2023', 'DATE', '2023-06-19']);
    assert.deepEqual(only('Prices rose in June 2023.'), ['June 2023', 'DATE', '2023-06']);
    assert.deepEqual(only('The bridge was built in 1998.'), ['1998', 'DATE', '1998']);
    assert.deepEqual(only('Filed 2023-06-19 in Ohio.'), ['2023-06-19', 'DATE', '2023-06-19']);
  });

  test('"the latest fiscal year", "the most recent month": the last one finished', () => {
    assert.deepEqual(only('It had $5 billion in sales in the latest fiscal year.'), ['the latest fiscal year', 'DATE', '2022']);
    assert.deepEqual(only('Exports fell in the most recent month.'), ['the most recent month', 'DATE', '2023-05']);
  });

  test('weeks as ISO weeks', () => {
    assert.deepEqual(only('Sales fell last week.'), ['last week', 'DATE', '2023-W24']);
    assert.deepEqual(only('Sales are flat this week.'), ['this week', 'DATE', '2023-W25']);
    assert.deepEqual(only('The talks resume next week.'), ['next week', 'DATE', '2023-W26']);
  });

  test('"the past week", "this past week" are the seven days up to the article date: from a Friday on, mostly its own week', () => {
    // Friday 23 June 2023 (ISO week 25).
    assert.deepEqual(only('She has stayed in the capital for the last week.', '2023-06-23'), ['last week', 'DATE', '2023-W25']);
    assert.deepEqual(only('Prices rose over the past week.', '2023-06-25'), ['past week', 'DATE', '2023-W25']);
    assert.deepEqual(only('This past week the talks stalled.', '2023-06-24'), ['past week', 'DATE', '2023-W25']);
    // Early in the week the seven days are mostly the week before; "last week" is always the calendar week before.
    assert.deepEqual(only('Prices rose over the past week.', '2023-06-20'), ['past week', 'DATE', '2023-W24']);
    assert.deepEqual(only('Prices rose last week.', '2023-06-23'), ['last week', 'DATE', '2023-W24']);
  });

  test('a weekday of a week named relative to the article\'s is that day', () => {
    // Wednesday 21 June 2023: its ISO week runs from Monday 19 to Sunday 25 June.
    assert.deepEqual(only('Police released the video on Monday of last week.'), ['Monday of last week', 'DATE', '2023-06-12']);
    assert.deepEqual(only('The board meets on Friday of next week.'), ['Friday of next week', 'DATE', '2023-06-30']);
    assert.deepEqual(only('The fair closes on Sunday of this week.'), ['Sunday of this week', 'DATE', '2023-06-25']);
  });

  test('quarters, halves and seasons', () => {
    assert.deepEqual(only('Profit fell in the third quarter of 2023.'), ['the third quarter of 2023', 'DATE', '2023-Q3']);
    assert.deepEqual(only('Q4 2022 was weak.'), ['Q4 2022', 'DATE', '2022-Q4']);
    assert.deepEqual(only('Tax receipts rose in the first half of 2022.'), ['the first half of 2022', 'DATE', '2022-H1']);
    assert.deepEqual(only('Weak demand will last through the first two quarters of 2024.'), ['the first two quarters of 2024', 'DATE', '2024-H1']);
    assert.deepEqual(only('It lost money in the past two quarters.'), ['the past two quarters', 'DURATION', 'P2Q']);
    assert.deepEqual(only('It was a hot summer 2022 for farmers.'), ['summer 2022', 'DATE', '2022-SU']);
    // Broadcast transcripts spell the year out.
    assert.deepEqual(only('Oil fell to the level we saw in the winter of nineteen ninety-four.'), ['the winter of nineteen ninety-four', 'DATE', '1994-WI']);
    assert.deepEqual(only('It opened in spring two thousand one.'), ['spring two thousand one', 'DATE', '2001-SP']);
    assert.deepEqual(only('This summer two thousand people marched.'), ['This summer', 'DATE', '2023-SU']);
  });

  test('decades and centuries', () => {
    assert.deepEqual(only('Music of the 1990s is back.'), ['the 1990s', 'DATE', '199']);
    assert.deepEqual(only('The fashion of the mid-\'80s returned.'), ["the mid-'80s", 'DATE', '198']);
    assert.deepEqual(only('The 20th century ended badly.'), ['The 20th century', 'DATE', '19']);
  });

  test('"in her twenties" is an age and "the high twenties" a number, not a decade', () => {
    assert.deepEqual(dates('She moved to Paris in her twenties.'), []);
    assert.deepEqual(dates('He is in his mid-forties.'), []);
    assert.deepEqual(dates('Royalties should grow in the high twenties.'), []);
    assert.deepEqual(dates('Temperatures will reach the low thirties.'), []);
    // A decade is early, mid or late; in figures it stays one after a possessive.
    assert.deepEqual(only('The band was formed in the late sixties.'), ['the late sixties', 'DATE', '196']);
    assert.deepEqual(only('She was in her 1970s heyday.'), ['1970s', 'DATE', '197']);
  });

  test('years spoken in broadcast transcripts', () => {
    assert.deepEqual(only('The plan dates from nineteen ninety-six, he said.'), ['nineteen ninety-six', 'DATE', '1996']);
    assert.deepEqual(only('Goals for the year two thousand were set.'), ['the year two thousand', 'DATE', '2000']);
    assert.deepEqual(only('In January nineteen ninety-seven, he left.'), ['January nineteen ninety-seven', 'DATE', '1997-01']);
    assert.deepEqual(dates('They raised two thousand dollars.'), []);
  });

  test('holidays', () => {
    assert.deepEqual(only('The store opened on Thanksgiving 2023.'), ['Thanksgiving 2023', 'DATE', '2023-11-23']);
    assert.deepEqual(only('The ceasefire began on Christmas Eve.'), ['Christmas Eve', 'DATE', '2022-12-24']);
    // The week a holiday falls in; in a past clause, the one begun by the article date (Monday 3 April 2023, Easter on the 9th).
    assert.deepEqual(only('Pilgrims filled the city as Easter week began.', '2023-04-03'), ['Easter week', 'DATE', '2023-W14']);
    assert.deepEqual(only('Stores will stay open through Christmas week.'), ['Christmas week', 'DATE', '2023-W52']);
    assert.deepEqual(only('Easter 2024 is early.'), ['Easter 2024', 'DATE', '2024-03-31']);
  });

  test('"early", "late", "the end of" stay with the date', () => {
    assert.deepEqual(only('The strike ended in late November.'), ['late November', 'DATE', '2022-11']);
    assert.deepEqual(only('Elections come early next year.'), ['early next year', 'DATE', '2024']);
    assert.deepEqual(only('Debts fell by the end of 2020.'), ['the end of 2020', 'DATE', '2020']);
  });

  test('"April 24 and 25": the second day of the same month; a count after "and" stays a count', () => {
    assert.deepEqual(dates('The summit will be held on April 24 and 25 in Lisbon.'), [
      ['April 24', 'DATE', '2024-04-24'],
      ['25', 'DATE', '2024-04-25'],
    ]);
    assert.deepEqual(dates('Talks on Oct. 3 or 4, 2021, failed.'), [
      ['Oct. 3', 'DATE', '2021-10-03'],
      ['4, 2021', 'DATE', '2021-10-04'],
    ]);
    assert.deepEqual(dates('On May 2 and 25 people died.'), [['May 2', 'DATE', '2023-05-02']]);
  });

  test('a number that is an amount, not a year', () => {
    assert.deepEqual(dates('He paid $1998 for it and prices rose 2000 percent.'), []);
    assert.deepEqual(dates('The 1,998 runners finished.'), []);
  });
});

suite('dates: references to the present, past and future', () => {
  test('PRESENT_REF', () => {
    assert.deepEqual(only('Prices are rising now.'), ['now', 'DATE', 'PRESENT_REF']);
    assert.deepEqual(only('He is currently abroad.'), ['currently', 'DATE', 'PRESENT_REF']);
    assert.deepEqual(only('He would not travel at this crucial moment.'), ['this crucial moment', 'DATE', 'PRESENT_REF']);
    assert.deepEqual(only('Nobody is there at this moment.'), ['this moment', 'DATE', 'PRESENT_REF']);
    assert.deepEqual(dates('He lived for this moment.'), []);
  });

  test('PAST_REF', () => {
    assert.deepEqual(only('She recently moved.'), ['recently', 'DATE', 'PAST_REF']);
    assert.deepEqual(only('In recent years, crime fell.'), ['recent years', 'DATE', 'PAST_REF']);
    assert.deepEqual(only('That happened years ago.'), ['years ago', 'DATE', 'PAST_REF']);
    // Current then, not now.
    assert.deepEqual(only('Holders could buy shares at half the then current price.'), ['then current', 'DATE', 'PAST_REF']);
    assert.deepEqual(only('He met the then-current chairman.'), ['then-current', 'DATE', 'PAST_REF']);
  });

  test('FUTURE_REF', () => {
    assert.deepEqual(only('Rates will rise in the coming months.'), ['the coming months', 'DATE', 'FUTURE_REF']);
    assert.deepEqual(only('They will decide in the near future.'), ['the near future', 'DATE', 'FUTURE_REF']);
    // After a modal, "one day" is some day to come; elsewhere it is a day's length.
    assert.deepEqual(only('Solar power could one day replace coal.'), ['one day', 'DATE', 'FUTURE_REF']);
    assert.deepEqual(only('The repair will take one day.'), ['one day', 'DURATION', 'P1D']);
    assert.deepEqual(only('The rest will be raised at a later date.'), ['a later date', 'DATE', 'FUTURE_REF']);
  });

  test('"the current fiscal year" is the article\'s year, not PRESENT_REF; "the current system" is PRESENT_REF', () => {
    assert.deepEqual(only('It expects sales in the current fiscal year that are above plan.'), ['the current fiscal year', 'DATE', '2023']);
    assert.deepEqual(only('Under the current system, few apply.'), ['current', 'DATE', 'PRESENT_REF']);
    assert.deepEqual(dates('The year that he died was bad.'), []);
  });

  test('"soon" looking ahead is FUTURE_REF; in a past clause or relating two events it is no date', () => {
    assert.deepEqual(only('The mill will soon reopen.'), ['soon', 'DATE', 'FUTURE_REF']);
    assert.deepEqual(only('Regulators may soon seek a fine.'), ['soon', 'DATE', 'FUTURE_REF']);
    assert.deepEqual(dates('The driver was soon released.'), []);
    assert.deepEqual(dates('Call us as soon as possible.'), []);
    assert.deepEqual(dates('They will meet soon after the vote.'), []);
  });
});

suite('dates: clock times (TimeML TIME)', () => {
  test('a clock time on a line of its own is on the article date, not on a day the entry before named', () => {
    const blog = 'The Latest on the vote (all times local):\n\n9:34 p.m.\n\nThe senator spoke in Ohio on Friday.\n\n9:05 p.m.\n\nShe recalled the attacks of Sept. 4, 2001.';
    assert.deepEqual(dates(blog).filter(([, type]) => type === 'TIME'), [['9:34 p.m.', 'TIME', '2023-06-21T21:34'], ['9:05 p.m.', 'TIME', '2023-06-21T21:05']]);
    // Inside a sentence a clock time still takes the day just named.
    assert.deepEqual(dates('The talks ended on Monday, and the leaders left at 9 p.m.')[1], ['9 p.m.', 'TIME', '2023-06-19T21:00']);
  });

  test('a time on a weekday', () => {
    assert.deepEqual(only('They met at 10:30 a.m. on Monday.'), ['10:30 a.m. on Monday', 'TIME', '2023-06-19T10:30']);
  });

  test('a clock time is on the weekday right after it, past a parenthesis or "local time"', () => {
    assert.deepEqual(dates('The blast came at 10:35 a.m. (0735 GMT) Monday, witnesses said.')[0], ['10:35 a.m.', 'TIME', '2023-06-19T10:35']);
    assert.deepEqual(dates('Polls close at 8 p.m. local time Friday.')[0], ['8 p.m.', 'TIME', '2023-06-23T20:00']);
  });

  test('a part of the day with its day', () => {
    assert.deepEqual(only('She spoke on Friday morning.'), ['Friday morning', 'TIME', '2023-06-16TMO']);
    assert.deepEqual(only('The storm hit last night.'), ['last night', 'TIME', '2023-06-20TNI']);
  });

  test('a part of the day after a preposition is on the day named before it; before a noun it names a thing', () => {
    assert.deepEqual(dates('Talks resumed on Monday. By mid-afternoon, both sides had left.'), [
      ['Monday', 'DATE', '2023-06-19'],
      ['mid-afternoon', 'TIME', '2023-06-19TAF'],
    ]);
    assert.deepEqual(only('The mayor met donors in the morning and voters later.'), ['morning', 'TIME', '2023-06-21TMO']);
    assert.deepEqual(dates('He read it in the morning newspaper.'), []);
    assert.deepEqual(dates('The morning was cold.'), []);
  });

  test('"the night of <date>": the day named, not the article’s', () => {
    assert.deepEqual(only('The fire broke out on the night of Friday, June 2.'), ['night of Friday, June 2', 'TIME', '2023-06-02TNI']);
    assert.deepEqual(only('They met on the morning of June 5.'), ['morning of June 5', 'TIME', '2023-06-05TMO']);
  });

  test('"June 5 in the morning", "March 3 at night": a day of the month, not a clock time', () => {
    assert.deepEqual(only('They met on June 5 in the morning.'), ['June 5 in the morning', 'TIME', '2023-06-05TMO']);
    assert.deepEqual(only('The storm hit on March 3 at night.'), ['March 3 at night', 'TIME', '2023-03-03TNI']);
    assert.deepEqual(only('He woke at 5 in the morning.'), ['5 in the morning', 'TIME', '2023-06-21T05:00']);
  });

  test('a time alone is on the day named just before it', () => {
    assert.deepEqual(dates('The fire started on Monday. It was put out at 5 p.m.'), [
      ['Monday', 'DATE', '2023-06-19'],
      ['5 p.m.', 'TIME', '2023-06-19T17:00'],
    ]);
  });
});

suite('dates: lengths of time (DURATION) and recurring times (SET)', () => {
  test('counted durations', () => {
    assert.deepEqual(only('He served for five years.'), ['five years', 'DURATION', 'P5Y']);
    assert.deepEqual(only('The outage lasted 24 hours.'), ['24 hours', 'DURATION', 'PT24H']);
    assert.deepEqual(only('It took half an hour.'), ['half an hour', 'DURATION', 'PT30M']);
    assert.deepEqual(only('They talked for a few weeks.'), ['a few weeks', 'DURATION', 'PXW']);
  });

  test('a length written in parts is one: "two hours and 42 minutes" PT2H42M, "in 3 minutes 32 seconds" (past) PT3M32S; "two days and three weeks" stays two', () => {
    assert.deepEqual(only('The final lasted two hours and 42 minutes.'), ['two hours and 42 minutes', 'DURATION', 'PT2H42M']);
    assert.deepEqual(only('He captured the debate in 3 minutes 32 seconds.', '2016-03-21'), ['in 3 minutes 32 seconds', 'DURATION', 'PT3M32S']);
    assert.deepEqual(only('She ran it in 2 hours, 15 minutes and 30 seconds.', '2016-03-21'), ['in 2 hours, 15 minutes and 30 seconds', 'DURATION', 'PT2H15M30S']);
    assert.deepEqual(only('The count took three weeks and a day.'), ['three weeks and a day', 'DURATION', 'P3W1D']);
    assert.equal(findDates('They met two days and three weeks apart.', WEDNESDAY).length, 2);
  });

  test('"after three days of talks" is how long they lasted, not a date three days after the article', () => {
    assert.deepEqual(only('The suspect confessed after three days of questioning.'), ['after three days', 'DURATION', 'P3D']);
    assert.deepEqual(only('After 22 months, the family still has no news.'), ['After 22 months', 'DURATION', 'P22M']);
  });

  test('"the past two months" is a length of time, not the date two months back', () => {
    assert.deepEqual(only('Prices doubled over the past two months.'), ['the past two months', 'DURATION', 'P2M']);
  });

  test('adjectives: "a two-day visit", "a 30-year-old"', () => {
    assert.deepEqual(only('He ended a two-day visit.'), ['two-day', 'DURATION', 'P2D']);
    assert.deepEqual(only('A 30-year-old man was hurt.'), ['30-year-old', 'DURATION', 'P30Y']);
  });

  test('sets', () => {
    assert.deepEqual(only('They meet every week.'), ['every week', 'SET', 'P1W']);
    assert.deepEqual(only('They meet every other year.'), ['every other year', 'SET', 'P2Y']);
    assert.deepEqual(only('They meet every Monday.'), ['every Monday', 'SET', 'XXXX-WXX-1']);
    assert.deepEqual(only('The paper appears daily.'), ['daily', 'SET', 'P1D']);
    assert.deepEqual(only('It costs $5 billion a year.'), ['a year', 'SET', 'P1Y']);
  });

  test('"Tuesday nights" recurs, and so does "Monday" joined to it ("on Monday and Tuesday nights")', () => {
    assert.deepEqual(dates('The new flights leave on Monday and Tuesday nights from July 3.').slice(0, 2), [
      ['Monday', 'SET', 'XXXX-WXX-1TNI'],
      ['Tuesday nights', 'SET', 'XXXX-WXX-2TNI'],
    ]);
    assert.deepEqual(dates('The club meets Monday, Wednesday and Friday mornings.').map(([, , v]) => v), ['XXXX-WXX-1TMO', 'XXXX-WXX-3TMO', 'XXXX-WXX-5TMO']);
    // One night, in the singular, is a day's night.
    assert.deepEqual(dates('He left on Monday and Tuesday night he returned.').map(([t, type]) => [t, type]), [['Monday', 'DATE'], ['Tuesday night', 'TIME']]);
  });

  test('"the past decade", "the past century": the years up to now, not the calendar decade or century before', () => {
    assert.deepEqual(only('Threats had become routine over the past decade.'), ['the past decade', 'DURATION', 'P10Y']);
    assert.deepEqual(only('It was one of the great inventions of the past century.'), ['the past century', 'DURATION', 'P100Y']);
    assert.deepEqual(only('Workers lost earning power in the last decade.'), ['the last decade', 'DATE', '201']);
  });

  test('"each July" recurs: a SET, not this year\'s July', () => {
    assert.deepEqual(only('Marchers walk the route each July.'), ['each July', 'SET', 'XXXX-07']);
  });
});

suite('dates: the tense decides the direction', () => {
  test('a weekday: the one before in a past clause, the one after in a future clause', () => {
    assert.deepEqual(only('The ministers met on Monday.'), ['Monday', 'DATE', '2023-06-19']);
    assert.deepEqual(only('The ministers will meet on Monday.'), ['Monday', 'DATE', '2023-06-26']);
    assert.deepEqual(only('The ministers are expected to meet on Friday.'), ['Friday', 'DATE', '2023-06-23']);
  });

  test('a weekday in a present clause is the nearest such day: a timetable, a race ahead, advice; the other side when nearer', () => {
    // Wednesday 21 June 2023: Saturday is three days ahead.
    assert.deepEqual(only('The state holds its caucuses on Saturday.'), ['Saturday', 'DATE', '2023-06-24']);
    // Friday 23 June 2023, Sunday 25 June 2023.
    assert.deepEqual(only('Anyone travelling on Sunday should check the forecast.', '2023-06-23'), ['Sunday', 'DATE', '2023-06-25']);
    assert.deepEqual(only('Smith leads the field in Tuesday\'s primary.', '2023-06-25'), ['Tuesday', 'DATE', '2023-06-27']);
    // Thursday 22 June 2023: the Tuesday two days back is nearer than the one five days ahead.
    assert.deepEqual(only('The impact of Tuesday\'s debate is still small.', '2023-06-22'), ['Tuesday', 'DATE', '2023-06-20']);
  });

  test('advice and appeals look ahead: "advised passengers to travel on Saturday", "urged them to vote Tuesday"', () => {
    // Friday 23 June 2023.
    assert.deepEqual(dates('Rail firms advised passengers to travel on Saturday rather than Sunday.', '2023-06-23'), [['Saturday', 'DATE', '2023-06-24'], ['Sunday', 'DATE', '2023-06-25']]);
    // Monday 19 June 2023.
    assert.deepEqual(only('At the diner he urged them to vote Tuesday.', '2023-06-19'), ['Tuesday', 'DATE', '2023-06-20']);
    // Other infinitives under a past verb are told as the past.
    assert.deepEqual(only('They argued over how to release the files late Thursday.', '2023-06-19'), ['late Thursday', 'DATE', '2023-06-15']);
  });

  test('"since Thursday", "since December": the time a state has run from is past', () => {
    // Monday 19 June 2023.
    assert.deepEqual(only('Since Thursday, he has mounted a campaign against the plan.', '2023-06-19'), ['Thursday', 'DATE', '2023-06-15']);
    assert.deepEqual(only('But since December, her speeches have changed.', '2023-07-27'), ['December', 'DATE', '2022-12']);
  });

  test('participles in "-en" are past: "a poll taken Thursday through Monday"', () => {
    assert.deepEqual(dates('The poll of 1,000 voters, taken Thursday through Monday, has a margin of error of 3 points.'), [
      ['Thursday', 'DATE', '2023-06-15'],
      ['Monday', 'DATE', '2023-06-19'],
    ]);
    assert.deepEqual(only('The painting was stolen Friday.', '2023-06-19'), ['Friday', 'DATE', '2023-06-16']);
  });

  test('a market\'s close that is quoted has been: "a premium over Thursday\'s closing price"', () => {
    // Monday 19 June 2023: Thursday is three days ahead and four back.
    assert.deepEqual(only('The notes are convertible at a premium over Thursday\'s closing price.', '2023-06-19'), ['Thursday', 'DATE', '2023-06-15']);
    assert.deepEqual(only('The index is up 2% from Friday\'s close.', '2023-06-19'), ['Friday', 'DATE', '2023-06-16']);
  });

  test('the article\'s own weekday in a past clause is the article\'s day', () => {
    assert.deepEqual(only('Police said Wednesday the suspect was caught.'), ['Wednesday', 'DATE', '2023-06-21']);
  });

  test('the verb next to the date decides, not a report after it', () => {
    assert.deepEqual(only('The suspect will appear in court on Friday, police said.'), ['Friday', 'DATE', '2023-06-23']);
    assert.deepEqual(only('Police said on Friday that the suspect will appear in court.'), ['Friday', 'DATE', '2023-06-16']);
  });

  test('a quotation that ends its sentence ends it: the next sentence\'s verb does not date what was said', () => {
    // The quote looks ahead; "showed", past, is the next sentence's.
    assert.deepEqual(only('"Jobs will be lost in the spring." The figures showed a drop.', '2023-02-06'), ['the spring', 'DATE', '2023-SP']);
    assert.deepEqual(only('“Jobs will be lost in the spring.” The figures showed a drop.', '2023-02-06'), ['the spring', 'DATE', '2023-SP']);
    assert.deepEqual(only('``Jobs will be lost in the spring.\'\' The figures showed a drop.', '2023-02-06'), ['the spring', 'DATE', '2023-SP']);
  });

  test('"was scheduled to ... Tuesday": a plan told in the past is on the nearest such day, either side', () => {
    // Wednesday 21 June 2023.
    assert.deepEqual(only('He was scheduled to leave the state late Tuesday.'), ['late Tuesday', 'DATE', '2023-06-20']);
    assert.deepEqual(only('The fundraiser, which she was set to headline Tuesday, was canceled.'), ['Tuesday', 'DATE', '2023-06-20']);
    assert.deepEqual(only('She was scheduled to speak to the delegates Friday.'), ['Friday', 'DATE', '2023-06-23']);
    // A plan in the present looks ahead.
    assert.deepEqual(only('He is scheduled to leave the state Tuesday.'), ['Tuesday', 'DATE', '2023-06-27']);
  });

  test('an infinitive under "will" looks ahead: "will have a chance to make their voice known on Tuesday"', () => {
    assert.deepEqual(only('Florida Republicans will have a chance to make their voice known on Tuesday.', '2016-03-10'), ['Tuesday', 'DATE', '2016-03-15']);
    // Under a past verb it is told as the past.
    assert.deepEqual(only('They had a chance to make their voice known on Tuesday.', '2016-03-10'), ['Tuesday', 'DATE', '2016-03-08']);
  });

  test('"will do", "will have": the auxiliary says the time, not the bare verb after it', () => {
    // Monday 8 February 2016.
    assert.deepEqual(only('He is optimistic that he will do well in Tuesday\'s primary.', '2016-02-08'), ['Tuesday', 'DATE', '2016-02-09']);
    assert.deepEqual(only('The Senate will have a vote on Friday.', '2016-02-08'), ['Friday', 'DATE', '2016-02-12']);
  });

  test('"died", "sued": short past forms are past', () => {
    assert.deepEqual(only('If we remember one thing about her, who died Sunday at 94, it is her grace.', '2016-03-07'), ['Sunday', 'DATE', '2016-03-06']);
    assert.deepEqual(only('Without the judge, who died in February, to cast a vote, the court split.', '2016-09-07'), ['February', 'DATE', '2016-02']);
    assert.deepEqual(only('The city sued in May.', '2016-03-07'), ['May', 'DATE', '2015-05']);
  });

  test('a date before "promised to", "agreed to" dates the promise, not what was promised', () => {
    assert.deepEqual(only('At a Thursday rally, the senator promised to raise wages.'), ['Thursday', 'DATE', '2023-06-15']);
    assert.deepEqual(only('On Monday the union agreed to end the strike.'), ['Monday', 'DATE', '2023-06-19']);
    // After the infinitive, the date is the promised thing's.
    assert.deepEqual(only('The senator promised to raise wages on Thursday.'), ['Thursday', 'DATE', '2023-06-22']);
  });

  test('the end of a range is in the year its start is in, whatever the tense', () => {
    // No verb: "to 26" reads as a limit (future), which once put the end in the next year.
    assert.deepEqual(dates('The festival: from April 24 to 26.', '2023-06-01'), [['April 24', 'DATE', '2023-04-24'], ['26', 'DATE', '2023-04-26']]);
    assert.deepEqual(dates('Closed from Dec. 24 to Jan. 2.', '2023-06-01'), [['Dec. 24', 'DATE', '2022-12-24'], ['Jan. 2', 'DATE', '2023-01-02']]);
    assert.deepEqual(dates('Exhibits from April to June.', '2023-08-01'), [['April', 'DATE', '2023-04'], ['June', 'DATE', '2023-06']]);
  });

  test('"won" is the past of "win", not the "won" of "won\'t"', () => {
    assert.deepEqual(only('After he won the primary in February, he declared victory.', '2016-07-26'), ['February', 'DATE', '2016-02']);
  });

  test('a past form after "if he" is a condition, not a past event', () => {
    assert.deepEqual(only('He was asked how ties would fare if he won the election on Nov. 8.', '2016-05-16'), ['Nov. 8', 'DATE', '2016-11-08']);
    // "if he was" looks back as before.
    assert.deepEqual(only('Nobody knew if he was in Ohio on Monday.'), ['Monday', 'DATE', '2023-06-19']);
  });

  test('a verb after a comma does not outweigh the verb before the date', () => {
    // "will be ... on Tuesday, is a novel": the main clause's "is" is not the date's verb.
    assert.deepEqual(only('The book, which will be in stores on Tuesday, is a novel.'), ['Tuesday', 'DATE', '2023-06-27']);
  });

  test('a date opening the sentence is dated by the report that follows it', () => {
    assert.deepEqual(only('On Tuesday, the company said it would not be able to pay.'), ['Tuesday', 'DATE', '2023-06-20']);
    assert.deepEqual(only('Monday, officials told reporters the road will reopen.'), ['Monday', 'DATE', '2023-06-19']);
  });

  test('a timetable in the present looks ahead: "begins Monday", "ahead of Tuesday\'s vote"', () => {
    assert.deepEqual(only('She is headed to the convention, which begins Monday.'), ['Monday', 'DATE', '2023-06-26']);
    assert.deepEqual(only('Voting closes Tuesday in most states.', '2023-06-23'), ['Tuesday', 'DATE', '2023-06-27']);
    assert.deepEqual(only('The latest news in the lead-up to Tuesday\'s primary.'), ['Tuesday', 'DATE', '2023-06-27']);
    assert.deepEqual(only('Candidates are campaigning hard ahead of Monday\'s vote.'), ['Monday', 'DATE', '2023-06-26']);
    // In a past clause the event is past.
    assert.deepEqual(only('Candidates campaigned hard ahead of Monday\'s vote.'), ['Monday', 'DATE', '2023-06-19']);
  });

  test('a month: the last one in a past clause, the next in a future clause', () => {
    assert.deepEqual(only('The law passed in November.'), ['November', 'DATE', '2022-11']);
    assert.deepEqual(only('The vote will be held in November.'), ['November', 'DATE', '2023-11']);
    assert.deepEqual(only('The vote will be held in January.', '2023-11-20'), ['January', 'DATE', '2024-01']);
  });

  test('"November" in US political news of an election year, not in a past clause, is the election\'s', () => {
    assert.deepEqual(only('The feud might lead to GOP gains in November among older voters.', '2016-03-18'), ['November', 'DATE', '2016-11']);
    assert.deepEqual(only('She is marching toward November facing a Republican rival.', '2016-03-09'), ['November', 'DATE', '2016-11']);
    // In a year without one, or in a past clause, as any month.
    assert.deepEqual(only('The feud might lead to GOP gains in November among older voters.', '2015-03-18'), ['November', 'DATE', '2014-11']);
    assert.deepEqual(only('Republicans won the House in November.', '2016-03-18'), ['November', 'DATE', '2015-11']);
  });

  test('a month in a past clause after an earlier year named in the same clause is in that year', () => {
    assert.deepEqual(dates('In 2008, his campaign began airing ads in mid-September.', '2016-09-04')[1], ['mid-September', 'DATE', '2008-09']);
    assert.deepEqual(dates('She remained in the 2008 primary contest until June despite his lead.', '2016-04-28')[1], ['June', 'DATE', '2008-06']);
    // Not in another clause, nor after a relative clause the year belongs to.
    assert.deepEqual(dates('He was extradited in 2014 and pleaded guilty in May.', '2016-09-03')[1], ['May', 'DATE', '2016-05']);
    // An attribution is another event: the report came out this year.
    assert.deepEqual(dates('Last year\'s floods cost £120m, according to a report published in March.', '2026-11-24')[1], ['March', 'DATE', '2026-03']);
    assert.deepEqual(dates('Online betting, which became legal in late 2013, rose 36 percent in October.', '2015-11-13')[1], ['October', 'DATE', '2015-10']);
  });

  test('a month and day without a year is this year\'s unless the tense points clearly away', () => {
    assert.deepEqual(only('The report was published on Dec. 12.'), ['Dec. 12', 'DATE', '2022-12-12']);
    assert.deepEqual(only('The report was published on June 12.'), ['June 12', 'DATE', '2023-06-12']);
    assert.deepEqual(only('The museum will reopen on Jan. 5.', '2023-11-20'), ['Jan. 5', 'DATE', '2024-01-05']);
  });

  test('a weekday with a date fixes the year', () => {
    assert.deepEqual(only('The trial opened Monday, Oct. 26.', '1998-10-25'), ['Monday, Oct. 26', 'DATE', '1998-10-26']);
    assert.deepEqual(only('On Monday, Oct. 26, the firm collapsed.', '2016-01-15'), ['Monday, Oct. 26', 'DATE', '2015-10-26']);
  });

  test('a weekday that fits the date only a year away, or against the tense, is a slip: the date keeps its nearest year', () => {
    // 28 November 2026 is a Saturday; it is a Sunday in 2027 (and 2021).
    assert.deepEqual(only('The match was played on Sunday 28 November.', '2026-11-24'), ['Sunday 28 November', 'DATE', '2026-11-28']);
    assert.deepEqual(only('The match will be played on Sunday 28 November.', '2026-11-24'), ['Sunday 28 November', 'DATE', '2026-11-28']);
    // A future clause does not look back a year for its weekday: 29 November 2025 was a Saturday.
    assert.deepEqual(only('The final kicks off on Saturday 29 November.', '2026-11-24'), ['Saturday 29 November', 'DATE', '2026-11-29']);
  });

  test('"June last year", "April of next year": one date, the month in the year named after it', () => {
    assert.deepEqual(only('In June last year, the leaders met.'), ['June last year', 'DATE', '2022-06']);
    assert.deepEqual(only('The two countries join in April of next year.'), ['April of next year', 'DATE', '2024-04']);
    assert.deepEqual(only('The plant closed on Oct. 5 last year.'), ['Oct. 5 last year', 'DATE', '2022-10-05']);
  });

  test('"the week of March 6" is that day\'s week', () => {
    assert.deepEqual(only('The case may be heard the week of March 6.', '2000-02-24'), ['the week of March 6', 'DATE', '2000-W10']);
  });

  test('"in two weeks" in a past clause is the time within which it happened, not a date ahead', () => {
    assert.deepEqual(only('His second letter to Reno in two weeks was published on the front page.'), ['in two weeks', 'DURATION', 'P2W']);
    assert.deepEqual(only('The mayor will leave in two weeks.'), ['in two weeks', 'DATE', '2023-W27']);
  });

  test('"last November" is the latest November before the article\'s month', () => {
    assert.deepEqual(only('He was elected last November.'), ['last November', 'DATE', '2022-11']);
    assert.deepEqual(only('He was elected last April.'), ['last April', 'DATE', '2023-04']);
  });

  test('seasons', () => {
    assert.deepEqual(only('Sales slumped last summer.', '2023-10-01'), ['last summer', 'DATE', '2023-SU']);
    assert.deepEqual(only('Sales slumped last summer.', '2023-07-01'), ['last summer', 'DATE', '2022-SU']);
    assert.deepEqual(only('The bridge opens this fall.'), ['this fall', 'DATE', '2023-FA']);
  });

  test('a quoted closing price and "since" look back from a present clause', () => {
    assert.deepEqual(only("The bonds carry a premium over Monday's closing price."), ['Monday', 'DATE', '2023-06-19']);
    assert.deepEqual(only('Shares are up 4% since Thursday.'), ['Thursday', 'DATE', '2023-06-15']);
  });

  test('a limit still ahead: "as soon as", "until" or "by" in a present clause, a moved deadline', () => {
    assert.deepEqual(only('The family could arrive as soon as Friday.'), ['Friday', 'DATE', '2023-06-23']);
    assert.deepEqual(only('The agency has given the owners until 9 a.m. Monday to leave.'), ['9 a.m. Monday', 'TIME', '2023-06-26T09:00']);
    assert.deepEqual(only('The judge postponed until Tuesday any ruling on the case.'), ['Tuesday', 'DATE', '2023-06-27']);
    assert.deepEqual(only('The regulator extended its deadline to Jan. 5.', '2023-11-20'), ['Jan. 5', 'DATE', '2024-01-05']);
    assert.deepEqual(only('The rebels had left the town by Friday.'), ['Friday', 'DATE', '2023-06-16']);
  });

  test('what an order or a demand requires ("ordered that he remain ... until") is not dated by the past of the order', () => {
    assert.deepEqual(only('The minister rejected a court order that the boy remain in the city until March 6.', '2023-01-15'), ['March 6', 'DATE', '2023-03-06']);
    assert.deepEqual(only('The union demanded that the firm pay the bonus by Friday.'), ['Friday', 'DATE', '2023-06-23']);
    // Without the mandate, the past clause keeps its day in the past.
    assert.deepEqual(only('The boy remained in the city until March 6.', '2023-01-15'), ['March 6', 'DATE', '2022-03-06']);
  });

  test('plans: the date a plan names is ahead, the date of the planning is its own', () => {
    assert.deepEqual(only('The prosecutor has scheduled a news conference Thursday to announce charges.'), ['Thursday', 'DATE', '2023-06-22']);
    assert.deepEqual(only('Exiles planned a large march in the city center on Saturday.'), ['Saturday', 'DATE', '2023-06-24']);
    assert.deepEqual(only('On Monday, the government planned to send more aid.'), ['Monday', 'DATE', '2023-06-19']);
    assert.deepEqual(dates('The offer had been scheduled to expire Friday. It now runs to July 7.')[0], ['Friday', 'DATE', '2023-06-16']);
    assert.deepEqual(only('The attack began as previously planned Saturday night.'), ['Saturday night', 'TIME', '2023-06-17TNI']);
  });

  test('a dividend is payable after it is declared', () => {
    assert.deepEqual(only('The board declared a dividend payable Jan. 3 to holders of record.', '2023-11-20'), ['Jan. 3', 'DATE', '2024-01-03']);
  });

  test('a verb after "and" belongs to another predicate', () => {
    assert.deepEqual(dates('Exiles planned a march on Saturday and were planning to hold a rally on Monday.'), [
      ['Saturday', 'DATE', '2023-06-24'],
      ['Monday', 'DATE', '2023-06-26'],
    ]);
  });

  test('"the day before" or "the day after" a day named is one date, a day from it', () => {
    assert.deepEqual(only("The day before last Tuesday's hearing, the lawyers met."), ['The day before last Tuesday', 'DATE', '2023-06-19']);
    assert.deepEqual(only('They will meet again the day after Monday\'s vote.'), ['the day after Monday', 'DATE', '2023-06-27']);
    assert.deepEqual(only('He flew home the day before yesterday.'), ['the day before yesterday', 'DATE', '2023-06-19']);
    // Before an event, not a date, it is no date of its own.
    assert.deepEqual(dates('The day before the vote, he left.'), []);
  });

  test('"the day before" an event, set after a date and a comma, names that date again', () => {
    assert.deepEqual(dates('Shares fell on June 12, the day before the market plunged.'), [
      ['June 12', 'DATE', '2023-06-12'],
      ['the day', 'DATE', '2023-06-12'],
    ]);
    assert.deepEqual(dates('The request was renewed on Feb. 4, the morning of the debate.', '2023-02-06'), [
      ['Feb. 4', 'DATE', '2023-02-04'],
      ['the morning', 'TIME', '2023-02-04TMO'],
    ]);
    assert.deepEqual(dates('In 2008, the year after the crash, he sold the firm.'), [
      ['2008', 'DATE', '2008'],
      ['the year', 'DATE', '2008'],
    ]);
    // A relative clause after it says what happened that day or year.
    assert.deepEqual(dates('Donations peaked on May 18, the day the deal was announced.', '2023-08-01').map(([t, , v]) => [t, v]), [['May 18', '2023-05-18'], ['the day', '2023-05-18']]);
    assert.deepEqual(dates('Spending was just 1 percent in 2010, the year the court ruled.').map(([t, , v]) => [t, v]), [['2010', '2010'], ['the year', '2010']]);
    assert.deepEqual(dates('He founded the party in 2008, the year he returned to teaching.').map(([t, , v]) => [t, v]), [['2008', '2008'], ['the year', '2008']]);
    // After no date, it still counts from an event the story does not date.
    assert.deepEqual(dates('He resigned, the day after the vote.'), []);
  });

  test('a period named from another, with its calendar name set beside it between commas, is that period', () => {
    const values = (text: string, day = '1989-10-27') => dates(text, day).map(([t, , v]) => [t, v]);
    assert.deepEqual(values('In the comparable year-ago quarter, the second quarter ended Oct. 31, the company lost $12 million.')[0], ['the comparable year-ago quarter', '1988-Q2']);
    assert.deepEqual(values('The year before, 2014, was quieter.', '2016-05-02'), [['The year before', '2014'], ['2014', '2014']]);
    // A fronted phrase before its clause's subject, which no comma closes, and a period named from the article date, keep their own.
    assert.deepEqual(values('Profit rose in the third quarter. A year earlier, the second quarter had included a charge.')[1], ['A year earlier', '1988-Q3']);
    assert.deepEqual(values('This quarter, the fourth quarter of our fiscal year, is key.', '2023-06-21')[0], ['This quarter', '2023-Q2']);
  });

  test('"the previous Friday" is the Friday before the day the story is on, not before the article date', () => {
    assert.deepEqual(dates('The index closed Monday at 2082.1, down 4.5% from the previous Friday.', '2023-06-28'), [
      ['Monday', 'DATE', '2023-06-26'],
      ['the previous Friday', 'DATE', '2023-06-23'],
    ]);
    assert.deepEqual(dates('The index closed Friday at 2082.1, down 4.5% from the previous Friday.'), [
      ['Friday', 'DATE', '2023-06-16'],
      ['the previous Friday', 'DATE', '2023-06-09'],
    ]);
  });

  test('quarters without a year', () => {
    assert.deepEqual(only('Third-quarter profit rose 5%.', '2023-10-25'), ['Third-quarter', 'DATE', '2023-Q3']);
    assert.deepEqual(only('The plant will close in the fourth quarter.', '2023-10-25'), ['the fourth quarter', 'DATE', '2023-Q4']);
    assert.deepEqual(only('Sales rose in the fourth quarter.', '2023-04-25'), ['the fourth quarter', 'DATE', '2022-Q4']);
    assert.deepEqual(only('Revenue fell in the latest quarter.', '2023-10-25'), ['the latest quarter', 'DATE', '2023-Q3']);
  });

  test('"the year-earlier period" says which quarter the story is on: the same one a year later', () => {
    const text = 'Net income rose 20%, helped by charges taken in the year-earlier period. In the 2023 period also, costs were lower than a year ago.';
    assert.deepEqual(dates(text, '2023-11-01').map(([t, , v]) => [t, v]), [['the year-earlier period', '2022-Q3'], ['the 2023 period', '2023-Q3'], ['a year ago', '2022-Q3']]);
  });

  test('"the quarter" far from the quarter named in the lead is still the story\'s quarter', () => {
    const filler = 'The airline attributed the increase to higher traffic, new international routes and reduced service by a rival carrier. '.repeat(3);
    const text = `The airline's earnings soared in the fiscal first quarter. ${filler}Passenger traffic jumped 14% in the quarter.`;
    // A fiscal quarter of a year the text does not place has an unknown year, and so has "the quarter" after it.
    assert.deepEqual(dates(text, '2023-10-26').map(([, , v]) => v), ['XXXX-Q1', 'XXXX-Q1']);
    assert.deepEqual(dates(text.replace('first quarter.', 'first quarter ended Sept. 30.'), '2023-10-26').map(([, , v]) => v), ['2023-Q1', '2023-09-30', '2023-Q1']);
  });

  test('"the latest period" is the quarter the story reports: the last finished one it named, else the running one it named', () => {
    // A fiscal fourth quarter reported in November is the one the story is about.
    assert.deepEqual(dates('The brewer reported lower fourth-quarter profit. Sales in the latest period fell 3%.', '2023-11-02').map(([, , v]) => v), ['2023-Q4', '2023-Q4']);
    // A fiscal second quarter ended in September (of unknown year where the text does not say so).
    assert.deepEqual(dates('The retailer posted a profit for the fiscal second quarter ended in September. The latest period included a tax gain.', '2023-10-26').map(([, , v]) => v), ['2023-Q2', '2023-09', '2023-Q2']);
    assert.deepEqual(dates('The retailer posted a profit for the fiscal second quarter. The latest period included a tax gain.', '2023-10-26').map(([, , v]) => v), ['XXXX-Q2', 'XXXX-Q2']);
    // A forecast named in between is not what was reported.
    assert.deepEqual(dates('Third-quarter profit fell 9%. The storm will mean a fourth-quarter charge. In the latest quarter, losses grew.', '2023-11-02').map(([, , v]) => v), ['2023-Q3', '2023-Q4', '2023-Q3']);
  });
});

suite('dates: anchored on the date named before', () => {
  test('"the day before" after the story moved to another month is not counted from an older day', () => {
    const text = 'The leaders met on Monday. They first met in July 2008 in Jerusalem. The day before, a bus was attacked.';
    assert.deepEqual(dates(text).map(([t, , v]) => [t, v]), [['Monday', '2023-06-19'], ['July 2008', '2008-07'], ['The day before', null]]);
    // Within the month just named it still counts from the day.
    assert.deepEqual(dates('They met on June 12. In June, talks stalled. The day before, a bus was attacked.').map(([, , v]) => v), ['2023-06-12', '2023-06', '2023-06-11']);
  });

  test('a month and day in a past story just after a full date of an earlier year are in that year', () => {
    assert.deepEqual(dates('In testimony on Nov. 12, 2012, he changed his account. He had told us otherwise on Sept. 14.', '2016-04-14').map(([, , v]) => v), ['2012-11-12', '2012-09-14']);
    // Only after a year the text names: "Dec. 12" of last year, read so, does not carry.
    assert.deepEqual(dates('The report was published on Dec. 12. Sales fell on Jan. 3.', '2023-01-10').map(([, , v]) => v), ['2022-12-12', '2023-01-03']);
    // Not in a clause about what is to come.
    assert.deepEqual(dates('In testimony on Nov. 12, 2012, he changed his account. The next hearing will be held on Sept. 14.', '2016-04-14').map(([, , v]) => v), ['2012-11-12', '2016-09-14']);
  });

  test('"the year of" an amount is the article\'s year ("a high for the year of $42"); "the year of" an event is not', () => {
    assert.deepEqual(dates('The stock rose to a high for the year of $42.88 a share in June.').map(([t, , v]) => [t, v]), [['the year', '2023'], ['June', '2023-06']]);
    assert.deepEqual(dates('It was the year of the great flood.'), []);
  });

  test('"the year" with a relative clause after it ("the year Mr. Ackman teamed up") is not the article\'s year', () => {
    assert.deepEqual(dates('The article misstated the year Pershing Square began to buy shares.'), []);
    assert.deepEqual(dates('It was not 2014, which is the year Mr. Ackman teamed up with it.'), [['2014', 'DATE', '2014']]);
    assert.deepEqual(dates('That was the year she left Ohio.'), []);
    // A bare "the year" is still the article's.
    assert.deepEqual(only('Sales rose 5 percent for the year.'), ['the year', 'DATE', '2023']);
  });

  test('"two days later" (a length of time leading to a day), "that day", "the following week"', () => {
    assert.deepEqual(withPoints('On June 3, 2021, they met. Two days later they signed. That day it rained.'), [
      ['June 3, 2021', 'DATE', '2021-06-03', undefined],
      ['Two days later', 'DURATION', 'P2D', '2021-06-05'],
      ['That day', 'DATE', '2021-06-05', undefined],
    ]);
  });

  test('"three hours later", "a few minutes earlier" lead to the day the story is on, not one counted from the article date', () => {
    assert.deepEqual(withPoints('The plant closed on June 3, 2021. Three hours later, the fire spread.')[1], ['Three hours later', 'DURATION', 'PT3H', '2021-06-03']);
    assert.deepEqual(withPoints('On Tuesday night the panel met. Lawmakers had asked for the files a few hours earlier.')[1], ['a few hours earlier', 'DURATION', 'PTXH', '2023-06-20']);
    // With no day named, the article's.
    assert.deepEqual(withPoints('Just over an hour later, the road reopened.'), [['Just over an hour later', 'DURATION', 'PT1H', '2023-06-21']]);
  });

  test('"that same day", "the very day", "that very week" are the day or week just named', () => {
    assert.deepEqual(dates('On June 3, 2021, his site was hacked. His name was crossed out that same day.').map(([t, , v]) => [t, v]), [['June 3, 2021', '2021-06-03'], ['that same day', '2021-06-03']]);
    assert.deepEqual(dates('On June 3, 2021, the verdict came. He resigned the very day.')[1], ['the very day', 'DATE', '2021-06-03']);
    assert.deepEqual(dates('On June 3, 2021, the verdict came. Rivals struck that very week.')[1], ['that very week', 'DATE', '2021-W22']);
  });

  test('"that same day" right after a month with no day named is a day of it the text does not give', () => {
    assert.deepEqual(dates('The mayor was attacked last October. His office was closed that same day.', '2024-02-10')[1], ['that same day', 'DATE', '2023-10-XX']);
    // Not a year's day, nor a month named further back, nor "the second day" of something else.
    assert.deepEqual(dates('The plant was sold in 2019. Its manager quit that day.', '2024-02-10')[1], ['that day', 'DATE', null]);
    assert.deepEqual(dates('The talks began last March. The first round went badly, and the second, which dragged on over the question of water rights, grazing land, fishing quotas and the old border roads that both sides claim, went worse still. Both sides walked out that day.', '2024-02-10')[1], ['that day', 'DATE', null]);
    // A month still ahead holds no day that has been.
    assert.deepEqual(dates('Aides said the race would not be over in March. The plan outlined that day was bleak.', '2024-02-10')[1], ['that day', 'DATE', null]);
    assert.deepEqual(dates('The party met in July. The row clouded the second day of the convention.', '2024-02-10')[1], ['the second day', 'DATE', null]);
  });

  test('"the quarter ended July 31" with no quarter named before is the calendar quarter holding most of its months', () => {
    assert.deepEqual(dates('Acme rents out equipment. In the quarter ended July 31, it had 5.6 million shares outstanding.', '2023-10-30').map(([t, , v]) => [t, v]), [
      ['the quarter', '2023-Q2'],
      ['July 31', '2023-07-31'],
    ]);
    // A quarter the story named first is still the one meant ("fiscal second quarter").
    assert.deepEqual(dates('It earned $8 million in the fiscal second quarter. Sales rose in the quarter ended Sept. 30.', '2023-10-30')[1], ['the quarter', 'DATE', '2023-Q2']);
  });

  test('"This quarter\'s loss" in a story reporting the quarter just finished is that quarter; ahead, the running one', () => {
    const told = 'Acme posted a third-quarter loss of $5 million. This quarter\'s loss includes charges of $4 million.';
    assert.deepEqual(dates(told, '2023-10-25').map(([t, , v]) => [t, v]), [['third-quarter', '2023-Q3'], ['This quarter', '2023-Q3']]);
    assert.deepEqual(dates('Acme posted a third-quarter loss. This quarter\'s results will suffer from the strike.', '2023-10-25')[1], ['This quarter', 'DATE', '2023-Q4']);
  });

  test('"the eighth day of" an event is the day the story is on', () => {
    assert.deepEqual(dates('In the capital, today is the eighth day of the blockade.').map(([t, , v]) => [t, v]), [['today', '2023-06-21'], ['the eighth day', '2023-06-21']]);
    assert.deepEqual(only('Shelling went on. It\'s the second day of an offensive by the army.'), ['the second day', 'DATE', '2023-06-21']);
    assert.deepEqual(dates('On Monday, the third straight day of the strike, talks resumed.').map(([t, , v]) => [t, v]), [['Monday', '2023-06-19'], ['the third straight day', '2023-06-19']]);
    // The first day of a month or a season is a calendar day, not this one.
    assert.deepEqual(dates('Rents are due on the first day of the month.'), []);
  });

  test('"a year earlier" after a quarter is that quarter a year before', () => {
    assert.deepEqual(dates('Third-quarter profit rose to $5 million from $4 million a year earlier.', '2023-10-25'), [
      ['Third-quarter', 'DATE', '2023-Q3'],
      ['a year earlier', 'DATE', '2022-Q3'],
    ]);
    assert.deepEqual(only('In the year-ago third quarter it earned $2 million.', '2023-10-25'), ['the year-ago third quarter', 'DATE', '2022-Q3']);
    assert.deepEqual(only('Net for the year-earlier nine months rose.', '2023-10-25'), ['the year-earlier nine months', 'DURATION', 'P9M']);
    assert.deepEqual(dates('Net income in the third quarter fell from the year-ago quarter.', '2023-10-25'), [
      ['the third quarter', 'DATE', '2023-Q3'],
      ['the year-ago quarter', 'DATE', '2022-Q3'],
    ]);
  });

  test('"a year earlier" far down a quarter\'s earnings story still compares with that quarter', () => {
    // The figures come paragraphs after the lead that named the quarter; no other length of time came between.
    const filler = 'The company cited higher costs for fuel, for labor and for the new plant it opened in Texas. '.repeat(6);
    const found = dates(`Acme Corp. posted a third-quarter loss. ${filler}A year earlier, it earned $2 million.`, '2023-10-25');
    assert.deepEqual(found[found.length - 1], ['A year earlier', 'DATE', '2022-Q3']);
  });

  test('"a year earlier" after a length of time is that length a year back: the year, not the day named before', () => {
    const found = dates('The company said on June 19, 2023, that it lost $5 million in the first nine months, compared with a profit a year earlier.');
    assert.deepEqual(found[found.length - 1], ['a year earlier', 'DATE', '2022']);
  });

  test('"the year-ago period" compares with a quarter that has begun, not one forecast in between', () => {
    const found = dates('Acme posted a third-quarter loss. Analysts see losses through the third quarter of 2024. In the year-ago period, Acme earned $2 million.', '2023-10-25');
    assert.deepEqual(found[found.length - 1], ['the year-ago period', 'DATE', '2022-Q3']);
  });

  test('"the 2022 quarter", "the quarter a year ago": the quarter just named, in that year or a year before', () => {
    assert.deepEqual(dates('Net fell to $5 million in the third quarter. In the 2022 quarter, it earned $9 million.', '2023-10-25'), [
      ['the third quarter', 'DATE', '2023-Q3'],
      ['the 2022 quarter', 'DATE', '2022-Q3'],
    ]);
    assert.deepEqual(dates('It had a second-quarter loss. For the period a year earlier, it earned $40 million.', '2023-10-25'), [
      ['second-quarter', 'DATE', '2023-Q2'],
      ['the period a year earlier', 'DATE', '2022-Q2'],
    ]);
    // After a length of time ("the nine months"), the year alone.
    assert.deepEqual(dates('Sales rose in the third quarter and in the nine months. In the 2022 period, they fell.', '2023-10-25')[2], ['the 2022 period', 'DATE', '2022']);
  });

  test('"last year\'s quarter", "the corresponding period last year": the quarter just named, a year before', () => {
    assert.deepEqual(dates('Third-quarter net fell from $1.8 million for the corresponding period last year.', '2023-10-25'), [
      ['Third-quarter', 'DATE', '2023-Q3'],
      ['the corresponding period last year', 'DATE', '2022-Q3'],
    ]);
    assert.deepEqual(dates('Its second-quarter sales rose. Sales for last year\'s quarter were $3 million.', '2023-10-25')[1], ["last year's quarter", 'DATE', '2022-Q2']);
    // After a length of time, "the same period last year" is that length a year back: the year.
    assert.deepEqual(dates('Net for the nine months rose from the same period last year.', '2023-10-25'), [
      ['the nine months', 'DURATION', 'P9M'],
      ['the same period last year', 'DATE', '2022'],
    ]);
  });

  test('"the year" is the article\'s year; "the year ended March 31" is twelve months', () => {
    assert.deepEqual(only('For the year, sales rose 4%.'), ['the year', 'DATE', '2023']);
    assert.deepEqual(dates('For the year ended March 31, 2023, sales rose.')[0], ['the year', 'DURATION', 'P1Y']);
  });

  test('British "the year to March 2023" is twelve months, and each end of the range keeps its own value', () => {
    // chrono puts the earlier date first whatever the order of the words: "the year" took March's value and March the year's.
    assert.deepEqual(dates('Figures for the year to March 2023 are due.', '2023-06-21'), [['the year', 'DURATION', 'P1Y'], ['March 2023', 'DATE', '2023-03']]);
    assert.deepEqual(dates('Profits in the year to 31 March rose.', '2023-06-21'), [['the year', 'DURATION', 'P1Y'], ['31 March', 'DATE', '2023-03-31']]);
    assert.deepEqual(dates('Sales rose in the year through March 2023.', '2023-06-21'), [['the year', 'DURATION', 'P1Y'], ['March 2023', 'DATE', '2023-03']]);
    assert.deepEqual(only('It was the best result of the year to date.', '2023-06-21'), ['the year to date', 'DATE', '2023']);
  });

  test('"before" at the end of a clause looks back; before an event it is no date', () => {
    assert.deepEqual(dates('Sales hit $5 million on June 3, 2021, up from $4 million the day before.'), [
      ['June 3, 2021', 'DATE', '2021-06-03'],
      ['the day before', 'DATE', '2021-06-02'],
    ]);
    assert.deepEqual(only('He resigned a year after he was elected.'), ['a year', 'DURATION', 'P1Y']);
  });
});

suite('dates: news refiners remove what is not a date', () => {
  test('a word after a comma is no time zone, whatever zone\'s letters it has ("1952, West Germany", "the year, pet food")', () => {
    assert.deepEqual(dates('The treaty was signed in 1952, West Germany joined in 1955.', '1999-03-12').map(([t]) => t), ['1952', '1955']);
    assert.deepEqual(only('For the year, pet food sales were flat.', '1999-03-12'), ['the year', 'DATE', '1999']);
    // A zone in capitals after a clock time stays with it.
    assert.deepEqual(only('The offer expires at 5 p.m. EST, Nov. 6.', '1999-10-30'), ['5 p.m. EST, Nov. 6', 'TIME', '1999-11-06T17:00']);
  });

  test('"a quarter" given as a percentage is a share, not three months', () => {
    assert.deepEqual(dates('Just over a quarter, 26 percent, say they will vote for him.'), []);
    assert.deepEqual(dates('Nearly a quarter (24%) disagreed.'), []);
    assert.deepEqual(only('Profit rose for a quarter, the company said.'), ['a quarter', 'DURATION', 'P1Q']);
  });

  test('"Century" in a name, "in a year of ..." naming which year: no date', () => {
    assert.deepEqual(dates('He ran the news side of 21st Century Fox.'), []);
    assert.deepEqual(dates('He owned a Century speedboat.'), []);
    assert.deepEqual(dates('He was a mainstream candidate in a year of voter anger.'), []);
    assert.deepEqual(dates('He lost in a year when voters wanted an outsider.'), []);
    // Lengths of time and centuries as before.
    assert.deepEqual(only('The 21st century began badly.'), ['The 21st century', 'DATE', '20']);
    assert.deepEqual(only('The work will be done in a year.'), ['a year', 'DURATION', 'P1Y']);
  });

  test('"in the hours after", "in the minutes before": counted from an event, not the article date', () => {
    assert.deepEqual(dates('In the hours after the shooting, police closed the road.'), []);
    assert.deepEqual(dates('The pilot called in the minutes before the crash.'), []);
  });

  test('a month after a possessive, and a month\'s own possessive, are dates', () => {
    assert.deepEqual(only('I have no plans to endorse anyone before Florida\'s March primary.', '2016-01-08'), ['March', 'DATE', '2016-03']);
    assert.deepEqual(only('December\'s agreement was a breakthrough.', '2016-05-09'), ['December', 'DATE', '2015-12']);
    // A given name stays a name.
    assert.deepEqual(dates('April\'s brother came home.'), []);
  });

  test("a casual word alone in quotation marks is a title: ''Today'', “Tonight”", () => {
    assert.deepEqual(dates('He is joining the \'\'Today\'\' show as an anchor.'), []);
    assert.deepEqual(dates('She left “Today,” NBC said.'), []);
    assert.deepEqual(dates('He hosted "Tonight" on NBC.'), []);
    // A quotation that only begins with the word is speech, and the word a date.
    assert.deepEqual(only('"Today we act," she said.'), ['Today', 'DATE', '2023-06-21']);
    assert.deepEqual(only('“Today’s speech shows the way,” he wrote.'), ['Today', 'DATE', '2023-06-21']);
  });

  test('parts of the day inside names', () => {
    assert.deepEqual(dates('The South China Morning Post reported it.'), []);
    assert.deepEqual(dates('She appeared on Good Morning America.'), []);
    assert.deepEqual(dates('USA Today reported it.'), []);
  });

  test('"May", "March", "August" as names or verbs', () => {
    assert.deepEqual(dates('Theresa May said no.'), []);
    assert.deepEqual(dates('Fans love March Madness.'), []);
    assert.deepEqual(dates('They march on the capital and may win.'), []);
    assert.deepEqual(dates('The playwright August Wilson wrote it.'), []);
    assert.deepEqual(dates('The club at Mar-a-Lago is full.'), []);
  });

  test('the same months as months', () => {
    assert.deepEqual(only('It opened in May.'), ['May', 'DATE', '2023-05']);
    // A timetable in the present looks ahead: this year's May 5 is past.
    assert.deepEqual(only('It opens May 5.'), ['May 5', 'DATE', '2024-05-05']);
    assert.deepEqual(only('He left last May.'), ['last May', 'DATE', '2023-05']);
  });

  test('"now" that is no time reference', () => {
    assert.deepEqual(dates('The now-defunct firm closed.'), []);
    assert.deepEqual(dates('He calls now and then.'), []);
    assert.deepEqual(dates('Now, he says, it is over.'), []);
  });

  test('"today’s youth", "the leaders of tomorrow": the times in general, not a day', () => {
    assert.deepEqual(dates("The case is for today's youth what the revolution was for their parents."), []);
    assert.deepEqual(dates("Such rules make no sense in today's world, she said."), []);
    assert.deepEqual(dates("The chip runs many of today's personal computers."), []);
    assert.deepEqual(dates('The school trains the leaders of tomorrow.'), []);
    assert.deepEqual(only("Today's vote was close."), ['Today', 'DATE', '2023-06-21']);
    assert.deepEqual(only("Today's women's final was rained out."), ['Today', 'DATE', '2023-06-21']);
    assert.deepEqual(only('As of today, the law applies.'), ['today', 'DATE', '2023-06-21']);
  });

  test('"high noon" as a figure of speech is no clock time', () => {
    assert.deepEqual(dates('For the party, it is high noon.'), []);
    assert.deepEqual(only('High noon comes today for the reformers.'), ['today', 'DATE', '2023-06-21']);
    assert.deepEqual(only('They met at high noon in the square.'), ['noon', 'TIME', '2023-06-21T12:00']);
  });

  test('a bare number, a fraction, a score', () => {
    assert.deepEqual(dates('Unemployment stood at 10 as of the report.'), []);
    assert.deepEqual(dates('The Senate voted 7 to 2.'), []);
    assert.deepEqual(dates('Shares rose 1/8 to 31 7/8.'), []);
  });

  test('"the last day" of something', () => {
    assert.deepEqual(dates('It was the last day of the summit.'), []);
  });

  test('weekday abbreviations that are words', () => {
    assert.deepEqual(dates('The Sun reported that he sat down.'), []);
  });

  test('"9/11" is the day of the attacks', () => {
    assert.deepEqual(only('Security changed after 9/11.'), ['9/11', 'DATE', '2001-09-11']);
  });
});

suite('dates: without an article date', () => {
  test('relative dates get the value null, absolute ones keep theirs', () => {
    assert.deepEqual(dates('He arrived on Monday, left last week and returns in November.', null), [
      ['Monday', 'DATE', null],
      ['last week', 'DATE', null],
      ['November', 'DATE', null],
    ]);
    assert.deepEqual(only('The deal closed on June 19, 2023.', null), ['June 19, 2023', 'DATE', '2023-06-19']);
    assert.deepEqual(only('It was built in 1998.', null), ['1998', 'DATE', '1998']);
    assert.deepEqual(only('Prices are high now.', null), ['now', 'DATE', 'PRESENT_REF']);
  });

  test('a date anchored on an absolute one still resolves', () => {
    assert.deepEqual(withPoints('On June 3, 2021, they met. Two days later they signed.', null)[1], ['Two days later', 'DURATION', 'P2D', '2021-06-05']);
  });
});

suite('dates: spans and offsets', () => {
  test('offsets point into the text; "on" and punctuation stay out', () => {
    const text = 'Talks ended (on Monday), officials said.';
    const [d] = findDates(text, WEDNESDAY);
    assert.equal(text.slice(d.start, d.end), 'Monday');
    assert.equal(d.text, 'Monday');
  });

  test('"its fourth quarter": the possessive is the company\'s, not part of the date', () => {
    assert.deepEqual(only('The chain said its fourth quarter was weak.', '2023-11-02'), ['fourth quarter', 'DATE', '2023-Q4']);
    assert.deepEqual(only('Both firms lost money in their third quarter.', '2023-11-02'), ['third quarter', 'DATE', '2023-Q3']);
  });

  test('"earlier this month", "later that year": the modifier is part of the period, as "early" is; not before a weekday', () => {
    assert.deepEqual(only('The board met earlier this month.'), ['earlier this month', 'DATE', '2023-06']);
    assert.deepEqual(dates('He resigned in 2019 and returned later that year.'), [['2019', 'DATE', '2019'], ['later that year', 'DATE', '2019']]);
    assert.deepEqual(only('Earlier Monday, the court ruled.'), ['Monday', 'DATE', '2023-06-19']);
  });

  test('"nearly two weeks ago", "more than a decade ago": the approximation is part of the expression', () => {
    assert.deepEqual(only('The plant closed nearly two weeks ago.'), ['nearly two weeks ago', 'DATE', '2023-W23']);
    assert.deepEqual(only('The group was founded more than four decades ago.').slice(0, 2), ['more than four decades ago', 'DATE']);
  });

  test('a range gives two dates', () => {
    assert.deepEqual(dates('The fair runs from Monday to Friday.'), [
      ['Monday', 'DATE', '2023-06-19'],
      ['Friday', 'DATE', '2023-06-23'],
    ]);
  });

  test('dates far apart in a long text are all found, in order', () => {
    const filler = 'The committee discussed the budget at length. '.repeat(200);
    const text = `It began on Monday. ${filler}It ended on June 30, 2023. ${filler}Now it is over.`;
    assert.deepEqual(dates(text).map(([t]) => t), ['Monday', 'June 30, 2023', 'Now']);
  });
});

suite('dates: found on news written for these tests', () => {
  test('"5 1/2 hours", "2 1/2 years", "a day and a half": whole units and the rest in the next smaller one', () => {
    assert.deepEqual(only('She spent about 5 1/2 hours in the capital.', '2016-09-19'), ['about 5 1/2 hours', 'DURATION', 'PT5H30M']);
    assert.deepEqual(only('They lived in camps for 2 1/2 years.', '2016-09-19'), ['2 1/2 years', 'DURATION', 'P2Y6M']);
    assert.deepEqual(only('The storm lasted a day and a half.', '2016-09-19'), ['a day and a half', 'DURATION', 'P1DT12H']);
  });

  test('"from now to Election Day" keeps its "Day"; "last Thanksgiving" is the one before the article date', () => {
    assert.deepEqual(dates('It will be our theme from now to Election Day.', '2016-09-19'), [['now', 'DATE', 'PRESENT_REF'], ['Election Day', 'DATE', '2016-11-08']]);
    assert.deepEqual(only('He was rescued at sea last Thanksgiving.', '2017-01-10'), ['last Thanksgiving', 'DATE', '2016-11-24']);
    assert.deepEqual(only('We will be together next Christmas.', '2017-01-10'), ['next Christmas', 'DATE', '2017-12-25']);
  });

  test('"the previous Friday", "the following Friday", "this coming Sunday": the words are part of the date and say which one', () => {
    assert.deepEqual(only('The index closed down 4.5% from the previous Friday.', '1998-03-06'), ['the previous Friday', 'DATE', '1998-02-27']);
    assert.deepEqual(dates('They met on Monday, June 8, and again the following Friday.', '1998-07-01')[1], ['the following Friday', 'DATE', '1998-06-12']);
    assert.deepEqual(only('Women\'s Day is this coming Sunday, March eighth.', '1998-03-05'), ['this coming Sunday, March eighth', 'DATE', '1998-03-08']);
  });

  test('"a week or so ago", "the next two years or so": the approximation after the period is part of it', () => {
    assert.deepEqual(only('Then, a week or so ago, the general chose the plan.', '1991-02-25'), ['a week or so ago', 'DATE', '1991-W08']);
    assert.deepEqual(only('Its share may rise over the next two years or so.', '1991-02-25'), ['the next two years or so', 'DURATION', 'P2Y']);
    assert.deepEqual(only('Voters drifted away over the past decade or so.', '1991-02-25'), ['the past decade or so', 'DURATION', 'P10Y']);
  });

  test('"in December, 64 percent": a count after a month is no year', () => {
    assert.deepEqual(only('He was seen as less honest than in December, 64 percent to 56 percent.', '2016-02-18'), ['December', 'DATE', '2015-12']);
    assert.deepEqual(only('In the primary in March, 74 percent of voters were over 45.', '2016-06-14'), ['March', 'DATE', '2016-03']);
    // A year written so stays one.
    assert.deepEqual(only('He left in May 98 for good.', '2016-06-14'), ['May 98', 'DATE', '1998-05']);
    assert.deepEqual(dates('In the poll, conducted March 11-13, 40 percent back her.', '2016-03-15'), [['March 11', 'DATE', '2016-03-11'], ['13', 'DATE', '2016-03-13']]);
  });

  test('"its lowest in 33 years", "for the first time in 25 years": a span looked back over, not a date ahead', () => {
    assert.deepEqual(only('Unemployment is at its lowest in 33 years.', '2016-06-02'), ['in 33 years', 'DURATION', 'P33Y']);
    assert.deepEqual(only('The army is growing for the first time in 25 years.', '2016-06-02'), ['in 25 years', 'DURATION', 'P25Y']);
    assert.deepEqual(only('This is the third time in five years that the river has flooded.', '2016-06-02'), ['in five years', 'DURATION', 'P5Y']);
    // Ahead: "the first debate in 10 days", "will cost $160,000 in 18 years".
    assert.deepEqual(dates('Heading into the first debate in 10 days, he campaigned.', '2016-09-16')[0], ['in 10 days', 'DATE', '2016-09-26']);
    assert.deepEqual(only('A degree will cost $160,000 in 18 years.', '2016-06-02'), ['in 18 years', 'DATE', '2034']);
  });

  test('a dash before a count is punctuation, not "minus"; "the 1963 March on Washington" is the year; "the 15:20 mark" is no time', () => {
    assert.deepEqual(only('The fetus is viable -- around 22 weeks of pregnancy -- she said.', '2016-02-07'), ['around 22 weeks', 'DURATION', 'P22W']);
    assert.deepEqual(dates('In May 2013 - four months after she left office - staff asked.', '2016-01-07'), [['May 2013', 'DATE', '2013-05'], ['four months', 'DURATION', 'P4M']]);
    assert.deepEqual(only('Marchers at the 1963 March on Washington carried them.', '2016-03-23'), ['1963', 'DATE', '1963']);
    assert.deepEqual(dates('The discussion starts at the 15:20 mark.', '2016-03-23'), []);
  });

  test('"Yin Myint May, 60, a doctor": a name and an age; "By Jan. 18, 10 days after": a count', () => {
    assert.deepEqual(dates('One volunteer, Yin Myint May, 60, a doctor, said she was elated.', '2015-11-10'), []);
    assert.deepEqual(only('By Jan. 18, 10 days after the primary, he led.', '2016-02-01'), ['Jan. 18', 'DATE', '2016-01-18']);
  });

  test('"Romans 8:31", "(Ephesians 5:11)": chapter and verse, not a clock time', () => {
    assert.deepEqual(dates('The photo quotes Romans 8:31 in full.', '2016-03-19'), []);
    assert.deepEqual(dates('He cited Exodus 18:21 from the pulpit.', '2016-03-19'), []);
    assert.deepEqual(only('The meeting starts at 8:31 sharp.', '2016-03-19'), ['8:31', 'TIME', '2016-03-19T08:31']);
    assert.deepEqual(only('Results came Monday 9:30 local time.', '2016-03-19'), ['Monday 9:30', 'TIME', '2016-03-14T09:30']);
  });

  test('"you said this 30 years ago": "this" is the object; the date is "30 years ago"', () => {
    assert.deepEqual(only('You said this 30 years ago, he told them.', '2015-11-08'), ['30 years ago', 'DATE', '1985']);
    assert.deepEqual(only('I was asked this a couple months ago.', '2015-12-30'), ['a couple months ago', 'DATE', '2015-10']);
  });

  test('"to this day" is until now; "seven decades on" is later only where the phrase ends; "minutes a day" is a rate', () => {
    assert.deepEqual(only('The gym still hosts a boxing class to this day.'), ['this day', 'DATE', 'PRESENT_REF']);
    assert.deepEqual(dates('The war ended in 1945. Seven decades on, the scars remain.', '2016-09-19')[1], ['Seven decades on', 'DATE', '2015']);
    assert.deepEqual(only('The claim was repeated a million times a day on cable news.', '2016-09-19'), ['a day', 'SET', 'P1D']);
    assert.deepEqual(dates('Users spent nine minutes a day on its sites.', '2016-09-19'), [['nine minutes', 'DURATION', 'PT9M'], ['a day', 'SET', 'P1D']]);
  });

  test('rates, compound counts, titles and events', () => {
    assert.deepEqual(dates('Workers make $60,000 a year and work 60 hours a week.', '2016-09-19'), [
      ['a year', 'SET', 'P1Y'],
      ['60 hours', 'DURATION', 'PT60H'],
      ['a week', 'SET', 'P1W'],
    ]);
    assert.deepEqual(only('Seventy-four years ago, a battle changed the war.', '2016-09-19'), ['Seventy-four years ago', 'DATE', '1942']);
    assert.deepEqual(only('He served seven and a half years in office.', '2016-09-19'), ['seven and a half years', 'DURATION', 'P7Y6M']);
    assert.deepEqual(only('The criticism comes a day before Kaine faces off.', '2016-09-19'), ['a day', 'DURATION', 'P1D']);
    assert.deepEqual(dates('He told “Fox News Sunday” and watched Saturday Night Live.', '2016-09-19'), []);
    assert.deepEqual(dates('He spoke on ABC\'s "This Week" and joined the March for Life.', '2016-09-19'), []);
    assert.deepEqual(dates('She walked at the head of the March of the Mothers.', '2016-09-19'), []);
    // Not "the day before returning home" counted from an event: "later in the day" is the story's day.
    assert.deepEqual(dates('Later in the day before returning home, she cut the dividend in half and left.', '2016-09-19'), [['the day', 'DATE', '2016-09-19']]);
    assert.deepEqual(only('He will make the late-November trip.', '2016-09-19'), ['late-November', 'DATE', '2016-11']);
  });
});
