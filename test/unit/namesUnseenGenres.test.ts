import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';

// Names in genres and places the corpora hold little of: business copy quoting analysts and
// lawyers at firms with two-word names, climate and science, German quotes inside English
// news, French and Spanish buildings. Sentences written for these tests.

const read = (text: string) => annotate(text, { documentDate: '2025-03-04' });
const people = (text: string): string[] => read(text).people.map((p) => p.name);
const organizations = (text: string): string[] => read(text).organizations.map((o) => o.name);
const places = (text: string): string[] => read(text).places.map((l) => l.name);

suite('names in unseen genres', () => {
  test('a firm of two words after "economist at", "analysts at", "a partner at" is an organization, and so are its other mentions', () => {
    const text = '"Rates will fall again," said Lucia Ortega, an economist at Banco Norte.\n\n'
      + 'Analysts at Harrow Lane said the shares were cheap.\n\n'
      + 'Fenwick Dale said in a report that insolvencies fell. "The worst is over," said Tom Reed, a partner at Fenwick Dale.';
    const orgs = organizations(text);
    for (const firm of ['Banco Norte', 'Harrow Lane', 'Fenwick Dale']) assert.ok(orgs.includes(firm), `${firm}: ${orgs.join(' | ')}`);
    const a = read(text);
    assert.ok(!a.people.some((p) => p.name === 'Fenwick Dale') && !a.places.some((l) => l.name === 'Harrow Lane' || l.name === 'Banco Norte'), JSON.stringify([people(text), places(text)]));
    assert.equal(a.organizations.find((o) => o.name === 'Fenwick Dale')?.mentions.length, 2);
  });

  test('a place the gazetteer knows after "lawyers at" stays a place', () => {
    const text = 'Lawyers at Guantanamo said the hearings were delayed again.';
    assert.ok(places(text).includes('Guantanamo'), places(text).join(' | '));
  });
});
