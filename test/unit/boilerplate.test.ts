import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { isWebBoilerplateLine } from '../../src/core/text/webBoilerplate';

suite('web boilerplate in the article', () => {
  test('whole lines only: "ADVERTISEMENT" is boilerplate, a sentence mentioning an advertisement is not', () => {
    assert.ok(isWebBoilerplateLine('ADVERTISEMENT'));
    assert.ok(isWebBoilerplateLine('SCROLL TO CONTINUE READING'));
    assert.ok(!isWebBoilerplateLine('The advertisement ran on Monday.'));
  });

  test('a boilerplate line gives no organization or person, the article around it still does', () => {
    const text = 'Talks resumed in Nairobi.\n\nADVERTISEMENT\n\nSCROLL TO CONTINUE READING\n\n"We are close," said Peter Otieno, the transport minister.\n';
    const a = annotate(text, { documentDate: '2024-03-06' });
    const names = [...a.organizations, ...a.people].map((e) => e.name);
    assert.ok(!names.some((n) => /ADVERTISEMENT|SCROLL/.test(n)), JSON.stringify(names));
    assert.ok(names.includes('Peter Otieno'));
    assert.equal(a.quotes[0].speakerName, 'Peter Otieno');
  });
});
