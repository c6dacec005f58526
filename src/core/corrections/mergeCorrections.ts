import type { Correction } from './correctionTypes';

export interface MergedCorrections {
  corrections: Correction[];
  /** Ids changed differently on both sides; the version on disk was kept. */
  conflicts: string[];
}

/**
 * Three-way merge by correction id, for a sidecar that changed on disk since we read it
 * (another window, a `git pull`): what is on disk (`theirs`), plus what we added since
 * `base`, minus what we removed since `base`. Corrections are never edited in place, so
 * the only conflict is one id with two different contents; the disk's version wins and
 * the conflict is reported.
 */
export function mergeCorrections(base: readonly Correction[], mine: readonly Correction[], theirs: readonly Correction[]): MergedCorrections {
  const baseById = new Map(base.map((c) => [c.id, c]));
  const mineById = new Map(mine.map((c) => [c.id, c]));
  const theirIds = new Set(theirs.map((c) => c.id));
  const conflicts: string[] = [];
  const out: Correction[] = [];
  for (const c of theirs) {
    const wasHere = baseById.has(c.id);
    const mineNow = mineById.get(c.id);
    if (wasHere && !mineNow && same(baseById.get(c.id), c)) continue; // we removed it, they did not touch it
    if (mineNow && !same(mineNow, c) && !same(baseById.get(c.id), mineNow)) conflicts.push(c.id);
    out.push(c);
  }
  for (const c of mine) if (!baseById.has(c.id) && !theirIds.has(c.id)) out.push(c);
  return { corrections: out, conflicts };
}

function same(a: Correction | undefined, b: Correction | undefined): boolean {
  return a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
