import type { AnalyzedText } from '../text/analyzedText';
import type { TextBlock } from '../text/paragraphs';
import type { Token } from '../text/tokenizer';
import type { GroupedEntities } from '../entities/entityGrouper';
import type { PersonProfile } from '../entities/personProfiles';
import type { Person, Span } from '../types';
import { RecentRuns } from '../incremental/recentRuns';
import { ChangedStretch, paragraphAfterTokens } from '../incremental/changedStretch';
import type { FoundQuote } from './quoteFinder';
import type { SpeechCue } from './speechCues';
import { sameShiftedCue } from './shiftedCue';
import type { IndexedMention, MentionIndex } from './mentionIndex';
import type { Attribution } from './speakerResolver';
import { BODY_AFTER_REACH, BODY_BEFORE_REACH, LOOK_AHEAD, LOOK_BACK, namingsAt, partiesBeside } from './referenceResolver';
import { IdPairs } from '../incremental/idPairs';
import { surnamesShared } from './sharedSurnames';
import { firstAtLeast } from '../text/sortedSearch';
import { onceKey, ReadLog, sameAnswer, sameNamings, type WholeTextRead } from './wholeTextReads';

// Speaker resolution goes through the quotes in text order, each attributed from the text
// around it, the names indexed near it, what the article says of its people (profiles,
// organization names, surnames) and what the quotes before it left: the last quote that
// named its speaker and the last speaker (the `entering` state). What it reads of the text
// and the names lies in a region bounded by rules: the quote, its cues, the sentence before
// it and its own, a few tokens past them, and, where its attribution ran a resolver that
// looks back (pronouns and role nouns look for whom they stand for, and at the last speaker,
// LOOK_BACK characters back: referenceResolver.ts; ReadLog.readBack), LOOK_BACK characters
// before them. So after an edit a quote keeps the attribution of the last version, moved by
// the edit, when
//  - its region lies wholly before, or wholly after, everything the edit changed: the text,
//    the paragraphs, sentences, quotes and indexed names that differ from the last version;
//  - it is the same quote (with the same cues), and enters with the same state, moved, or
//    one too far back for it to read (samePrevious);
//  - the entities it may read are as before: the names in its region stand at the same
//    places for the same entities, whatever they are numbered now (a name typed or changed
//    before them renumbers them: the ids are paired, incremental/idPairs.ts, and the kept
//    speaker renamed), none of which reads otherwise now (a person's profile, an
//    organization's name), nor does the last speaker it enters with;
//  - whether it reports a named person's words is kept only while the surnames two people
//    share are the same, and read again otherwise;
//  - what its attribution read of the article beyond the region (every mention of a person, the
//    text's start and end: wholeTextReads.ts) answers the same asked again of the new text; the
//    names before it, counted, only where the edit lies after the region.
// Everything else is attributed again; the result is what a fresh resolution gives.

/** Tokens and characters a rule may read past the bounds the region is built from (a cue's verb looks up to nine tokens on: "quoted … as saying"). */
const MARGIN_TOKENS = 24;
const MARGIN_CHARS = 256;

/** The last quote that named its speaker, as speaker resolution carries it on. */
export interface PreviousQuote {
  quote: FoundQuote;
  attribution: Attribution;
}

/** What the quotes before one leave it: the last quote that named its speaker, and the last speaker with where they were named. */
export interface LastSpeaker {
  id: string;
  at: number;
}

/** One version's speaker resolution, for the next call to diff against. */
export interface SpeakerRun {
  text: string;
  paragraphs: readonly TextBlock[];
  paragraphTokens: readonly (readonly Token[])[];
  tokenCount: number;
  quotes: readonly FoundQuote[];
  names: readonly IndexedMention[];
  insideQuote: Uint8Array;
  entities: GroupedEntities;
  /** Per quote: the state it entered with (previous quote and last speaker), its attribution, and whether it reported a named person's words (speakerResolver.ts reportsWords). */
  previous: Array<PreviousQuote | null>;
  lastSpeaker: Array<LastSpeaker | null>;
  attributions: Attribution[];
  reports: boolean[];
  /** Per quote: whether its attribution read back LOOK_BACK characters (ReadLog.readBack). */
  back: boolean[];
  /** Per quote: what its attribution read beyond its region (null for nothing), in this version's offsets and ids. */
  reads: Array<readonly WholeTextRead[] | null>;
}

