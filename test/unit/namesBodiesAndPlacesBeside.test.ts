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
});
