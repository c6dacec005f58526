/**
 * A one-to-one pairing of the last version's entity ids with the new version's, made from
 * mentions found at the same place in both. Ids are numbered in order of first mention
 * (personGrouper.ts), so a name typed or changed early in an article renumbers everyone
 * after it: a step that kept its results by id (person profiles, speakers) keeps them
 * through the pairing instead. A pair holds only while it stays one to one: two mentions
 * of one person that now belong to two people, or the other way round, are not the same
 * mentions of the same person, and their comparison fails.
 */
export class IdPairs {
  private readonly toNow = new Map<string, string>();
  private readonly toOld = new Map<string, string>();

  /** `accept`, asked once per new pair, says whether the two entities read the same besides their mentions (a profile, a name). */
  constructor(private readonly accept?: (old: string, now: string) => boolean) {}

  /**
   * Whether mention ids `old` and `now` (none for a mention of no entity) agree with the
   * pairs made so far; pairs them if neither is paired yet and `accept` takes them.
   */
  pair(old: string | null | undefined, now: string | null | undefined): boolean {
    if (old === null || old === undefined || now === null || now === undefined) return (old ?? null) === (now ?? null);
    const paired = this.toNow.get(old);
    if (paired !== undefined) return paired === now;
    if (this.toOld.has(now) || (this.accept && !this.accept(old, now))) return false;
    this.toNow.set(old, now);
    this.toOld.set(now, old);
    return true;
  }

  /** The new id paired with an old one. */
  now(old: string): string | undefined {
    return this.toNow.get(old);
  }

  /** The old id paired with a new one. */
  old(now: string): string | undefined {
    return this.toOld.get(now);
  }
}