/** The speaker resolutions of the last versions (one per text an editor goes back and forth between); `hits` and `computed` count the quotes of the last call whose attribution was kept and made. */
export class LastSpeakers extends RecentRuns<SpeakerRun> {
  computed = 0;

  resetCounts(): void {
    super.resetCounts();
    this.computed = 0;
  }
}


/**
 * One resolveSpeakers call's view of the last version's run: kept() gives a quote the
 * attribution it had when that is certain to be what resolving it now gives, record() takes
 * each quote's, finish() keeps this call's run.
 */
export class SpeakerSession {
  private readonly run: SpeakerRun | undefined;
  private readonly previous: Array<PreviousQuote | null> = [];
  private readonly lastSpeaker: Array<LastSpeaker | null> = [];
  private readonly attributions: Attribution[] = [];
  private readonly reports: boolean[] = [];
  private readonly back: boolean[] = [];
  private readonly reads: Array<readonly WholeTextRead[] | null> = [];
  /** Where the quotes attributed now record what they read beyond their region (the resolvers' context holds it). */
  readonly readLog = new ReadLog();
  /** What the reads made once per version (onceKey) read now: moved, or null where they answer otherwise. */
  private readonly verdicts = new Map<string, WholeTextRead | null>();
  /** The reads of the last quote kept, asked again of this version, and whether it read back. */
  private keptReads: readonly WholeTextRead[] | null = null;
  private keptBack = true;
  /** The last quote kept: whether it reported a named person's words, undefined when not known. */
  private keptReports: boolean | undefined = false;
  /** What the edit changed, in the new text: a quote whose region meets it is resolved again. */
  private changed: ChangedStretch | undefined;
  private shift = 0;
  private paragraphShift = 0;
  /** Quotes equal at the start (same index) and at the end (moved) of the two versions. */
  private sameBefore = 0;
  private sameAfter = 0;
  private longestName = 0;
  private readonly box = { start: 0, end: 0 };
  /** readRegion's answer, one object for every quote of the call. */
  private readonly region = { start: 0, end: 0 };
  /** The last version's entity ids paired with this one's, where they are numbered or read otherwise; none where every id stands for the same entity. */
  private pairs: IdPairs | undefined;
  /** Entities (new ids) paired with one of the last version that reads otherwise (a profile, a name); where their names start, and those of names now of another entity than their pair's, in order. */
  private differ: ReadonlySet<string> = new Set();
  private readonly differing: number[] = [];
  /** Whether a kept quote's `reports` (which reads the surnames two people share) holds as it was. */
  private reportsKept = true;

  constructor(
    private readonly last: LastSpeakers,
    private readonly doc: AnalyzedText,
    private readonly quotes: readonly FoundQuote[],
    private readonly index: MentionIndex,
    private readonly entities: GroupedEntities,
    /** What a read recorded for a quote of the last version answers asked of this one, its offsets `by` on and its ids paired through the pairs given; undefined where it cannot be asked. */
    private readonly readAgain: (read: WholeTextRead, by: number, ids: IdPairs | undefined) => unknown,
  ) {
    const closest = last.closest(doc.text);
    this.run = closest?.run;
    if (!closest || !doc.paragraphTokens) return;
    const old = closest.run;
    // With the same people, organizations and profiles, every id stands for the same entity;
    // else ids are paired through the names at the same place, and the entities that read
    // otherwise than their pair (readSame) are kept apart: a quote that may read one of
    // their names is resolved again.
    const differ = new Set<string>();
    const pairs = sameArticleFacts(old.entities, entities)
      ? undefined
      : new IdPairs((a, b) => {
        if (!readSame(old.entities, entities, a, b)) differ.add(b);
        return true;
      });
    if (pairs) {
      this.pairs = pairs;
      this.differ = differ;
      this.reportsKept = sameSet(surnamesShared(old.entities.people), surnamesShared(entities.people));
    }
    const changed = new ChangedStretch(closest.edit, old.text.length, doc.text.length);
    this.shift = changed.shift;
    const tokenShift = doc.tokens.length - old.tokenCount;
    const paragraphShift = (this.paragraphShift = doc.paragraphs.length - old.paragraphs.length);
    changed.paragraphs(old, doc);
    // A name at the same place that now belongs to another entity than its pair's (a bare
    // surname that went to the other bearer) is kept apart with those of the entities that
    // read otherwise, rather than ending the comparison.
    const differing = this.differing;
    changed.spans(old.names, index.names, (a, b, by, _moved, i, j) => {
      if (a.start + by !== b.start || a.end + by !== b.end || a.text !== b.text || a.kind !== b.kind || old.insideQuote[i] !== index.insideQuote[j]) return false;
      if (!(pairs ? pairs.pair(a.entityId, b.entityId) : a.entityId === b.entityId)) differing.push(b.start);
      return true;
    });
    const reassigned = differing.length;
    const same = changed.spans(old.quotes, quotes, (a, b, by, moved) => (!moved && a === b) || sameQuote(a, b, by, moved ? tokenShift : 0, moved ? paragraphShift : 0));
    this.sameBefore = same.before;
    this.sameAfter = same.after;
    this.changed = changed;
    for (const n of index.names) {
      if (n.end - n.start > this.longestName) this.longestName = n.end - n.start;
      if (differ.size && n.entityId !== null && differ.has(n.entityId)) differing.push(n.start);
    }
    if (reassigned) differing.sort((x, y) => x - y);
  }

