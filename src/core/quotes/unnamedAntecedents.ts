import type { AnalyzedText } from '../text/analyzedText';
import type { Span } from '../types';
import type { FoundQuote } from './quoteFinder';
import { LOOK_BACK, type PronounKind, type ReferenceContext } from './referenceResolver';
import { firstNameAtOrAfter } from './mentionIndex';
import { lowerCase } from './caselessTests';
import { SUBORDINATORS } from './speakerPhrase';
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

/**
 * The subjects of the quotes' cues that are unnamed sources, in text order: an indefinite
 * phrase ("a spokeswoman for the ministry", "a senior official", "two officials") or a bare
 * plural ("officials", "senior aides"), its head one of UNNAMED_SOURCE_TAKES, set off by no name after a
 * comma ("a spokeswoman, Ana Ruiz, said" names her).
 */
export function unnamedSources(doc: AnalyzedText, quotes: readonly FoundQuote[], ctx: Pick<ReferenceContext, 'index'>): UnnamedSource[] {
  const out: UnnamedSource[] = [];
  for (const q of quotes) {
    const cue = q.cueBefore ?? q.cueAfter ?? q.cues?.find((c) => c !== null) ?? null;
    const subject = cue?.subject;
    if (!subject || subject.relative !== undefined) continue;
    const takes = unnamedHead(doc, subject.tokenStart, subject.tokenEnd);
    if (takes === null || namedAfter(doc, subject.end, ctx)) continue;
    // "…, when a reporter asked if …": someone in a clause about another's sentence does not take its pronouns over.
    if (subject.tokenStart > 0 && SUBORDINATORS.has(doc.tokens[subject.tokenStart - 1].text)) continue;
    // "She was told by a consultant that …": the agent of a passive is a side figure in the sentence of the
    // one told, who is whom a following "she" goes on with.
    if (subject.tokenStart > 0 && lowerCase(doc.tokens[subject.tokenStart - 1].text) === 'by') continue;
    if (out.length && out[out.length - 1].start === subject.start) continue;
    out.push({ start: subject.start, end: subject.end, text: doc.text.slice(subject.start, subject.end), takes });
  }
  return out.sort((a, b) => a.start - b.start);
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
export function unnamedAntecedent(sources: readonly UnnamedSource[], pronoun: PronounKind, at: number, ctx: ReferenceContext): UnnamedSource | null {
  if (pronoun !== 'male' && pronoun !== 'female' && pronoun !== 'plural') return null;
  let source: UnnamedSource | undefined;
  for (let i = sources.length - 1; i >= 0; i--) {
    if (sources[i].end <= at) {
      source = sources[i];
      break;
    }
  }
  if (!source) return null;
  const fits = pronoun === 'plural' ? source.takes === 'plural' : source.takes === pronoun || source.takes === 'singular';
  if (!fits || (ctx.lastSpeaker !== null && ctx.lastSpeaker.at >= source.start)) return null;
  if (at - source.start > LOOK_BACK || paragraphOf(ctx.doc, at) - paragraphOf(ctx.doc, source.start) > PARAGRAPHS_BACK) return null;
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
