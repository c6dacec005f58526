import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { oneByteCopy } from '../../src/core/text/oneByteCopy';

suite('oneByteCopy', () => {
  test('is the same string, whatever its characters and however it was cut', () => {
    const pieces = ['said', 'May 5', ' ', '\n', '\u00a0', 'é', 'ÿ', '’', '“', '—', 'Ā', '😀', '\u0000', '\u00ff', '\u0100'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), fc.nat(8), (parts, cut) => {
        // Cut from a wider text, as the date finder's windows are.
        const text = `“${parts.join('')}”`.slice(1 + Math.min(cut, 1), -1);
        assert.equal(oneByteCopy(text), text);
      }),
      { numRuns: 2000 },
    );
  });

  test('keeps strings longer than one copy takes', () => {
    const long = `${'a'.repeat(5000)}’`.slice(0, 5000);
    assert.equal(oneByteCopy(long), long);
    assert.equal(oneByteCopy(''), '');
  });
});
