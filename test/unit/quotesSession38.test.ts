import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import type { Quote } from '../../src/core/types';

// Session 38 (quotes38): marks that close nothing, cues that are nouns or passives.

function quotes(text: string): Quote[] {
  return annotate(text, { documentDate: '2024-03-06' }).quotes;
}

function marked(text: string): Quote[] {
  return quotes(text).filter((q) => q.kind !== 'indirect');
}

suite('quotes: the inch mark of a height', () => {
  test('a height in feet and inches with curly marks ends no quotation: “… he’s like 6’2”,” Rubio said', () => {
    const text = '“I admit, he’s taller than me; he’s like 6’2”,” Rubio said on Sunday.';
    const found = marked(text);
    assert.equal(found.length, 1);
    assert.equal(found[0].text, '“I admit, he’s taller than me; he’s like 6’2”,”');
    assert.equal(found[0].speakerName, 'Rubio');
  });

  test('the quote goes on past a height in its middle to its own closing mark', () => {
    const text = 'The senator laughed.\n\n“His hands are the size of someone who is 5’2”. You know what they say about men with small hands.”';
    const found = marked(text);
    assert.equal(found.length, 1);
    assert.ok(found[0].text.endsWith('small hands.”'), found[0].text);
    assert.equal(found[0].kind, 'direct');
  });
});
