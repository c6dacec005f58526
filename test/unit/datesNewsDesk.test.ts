import * as assert from 'node:assert/strict';
import { dates, only } from './helpers/foundDates';

// Dates as a news desk reads them in copy the corpora lack: results tables, live blogs,
// match reports, calendars other than the Gregorian. Sentences written for these tests;
// the article date is Wednesday 21 June 2023 unless a test gives another.

suite('dates at the news desk: amounts before a date', () => {
  test('"compared with £371m a year earlier": the "m" is millions, the date is the words after the amount', () => {
    assert.deepEqual(only('Revenue rose to £412m, compared with £371m a year earlier.'), ['a year earlier', 'DATE', '2022']);
    assert.deepEqual(only('The firm lost $5m a year ago.'), ['a year ago', 'DATE', '2022']);
  });
});

suite('dates at the news desk: live blog time stamps', () => {
  test('a stamp opening a line is not joined to the entry\'s first word: "11:05 Yesterday the Treasurer said"', () => {
    assert.deepEqual(dates('Budget day live.\n\n11:05 Yesterday the Treasurer hinted at rebates.', '2024-09-10'), [
      ['11:05', 'TIME', '2024-09-10T11:05'],
      ['Yesterday', 'DATE', '2024-09-09'],
    ]);
  });

  test('a stamp before the entry\'s first word is on the blog\'s day, not on the day the entry before named', () => {
    assert.deepEqual(dates('Budget day live.\n\nThe rebates ran out on June 30.\n\n12:40 Senate hearings start next week.', '2024-09-10'), [
      ['June 30', 'DATE', '2024-06-30'],
      ['12:40', 'TIME', '2024-09-10T12:40'],
      ['next week', 'DATE', '2024-W38'],
    ]);
    // A clock time inside a sentence still takes the day just named.
    assert.deepEqual(dates('The vote is on Friday. Doors open at 10:30 for members.', '2024-09-10')[1], ['10:30', 'TIME', '2024-09-13T10:30']);
  });
});

suite('dates at the news desk: other calendars', () => {
  test('"the Islamic year 1447", "1447 AH", "AH 1350": a year of the Hijri calendar is no Gregorian year', () => {
    assert.deepEqual(dates('Muslims marked the start of the Islamic year 1447 on Thursday.', '2025-06-27'), [['Thursday', 'DATE', '2025-06-26']]);
    assert.deepEqual(dates('Ramadan in 1447 AH is expected to begin in February.', '2025-06-27'), [['February', 'DATE', '2026-02']]);
    assert.deepEqual(dates('The shrine was rebuilt in AH 1350.', '2025-06-27'), []);
    // A Gregorian year before "AH"-less words stays a year.
    assert.deepEqual(only('The mosque was rebuilt in 1447 after a fire.', '2025-06-27'), ['1447', 'DATE', '1447']);
  });
});

suite('dates at the news desk: "the same day"', () => {
  test('"has issued a warning from 3am on Wednesday until 6pm the same day": the day named in its sentence, whatever the tense', () => {
    assert.deepEqual(dates('The forecaster has issued a wind warning from 3am on Wednesday until 6pm the same day.', '2025-01-20').at(-1), ['the same day', 'DATE', '2025-01-22']);
  });

  test('after "… on January 17, the company said on Tuesday.", "the same day" is the reported day, not the attribution\'s', () => {
    assert.deepEqual(dates('The phones will be unveiled on January 17, the company said on Tuesday. Pre-orders open the same day.', '2024-01-09').at(-1), ['the same day', 'DATE', '2024-01-17']);
    // The attribution's day when it is the only day of its sentence.
    assert.deepEqual(dates('The company said on Tuesday that it would cut jobs. The same day, its rival hired 500 people.', '2024-01-09').at(-1), ['The same day', 'DATE', '2024-01-09']);
  });
});

