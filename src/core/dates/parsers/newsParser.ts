import type { Component, ParsedComponents, Parser, ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import { NOT_AFTER_WORD_CHARACTER } from '../../text/asciiFirstLookbehinds';

// Our parsers join chrono's list, so chrono's own refiners (overlap removal, merging a
// date with a time) treat their results like any other. What TimeML needs beyond a
// calendar date (a quarter, a season, a duration) travels as tags `news/key=value`,
// which chrono keeps when it clones or merges results.

export type NewsKind =
  | 'year' | 'decade' | 'century' | 'quarter' | 'half' | 'season' | 'holiday'
  | 'reference' | 'duration' | 'set' | 'anaphor' | 'relative' | 'weekOf' | 'clock' | 'weekdayOfMonth' | 'weekAfter' | 'yearEnd' | 'ordinalDay' | 'overnight' | 'playingSeason';

export type NewsTags = Partial<Record<string, string>> & { kind?: NewsKind };

const PREFIX = 'news/';

export function addNewsTags(components: ParsingComponents, tags: Record<string, string | number | undefined>): ParsingComponents {
  for (const k in tags) {
    const v = tags[k];
    if (v !== undefined) components.addTag(`${PREFIX}${k}=${v}`);
  }
  return components;
}

const kindOfComponents = new WeakMap<ParsedComponents, NewsKind | null>();

/** Which of our parsers produced a result, if any: read once per components object (refiners ask often). */
export function newsKindOf(components: ParsedComponents): NewsKind | undefined {
  let kind = kindOfComponents.get(components);
  if (kind === undefined) {
    kind = readNewsTags(components.tags()).kind ?? null;
    kindOfComponents.set(components, kind);
  }
  return kind ?? undefined;
}

export function readNewsTags(tags: Set<string>): NewsTags {
  const out: NewsTags = {};
  for (const t of tags) {
    if (!t.startsWith(PREFIX)) continue;
    const eq = t.indexOf('=');
    (out as Record<string, string>)[t.slice(PREFIX.length, eq)] = t.slice(eq + 1);
  }
  return out;
}

type Extract = (context: ParsingContext, match: RegExpExecArray) => ParsingComponents | ParsingResult | null;

/** A chrono parser that says which kinds of trigger words (dateTriggers.ts) every match contains. */
export interface NewsParser extends Parser {
  kinds: number;
  /** Words (lowercase) of which every match holds one, or a pattern every match's text holds a match of; empty when there are none to name. */
  needs: readonly string[] | RegExp;
}

/**
 * A chrono parser from a pattern that must start at a word boundary. chrono runs the
 * pattern on the rest of its text after each match, so the boundary is a lookbehind
 * (NOT_AFTER_WORD_CHARACTER: our patterns scan the date windows in two fifths of the time the
 * plain `(?<![\p{L}\p{N}'’.-])` took).
 * `needs`: words (lowercase) of which every match holds one, or a pattern every match holds
 * a match of (never looking back before the match); NewsChrono does not run the
 * parser on a text without any of them (its pattern is the slower test).
 */
export function newsParser(kinds: number, inner: RegExp, extract: Extract, needs: readonly string[] | RegExp = []): NewsParser {
  const pattern = new RegExp(`${NOT_AFTER_WORD_CHARACTER}(?:${inner.source})`, `${inner.flags.replace(/[gu]/g, '')}u`);
  return {
    kinds,
    needs,
    pattern: () => pattern,
    extract: (context, match) => extract(context, match as RegExpExecArray),
  };
}

/** Kinds that name no point of the calendar: chrono must not merge them with a date or a time. */
const NOT_CALENDAR = new Set(['duration', 'set', 'reference', 'anaphor', 'relative', 'weekAfter', 'yearEnd', 'overnight', 'playingSeason']);

/**
 * A result covering the whole match (or its last `span` characters: a word that only
 * introduces the phrase, "for" in "for years", is matched but not kept), with the given
 * known components and tags.
 */
export function resultOf(context: ParsingContext, match: RegExpExecArray, known: Partial<Record<Component, number>>, tags: Record<string, string | number | undefined>, span?: string): ParsingResult {
  const kept = span ?? match[0];
  const start = context.createParsingComponents();
  let knownCount = 0;
  for (const k in known) {
    start.assign(k as Component, known[k as Component] as number);
    knownCount++;
  }
  const ref = context.reference.getDateWithAdjustedTimezone();
  if (!('year' in known)) start.imply('year', ref.getFullYear());
  if (!('month' in known)) start.imply('month', 'year' in known ? 1 : ref.getMonth() + 1);
  if (!('day' in known)) start.imply('day', 'year' in known || 'month' in known ? 1 : ref.getDate());
  // chrono merges a result with no certain date part into a neighbouring date as its
  // time ("the first nine months" + "of 1997", "a year ago" + ". The latest period").
  // Certain on both a date and a clock part, our results are neither "only a date" nor
  // "only a time" to chrono's merging refiners; their values come from the tags.
  if (NOT_CALENDAR.has(String(tags.kind))) start.assign('year', start.get('year') ?? ref.getFullYear());
  else if (knownCount === 0) start.assign('month', start.get('month') ?? 1);
  start.assign('second', 0);
  addNewsTags(start, tags);
  kindOfComponents.set(start, (tags.kind as NewsKind | undefined) ?? null);
  // Made with its start: a result made without one gets a start of its own, thrown away.
  return context.createParsingResult(match.index + match[0].length - kept.length, kept, start);
}
