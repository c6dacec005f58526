import type { AnalyzedText } from '../text/analyzedText';
import { tokenIndexAt } from '../text/analyzedText';
import type { GroupedEntities } from '../entities/entityGrouper';
import type { Span } from '../types';
import type { FoundQuote } from './quoteFinder';
import { isSpeechVerb } from './reportingVerbs';
import { isOrganizationRole, type IndexedMention } from './mentionIndex';

export interface Attribution {
  speakerId: string | null;
  speakerMention: Span | null;
  cue: Span | null;
}

const NONE: Attribution = { speakerId: null, speakerMention: null, cue: null };
const WINDOW_AFTER = 14;
const WINDOW_BEFORE = 30;

/**
 * Attributes each quote to a speaker from the reporting verb next to it:
 * `"…," X said`, `"…," said X`, `X said: "…"`, `X said "…"`, and a quote with no cue in
 * the paragraph after one by the same speaker. Pronouns and role nouns resolve to the
 * nearest fitting earlier entity.
 */
export function resolveSpeakers(
  doc: AnalyzedText,
  quotes: FoundQuote[],
  mentions: IndexedMention[],
  entities: GroupedEntities,
): Attribution[] {
  const result: Attribution[] = [];
  let previous: { attribution: Attribution; paragraphEnd: number } | null = null;
  for (const q of quotes) {
    // `X said: "…"` names its speaker before the quote; otherwise look after it first.
    const introduced = /[:,]\s*$/.test(doc.text.slice(Math.max(0, q.start - 3), q.start));
    let a: Attribution | null = introduced
      ? beforeQuote(doc, q, mentions, entities) ?? afterQuote(doc, q, mentions, entities)
      : afterQuote(doc, q, mentions, entities) ?? beforeQuote(doc, q, mentions, entities);
    if (!a && previous && previous.attribution.speakerId) {
      // A quote with no cue, right after a quoted paragraph of the same speaker.
      const gap = doc.text.slice(previous.paragraphEnd, q.start);
      if (!/[\p{L}]{3,}/u.test(gap.replace(/["“”„«»'‘’]/gu, '')) || gap.length < 3) a = { ...previous.attribution, cue: null, speakerMention: null };
    }
    const attribution: Attribution = a ?? NONE;
    result.push(attribution);
    previous = { attribution, paragraphEnd: paragraphEndAfter(doc, q.end) };
  }
  return result;
}

function paragraphEndAfter(doc: AnalyzedText, offset: number): number {
  for (const p of doc.paragraphs) if (p.end >= offset) return p.end;
  return offset;
}

function isBoundary(text: string): boolean {
  return text === '.' || text === '!' || text === '?' || /^["“„«]$/u.test(text);
}

function afterQuote(doc: AnalyzedText, q: FoundQuote, mentions: IndexedMention[], entities: GroupedEntities): Attribution | null {
  const { tokens } = doc;
  const from = tokenIndexAt(doc, q.end);
  const limit = Math.min(tokens.length, from + WINDOW_AFTER);
  for (let i = from; i < limit; i++) {
    const t = tokens[i];
    if (isBoundary(t.text) || lineBreakBetween(doc, i > from ? tokens[i - 1].end : q.end, t.start)) return null;
    if (t.kind !== 'word' || !isSpeechVerb(t.text)) continue;
    const cue = { start: t.start, end: t.end, text: t.text };
    // Subject between the quote and the verb, else the inverted order "said X".
    const subject = lastMentionIn(mentions, q.end, t.start) ?? firstMentionIn(mentions, t.end, sentenceEndAfter(doc, i));
    if (!subject) return null;
    return attribute(subject, cue, mentions, entities);
  }
  return null;
}

function beforeQuote(doc: AnalyzedText, q: FoundQuote, mentions: IndexedMention[], entities: GroupedEntities): Attribution | null {
  const { tokens } = doc;
  const to = tokenIndexAt(doc, q.start) - 1;
  const limit = Math.max(0, to - WINDOW_BEFORE);
  let sentenceStart = q.start;
  for (let i = to; i >= limit; i--) {
    const t = tokens[i];
    if (isBoundary(t.text) || /^[”»]$/u.test(t.text) || (i < to && lineBreakBetween(doc, t.end, tokens[i + 1].start))) break;
    sentenceStart = t.start;
  }
  for (let i = to; i >= limit && tokens[i] && tokens[i].start >= sentenceStart; i--) {
    const t = tokens[i];
    if (t.kind !== 'word' || !isSpeechVerb(t.text)) continue;
    const cue = { start: t.start, end: t.end, text: t.text };
    const subject = lastMentionIn(mentions, sentenceStart, t.start) ?? firstMentionIn(mentions, t.end, q.start);
    if (!subject) return null;
    return attribute(subject, cue, mentions, entities);
  }
  return null;
}

function lineBreakBetween(doc: AnalyzedText, a: number, b: number): boolean {
  return /[\n\r]/.test(doc.text.slice(a, b));
}

function sentenceEndAfter(doc: AnalyzedText, tokenIndex: number): number {
  const { tokens } = doc;
  for (let i = tokenIndex; i < tokens.length && i < tokenIndex + WINDOW_AFTER; i++) {
    if (isBoundary(tokens[i].text)) return tokens[i].start;
  }
  return tokens[Math.min(tokens.length - 1, tokenIndex + WINDOW_AFTER)].end;
}

function lastMentionIn(mentions: IndexedMention[], from: number, to: number): IndexedMention | null {
  let found: IndexedMention | null = null;
  for (const m of mentionsIn(mentions, from, to)) if (!found || m.start >= found.end) found = m;
  return found;
}

function firstMentionIn(mentions: IndexedMention[], from: number, to: number): IndexedMention | null {
  return mentionsIn(mentions, from, to)[0] ?? null;
}

function mentionsIn(mentions: IndexedMention[], from: number, to: number): IndexedMention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: IndexedMention[] = [];
  for (let i = lo; i < mentions.length && mentions[i].end <= to; i++) out.push(mentions[i]);
  return out;
}

function attribute(subject: IndexedMention, cue: Span, mentions: IndexedMention[], entities: GroupedEntities): Attribution {
  const speakerMention = { start: subject.start, end: subject.end, text: subject.text };
  return { speakerId: subject.entityId ?? resolveReference(subject, mentions, entities), speakerMention, cue };
}

/** The entity a pronoun or role noun refers to: the nearest earlier fitting name. */
export function resolveReference(m: IndexedMention, mentions: IndexedMention[], entities: GroupedEntities): string | null {
  const lower = m.text.toLowerCase();
  const noun = lower.split(/\s+/).pop() ?? '';
  const wantsOrganization = m.kind === 'role' && isOrganizationRole(noun);
  let fallback: string | null = null;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const c = mentions[i];
    if (c.start >= m.start || !c.entityId) continue;
    if (wantsOrganization) {
      if (c.kind === 'organization') return c.entityId;
      continue;
    }
    if (lower === 'they' && c.kind === 'organization') return c.entityId;
    if (c.kind !== 'person') continue;
    if (m.kind === 'role') {
      if (entities.rolesOf.get(c.entityId)?.has(noun)) return c.entityId;
      fallback ??= c.entityId;
      continue;
    }
    return c.entityId;
  }
  return fallback;
}
