import { SCHEMA_ID, type Annotations, type Person, type Quote, type Span } from '../../src/core/types';
import type { TextEdit } from '../../src/core/checks/checkTypes';

// Annotations written by hand for the checks, corrections and export tests, so that they
// test those parts and not how well the finders (changing under other work) do.

export function emptyAnnotations(documentDate: string | null = '2024-03-06'): Annotations {
  return {
    schema: SCHEMA_ID, documentDate, documentDateSource: documentDate ? 'user' : 'none',
    people: [], organizations: [], places: [], quotes: [], dates: [], problems: [],
  };
}

/** The span of the `nth` (0-based) occurrence of `needle`. */
export function spanOf(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" #${nth} not in the fixture`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

export function person(id: string, name: string, mentions: Span[], quoteCount = 0): Person {
  return { id, name, aliases: [], mentions, quoteCount };
}

export function quote(id: string, span: Span, speaker: { id: string; name: string } | null, mention: Span | null = null, cue: Span | null = null): Quote {
  return {
    id, kind: 'direct', start: span.start, end: span.end, text: span.text,
    speakerId: speaker?.id ?? null, speakerName: speaker?.name ?? null, speakerMention: mention, cue,
  };
}

/** Applies edits that do not overlap, as an editor would. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
