import type { Annotations, Span } from '../core/types';

/** One replacement of a renamed word, in document offsets. */
export interface NameEdit {
  start: number;
  end: number;
  newText: string;
}

export type RenameTarget =
  | { word: Span; label: string; edits: (newName: string) => NameEdit[] | string }
  | { refusal: string };

const LETTER = /[\p{L}\p{N}\p{M}]/u;
/** Joiners inside a name's word: "O'Brien", "Jean-Pierre", "Al‑Sisi" stay one word. */
const JOINER = /['’\u2010\u2011-]/u;

const isWordChar = (text: string, i: number): boolean =>
  i >= 0 && i < text.length && (LETTER.test(text[i]) || (JOINER.test(text[i]) && LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? '')));

/**
 * What Rename (F2) changes on a name: the word under the cursor, in every mention of the
 * same person, organization or place. Word by word, because a desk fixes a misspelled
 * surname ("Blinkin") far more often than a whole name, and "Antony Blinken", "Blinken" and
 * "Mr. Blinken" share only that word. Pronouns and role nouns a quote was attributed by are
 * left alone: they do not spell the name.
 */
export function renameTargetAt(a: Annotations, text: string, offset: number): RenameTarget {
  for (const entity of [...a.people, ...a.organizations, ...a.places]) {
    const mention = entity.mentions.find((m) => offset >= m.start && offset <= m.end);
    if (!mention) continue;
    const word = wordAt(text, offset, mention);
    if (!word) return { refusal: `Put the cursor on a word of the name "${entity.name}" to rename it.` };
    return { word, label: entity.name, edits: (newName) => editsFor(text, entity.mentions, word.text, newName) };
  }
  return { refusal: 'Rename works on the name of a person, organization or place the article mentions.' };
}

function wordAt(text: string, offset: number, within: Span): Span | undefined {
  // A cursor right after the word still stands on it, as VS Code has it for identifiers.
  let at = offset;
  if (!isWordChar(text, at) || at >= within.end) at -= 1;
  if (at < within.start || !isWordChar(text, at)) return undefined;
  let start = at;
  let end = at + 1;
  while (start > within.start && isWordChar(text, start - 1)) start--;
  while (end < within.end && isWordChar(text, end)) end++;
  return { start, end, text: text.slice(start, end) };
}

function editsFor(text: string, mentions: readonly Span[], word: string, newName: string): NameEdit[] | string {
  const name = newName.trim();
  if (!name) return 'A name cannot be empty.';
  if (/[\r\n]/.test(name)) return 'A name cannot span lines.';
  const edits: NameEdit[] = [];
  const seen = new Set<number>();
  for (const m of mentions) {
    const written = text.slice(m.start, m.end);
    // Compared caselessly ("BEIJING" in a dateline is Beijing), unless lower-casing changes
    // the length, which would shift the offsets ("İ").
    const caseless = written.toLowerCase();
    const exact = caseless.length !== written.length || word.toLowerCase().length !== word.length;
    const haystack = exact ? written : caseless;
    const needle = exact ? word : word.toLowerCase();
    for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) {
      const start = m.start + i;
      const end = start + word.length;
      // A mention's own edges are word edges: "Blinken" in "Blinken's" ends before the possessive.
      const partOfWord = (start > m.start && isWordChar(text, start - 1)) || (end < m.end && isWordChar(text, end));
      if (partOfWord || seen.has(start)) continue;
      seen.add(start);
      edits.push({ start, end, newText: inCaseOf(text.slice(start, end), name) });
    }
  }
  return edits.sort((x, y) => x.start - y.start);
}

/** A dateline writes the name in capitals ("BEIJING, June 19"): the new name follows it. */
function inCaseOf(written: string, name: string): string {
  const letters = written.replace(/[^\p{L}]/gu, '');
  const shouting = letters.length > 1 && letters === letters.toLocaleUpperCase() && letters !== letters.toLocaleLowerCase();
  return shouting ? name.toLocaleUpperCase() : name;
}
