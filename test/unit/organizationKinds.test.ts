import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { fitsReference, kindsOfOrganization } from '../../src/core/entities/organizationKinds';

// "the court said", "the company said", "the movement argued": a definite organization noun
// refers back to an organization of a kind it fits, not to whichever one the text named
// last. Short texts written for the test.

function speakerOf(text: string, quoteText: string): { name: string | null; mention: string | null } {
  const a = annotate(text, { documentDate: '2024-03-06' });
  const q = a.quotes.find((x) => x.text.includes(quoteText));
  assert.ok(q, `no quote containing ${JSON.stringify(quoteText)} in ${JSON.stringify(a.quotes.map((x) => x.text))}`);
  return { name: q.speakerName, mention: q.speakerMention?.text ?? null };
}

suite('organization kinds: what a name says', () => {
  test('a court, a ministry, a firm, a newspaper, a party, a campaign by their names', () => {
    assert.ok(kindsOfOrganization('Supreme Court').has('court'));
    assert.ok(kindsOfOrganization('Foreign Ministry').has('government'));
    assert.ok(kindsOfOrganization('Acme Corp.').has('firm'));
    assert.ok(kindsOfOrganization('Hollins Holdings PLC').has('firm'));
    assert.ok(kindsOfOrganization('The Washington Post').has('outlet'));
    assert.ok(kindsOfOrganization('Labour Party').has('party'));
    assert.ok(kindsOfOrganization('Ruiz campaign').has('campaign'));
    assert.equal(kindsOfOrganization('Zentrix').size, 0);
  });

  test('a noun fits by kind; a bare name fits a loose noun ("the company") but not a strict one ("the ministry")', () => {
    const ref = (noun: string, modifiers: string[] = [], people: string[] = [], country: string | null = null) => ({ noun, modifiers, people, country });
    assert.ok(fitsReference('Acme Corp.', ref('company')));
    assert.ok(!fitsReference('Supreme Court', ref('company')));
    assert.ok(fitsReference('Zentrix', ref('company')));
    assert.ok(!fitsReference('Zentrix', ref('ministry')));
    assert.ok(!fitsReference('Supreme Court', ref('movement')));
    assert.ok(!fitsReference('Ruiz campaign', ref('campaign', [], ['Lopez'])));
    assert.ok(fitsReference('Ruiz campaign', ref('campaign', [], ['Ruiz'])));
    assert.ok(!fitsReference('Chinese Foreign Ministry', ref('ministry', ['Japanese'], [], 'JP')));
    assert.ok(!fitsReference('Internal Revenue Service', ref('agency', ['news'])));
  });
});

suite('speakers: a definite organization noun of another kind than the last organization', () => {
  test('"The anti-abortion movement has argued …" after a court is no court', () => {
    const text = 'The Supreme Court ruled on the clinic law on Monday. The anti-abortion movement has always argued that doctors should face fines.';
    const s = speakerOf(text, 'doctors should face fines');
    assert.equal(s.name, null);
    assert.equal(s.mention, 'The anti-abortion movement');
  });

  test('"the company said" skips a court named since for the firm named before', () => {
    const text = 'Brellin Corp. lost its appeal on Tuesday. The Supreme Court upheld the fine.\n\n"We will comply with the ruling," the company said.';
    assert.equal(speakerOf(text, 'comply').name, 'Brellin Corp.');
  });

  test('"the department said" skips a newspaper for the government office named before', () => {
    const text = 'The Home Office denied a report in The Daily Ledger on Friday.\n\n"The figures are wrong," the department said.';
    assert.equal(speakerOf(text, 'figures are wrong').name, 'Home Office');
  });

  test('"the party said" is the party named before ("the GOP"), never a court named since', () => {
    const text = 'The GOP sued the election board. The Supreme Court dismissed the claim on Monday.\n\n"We are disappointed," the party said.';
    assert.equal(speakerOf(text, 'disappointed').name, 'GOP');
  });

  test('"the Ruiz campaign said" after a newspaper is left unnamed, not the newspaper', () => {
    const text = 'The Daily Ledger reported the donation on Sunday.\n\n"The story is false," the Ruiz campaign said.';
    const s = speakerOf(text, 'story is false');
    assert.equal(s.name, null);
    assert.equal(s.mention, 'the Ruiz campaign');
  });

  test('"the campaign said" with no campaign named is unnamed, not the last company', () => {
    const text = 'Delmont Inc. donated to both candidates.\n\n"We return every gift from a firm," the campaign said.';
    assert.equal(speakerOf(text, 'return every gift').name, null);
  });

  test('"the group said" still refers back to a foundation, and "the company" to a bare name', () => {
    const a = 'The Harlow Foundation opened a shelter on Monday. The Supreme Court ruled against the city.\n\n"Every bed is full," the group said.';
    assert.equal(speakerOf(a, 'Every bed').name, 'Harlow Foundation');
    const b = 'Zentrix reported a loss on Monday.\n\n"It was a hard year," the company said.';
    assert.equal(speakerOf(b, 'hard year').name, 'Zentrix');
  });

  test('"The conservative movement has long argued …": "long" stands between the subject and its verb', () => {
    const text = 'Hollis Motors Inc. posted a loss on Monday. The conservative movement has long argued that fuel taxes should be cut.';
    const s = speakerOf(text, 'fuel taxes');
    assert.equal(s.mention, 'The conservative movement');
    assert.equal(s.name, null);
  });

  test('business nouns: "the retailer said" is the firm, "the regulator said" the public body, never a firm of another kind', () => {
    const a = 'Tesco, the supermarket chain, raised its forecast.\n\nThe retailer said it would buy back shares.';
    assert.equal(speakerOf(a, 'buy back').name, 'Tesco');
    const b = 'The Competition and Markets Authority fined Hollis Motors Inc. on Monday.\n\nThe regulator said the fine was justified.';
    assert.equal(speakerOf(b, 'the fine was').name, 'Competition and Markets Authority');
    const c = 'The Daily Ledger reported the deal on Monday.\n\nThe lender said it had made no decision.';
    assert.equal(speakerOf(c, 'no decision').name, null);
  });

  test('"the club said" is the club named before ("Kelford Rovers"), not left unnamed', () => {
    const text = 'Kelford Rovers were fined by the league on Thursday.\n\n"We accept the sanction," the club said.';
    assert.equal(speakerOf(text, 'accept the sanction').name, 'Kelford Rovers');
  });

  test('a report by an organization the text never names says who spoke: a clause inside it with no speaker is part of it', () => {
    const text = 'The Ruiz campaign said the poll showed that the race was close.';
    const a = annotate(text, { documentDate: '2024-03-06' });
    const indirect = a.quotes.filter((q) => q.kind === 'indirect');
    assert.equal(indirect.length, 1, JSON.stringify(indirect.map((q) => [q.text, q.speakerMention?.text])));
    assert.equal(indirect[0].speakerMention?.text, 'The Ruiz campaign');
  });
});