  /** Quote `i`'s attribution as the last version had it, moved, when resolving it now is certain to give the same; else undefined. */
  kept(i: number, previous: PreviousQuote | null, lastSpeaker: LastSpeaker | null): Attribution | undefined {
    const old = this.run;
    if (!old || (this.sameBefore === 0 && this.sameAfter === 0)) return undefined;
    const q = this.quotes[i];
    const atStart = i < this.sameBefore;
    const atEnd = i >= this.quotes.length - this.sameAfter;
    if (!atStart && !atEnd) return undefined;
    const changed = this.changed!;
    // The region depends on whether the quote of the last version read back: each candidate's own.
    const atEndJ = i - (this.quotes.length - old.quotes.length);
    let j = -1;
    let by = 0;
    let paragraphs = 0;
    let region: { readonly start: number; readonly end: number } | null = null;
    // An edit that keeps the length (a letter typed over) leaves what follows it where it
    // was: the quotes after it are then equal from the start, at the same places.
    if (atStart) {
      region = this.readRegion(q, old.back[i]);
      if (!region) return undefined;
      if (region.end <= changed.start || (this.shift === 0 && region.start >= changed.end)) j = i;
    }
    if (j < 0 && atEnd) {
      region = atStart && old.back[atEndJ] === old.back[i] ? region : this.readRegion(q, old.back[atEndJ]);
      if (!region || region.start < changed.end) return undefined;
      j = atEndJ;
      by = this.shift;
      paragraphs = this.paragraphShift;
    }
    if (j < 0 || !region) return undefined;
    // A name of an entity that reads otherwise now, or the last speaker being one (whose gender "he" reads), within what the quote reads.
    if (this.differing.length && (anyWithin(this.differing, region.start, region.end) || (lastSpeaker && lastSpeaker.at >= region.start && this.differ.has(lastSpeaker.id)))) return undefined;
    const ids = this.pairs;
    if (!samePrevious(old.previous[j], previous, by, paragraphs, q.paragraph, ids) || !sameSpeaker(old.lastSpeaker[j], lastSpeaker, by, region.start, ids)) return undefined;
    const kept = old.attributions[j];
    // The speaker is named in the region, or carried in by the previous quote or speaker, both paired then; undefined only where that is not so.
    const speakerId = kept.speakerId === null || !ids ? kept.speakerId : ids.now(kept.speakerId);
    if (speakerId === undefined) return undefined;
    const reads = old.reads[j];
    let readsNow: readonly WholeTextRead[] | null = null;
    if (reads !== null) {
      // The names before the quote, counted, are the same only where the edit lies after its region and renamed none of them.
      const namesBeforeSame = by === 0 && j === i && region.end <= changed.start && !anyWithin(this.differing, 0, region.end);
      const again = this.askedAgain(reads, by, namesBeforeSame);
      if (again === undefined) return undefined;
      readsNow = again;
    }
    this.keptReads = readsNow;
    this.keptBack = old.back[j];
    this.last.hits++;
    this.keptReports = this.reportsKept ? old.reports[j] : undefined;
    return by === 0 && speakerId === kept.speakerId ? kept : movedAttribution(kept, by, speakerId);
  }

