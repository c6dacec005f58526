import type { NameMention } from '../names/nameMention';

// What the grouping (groupingPlan.ts) and the retyping (lastRetypeRun.ts) read of a mention
// besides its text, type and title, for their keys and comparisons: its other fields, as
// numbers and one string, and the text around it.

/**
 * The place qualifier, whether the next mention follows after two characters ("Paris, Texas":
 * placeResolver.ts) or after one (retypeEach joins "Tran" to "Thi Hong Minh" one space apart:
 * mentionTypes.ts), a relative's marks, a pronoun's gender and a staff's kind after the name, as bits.
 */
export function flagsOf(m: NameMention, next: NameMention | undefined): number {
  const { placeQualifier: q, generation, pronoun, staff } = m;
  const gap = next === undefined ? 0 : next.start - m.end;
  return (q === undefined ? 0 : QUALIFIER_BITS[q]) + (gap === 2 ? 4 : gap === 1 ? 4096 : 0) + (m.kin ? 8 : 0) + (generation === 'younger' ? 32 : generation === 'elder' ? 64 : 0)
    + (pronoun === 'male' ? 256 : pronoun === 'female' ? 512 : 0) + (staff === 'body' ? 1024 : staff === 'team' ? 2048 : 0);
}

const QUALIFIER_BITS: Record<NonNullable<NameMention['placeQualifier']>, number> = { state: 1, city: 2, part: 3, venue: 16, region: 128 };

/** The name and body an organization's mention is grouped by, in one string; undefined where it has neither. */
export function bodyOf(m: NameMention): string | undefined {
  const { name, body: b } = m;
  if (name === undefined && b === undefined) return undefined;
  return `${name ?? ''}\u0000${b ? `${b.country}\u0000${b.head}\u0000${b.fields.join('\u0001')}` : ''}`;
}

/** How far past a mention's end the retyping reads the text ("the Zika virus", "Kerry said", "the Obama years": mentionTypes.ts). */
export const READ_AFTER = 20;

/** Where the retyping starts reading the text for a mention at `start` with `title`: at the title (the text's start at the earliest). */
export function readFrom(start: number, title: string | undefined): number {
  return title === undefined ? start : Math.max(0, start - title.length - 1);
}

/**
 * Texts `a` and `b` read the same around a mention of `length` characters and `title` at `aStart`
 * in one and `bStart` in the other, from readFrom to `after` characters past its end.
 */
export function sameTextAround(a: string, aStart: number, b: string, bStart: number, length: number, title: string | undefined, after: number): boolean {
  const from = readFrom(aStart, title);
  const to = readFrom(bStart, title);
  const span = Math.min(a.length, aStart + length + after) - from;
  if (from - aStart !== to - bStart || span !== Math.min(b.length, bStart + length + after) - to) return false;
  for (let k = 0; k < span; k++) if (a.charCodeAt(from + k) !== b.charCodeAt(to + k)) return false;
  return true;
}

/**
 * What the grouping and the retyping read of each mention of a list, field by field in arrays:
 * a mention's fields are slow to read (the mentions come in several shapes, so every read is a
 * megamorphic one), and the arrays are read again by the next version's comparisons.
 */
export interface MentionRows {
  /** Per mention, FIELDS numbers: its paragraph's number (-1 where unknown), its offset in the paragraph, length, TYPE_CODES, flagsOf. */
  numbers: Int32Array;
  texts: string[];
  titles: Array<string | undefined>;
  /** bodyOf each mention. */
  bodies: Array<string | undefined>;
  starts: Int32Array;
  /** Per mention: 1 where the text the retyping may read around it lies inside its paragraph (so is the same where the paragraph and the offset are). */
  inside: Uint8Array;
}

export const FIELDS = 5;
export const TYPE_CODES: Record<NameMention['type'], number> = { PER: 1, ORG: 2, LOC: 3, MISC: 4 };

/** Rows for `n` mentions, to be filled in. */
export function emptyRows(n: number): MentionRows {
  return { numbers: new Int32Array(n * FIELDS), texts: new Array<string>(n), titles: new Array<string | undefined>(n), bodies: new Array<string | undefined>(n), starts: new Int32Array(n), inside: new Uint8Array(n) };
}

/** The rows of `mentions` with no paragraphs known (groupingPlan.ts reads them with the paragraphs). */
export function rowsOf(mentions: readonly NameMention[]): MentionRows {
  const n = mentions.length;
  const rows = emptyRows(n);
  const { numbers, texts, titles, bodies, starts } = rows;
  for (let i = 0; i < n; i++) {
    const m = mentions[i];
    const next = i + 1 < n ? mentions[i + 1] : undefined;
    const k = i * FIELDS;
    numbers[k] = -1;
    numbers[k + 2] = m.end - m.start;
    numbers[k + 3] = TYPE_CODES[m.type];
    numbers[k + 4] = flagsOf(m, next);
    texts[i] = m.text;
    titles[i] = m.title;
    bodies[i] = bodyOf(m);
    starts[i] = m.start;
  }
  return rows;
}
