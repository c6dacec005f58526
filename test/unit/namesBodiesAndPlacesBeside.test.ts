import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';

// Bodies and places told apart by the words beside them in news from abroad: clubs, firms and
// parties described in apposition, places named the way bodies are. Sentences written for these tests.

const read = (text: string) => annotate(text, { documentDate: '2026-11-30' });
const names = (list: readonly { name: string }[]): string[] => list.map((e) => e.name);

suite('bodies and places by the words beside them', () => {
  test('a name described in apposition as a kind of body is that body: "Simba Ochieng, the Kisumu club", "Vortana, the largest energy company"', () => {
    const text = 'Simba Ochieng, the Kisumu club, beat Ulinzi Stars 2-1 on Sunday.\n\nVortana, the largest private energy company, said repairs would take weeks.';
    const a = read(text);
    assert.ok(names(a.organizations).includes('Simba Ochieng') && names(a.organizations).includes('Vortana'), names(a.organizations).join(' | '));
    assert.ok(!names(a.people).includes('Simba Ochieng'), names(a.people).join(' | '));
  });

  test('a name after a possessive and its kind of body is that body: "Her party, Amanecer Nuevo, holds"', () => {
    const text = 'The senator spoke in Puebla on Monday. Her party, Amanecer Nuevo, holds a majority in the state congress.';
    const a = read(text);
    assert.ok(names(a.organizations).includes('Amanecer Nuevo'), names(a.organizations).join(' | '));
  });

  test('a person described by a role at a body stays a person: "Grace Mwangi, the head of the company,"', () => {
    const text = 'Grace Mwangi, the head of the company, said profits had doubled. Peter Otieno, the club\'s chairman, agreed.';
    const a = read(text);
    assert.ok(names(a.people).includes('Grace Mwangi') && names(a.people).includes('Peter Otieno'), names(a.people).join(' | '));
  });

  test('a country before "\'s" and a common noun, or a state before a title, is the place: "Brazil\'s central bank", "Texas Governor"', () => {
    const text = "Brazil's central bank left rates unchanged on Wednesday.\n\nTexas Governor Ann Crowley said her state would follow.";
    const a = read(text);
    assert.ok(!names(a.organizations).includes('Brazil') && !names(a.organizations).includes('Texas'), names(a.organizations).join(' | '));
    assert.ok(names(a.places).includes('Brazil') && names(a.places).includes('Texas'), names(a.places).join(' | '));
  });

  test('a city read as its club after an opening "In" and before a comma is the place: "In Aberdeen, the city council said"', () => {
    const a = read('In Aberdeen, the city council said falling oil prices had cut its income. Aberdeen FC drew 1-1 at home.');
    assert.ok(names(a.places).includes('Aberdeen'), names(a.places).join(' | '));
    assert.ok(names(a.organizations).includes('Aberdeen FC'), names(a.organizations).join(' | '));
  });

  test('a people in the plural is no body ("young Kenyans"), nor is a kind of body in the plural ("Councils across England")', () => {
    const a = read('Her friend, Wanjiku Otieno, said young Kenyans had lost patience.\n\nLEEDS — Councils across England have warned of sharp rises in council tax.');
    assert.ok(!names(a.organizations).includes('Kenyans') && !names(a.organizations).includes('Councils'), names(a.organizations).join(' | '));
  });

  test('a name after "shares in" or after a kind of body and "called" is a body: "Shares in Banco Meridional", "a group called Terra Viva"', () => {
    const a = read('Shares in Banco Meridional fell 3 per cent.\n\nThe protest was led by a group called Terra Viva, which wants lower fuel prices.');
    assert.ok(names(a.organizations).includes('Banco Meridional') && names(a.organizations).includes('Terra Viva'), names(a.organizations).join(' | '));
    assert.ok(!names(a.people).includes('Terra Viva'), names(a.people).join(' | '));
  });

  test('a name read as a person\'s after "the" and before a verb of saying, or before "controlled by", is a body: "The Rivas Cobras said"', () => {
    const a = read('The Rivas Cobras said they had signed a new coach.\n\nTelmex Norte, controlled by the family of a billionaire, said it would invest more.');
    assert.ok(names(a.organizations).includes('Rivas Cobras') && names(a.organizations).includes('Telmex Norte'), names(a.organizations).join(' | '));
    assert.deepEqual(names(a.people), []);
  });

  test('a name the gazetteer does not know, read as a place and joined by "and" to a person\'s, is a person\'s: "Sato and Ryota Nishimoto"', () => {
    const a = read('The club will honour Sato and Ryota Nishimoto in March.\n\nThe White House and Hillary Clinton said nothing.');
    assert.ok(!names(a.places).includes('Ryota Nishimoto'), names(a.places).join(' | '));
    assert.ok(names(a.people).includes('Ryota Nishimoto') && !names(a.people).includes('White House'), names(a.people).join(' | '));
  });

  test('a word for a body after a rank\'s word is the body, no person: "The General Staff of the army said"', () => {
    const a = read('The General Staff of the army said two drones were shot down.');
    assert.deepEqual(names(a.people), []);
    assert.ok(names(a.organizations).includes('General Staff'), names(a.organizations).join(' | '));
  });

  test('a name with a title\'s word inside, set off before an office held of a place, is the holder: "Mwinyi Sheriff Nassir, the governor of"', () => {
    const a = read('Mwinyi Sheriff Nassir, the governor of Mombasa County, urged calm.');
    assert.ok(names(a.people).includes('Mwinyi Sheriff Nassir'), names(a.people).join(' | '));
    assert.ok(!names(a.organizations).includes('Mwinyi Sheriff Nassir'), names(a.organizations).join(' | '));
  });
});
