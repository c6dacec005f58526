import * as assert from 'node:assert/strict';
import { dates, only } from './helpers/foundDates';

// Quarters of a game, forecasts made on a weekday, wishes and expectations reported in the
// past. Sentences written for these tests.

suite('dates: a game\'s quarters', () => {
  test('"scored in the fourth quarter" after "halftime", a coach\'s "third quarter": parts of a game, no dates', () => {
    assert.deepEqual(dates('The Hawks trailed by nine at halftime but scored 38 points in the fourth quarter.', '2025-11-03'), []);
    assert.deepEqual(dates('"We were sloppy," coach Dana Mills said. "The third quarter was the worst we have played."', '2025-11-03'), []);
  });

  test('a business quarter with no game about it stays a date', () => {
    assert.deepEqual(only('Sales of its games consoles fell 4% in the third quarter.', '2025-11-03'), ['the third quarter', 'DATE', '2025-Q3']);
    assert.deepEqual(only('The economy rebounded in the third quarter, figures showed.', '2025-11-03'), ['the third quarter', 'DATE', '2025-Q3']);
  });
});

suite('dates: forecasts made on a weekday', () => {
  test('"Acme forecast sales above estimates on Tuesday": the day the forecast was made, before the article date', () => {
    assert.deepEqual(only('Acme forecast sales above estimates on Tuesday, lifting its shares.', '2025-11-06'), ['Tuesday', 'DATE', '2025-11-04']);
    assert.deepEqual(only('The retailer forecast on Tuesday that margins would shrink.', '2025-11-06'), ['Tuesday', 'DATE', '2025-11-04']);
  });

  test('weather forecast for a day, and a forecast still to be made, look ahead', () => {
    assert.deepEqual(only('The agency forecast heavy rain on Sunday.', '2025-11-06'), ['Sunday', 'DATE', '2025-11-09']);
    assert.deepEqual(only('Analysts will forecast earnings on Monday.', '2025-11-06'), ['Monday', 'DATE', '2025-11-10']);
  });
});

suite('dates: wishes and expectations reported in the past', () => {
  test('"said he hoped to form a government before the summer": the next summer', () => {
    assert.deepEqual(only('Lindqvist said he hoped to form a government well before the summer.', '2025-10-29'), ['the summer', 'DATE', '2026-SU']);
    assert.deepEqual(only('The mayor told reporters the city wanted to reopen the pier in March.', '2025-10-29'), ['March', 'DATE', '2026-03']);
  });

  test('an overtaken wish, or one in a story told, keeps the past', () => {
    assert.deepEqual(only('Officials had hoped to open the line before the summer.', '2025-10-29'), ['the summer', 'DATE', '2025-SU']);
    assert.deepEqual(only('He wanted to visit the site on Monday.', '2025-10-29'), ['Monday', 'DATE', '2025-10-27']);
  });

  test('"she expected the next cut in February": an expectation with an object looks ahead', () => {
    assert.deepEqual(dates('The economist said on Tuesday she expected the next rate cut in February.', '2025-10-29')[1], ['February', 'DATE', '2026-02']);
    // "as expected", "had expected": no expectation still open.
    assert.deepEqual(only('Economists had expected a rebound in February.', '2025-10-29'), ['February', 'DATE', '2025-02']);
  });
});

suite('dates: words of frequency and of time that name something else', () => {
  test('"the Party daily Pravda", "the business daily reported": a newspaper, no frequency', () => {
    assert.deepEqual(dates('The speech was printed in the Party daily Pravda.'), []);
    assert.deepEqual(dates('The business daily reported that the two banks would merge.'), []);
    assert.deepEqual(dates("The daily's editor resigned."), []);
    // How often a thing is done stays a SET.
    assert.deepEqual(only('Protesters gather daily outside the court.'), ['daily', 'SET', 'P1D']);
    assert.deepEqual(dates('The weekly Monday meeting was cancelled.')[0], ['weekly', 'SET', 'P1W']);
  });

  test('"Now for the weather.": a presenter turning to the next item, no time', () => {
    assert.deepEqual(dates('Now for the weather. Now over to Jim in Washington.'), []);
    assert.deepEqual(only('Now for the first time, the court has ruled on it.'), ['Now', 'DATE', 'PRESENT_REF']);
  });
});

suite('dates: the past year as a length of time', () => {
  test('"over the past year", "in the past month": the twelve months (the month) up to the article date, P1Y, P1M', () => {
    assert.deepEqual(only('Rents have climbed 9% over the past year.', '2025-05-14'), ['past year', 'DURATION', 'P1Y']);
    assert.deepEqual(only('Three ministers quit in the past month.', '2025-05-14'), ['past month', 'DURATION', 'P1M']);
    // "this past year" and "last year" are the calendar year before.
    assert.deepEqual(only('This past year was the hardest yet.', '2025-05-14'), ['past year', 'DATE', '2024']);
    assert.deepEqual(only('Last year was the hardest yet.', '2025-05-14'), ['Last year', 'DATE', '2024']);
  });
});
