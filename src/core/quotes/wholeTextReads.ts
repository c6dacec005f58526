import type { IdPairs } from '../incremental/idPairs';

// Most of what attributes a quote lies in its reading region (lastSpeakerRun.ts: LOOK_BACK
// characters back from it, a few paragraphs on), but some resolvers read the whole article:
// every mention of a person (the bodies and parties named beside them), every name before the
// quote (the company a story is about), the text's start and end (an interview's introduction
// and closing note, a byline), every person's or place's name. An editor session records, per
// quote it attributes, each such read with what it found; a quote is kept after an edit only
// where each of its reads, asked again of the new text, finds the same (or, for the names
// before it, where the edit lies after it and changed none of them).

/** A body's naming beside a mention: the capitalized words and the word that may be the role's noun (referenceResolver.ts). */
export interface NamingRead {
  names: string;
  roleWord: string;
}

/** One read beyond a quote's reading region and its answer; offsets are of the text it was made on, ids of that version's entities. */
export type WholeTextRead =
  /** The namings of a body beside every mention of person `id` (bodyNamingsOf). */
  | { kind: 'namings'; id: string; answer: readonly NamingRead[] }
  /** The parties the text gives person `id` beside their mentions (partiesOf). */
  | { kind: 'parties'; id: string; answer: ReadonlySet<string> }
  /** The people a byline names (bylineWriters). */
  | { kind: 'writers'; answer: ReadonlySet<string> }
  /** Whether person `id`'s name is a full one, of more than one word (resolveUndescribedRole). */
  | { kind: 'fullName'; id: string; answer: boolean }
  /** Whether organization `id` is first named at `at` (inPassing). */
  | { kind: 'firstNaming'; id: string; at: number; answer: boolean }
  /** Whether some mention of organization `id` is followed by `noun` (namedBeforeNoun). */
  | { kind: 'namedBeforeNoun'; id: string; noun: string; answer: boolean }
  /** The interviewee of an answer labelled at `at` (interviewee). */
  | { kind: 'interviewee'; at: number; answer: string | null }
  /** The interviewer an interview's introduction names (interviewerOf). */
  | { kind: 'interviewer'; answer: string | null }
  /** The person a label of initials spells, where no organization is named so (initialsLabelSpeaker). */
  | { kind: 'initials'; label: string; answer: string | null }
  /** The one person named before `at` whom the text made of `country` (onlyPersonOf). */
  | { kind: 'onlyPersonOf'; country: string; at: number; answer: string | null }
  /** The person named after the relative's phrase `owner noun` before `at` (kinNamedEarlier). */
  | { kind: 'kin'; owner: string; noun: string; at: number; answer: string | null }
  /** Whether a place of the text (not of kind 'other') bears `name`. */
  | { kind: 'place'; name: string; answer: boolean }
  /** Every organization named before the quote, counted (storySubjectOver): not asked again, kept only where the edit lies after the quote. */
  | { kind: 'namesBefore' }
  /** The names LOOK_AHEAD after `at`, a lede's role looking for its holder (resolveRole): not asked again, kept only where the edit and every name renamed lie outside them. */
  | { kind: 'namesAfter'; at: number };

/** For a read that answers the same wherever it is asked in one version (it names no offset): a key of what it asks; else undefined. */
export function onceKey(read: WholeTextRead): string | undefined {
  switch (read.kind) {
    case 'namings':
    case 'parties':
    case 'fullName':
      return `${read.kind}\u0000${read.id}`;
    case 'namedBeforeNoun':
      return `${read.kind}\u0000${read.id}\u0000${read.noun}`;
    case 'initials':
      return `${read.kind}\u0000${read.label}`;
    case 'place':
      return `${read.kind}\u0000${read.name}`;
    case 'writers':
    case 'interviewer':
    case 'namesBefore':
      return read.kind;
    default:
      return undefined;
  }
}

/** The reads of the quote being attributed; none is recorded outside an editor session. */
export class ReadLog {
  private list: WholeTextRead[] | null = null;
  private back = false;

  /**
   * The quote's attribution ran a resolver that looks LOOK_BACK characters back for whom a
   * pronoun or a role noun stands for (or at the last speaker): its reading region then
   * reaches that far back; one that ran none reads only the paragraphs around it.
   */
  readBack(): void {
    this.back = true;
  }

  /** Whether a resolver read back since the last takeBack(); clears it. */
  takeBack(): boolean {
    const back = this.back;
    this.back = false;
    return back;
  }

  add(read: WholeTextRead): void {
    const list = (this.list ??= []);
    // A holder's namings or parties are asked for each of their mentions within reach, the byline for each pronoun: once is enough.
    const key = onceKey(read);
    if (key !== undefined && list.some((r) => onceKey(r) === key)) return;
    list.push(read);
  }

  /** The reads recorded since the last take(), or null for none. */
  take(): readonly WholeTextRead[] | null {
    const list = this.list;
    this.list = null;
    return list;
  }
}

/** Whether `now`, what `read` answers asked again of the new version, is what it answered (ids through `ids` where the versions' ids are paired). */
export function sameAnswer(read: WholeTextRead, now: unknown, ids: IdPairs | undefined): boolean {
  switch (read.kind) {
    case 'namings':
      return sameNamings(read.answer, now as readonly NamingRead[]);
    case 'parties':
      return sameSet(read.answer, now as ReadonlySet<string>);
    case 'writers': {
      const b = now as ReadonlySet<string>;
      if (!ids) return sameSet(read.answer, b);
      if (read.answer.size !== b.size) return false;
      for (const id of read.answer) if (!b.has(ids.now(id) ?? '')) return false;
      return true;
    }
    case 'interviewee':
    case 'interviewer':
    case 'initials':
    case 'onlyPersonOf':
    case 'kin':
      return sameId(read.answer, now as string | null, ids);
    case 'namesBefore':
    case 'namesAfter':
      return false;
    default:
      return read.answer === now;
  }
}

export function sameNamings(a: readonly NamingRead[], b: readonly NamingRead[]): boolean {
  return a.length === b.length && a.every((n, i) => n.names === b[i].names && n.roleWord === b[i].roleWord);
}

/** The id of the version `ids` pairs with the last one (itself where none does): the id read's own, to ask again with. */
export function idNow(id: string, ids: IdPairs | undefined): string | undefined {
  return ids ? ids.now(id) : id;
}

function sameId(a: string | null, b: string | null, ids: IdPairs | undefined): boolean {
  if (a === null || b === null || !ids) return a === b;
  return ids.now(a) === b;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
