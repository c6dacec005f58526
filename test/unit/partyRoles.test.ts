import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { readParties } from '../../src/core/entities/politicalParties';
import { Annotator } from '../../src/core/annotator';

// A role whose words name a party ("the Senate Republican leader", "the Labour leader") refers to
// no one the text gave another party, and first to one it gave that party. Short texts written
// for the test.

function speakerOf(text: string, quoteText: string): string | null {
  const a = annotate(text, { documentDate: '2024-05-01' });
  const q = a.quotes.find((x) => x.text.includes(quoteText));
  assert.ok(q, `no quote containing ${JSON.stringify(quoteText)} in ${JSON.stringify(a.quotes.map((x) => x.text))}`);
  return q.speakerName;
}

suite('parties: the words that name them', () => {
  test('members, plurals and other names of one party are one party', () => {
    assert.deepEqual([...readParties(['GOP']).parties], ['republican']);
    assert.deepEqual([...readParties(['Senate', 'Republican']).parties], ['republican']);
    assert.deepEqual([...readParties(['Democrat']).parties], [...readParties(['Democratic', 'Party']).parties]);
    assert.deepEqual([...readParties(['Tory']).parties], [...readParties(['Conservative']).parties]);
    assert.deepEqual([...readParties(['Lib', 'Dem']).parties], [...readParties(['Liberal', 'Democrats']).parties]);
    assert.deepEqual(readParties(['Senate', 'Democratic']).rest, ['Senate']);
  });

  test('a longer name is read whole', () => {
    // A Liberal Democrat is neither a Liberal nor a Democrat; a Social Democrat no Democrat.
    assert.equal(readParties(['Liberal', 'Democrat']).parties.size, 1);
    assert.ok(!readParties(['Liberal', 'Democrat']).parties.has('democratic'));
    assert.ok(!readParties(['Social', 'Democratic']).parties.has('democratic'));
    // No party at all.
    assert.equal(readParties(['Democratic', 'Republic', 'of', 'Congo']).parties.size, 0);
    assert.equal(readParties(['Green', 'Bay']).parties.size, 0);
    assert.equal(readParties(['Labor', 'Secretary']).parties.size, 0);
  });

  test('only a capitalized word names a party', () => {
    assert.equal(readParties(['labour']).parties.size, 0);
    assert.equal(readParties(['conservative']).parties.size, 0);
    assert.ok(readParties(['a', 'Kentucky', 'Republican']).endsInParty);
    assert.ok(!readParties(['Republican', 'senator']).endsInParty);
  });
});