  /**
   * `reads`, recorded for a quote of the last version, as they read now (offsets `by` on, ids
   * paired), where each answers the same; else undefined.
   */
  private askedAgain(reads: readonly WholeTextRead[], by: number, namesBeforeSame: boolean): readonly WholeTextRead[] | undefined {
    // A new list only where a read changes form (moved or renamed); most keystrokes keep every one.
    let now: WholeTextRead[] | null = null;
    for (let k = 0; k < reads.length; k++) {
      const read = reads[k];
      const moved = this.readNow(read, by, namesBeforeSame);
      if (moved === null) return undefined;
      if (moved !== read && now === null) now = reads.slice(0, k);
      if (now) now.push(moved);
    }
    return now ?? reads;
  }

  /** `read` (of a quote of the last version) as it reads in this one, or null where it answers otherwise now. */
  private readNow(read: WholeTextRead, by: number, namesBeforeSame: boolean): WholeTextRead | null {
    if (read.kind === 'namesBefore') return namesBeforeSame ? read : null;
    if (read.kind === 'namesAfter') {
      const at = read.at + by;
      const end = at + LOOK_AHEAD + this.longestName;
      const changed = this.changed!;
      if ((end > changed.start && at < changed.end) || anyWithin(this.differing, at, end)) return null;
      return by === 0 ? read : { kind: 'namesAfter', at };
    }
    // A read of a person or of the whole text answers alike for every quote that made it: asked once per call.
    const key = onceKey(read);
    const known = key === undefined ? undefined : this.verdicts.get(key);
    if (known !== undefined) return known;
    const ids = this.pairs;
    // A person's namings and parties are read beside their mentions: where those stand as they
    // did, moved, with the text around them, they read the same, without reading them again.
    const answer = (read.kind === 'namings' || read.kind === 'parties') && this.sameAround(read.id, read.kind === 'parties') ? read.answer : this.readAgain(read, by, ids);
    const same = answer !== undefined && sameAnswer(read, answer, ids);
    const moved = !same ? null : ids !== undefined || (by !== 0 && 'at' in read) ? movedRead(read, by, answer, ids) : read;
    if (key !== undefined) this.verdicts.set(key, moved);
    return moved;
  }

  /**
   * Whether the mentions of person `id` (of the last version) read the same namings of a body
   * (and `parties`: the same parties) as they did. As many now as then, in order: the k-th of
   * one version away from the changed stretch is the k-th of the other, moved (a name there was
   * compared and paired, or is listed in `differing` where it is now of another entity), and the
   * text it reads, BODY_BEFORE_REACH before it and BODY_AFTER_REACH after it, is as it was; one
   * reading into the stretch is read again in both versions.
   */
  private sameAround(id: string, parties: boolean): boolean {
    const now = this.pairs ? this.pairs.now(id) : id;
    if (now === undefined) return false;
    const was = mentionsOf(this.run!.entities, id);
    const is = mentionsOf(this.entities, now);
    if (was === undefined || is === undefined || was.length !== is.length) return false;
    const { start, end } = this.changed!;
    const oldText = this.run!.text;
    const { text } = this.doc;
    for (let k = 0; k < is.length; k++) {
      const m = is[k];
      if (this.differing.length && anyWithin(this.differing, m.start, m.start + 1)) return false;
      const o = was[k];
      // Away from the stretch, the same mention moved (before it, in place; after it, by the edit's shift).
      if (m.end + BODY_AFTER_REACH <= start) {
        if (o.start !== m.start || o.text !== m.text) return false;
        continue;
      }
      if (m.start - BODY_BEFORE_REACH >= end) {
        if (o.start + this.shift !== m.start || o.text !== m.text) return false;
        continue;
      }
      if (o.text !== m.text || !sameNamings(namingsAt(oldText, o), namingsAt(text, m)) || (parties && !sameSet(partiesNear(oldText, o), partiesNear(text, m)))) return false;
    }
    return true;
  }

