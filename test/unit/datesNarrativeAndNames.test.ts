import * as assert from 'node:assert/strict';
import { dates, only } from './helpers/foundDates';

// Dates of a story told in the past, and numbers that only look like dates. Sentences
// written for these tests; the article date is Wednesday 21 June 2023 unless a test gives another.

suite('dates: what should have been done', () => {
  test('"were supposed to submit by February" is the February gone by', () => {
    assert.deepEqual(only('Councils were supposed to submit their budgets by February, but most missed the deadline.', '2026-11-30'), ['February', 'DATE', '2026-02']);
    assert.deepEqual(only('The minister was supposed to open the bridge in September.', '2026-07-15'), ['September', 'DATE', '2025-09']);
  });

  test('"is supposed to" still looks ahead', () => {
    assert.deepEqual(only('The council is supposed to publish its plan by February.', '2026-11-30'), ['February', 'DATE', '2027-02']);
  });

  test('a noun after a possessive is no present verb: "their plans by February"', () => {
    assert.deepEqual(only('Councils were supposed to submit their plans by February.', '2026-11-30'), ['February', 'DATE', '2026-02']);
  });
});

suite('dates: a deadline a promise set', () => {
  test('"promised an independent review by the end of January" is the January ahead, object or no infinitive', () => {
    assert.deepEqual(only('The First Minister promised an independent review by the end of January.', '2026-11-24'), ['end of January', 'DATE', '2027-01']);
    assert.deepEqual(only('The mayor pledged new flood walls by March.', '2026-11-24'), ['March', 'DATE', '2027-03']);
  });

  test('not a deal agreed by a date, nor a thing promised in the past tense of the passive', () => {
    assert.deepEqual(only('Ministers agreed a deal by March.', '2026-11-24'), ['March', 'DATE', '2026-03']);
    assert.deepEqual(only('The work was promised by January.', '2026-11-24'), ['January', 'DATE', '2026-01']);
  });
});

suite('dates: years inside names', () => {
  test('a year in a name just given, or between two words of one name, is no date', () => {
    assert.deepEqual(dates('She ran a trading firm called Atlas 1984, which sold tractors.'), []);
    assert.deepEqual(dates('The servers still run Windows 2000 Server, the audit found.'), []);
    assert.deepEqual(dates('He chaired the Glasgow 2014 Organising Committee.'), []);
  });

  test('a model year before a vehicle make is the car\'s, no date of the story', () => {
    assert.deepEqual(dates('Police found his 1994 Toyota Corolla abandoned near the border.'), []);
  });

  test('a place or a campaign before a year, and a year before an event, still date it', () => {
    assert.deepEqual(only('Think of Carter in Iowa 1976 and what followed.'), ['1976', 'DATE', '1976']);
    assert.deepEqual(only('The 2016 Republican convention was held in Cleveland.'), ['2016', 'DATE', '2016']);
  });
});

suite('dates: years after a name that still date', () => {
  test('an owner\'s year ("Kerry\'s 2004 Democratic campaign") and a headline\'s', () => {
    assert.deepEqual(only("She worked on Kerry's 2004 Democratic campaign."), ['2004', 'DATE', '2004']);
    assert.deepEqual(only('Democrats Say 2024 Is Not Lost Yet'), ['2024', 'DATE', '2024']);
  });
});

suite('dates: holidays of other calendars', () => {
  test('Lunar New Year, the Eids, the start of Ramadan and Diwali fall on their day of the year', () => {
    assert.deepEqual(only('Millions travelled home for Lunar New Year.', '2026-03-02'), ['Lunar New Year', 'DATE', '2026-02-17']);
    assert.deepEqual(only("Fireworks lit up the harbour on Chinese New Year's Eve.", '2026-03-02'), ["Chinese New Year's Eve", 'DATE', '2026-02-16']);
    // A new moon minutes before midnight in Beijing, which ICU's approximate one puts after it.
    assert.deepEqual(only('Factories will shut for Lunar New Year.', '2026-11-30'), ['Lunar New Year', 'DATE', '2027-02-06']);
    assert.deepEqual(only('Mosques were packed for Eid al-Fitr.', '2025-04-02'), ['Eid al-Fitr', 'DATE', '2025-03-30']);
    assert.deepEqual(only('Prices of sheep rise before Eid al-Adha.', '2025-05-20'), ['Eid al-Adha', 'DATE', '2025-06-06']);
    assert.deepEqual(only('The start of Ramadan was announced on state television.', '2026-03-01'), ['start of Ramadan', 'DATE', '2026-02-18']);
    assert.deepEqual(only('Sweet shops were busy before Diwali.', '2024-11-03'), ['Diwali', 'DATE', '2024-10-31']);
  });

  test('the Jewish holidays and the Orthodox Easter and Christmas', () => {
    assert.deepEqual(only('Synagogues were full on Yom Kippur.', '2025-10-05'), ['Yom Kippur', 'DATE', '2025-10-02']);
    assert.deepEqual(only('Families will gather for Passover.', '2026-03-10'), ['Passover', 'DATE', '2026-04-02']);
    assert.deepEqual(only('The first candle of Hanukkah will be lit in the square.', '2026-11-30'), ['Hanukkah', 'DATE', '2026-12-05']);
    assert.deepEqual(only('Churches in Belgrade were full for Orthodox Easter.', '2025-04-25'), ['Orthodox Easter', 'DATE', '2025-04-20']);
    assert.deepEqual(only('Orthodox Christmas is celebrated in Serbia.', '2026-11-30'), ['Orthodox Christmas', 'DATE', '2027-01-07']);
  });

  test('a year after the holiday names it; an Eid that falls twice in one year is the first', () => {
    assert.deepEqual(only('Eid al-Fitr 2024 was marked with prayers.', '2026-11-30'), ['Eid al-Fitr 2024', 'DATE', '2024-04-10']);
    assert.deepEqual(only('Eid al-Fitr 2000 was marked with prayers.', '2026-11-30'), ['Eid al-Fitr 2000', 'DATE', '2000-01-08']);
  });

  test('a bare "Eid" is the nearer of the two; a name is none ("Mohamed Eid said", "the Passover Seder")', () => {
    assert.deepEqual(only('Shops close early for Eid.', '2026-05-20'), ['Eid', 'DATE', '2026-05-27']);
    assert.deepEqual(dates('Mohamed Eid said the market was calm.', '2026-05-20'), []);
    assert.deepEqual(dates('She led the Passover Seder.', '2026-05-20'), []);
  });
});

