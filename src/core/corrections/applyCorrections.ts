import type { Annotations, Place, Quote, Span } from '../types';
import { findDates } from '../dates/dateFinder';
import { lookupPlaces } from '../places/gazetteer';
import type {
  AttributeCorrection, Correction, CorrectionOutcome, MarkCorrection, MergeCorrection, PlaceIdentityCorrection, RemoveCorrection,
} from './correctionTypes';
import { resolveAnchor, type ResolvedAnchor } from './textAnchor';
import { describeCorrection } from './describeCorrection';
import {
  IdAllocator, addMention, entitiesOf, entityNamed, overlapLength, overlaps, personBySurname, removeMentions, settle,
  type Entity, type EntityKind,
} from './annotationIndex';

export interface CorrectedAnnotations {
  annotations: Annotations;
  /** One per correction, in the order given. */
  outcomes: CorrectionOutcome[];
}

/** How far from a quote a mention of its speaker may stand to be shown as the one who spoke. */
const SPEAKER_MENTION_REACH = 300;
const QUOTE_MARK = /^["“”„«»‹›‘’'‚]/u;

/**
 * Applies an editor's corrections on top of the finders' annotations, in the order they
 * were made (a later correction wins). Pure: returns a corrected copy and what became of
 * each correction; the input is left as it was.
 */
export function applyCorrections(text: string, annotations: Annotations, corrections: readonly Correction[]): CorrectedAnnotations {
  if (corrections.length === 0) return { annotations, outcomes: [] };
  const a = structuredClone(annotations);
  const ids = new IdAllocator(a);
  const outcomes = corrections.map((c) => {
    const outcome = applyOne(text, a, c, ids);
    settle(a); // each correction sees the result of the ones before it
    return outcome;
  });
  return { annotations: a, outcomes };
}

function applyOne(text: string, a: Annotations, c: Correction, ids: IdAllocator): CorrectionOutcome {
  switch (c.type) {
    case 'mark': return mark(text, a, c, ids);
    case 'remove': return remove(text, a, c);
    case 'attribute': return attribute(text, a, c, ids);
    case 'merge': return merge(a, c);
    case 'place-identity': return identifyPlace(a, c);
  }
}

function outcome(c: Correction, status: CorrectionOutcome['status'], span: { start: number; end: number }, detail?: string): CorrectionOutcome {
  const what = describeCorrection(c);
  const message =
    status === 'gone' ? `Correction ${what} no longer applies: ${detail ?? 'its text is gone'}.`
    : status === 'changed' ? `Correction ${what} now applies to "${detail ?? ''}": its text was edited.`
    : status === 'no-effect' ? `Correction ${what}: ${detail ?? 'the finders already agree'}.`
    : `Correction ${what} applied.`;
  return { id: c.id, status, start: span.start, end: span.end, message };
}

function gone(text: string, c: Correction, hint: number, detail?: string): CorrectionOutcome {
  const at = Math.min(Math.max(0, hint), text.length);
  return outcome(c, 'gone', { start: at, end: at }, detail);
}

function spanOf(text: string, r: ResolvedAnchor): Span {
  return { start: r.start, end: r.end, text: text.slice(r.start, r.end) };
}

function found(text: string, c: Correction, r: ResolvedAnchor): CorrectionOutcome {
  return r.changed ? outcome(c, 'changed', r, text.slice(r.start, r.end)) : outcome(c, 'applied', r);
}

function mark(text: string, a: Annotations, c: MarkCorrection, ids: IdAllocator): CorrectionOutcome {
  const r = resolveAnchor(text, c.target);
  if (!r) return gone(text, c, c.target.start);
  const span = spanOf(text, r);
  switch (c.as) {
    case 'person':
    case 'organization':
    case 'place':
      markEntity(a, c.as, span, ids);
      return found(text, c, r);
    case 'speaker': {
      const person = markEntity(a, 'person', span, ids);
      const q = c.quote ? resolveAnchor(text, c.quote) : null;
      if (!q) return gone(text, c, c.quote?.start ?? c.target.start, 'the quote it was said about is gone');
      const quote = quoteAt(a, q) ?? addQuote(text, a, q, ids);
      quote.speakerId = person.id;
      quote.speakerMention = span;
      delete quote.speakerReferent;
      return found(text, c, r);
    }
    case 'date': {
      a.dates = a.dates.filter((d) => !overlaps(d, span));
      const parsed = findDates(span.text, a.documentDate).find((d) => d.start === 0 && d.end >= span.text.trimEnd().length);
      a.dates.push({ ...span, type: parsed?.type ?? 'DATE', value: parsed?.value ?? null });
      return found(text, c, r);
    }
    case 'quote': {
      const previous = quoteAt(a, r);
      a.quotes = a.quotes.filter((q) => !overlaps(q, span));
      const quote = addQuote(text, a, r, ids);
      if (previous) Object.assign(quote, { speakerId: previous.speakerId, speakerMention: previous.speakerMention, cue: previous.cue }, previous.speakerReferent ? { speakerReferent: previous.speakerReferent } : {});
      return found(text, c, r);
    }
  }
}

/** Makes `span` a mention of an entity of `kind` (an existing one of that name, else a new one); it stops being anything else. */
function markEntity(a: Annotations, kind: EntityKind, span: Span, ids: IdAllocator): Entity {
  removeMentions(a, span, ['person', 'organization', 'place']);
  const list = entitiesOf(a, kind);
  const entity = entityNamed(list, span.text) ?? (kind === 'person' ? personBySurname(a.people, span.text) : undefined) ?? newEntity(a, kind, span.text, ids);
  addMention(entity, span);
  return entity;
}

function newEntity(a: Annotations, kind: EntityKind, name: string, ids: IdAllocator): Entity {
  if (kind === 'person') {
    const person = { id: ids.take('p'), name, aliases: [], mentions: [], quoteCount: 0 };
    a.people.push(person);
    return person;
  }
  if (kind === 'organization') {
    const organization = { id: ids.take('o'), name, mentions: [], quoteCount: 0 };
    a.organizations.push(organization);
    return organization;
  }
  const known = lookupPlaces(name)[0];
  const place = {
    id: ids.take('l'), name, mentions: [], kind: known?.kind ?? 'other', country: known?.country ?? null,
    lat: known?.lat ?? null, lon: known?.lon ?? null, population: known?.population ?? null,
  } satisfies Place;
  a.places.push(place);
  return place;
}

function remove(text: string, a: Annotations, c: RemoveCorrection): CorrectionOutcome {
  const r = resolveAnchor(text, c.target);
  if (!r) return gone(text, c, c.target.start);
  let removed = 0;
  if (c.what === 'date' || c.what === 'quote') {
    const list: Array<{ start: number; end: number }> = c.what === 'date' ? a.dates : a.quotes;
    const equal = list.some((x) => x.start === r.start && x.end === r.end);
    const keep = (x: { start: number; end: number }): boolean => !(equal ? x.start === r.start && x.end === r.end : overlaps(x, r));
    if (c.what === 'date') a.dates = a.dates.filter(keep);
    else a.quotes = a.quotes.filter(keep);
    removed = list.length - (c.what === 'date' ? a.dates.length : a.quotes.length);
  } else {
    removed = removeMentions(a, r, [c.what], true);
  }
  return removed ? found(text, c, r) : outcome(c, 'no-effect', r, `no ${c.what} is found there any more`);
}

function attribute(text: string, a: Annotations, c: AttributeCorrection, ids: IdAllocator): CorrectionOutcome {
  const r = resolveAnchor(text, c.quote);
  if (!r) return gone(text, c, c.quote.start);
  let speaker: Entity | undefined;
  if (c.speaker !== null) {
    speaker = entityNamed(a.people, c.speaker) ?? entityNamed(a.organizations, c.speaker);
    if (!speaker) return gone(text, c, r.start, `"${c.speaker}" is no longer among the article's people`);
  }
  const quote = quoteAt(a, r) ?? addQuote(text, a, r, ids);
  quote.speakerId = speaker?.id ?? null;
  quote.speakerMention = speaker ? nearestMention(speaker, quote) : null;
  delete quote.speakerReferent;
  if (!speaker) quote.cue = null;
  return found(text, c, r);
}

function merge(a: Annotations, c: MergeCorrection): CorrectionOutcome {
  for (const kind of ['person', 'organization'] as const) {
    const list = entitiesOf(a, kind);
    const from = entityNamed(list, c.from);
    const into = entityNamed(list, c.into);
    if (!from || !into) continue;
    const at = into.mentions[0] ?? { start: 0, end: 0 };
    if (from === into) return outcome(c, 'no-effect', at, 'they are already one');
    for (const m of from.mentions) addMention(into, m);
    from.mentions = [];
    if ('aliases' in into && 'aliases' in from) {
      const names = new Set([...into.aliases, from.name, ...from.aliases]);
      names.delete(into.name);
      into.aliases = [...names];
    }
    for (const q of a.quotes) if (q.speakerId === from.id) q.speakerId = into.id;
    return outcome(c, 'applied', into.mentions[0] ?? at);
  }
  const missing = [c.from, c.into].filter((n) => !entityNamed(a.people, n) && !entityNamed(a.organizations, n));
  return gone('', c, 0, `${missing.map((n) => `"${n}"`).join(' and ') || 'they'} no longer among the article's people`);
}

function identifyPlace(a: Annotations, c: PlaceIdentityCorrection): CorrectionOutcome {
  const place = entityNamed(a.places, c.place);
  if (!place || !('kind' in place)) return gone('', c, 0, `"${c.place}" is no longer among the article's places`);
  Object.assign(place, c.identity);
  return outcome(c, 'applied', place.mentions[0]);
}

/** The quote overlapping the span most. */
function quoteAt(a: Annotations, span: { start: number; end: number }): Quote | undefined {
  let best: Quote | undefined;
  let bestOverlap = 0;
  for (const q of a.quotes) {
    const o = overlapLength(q, span);
    if (o > bestOverlap) [best, bestOverlap] = [q, o];
  }
  return best;
}

function addQuote(text: string, a: Annotations, r: { start: number; end: number }, ids: IdAllocator): Quote {
  const quote: Quote = {
    id: ids.take('q'),
    kind: QUOTE_MARK.test(text.slice(r.start, r.end)) ? 'direct' : 'indirect',
    start: r.start,
    end: r.end,
    text: text.slice(r.start, r.end),
    speakerId: null,
    speakerName: null,
    speakerMention: null,
    cue: null,
  };
  a.quotes.push(quote);
  return quote;
}

/** The speaker's mention closest to the quote, if one is near enough to be the one that introduces it. */
function nearestMention(e: Entity, q: Quote): Span | null {
  let best: Span | null = null;
  let bestDistance = SPEAKER_MENTION_REACH;
  for (const m of e.mentions) {
    const d = m.end <= q.start ? q.start - m.end : m.start >= q.end ? m.start - q.end : 0;
    if (d < bestDistance) [best, bestDistance] = [m, d];
  }
  return best;
}
