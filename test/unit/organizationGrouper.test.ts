import * as assert from 'node:assert/strict';
import { groupOrganizations } from '../../src/core/entities/organizationGrouper';
import type { NameMention } from '../../src/core/names/nameMention';
import { annotate } from '../../src/core/annotate';

/** ORG mentions of `text`, one for each name given, in order. */
function orgs(text: string, names: string[]): NameMention[] {
  let from = 0;
  return names.map((name) => {
    const start = text.indexOf(name, from);
    assert.ok(start >= 0, `"${name}" not in the fixture`);
    from = start + name.length;
    return { start, end: from, text: name, type: 'ORG' };
  });
}

const grouped = (text: string, names: string[]): string[][] =>
  groupOrganizations(orgs(text, names)).organizations.map((o) => o.mentions.map((m) => m.text));

suite('organization grouping', () => {
  test('a company abbreviation with and without its full stop is one firm', () => {
    const text = 'Acme Corp. Reports Results\n\nAcme Corp. (NASDAQ: ACME) said on Monday that Acme Corp will grow.';
    assert.deepEqual(grouped(text, ['Acme Corp', 'Acme Corp.', 'Acme Corp']), [['Acme Corp', 'Acme Corp.', 'Acme Corp']]);
  });

  test('an acronym that keeps "of" ("BoE", "DOJ") and the clipped "Fed" join the full name they stand for', () => {
    const text = 'The Bank of England held rates. The BoE said so. The Department of Justice sued; a DOJ lawyer spoke. The Federal Reserve met. The Fed waited.';
    assert.deepEqual(grouped(text, ['Bank of England', 'BoE', 'Department of Justice', 'DOJ', 'Federal Reserve', 'Fed']), [['Bank of England', 'BoE'], ['Department of Justice', 'DOJ'], ['Federal Reserve', 'Fed']]);
    // Without its full name "Fed" stays a name of its own.
    assert.deepEqual(grouped('The Fed waited.', ['Fed']), [['Fed']]);
  });

  test('a firm\'s first word alone is the firm ("Pfizer" of "Pfizer Inc."), when only one firm starts with it', () => {
    const text = 'Pfizer Inc. reported a profit. Shares of Pfizer rose.';
    assert.deepEqual(grouped(text, ['Pfizer Inc.', 'Pfizer']), [['Pfizer Inc.', 'Pfizer']]);
    const two = 'Acme Corp. and Acme Holdings merged. Acme said so.';
    assert.deepEqual(grouped(two, ['Acme Corp.', 'Acme Holdings', 'Acme']), [['Acme Corp.'], ['Acme Holdings'], ['Acme']]);
    // A first word of a name that is no firm's suffix list stays apart: "Federal" of "Federal Reserve".
    const fed = 'The Federal Reserve met. Federal said nothing.';
    assert.deepEqual(grouped(fed, ['Federal Reserve', 'Federal']), [['Federal Reserve'], ['Federal']]);
  });

  test('the firm\'s words between its first word and the designator do not keep the short name apart ("Samsung" of "Samsung Electronics Co Ltd", "Kestrel" of "Kestrel Energy")', () => {
    const text = 'Samsung Electronics Co Ltd beat forecasts. Samsung said demand rose. Kestrel Energy cut jobs, and Kestrel said more would go.';
    assert.deepEqual(grouped(text, ['Samsung Electronics Co Ltd', 'Samsung', 'Kestrel Energy', 'Kestrel']), [
      ['Samsung Electronics Co Ltd', 'Samsung'],
      ['Kestrel Energy', 'Kestrel'],
    ]);
  });

  test('a club named after its town is called by its first word: "Real" of "Real Madrid"; "Quinnipiac" of "Quinnipiac University" is no club\'s', () => {
    const text = 'Real Madrid drew at home. Real had led until the end. Quinnipiac University polled voters, and Quinnipiac said so.';
    assert.deepEqual(grouped(text, ['Real Madrid', 'Real', 'Quinnipiac University', 'Quinnipiac']), [['Real Madrid', 'Real'], ['Quinnipiac University'], ['Quinnipiac']]);
  });

  test('more words end a firm\'s name ("Harrowgate Partners", "Blackfen Mining"), and a first word joins names of one firm that go on from one another ("Norvik Secure Solutions" and "Norvik Secure Solutions USA Inc.")', () => {
    const text = 'Harrowgate Partners advised. Harrowgate said so. Norvik Secure Solutions USA Inc. hired him; Norvik Secure Solutions said Norvik would pay.';
    assert.deepEqual(grouped(text, ['Harrowgate Partners', 'Harrowgate', 'Norvik Secure Solutions USA Inc.', 'Norvik Secure Solutions', 'Norvik']), [
      ['Harrowgate Partners', 'Harrowgate'],
      ['Norvik Secure Solutions USA Inc.', 'Norvik'],
      ['Norvik Secure Solutions'],
    ]);
  });

  test('acronyms and short forms still join their full names', () => {
    const text = 'The Federal Bureau of Investigation said the FBI would look. The Washington Post and the Post agreed.';
    assert.deepEqual(grouped(text, ['Federal Bureau of Investigation', 'FBI', 'The Washington Post', 'Post']), [
      ['Federal Bureau of Investigation', 'FBI'],
      ['The Washington Post', 'Post'],
    ]);
  });

  test('a word after "of" is no short form of the name it ends: "Aberdeen" is not "the University of Aberdeen"', () => {
    const text = 'She studied at the University of Aberdeen. Aberdeen had backed her. The Bank of Ireland and the Bank agreed.';
    assert.deepEqual(grouped(text, ['University of Aberdeen', 'Aberdeen', 'Bank of Ireland']), [['University of Aberdeen'], ['Aberdeen'], ['Bank of Ireland']]);
  });
});

suite('organizations: acronyms written with full stops', () => {
  test('"U.N." and "UN", "F.B.I." and "the Federal Bureau of Investigation" are one organization each', () => {
    const text = 'The Federal Bureau of Investigation opened a case. The F.B.I. said on Monday it had no suspect.\n\nThe UN Security Council met. Britain told the U.N. Security Council the vote was a disgrace.';
    const orgs = annotate(text, { documentDate: '2024-05-10' }).organizations.map((o) => [o.name, o.mentions.length]);
    assert.deepEqual(orgs, [['Federal Bureau of Investigation', 2], ['UN Security Council', 2]]);
  });
});

suite('organizations: a short form stands for a body named before it', () => {
  test('"the Bank" after "the Bank of England" is that bank, not a central bank named later', () => {
    const text = 'The Bank of England held rates on Thursday. The Bank wanted more data first, and the Bank\'s target is unchanged.\n\n'
      + 'Hours later the European Central Bank held its own rate.';
    const orgs = annotate(text, { documentDate: '2026-12-17' }).organizations;
    const boe = orgs.find((o) => o.name === 'Bank of England');
    const ecb = orgs.find((o) => o.name === 'European Central Bank');
    assert.equal(boe?.mentions.length, 3, JSON.stringify(orgs.map((o) => [o.name, o.mentions.map((m) => m.text)])));
    assert.equal(ecb?.mentions.length, 1);
  });
});