suite('parties: a role naming a party', () => {
  test('not the holder whose title names another party, though it names the same body', () => {
    const text = 'Senate Democratic Leader Chuck Schumer spoke first. Senate Majority Leader Mitch McConnell followed him. "It is a good deal," McConnell said. The Senate Democratic leader said he disagreed.';
    assert.equal(speakerOf(text, 'he disagreed'), 'Chuck Schumer');
    const other = 'Senate Majority Leader Tom Hale spoke to reporters. Obama met Senate Democratic Leader Ray Cole later. "We will not give up," Cole said. The Senate Republican leader said he would not budge.';
    assert.equal(speakerOf(other, 'not budge'), 'Tom Hale');
  });

  test('the body named beside a holder is read again where an edit changes it (the namings are remembered by the text around each mention)', () => {
    const before = 'Senate Majority Leader Tom Hale spoke to reporters. Obama met Senate Democratic Leader Ray Cole later. "We will not give up," Cole said. The Senate Republican leader said he would not budge.';
    const after = before.replace('Senate Democratic Leader Ray', 'Senate Republican Leader Ray');
    const editor = new Annotator();
    const options = { documentDate: '2024-05-01' };
    for (const text of [before, after, before]) assert.deepEqual(editor.annotate(text, options), annotate(text, options));
    assert.equal(speakerOf(before, 'not budge'), 'Tom Hale');
    assert.notEqual(speakerOf(after, 'not budge'), 'Tom Hale');
  });

  test('the other direction, and a woman', () => {
    const text = 'House Minority Leader Nancy Pelosi spoke first. House Republican Leader Kevin McCarthy followed her. "It is a good deal," McCarthy said. The House Democratic leader said she disagreed.';
    assert.equal(speakerOf(text, 'she disagreed'), 'Nancy Pelosi');
  });

  test('British parties, by any of their names', () => {
    const senedd = 'Conservative Senedd leader Tom Harris backed the plan. Plaid Cymru Senedd leader Owen Hughes opposed it. "This is the wrong choice," Hughes said. The Conservative Senedd leader said he would vote for it.';
    assert.equal(speakerOf(senedd, 'vote for it'), 'Tom Harris');
    // "Tory" and "Conservative" name one party.
    const tory = 'Tory leader Kemi Badenoch visited the factory on Monday. Labour leader Keir Starmer was in Leeds. "We will build," Starmer said. The Conservative leader said the plan would fail.';
    assert.equal(speakerOf(tory, 'plan would fail'), 'Kemi Badenoch');
    const labour = 'Labour leader Keir Starmer was in Leeds. Tory leader Kemi Badenoch visited the factory. "We will cut taxes," Badenoch said. The Labour leader said the plan would fail.';
    assert.equal(speakerOf(labour, 'plan would fail'), 'Keir Starmer');
  });

  test('a party the text gives the holder beside the name', () => {
    const brackets = 'Sen. John Thune (R-S.D.) spoke first. Sen. Dick Durbin (D-Ill.) followed him. "It is a bad deal," Durbin said. The Republican senator said he disagreed.';
    assert.equal(speakerOf(brackets, 'he disagreed'), 'John Thune');
    const appositive = 'Sen. John Thune, a Republican, spoke first. Sen. Dick Durbin, a Democrat, followed him. "It is a bad deal," Durbin said. The Republican senator said he disagreed.';
    assert.equal(speakerOf(appositive, 'he disagreed'), 'John Thune');
    const title = 'Democratic Sen. Dick Durbin spoke first. Republican Sen. John Thune followed him. "It is a bad deal," Thune said. The Democratic senator said he disagreed.';
    assert.equal(speakerOf(title, 'he disagreed'), 'Dick Durbin');
  });

  test('a holder whose party the text never gives is not ruled out', () => {
    assert.equal(speakerOf('Sen. John Smith spoke first. "It is a good deal," Smith said. The Republican senator said he would vote for it.', 'vote for it'), 'John Smith');
    assert.equal(speakerOf('Senate Majority Leader Tom Hale spoke to reporters. The Senate Republican leader said the bill would pass.', 'bill would pass'), 'Tom Hale');
  });

  test('but no holder whose title names another party', () => {
    assert.notEqual(speakerOf('Senate Democratic Leader Ray Cole spoke to reporters. "We will win," Cole said. The Senate Republican leader said he would not budge.', 'not budge'), 'Ray Cole');
    assert.notEqual(speakerOf('Labour MP Jane Hill spoke on Monday. "We will win," Hill said. The Conservative MP said she disagreed.', 'she disagreed'), 'Jane Hill');
  });
});

suite('parties: an epithet naming a party', () => {
  test('"the Kentucky Republican" is not the last speaker the text made a Democrat, nor the reverse', () => {
    const republican = 'Senate Democratic Leader Ray Cole spoke first. Sen. Tom Hale (R-Ky.) followed him. "We will win," Cole said. The Kentucky Republican said he disagreed.';
    assert.equal(speakerOf(republican, 'he disagreed'), 'Tom Hale');
    const democrat = 'Sen. Tom Hale (R-Ky.) spoke first. Senate Democratic Leader Ray Cole followed him. "We will win," Hale said. The Democrat said he disagreed.';
    assert.equal(speakerOf(democrat, 'he disagreed'), 'Ray Cole');
  });

  test('the last speaker still, where the text gives no party', () => {
    assert.equal(speakerOf('Sen. Tom Hale spoke first. "We will win," Hale said. The Kentucky Republican said he disagreed.', 'he disagreed'), 'Tom Hale');
  });
});

