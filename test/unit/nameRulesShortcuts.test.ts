import * as assert from 'node:assert/strict';
import { lastWordBefore } from '../../src/core/names/namesByWordsBeside';
import { mayOpenAs, openingCharacters } from '../../src/core/names/openingCharacters';
import { germanQuotationsIn } from '../../src/core/names/germanQuotes';

// The name rules' shortcuts past a pattern must read what the pattern reads. Sentences written
// for these tests, each cut at every position.

const cuts = (text: string): number[] => Array.from({ length: text.length + 1 }, (_, i) => i);

suite('name rules read characters where a pattern did', () => {
  test('the word before a name, and its comma, as LAST_WORD reads them in the 20 characters before', () => {
    const LAST_WORD = /([\p{Ll}-]+)(,?)\s+$/u;
    const texts = [
      'Shares of the lender Santander fell, said the port operator, Hutchison Ports, on Monday.',
      'The bank  Acme\nand the fund,\tZeta; 5, Omega; a - Beta; state-owned Gamma; abcdefghijklmnopqrstuvwxyz Delta.',
      'The über-firm Kappa, the café Lambda, the firm\u00a0Mu, the Bank Nu,Xi.',
    ];
    for (const text of texts) {
      for (const i of cuts(text)) {
        const m = LAST_WORD.exec(text.slice(Math.max(0, i - 20), i));
        assert.deepEqual(lastWordBefore(text, i), m === null ? null : [m[1], m[2]], JSON.stringify(text.slice(0, i)));
      }
    }
  });

  test('a word of a list may only be a token opening with a character one of its words opens with, or beyond ASCII', () => {
    const marks = openingCharacters(['Energy', 'Rail', 'Dáil', 'Óg']);
    assert.ok(mayOpenAs(marks, 'Energy') && mayOpenAs(marks, 'Railways') && mayOpenAs(marks, 'Dáil'));
    assert.ok(mayOpenAs(marks, 'Ó') && mayOpenAs(marks, 'Übung'), 'a character beyond ASCII lets every word through');
    assert.ok(!mayOpenAs(marks, 'energy') && !mayOpenAs(marks, 'Water') && !mayOpenAs(marks, ','));
  });

  test('a quotation in German is found, the filter of German words passing every one the word-by-word reading finds', () => {
    const paragraph = 'Merz called it "ein wichtiger Schritt" and said „Die Lage ist ernst“. "We are not there," he added. "DAS IST GUT", read a sign; “Reformen für alle” was the slogan; "Das Auto" was an ad slogan.';
    const found = germanQuotationsIn(paragraph);
    const quoted = [];
    for (let k = 0; k < found.length; k += 2) quoted.push(paragraph.slice(found[k], found[k + 1]));
    assert.deepEqual(quoted, ['ein wichtiger Schritt', 'Die Lage ist ernst', 'DAS IST GUT', 'Reformen für alle', 'Das Auto']);
    assert.deepEqual(germanQuotationsIn('She said "the den is closed" and "Im Sommer" again.').length, 2);
    assert.deepEqual(germanQuotationsIn('"No German here at all," he said.'), []);
  });
});
