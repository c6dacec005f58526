import * as assert from 'node:assert/strict';
import { anchorFor, resolveAnchor } from '../../src/core/corrections/textAnchor';
import { applyCorrections } from '../../src/core/corrections/applyCorrections';
import { mergeCorrections } from '../../src/core/corrections/mergeCorrections';
import { parseSidecar, serializeSidecar } from '../../src/core/corrections/sidecarFormat';
import type { Correction } from '../../src/core/corrections/correctionTypes';
import { emptyAnnotations, person, quote, spanOf } from './checkFixtures';

const ARTICLE = 'Georgia said on Monday that talks failed. "We will not sign," the minister said in Tbilisi. Later, "No deal," Nino Burjanadze said. Burjanadze left.';

function anchorOf(text: string, needle: string, nth = 0) {
  const s = spanOf(text, needle, nth);
  return anchorFor(text, s.start, s.end);
}

function resolvedText(text: string, anchor: ReturnType<typeof anchorFor>): string | null {
  const r = resolveAnchor(text, anchor);
  return r ? text.slice(r.start, r.end) : null;
}

suite('corrections: anchoring', () => {
  const anchor = anchorOf(ARTICLE, 'Nino Burjanadze');

  test('survives an edit before the span (offsets shift)', () => {
    const edited = `UPDATED 14:00. ${ARTICLE.replace('talks failed', 'the long talks finally failed')}`;
    const r = resolveAnchor(edited, anchor);
    assert.ok(r);
    assert.equal(edited.slice(r.start, r.end), 'Nino Burjanadze');
    assert.equal(r.changed, false);
  });

  test('survives an edit after the span', () => {
    const edited = ARTICLE.replace('Burjanadze left.', 'Burjanadze left the hall at noon, aides said.');
    assert.equal(resolvedText(edited, anchor), 'Nino Burjanadze');
  });

  test('an edit inside the span is followed by its surroundings and reported as changed', () => {
    const edited = ARTICLE.replace('Nino Burjanadze said', 'Nino Burdjanadze said');
    const r = resolveAnchor(edited, anchor);
    assert.ok(r);
    assert.equal(edited.slice(r.start, r.end), 'Nino Burdjanadze');
    assert.equal(r.changed, true);
  });

  test('text that is gone resolves to nothing', () => {
    assert.equal(resolveAnchor(ARTICLE.replace('"No deal," Nino Burjanadze said. ', ''), anchor), null);
    // deleted with its surroundings left in place: only white space between them
    assert.equal(resolveAnchor(ARTICLE.replace('Nino Burjanadze', ''), anchor), null);
  });

  test('among repeats, the one with the same surroundings wins, even far from the position hint', () => {
    const second = anchorOf(ARTICLE, 'Burjanadze', 1); // "Burjanadze left."
    const edited = `Burjanadze, Burjanadze. ${ARTICLE}`;
    const r = resolveAnchor(edited, second);
    assert.ok(r);
    assert.equal(edited.slice(r.end, r.end + 6), ' left.');
  });

  test('among repeats with no context left, the one nearest the hint wins', () => {
    const text = 'x Tbilisi y Tbilisi z Tbilisi';
    const a = anchorFor(text, 12, 19);
    const r = resolveAnchor('Tbilisi Tbilisi Tbilisi', { ...a, prefix: '', suffix: '' });
    assert.deepEqual(r && [r.start, r.end], [8, 15]);
  });
});