suite('dates at the news desk: a quote spoken the day before', () => {
  test('"Today", "Tonight" in a quote said after Saturday\'s match count from Saturday in Sunday\'s report', () => {
    const report = 'Celtic won the title with a 2-0 win on Saturday.\n\n"Today was about the players," Rodgers said afterwards. "Tonight we celebrate, tomorrow we go again."\n\nFans gather in the city today.';
    assert.deepEqual(dates(report, '2025-04-13'), [
      ['Saturday', 'DATE', '2025-04-12'],
      ['Today', 'DATE', '2025-04-12'],
      ['Tonight', 'TIME', '2025-04-12TNI'],
      ['tomorrow', 'DATE', '2025-04-13'],
      ['today', 'DATE', '2025-04-13'],
    ]);
  });

  test('"said after the game": the last day before the article\'s that the story named, not a fixture ahead named since', () => {
    const report = 'Dallas won Game 4 on Friday night.\n\nGame 5 is on Monday, with a Game 7 next Sunday.\n\n"Tonight we played for each other," Doncic said after the game.';
    assert.deepEqual(dates(report, '2024-06-15').at(-1), ['Tonight', 'TIME', '2024-06-14TNI']);
  });

  test('"…today," he said on Thursday: the nearest attribution\'s day, not another quote\'s in the paragraph', () => {
    assert.deepEqual(dates('Lee said Wednesday she agreed. Park said on Thursday he "sent a letter today asking for an inquiry."', '2015-12-04').at(-1), ['today', 'DATE', '2015-12-03']);
    // Said on the article's day, or with no day, "today" is the article's.
    assert.deepEqual(dates('"We go again today," Rodgers said on Sunday.', '2025-04-13')[0], ['today', 'DATE', '2025-04-13']);
    assert.deepEqual(only('"We go again today," Rodgers said.', '2025-04-13'), ['today', 'DATE', '2025-04-13']);
  });
});

suite('dates at the news desk: a timetable in the plural', () => {
  test('"Polls close on Tuesday", "schools return on Monday" written on a Wednesday: the coming day', () => {
    assert.deepEqual(only('Polls close on Tuesday.', '2024-10-02'), ['Tuesday', 'DATE', '2024-10-08']);
    assert.deepEqual(only('Most schools return on Monday after the half-term break.', '2024-10-02'), ['Monday', 'DATE', '2024-10-07']);
    assert.deepEqual(only('The caucuses go ahead on Tuesday.', '2024-01-12'), ['Tuesday', 'DATE', '2024-01-16']);
    assert.deepEqual(only('Schools in England break up on Friday for half-term.', '2024-10-21'), ['Friday', 'DATE', '2024-10-25']);
    // "as planned" is a phrase of manner, not the clause's past.
    assert.deepEqual(only('The caucuses go ahead on Monday night as planned.', '2024-01-12'), ['Monday night', 'TIME', '2024-01-15TNI']);
    // The past of the verb is past; "close" after a determiner is no verb.
    assert.deepEqual(only('Polls closed on Tuesday.', '2024-10-02'), ['Tuesday', 'DATE', '2024-10-01']);
  });
});

suite('dates at the news desk: seasons and the turn of a century', () => {
  test('"from the spring" is a season; water "from the spring" and injuries "from the fall" are not', () => {
    assert.deepEqual(only('The new rules will apply from the spring.', '2024-10-02'), ['the spring', 'DATE', '2025-SP']);
    assert.deepEqual(dates('Villagers fetch water from the spring.', '2024-10-02'), []);
    assert.deepEqual(dates('He died of injuries from the fall.', '2024-10-02'), []);
  });

  test('"the turn of the century" is the year the century turned nearest the story: 2000 now, 1900 after a year long past', () => {
    assert.deepEqual(only('By the turn of the century she ran forty schools.', '2025-02-11'), ['the turn of the century', 'DATE', '2000']);
    assert.deepEqual(dates('Born in 1871, he had emigrated by the turn of the century.', '2025-02-11')[1], ['the turn of the century', 'DATE', '1900']);
    assert.deepEqual(only('At the turn of the 20th century the town had 9,000 people.', '2025-02-11'), ['the turn of the 20th century', 'DATE', '1900']);
    assert.deepEqual(only('Crowds marked the turn of the millennium.', '2025-02-11'), ['the turn of the millennium', 'DATE', '2000']);
    assert.deepEqual(dates('It was the turn of the government to respond.', '2025-02-11'), []);
  });
});

suite('dates at the news desk: the quarter a company reports', () => {
  test('"the quarter ended March 31, 2024" under a "Q4" headline is the quarter to that day; a quarter named "fiscal" keeps its name', () => {
    const indian = 'Carmaker profit triples in Q4\n\nThe carmaker on Wednesday reported a jump in net profit for the quarter ended March 31, 2024.';
    assert.deepEqual(dates(indian, '2024-05-15')[2], ['the quarter', 'DATE', '2024-Q1']);
    const fiscal = 'The maker posted a profit for the fiscal first quarter. It reported sales of $538 million for the quarter ended Sept. 29.';
    assert.deepEqual(dates(fiscal, '1989-10-20')[1], ['the quarter', 'DATE', '1989-Q1']);
  });
});

suite('dates at the news desk: a live blog under day headings', () => {
  test('"Friday 5 July" over a blank line and "07.55 BST": the heading is the day, the stamp a time on it (was 5 July 2007, the stamp lost)', () => {
    const blog = 'Results as they happened\n\nFriday 5 July\n\n07.55 BST\nThe leader will travel to the palace.\n\nThursday 4 July\n\n22.00 BST\nThe exit poll is out.';
    assert.deepEqual(dates(blog, '2024-07-05'), [
      ['Friday 5 July', 'DATE', '2024-07-05'],
      ['07.55 BST', 'TIME', '2024-07-05T07:55'],
      ['Thursday 4 July', 'DATE', '2024-07-04'],
      ['22.00 BST', 'TIME', '2024-07-04T22:00'],
    ]);
  });
});

