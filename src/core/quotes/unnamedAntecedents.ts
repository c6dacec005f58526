import type { AnalyzedText } from '../text/analyzedText';
import type { Span } from '../types';
import type { FoundQuote } from './quoteFinder';
import { LOOK_BACK, lastSpeakerRead, type PronounKind, type ReferenceContext } from './referenceResolver';
import { firstNameAtOrAfter } from './mentionIndex';
import { lowerCase } from './caselessTests';
import { SUBORDINATORS, type Phrase } from './speakerPhrase';
import { UNNAMED_SOURCE_TAKES, newPersonTakes, type PronounTaken } from './unnamedSourceHeads';

// "A spokeswoman for the ministry told the BBC the closures were needed. "…," she said.":
// a source the text does not name can be what a later pronoun stands for. Then "she" is
// no one named earlier (not the minister named two paragraphs up): the quote has no speaker
// entity, and the phrase "she" stands for is its referent.

/** A source without a name that speaks at a cue, and the pronouns that may go on with it. */
export interface UnnamedSource extends Span {
  takes: PronounTaken;
}

/** Words that open a phrase naming someone new: "a spokeswoman", "two officials", "some aides". */
const INDEFINITE = new Set(['a', 'an', 'one', 'two', 'three', 'several', 'some', 'many', 'other']);

/** Words that open a phrase naming one new witness: "a resident", "one man", "another woman". */
const ONE_NEW = new Set(['a', 'an', 'one', 'another']);

/** Where a pronoun looks for the unnamed source it may stand for (unnamedAntecedent). */
export interface UnnamedSourceLookup {
  /**
   * The last unnamed source (in the quotes' order) that ends at or before `at`, if it starts
   * at or after `from`; undefined when there is none or it starts before `from`. (A lookup
   * may also give the one that starts before `from`.)
   */
  lastEndingBy(at: number, from: number): UnnamedSource | undefined;
}

/**
 * The subjects of the quotes' cues that are unnamed sources: an indefinite phrase ("a
 * spokeswoman for the ministry", "a senior official", "two officials") or a bare plural
 * ("officials", "senior aides"), its head one of UNNAMED_SOURCE_TAKES, set off by no name after
 * a comma ("a spokeswoman, Ana Ruiz, said" names her); of two in a row at the same place, the
 * first. Read where a pronoun asks: the subjects of the cues are gathered for every
 * quote (a few field reads each), but whether one is an unnamed source (its words and the name
 * after it) is read only for those that start in the stretch a pronoun looks back over, and
 * kept. After an edit, only the pronouns of the quotes near it ask, and the rest of the
 * article's subjects go unread (they were the speaker resolution's costliest step then).
 */
export class UnnamedSourceFinder implements UnnamedSourceLookup {
  /** The cue subjects that may be unnamed sources, in the quotes' order. */
  private readonly subjects: Phrase[] = [];
  /** For each subject: the nearest one before it (in the quotes' order) at the same start, else -1. */
  private readonly sameStartBefore: Int32Array;
  /** The subjects' numbers sorted by start, the quotes' order on a tie (as a stable sort); null when that is their order already (as a rule). */
  private readonly byStart: Int32Array | null = null;
  /** For each subject: undefined while unread, null if it is no source, else what it takes. */
  private readonly verdicts: Array<PronounTaken | null | undefined>;
  private readonly sources = new Map<number, UnnamedSource>();

  constructor(private readonly doc: AnalyzedText, quotes: readonly FoundQuote[], private readonly ctx: Pick<ReferenceContext, 'index'>) {
    const { subjects } = this;
    for (let q = 0; q < quotes.length; q++) {
      const subject = candidateSubject(quotes[q]);
      if (subject) subjects.push(subject);
    }
    const n = subjects.length;
    this.verdicts = new Array<PronounTaken | null | undefined>(n);
    let sorted = true;
    for (let i = 1; i < n && sorted; i++) if (subjects[i].start < subjects[i - 1].start) sorted = false;
    if (!sorted) {
      // Filled and sorted in place (the order is total, ties broken by number): no array of numbers made and copied.
      const byStart = new Int32Array(n);
      for (let i = 0; i < n; i++) byStart[i] = i;
      this.byStart = byStart.sort((a, b) => subjects[a].start - subjects[b].start || a - b);
    }
    // Subjects at one start stand side by side in that order, the nearest before one right before it.
    const same = (this.sameStartBefore = new Int32Array(n));
    for (let k = 0, before = -1; k < n; k++) {
      const i = this.subjectAt(k);
      same[i] = before >= 0 && subjects[before].start === subjects[i].start ? before : -1;
      before = i;
    }
  }

