import * as assert from 'node:assert/strict';
import { indirect, one } from './helpers/indirectQuotes';

// Words of speech that are no speech in their sentence: a place where something was told, a name
// given, a noun before its own verb, news brought to a listener.

suite('quotes: reported speech that is no speech', () => {
  test('"told reporters outside the stadium." : where it was told, no clause', () => {
    assert.deepEqual(indirect('"We are ready," Moreno told reporters outside the stadium.').map((q) => q.text), []);
    assert.deepEqual(indirect('"We are ready," Moreno told reporters outside Leeds\'s training ground.').map((q) => q.text), []);
    assert.equal(one('Moreno told reporters outside the stadium that the team was ready.').text, 'that the team was ready');
  });

  test('"a student called Mia": a name given, no call made', () => {
    assert.deepEqual(indirect('One activist, a nurse called Mia, handed out leaflets.'), []);
    assert.deepEqual(indirect('The money went to a charity called Brighter Days.'), []);
    assert.equal(one('A senator called Jones "a disgrace to the office."').cue?.text, 'called');
  });

  test('"weak demand posed a risk": the noun before its past verb, no speech act', () => {
    assert.deepEqual(indirect('At the plant, falling demand forced a cut in output.').map((q) => q.text), []);
    assert.equal(one('Nurses demand the right to strike over pay.').text, 'the right to strike over pay');
  });

  test('"her brother\'s comment, she laughed": after a possessive the plain form is a noun', () => {
    assert.deepEqual(indirect("The mayor's claim angered the shop owners."), []);
    assert.equal(one("The mayor's claim that taxes would fall was false.").text, 'that taxes would fall was false');
  });

  test('"Told of the ruling, she smiled": news brought to a listener is no topic of her words', () => {
    assert.deepEqual(indirect('Told of the ruling, the defendant smiled.'), []);
    assert.equal(one('The farmer told of his struggle with the drought.').text, 'his struggle with the drought');
  });

  test('"a member who has argued for X, voted to hold": the relative clause ends at its comma', () => {
    assert.equal(one('Ann Cole, a director who has often argued for lower fees, voted to keep them.').text, 'lower fees');
  });

  test('"X is understood to have …": hearsay, X is who acted, not who spoke', () => {
    const q = one('The club captain, Ana Ruiz, is understood to have asked for a transfer.');
    assert.equal(q.text, 'to have asked for a transfer');
    assert.equal(q.speakerName, null);
    assert.equal(one('Ana Ruiz understood that the deal was off.').speakerName, 'Ana Ruiz');
  });
});
