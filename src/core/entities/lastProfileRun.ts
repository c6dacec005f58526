import type { AnalyzedText } from '../text/analyzedText';
import type { NameMention } from '../names/nameMention';
import type { Person } from '../types';
import { RecentRuns } from '../incremental/recentRuns';
import { ChangedStretch, paragraphAfterTokens, type KeptLayout } from '../incremental/changedStretch';
import type { EditedRange } from '../incremental/editedRange';
import { firstEndingAfter, firstStartingFrom } from '../text/sortedSearch';
import { buildProfiles, type PersonProfile } from './personProfiles';
import { IdPairs } from '../incremental/idPairs';

// A person's profile (personProfiles.ts) is made from their own mentions: the title and the
// words around each (up to five tokens before, ten after), and the pronouns of the sentence
// of each mention that names no one else and of the sentence after it when that names no
// one; with the gender their titles or given name gave them (knownGender). All of that lies
// in the mention's paragraph, the paragraphs on either side, and a few tokens further. So
// after an edit a person keeps the last version's profile when they have the same mentions
// as a person of the last version (whatever the two are numbered: idPairs.ts) and the same
// known gender, and none of their mentions, before or after the edit, reads anything the
// edit changed; the profiles of the others are made again.

/** Tokens past the paragraphs on either side of a mention that its words may reach (ten after it). */
const MARGIN_TOKENS = 16;

/** The profiles of one version, for the next call to diff against. */
export interface ProfileRun extends KeptLayout {
  text: string;
  knownGender: ReadonlyMap<string, 'male' | 'female'>;
  mentions: readonly NameMention[];
  /** The person of each mention. */
  ids: Array<string | undefined>;
  profiles: ReadonlyMap<string, PersonProfile>;
}

/** The last versions' profiles; `hits` counts the people of the last call whose profile was kept, `computed` those made. */
export class LastProfiles extends RecentRuns<ProfileRun> {
  computed = 0;

  resetCounts(): void {
    super.resetCounts();
    this.computed = 0;
  }
}

/** buildProfiles, taking from `last` the profiles of the people whose mentions the edit did not reach. Needs the incremental analysis's paragraph token lists. */
export function profilesReusing(
  doc: AnalyzedText,
  people: Person[],
  personMentions: NameMention[],
  personIdAt: Map<number, string>,
  knownGender: Map<string, 'male' | 'female'>,
  last: LastProfiles,
): Map<string, PersonProfile> {
  const closest = last.closest(doc.text);
  const ids = personMentions.map((m) => personIdAt.get(m.start));
  const old = closest?.run;
  const reach = old && closest ? touchedPeople(old, closest.edit, doc, people, personMentions, ids, knownGender) : null;
  let profiles: Map<string, PersonProfile>;
  if (!reach || !old) {
    profiles = buildProfiles(doc, people, personMentions, personIdAt, knownGender);
    last.computed += people.length;
  } else {
    const { touched, pairs } = reach;
    const made = touched.size ? buildProfiles(doc, people, personMentions, personIdAt, knownGender, { people: touched, ids }) : undefined;
    profiles = new Map();
    for (const p of people) {
      const profile = made?.get(p.id) ?? old.profiles.get(pairs.old(p.id)!)!;
      profiles.set(p.id, profile);
    }
    last.computed += touched.size;
    last.hits += people.length - touched.size;
  }
  last.keep({ text: doc.text, paragraphs: doc.paragraphs, paragraphTokens: doc.paragraphTokens!, knownGender, mentions: personMentions, ids, profiles }, old);
  return profiles;
}

/**
 * The people with a mention whose reading region meets what the edit changed (in either
 * version), and those not paired with a person of the last version who had the same
 * mentions and known gender (`pairs`: whose profile the others keep).
 */
function touchedPeople(
  old: ProfileRun,
  edit: EditedRange,
  doc: AnalyzedText,
  people: readonly Person[],
  mentions: readonly NameMention[],
  ids: Array<string | undefined>,
  knownGender: ReadonlyMap<string, 'male' | 'female'>,
): { touched: Set<string>; pairs: IdPairs } {
  const changed = new ChangedStretch(edit, old.text.length, doc.text.length);
  changed.paragraphs(old, doc);
  // A mention is the same where it reads the same at the same place and belongs to the
  // person paired with its person of the last version: a person none of whose mentions lies
  // between has the same mentions as the one paired with (ids may differ: pairs).
  // A mention at the same place that now belongs to another person than its pair's (a bare
  // surname that went to the other bearer) touches both, rather than ending the comparison.
  const pairs = new IdPairs();
  const touched = new Set<string>();
  const add = (id: string | undefined): void => {
    if (id !== undefined) touched.add(id);
  };
  const leaving: string[] = [];
  const same = changed.spans(old.mentions, mentions, (a, b, by, _moved, i, j) => {
    if (a.start + by !== b.start || a.end + by !== b.end || a.text !== b.text || (a.title || undefined) !== (b.title || undefined)) return false;
    if (!pairs.pair(old.ids[i], ids[j])) {
      add(ids[j]);
      if (old.ids[i] !== undefined) leaving.push(old.ids[i]!);
    }
    return true;
  });
  for (let i = same.before; i < old.mentions.length - same.after; i++) {
    const id = old.ids[i];
    if (id !== undefined) leaving.push(id);
  }
  // Paired only once the comparison is over: a person's first mention compared may come after one that left them.
  for (const id of leaving) add(pairs.now(id));
  for (let j = same.before; j < mentions.length - same.after; j++) add(ids[j]);
  // The other mentions whose regions meet the changed stretch: regions grow with the
  // mention's start, so they lie next to it and are found by walking out from it.
  let longest = 0;
  for (const m of mentions) if (m.end - m.start > longest) longest = m.end - m.start;
  const first = firstStartingFrom(mentions, changed.start);
  for (let k = first - 1; k >= 0 && regionOf(doc, mentions[k], longest).end > changed.start; k--) add(ids[k]);
  for (let k = first; k < mentions.length && regionOf(doc, mentions[k], longest).start < changed.end; k++) add(ids[k]);
  // A profile starts from the gender titles or the given name gave (personGrouper.ts), which a change of grouping elsewhere may change.
  for (const p of people) {
    if (touched.has(p.id)) continue;
    const was = pairs.old(p.id);
    if (was === undefined || old.knownGender.get(was) !== knownGender.get(p.id)) touched.add(p.id);
  }
  return { touched, pairs };
}

/**
 * What a profile may read for mention `m`: from the paragraph before the one it starts in to
 * the paragraph after the one `longest` characters on (where any mention starting there
 * ends), widened by whole paragraphs until MARGIN_TOKENS tokens lie between. It grows with
 * the mention's start.
 */
function regionOf(doc: AnalyzedText, m: NameMention, longest: number): { start: number; end: number } {
  const { paragraphs } = doc;
  const lists = doc.paragraphTokens!;
  const last = paragraphs.length - 1;
  const before = paragraphAfterTokens(lists, Math.max(0, Math.min(last, firstEndingAfter(paragraphs, m.start)) - 1), -1, MARGIN_TOKENS);
  const after = paragraphAfterTokens(lists, Math.min(last, firstEndingAfter(paragraphs, m.start + longest) + 1), 1, MARGIN_TOKENS);
  return { start: paragraphs[before].start, end: paragraphs[after].end };
}
