import * as assert from 'node:assert/strict';
import { weekdayMismatch } from '../../src/core/checks/weekdayMismatch';
import { isEditFix, type CheckFinding } from '../../src/core/checks/checkTypes';
import { runChecks } from '../../src/core/checks/checkRegistry';
import { annotate } from '../../src/core/annotate';
import type { Annotations, DateMention } from '../../src/core/types';
import { applyEdits, emptyAnnotations, spanOf } from './checkFixtures';

/** Annotations holding only the given dates, each `[text, value]` found in `text` in order. */
function withDates(text: string, dates: [string, string | null][], source: Annotations['documentDateSource'] = 'user'): Annotations {
  const a = emptyAnnotations('2023-06-15');
  a.documentDateSource = source;
  let from = 0;
  for (const [needle, value] of dates) {
    const start = text.indexOf(needle, from);
    assert.ok(start >= 0, `"${needle}" not in the fixture`);
    from = start + needle.length;
    const d: DateMention = { start, end: from, text: needle, type: value && value.includes('T') ? 'TIME' : 'DATE', value };
    a.dates.push(d);
  }
  return a;
}

function fixed(text: string, f: CheckFinding, fix: number): string {
  const chosen = f.fixes[fix];
  assert.ok(chosen && isEditFix(chosen), 'expected a text-edit fix');
  return applyEdits(text, chosen.edits);
}

suite('weekday-mismatch', () => {
  test('a weekday the date does not fall on, with a fix for the weekday and one for the day', () => {
    const text = 'The vote is set for Tuesday, June 19, 2023, officials said.';
    const [f, ...rest] = weekdayMismatch.run({ text, annotations: withDates(text, [['Tuesday, June 19, 2023', '2023-06-19']]) });
    assert.equal(rest.length, 0);
    assert.deepEqual([f.start, f.end], [spanOf(text, 'Tuesday, June 19, 2023').start, spanOf(text, 'Tuesday, June 19, 2023').end]);
    assert.equal(f.message, 'June 19, 2023 is a Monday, not a Tuesday.');
    assert.equal(fixed(text, f, 0), 'The vote is set for Monday, June 19, 2023, officials said.');
    assert.equal(fixed(text, f, 1), 'The vote is set for Tuesday, June 20, 2023, officials said.');
    assert.ok(f.fixes.every((x) => !x.preferred), 'either word may be the wrong one');
  });

  test('a weekday that matches its date is not flagged, nor a weekday or a date alone', () => {
    const text = 'It met on Monday, June 19, 2023, again on Friday and ends June 30.';
    const a = withDates(text, [['Monday, June 19, 2023', '2023-06-19'], ['Friday', '2023-06-16'], ['June 30', '2023-06-30']]);
    assert.deepEqual(weekdayMismatch.run({ text, annotations: a }), []);
  });

  test('abbreviated and capitalized weekdays keep their style in the fix', () => {
    const text = 'Hearing Tues., June 19. DEADLINE: TUESDAY, JUNE 19, 2023.';
    const found = weekdayMismatch.run({ text, annotations: withDates(text, [['Tues., June 19', '2023-06-19'], ['TUESDAY, JUNE 19, 2023', '2023-06-19']]) });
    assert.equal(found.length, 2);
    assert.equal(fixed(text, found[0], 0), 'Hearing Mon., June 19. DEADLINE: TUESDAY, JUNE 19, 2023.');
    assert.equal(fixed(text, found[1], 0), 'Hearing Tues., June 19. DEADLINE: MONDAY, JUNE 19, 2023.');
  });

  test('a weekday found as a mention of its own beside the date: "Wednesday (June 12)"', () => {
    const text = 'A hearing on Wednesday (June 12) was cancelled.';
    const [f] = weekdayMismatch.run({ text, annotations: withDates(text, [['Wednesday', '2023-06-14'], ['June 12', '2023-06-12']]) });
    assert.ok(f, 'expected a finding');
    assert.deepEqual([f.start, f.end], [text.indexOf('Wednesday'), text.indexOf(')')]);
    assert.equal(fixed(text, f, 0), 'A hearing on Monday (June 12) was cancelled.');
    assert.equal(fixed(text, f, 1), 'A hearing on Wednesday (June 14) was cancelled.');
  });

  test('no day fix when the nearest such weekday is in another month', () => {
    const text = 'Polls open Wednesday, June 1, 2023.';
    const [f] = weekdayMismatch.run({ text, annotations: withDates(text, [['Wednesday, June 1, 2023', '2023-06-01']]) });
    assert.equal(f.message, 'June 1, 2023 is a Thursday, not a Wednesday.');
    assert.equal(f.fixes.length, 1);
  });

  test('a year guessed for a dateline without one is not relied on; a written year is', () => {
    const text = 'Talks resume Tuesday, June 19. They ended Tuesday, June 19, 2023.';
    const a = withDates(text, [['Tuesday, June 19', '2023-06-19'], ['Tuesday, June 19, 2023', '2023-06-19']], 'dateline-without-year');
    assert.deepEqual(weekdayMismatch.run({ text, annotations: a }).map((f) => f.start), [text.indexOf('Tuesday, June 19, 2023')]);
  });

  test('times and unresolved dates: the day part is what counts', () => {
    const text = 'Doors open Tuesday, June 19 at 9 a.m.; the talk is Tuesday, June 19 (year unknown).';
    const a = withDates(text, [['Tuesday, June 19 at 9 a.m.', '2023-06-19T09:00'], ['Tuesday, June 19', null]]);
    assert.deepEqual(weekdayMismatch.run({ text, annotations: a }).map((f) => f.start), [text.indexOf('Tuesday')]);
  });

  test('end to end: found by the date finder and run with the other checks', () => {
    const text = 'WASHINGTON, June 15, 2023 - The vote is set for Tuesday, June 19, the speaker said. A hearing followed on Friday, Jan. 6, 2017.';
    const { findings } = runChecks({ text, annotations: annotate(text) });
    const mine = findings.filter((f) => f.checkId === 'weekday-mismatch');
    assert.deepEqual(mine.map((f) => text.slice(f.start, f.end)), ['Tuesday, June 19']);
  });
});