suite('corrections: applying', () => {
  function finderOutput(text: string) {
    // what a finder might have got wrong: Georgia as a person, the minister unresolved
    const a = emptyAnnotations('2024-03-06');
    const nino = person('p2', 'Nino Burjanadze', [spanOf(text, 'Nino Burjanadze'), spanOf(text, 'Burjanadze', 1)], 1);
    a.people.push(person('p1', 'Georgia', [spanOf(text, 'Georgia')]), nino);
    a.places.push({ id: 'l1', name: 'Tbilisi', mentions: [spanOf(text, 'Tbilisi')], kind: 'city', country: 'GE', lat: 41.7, lon: 44.8, population: 1_000_000 });
    a.quotes.push(
      quote('q1', spanOf(text, '"We will not sign,"'), null, spanOf(text, 'the minister'), spanOf(text, 'said', 1)),
      quote('q2', spanOf(text, '"No deal,"'), nino, spanOf(text, 'Nino Burjanadze'), spanOf(text, 'said', 2)),
    );
    a.dates.push({ ...spanOf(text, 'on Monday'), type: 'DATE', value: '2024-03-04' });
    return a;
  }

  test('no corrections: the annotations come back untouched', () => {
    const a = finderOutput(ARTICLE);
    assert.equal(applyCorrections(ARTICLE, a, []).annotations, a);
  });

  test('mark as place overrides the finder, and the input is not modified', () => {
    const a = finderOutput(ARTICLE);
    const before = JSON.stringify(a);
    const c: Correction = { id: 'c1', type: 'mark', as: 'place', target: anchorOf(ARTICLE, 'Georgia') };
    const { annotations: b, outcomes } = applyCorrections(ARTICLE, a, [c]);
    assert.equal(JSON.stringify(a), before);
    assert.deepEqual(b.people.map((p) => p.name), ['Nino Burjanadze']);
    const georgia = b.places.find((p) => p.name === 'Georgia');
    assert.ok(georgia);
    assert.equal(georgia.id, 'l2');
    assert.deepEqual(outcomes.map((o) => o.status), ['applied']);
  });

  test('attribute a quote to a person; counts and names follow', () => {
    const c: Correction = { id: 'c1', type: 'attribute', quote: anchorOf(ARTICLE, '"We will not sign,"'), speaker: 'Nino Burjanadze' };
    const { annotations: b } = applyCorrections(ARTICLE, finderOutput(ARTICLE), [c]);
    assert.equal(b.quotes[0].speakerId, 'p2');
    assert.equal(b.quotes[0].speakerName, 'Nino Burjanadze');
    assert.equal(b.people.find((p) => p.id === 'p2')?.quoteCount, 2);
  });

  test('attribute to a person no longer in the article is reported as gone', () => {
    const c: Correction = { id: 'c1', type: 'attribute', quote: anchorOf(ARTICLE, '"We will not sign,"'), speaker: 'Irakli Kobakhidze' };
    const { annotations: b, outcomes } = applyCorrections(ARTICLE, finderOutput(ARTICLE), [c]);
    assert.equal(outcomes[0].status, 'gone');
    assert.match(outcomes[0].message, /Irakli Kobakhidze/);
    assert.equal(b.quotes[0].speakerId, null);
  });

  test('mark as speaker makes a person who said the quote', () => {
    const text = ARTICLE.replace('the minister said', 'the minister, Darchiashvili, said');
    const a = finderOutput(text);
    a.quotes[0].speakerMention = null;
    const c: Correction = { id: 'c1', type: 'mark', as: 'speaker', target: anchorOf(text, 'Darchiashvili'), quote: anchorOf(text, '"We will not sign,"') };
    const { annotations: b } = applyCorrections(text, a, [c]);
    const p = b.people.find((x) => x.name === 'Darchiashvili');
    assert.ok(p);
    assert.equal(p.quoteCount, 1);
    assert.equal(b.quotes[0].speakerId, p.id);
    assert.deepEqual(b.quotes[0].speakerMention, spanOf(text, 'Darchiashvili'));
  });

  test('remove a date, a quote and a mention; removing the last mention removes the person and their attribution', () => {
    const cs: Correction[] = [
      { id: 'c1', type: 'remove', what: 'date', target: anchorOf(ARTICLE, 'on Monday') },
      { id: 'c2', type: 'remove', what: 'quote', target: anchorOf(ARTICLE, '"We will not sign,"') },
      { id: 'c3', type: 'remove', what: 'person', target: anchorOf(ARTICLE, 'Nino Burjanadze') },
      { id: 'c4', type: 'remove', what: 'person', target: anchorOf(ARTICLE, 'Burjanadze', 1) },
    ];
    const { annotations: b, outcomes } = applyCorrections(ARTICLE, finderOutput(ARTICLE), cs);
    assert.equal(b.dates.length, 0);
    assert.deepEqual(b.quotes.map((q) => q.id), ['q2']);
    assert.deepEqual(b.people.map((p) => p.name), ['Georgia']);
    assert.equal(b.quotes[0].speakerId, null);
    assert.deepEqual(outcomes.map((o) => o.status), ['applied', 'applied', 'applied', 'applied']);
  });

  test('removing what the finders no longer find has no effect, and says so', () => {
    const c: Correction = { id: 'c1', type: 'remove', what: 'place', target: anchorOf(ARTICLE, 'Georgia') };
    assert.equal(applyCorrections(ARTICLE, finderOutput(ARTICLE), [c]).outcomes[0].status, 'no-effect');
  });

  test('mark as quote takes over the attribution of the quote it replaces', () => {
    const c: Correction = { id: 'c1', type: 'mark', as: 'quote', target: anchorOf(ARTICLE, '"No deal,"') };
    const text = ARTICLE;
    const a = finderOutput(text);
    a.quotes[1] = { ...a.quotes[1], start: a.quotes[1].start + 1 };
    const { annotations: b } = applyCorrections(text, a, [c]);
    assert.equal(b.quotes.length, 2);
    assert.equal(b.quotes[1].text, '"No deal,"');
    assert.equal(b.quotes[1].speakerName, 'Nino Burjanadze');
  });

  test('mark as date resolves its value against the article date', () => {
    const text = 'The vote is on Friday.';
    const c: Correction = { id: 'c1', type: 'mark', as: 'date', target: anchorOf(text, 'Friday') };
    const { annotations: b } = applyCorrections(text, emptyAnnotations('2024-03-06'), [c]);
    assert.equal(b.dates.length, 1);
    assert.equal(b.dates[0].text, 'Friday');
    assert.match(b.dates[0].value ?? '', /^2024-03-0\d$/);
  });

  test('merge two people: mentions, aliases and quotes move to the one kept', () => {
    const text = 'Blinkin arrived. "Fine," Antony Blinken said.';
    const a = emptyAnnotations();
    const blinken = person('p2', 'Antony Blinken', [spanOf(text, 'Antony Blinken')], 1);
    a.people.push(person('p1', 'Blinkin', [spanOf(text, 'Blinkin')]), blinken);
    a.quotes.push(quote('q1', spanOf(text, '"Fine,"'), blinken));
    const c: Correction = { id: 'c1', type: 'merge', from: 'Blinkin', into: 'Antony Blinken' };
    const { annotations: b } = applyCorrections(text, a, [c]);
    assert.equal(b.people.length, 1);
    assert.deepEqual(b.people[0].mentions.map((m) => m.text), ['Blinkin', 'Antony Blinken']);
    assert.deepEqual(b.people[0].aliases, ['Blinkin']);
    assert.equal(b.people[0].quoteCount, 1);
  });

  test('set a place identity from the gazetteer', () => {
    const c: Correction = {
      id: 'c1', type: 'place-identity', place: 'Tbilisi',
      identity: { name: 'Tbilisi', kind: 'city', country: 'GE', lat: 41.69, lon: 44.83, population: 1_049_498 },
    };
    const { annotations: b } = applyCorrections(ARTICLE, finderOutput(ARTICLE), [c]);
    assert.equal(b.places[0].population, 1_049_498);
    assert.equal(b.places[0].lat, 41.69);
  });

  test('a later correction wins over an earlier one', () => {
    const target = anchorOf(ARTICLE, 'Georgia');
    const cs: Correction[] = [
      { id: 'c1', type: 'mark', as: 'place', target },
      { id: 'c2', type: 'mark', as: 'organization', target },
    ];
    const { annotations: b } = applyCorrections(ARTICLE, finderOutput(ARTICLE), cs);
    assert.equal(b.places.some((p) => p.name === 'Georgia'), false);
    assert.deepEqual(b.organizations.map((o) => o.name), ['Georgia']);
  });

  test('corrections survive edits, and say so when their text is gone', () => {
    const cs: Correction[] = [
      { id: 'c1', type: 'mark', as: 'place', target: anchorOf(ARTICLE, 'Georgia') },
      { id: 'c2', type: 'attribute', quote: anchorOf(ARTICLE, '"We will not sign,"'), speaker: 'Nino Burjanadze' },
    ];
    const edited = `BREAKING: ${ARTICLE.replace('"We will not sign," the minister said in Tbilisi. ', '')}`;
    const a = finderOutput(ARTICLE);
    const shift = 'BREAKING: '.length;
    // the finders' output for the edited text: shifted and without the removed quote
    const b0 = emptyAnnotations();
    b0.people.push(person('p1', 'Georgia', [{ ...a.people[0].mentions[0], start: shift, end: shift + 7 }]), person('p2', 'Nino Burjanadze', [spanOf(edited, 'Nino Burjanadze')]));
    const { annotations: b, outcomes } = applyCorrections(edited, b0, cs);
    assert.deepEqual(outcomes.map((o) => o.status), ['applied', 'gone']);
    assert.equal(b.places[0].mentions[0].start, shift);
    assert.match(outcomes[1].message, /its text is gone/);
  });
});

