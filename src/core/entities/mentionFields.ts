import type { NameMention } from '../names/nameMention';

// The fields of a mention besides its text, type and title, as numbers and one string, for
// keys and comparisons of what a grouping (groupingPlan.ts) or a retyping (lastRetypeRun.ts) read.

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