  lastEndingBy(at: number, from: number): UnnamedSource | undefined {
    const { subjects } = this;
    // The last subject (by start) starting at or before `at`; those after it end after `at`.
    let lo = 0;
    let hi = subjects.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (subjects[this.subjectAt(mid)].start <= at) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0; k--) {
      const i = this.subjectAt(k);
      const s = subjects[i];
      if (s.start < from) return undefined;
      if (s.end <= at && this.isSource(i)) return this.sourceAt(i);
    }
    return undefined;
  }

  /** The number of the `k`th subject by start. */
  private subjectAt(k: number): number {
    return this.byStart === null ? k : this.byStart[k];
  }

  /** Whether subject `i` is an unnamed source, and not the second of two in a row at its start. */
  private isSource(i: number): boolean {
    if (this.verdict(i) === null) return false;
    // The source kept last before it stands at the same start only if one at its start is a
    // source and none at another start is between them.
    for (let j = this.sameStartBefore[i], k = i - 1; j >= 0; j = this.sameStartBefore[j]) {
      for (; k > j; k--) if (this.verdict(k) !== null) return true;
      if (this.verdict(j) !== null) return false;
      k = j - 1;
    }
    return true;
  }

  private verdict(i: number): PronounTaken | null {
    let v = this.verdicts[i];
    if (v === undefined) v = this.verdicts[i] = takesOf(this.doc, this.subjects[i], this.ctx);
    return v;
  }

  private sourceAt(i: number): UnnamedSource {
    let source = this.sources.get(i);
    if (!source) {
      const s = this.subjects[i];
      source = { start: s.start, end: s.end, text: this.doc.text.slice(s.start, s.end), takes: this.verdict(i)! };
      this.sources.set(i, source);
    }
    return source;
  }
}

/** The subject of the cue a quote is attributed by, where it may be an unnamed source (no relative's). */
export function candidateSubject(q: FoundQuote): Phrase | null {
  const cue = q.cueBefore ?? q.cueAfter ?? q.cues?.find((c) => c !== null) ?? null;
  const subject = cue?.subject;
  return !subject || subject.relative !== undefined ? null : subject;
}

/** What a cue's subject takes if it is an unnamed source, else null. */
export function takesOf(doc: AnalyzedText, subject: Phrase, ctx: Pick<ReferenceContext, 'index'>): PronounTaken | null {
  const takes = unnamedHead(doc, subject.tokenStart, subject.tokenEnd);
  if (takes === null || namedAfter(doc, subject.end, ctx)) return null;
  // "…, when a reporter asked if …": someone in a clause about another's sentence does not take its pronouns over.
  if (subject.tokenStart > 0 && SUBORDINATORS.has(doc.tokens[subject.tokenStart - 1].text)) return null;
  // "She was told by a consultant that …": the agent of a passive is a side figure in the sentence of the
  // one told, who is whom a following "she" goes on with.
  if (subject.tokenStart > 0 && lowerCase(doc.tokens[subject.tokenStart - 1].text) === 'by') return null;
  return takes;
}

/** What the phrase's head takes: lower-case words from an indefinite word or the phrase's start up to a head of UNNAMED_SOURCE_TAKES, before any preposition. */
function unnamedHead(doc: AnalyzedText, tokenStart: number, tokenEnd: number): UnnamedSource['takes'] | null {
  const { tokens } = doc;
  const first = lowerCase(tokens[tokenStart].text);
  const kin = possessedKin(doc, tokenStart, tokenEnd);
  if (kin !== null) return kin;
  const indefinite = INDEFINITE.has(first) || ONE_NEW.has(first);
  for (let i = tokenStart + (indefinite ? 1 : 0); i < tokenEnd && i < tokenStart + 5; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return null;
    const takes = UNNAMED_SOURCE_TAKES.get(t.text) ?? (ONE_NEW.has(first) ? newPersonTakes(t.text) : undefined);
    if (takes === undefined) continue;
    return indefinite || takes === 'plural' ? takes : null;
  }
  return null;
}

