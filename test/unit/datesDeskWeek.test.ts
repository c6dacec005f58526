import * as assert from 'node:assert/strict';
import { dates } from './helpers/foundDates';

// Dates of a weekly business preview, a markets live blog and copy written across a year's end.
// Sentences written for these tests; the article date is Sunday 9 November 2025 unless a test
// gives another.
const SUNDAY = '2025-11-09';

suite('dates in the week ahead: clauses around the date', () => {
  test('a relative clause on a noun after the date does not date it; a verb after its object does', () => {
    // "return" says nothing of tense; "closed" is the market's, not the returning's.
    assert.deepEqual(dates('Traders return on Monday to a market that closed Friday at a record.', SUNDAY)[0], ['Monday', 'DATE', '2025-11-10']);
    assert.deepEqual(dates('Ministers gather on Tuesday in a city that hosted the summit.', SUNDAY)[0], ['Tuesday', 'DATE', '2025-11-11']);
    // After the relative clause's object, the main clause's verb dates the date again.
    assert.deepEqual(dates('Tuesday’s raid on a depot that stored fuel was condemned.', SUNDAY)[0], ['Tuesday', 'DATE', '2025-11-04']);
    // A relative clause opened right after the date still tells of it.
    assert.deepEqual(dates('The storm on Wednesday that flooded the town left two dead.', SUNDAY)[0], ['Wednesday', 'DATE', '2025-11-05']);
  });
});

suite('dates in the week ahead: figures a forecast follows', () => {
  test('"after a gain of 254,000 in September": the change a forecast comes after was seen, whatever the tense', () => {
    assert.deepEqual(dates('Payrolls are expected to rise by 90,000, after a gain of 120,000 in September.', SUNDAY)[0], ['September', 'DATE', '2025-09']);
    assert.deepEqual(dates('Growth will slow to 0.1%, following a 0.5% rise in the third quarter.', SUNDAY)[0], ['the third quarter', 'DATE', '2025-Q3']);
    assert.deepEqual(dates('Rents will climb again after falling 2% in August.', SUNDAY)[0], ['August', 'DATE', '2025-08']);
    // No figure, no earlier change: the month is what lies ahead.
    assert.deepEqual(dates('The bank will pause after a rise in December.', SUNDAY)[0], ['December', 'DATE', '2025-12']);
    assert.deepEqual(dates('The bank will pause after a rise in March.', SUNDAY)[0], ['March', 'DATE', '2026-03']);
  });
});

suite('dates in the week ahead: a relative aside before the verb', () => {
  test('"The company, whose year ends in January, cut its guidance in August": the aside does not date the verb after it', () => {
    assert.deepEqual(dates('The retailer, whose year ends in January, cut its outlook in August.', SUNDAY)[1], ['August', 'DATE', '2025-08']);
    assert.deepEqual(dates('The bank, which meets again in December, cut rates in September.', SUNDAY)[1], ['September', 'DATE', '2025-09']);
  });
});

suite('dates in the week ahead: a live blog\'s timetable', () => {
  test('", followed by … at 1pm the same day": a participle phrase after a comma takes no past of its own', () => {
    assert.deepEqual(dates('The central bank announces its decision on Thursday at 11:00 GMT, followed by a briefing at 13:30 GMT the same day.', SUNDAY).slice(1), [
      ['13:30 GMT', 'TIME', '2025-11-13T13:30'],
      ['the same day', 'DATE', '2025-11-13'],
    ]);
    // A past verb of the clause still dates it.
    assert.deepEqual(dates('Shares fell on Thursday, dragged down by miners, and recovered at 2pm.', SUNDAY), [['Thursday', 'DATE', '2025-11-06'], ['2pm', 'TIME', '2025-11-06T14:00']]);
  });
});

suite('dates across a year\'s turn', () => {
  test('"picked up towards the end of the year", written on 2 January, is the year just ended; a deadline or a later date keeps this year', () => {
    assert.deepEqual(dates('Demand picked up sharply towards the end of the year.', '2026-01-02'), [['the end of the year', 'DATE', '2025']]);
    assert.deepEqual(dates('Rents rose again at the end of the month.', '2026-03-04'), [['end of the month', 'DATE', '2026-02']]);
    assert.deepEqual(dates('The plan will be ready by the end of the year.', '2026-01-02'), [['the end of the year', 'DATE', '2026']]);
    assert.deepEqual(dates('The firm was on track to hit its target by the end of the year.', '2026-01-02'), [['the end of the year', 'DATE', '2026']]);
    assert.deepEqual(dates('Demand picked up sharply towards the end of the year.', '2026-10-20'), [['the end of the year', 'DATE', '2026']]);
  });

  test('the month just ended stays behind in a future clause across the year\'s turn, as within a year', () => {
    assert.deepEqual(dates('Figures for December will be released next week.', '2026-01-05')[0], ['December', 'DATE', '2025-12']);
    assert.deepEqual(dates('Figures for October will be released next week.', '2026-11-05')[0], ['October', 'DATE', '2026-10']);
    // Further back, a month in a future clause is the next one.
    assert.deepEqual(dates('The festival will return in November.', '2026-01-05')[0], ['November', 'DATE', '2026-11']);
  });
});

suite('dates in a forecast: what should happen', () => {
  test('"skies should clear on Saturday", "and the weekend should be fine" are ahead; "should have been" and a date inside a phrase are not', () => {
    // Monday 3 November 2025.
    const MONDAY = '2025-11-03';
    assert.deepEqual(dates('Skies should clear on Saturday.', MONDAY), [['Saturday', 'DATE', '2025-11-08']]);
    assert.deepEqual(dates('Showers are due on Tuesday and the weekend should be dry.', MONDAY)[1], ['weekend', 'DATE', '2025-W45-WE']);
    assert.deepEqual(dates('The match should have been played on Saturday.', MONDAY), [['Saturday', 'DATE', '2025-11-01']]);
    assert.deepEqual(dates('A treaty signed in July could lead to more trade.', MONDAY), [['July', 'DATE', '2025-07']]);
  });
});
