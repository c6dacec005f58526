import * as assert from 'node:assert/strict';
import { valuesAgree } from '../../scripts/eval/dates';

// The dates eval's reading aid: which value mismatches name the same time in another form.
suite('eval dates: values that agree without being equal', () => {
  test('a finer form, an unspecified part, an unpadded week: no contradiction', () => {
    assert.ok(valuesAgree('1998-10-23TNI', '1998-10-23'));
    assert.ok(valuesAgree('1989-W43', '1989-WXX'));
    assert.ok(valuesAgree('1968', '1968-XX'));
    assert.ok(valuesAgree('2000-W07', '2000-W7'));
    assert.ok(valuesAgree('1998', '1998-10'));
    assert.ok(valuesAgree('198', '198X'));
  });

  test('another day, week or year, a reference or a length: a contradiction', () => {
    assert.ok(!valuesAgree('1998-08-14', '1998-08-07'));
    assert.ok(!valuesAgree('2000-W14', '2000-W15'));
    assert.ok(!valuesAgree('1998-W33', 'P1W'));
    assert.ok(!valuesAgree('PRESENT_REF', '1998-03-05'));
    assert.ok(!valuesAgree('1989', '1988-12-31'));
    assert.ok(!valuesAgree(null, '1989'));
  });
});