  /** Whether the quote kept last reported a named person's words, as it did in the last version; undefined when that is to be read again (the surnames two people share have changed). */
  keptReportsWords(): boolean | undefined {
    return this.keptReports;
  }

  /** Quote by quote in order: the state it entered with, its attribution (kept or made: `made`) and whether it reported a named person's words. */
  record(previous: PreviousQuote | null, lastSpeaker: LastSpeaker | null, attribution: Attribution, reports: boolean, made: boolean): void {
    if (made) this.last.computed++;
    this.reads.push(made ? this.readLog.take() : this.keptReads);
    this.back.push(made ? this.readLog.takeBack() : this.keptBack);
    this.previous.push(previous);
    this.lastSpeaker.push(lastSpeaker);
    this.attributions.push(attribution);
    this.reports.push(reports);
  }

  finish(): void {
    const { doc } = this;
    if (!doc.paragraphTokens) return;
    this.last.keep(
      {
        text: doc.text,
        paragraphs: doc.paragraphs,
        paragraphTokens: doc.paragraphTokens,
        tokenCount: doc.tokens.length,
        quotes: this.quotes,
        names: this.index.names,
        insideQuote: this.index.insideQuote,
        entities: this.entities,
        previous: this.previous,
        lastSpeaker: this.lastSpeaker,
        attributions: this.attributions,
        reports: this.reports,
        back: this.back,
        reads: this.reads,
      },
      this.run,
    );
  }

  /**
   * What resolving quote `q` may read of the text and of the indexed names, or null where
   * the quote or its cues do not lie in its paragraphs as these rules expect. The sentence
   * before the quote (introducingCue) is in the paragraph before it at the earliest, its own
   * sentences in its paragraphs (no sentence crosses a paragraph), its cues in its paragraphs
   * and the one after; the rules read a few tokens past those ("quoted … as saying" reads up
   * to nine on), and pronouns and role nouns look LOOK_BACK characters back for whom they
   * stand for (`back`: where the quote's attribution ran such a resolver). So the region runs
   * from the paragraph before the quote (LOOK_BACK characters before it, `back`) to the end of
   * the paragraph after it, widened by whole paragraphs until MARGIN_TOKENS tokens lie
   * between, by MARGIN_CHARS, and at the end by the longest name (one may start inside and
   * run on).
   */
  readRegion(q: FoundQuote, back: boolean): { readonly start: number; readonly end: number } | null {
    const { paragraphs } = this.doc;
    const lists = this.doc.paragraphTokens!;
    const first = q.paragraph;
    const last = q.paragraph + q.paragraphs - 1;
    // The token before the quote is in its paragraph or the one before when that one holds a token.
    if (last >= paragraphs.length || q.start < paragraphs[first].start || q.end > paragraphs[last].end || (first > 0 && lists[first - 1].length === 0)) return null;
    const from = first > 0 ? first - 1 : 0;
    const to = Math.min(paragraphs.length - 1, last + 1);
    const box = this.box;
    box.start = paragraphs[from].start;
    box.end = paragraphs[to].end;
    // Cues are read from the quote's paragraphs and the line after (attributionCues.ts); one elsewhere is not bounded here.
    if (!cueInside(box, q.cueAfter) || !cueInside(box, q.cueBefore)) return null;
    if (q.cues) for (const c of q.cues) if (!cueInside(box, c)) return null;
    // Then whole paragraphs on each side, until MARGIN_TOKENS tokens lie between.
    const before = paragraphAfterTokens(lists, from, -1, MARGIN_TOKENS);
    const after = paragraphAfterTokens(lists, to, 1, MARGIN_TOKENS);
    const region = this.region;
    region.start = paragraphs[before].start - MARGIN_CHARS - (back ? LOOK_BACK : 0);
    region.end = paragraphs[after].end + MARGIN_CHARS + this.longestName;
    return region;
  }
}

/** Whether an offset of `sorted` lies in [start, end). */
function anyWithin(sorted: readonly number[], start: number, end: number): boolean {
  const first = firstAtLeast(sorted, start);
  return first < sorted.length && sorted[first] < end;
}

