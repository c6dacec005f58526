import * as assert from 'node:assert/strict';
import { indirect } from './helpers/indirectQuotes';

// Documents and laws as sources of reported content: what a text says ("The report says …",
// "The lawsuit alleges that …"), what a law or a bill provides (documentProvisions.ts: "The
// bill would require …", "Federal law prohibits …"), and what records show, the finding closing
// its sentence ("…, records show.").

/** The indirect quotes of `text` as [text, speaker phrase]. */
function readings(text: string): Array<[string, string | null]> {
  return indirect(text).map((q) => [q.text, q.speakerMention?.text ?? null]);
}

suite('quotes: documents and laws as sources', () => {
  test('a document says, alleges, states: its clause, the document the source', () => {
    assert.deepEqual(readings('The report says the agency failed to track its spending.'), [['the agency failed to track its spending', 'The report']]);
    assert.deepEqual(readings('The lawsuit alleges that the company sold faulty heaters.'), [['that the company sold faulty heaters', 'The lawsuit']]);
    assert.deepEqual(readings('The memo states that the program will end in June.'), [['that the program will end in June', 'The memo']]);
  });

  test('a law or a bill provides: its object, the text the source', () => {
    assert.deepEqual(readings('The bill would require employers to offer paid leave to all workers.'), [['employers to offer paid leave to all workers', 'The bill']]);
    assert.deepEqual(readings('Federal law prohibits the sale of the drug to minors.'), [['the sale of the drug to minors', 'Federal law']]);
    assert.deepEqual(readings('State rules require delegates to back the winner on the first ballot.'), [['delegates to back the winner on the first ballot', 'State rules']]);
    assert.deepEqual(readings('The new measure will also ban flavored vaping products.'), [['flavored vaping products', 'The new measure']]);
    assert.deepEqual(readings('State rules do not require delegates to name their candidate.'), [['delegates to name their candidate', 'State rules']]);
  });

  test('a provision in a relative clause ends before the sentence\'s own verb or main clause', () => {
    assert.deepEqual(readings('Lawmakers passed a bill that would ban the sale of flavored tobacco, and the governor signed it.'), [['the sale of flavored tobacco', 'a bill']]);
    assert.deepEqual(readings('As the mayor prepares to veto legislation that would allow landlords to raise rents, the council’s speaker apparently disagrees.').map((r) => r[0]), ['landlords to raise rents']);
    assert.deepEqual(readings('The party rules empower the committee to name a new candidate but include few guidelines.').map((r) => r[0]), ['the committee to name a new candidate']);
  });

  test('no provision: a noun "ban", "in order to", what a bill needs to pass, a passive', () => {
    assert.deepEqual(readings('The ban took effect in May.'), []);
    assert.deepEqual(readings('In order to pass, the bill requires 60 votes in the Senate.'), []);
    assert.deepEqual(readings('The resolution requires approval by the full House.'), []);
    assert.deepEqual(readings('Smoking was banned in bars across the state.'), []);
  });

  test('"…, records show.": the finding closing its sentence found the clause before it', () => {
    assert.deepEqual(readings('The host committee raised $57 million, records show.'), [['The host committee raised $57 million', 'records']]);
    assert.deepEqual(readings('Most of the money arrived in February, new fundraising reports show.'), [['Most of the money arrived in February', 'new fundraising reports']]);
    // A speaker's report closed by a finding stays the speaker's.
    const said = readings('Lee said the videos do not show whether he was armed, the footage showed.');
    assert.equal(said[0][1], 'Lee');
  });
});
