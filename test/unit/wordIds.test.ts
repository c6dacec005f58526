import * as assert from 'node:assert/strict';
import { WordIds } from '../../src/core/names/wordIds';

suite('WordIds', () => {
  test('gives each distinct text the next id and finds it again from another string of the same text', () => {
    const ids = new WordIds();
    assert.equal(ids.add('Clinton'), 0);
    assert.equal(ids.add('said'), 1);
    assert.equal(ids.add('.'), 2);
    // A string built at run time, as a token's text is: equal text, another string.
    assert.equal(ids.find(['Clin', 'ton'].join('')), 0);
    assert.equal(ids.add('said'), 1);
    assert.equal(ids.find('clinton'), -1);
    assert.equal(ids.find(''), -1);
    assert.equal(ids.size, 3);
  });

  test('keeps every id through the table growing, and forgets all on clear', () => {
    const ids = new WordIds();
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`);
    words.forEach((w, i) => assert.equal(ids.add(w), i));
    words.forEach((w, i) => assert.equal(ids.find(w), i));
    // Texts that differ only in case or by one character stay apart.
    assert.equal(ids.find('W1'), -1);
    assert.equal(ids.find('w1!'), -1);
    ids.clear();
    assert.equal(ids.size, 0);
    assert.equal(ids.find('w1'), -1);
    assert.equal(ids.add('w1'), 0);
  });
});
