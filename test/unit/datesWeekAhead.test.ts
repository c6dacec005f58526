import * as assert from 'node:assert/strict';
import { dates, only } from './helpers/foundDates';

// The week-ahead column, fixture lists and council notices: timetables told in the present.
// Sentences written for these tests; each gives its article date.

const SUNDAY = '2026-12-06';

suite('dates in the week ahead: a timetable in the present', () => {
  test('"come out", "holds", "is released", "takes effect" before a weekday look ahead, from a Sunday too', () => {
    assert.deepEqual(only('Retail sales figures come out on Thursday.', SUNDAY), ['Thursday', 'DATE', '2026-12-10']);
    assert.deepEqual(only('The central bank holds its last meeting on Thursday.', SUNDAY), ['Thursday', 'DATE', '2026-12-10']);
    assert.deepEqual(only('The payrolls report is released on Friday.', SUNDAY), ['Friday', 'DATE', '2026-12-11']);
    assert.deepEqual(only('Trade data are published on Thursday.', SUNDAY), ['Thursday', 'DATE', '2026-12-10']);
    assert.deepEqual(only('They agreed a truce that takes effect on Friday.', SUNDAY), ['Friday', 'DATE', '2026-12-11']);
    assert.deepEqual(only('The festival, which falls on Thursday, draws crowds.', SUNDAY), ['Thursday', 'DATE', '2026-12-10']);
    assert.deepEqual(only('The festival fell on Thursday.', SUNDAY), ['Thursday', 'DATE', '2026-12-03']);
    // The past stays past.
    assert.deepEqual(only('Retail sales figures came out on Thursday.', SUNDAY), ['Thursday', 'DATE', '2026-12-03']);
    assert.deepEqual(only('The payrolls report was released on Friday.', SUNDAY), ['Friday', 'DATE', '2026-12-04']);
  });

  test('the verb is the date\'s only before it and with no comma between', () => {
    // The month a figure covers is not dated by its release.
    assert.deepEqual(dates('Output figures for October come out on Thursday.', SUNDAY), [['October', 'DATE', '2026-10'], ['Thursday', 'DATE', '2026-12-10']]);
    // After the date, "holds" is another thing's: a stake held.
    assert.deepEqual(only('The move follows Tuesday\'s offer by Vexa, which holds a 12% stake.', '2026-12-10'), ['Tuesday', 'DATE', '2026-12-08']);
    // Across a comma it dates nothing.
    assert.deepEqual(dates('The agency holds drills twice a year, the latest in September.', SUNDAY)[1], ['September', 'DATE', '2026-09']);
  });

  test('"is possible" before a day is a forecast, ahead; not "is possible after" a day or "that" something happened', () => {
    const monday = '2026-11-30';
    assert.deepEqual(only('Snow is possible on Friday.', monday), ['Friday', 'DATE', '2026-12-04']);
    assert.deepEqual(only('A deal is possible after Friday\'s talks.', monday), ['Friday', 'DATE', '2026-11-27']);
    assert.deepEqual(only('It is possible that he left on Friday.', monday), ['Friday', 'DATE', '2026-11-27']);
  });

  test('a participle of a charge after a noun ("a man accused of", "three men charged with") is no verb of the clause', () => {
    const friday = '2026-11-27';
    assert.deepEqual(dates('On Monday, the trial of a woman accused of arson continues in Perth.', friday)[0], ['Monday', 'DATE', '2026-11-30']);
    assert.deepEqual(only('On Monday, the woman was accused of arson.', friday), ['Monday', 'DATE', '2026-11-23']);
    assert.deepEqual(only('Two men charged with theft appeared in court on Monday.', friday), ['Monday', 'DATE', '2026-11-23']);
  });

  test('a relative clause set off by commas does not date the clause after it', () => {
    const sunday = '2026-11-29';
    assert.deepEqual(dates('Hartlepool, who had lost four in a row since late October, host Gateshead on Friday.', sunday)[1], ['Friday', 'DATE', '2026-12-04']);
    // Where the clause runs on into a list, its date is its own.
    assert.deepEqual(only('She replaces Tom Hale, who stepped down as chairman, chief executive and director in March for family reasons.', sunday), ['March', 'DATE', '2026-03']);
  });
});