/** Whether a cue, its verb and its subject lie inside [box.start, box.end). */
function cueInside(box: { start: number; end: number }, c: SpeechCue | null | undefined): boolean {
  if (!c) return true;
  if (c.cue.start < box.start || c.cue.end > box.end) return false;
  return !c.subject || (c.subject.start >= box.start && c.subject.end <= box.end);
}

/** The people (names, in order), organizations and profiles of the article are the same: what every quote's resolution may read of them. */
function sameArticleFacts(a: GroupedEntities, b: GroupedEntities): boolean {
  if (a.people.length !== b.people.length || a.organizations.length !== b.organizations.length || a.profiles.size !== b.profiles.size) return false;
  for (let i = 0; i < a.people.length; i++) if (a.people[i].id !== b.people[i].id || a.people[i].name !== b.people[i].name) return false;
  for (let i = 0; i < a.organizations.length; i++) if (a.organizations[i].id !== b.organizations[i].id || a.organizations[i].name !== b.organizations[i].name) return false;
  for (const [id, p] of b.profiles) {
    const o = a.profiles.get(id);
    if (!o || !sameProfile(o, p)) return false;
  }
  return true;
}

/**
 * Whether entity `a` of the last version's entities reads as `b` of this one's to speaker
 * resolution: a person by their profile, an organization by its name
 * (referenceResolver.ts); a person's own name is read only for the surnames two people
 * share (speakerResolver.ts), compared apart.
 */
function readSame(old: GroupedEntities, now: GroupedEntities, a: string, b: string): boolean {
  if (a.charAt(0) !== b.charAt(0)) return false;
  if (a.startsWith('p')) {
    const x = old.profiles.get(a);
    const y = now.profiles.get(b);
    return x !== undefined && y !== undefined && sameProfile(x, y);
  }
  return organizationName(old, a) === organizationName(now, b);
}

/** Names of organizations by id, made once per set of entities. */
const organizationNames = new WeakMap<GroupedEntities, Map<string, string>>();

function organizationName(entities: GroupedEntities, id: string): string | undefined {
  let names = organizationNames.get(entities);
  if (!names) organizationNames.set(entities, (names = new Map(entities.organizations.map((o) => [o.id, o.name]))));
  return names.get(id);
}

