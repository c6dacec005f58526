import type { NameMention } from '../names/nameMention';

// What the grouping (groupingPlan.ts) and the retyping (lastRetypeRun.ts) read of a mention
// besides its text, type and title, for their keys and comparisons: its other fields, as
// numbers and one string, and the text around it.

/**
 * The place qualifier, whether the next mention follows after two characters ("Paris, Texas":
 * placeResolver.ts), a relative's marks, a pronoun's gender and a staff's kind after the name, as bits.
 */
export function flagsOf(m: NameMention, nextAfterTwo: boolean): number {
  const { placeQualifier: q, generation, pronoun, staff } = m;
  return (q === undefined ? 0 : QUALIFIER_BITS[q]) + (nextAfterTwo ? 4 : 0) + (m.kin ? 8 : 0) + (generation === 'younger' ? 32 : generation === 'elder' ? 64 : 0)
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
