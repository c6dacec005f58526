import * as assert from 'node:assert/strict';
import { indirect, one } from './helpers/indirectQuotes';

// Where reported speech starts and stops: the listener, a participle after a one-word object,
// a source of its own that closes the sentence.

suite('quotes: spans of reported speech', () => {
  test('"told the club he wants to leave": the listener is no part of what was said', () => {
    assert.equal(one('Moreno has told Leeds he wants to leave.').text, 'he wants to leave');
    assert.equal(one('Moreno has told the club she wants to stay.').text, 'she wants to stay');
    // A directive keeps its listener.
    assert.equal(one('The coach urged the players to stay calm.').text, 'the players to stay calm');
  });

  test('"recommended approval, telling the board that …": the one-word object stops at the participle', () => {
    const found = indirect('The inspector recommended approval, telling the board that the site was safe.');
    assert.deepEqual(found.map((q) => q.text), ['approval', 'that the site was safe']);
    // The participle speaks for the subject the phrase reader does not take (`Planning officer …`).
    const officer = indirect('Planning officer Ruth Amos recommended approval, telling the board that the roads were wide enough.');
    assert.deepEqual(officer.map((q) => [q.text, q.speakerName]), [['approval', 'Ruth Amos'], ['that the roads were wide enough', 'Ruth Amos']]);
  });

  test('"reported a rise, its ministry said.": the closing source is outside the first clause', () => {
    const found = indirect('Chile reported a 4% fall in exports last year, its trade ministry said.');
    assert.ok(found.some((q) => q.text === 'a 4% fall in exports last year'), JSON.stringify(found.map((q) => q.text)));
  });
});

suite('quotes: a finding that closes its sentence', () => {
  test('"Output fell 5%, official data showed on Friday, as …": the finding is the clause before the comma', () => {
    const q = one('Wheat exports fell 5% in May, official data showed on Friday, as farmers struggled with the drought.');
    assert.equal(q.text, 'Wheat exports fell 5% in May');
    assert.equal(q.cue?.text, 'showed');
  });
});