suite('dates: a clock time on the day of the same event', () => {
  const story = 'The councillor was attacked on 12 March outside her office. Police said on Monday that they had '
    + 'arrested a man on 2 November and that forensic tests were continuing.\n\n'
    + 'Colleagues described her as a tireless campaigner for the estate, where she had lived all her life and where neighbours '.repeat(3)
    + '\n\nThe councillor was attacked at 9pm as she locked the door.';

  test('a bare clock time in a past clause, no day just before it, is on the day the same verb told earlier', () => {
    assert.deepEqual(dates(story, '2026-11-30').at(-1), ['9pm', 'TIME', '2026-03-12T21:00']);
  });

  test('another verb, or a present clause, keeps the article\'s day', () => {
    assert.deepEqual(dates(story.replace('was attacked at 9pm', 'was photographed at 9pm'), '2026-11-30').at(-1), ['9pm', 'TIME', '2026-11-30T21:00']);
    assert.deepEqual(dates(story.replace('was attacked at 9pm as she locked', 'is attacked at 9pm as she locks'), '2026-11-30').at(-1), ['9pm', 'TIME', '2026-11-30T21:00']);
  });
});

suite('dates: the year a story is set in', () => {
  test('"January of that year" after the story\'s year and a day of the article\'s week is in the story\'s year', () => {
    assert.deepEqual(dates('An inquiry into the collapse of 2024 heard on Monday that engineers had warned of cracks as early as January of that year.', '2026-11-30'), [
      ['2024', 'DATE', '2024'],
      ['Monday', 'DATE', '2026-11-30'],
      ['January', 'DATE', '2024-01'],
      ['that year', 'DATE', '2024'],
    ]);
  });

  test('a noun between a possessive and "plans" leaves "plans" a noun: "their flood plans by February"', () => {
    assert.deepEqual(only('Councils were supposed to submit their flood plans by February.', '2026-11-30'), ['February', 'DATE', '2026-02']);
  });
});

suite('dates: "later in the day", "earlier in the week"', () => {
  test('the day, week or month the story is on, else the article\'s', () => {
    const thursday = '2026-03-12';
    assert.deepEqual(dates('The minister said earlier in the day that he would resign.', thursday), [['the day', 'DATE', '2026-03-12']]);
    assert.deepEqual(dates('The president landed in Ohio on Monday. Later in the day he toured a steel plant.', thursday)[1], ['the day', 'DATE', '2026-03-09']);
    assert.deepEqual(dates('Later in the week, the board approved the merger.', thursday), [['the week', 'DATE', '2026-W11']]);
    assert.deepEqual(dates('Fares went up in January. Later in the month, the operator cut services.', thursday)[1], ['the month', 'DATE', '2026-01']);
  });

  test('"rather late in the day", "too late in the day": too late, no date', () => {
    assert.deepEqual(dates('It is rather late in the day for the council to change course.', '2026-03-12'), []);
  });
});

suite('dates: "later in the day" after a day of another time', () => {
  test('a day named paragraphs back in another year is background, not the story\'s day', () => {
    const thursday = '2026-03-12';
    const text = 'The senator spoke on Wednesday at a memorial for those killed on 9/11.\n\nShe has backed the bill since 2019. She met families for an hour.\n\nDuring a speech earlier in the day, she attacked the governor.';
    assert.deepEqual(dates(text, thursday).at(-1), ['the day', 'DATE', '2026-03-11']);
    // Named in the sentence before, a day of any year is the story's.
    assert.deepEqual(dates('On June 6, 1944, the first troops landed. Later in the day the weather cleared.', thursday).at(-1), ['the day', 'DATE', '1944-06-06']);
    // After a year ago, the day the story is on is still the article's.
    assert.deepEqual(dates('Profits are higher than a year ago. The shares had been down earlier in the day.', thursday).at(-1), ['the day', 'DATE', '2026-03-12']);
  });
});
