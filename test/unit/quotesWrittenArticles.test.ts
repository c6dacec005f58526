import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { quoteAt } from './helpers/quoteAt';

// News conventions found in articles written for the purpose (session 32: wire copy, British
// and Australian papers, live blogs, match reports with press conferences, health and science,
// interviews), each pinned with a short text written for the test.

function annotated(text: string): ReturnType<typeof annotate> {
  return annotate(text, { documentDate: '2025-11-01' });
}


suite('speakers: a fronted "Asked …," takes the main clause\'s subject', () => {
  test('"Asked whether X …, she laughed." gives the quote after it to "she", not to X', () => {
    const text = 'Priya Raman runs Lumen Labs. Lumen Labs raised money on Tuesday.\n\nAsked whether Lumen would build its own model, she laughed. "Never say never."';
    assert.equal(quoteAt(text, 'Never say').speakerName, 'Priya Raman');
  });
});

suite('speakers: "The Spaniard shook his head. "…," he said."', () => {
  test('the "he" of the cue goes on from the epithet subject of the sentence before', () => {
    const text = 'Spanish coach Luis Varela was furious. Tom Hale scored before Ben Ward levelled.\n\nThe Spaniard shook his head. "I have watched it ten times," he said.';
    assert.equal(quoteAt(text, 'ten times').speakerName, 'Luis Varela');
  });
  test('a named person the tagger reads in "the Dane" is no speaker: the epithet is resolved', () => {
    const text = 'Luis Varela left early.\n\nRovers coach Tom Frandsen was in a better mood. "The spirit was unbelievable," the Dane said.';
    assert.equal(quoteAt(text, 'spirit').speakerName, 'Tom Frandsen');
  });
});

suite('people: an appositive does not run on past a blank line', () => {
  test('"By X, Political Editor" and "The Premier has …" below: X is no premier', () => {
    const text = 'By Ann Fields, Political Editor\n\nThe Premier has been accused of breaking a promise.\n\nKellie Burns said the figures were a disgrace. "I understand people are frustrated," the Premier told radio.';
    assert.notEqual(quoteAt(text, 'frustrated').speakerName, 'Ann Fields');
  });
});

suite('quotes: a cue word inside a noun compound', () => {
  test('"heart attack risk" reports nothing', () => {
    const all = annotated('The findings add to a debate over heart attack risk and bleeding among older patients.').quotes;
    assert.deepEqual(all.map((q) => q.text), []);
  });
});

suite('speakers: a live blog\'s time stamp is no part of the source', () => {
  test('"10:27 A senior source said …": the phrase starts after the time', () => {
    const q = quoteAt('Storm live\n\n10:27 A senior government source said ministers would meet at midday.', 'ministers');
    assert.equal(q.speakerMention?.text, 'A senior government source');
  });
  test('"10:40 GMT A spokesperson … told us: "…"": the time and its zone are left out', () => {
    const q = quoteAt('Storm live\n\n10:40 GMT A spokesperson for the airport told us: "All flights are cancelled."', 'flights', 'direct');
    assert.equal(q.speakerMention?.text, 'A spokesperson for the airport');
  });
});

suite('speakers: "One shop owner, who asked not to be named, said …" opens an unnamed speaker', () => {
  test('the phrase opens at "One" and takes the nouns before its head', () => {
    const q = quoteAt('One market trader said he had never seen such a storm.', 'never seen');
    assert.equal(q.speakerMention?.text, 'One market trader');
  });
  test('the "he" after it is the owner, not the reporter named in the paragraph before', () => {
    const text = 'Our correspondent, Chris Dale, has been out on the high street.\n\nOne shop owner, who asked not to be named, said he had never seen anything like it. "The sign came off at six," he said.';
    assert.equal(quoteAt(text, 'sign came off').speakerName, null);
  });
});

suite('speakers: "A neighbour ran outside. "…," she said."', () => {
  test('the "she" goes on from the unnamed person the sentence before is about', () => {
    const text = 'Ana Ruiz, the mayor, spoke first.\n\nA neighbour ran outside in her slippers. "It was terrible," she said.';
    const q = quoteAt(text, 'terrible');
    assert.equal(q.speakerName, null);
    assert.equal(q.speakerMention?.text, 'she');
  });
  test('a name set off after the phrase still names the speaker', () => {
    const text = 'Tom Hale spoke first.\n\nHis wife, Jane, called for calm. "Nobody wants a fight," she said.';
    assert.equal(quoteAt(text, 'Nobody wants').speakerName, 'Jane');
  });
});

suite('speakers: a public body named by its field is no company named before', () => {
  test('"Chile\'s emergency agency said" is not the copper producer of the sentence before', () => {
    const text = 'SANTIAGO, June 14 (Reuters) - Chile\'s copper producer Codelco shut two mines, the company said.\n\nChile\'s emergency agency said 9,000 homes had been damaged.';
    const q = quoteAt(text, '9,000 homes');
    assert.equal(q.speakerName, null);
    assert.equal(q.speakerMention?.text, 'Chile\'s emergency agency');
  });
  test('"the health ministry" is still the Ministry of Health, and an abbreviation keeps its field', () => {
    assert.equal(quoteAt('The Ministry of Health opened clinics. Acme Corp cut jobs. The health ministry said the clinics would stay open.', 'stay open').speakerName, 'Ministry of Health');
    assert.equal(quoteAt('The FBI opened an inquiry. Acme Corp cut jobs. The law enforcement agency said the inquiry was ongoing.', 'ongoing').speakerName, 'FBI');
  });
});

suite('quotes: an Indian dateline ends at the colon after its date', () => {
  test('"NEW DELHI, Nov 21, 2024: The court …, saying": the court speaks, not the dateline', () => {
    const q = quoteAt('NEW DELHI, Nov 21, 2024: The Supreme Court on Thursday criticised the government, saying officials had "failed miserably" to act.', 'failed miserably', 'partial');
    assert.equal(q.speakerName, 'Supreme Court');
  });
  test('"MUMBAI, March 3: …, traders said": the clause starts after the colon', () => {
    assert.equal(quoteAt('MUMBAI, March 3: Shares fell sharply, traders said.', 'Shares').text, 'Shares fell sharply');
  });
});

suite('speakers: "X, who …, used to say, "…""', () => {
  test('the subject before the clause set off by commas speaks, not the speaker of the quote before', () => {
    const text = 'Ian Cole argues that "the great rewiring" began in 2012. But my grandmother, who taught for forty years, used to say, "Every generation thinks the children are broken."';
    const q = quoteAt(text, 'Every generation');
    assert.equal(q.speakerName, null);
    assert.equal(q.speakerMention?.text, 'my grandmother');
  });
});

suite('speakers: a relative clause inside a fronted "Asked about …," phrase', () => {
  test('"Asked about X\'s kicking, which yielded five goals, Schmidt smiled. "…"": the main subject speaks', () => {
    const text = 'Joe Hart coached the side.\n\nAsked about fly-half Sam Lowe\'s goal-kicking, which yielded five from six, Hart smiled. "He has been kicking in the dark."';
    assert.equal(quoteAt(text, 'kicking in the dark').speakerName, 'Joe Hart');
  });
});
