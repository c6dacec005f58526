import * as assert from 'node:assert/strict';
import { lineThrough } from '../../scripts/bench/editLatency';

suite('bench: the line through edit costs by document size', () => {
  test('finds the fixed cost and the cost per 10 KB of points on a line', () => {
    const line = lineThrough([
      { kb: 25, ms: 1.5 + 0.25 * 2.5 },
      { kb: 50, ms: 1.5 + 0.25 * 5 },
      { kb: 100, ms: 1.5 + 0.25 * 10 },
    ]);
    assert.ok(Math.abs(line.fixedMs - 1.5) < 1e-9, `fixed ${line.fixedMs}`);
    assert.ok(Math.abs(line.msPer10KB - 0.25) < 1e-9, `per 10 KB ${line.msPer10KB}`);
  });

  test('fits scattered points by least squares', () => {
    // Points 1 ms above and below y = 2 + x / 10 balance out.
    const line = lineThrough([
      { kb: 0, ms: 3 },
      { kb: 0, ms: 1 },
      { kb: 100, ms: 13 },
      { kb: 100, ms: 11 },
    ]);
    assert.ok(Math.abs(line.fixedMs - 2) < 1e-9);
    assert.ok(Math.abs(line.msPer10KB - 1) < 1e-9);
  });

  test('gives a flat line when the size does not matter', () => {
    const line = lineThrough([{ kb: 25, ms: 4 }, { kb: 100, ms: 4 }]);
    assert.equal(line.msPer10KB, 0);
    assert.equal(line.fixedMs, 4);
  });

  test('refuses what no line fits', () => {
    assert.throws(() => lineThrough([{ kb: 50, ms: 3 }]), /at least two/);
    assert.throws(() => lineThrough([{ kb: 50, ms: 3 }, { kb: 50, ms: 4 }]), /must differ/);
  });
});