suite('dates at the news desk: "last" and the day before', () => {
  test('"last Tuesday" written on a Wednesday is a week before yesterday; "this past Tuesday" is yesterday', () => {
    assert.deepEqual(only('Protests first broke out last Tuesday.', '2024-06-26'), ['last Tuesday', 'DATE', '2024-06-18']);
    assert.deepEqual(only('Protests broke out this past Tuesday.', '2024-06-26'), ['past Tuesday', 'DATE', '2024-06-25']);
    assert.deepEqual(only('Protests broke out last Friday.', '2024-06-26'), ['last Friday', 'DATE', '2024-06-21']);
  });
});

suite('dates at the news desk: a weekday and its date', () => {
  test('"on Monday night, Nov. 4": the date set off after a weekday and a part of the day is its day', () => {
    assert.deepEqual(dates('She speaks in Philadelphia on Monday night, Nov. 4, and he holds a rally the same night.', '2024-10-28')[0], ['Monday night', 'TIME', '2024-11-04TNI']);
  });

  test('a weekday alone after the story gave it with its date is that day, unless the tense puts it the other side of the article date', () => {
    const preview = 'Arsenal host United on Wednesday, December 4. They face West Ham on Saturday. "Tomorrow is important, but we have one eye on Wednesday too," Arteta said.';
    assert.deepEqual(dates(preview, '2024-11-29').at(-1), ['Wednesday', 'DATE', '2024-12-04']);
    assert.deepEqual(dates('Arsenal host United on Wednesday, December 4. They lost to Chelsea on Wednesday.', '2024-11-29').at(-1), ['Wednesday', 'DATE', '2024-11-27']);
  });
});

suite('dates at the news desk: a winter across two years', () => {
  test('"the winter of 1962-63" is one season, the first year\'s winter (was 1962 and 1963)', () => {
    assert.deepEqual(dates('In the winter of 1962-63 he oversaw repairs to the river walls.', '2024-07-18'), [['the winter of 1962-63', 'DATE', '1962-WI']]);
  });
});

suite('dates at the news desk: a clock time after a day in the possessive', () => {
  test('"on Tuesday after Monday\'s sell-off … by midday": the story\'s day, not the sell-off\'s; alone, the possessive day is the story\'s', () => {
    assert.deepEqual(dates("Shares rose on Tuesday after Monday's sell-off, the worst since 1997. The index was up 6% by midday.", '2025-04-08').at(-1), ['midday', 'TIME', '2025-04-08T12:00']);
    assert.deepEqual(dates("He won Tuesday's primary. His rival conceded when polls closed at 8 p.m.", '2016-02-10').at(-1), ['8 p.m.', 'TIME', '2016-02-09T20:00']);
  });
});

suite('dates at the news desk: midnight after a holiday or "the same day"', () => {
  test('"shuts at midnight the same day", "close at midnight on Christmas Eve": the midnight that ends the day (T24); "from midnight" starts it', () => {
    assert.deepEqual(dates('The window closes at 11pm on Monday, February 3. In Scotland it shuts at midnight the same day.', '2025-01-30').at(-1), ['midnight the same day', 'TIME', '2025-02-03T24:00']);
    assert.deepEqual(only('Bars must close by midnight on Christmas Eve.', '2024-12-10'), ['midnight on Christmas Eve', 'TIME', '2024-12-24T24:00']);
    assert.deepEqual(only('The curfew runs from midnight on Christmas Eve.', '2024-12-10'), ['midnight on Christmas Eve', 'TIME', '2024-12-24T00:00']);
  });
});

suite('dates at the news desk: holidays of other calendars', () => {
  test('"Lunar New Year\'s Day" opening a sentence is no 1 January; "New Year\'s Day" alone is', () => {
    assert.deepEqual(dates("The holiday is longer this year. Lunar New Year's Day falls on Wednesday, January 29.", '2025-01-20').at(-1), ['Wednesday, January 29', 'DATE', '2025-01-29']);
    // Lunar New Year's Day itself is the day of its own calendar (holidayParser.ts).
    assert.deepEqual(dates("The holiday is longer this year. Lunar New Year's Day falls on Wednesday, January 29.", '2025-01-20')[1], ["Lunar New Year's Day", 'DATE', '2025-01-29']);
    assert.deepEqual(dates("New Year's Day falls on a Wednesday.", '2025-01-20')[0], ["New Year's Day", 'DATE', '2025-01-01']);
  });
});
