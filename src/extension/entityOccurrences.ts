import type { Annotations, Span } from '../core/types';

/** Everything in an article that names one entity (or one calendar value), in text order. */
export interface Occurrences {
  /** What the spans refer to, for a reader: a name or a date value. */
  label: string;
  spans: Span[];
  /**
   * Where a person, organization or place enters the article: its first mention, where news
   * style gives the full name and role ("Antony Blinken, the US secretary of state").
   * Go to Definition leads there. None for dates.
   */
  introduction?: Span;
}

/**
 * A cursor right after a word still stands on it, as VS Code's own word highlights have it,
 * so that `Blinken|` finds Blinken.
 */
const touches = (span: Span, offset: number): boolean => offset >= span.start && offset <= span.end;

/**
 * The spans that refer to the same entity as whatever is at `offset`: its name mentions
 * and the words quotes were attributed to it by (a pronoun or role noun, "he", "the
 * minister"), or every date with the same calendar value. Undefined where nothing is.
 */
export function occurrencesAt(a: Annotations, offset: number): Occurrences | undefined {
  for (const entity of [...a.people, ...a.organizations, ...a.places]) {
    if (entity.mentions.some((m) => touches(m, offset))) return { label: entity.name, spans: referencesTo(a, entity.id, entity.mentions), introduction: firstOf(entity.mentions) };
  }
  for (const q of a.quotes) {
    if (!q.speakerId || !q.speakerMention || !touches(q.speakerMention, offset)) continue;
    const speaker = [...a.people, ...a.organizations].find((e) => e.id === q.speakerId);
    return { label: speaker?.name ?? q.speakerName ?? q.speakerMention.text, spans: referencesTo(a, q.speakerId, speaker?.mentions ?? []), introduction: speaker && firstOf(speaker.mentions) };
  }
  const date = a.dates.find((d) => d.value !== null && touches(d, offset));
  if (date?.value) return { label: date.value, spans: a.dates.filter((d) => d.value === date.value) };
  return undefined;
}

const firstOf = (mentions: readonly Span[]): Span | undefined =>
  mentions.reduce<Span | undefined>((first, m) => (!first || m.start < first.start ? m : first), undefined);

function referencesTo(a: Annotations, id: string, mentions: readonly Span[]): Span[] {
  const spans = [...mentions];
  // A set, not a search of the list per quote: a long file may hold thousands of each.
  const starts = new Set(mentions.map((m) => m.start));
  for (const q of a.quotes) {
    if (q.speakerId !== id || !q.speakerMention || starts.has(q.speakerMention.start)) continue;
    starts.add(q.speakerMention.start);
    spans.push(q.speakerMention);
  }
  return spans.sort((x, y) => x.start - y.start);
}
