import type { NameMention } from '../names/nameMention';
import type { Person, Span } from '../types';
import { groupPeople, RECENT, type PersonGroups } from './personGrouper';

// groupPeople (personGrouper.ts) reads of the mentions only the PER ones, in order of their
// starts: each one's text, title, relative's marks and pronoun; and of their positions, beyond
// that order, only the distances `recencyReads` lists. An edit that regroups afresh (a place's
// or an organization's name edited: groupingPlan.ts) mostly leaves these as they were, and
// then the people are the last grouping's, each mention placed where it now stands.

/** What groupPeople reads of one PER mention besides its start, in one string. */
function readOf(m: NameMention): string {
  const { text, title, kin, generation, pronoun } = m;
  return `${text}\u0000${title ?? '\u0001'}\u0000${kin ? 1 : 0}${generation ?? ''}\u0000${pronoun ?? ''}`;
}

interface PeopleRun {
  reads: string[];
  /** For each PER mention (by its index among them): the index of its person below. */
  owners: Int32Array;
  people: Array<{ name: string; aliases: readonly string[]; gender: 'male' | 'female' | undefined }>;
  /** Triples (index of the bare name, index of the mention measured from, 1 if closer than RECENT else 0), over PER mentions. */
  recency: Int32Array;
}

/** The last grouping of people made, for the next call to take when the PER mentions read the same. */
export class LastPeopleGrouping {
  /** How many calls took the last grouping. */
  hits = 0;
  private last: PeopleRun | null = null;

  group(mentions: NameMention[]): PersonGroups {
    const persons = mentions.filter((m) => m.type === 'PER').sort((a, b) => a.start - b.start);
    const starts = persons.map((m) => m.start);
    const reads = persons.map(readOf);
    const kept = this.last && this.placed(this.last, persons, starts, reads);
    if (kept) {
      this.hits++;
      return kept;
    }
    const groups = groupPeople(mentions);
    this.last = runOf(groups, starts, reads);
    return groups;
  }

  /** The run's people with `persons` placed, or null where a read or a distance differs. */
  private placed(run: PeopleRun, persons: readonly NameMention[], starts: readonly number[], reads: readonly string[]): PersonGroups | null {
    if (run.reads.length !== reads.length) return null;
    for (let i = 0; i < reads.length; i++) if (run.reads[i] !== reads[i]) return null;
    const { recency } = run;
    const recencyReads: number[] = new Array(recency.length);
    for (let r = 0; r < recency.length; r += 3) {
      const at = starts[recency[r]];
      const last = starts[recency[r + 1]];
      if ((at - last < RECENT ? 1 : 0) !== recency[r + 2]) return null;
      recencyReads[r] = at;
      recencyReads[r + 1] = last;
      recencyReads[r + 2] = recency[r + 2];
    }
    const people: Person[] = run.people.map((p, i) => ({ id: `p${i + 1}`, name: p.name, aliases: [...p.aliases], mentions: [], quoteCount: 0 }));
    const personIdAt = new Map<number, string>();
    persons.forEach((m, i) => {
      const person = people[run.owners[i]];
      const span: Span = { start: m.start, end: m.end, text: m.text };
      person.mentions.push(span);
      personIdAt.set(m.start, person.id);
    });
    const genderOf = new Map<string, 'male' | 'female'>();
    run.people.forEach((p, i) => {
      if (p.gender) genderOf.set(people[i].id, p.gender);
    });
    return { people, personIdAt, genderOf, recencyReads };
  }
}

/**
 * The run of a grouping, or null where it cannot be placed again: starts not in strict order
 * (personIdAt is keyed by start), or a PER mention in no person or in two.
 */
function runOf(groups: PersonGroups, starts: readonly number[], reads: string[]): PeopleRun | null {
  for (let i = 1; i < starts.length; i++) if (starts[i] <= starts[i - 1]) return null;
  const indexAt = new Map<number, number>();
  starts.forEach((s, i) => indexAt.set(s, i));
  const owners = new Int32Array(starts.length).fill(-1);
  let owned = 0;
  for (let p = 0; p < groups.people.length; p++) {
    for (const s of groups.people[p].mentions) {
      const i = indexAt.get(s.start);
      if (i === undefined || owners[i] !== -1) return null;
      owners[i] = p;
      owned++;
    }
  }
  if (owned !== starts.length) return null;
  const recency = recencyByIndex(groups.recencyReads, indexAt);
  if (recency === null) return null;
  return {
    reads,
    owners,
    people: groups.people.map((p) => ({ name: p.name, aliases: [...p.aliases], gender: groups.genderOf.get(p.id) })),
    recency,
  };
}

/**
 * groupPeople's recencyReads (triples of two mention starts and the outcome) with each start
 * replaced by the index `indexAt` gives it, so that they can be asked again of the mentions
 * at their new places; null where a start has no index.
 */
export function recencyByIndex(recencyReads: readonly number[], indexAt: ReadonlyMap<number, number>): Int32Array | null {
  const recency = new Int32Array(recencyReads.length);
  for (let r = 0; r < recency.length; r += 3) {
    const at = indexAt.get(recencyReads[r]);
    const last = indexAt.get(recencyReads[r + 1]);
    if (at === undefined || last === undefined) return null;
    recency[r] = at;
    recency[r + 1] = last;
    recency[r + 2] = recencyReads[r + 2];
  }
  return recency;
}
