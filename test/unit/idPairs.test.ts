import * as assert from 'node:assert/strict';
import { IdPairs } from '../../src/core/incremental/idPairs';

// The pairing of two versions' entity ids through mentions at the same place: one to one, or
// two people of one version would share the other's profile or speaker.
suite('Entity ids paired across two versions', () => {
  test('pairs an old id with a new one, and then only with it', () => {
    const pairs = new IdPairs();
    assert.ok(pairs.pair('p2', 'p3'));
    assert.ok(pairs.pair('p2', 'p3'), 'the same pair again');
    assert.ok(!pairs.pair('p2', 'p4'), 'an old person whose mentions now belong to two people');
    assert.equal(pairs.now('p2'), 'p3');
    assert.equal(pairs.old('p3'), 'p2');
  });

  test('pairs a new id with one old id only', () => {
    const pairs = new IdPairs();
    assert.ok(pairs.pair('p1', 'p1'));
    assert.ok(!pairs.pair('p2', 'p1'), 'two old people whose mentions now belong to one');
    assert.equal(pairs.now('p2'), undefined);
  });

  test('a mention of no entity matches only a mention of none', () => {
    const pairs = new IdPairs();
    assert.ok(pairs.pair(undefined, null));
    assert.ok(!pairs.pair('o1', null));
    assert.ok(!pairs.pair(undefined, 'o1'));
  });

  test('asks `accept` before a new pair, and keeps none it refuses', () => {
    const asked: string[] = [];
    const pairs = new IdPairs((a, b) => (asked.push(`${a}>${b}`), a !== 'p9'));
    assert.ok(pairs.pair('p1', 'p2'));
    assert.ok(pairs.pair('p1', 'p2'));
    assert.ok(!pairs.pair('p9', 'p3'));
    assert.deepEqual(asked, ['p1>p2', 'p9>p3'], 'once per new pair');
    assert.equal(pairs.old('p3'), undefined);
  });
});
