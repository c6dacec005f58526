import * as assert from 'node:assert/strict';
import { readTimex } from '../../src/core/dates/timexReading';
import { dates, only } from './helpers/foundDates';

// Deadlines, warnings and idioms: sentences written for these tests; each gives its article date.

suite('dates: deadlines at midnight, limits after a perfect, weekends and idioms', () => {
  test('midnight on a date ends that day, as midnight on a weekday does', () => {
    const wednesday = '2027-01-20';
    assert.deepEqual(only('Residents can comment until midnight on 6 February.', wednesday), ['midnight on 6 February', 'TIME', '2027-02-06T24:00']);
    assert.deepEqual(only('Residents can comment until midnight on Sunday.', wednesday), ['midnight on Sunday', 'TIME', '2027-01-24T24:00']);
    assert.deepEqual(only('Returns are due by midnight on January 31, 2027.', wednesday), ['midnight on January 31, 2027', 'TIME', '2027-01-31T24:00']);
    // The start of a range is that day's first moment, and so is the midnight something happened after.
    assert.deepEqual(only('The quake struck shortly after midnight on Aug. 17, 1976.', wednesday), ['midnight on Aug. 17, 1976', 'TIME', '1976-08-17T00:00']);
    assert.deepEqual(dates('The ban runs from midnight on 6 February until 6am.', wednesday)[0], ['midnight on 6 February', 'TIME', '2027-02-06T00:00']);
  });

  test('midnight alone in a clause that looks ahead ends the day; in a past one it opened it', () => {
    const thursday = '2026-03-12';
    assert.deepEqual(dates('The 48-hour walkout will begin at midnight.', thursday).at(-1), ['midnight', 'TIME', '2026-03-12T24:00']);
    assert.deepEqual(only('The ceasefire is due to take effect at midnight, officials said.', thursday), ['midnight', 'TIME', '2026-03-12T24:00']);
    assert.deepEqual(only('The walkout began at midnight.', thursday), ['midnight', 'TIME', '2026-03-12T00:00']);
    assert.deepEqual(only('Results will come in after midnight.', thursday), ['midnight', 'TIME', '2026-03-12T00:00']);
  });

  test('a perfect before "until" and a day: the state lasts until a day still ahead', () => {
    const tuesday = '2025-12-09';
    assert.deepEqual(only('The Met Office has issued an amber warning until 06:00 on Wednesday.', tuesday), ['06:00 on Wednesday', 'TIME', '2025-12-10T06:00']);
    assert.deepEqual(only('The bridge has been closed until Friday.', tuesday), ['Friday', 'DATE', '2025-12-12']);
    assert.deepEqual(only('Rail operators have suspended services till Monday.', tuesday), ['Monday', 'DATE', '2025-12-15']);
    // The past stays past, and so does a clause opened after the perfect.
    assert.deepEqual(only('The bridge stayed closed until Friday.', tuesday), ['Friday', 'DATE', '2025-12-05']);
    assert.deepEqual(only('He has admitted he stayed until Friday.', tuesday), ['Friday', 'DATE', '2025-12-05']);
  });

  test('"last weekend" written on a Sunday is the one before the weekend under way', () => {
    assert.deepEqual(only('Last weekend, the talks failed.', '2025-12-07'), ['Last weekend', 'DATE', '2025-W48-WE']);
    assert.deepEqual(only('Last weekend, the talks failed.', '2025-12-08'), ['Last weekend', 'DATE', '2025-W49-WE']);
    assert.deepEqual(only('Last weekend, the talks failed.', '2025-12-06'), ['Last weekend', 'DATE', '2025-W48-WE']);
    assert.deepEqual(only('The talks failed this weekend.', '2025-12-07'), ['this weekend', 'DATE', '2025-W49-WE']);
  });

  test('"this day" alone is the moment spoken of, no date; "to this day" is until now', () => {
    assert.deepEqual(dates('"I never thought I would see this day," she said.', '2026-06-05'), []);
    assert.deepEqual(dates('This day, in the story of our two towns, will be remembered.', '2026-06-05'), []);
    assert.deepEqual(only('The mill stands to this day.', '2026-06-05'), ['this day', 'DATE', 'PRESENT_REF']);
  });

  test('the months every fiscal or school year runs between are of no one year', () => {
    const friday = '2025-12-05';
    assert.deepEqual(dates("India's fiscal year runs from April to March.", friday), [['April', 'DATE', 'XXXX-04'], ['March', 'DATE', 'XXXX-03']]);
    assert.deepEqual(only("The retailer's financial year ends in January.", friday), ['January', 'DATE', 'XXXX-01']);
    assert.deepEqual(only('The school year starts in September.', friday), ['September', 'DATE', 'XXXX-09']);
    // One year's: "this", "the current", a past verb.
    assert.deepEqual(dates('This fiscal year ends in March.', friday)[1], ['March', 'DATE', '2026-03']);
    assert.deepEqual(dates('The current financial year ends in March.', friday)[1], ['March', 'DATE', '2026-03']);
    assert.deepEqual(dates('The fiscal year ended in March.', friday)[1], ['March', 'DATE', '2025-03']);
    assert.equal(readTimex('DATE', 'XXXX-04'), 'April, year not given');
  });

  test('"overnight" alone in a forecast is the coming night; not in a past report, an adjective or "suddenly"', () => {
    const tuesday = '2025-12-09';
    assert.deepEqual(only('Heavy rain is forecast overnight, with 60mm on hills.', tuesday), ['overnight', 'TIME', '2025-12-09TNI']);
    assert.deepEqual(only('Frost overnight, then sunshine', tuesday), ['overnight', 'TIME', '2025-12-09TNI']);
    assert.deepEqual(only('Temperatures falling to minus 4C overnight.', tuesday), ['overnight', 'TIME', '2025-12-09TNI']);
    // A past "overnight" is as often "suddenly" or another day's night: left alone.
    assert.deepEqual(dates('Gales were recorded on the coast overnight.', tuesday), []);
    assert.deepEqual(dates('Overnight, the senator became a contender.', tuesday), []);
    // Beside another day, the night into that day: not the article's (datesDesk38.test.ts).
    assert.deepEqual(dates('Snow spreads north overnight into Sunday.', tuesday).map((d) => d[0]), ['overnight into Sunday']);
    assert.deepEqual(dates('Polls close at 10pm on 6 May. Counting of the rain-delayed ballots starts overnight.', tuesday).map((d) => d[0]), ['10pm on 6 May']);
    // In the present with no weather in the sentence, no forecast.
    assert.deepEqual(dates('Police are searching the area overnight.', tuesday), []);
    assert.deepEqual(dates('In overnight trading, the yen fell.', tuesday), []);
    assert.deepEqual(dates('The fix will not happen overnight.', tuesday), []);
    assert.deepEqual(dates('The band became famous almost overnight.', tuesday), []);
  });

  test('a headline with no full stop ends at its date line: "Published" is no verb of the headline', () => {
    const text = 'League sets calendar; season opens on Thursday, Sept. 9\nPublished: May 13, 2027\n\nThe season opens in September.';
    assert.deepEqual(dates(text, '2027-05-13')[0], ['Thursday, Sept. 9', 'DATE', '2027-09-09']);
    const school = 'Pupils break up for Christmas on Friday 18 December\nUpdated Monday 14 December 2026\n\nTerm ends on Friday.';
    assert.deepEqual(dates(school, '2026-12-14')[0], ['Christmas', 'DATE', '2026-12-25']);
  });

  test('the article\'s own weekday ahead, after a later day of the coming week named just before, is next week\'s', () => {
    const wednesday = '2026-05-20';
    assert.deepEqual(dates('The fast of Arafah falls on Tuesday. The festival itself begins on Wednesday.', wednesday), [['Tuesday', 'DATE', '2026-05-26'], ['Wednesday', 'DATE', '2026-05-27']]);
    assert.deepEqual(only('The festival begins on Wednesday.', wednesday), ['Wednesday', 'DATE', '2026-05-20']);
    // After a day gone by, or after tomorrow ("in Kansas on Thursday. … on Wednesday" is today's), as before.
    assert.deepEqual(dates('She will be in Kansas on Thursday. He is slated to speak on Wednesday.', wednesday)[1], ['Wednesday', 'DATE', '2026-05-20']);
    assert.deepEqual(dates('The vote was on Friday. Counting begins on Wednesday.', wednesday)[1], ['Wednesday', 'DATE', '2026-05-20']);
  });

  test('"the year" before a year of another calendar is no year of ours', () => {
    assert.deepEqual(dates('The festival ushered in the year 5787 at sundown.', '2026-09-12'), []);
    assert.deepEqual(only('The year 2021 was the wettest.', '2026-09-12'), ['The year 2021', 'DATE', '2021']);
  });
});
