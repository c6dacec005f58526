import * as assert from 'node:assert/strict';
import { cachedByText } from '../../src/core/text/cachedByText';

suite('cachedByText', () => {
  test('computes each text once, including a falsy answer, and forgets all past its limit', () => {
    const calls: string[] = [];
    const f = cachedByText((t: string) => {
      calls.push(t);
      return t === 'x' ? null : t.length;
    }, 3);
    assert.deepEqual([f('ab'), f('x'), f('ab'), f('x')], [2, null, 2, null]);
    assert.deepEqual(calls, ['ab', 'x']);
    f('c');
    f('d'); // the fourth text: the store was full, so it starts again
    f('ab');
    assert.deepEqual(calls, ['ab', 'x', 'c', 'd', 'ab']);
  });
});
