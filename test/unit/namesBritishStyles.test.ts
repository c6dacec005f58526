import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';

// British and Commonwealth court, police and politics copy: police ranks written short,
// peerages, and the letters after a name (KC, MP, MSP, OBE...). Sentences written for these tests.

const read = (text: string) => annotate(text, { documentDate: '2024-03-08' });
const people = (text: string): string[] => read(text).people.map((p) => p.name);
const organizations = (text: string): string[] => read(text).organizations.map((o) => o.name);
const speakers = (text: string): Array<string | null> => read(text).quotes.map((q) => q.speakerName);

suite('names in British and Commonwealth styles', () => {
  test('letters after a name are no organization and no part of it: "Judge Helen Voss KC said", "Tom Reeve QC told"', () => {
    const text = 'Jailing him on Tuesday, Judge Helen Voss KC said Barker had shown "no insight at all".\n\nDefending, Tom Reeve QC told the jury his client was of good character.';
    assert.ok(!organizations(text).some((o) => /^(?:KC|QC)$/u.test(o)), organizations(text).join(' | '));
    const found = people(text);
    assert.ok(found.includes('Helen Voss') && found.includes('Tom Reeve'), found.join(' | '));
    assert.ok(!found.some((n) => /\b(?:KC|QC)$/u.test(n)), found.join(' | '));
    assert.ok(speakers(text).every((s) => s === 'Helen Voss' || s === 'Tom Reeve'), speakers(text).join(' | '));
  });

  test('a member\'s letters make the name a person\'s and leave the speaker named: "Fiona Baird MSP said", "Ciarán Doyle TD said"', () => {
    const text = 'Fiona Baird MSP said the ferries were "years late".\n\nCiarán Doyle TD said the report would be published.\n\nRuth Annan OBE, the inquiry chair, said lessons had been learned.';
    const a = read(text);
    const found = a.people.map((p) => p.name);
    for (const name of ['Fiona Baird', 'Ciarán Doyle', 'Ruth Annan']) assert.ok(found.includes(name), found.join(' | '));
    assert.ok(!a.organizations.some((o) => /Baird|Doyle|Annan/u.test(o.name)), a.organizations.map((o) => o.name).join(' | '));
    assert.ok(a.quotes.length > 0 && a.quotes.every((q) => q.speakerName !== null), a.quotes.map((q) => q.speakerName).join(' | '));
  });

  test('an MP\'s letters after the name are the speaker\'s own, not the role of someone the name serves: "Sir Alan Pike KC MP said"', () => {
    const text = 'Sir Alan Pike KC MP said the bill would be amended.\n\nThe Rt Hon Dame Joan Hurley MP said ministers should "hold firm".';
    const a = read(text);
    assert.deepEqual(a.quotes.filter((q) => q.kind === 'indirect').map((q) => q.speakerName), ['Alan Pike', 'Joan Hurley']);
    assert.ok(!a.organizations.some((o) => /\b(?:KC|MP)\b/u.test(o.name)), a.organizations.map((o) => o.name).join(' | '));
  });

  test('police ranks written short are no part of the name: "Det Ch Insp Sarah Lowe", "DC Emma Ward", "PCSO Tom Finch"', () => {
    const text = 'Det Ch Insp Sarah Lowe, of Thames Valley Police, said the inquiry was continuing.\n\nDC Emma Ward said she was pleased. PCSO Tom Finch said he saw a man running. Det Sgt Raj Kohli gave evidence.';
    const a = read(text);
    const found = a.people.map((p) => p.name);
    for (const name of ['Sarah Lowe', 'Emma Ward', 'Tom Finch', 'Raj Kohli']) assert.ok(found.includes(name), found.join(' | '));
    assert.ok(!a.organizations.some((o) => /Ward|Finch|^PC/u.test(o.name)), a.organizations.map((o) => o.name).join(' | '));
    assert.equal(a.quotes[0].speakerName, 'Sarah Lowe');
  });

  test('"Constable" is a rank before a name and a surname after one: "Police Constable John Baines" and "John Constable, the painter"', () => {
    const text = 'Police Constable John Baines said he arrived at 10pm. Detective Constable Lisa Hart said she spoke to the family.\n\nJohn Constable, the painter, was born in Suffolk.';
    const a = read(text);
    const byName = new Map(a.people.map((p) => [p.name, p.mentions.map((m) => m.text)]));
    assert.deepEqual(byName.get('John Baines'), ['John Baines']);
    assert.deepEqual(byName.get('Lisa Hart'), ['Lisa Hart']);
    assert.deepEqual(byName.get('John Constable'), ['John Constable']);
  });

  test('a given name that is also a rank\'s short form stays a name: "said Con Coughlin"', () => {
    assert.ok(people('The talks had failed, said Con Coughlin, a defence editor.').includes('Con Coughlin'));
  });

  test('a peeress is named without her peerage, as a lord is: "Baroness Kellaway said"', () => {
    const text = 'Baroness Kellaway said peers would vote again. Lord Fenwick said the bill was unlawful.';
    const a = read(text);
    assert.deepEqual(a.people.map((p) => p.name), ['Kellaway', 'Fenwick']);
    assert.deepEqual(a.quotes.map((q) => q.speakerName), ['Kellaway', 'Fenwick']);
  });
});

