import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';

// Whose an infinitive of speech is: "X sat down with Y to talk about …" is X's talk, not Y's.

function speakerOf(text: string, quoteText: string): { name: string | null; mention: string | null } {
  const q = annotate(text, { documentDate: '2024-03-06' }).quotes.find((x) => x.text.includes(quoteText));
  assert.ok(q, `no quote containing ${JSON.stringify(quoteText)}`);
  return { name: q.speakerName, mention: q.speakerMention?.text ?? null };
}

suite('infinitive subjects: the one met "with" does not speak', () => {
  test('"sat down with the Gazette this week to talk about" is the sitter\'s', () => {
    const s = speakerOf("Gov. Ann Hale sat down with the Gazette this week to talk about the budget and the state's schools.", 'the budget');
    assert.equal(s.name, 'Ann Hale');
  });

  test('with no adjunct between, the same', () => {
    assert.equal(speakerOf('Laura Bush sat down with the Gazette to talk about the budget.', 'the budget').name, 'Laura Bush');
  });

  test('a pronoun subject goes on with the person named before', () => {
    const s = speakerOf('Laura Bush wrote a book. She sat down with the Gazette to talk about the budget.', 'the budget');
    assert.equal(s.name, 'Laura Bush');
    assert.equal(s.mention, 'She');
  });

  test('a name before the infinitive that "with" does not take still speaks', () => {
    const s = speakerOf('The mayor was prompted by reporters. Then Gov. Ann Hale was quick to say the budget is balanced.', 'the budget is balanced');
    assert.equal(s.name, 'Ann Hale');
  });
});
