import type { Annotations, Span } from '../core/types';
import type { HighlightKind } from './config';

/**
 * Which spans each highlight kind covers. Speakers are every mention of a person or
 * organization that some quote is attributed to, plus the mention next to each cue (which
 * may be a pronoun); other people are the remaining person mentions.
 */
export function highlightSpans(a: Annotations): Record<HighlightKind, Span[]> {
  const speakerIds = new Set(a.quotes.map((q) => q.speakerId).filter((id): id is string => id !== null));
  const speakers: Span[] = [];
  const people: Span[] = [];
  for (const p of a.people) (speakerIds.has(p.id) ? speakers : people).push(...p.mentions);
  for (const o of a.organizations) if (speakerIds.has(o.id)) speakers.push(...o.mentions);
  const seen = new Set(speakers.map((s) => s.start));
  for (const q of a.quotes) {
    if (q.speakerMention && q.speakerId && !seen.has(q.speakerMention.start)) {
      speakers.push(q.speakerMention);
      seen.add(q.speakerMention.start);
    }
  }
  return {
    speakers,
    people,
    quotes: a.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text })),
    places: a.places.flatMap((p) => p.mentions),
    dates: a.dates,
  };
}
