import * as assert from 'node:assert/strict';
import { RecentRuns } from '../../src/core/incremental/recentRuns';

suite('RecentRuns', () => {
  test('the run closest to a text is the version of it sharing most at its two ends; another text sharing a little is none', () => {
    const runs = new RecentRuns<{ text: string; name: string }>();
    const a = { text: 'The council met on Monday. It voted.', name: 'a' };
    const b = { text: 'Rain fell all week in the north.', name: 'b' };
    runs.keep(a, undefined);
    runs.keep(b, undefined);
    assert.equal(runs.closest('The council met on Tuesday. It voted.')?.run.name, 'a');
    assert.equal(runs.closest('Rain fell all day in the north.')?.run.name, 'b');
    assert.equal(runs.closest('xyz'), undefined);
    assert.equal(runs.closest('The council met on Tuesday. It voted.', (r) => r.name !== 'a'), undefined, 'b shares only the full stop');
    assert.equal(runs.closest('The council met in private after a long week of rain fell.'), undefined, 'a shares only its start');
  });

  test('a new run takes the place of the one it was diffed against; past the limit the oldest goes', () => {
    const runs = new RecentRuns<{ text: string }>(2);
    const first = { text: 'first text' };
    const second = { text: 'second text' };
    runs.keep(first, undefined);
    runs.keep(second, undefined);
    const edited = { text: 'first text!' };
    runs.keep(edited, first);
    assert.equal(runs.closest('first text')?.run, edited);
    assert.equal(runs.keyChars, 'second text'.length + 'first text!'.length);
    runs.keep({ text: 'third text' }, undefined);
    assert.equal(runs.keyChars, 'first text!'.length + 'third text'.length, 'the oldest (second) went');
  });
});
