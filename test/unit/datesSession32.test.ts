import * as assert from 'node:assert/strict';
import { dates, only } from './helpers/foundDates';

// Dates of session 32, read off articles written for the purpose (sport, results, live
// blogs, holidays). Sentences written for these tests; the article date is Wednesday 21 June
// 2023 unless a test gives another.

suite('dates, session 32: counts of time run together', () => {
  test('"for 90 days a week later" is a duration and a date counted from the day before it', () => {
    assert.deepEqual(dates('The ban began on June 2 and was lifted for 30 days a week later.'), [
      ['June 2', 'DATE', '2023-06-02'],
      ['30 days', 'DURATION', 'P30D'],
      ['a week later', 'DATE', '2023-W23'],
    ]);
  });

  test('"them" is no count of minutes: "saw them a week later"', () => {
    assert.deepEqual(only('Police found them three days ago.'), ['three days ago', 'DATE', '2023-06-18']);
    assert.deepEqual(only('She visited them two weeks later.'), ['two weeks later', 'DATE', '2023-W27']);
  });

  test('a span of two parts joined by "and" stays one date', () => {
    assert.deepEqual(only('He returned two years and three months later.'), ['two years and three months later', 'DATE', '2025-09']);
  });
});

suite('dates, session 32: the bare past of "cut", "hit" after "the" and a singular noun', () => {
  test('"The Bank cut rates in August" is past: last August', () => {
    assert.deepEqual(only('The central bank cut rates in November.', '2025-03-21'), ['November', 'DATE', '2024-11']);
    assert.deepEqual(only('The storm hit the coast in August.', '2025-03-21'), ['August', 'DATE', '2024-08']);
  });

  test('not a compound noun ("the tax cut"), a plural subject, or "set" with a day ahead', () => {
    assert.deepEqual(only('The banks cut rates in August.', '2025-03-21'), ['August', 'DATE', '2025-08']);
    assert.deepEqual(only('The council set a deadline of April 30.', '2025-03-21'), ['April 30', 'DATE', '2025-04-30']);
  });
});