suite('bodies two places share', () => {
  test('"Devon and Cornwall Police", "Brighton and Hove City Council" are one organization each; "Kent, Surrey and Sussex Police" is left alone', () => {
    const text = 'Sgt Amy Rowe, of Devon and Cornwall Police, said the road was shut.\n\nBrighton and Hove City Council said it would appeal. Avon and Somerset Police arrested two men.\n\nForces in Kent, Surrey and Sussex Police will merge. Labour and Kent Council disagree.';
    const found = organizations(text);
    for (const name of ['Devon and Cornwall Police', 'Brighton and Hove City Council', 'Avon and Somerset Police']) assert.ok(found.includes(name), found.join(' | '));
    assert.ok(!found.includes('Surrey and Sussex Police') && !found.includes('Labour and Kent Council'), found.join(' | '));
    assert.equal(read(text).quotes[1].speakerName, 'Brighton and Hove City Council');
  });
});

suite('peers, judges and ministers with portfolios', () => {
  test('a peer or an appeal judge read as an organization is the person: "Lord Keel of Harrow", "Lord Justice Penrose"; "Lord Chancellor" is an office', () => {
    const text = 'Lord Keel of Harrow said the bill was flawed. Lord Justice Penrose said the judge erred. The Lord Chancellor said nothing.';
    const a = read(text);
    const found = a.people.map((p) => p.name);
    assert.ok(found.includes('Keel of Harrow') && found.includes('Penrose'), found.join(' | '));
    assert.ok(!a.organizations.some((o) => /Keel|Penrose/u.test(o.name)), a.organizations.map((o) => o.name).join(' | '));
    assert.ok(!found.includes('Chancellor'), found.join(' | '));
  });

  test('a judge\'s style "HHJ", a police sergeant\'s "PS" and a Lord Provost\'s "Provost" are no part of the name', () => {
    const found = people('HHJ Sarah Munro said the evidence was strong. PS Claire Hughes denied the charge. Lord Provost Jacqueline Reid said the vote showed ambition.');
    for (const name of ['Sarah Munro', 'Claire Hughes', 'Jacqueline Reid']) assert.ok(found.includes(name), found.join(' | '));
  });

  test('the place an office is of is no part of its holder\'s name: "Mayor of Greater Manchester Andy Burnham said"', () => {
    const text = 'Mayor of Greater Manchester Andy Burnham said he had asked for a report.';
    const a = read(text);
    assert.ok(a.people.some((p) => p.name === 'Andy Burnham'), a.people.map((p) => p.name).join(' | '));
    assert.ok(a.places.some((p) => p.name === 'Greater Manchester'), a.places.map((p) => p.name).join(' | '));
    assert.equal(a.quotes[0].speakerName, 'Andy Burnham');
  });

  test('an office\'s portfolio is no part of its holder\'s name, who is the speaker: "Secretary of State for Health Wes Streeting said"', () => {
    const text = 'Secretary of State for Health Wes Streeting said waiting lists were falling.\n\nMinister for Justice Helen McEntee said the law would change.\n\nThe Minister for Health said beds were short.';
    const a = read(text);
    assert.ok(a.people.some((p) => p.name === 'Wes Streeting'), a.people.map((p) => p.name).join(' | '));
    assert.deepEqual(a.quotes.map((q) => q.speakerName), ['Wes Streeting', 'Helen McEntee', null]);
  });
});

suite('two names the tagger ran together', () => {
  test('"told the BBC the Lords should" names the BBC and the Lords apart; "Meet the Press", "Bank of the West" stay one name', () => {
    const text = 'Sir Iain Blake told the BBC the Lords should back down. He banks with the Bank of the West.\n\nShe told NBC\'s Meet the Press on Sunday that she would run.';
    const found = organizations(text);
    assert.ok(found.includes('BBC') && !found.some((o) => o.startsWith('BBC ')), found.join(' | '));
    assert.ok(found.includes('Bank of the West'), found.join(' | '));
    assert.ok(!found.includes('Press'), found.join(' | '));
  });
});

suite('police statements', () => {
  test('"X, of Y Police, said officers found Mrs Z" reports what the officers found, said by X (not a clause "X, of Y Police" said by Z)', () => {
    const text = 'Sgt Amy Rowe, of Kent Police, said officers found Mrs Dean on the floor.\n\nTom Hale, a neighbour, said police arrested Mr Cole at home.';
    const quotes = read(text).quotes.filter((q) => q.kind === 'indirect');
    assert.deepEqual(quotes.map((q) => [q.text, q.speakerName]), [['officers found Mrs Dean on the floor', 'Amy Rowe'], ['police arrested Mr Cole at home', 'Tom Hale']]);
  });
});

suite('Commonwealth members and honours', () => {
  test('a party\'s member is the person, the party stays: "Labour MP Jess Orme said"; an office before a member\'s letters is no part of the name', () => {
    const text = 'Labour MP Jess Orme said the vote was lost.\n\nIn Perth, Federal Treasurer Jim Calder MP said the figures were sound.';
    const a = read(text);
    assert.deepEqual(a.quotes.map((q) => q.speakerName), ['Jess Orme', 'Jim Calder']);
    assert.ok(a.organizations.some((o) => o.name === 'Labour'), a.organizations.map((o) => o.name).join(' | '));
  });

  test('Australian honours after a name are no organization: "Malcolm Trent AC said"', () => {
    const text = 'Former prime minister Malcolm Trent AC said the row was damaging.';
    const a = read(text);
    assert.deepEqual(a.organizations.map((o) => o.name), []);
    assert.equal(a.quotes[0].speakerName, 'Malcolm Trent');
  });
});
