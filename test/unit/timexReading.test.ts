import * as assert from 'node:assert/strict';
import { lengthInWords, readTimex } from '../../src/core/dates/timexReading';

suite('TimeML values in words', () => {
  test('days, times of day and wider periods', () => {
    assert.equal(readTimex('DATE', '2023-06-19'), 'Mon 19 Jun 2023');
    assert.equal(readTimex('TIME', '2023-06-19T22:00'), 'Mon 19 Jun 2023, 22:00');
    assert.equal(readTimex('TIME', '2023-06-19TNI'), 'Mon 19 Jun 2023, night');
    assert.equal(readTimex('DATE', '2023-Q3'), 'Q3 2023');
    assert.equal(readTimex('DATE', '199'), 'the 1990s');
    assert.equal(readTimex('DATE', 'PRESENT_REF'), 'the present');
  });

  test('lengths of time, with a number the text does not give', () => {
    assert.equal(lengthInWords('P5Y'), '5 years');
    assert.equal(lengthInWords('P1D'), '1 day');
    assert.equal(lengthInWords('PT5H30M'), '5 hours and 30 minutes');
    assert.equal(lengthInWords('P1Y2M3D'), '1 year, 2 months and 3 days');
    assert.equal(lengthInWords('P2.5Y'), '2.5 years');
    assert.equal(lengthInWords('PXW'), 'some weeks');
    assert.equal(lengthInWords('P2CE'), '2 centuries');
    assert.equal(lengthInWords('P1M'), '1 month', 'M before T is months');
    assert.equal(lengthInWords('PT1M'), '1 minute', 'M after T is minutes');
  });

  test('recurring times', () => {
    assert.equal(readTimex('SET', 'P1W'), 'every week');
    assert.equal(readTimex('SET', 'P2W'), 'every 2 weeks');
    assert.equal(readTimex('SET', 'XXXX-WXX-2TNI'), 'every Tuesday night');
    assert.equal(readTimex('SET', 'XXXX-WXX-7'), 'every Sunday');
    assert.equal(readTimex('SET', 'XXXX-06'), 'every June');
    assert.equal(readTimex('SET', 'XXXX-XX-XXTMO'), 'every morning');
  });

  test('nothing to add for what is not a TimeML value it knows', () => {
    assert.equal(readTimex('DATE', null), null);
    assert.equal(readTimex('DATE', 'XXXX-06-19'), null);
    assert.equal(readTimex('DURATION', 'P'), null);
    assert.equal(readTimex('DURATION', 'P5Z'), null);
    assert.equal(readTimex('SET', 'PXD'), null);
  });
});