suite('dates in the week ahead: weekends and written-out days', () => {
  test('"next weekend" written on a Sunday is the one six days on', () => {
    assert.deepEqual(only('Leeds play Wolves next weekend.', '2026-11-29'), ['next weekend', 'DATE', '2026-W49-WE']);
    assert.deepEqual(only('Leeds play Wolves next weekend.', '2026-11-28'), ['next weekend', 'DATE', '2026-W49-WE']);
    assert.deepEqual(only('Leeds play Wolves next weekend.', '2026-11-26'), ['next weekend', 'DATE', '2026-W49-WE']);
  });

  test('a weekday written with a day and month is that day in the year it falls on that weekday, not a day named before on another weekday', () => {
    // 20 April 2025 was Easter Sunday; 20 April 2026 a Monday.
    const found = dates('Last Easter, 11 people died on the roads. Schools reopen on Monday 20 April.', '2026-04-01');
    assert.deepEqual(found[1], ['Monday 20 April', 'DATE', '2026-04-20']);
  });

  test('a rate after an amount written short ("£1.2m a year") or a count in words ("three nights a week") is a SET', () => {
    assert.deepEqual(only('The change would save £1.2m a year.'), ['a year', 'SET', 'P1Y']);
    assert.deepEqual(only('It costs the city $4bn a year.'), ['a year', 'SET', 'P1Y']);
    assert.deepEqual(dates('She sang there three nights a week.')[1], ['a week', 'SET', 'P1W']);
  });

  test('a year in a participle clause set off by commas ("founded in 2017,") does not date the sentence\'s month and day', () => {
    assert.deepEqual(dates('Lumora, founded in 2015, reported sales for the six months ended June 30.', '2026-10-20')[2], ['June 30', 'DATE', '2026-06-30']);
    assert.deepEqual(dates('Kiln, set up in 2012, posted a loss in May.', '2026-10-20')[1], ['May', 'DATE', '2026-05']);
  });
});

suite('dates in the week ahead: holidays, forecasts and obituaries', () => {
  test('a name written before a holiday\'s inside a sentence makes it another holiday ("Constitution Memorial Day" is no US Memorial Day)', () => {
    assert.deepEqual(dates('The break spans Showa Day, Constitution Memorial Day and Children\'s Day.', '2026-04-28'), []);
    assert.deepEqual(dates('The film "A Very Smith Christmas" was a hit.', '2026-11-02'), []);
    // "US", a sentence's first word, and "on" leave it the holiday.
    assert.deepEqual(only('Markets shut for US Thanksgiving.', '2026-11-02'), ['Thanksgiving', 'DATE', '2026-11-26']);
    assert.deepEqual(dates('Crowds came. Memorial Day is next week.', '2026-05-18')[0], ['Memorial Day', 'DATE', '2026-05-25']);
  });

  test('"the Sunday after Thanksgiving", "the Friday before Christmas" count from the holiday', () => {
    assert.deepEqual(dates('The Sunday after Thanksgiving is the busiest day at airports.', '2026-11-23')[0], ['Sunday', 'DATE', '2026-11-29']);
    assert.deepEqual(dates('Shops stay open late on the Friday before Christmas.', '2026-11-23')[0], ['Friday', 'DATE', '2026-12-18']);
    // In a past clause, the last such day by the article date, though the holiday is still ahead.
    assert.deepEqual(dates('The debate was held the Saturday before Christmas.', '2026-12-23')[0], ['Saturday', 'DATE', '2026-12-19']);
  });

  test('a holiday with "this year" in its clause is the article year\'s, within half a year of it', () => {
    assert.deepEqual(dates('Cyber Monday deals started early this year.', '2026-11-23')[0], ['Cyber Monday', 'DATE', '2026-11-30']);
    assert.deepEqual(dates('Christmas was quiet this year.', '2026-01-10')[0], ['Christmas', 'DATE', '2025-12-25']);
  });

  test('a date right after "said" and right before "would" is what was said to come', () => {
    assert.deepEqual(only('The forecaster said Easter Sunday would be dry.', '2026-04-01'), ['Easter Sunday', 'DATE', '2026-04-05']);
    // Not after a participle: the merger announced on Monday.
    assert.deepEqual(only('A merger announced Monday would create a giant.', '2026-04-01'), ['Monday', 'DATE', '2026-03-30']);
  });

  test('"by the weekend" with no verb or in the present is ahead; not under a past verb', () => {
    assert.deepEqual(dates('Frost overnight, then rain by the weekend', '2026-11-30')[1], ['weekend', 'DATE', '2026-W49-WE']);
    assert.deepEqual(dates('The groups had raised $38 million to help him by the end of June.', '2026-11-20')[0], ['end of June', 'DATE', '2026-06']);
  });

  test('"possible as early as February" told in the past is still ahead; "twice a decade", "a few times a century" are rates', () => {
    assert.deepEqual(only('The bank held rates but said a cut was possible as early as February.', '2026-12-01'), ['February', 'DATE', '2027-02']);
    assert.deepEqual(only('Such floods come twice a decade.'), ['a decade', 'SET', 'P10Y']);
    assert.deepEqual(only('It happens a few times a century.'), ['a century', 'SET', 'P100Y']);
  });

  test('"twice in four days", "three times in a week" are lengths of time', () => {
    assert.deepEqual(only('Each side plays twice in four days.', '2026-11-24'), ['in four days', 'DURATION', 'P4D']);
    assert.deepEqual(only('They will meet in four days.', '2026-11-24'), ['in four days', 'DATE', '2026-11-28']);
  });

  test('"the decade" in a past clause after a year of an earlier decade is that year\'s decade', () => {
    assert.deepEqual(dates('He moved to Paris in 1973, and by the end of the decade he ran the gallery.', '2026-11-17')[1], ['the end of the decade', 'DATE', '197']);
    assert.deepEqual(dates('Sales fell in 2021. By the end of the decade they will double.', '2026-11-17')[1], ['the end of the decade', 'DATE', '202']);
  });
});