/** Possessive determiners before a relative's noun: "his mother", "their son". */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);

/**
 * "Clarke's sister", "the victim's father", "his mother": someone known only as a relative of
 * another, the phrase ending in a noun of one gender; a later "she" or "he" of that gender goes
 * on with them rather than with the one named in the possessive. (A relative of no gender's
 * noun, "her lawyer", leaves the pronoun to the named person: "she" may be the client.)
 */
function possessedKin(doc: AnalyzedText, tokenStart: number, tokenEnd: number): 'male' | 'female' | null {
  const { tokens } = doc;
  let i = tokenStart;
  if (lowerCase(tokens[i].text) === 'the' && i + 1 < tokenEnd) i++;
  const owner = tokens[i].text;
  if (!POSSESSIVE_PRONOUNS.has(lowerCase(owner)) && !/\p{L}['’]s$/u.test(owner)) return null;
  if (tokenEnd - i < 2 || tokenEnd - i > 4) return null;
  for (let k = i + 1; k < tokenEnd; k++) if (tokens[k].kind !== 'word' || !/^\p{Ll}+$/u.test(tokens[k].text)) return null;
  const takes = newPersonTakes(tokens[tokenEnd - 1].text);
  return takes === 'male' || takes === 'female' ? takes : null;
}

/** `a spokeswoman, Ana Ruiz,`: a person's name right after the phrase and a comma. */
function namedAfter(doc: AnalyzedText, end: number, ctx: Pick<ReferenceContext, 'index'>): boolean {
  const m = /^,\s*/u.exec(doc.text.slice(end, end + 4));
  if (!m) return false;
  const name = ctx.index.names[firstNameAtOrAfter(ctx.index, end)];
  return name !== undefined && name.kind === 'person' && name.start === end + m[0].length;
}

/** How far back an unnamed source may be what a pronoun stands for: its paragraph or the one before. */
const PARAGRAPHS_BACK = 1;

/**
 * The unnamed source a pronoun at `at` stands for: the last one before it that fits
 * (`she` a spokeswoman or an official, `they` officials), spoken after the last named
 * speaker, in its paragraph or the one before, with no one the pronoun could stand for
 * named between (outside quotations).
 */
export function unnamedAntecedent(sources: UnnamedSourceLookup, pronoun: PronounKind, at: number, ctx: ReferenceContext): UnnamedSource | null {
  ctx.reads?.readBack();
  if (pronoun !== 'male' && pronoun !== 'female' && pronoun !== 'plural') return null;
  // The source may start no farther back than LOOK_BACK, nor before the paragraph before the pronoun's (the checks below).
  const p = paragraphOf(ctx.doc, at);
  const from = Math.max(at - LOOK_BACK, p - PARAGRAPHS_BACK >= 1 ? ctx.doc.paragraphs[p - PARAGRAPHS_BACK].start : Number.NEGATIVE_INFINITY);
  const source = sources.lastEndingBy(at, from);
  if (!source) return null;
  const fits = pronoun === 'plural' ? source.takes === 'plural' : source.takes === pronoun || source.takes === 'singular';
  if (!fits || (lastSpeakerRead(ctx)?.at ?? -1) >= source.start) return null;
  if (at - source.start > LOOK_BACK || p - paragraphOf(ctx.doc, source.start) > PARAGRAPHS_BACK) return null;
  const { names, insideQuote } = ctx.index;
  for (let i = firstNameAtOrAfter(ctx.index, source.end); i < names.length && names[i].start < at; i++) {
    const m = names[i];
    if (insideQuote[i] || !m.entityId) continue;
    if (pronoun === 'plural') return null;
    if (m.kind !== 'person') continue;
    const gender = ctx.entities.profiles.get(m.entityId)?.gender ?? null;
    if (gender === null || gender === pronoun) return null;
  }
  return source;
}

function paragraphOf(doc: AnalyzedText, at: number): number {
  const { paragraphs } = doc;
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