suite('parties: "the Tory said", "the Conservative said" (a UK party\'s member, never a name)', () => {
  const annotated = (text: string) => annotate(text, { documentDate: '2019-05-01' });
  const names = (text: string) => {
    const a = annotated(text);
    return [...a.people.map((p) => `PER ${p.name}`), ...a.organizations.map((o) => `ORG ${o.name}`), ...a.places.map((p) => `LOC ${p.name}`)];
  };

  test('the member is the person the text made of that party, not the last one named', () => {
    const pair = 'Theresa May, a Conservative, met Jeremy Corbyn, the Labour leader. Corbyn spoke first.';
    assert.equal(speakerOf(`${pair} "We will win," the Tory said.`, 'We will win'), 'Theresa May');
    assert.equal(speakerOf(`${pair} "We will win," the Conservative said.`, 'We will win'), 'Theresa May');
    assert.equal(speakerOf(`${pair} The Conservative said she would win.`, 'she would win'), 'Theresa May');
    assert.equal(speakerOf('Jeremy Corbyn, the Labour leader, met Theresa May, a Conservative. The Tory said she would win.', 'she would win'), 'Theresa May');
    // As "the Republican said" does.
    assert.equal(speakerOf('Ted Cruz, a Republican, met Hillary Clinton, a Democrat. "We will win," the Republican said.', 'We will win'), 'Ted Cruz');
  });

  test('no one of that party named: the member stays unnamed, and is no person, body or place', () => {
    for (const text of ['The Tory said "we will win."', '"We will win," the Tory said.', 'The Conservative said "we will win."', 'A Tory told reporters that they would win.']) {
      const a = annotated(text);
      assert.ok(a.quotes.length > 0, text);
      assert.ok(a.quotes.every((q) => q.speakerId === null), text);
      assert.deepEqual(names(text), [], text);
    }
    // Before a title the word names the party, as "One Labour MP" does.
    assert.deepEqual(names('Theresa May met Jeremy Corbyn. "We will win," the Tory MP said.'), ['PER Theresa May', 'PER Jeremy Corbyn', 'ORG Tory']);
  });

  test('"the Tories" are a party\'s members, as "the Democrats" are: no place, no person', () => {
    for (const text of ['The Tories won the election in 2019 and kept the seat.', 'Polls show the Tories trailing by 20 points.']) {
      assert.deepEqual(names(text), [], text);
    }
  });

  test('"Tory Lanez", "Tory said" after him, "the Labour Party" keep their names', () => {
    const a = annotated('Tory Lanez released an album. "It is good," Tory said. The Labour Party said it agreed.');
    assert.deepEqual(a.people.map((p) => [p.name, p.mentions.length]), [['Tory Lanez', 2]]);
    assert.deepEqual(a.organizations.map((o) => o.name), ['Labour Party']);
    assert.equal(speakerOf('Tory Lanez released an album. "It is good," Tory said.', 'It is good'), 'Tory Lanez');
    assert.deepEqual(names('Jane Smith spoke to the Conservative Party conference.'), ['PER Jane Smith', 'ORG Conservative Party']);
    // The party's word before a title and a name is no word of the name, nor is the title.
    const soubry = annotated('Labour MP Jeremy Corbyn met Tory MP Anna Soubry. "No," the Tory MP said.');
    assert.deepEqual(soubry.people.map((p) => p.name), ['Jeremy Corbyn', 'Anna Soubry']);
    assert.equal(soubry.quotes[0].speakerName, 'Anna Soubry');
  });
});