function sameProfile(a: PersonProfile, b: PersonProfile): boolean {
  return a.gender === b.gender && sameSet(a.roles, b.roles) && sameSet(a.countries, b.countries);
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function sameQuote(a: FoundQuote, b: FoundQuote, by: number, tokens: number, paragraphs: number): boolean {
  if (a.start + by !== b.start || a.end + by !== b.end || a.contentStart + by !== b.contentStart || a.contentEnd + by !== b.contentEnd) return false;
  if (a.paragraphs !== b.paragraphs || a.closed !== b.closed || a.kind !== b.kind || a.paragraph + paragraphs !== b.paragraph || a.anonymous !== b.anonymous) return false;
  if (!sameShiftedCue(a.cueAfter, b.cueAfter, by, tokens) || !sameShiftedCue(a.cueBefore, b.cueBefore, by, tokens)) return false;
  if (a.cues === undefined || b.cues === undefined || (a.cues === b.cues && by === 0 && tokens === 0)) return a.cues === b.cues;
  if (a.cues.length !== b.cues.length) return false;
  for (let i = 0; i < a.cues.length; i++) if (!sameShiftedCue(a.cues[i], b.cues[i], by, tokens)) return false;
  return true;
}

function sameSpan(a: Span | null, b: Span | null, by: number): boolean {
  if (a === null || b === null) return a === b;
  return a.start + by === b.start && a.end + by === b.end && a.text === b.text;
}

/**
 * The previous quote a quote in paragraph `paragraph` enters with, in the last version (`a`,
 * `by` characters and `paragraphs` paragraphs before) and now (`b`), is the same, moved, or
 * in both versions one whose speaker does not go on: one that ends before the paragraph
 * before the quote's (speakerResolver.ts reads nothing else of it then).
 */
function samePrevious(a: PreviousQuote | null, b: PreviousQuote | null, by: number, paragraphs: number, paragraph: number, ids: IdPairs | undefined): boolean {
  const farA = a === null || a.quote.paragraph + a.quote.paragraphs - 1 < paragraph - paragraphs - 1;
  const farB = b === null || b.quote.paragraph + b.quote.paragraphs - 1 < paragraph - 1;
  if (farA || farB) return farA && farB;
  const x = a.quote;
  const y = b.quote;
  return x.start + by === y.start && x.end + by === y.end && x.paragraph + paragraphs === y.paragraph && x.paragraphs === y.paragraphs && x.kind === y.kind &&
    sameAttribution(a.attribution, b.attribution, by, ids);
}

/**
 * The last speaker a quote whose region starts at `regionStart` enters with, in the last
 * version and now: the same, moved, or in both versions one named before the region, more
 * than LOOK_BACK characters before every pronoun of the quote, which no pronoun is then
 * read as (referenceResolver.ts reads nothing else of it).
 */
function sameSpeaker(a: LastSpeaker | null, b: LastSpeaker | null, by: number, regionStart: number, ids: IdPairs | undefined): boolean {
  const farA = a === null || a.at < regionStart - by;
  const farB = b === null || b.at < regionStart;
  if (farA || farB) return farA && farB;
  return sameId(a.id, b.id, ids) && a.at + by === b.at;
}

function sameAttribution(a: Attribution, b: Attribution, by: number, ids: IdPairs | undefined): boolean {
  return sameId(a.speakerId, b.speakerId, ids) && sameSpan(a.speakerMention, b.speakerMention, by) && sameSpan(a.cue, b.cue, by) && sameSpan(a.referent ?? null, b.referent ?? null, by) && a.together === b.together;
}

/** Whether id `a` of the last version stands for the entity `b` of this one. */
function sameId(a: string | null, b: string | null, ids: IdPairs | undefined): boolean {
  if (a === null || b === null || !ids) return a === b;
  return ids.now(a) === b;
}

/**
 * The span `by` characters further on. Written out rather than spread (a spread copy was the
 * costliest line of keeping the quotes after an edit): an attribution's spans are plain Spans,
 * start, end and text in that order (every mention and cue of the dev and train outputs is).
 */
function movedSpan(s: Span | null, by: number): Span | null {
  return s && { start: s.start + by, end: s.end + by, text: s.text };
}

/**
 * The attribution `by` characters further on, with every field kept: listed by hand (a spread
 * copy for every quote after an edit cost twice as much), the optional ones set only where
 * present. A field lost here once (`together`); test/unit/shiftedCue.test.ts fails to compile
 * until a field added to Attribution is listed.
 */
export function movedAttribution(a: Attribution, by: number, speakerId: string | null): Attribution {
  const moved: Attribution = { speakerId, speakerMention: movedSpan(a.speakerMention, by), cue: movedSpan(a.cue, by) };
  if (a.referent !== undefined) moved.referent = movedSpan(a.referent, by)!;
  if (a.together !== undefined) moved.together = a.together;
  return moved;
}

/** A read of the last version as it reads in this one: its offset `by` on, its id the one paired, its answer `answer` (the same, in this version's ids). */
function movedRead(read: WholeTextRead, by: number, answer: unknown, ids: IdPairs | undefined): WholeTextRead {
  const moved = { ...read, answer } as WholeTextRead;
  if ('at' in moved) moved.at += by;
  if ('id' in moved && ids) moved.id = ids.now(moved.id)!;
  return moved;
}

/** The mentions of each person, by id, made once per set of entities. */
const personMentions = new WeakMap<GroupedEntities, Map<string, Person['mentions']>>();

function mentionsOf(entities: GroupedEntities, id: string): Person['mentions'] | undefined {
  let byId = personMentions.get(entities);
  if (!byId) personMentions.set(entities, (byId = new Map(entities.people.map((p) => [p.id, p.mentions]))));
  return byId.get(id);
}

/** The parties the words beside one mention give (referenceResolver.ts partiesBeside), as a set. */
function partiesNear(text: string, m: Span): ReadonlySet<string> {
  const found = new Set<string>();
  partiesBeside(text, m, (parties) => {
    for (const p of parties) found.add(p);
  });
  return found;
}
