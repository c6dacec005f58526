import * as assert from 'node:assert/strict';
import type { Annotations, Span } from '../../../src/core/types';

// What must hold for ANY text the core is given, whatever the finders make of it: the
// contract the adapters rely on when they turn offsets into editor ranges, brat offsets
// or JSON. Used by the property-based and the adversarial-input tests.

interface Labelled {
  what: string;
  start: number;
  end: number;
  text?: string;
}

/** Every span the document holds, with a label saying where it came from. */
export function spansOf(a: Annotations): { kind: string; spans: Labelled[] }[] {
  const mentions = (kind: string, list: { id: string; mentions: Span[] }[]): Labelled[] =>
    list.flatMap((e) => e.mentions.map((m, i) => ({ what: `${kind} ${e.id} mention ${i}`, ...m })));
  return [
    { kind: 'entity mentions', spans: [...mentions('person', a.people), ...mentions('organization', a.organizations), ...mentions('place', a.places)] },
    { kind: 'quotes', spans: a.quotes.map((q) => ({ what: `quote ${q.id}`, start: q.start, end: q.end, text: q.text })) },
    { kind: 'speaker mentions', spans: a.quotes.flatMap((q) => (q.speakerMention ? [{ what: `speakerMention of ${q.id}`, ...q.speakerMention }] : [])) },
    { kind: 'cues', spans: a.quotes.flatMap((q) => (q.cue ? [{ what: `cue of ${q.id}`, ...q.cue }] : [])) },
    { kind: 'dates', spans: a.dates.map((d, i) => ({ what: `date ${i}`, start: d.start, end: d.end, text: d.text })) },
    { kind: 'problems', spans: a.problems.map((p, i) => ({ what: `problem ${i} (${p.code})`, start: p.start, end: p.end })) },
  ];
}

/** Two spans either do not overlap or one contains the other. */
function crossing(a: Labelled, b: Labelled): boolean {
  const overlap = a.start < b.end && b.start < a.end;
  const nested = (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
  return overlap && !nested;
}

function overlapping(a: Labelled, b: Labelled): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Asserts the contract: spans inside the text with start < end and `text` equal to the
 * slice; entity mentions and dates never overlap; quotes never cross (a quote inside a
 * quote is by design); speaker ids point at entities; the document survives JSON.
 */
export function assertWellFormed(text: string, a: Annotations): void {
  for (const { spans } of spansOf(a)) {
    for (const s of spans) {
      assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${s.what}: offsets ${s.start}-${s.end} are not integers`);
      assert.ok(s.start >= 0 && s.end <= text.length, `${s.what}: ${s.start}-${s.end} is outside the text (length ${text.length})`);
      assert.ok(s.start < s.end, `${s.what}: empty or reversed span ${s.start}-${s.end}`);
      if (s.text !== undefined) assert.equal(s.text, text.slice(s.start, s.end), `${s.what}: text differs from the slice ${s.start}-${s.end}`);
    }
  }
  const byKind = new Map(spansOf(a).map((k) => [k.kind, k.spans]));
  assertPairwise(byKind.get('entity mentions') ?? [], overlapping, 'entity mentions overlap');
  assertPairwise(byKind.get('dates') ?? [], overlapping, 'dates overlap');
  assertPairwise(byKind.get('quotes') ?? [], crossing, 'quotes cross (overlap without one inside the other)');

  const ids = [...a.people, ...a.organizations, ...a.places].map((e) => e.id);
  assert.equal(new Set(ids).size, ids.length, `entity ids are not unique: ${ids.join(',')}`);
  assert.equal(new Set(a.quotes.map((q) => q.id)).size, a.quotes.length, 'quote ids are not unique');
  const names = new Map([...a.people, ...a.organizations].map((e) => [e.id, e.name]));
  for (const q of a.quotes) {
    if (q.speakerId === null) {
      assert.equal(q.speakerName, null, `${q.id}: a speaker name without a speaker id`);
    } else {
      assert.ok(names.has(q.speakerId), `${q.id}: speakerId ${q.speakerId} is no person or organization`);
      assert.equal(q.speakerName, names.get(q.speakerId), `${q.id}: speakerName is not the entity's name`);
    }
  }
  for (const e of [...a.people, ...a.organizations, ...a.places]) assert.ok(e.mentions.length > 0, `${e.id} has no mention`);
  if (a.documentDate !== null) assert.match(a.documentDate, /^\d{4}-\d{2}-\d{2}$/u, 'documentDate is not YYYY-MM-DD');
  // The worker hands results over by structured clone and the command line prints JSON:
  // NaN, Infinity or undefined would change on the way.
  assert.deepEqual(JSON.parse(JSON.stringify(a)), a, 'the annotations do not survive a JSON round trip unchanged');
}

/** Pairwise over spans sorted by start: linear-ish, stops at the first pair that breaks the rule. */
function assertPairwise(spans: Labelled[], bad: (a: Labelled, b: Labelled) => boolean, message: string): void {
  const sorted = [...spans].sort((x, y) => x.start - y.start || y.end - x.end);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j].start < sorted[i].end; j++) {
      if (bad(sorted[i], sorted[j])) {
        assert.fail(`${message}: ${sorted[i].what} ${sorted[i].start}-${sorted[i].end} and ${sorted[j].what} ${sorted[j].start}-${sorted[j].end}`);
      }
    }
  }
}
