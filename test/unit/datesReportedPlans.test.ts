import * as assert from 'node:assert/strict';
import { dates, only } from './helpers/foundDates';

// Dates a news desk reads differently from a verb-by-verb reading: written for these tests.
// The article date is given in each test.

suite('dates: a plan in reported speech, shifted back to "was"', () => {
  test('"warned that further action was likely in January" in November: the coming January', () => {
    assert.deepEqual(only('Ms Okafor warned that further strikes were likely in January if talks failed.', '2026-11-27'), ['January', 'DATE', '2027-01']);
    assert.deepEqual(only('The minister said the vote was expected in February.', '2026-11-27'), ['February', 'DATE', '2027-02']);
    assert.deepEqual(only('A spokeswoman told reporters the verdict was due on Monday.', '2026-11-27'), ['Monday', 'DATE', '2026-11-30']);
    assert.deepEqual(only('Officials said the hearing was set for Tuesday.', '2026-11-27'), ['Tuesday', 'DATE', '2026-12-01']);
  });

  test('the same in plain narrative is a plan of the past, and a deed after "said" stays a deed', () => {
    assert.deepEqual(only('The vote was expected in February, but it was postponed.', '2026-11-27'), ['February', 'DATE', '2026-02']);
    assert.deepEqual(only('Police said the van was set alight on Monday.', '2026-11-27'), ['Monday', 'DATE', '2026-11-23']);
    assert.deepEqual(dates('Analysts say a deal was unlikely in March.', '2026-11-27'), [['March', 'DATE', '2026-03']]);
  });
});

suite('dates: "is to" in reported speech, shifted back to "was to"', () => {
  test('"said the vote was to take place in January" in November: the coming January', () => {
    assert.deepEqual(only('The clerk said the ballot was to take place in January.', '2026-11-27'), ['January', 'DATE', '2027-01']);
    assert.deepEqual(only('Aides told reporters the leaders were to meet on Tuesday.', '2026-11-27'), ['Tuesday', 'DATE', '2026-12-01']);
  });

  test('plain narrative and "was to blame" keep the past', () => {
    assert.deepEqual(only('The ballot was to take place in January, but it was delayed.', '2026-11-27'), ['January', 'DATE', '2026-01']);
    assert.deepEqual(only('Police said the driver was to blame for the crash on Monday.', '2026-11-27'), ['Monday', 'DATE', '2026-11-23']);
  });
});

suite('dates: "a year earlier" after the day of a report', () => {
  test('"said Monday that sales rose from a year earlier": the year before, not that Monday a year back', () => {
    assert.deepEqual(dates('Shopkeepers said Monday that footfall was up 6 percent from a year earlier.', '2026-11-27')[1], ['a year earlier', 'DATE', '2025']);
    assert.deepEqual(dates('The agency told reporters on Tuesday that exports fell from a year earlier.', '2026-11-27')[1], ['a year earlier', 'DATE', '2025']);
  });

  test('a day that is what is compared keeps its day a year back', () => {
    assert.deepEqual(dates('Sales on Nov. 27 rose 4 percent from a year earlier.', '2026-11-28')[1], ['a year earlier', 'DATE', '2025-11-27']);
  });
});

suite('dates: "the end of the month" in a sentence set in another year', () => {
  test('the month the sentence is set in, not the article date\'s', () => {
    assert.deepEqual(dates('In April 2021, a similar stand-off dragged on until the end of the month.', '2026-11-27')[1], ['end of the month', 'DATE', '2021-04']);
    assert.deepEqual(dates('Three years ago, the strike lasted until the end of the month.', '2026-11-27')[1], ['end of the month', 'DATE', '2023-11']);
    // A year alone does not say which month.
    assert.deepEqual(dates('In 2019, the strike lasted until the end of the month.', '2026-11-27')[1], ['end of the month', 'DATE', '2019-XX']);
  });

  test('in a sentence of the article\'s year, or after "this", the month is as before', () => {
    assert.deepEqual(only('The strike will last until the end of the month.', '2026-11-27'), ['end of the month', 'DATE', '2026-11']);
    assert.deepEqual(dates('Three years ago, prices fell. Talks will go on until the end of the month.', '2026-11-27')[1], ['end of the month', 'DATE', '2026-11']);
  });
});

suite('dates: "May" of an event after an article and an adjective', () => {
  test('"a possible May election", "a snap May poll", "its May meeting": the month', () => {
    assert.deepEqual(only('The premier hinted at a possible May election.', '2026-01-27'), ['May', 'DATE', '2026-05']);
    assert.deepEqual(only('Rivals are preparing for a snap May poll.', '2026-01-27'), ['May', 'DATE', '2026-05']);
    assert.deepEqual(only('The board cancelled its May meeting.', '2026-08-10'), ['May', 'DATE', '2026-05']);
    assert.deepEqual(only('Delegates gather at the May conference in Leeds.', '2026-01-27'), ['May', 'DATE', '2026-05']);
    assert.deepEqual(only("The senator's May primary win looks safer.", '2026-08-10'), ['May', 'DATE', '2026-05']);
    assert.deepEqual(only("Labour's May conference was cancelled.", '2026-08-10'), ['May', 'DATE', '2026-05']);
  });

  test('"hinted at an early May election": ahead of the hinting, as for a month alone', () => {
    assert.deepEqual(only('The premier hinted at an early May election.', '2026-01-27'), ['early May', 'DATE', '2026-05']);
  });

  test('a surname or "May" without an event noun stays no date', () => {
    assert.deepEqual(dates('Theresa May backed the plan.', '2026-01-27'), []);
    assert.deepEqual(dates('A May spokesman declined to comment.', '2026-01-27'), []);
    assert.deepEqual(dates("Theresa May's election gamble failed.", '2026-01-27'), []);
  });
});

suite('dates: a month told in order after a month of an earlier year', () => {
  test('"became prime minister in January 2023 and lost the October election" is October 2023; after "since June 2014" a later month may be of any year', () => {
    const hipkins = dates('Chris Hipkins became prime minister in January 2023 and lost the October election.', '2025-11-20');
    assert.deepEqual(hipkins.find((d) => d[0] === 'October'), ['October', 'DATE', '2023-10']);
    const since = dates('Twitter has acted since June 2014, and again since the Paris attacks in November, officials said.', '2016-02-08');
    assert.deepEqual(since.find((d) => d[0] === 'November'), ['November', 'DATE', '2015-11']);
    // A month earlier in the year than the one named is no later step of that story.
    const earlier = dates('He joined in October 2019 and left in March.', '2025-11-20');
    assert.deepEqual(earlier.find((d) => d[0] === 'March'), ['March', 'DATE', '2025-03']);
  });
});

suite('dates: a past form under "would", shifted back from the present', () => {
  test('"said Melissa would weaken as it moved toward Cuba on Wednesday" is the coming Wednesday; a habit ("would often walk home after the shops closed on Friday") stays past', () => {
    assert.deepEqual(only('The hurricane center said Melissa would weaken slightly as it moved toward eastern Cuba on Wednesday.', '2025-10-28'), ['Wednesday', 'DATE', '2025-10-29']);
    assert.deepEqual(only('He said he would resign once a successor was chosen in March.', '2025-10-28'), ['March', 'DATE', '2026-03']);
    assert.deepEqual(only('He would often walk home after the shops closed on Friday.', '2025-10-28'), ['Friday', 'DATE', '2025-10-24']);
    assert.deepEqual(only('Melissa weakened as it moved toward Cuba on Wednesday.', '2025-10-28'), ['Wednesday', 'DATE', '2025-10-22']);
  });
});