suite('corrections: sidecar format and merge', () => {
  const c1: Correction = { id: 'a1', type: 'mark', as: 'person', target: { exact: 'X', prefix: '', suffix: '', start: 0 } };
  const c2: Correction = { id: 'b2', type: 'merge', from: 'A', into: 'B' };
  const c3: Correction = { id: 'c3', type: 'attribute', quote: { exact: '"Q"', prefix: 'p', suffix: 's', start: 4 }, speaker: null };

  test('serialize then parse gives back the corrections', () => {
    const parsed = parseSidecar(serializeSidecar([c1, c2, c3]));
    assert.deepEqual(parsed, { ok: true, corrections: [c1, c2, c3] });
  });

  test('bad JSON, another schema or one malformed entry make the file corrupt, with a reason', () => {
    const bad = (content: string) => {
      const r = parseSidecar(content);
      assert.equal(r.ok, false);
      return r.ok ? '' : r.error;
    };
    assert.match(bad('{"schema": "news-annotator/corrections-v1", "corrections": ['), /not valid JSON/);
    assert.match(bad('{"schema": "other", "corrections": []}'), /schema/);
    assert.match(bad(JSON.stringify({ schema: 'news-annotator/corrections-v1', corrections: [c1, { id: 'z', type: 'mark', as: 'villain', target: c1.target }] })), /correction 2: cannot mark as "villain"/);
    assert.match(bad(JSON.stringify({ schema: 'news-annotator/corrections-v1', corrections: [c1, c1] })), /used twice/);
  });

  test('three-way merge keeps both sides’ additions and honours removals', () => {
    const mine = [c1, c3]; // we removed c2 and added c3
    const c4: Correction = { id: 'd4', type: 'merge', from: 'C', into: 'D' };
    const theirs = [c1, c2, c4]; // they added c4
    const merged = mergeCorrections([c1, c2], mine, theirs);
    assert.deepEqual(merged.corrections.map((c) => c.id), ['a1', 'd4', 'c3']);
    assert.deepEqual(merged.conflicts, []);
  });

  test('a removal on disk is kept even though we still have it', () => {
    const merged = mergeCorrections([c1, c2], [c1, c2], [c1]);
    assert.deepEqual(merged.corrections.map((c) => c.id), ['a1']);
  });

  test('the same id changed on both sides keeps the disk’s version and reports it', () => {
    const theirs: Correction = { ...c2, into: 'E' } as Correction;
    const mine: Correction = { ...c2, into: 'F' } as Correction;
    const merged = mergeCorrections([c2], [mine], [theirs]);
    assert.deepEqual(merged.corrections, [theirs]);
    assert.deepEqual(merged.conflicts, ['b2']);
  });
});
