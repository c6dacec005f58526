import type { AnalyzedText } from '../text/analyzedText';
import { sentenceIndexAt } from '../text/analyzedText';
import { nearbyTokenIndexAt } from '../text/nearbyTokenSearch';
import type { GroupedEntities } from '../entities/entityGrouper';
import type { Span } from '../types';
import type { FoundQuote } from './quoteFinder';
import { creditLineAfter, cueInSentence, type SpeechCue } from './speechCues';
import { attributionCues, lastCharBeforeClosing } from './attributionCues';
import { SOURCE_DETAIL_OPENERS, sentenceSubject, type Phrase } from './speakerPhrase';
import { firstNameAtOrAfter, namesWithin, type IndexedMention, type MentionIndex } from './mentionIndex';
import { cleftFocus } from './cleftFocus';
import { pronounKind, readAgain as readReferenceAgain, resolveEpithet, resolvePronoun, resolveRole, resolveUndescribedRole, type ReferenceContext, type RoleModifiers } from './referenceResolver';
import { spanContaining } from '../text/sortedSearch';
import { isPersonRole, roleNounOf } from '../entities/roleNouns';
import { UNNAMED_SOURCE_TAKES, newPersonTakes } from './unnamedSourceHeads';
import { coordinatedSpeakers } from './coordinatedSpeakers';
import { countryOfModifier } from '../entities/countryModifiers';
import { PARTY_MEMBER_NOUNS, PERSON_TITLES } from '../names/nameLexicon';
import { readParties } from '../entities/politicalParties';
import { isLettersAfterName } from '../names/ranksAndHonours';
import { DECLINE_FORMS, isSpeechActVerb, isSpeechVerb, reportingLemma } from './reportingVerbs';
import { saysNoComment } from './noComment';
import { lowerCase } from './caselessTests';
import { SpeakerSession, type LastSpeakers, type PreviousQuote } from './lastSpeakerRun';
import { lastWord, surnamesShared } from './sharedSurnames';
import { UnnamedSourceFinder, unnamedAntecedent } from './unnamedAntecedents';
import { bylineWriters } from './bylineWriters';
import { personOfInitials } from './initialsLabels';
import { kinNamedBefore, kinNamedEarlier } from './kinNamedEarlier';
import type { WholeTextRead } from './wholeTextReads';
import type { IdPairs } from '../incremental/idPairs';

export interface Attribution {
  speakerId: string | null;
  speakerMention: Span | null;
  cue: Span | null;
  /** The unnamed source a pronoun mention stands for ("A spokeswoman for the ministry … she said"); set only then. */
  referent?: Span;
  /** The mention names two people who speak together ("Tom Hale and Ana Ruiz said": coordinatedSpeakers.ts); set only then. */
  together?: true;
}

const NONE: Attribution = { speakerId: null, speakerMention: null, cue: null };

/**
 * Attributes each quote to a speaker, in text order:
 *  1. the reporting cue next to it (speechCues.ts: `"…," X said`, `"…," said X, the title of Y`,
 *     `X said: "…"`, `X said "…"`, the cue between two halves of one quote); for a partial
 *     quote, the reporting verb of its sentence;
 *  2. without a cue, the speaker of the quote before it in the same paragraph
 *     (`"…," he said. "…"`) or of the paragraph before (a quote continued in a new paragraph);
 * The phrase naming the speaker becomes the speaker mention; a name gives the entity directly,
 * a pronoun or role noun is resolved to the person or organization it stands for.
 * With `last` (an editor session's), quotes far enough from an edit keep the attribution
 * of the version before (lastSpeakerRun.ts); the result is the same.
 */
export function resolveSpeakers(
  doc: AnalyzedText,
  quotes: FoundQuote[],
  index: MentionIndex,
  entities: GroupedEntities,
  last?: LastSpeakers,
): Attribution[] {
  // Read only when a role noun ("the company") asks: most keystrokes re-attribute no such quote.
  let organizationNames: Map<string, string> | undefined;
  const organizationName = (id: string): string | undefined => (organizationNames ??= new Map(entities.organizations.map((o) => [o.id, lowerCase(o.name)]))).get(id);
  let unnamed: UnnamedSourceFinder | undefined;
  const unnamedSourcesOf = (): UnnamedSourceFinder => (unnamed ??= new UnnamedSourceFinder(doc, quotes, { index }));
  const ctx: ReferenceContext = { doc, entities, index, lastSpeaker: null, organizationName, unnamedSources: unnamedSourcesOf };
  const result: Attribution[] = [];
  let previous: PreviousQuote | null = null;
  let shared: Set<string> | undefined;
  const sharedSurnames = (): ReadonlySet<string> => (shared ??= surnamesShared(entities.people));
  const marked = quotes.filter((q) => q.kind !== 'indirect');
  const isQuoted = (offset: number): boolean => spanContaining(marked, offset) !== undefined;
  // The clauses of unsaid speakers, few or none: gathered once, at the first partial quote
  // with a cue, instead of every quote being looked at for each such quote (quadratic).
  let unsaid: readonly FoundQuote[] | undefined;
  const unsaidClauses = (): readonly FoundQuote[] => (unsaid ??= quotes.filter((c) => c.kind === 'indirect' && c.anonymous));
  const session = last && doc.paragraphTokens ? new SpeakerSession(last, doc, quotes, index, entities, (read, by, ids) => readAgain(read, by, ctx, ids)) : undefined;
  if (session) ctx.reads = session.readLog;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    const kept: Attribution | undefined = session?.kept(i, previous, ctx.lastSpeaker);
    let attribution: Attribution = kept ?? attributeQuote(doc, q, ctx, previous, isQuoted);
    // `Minister "did not know" about contract, inquiry told`: a partial quote read by the cue of
    // a clause whose speaker is unsaid (a passive "told") is unsaid too.
    if (q.kind === 'partial' && attribution.cue && cueOfUnsaidClause(unsaidClauses(), q, attribution.cue.start)) attribution = { ...NONE, cue: attribution.cue };
    const keptWords = kept ? session!.keptReportsWords() : undefined;
    const words = q.kind === 'indirect' && (keptWords ?? reportsWords(attribution, sharedSurnames));
    // `Grey said Pike told his victims …. "…," she said.`: a report nested in another's clause
    // is what the outer speaker says of someone; the outer speaker is whom "she" goes on with.
    // (Asked anew of a kept quote too: the clause's attribution may have been made again.)
    const reports = words && !insideOtherSpeakersClause(quotes, result, i, attribution);
    session?.record(previous, ctx.lastSpeaker, attribution, words, kept === undefined);
    result.push(attribution);
    if (attribution.speakerMention && q.kind !== 'indirect') {
      previous = { quote: q, attribution };
      if (attribution.speakerId) ctx.lastSpeaker = { id: attribution.speakerId, at: attribution.speakerMention.start };
    } else if (reports) {
      // `Pate claimed in an interview that …. "…," he said.`: a named person reporting in words
      // is whom a following "he" goes on with, as the speaker of a quotation is.
      ctx.lastSpeaker = { id: attribution.speakerId!, at: attribution.speakerMention!.start };
    }
  }
  session?.finish();
  return result;
}

/**
 * One quote's attribution, given what came before it: the last quote that named its speaker
 * (`previous`) and the last speaker (`ctx.lastSpeaker`).
 */
function attributeQuote(doc: AnalyzedText, q: FoundQuote, ctx: ReferenceContext, previous: PreviousQuote | null, isQuoted: (offset: number) => boolean): Attribution {
  if (q.anonymous) {
    // `X is expected to …`: who expects is unsaid, and no neighbour is to be guessed.
    return { ...NONE, cue: (q.cueBefore ?? q.cueAfter)?.cue ?? null };
  }
  const putTo = questionPutTo(doc, q);
  if (putTo) {
    // `Blumenthal was asked, "If you had known …?"`: the one asked did not say it, and
    // who asked is not named by the cue; no neighbour is to be guessed either.
    return { ...NONE, cue: putTo.cue };
  }
  // `Mitt Romney -- "It is disqualifying …" -- and Fred Goldberg`: a sentence set off between
  // dashes right after a person's name is that person's words.
  const asideOf = q.kind === 'direct' ? nameBeforeDashAside(doc.text, q, ctx.index) : null;
  if (asideOf) return { speakerId: asideOf.entityId, speakerMention: { start: asideOf.start, end: asideOf.end, text: asideOf.text }, cue: null };
  let a: Attribution | null = null;
  for (const cue of cuesFor(doc, q)) {
    if (!cue) continue;
    if (cue.unsaid) return { ...NONE, cue: cue.cue };
    a = answererOf(doc, cue, q, ctx) ?? attributeCue(doc, cue, ctx);
    if (a.speakerMention || a.speakerId) break;
  }
  if (a && a.speakerMention && q.kind === 'direct' && a.cue && a.cue.start >= q.end) {
    const described = describedSubjectBefore(doc, q, a.speakerMention, ctx, isQuoted);
    if (typeof described === 'string') a = { ...a, speakerId: described };
    else if (described) a = { ...a, speakerId: null, referent: described };
  }
  if (!a || (!a.speakerMention && !a.speakerId)) {
    // `"I admire the mechanics" of the plan, Mr. Holtz-Eakin said.`: the quote's own
    // sentence goes on to its cue.
    const own = q.kind === 'direct' ? ownSentenceCue(doc, q, isQuoted) : null;
    if (own) a = attributeCue(doc, own, ctx);
  }
  // A quote signed on a credit line (`"…"` / `― Ana Ruiz`) is that line's, even where its
  // words are no name read: neither the sentence before nor the quote before speaks in it.
  if ((!a || (!a.speakerMention && !a.speakerId)) && q.kind === 'direct' && creditLineAfter(doc, q.end, q.paragraph + q.paragraphs - 1)) return a ?? NONE;
  if (!a || (!a.speakerMention && !a.speakerId)) {
    // Without a cue of its own, the quote is introduced by the sentence before it (`Trump
    // told the crowd he would win. "…"`, a paragraph ending `… he wrote:`), or it goes on
    // from the quote before it, in its paragraph or the one before. When the sentence before
    // holds that quote and its cue, the speaker goes on; otherwise the newer sentence wins.
    const introduced = introducingCue(doc, q, isQuoted);
    const lastParagraph = previous ? previous.quote.paragraph + previous.quote.paragraphs - 1 : -1;
    const goesOn = previous !== null && previous.attribution.speakerMention !== null && (lastParagraph === q.paragraph || lastParagraph === q.paragraph - 1);
    if (introduced && !(goesOn && previous!.quote.end > introduced.sentenceStart)) {
      const cue = introduced.cue ?? colonIntroduction(doc, introduced.sentenceStart, q, ctx);
      if (cue) a = { ...(answererOf(doc, cue, q, ctx) ?? attributeCue(doc, cue, ctx)), cue: a?.cue ?? (cue === introduced.cue ? cue.cue : null) };
      else {
        // `Sanders, who lost the primaries, identified young voters' exhaustion as a reason. "…"`:
        // a quote right after a sentence of its paragraph whose subject is a named person is
        // theirs, rather than the speaker of a quote in the paragraph before.
        const named = namedSubjectBefore(doc, q, introduced.sentenceStart, ctx);
        if (named) a = { ...named, cue: a?.cue ?? null };
      }
    }
    if ((!a || (!a.speakerMention && !a.speakerId)) && goesOn) {
      // The same speaker goes on: keep the mention that named them, no cue of its own.
      a = { ...previous!.attribution, cue: a?.cue ?? null };
    }
  }
  return a ?? NONE;
}

/** How far before the dash of an aside quote the name's mention may start. */
const ASIDE_NAME_REACH = 60;

/** The person named right before the dash that opens the quote `q`, when a dash closes it too; else null. */
function nameBeforeDashAside(text: string, q: FoundQuote, index: MentionIndex): IndexedMention | null {
  if (!/^\s*(?:[—–]|--)/u.test(text.slice(q.end, q.end + 4))) return null;
  let k = q.start;
  while (k > 0 && /\s/u.test(text.charAt(k - 1))) k--;
  if (text.charAt(k - 1) === '—' || text.charAt(k - 1) === '–') k--;
  else if (text.slice(k - 2, k) === '--') k -= 2;
  else return null;
  while (k > 0 && /\s/u.test(text.charAt(k - 1))) k--;
  const names = namesWithin(index, Math.max(0, k - ASIDE_NAME_REACH), k);
  const last = names[names.length - 1];
  return last !== undefined && last.kind === 'person' && last.end === k ? last : null;
}

/** How many quotes back a clause holding the quote at `i` is looked for (a partial quote or two may stand between). */
const CLAUSE_LOOK_BACK = 3;

/**
 * The quote at `i` lies inside an earlier reported clause whose cue names someone else
 * (`Grey said [Pike told his victims …]`); a clause read around it by the same cue, or by a
 * cue naming no one, is no other speaker's.
 */
function insideOtherSpeakersClause(quotes: readonly FoundQuote[], result: readonly Attribution[], i: number, a: Attribution): boolean {
  const q = quotes[i];
  for (let k = i - 1; k >= 0 && k >= i - CLAUSE_LOOK_BACK; k--) {
    const c = quotes[k];
    const outer = result[k];
    if (c.kind !== 'indirect' || c.start > q.start || c.end < q.end || outer.speakerId === null || outer.speakerId === a.speakerId) continue;
    // The outer cue stands before the clause and before this one's speaker: `Grey said Pike told …`.
    if (outer.cue && a.speakerMention && outer.cue.end <= a.speakerMention.start) return true;
  }
  return false;
}

/** A passive "told" around the quote, among the anonymous reported clauses `clauses`, whose cue starts at `cueStart`. */
function cueOfUnsaidClause(clauses: readonly FoundQuote[], q: FoundQuote, cueStart: number): boolean {
  for (const c of clauses) {
    if (c.start > q.start || c.end < q.end) continue;
    const cue = (c.cueAfter ?? c.cueBefore)?.cue;
    if (cue?.start === cueStart && lowerCase(cue.text) === 'told') return true;
  }
  return false;
}

/**
 * Reported speech by a person named right at its speech verb (`Pate claimed`, `Pate
 * welcomed`; not `he said`, not `Pate hopes`), unless by a bare surname two people share. Not
 * a question: after `X asked Y …` the words that follow are mostly Y's answer.
 */
function reportsWords(a: Attribution, sharedSurnames: () => ReadonlySet<string>): boolean {
  if (a.speakerId === null || !a.speakerId.startsWith('p') || a.speakerMention === null || a.cue === null) return false;
  if (pronounKind(a.speakerMention.text) !== null || !(isSpeechVerb(a.cue.text) || judgedInWords(a)) || /^(?:ask|question|wonder)$/u.test(reportingLemma(a.cue.text) ?? '')) return false;
  // `Reed declined to comment`: a refusal is no words a later "he" goes on with.
  if (DECLINE_FORMS.has(lowerCase(a.cue.text)) || /^refus/iu.test(a.cue.text)) return false;
  // `Woods said …` where the text names two Woodses: which one spoke is a guess not to build on.
  // A full name (`German Ortega said`) says which one.
  const bare = !/\s/u.test(a.speakerMention.text.trim());
  return !(bare && sharedSurnames().has(lastWord(a.speakerMention.text)));
}

/**
 * `Lyndon welcomed the result. She said …`: a speech act in the past (welcomed, condemned,
 * rejected) by someone named is reported speech a later "she" goes on with, as "said" is.
 * Not in a relative clause (`politicians like Robertson, who had condemned it`: one of
 * many, spoken of in passing), and not a noun (`the Romney attack`).
 */
function judgedInWords(a: Attribution): boolean {
  return a.cue !== null && a.speakerMention !== null && isSpeechActVerb(a.cue.text) && a.cue.text.endsWith('ed') && !/^who$/iu.test(a.speakerMention.text);
}

/** A reporting verb after the quote in the quote's own sentence, outside quotations. */
function ownSentenceCue(doc: AnalyzedText, q: FoundQuote, isQuoted: (offset: number) => boolean): SpeechCue | null {
  // `"We will not back down": Paris braces for …`: a headline's colon after the quote opens the
  // story's own words, no cue of the quote ("pension protests" is a noun).
  if (/^[ \t]*:/u.test(doc.text.slice(q.end, q.end + 4))) return null;
  const sentence = sentenceIndexAt(doc, Math.max(q.start, q.end - 1));
  const cue = sentence >= 0 ? cueInSentence(doc, sentence, isQuoted) : null;
  return cue && cue.cue.start >= q.end ? cue : null;
}

/** The sentence right before the quote, in its paragraph or ending with a colon, and its cue. */
function introducingCue(doc: AnalyzedText, q: FoundQuote, isQuoted: (offset: number) => boolean): { cue: SpeechCue | null; sentenceStart: number } | null {
  const first = nearbyTokenIndexAt(doc, q.start);
  if (first === 0) return null;
  const before = sentenceIndexAt(doc, doc.tokens[first - 1].start);
  if (before < 0) return null;
  const sentence = doc.sentences[before];
  const paragraph = doc.paragraphs[q.paragraph];
  const sameParagraph = sentence.start >= paragraph.start;
  const colon = doc.tokens[sentence.tokenEnd - 1]?.text === ':';
  if (!sameParagraph && !colon && !opensParagraphAfter(doc, q, sentence.start)) return null;
  // `Reed did not respond to a request for comment. "…"`: a note that someone said nothing
  // introduces no one's words (noComment.ts); the quote goes on from the one before it.
  if (!colon && saysNoComment(doc.text, sentence.start, sentence.end)) return null;
  return { cue: cueInSentence(doc, before, isQuoted), sentenceStart: sentence.start };
}

/**
 * `McConnell delivered a blunt message to Trump: "…"`: a sentence that ends in a colon right
 * before the quote and names a person, an organization or a pronoun as its subject introduces
 * that subject's words even without a reporting verb. Not `The sign read: "…"`.
 */
function colonIntroduction(doc: AnalyzedText, sentenceStart: number, q: FoundQuote, ctx: ReferenceContext): SpeechCue | null {
  const colon = nearbyTokenIndexAt(doc, q.start) - 1;
  if (colon < 0 || doc.tokens[colon].text !== ':' || doc.tokens[colon].start < sentenceStart) return null;
  const cue = { start: doc.tokens[colon].start, end: doc.tokens[colon].end, text: ':' };
  const subject = sentenceSubject(doc, colon, nearbyTokenIndexAt(doc, sentenceStart));
  const named = subject !== null && (namesWithin(ctx.index, subject.start, subject.end).length > 0 || (subject.tokenEnd - subject.tokenStart === 1 && pronounKind(doc.tokens[subject.tokenStart].text) !== null));
  if (named) return { cue, subject, verbToken: colon, position: 'before' };
  // `One early supporter, Rep. Lee Zeldin, gave it a whirl: "…"`: the name set off after the subject.
  const setOff = subject && appositiveName(doc, subject, ctx, true);
  if (setOff) return { cue, subject: { start: setOff.start, end: setOff.end, tokenStart: nearbyTokenIndexAt(doc, setOff.start), tokenEnd: nearbyTokenIndexAt(doc, setOff.end - 1) + 1 }, verbToken: colon, position: 'before' };
  // `The surge doesn't surprise pollster Daron Shaw: "…"`: with no one as the subject, the
  // person named last, right at the colon, is whom the sentence hands the word to.
  if (colon === 0) return null;
  const near = namesWithin(ctx.index, doc.tokens[Math.max(0, colon - 6)].start, cue.start);
  const last = near[near.length - 1];
  if (last === undefined || last.kind !== 'person' || last.end !== doc.tokens[colon - 1].end) return null;
  const first = nearbyTokenIndexAt(doc, last.start);
  return { cue, subject: { start: last.start, end: last.end, tokenStart: first, tokenEnd: colon }, verbToken: colon, position: 'before' };
}

/**
 * The subject of the sentence before the quote (the quote's own, when it stands inside one), in
 * the quote's paragraph, when a person's name opens it (titles allowed: "Sen. Bernie Sanders").
 */
function namedSubjectBefore(doc: AnalyzedText, q: FoundQuote, sentenceStart: number, ctx: ReferenceContext): { speakerId: string | null; speakerMention: Span } | null {
  if (sentenceStart < doc.paragraphs[q.paragraph].start) return null;
  const last = nearbyTokenIndexAt(doc, q.start) - 1;
  const subject = sentenceSubject(doc, last, nearbyTokenIndexAt(doc, sentenceStart));
  if (!subject) return null;
  const names = namesWithin(ctx.index, subject.start, subject.end);
  const name = names[0];
  // The name opens the subject, titles allowed before it ("Sen. Bernie Sanders").
  if (!name || name.kind !== 'person' || !name.entityId || /(?:^|\s)\p{Ll}/u.test(doc.text.slice(subject.start, name.start))) return null;
  return { speakerId: name.entityId, speakerMention: { start: name.start, end: name.end, text: name.text } };
}

/**
 * `The Spaniard shook his head. "…," he said.`: the "he" of a cue after the quote goes on from
 * the subject of the sentence right before it, in its paragraph, when that sentence reports no
 * speech and its subject is a definite description of a person ("the Spaniard", "the manager")
 * rather than a name (a name is what the pronoun resolver already finds). The person that
 * description stands for, where their gender fits the pronoun; null otherwise.
 */
function describedSubjectBefore(doc: AnalyzedText, q: FoundQuote, mention: Span, ctx: ReferenceContext, isQuoted: (offset: number) => boolean): string | Span | null {
  const kind = pronounKind(mention.text);
  if (kind !== 'male' && kind !== 'female') return null;
  const introduced = introducingCue(doc, q, isQuoted);
  if (!introduced || introduced.sentenceStart < doc.paragraphs[q.paragraph].start) return null;
  // "My son's teacher put it simply when I asked her …": the writer asking reports no one's words.
  const writerAsks = introduced.cue !== null && introduced.cue.subject !== null && pronounKind(doc.text.slice(introduced.cue.subject.start, introduced.cue.subject.end)) === 'first';
  if (introduced.cue && !writerAsks) return null;
  const subject = sentenceSubject(doc, nearbyTokenIndexAt(doc, q.start) - 1, nearbyTokenIndexAt(doc, introduced.sentenceStart));
  if (!subject || subject.tokenEnd - subject.tokenStart < 2 || (writerAsks && subject.end > introduced.cue!.subject!.start)) return null;
  const unnamed = unnamedPersonPhrase(doc, subject, kind, ctx);
  if (unnamed) return unnamed;
  if (lowerCase(doc.tokens[subject.tokenStart].text) !== 'the') return null;
  // "The Spaniard shook …": an epithet is read as one whatever verb follows it (and even where
  // the tagger took its noun for a name).
  const epithet = epithetOf(`the${doc.text.slice(doc.tokens[subject.tokenStart].end, subject.end)}`, doc.tokens[subject.tokenEnd - 1].text);
  if (!epithet && namesWithin(ctx.index, subject.start, subject.end).length > 0) return null;
  const speakerId = epithet ? resolveEpithet(subject.start, ctx, epithet.country, epithet.parties) : speakerOfPhrase(doc, subject, true, ctx).speakerId;
  if (!speakerId || !speakerId.startsWith('p')) return null;
  const gender = ctx.entities.profiles.get(speakerId)?.gender ?? null;
  return gender === null || gender === kind ? speakerId : null;
}

/** Words opening a phrase for someone new or someone the writer knows: "a neighbour", "my son's teacher". */
const NEW_PERSON_OPENERS = new Set(['a', 'an', 'one', 'another', 'my', 'our', 'his', 'her', 'their', 'your']);

/**
 * `A neighbour ran outside. "…," she said.`, `My son's teacher put it simply. "…," she said.`:
 * a subject naming a new person by a noun for people (a witness, a source, a relative, a role),
 * with no name in it, is whom the pronoun goes on with; the phrase, or null.
 */
function unnamedPersonPhrase(doc: AnalyzedText, subject: Phrase, kind: 'male' | 'female', ctx: ReferenceContext): Span | null {
  const { tokens } = doc;
  if (!NEW_PERSON_OPENERS.has(lowerCase(tokens[subject.tokenStart].text))) return null;
  if (namesWithin(ctx.index, subject.start, subject.end).length > 0) return null;
  // "his wife, Jane, called for …": an appositive after the phrase may name the person.
  if (tokens[subject.tokenEnd]?.text === ',') return null;
  for (let i = subject.tokenStart + 1; i < subject.tokenEnd; i++) if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(tokens[i].text)) return null;
  const head = lowerCase(tokens[subject.tokenEnd - 1].text);
  const takes = UNNAMED_SOURCE_TAKES.get(head) ?? newPersonTakes(head);
  if (takes !== kind && takes !== 'singular') return null;
  return { start: subject.start, end: subject.end, text: doc.text.slice(subject.start, subject.end) };
}

/** Verbs of asking: the words quoted after "X asked Y about …" are Y's answer, unless they ask. */
const ASKING = new Set(['asked', 'asks', 'ask', 'pressed', 'presses', 'questioned', 'questions', 'quizzed', 'grilled']);

/**
 * `Jake Tapper asked Hillary Clinton about the emails. "It was a mistake."`: a quotation in a
 * sentence after one in which someone asks a named person, with no cue of its own, is that
 * person's answer; a quotation that is itself a question is the asker's.
 */
function answererOf(doc: AnalyzedText, cue: SpeechCue, q: FoundQuote, ctx: ReferenceContext): Attribution | null {
  const verb = doc.tokens[cue.verbToken];
  // Only a quotation standing after the question's sentence: the clause of "asked" itself,
  // and words quoted in it, are the asker's.
  if (q.kind !== 'direct' || cue.position !== 'before' || !ASKING.has(lowerCase(verb.text)) || endsInQuestion(doc.text, q)) return null;
  if (sentenceIndexAt(doc, q.start) === sentenceIndexAt(doc, verb.start)) return null;
  const next = doc.tokens[cue.verbToken + 1];
  if (!next) return null;
  const object = namesWithin(ctx.index, next.start, q.start).find((n) => n.start === next.start);
  if (!object || object.kind !== 'person' || !object.entityId || object.end > q.start) return null;
  // "asked Pence to join him": a request, after which the asker may well go on.
  const after = doc.tokens[nearbyTokenIndexAt(doc, object.end)];
  if (after && after.start >= object.end && lowerCase(after.text) === 'to') return null;
  return { speakerId: object.entityId, speakerMention: { start: object.start, end: object.end, text: object.text }, cue: cue.cue };
}

const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'get', 'gets', 'got']);

/** The cue of a question quoted as put to the subject: `Trump was asked, "What's the most dangerous place …?"`. */
function questionPutTo(doc: AnalyzedText, q: FoundQuote): SpeechCue | null {
  if (q.kind !== 'direct' || !endsInQuestion(doc.text, q)) return null;
  for (const cue of cuesFor(doc, q)) {
    if (!cue || cue.position !== 'before' || !ASKING.has(lowerCase(doc.tokens[cue.verbToken].text))) continue;
    const before = doc.tokens[cue.verbToken - 1];
    if (before && PASSIVE_AUXILIARIES.has(lowerCase(before.text))) return cue;
  }
  return null;
}

function endsInQuestion(text: string, q: FoundQuote): boolean {
  return lastCharBeforeClosing(text, q.contentStart, q.contentEnd) === '?';
}

/** The quote opens its paragraph and the sentence is the last of the paragraph before. */
function opensParagraphAfter(doc: AnalyzedText, q: FoundQuote, sentenceStart: number): boolean {
  const paragraph = doc.paragraphs[q.paragraph];
  const before = doc.paragraphs[q.paragraph - 1];
  return paragraph.start === q.start && before !== undefined && sentenceStart >= before.start;
}

/** The cues to try, best first: as the quote finder read them with the quote, or read now. */
function cuesFor(doc: AnalyzedText, q: FoundQuote): ReadonlyArray<SpeechCue | null> {
  return q.cues ?? attributionCues(doc, q);
}

function attributeCue(doc: AnalyzedText, cue: SpeechCue, ctx: ReferenceContext): Attribution {
  if (!cue.subject) return { speakerId: null, speakerMention: null, cue: cue.cue };
  const { mention, speakerId, referent, together } = speakerOfPhrase(doc, cue.subject, cue.position === 'before' || cue.subject.start < cue.cue.start, ctx);
  if (together) return { speakerId, speakerMention: mention, cue: cue.cue, together };
  // "Mike Lee, who declared, "…"": the verb's subject is "who", standing for Mike Lee, as a
  // pronoun stands for its antecedent.
  const who = cue.subject.relative !== undefined && speakerId ? doc.tokens[cue.subject.relative] : undefined;
  const speakerMention = who ? { start: who.start, end: who.end, text: who.text } : mention;
  return referent ? { speakerId, speakerMention, cue: cue.cue, referent } : { speakerId, speakerMention, cue: cue.cue };
}

/** A plural of people who hold a role or speak unnamed: "backbenchers", "engineers", "officials", "residents". */
function peoplePlural(head: string): boolean {
  if (!/\p{Ll}s$/u.test(head)) return false;
  const one = head.slice(0, -1);
  return isPersonRole(one) || newPersonTakes(one) !== undefined || UNNAMED_SOURCE_TAKES.has(head);
}

/**
 * The mention inside a speaker phrase and the entity it stands for: a name nearest the verb,
 * else a pronoun, else the phrase itself (a role noun, or an unnamed source).
 */
function speakerOfPhrase(doc: AnalyzedText, phrase: Phrase, beforeVerb: boolean, ctx: ReferenceContext): { mention: Span; speakerId: string | null; referent?: Span; together?: true } {
  const { tokens } = doc;
  const headAt = headIndex(doc, phrase);
  const headToken = tokens[headAt];
  const head = lowerCase(headToken.text);
  const initials = initialsLabelSpeaker(doc, phrase, ctx);
  if (initials) return initials;
  // "the Dane said": a noun of nationality after "the" is no name, wherever the tagger took it for one.
  const nationality = NATIONALITY_NOUNS.has(headToken.text) && headAt === phrase.tokenStart + 1 && lowerCase(tokens[phrase.tokenStart].text) === 'the';
  const name = nationality ? undefined : speakerName(doc, phrase, headAt, beforeVerb, ctx.index);
  // "A man accused of … in Leeds told …": the name closes a detail of the lede's subject.
  const closesDetail = beforeVerb && phrase.tokenStart > 0 && LEDE_DETAIL_PREPOSITIONS.has(lowerCase(tokens[phrase.tokenStart - 1].text));
  const lede = closesDetail ? namedWithAgeNext(doc, phrase, ctx) : null;
  if (lede) return lede;
  if (name) {
    // "the Trump campaign said": the phrase names a group, not the person in it.
    // "the top U.S. diplomat said", "the Obama aide said": a name before a person's role says
    // whom or where they serve.
    // "Hilary Benn MP said": letters after a person's name are the person's own ("One Labour MP said" is no Labour's).
    // "a Senate aide familiar with the talks": the name before what the source knows is the aide's body.
    // "Labour backbenchers have urged", "Google engineers said": people of a body, in the plural, speak as a group of it, not as it.
    const groupHead = name.end < headToken.start && !pronounKind(head) && (/^(?:campaign|administration|team|camp|aides|allies|lawyers|office)$/u.test(head) || SOURCE_DETAIL_OPENERS.has(head) || isPersonRole(head) || (name.kind !== 'person' && peoplePlural(head)))
      && !(name.kind === 'person' && isLettersAfterName(tokens, headAt, name.end));
    if (!groupHead) {
      // "Tom Hughes and Sarah Hughes said": the pair speaks, neither alone.
      const pair = coordinatedSpeakers(doc, name, ctx.index, beforeVerb);
      if (pair) return { mention: pair, speakerId: null, together: true };
      return { mention: { start: name.start, end: name.end, text: name.text }, speakerId: name.entityId };
    }
  }
  // `said the company's chief executive, Tim Cook`: a role after the verb, and the name it
  // stands for set off after it.
  // Before the verb only an appositive set off on both sides (`Hill's attorney, Paul
  // Brennan, argued …, saying`): the subject a participle takes stops at the first comma.
  const named = appositiveName(doc, phrase, ctx, beforeVerb);
  if (named) return { mention: { start: named.start, end: named.end, text: named.text }, speakerId: named.entityId };
  const kin = kinNamedEarlier(doc, phrase, ctx.index, ctx.reads);
  if (kin) return { mention: { start: phrase.start, end: phrase.end, text: doc.text.slice(phrase.start, phrase.end) }, speakerId: kin.entityId };
  // A lone pronoun ("he said") stands for someone named before.
  const only = phrase.tokenEnd - phrase.tokenStart === 1 ? tokens[phrase.tokenStart] : undefined;
  // "A: …" in an interview printed as questions and answers: the answers are the interviewee's.
  if (only && only.text === 'A' && isLabelMark(tokens[phrase.tokenEnd]?.text)) return { mention: { start: only.start, end: only.end, text: only.text }, speakerId: recorded(ctx, { kind: 'interviewee', at: only.start, answer: interviewee(doc, only.start, ctx) }) };
  // "Q: …": the questions are the interviewer's, where the introduction names one; never the interviewee's.
  if (only && only.text === 'Q' && isLabelMark(tokens[phrase.tokenEnd]?.text)) return { mention: { start: only.start, end: only.end, text: only.text }, speakerId: recorded(ctx, { kind: 'interviewer', answer: interviewerOf(doc, ctx) }) };
  if (only && pronounKind(only.text)) {
    const mention = { start: only.start, end: only.end, text: only.text };
    // The cleft's sentence, an unnamed source and the person "he" stands for are looked for back from here.
    ctx.reads?.readBack();
    // "It was the Prime Minister who answered. "…," he said.": the cleft's focus.
    const cleft = cleftFocus(doc, only.start, pronounKind(only.text)!, ctx);
    if (cleft) return cleft.speakerId !== null ? { mention, speakerId: cleft.speakerId } : { mention, speakerId: null, referent: cleft.span };
    // "A spokeswoman for the ministry told the BBC …. "…," she said.": a source with no name.
    const unnamed = ctx.unnamedSources && unnamedAntecedent(ctx.unnamedSources(), pronounKind(only.text)!, only.start, ctx);
    if (unnamed) return { mention, speakerId: null, referent: { start: unnamed.start, end: unnamed.end, text: unnamed.text } };
    return { mention, speakerId: resolvePronoun(only.text, only.start, ctx) };
  }
  const phraseSpan = { start: phrase.start, end: phrase.end, text: doc.text.slice(phrase.start, phrase.end) };
  const first = lowerCase(tokens[phrase.tokenStart].text);
  // Only a definite phrase refers back ("the senator"); "a senator" is someone new.
  const definite = first === 'the' || first === 'this' || first === 'that' || /['’]s$/u.test(tokens[phrase.tokenStart].text);
  // Read once: the role's reader and, where no one holds the role, the undescribed person's both ask them.
  const country = definite ? countryBefore(doc, phrase, headToken) : null;
  const modifiers = definite ? modifiersBefore(doc, phrase, headAt, ctx) : undefined;
  let speakerId = definite ? resolveRole(head, phrase.start, ctx, country, modifiers) : null;
  if (speakerId === null && first === 'the' && endsAtVerbOrMark(doc, phrase)) {
    // "The Spaniard said" opening a sentence is "the Spaniard" too.
    const words = phraseSpan.text.replace(/^The(?=\s)/u, 'the');
    // "The Vatican said": a place the text names is no person's nationality.
    const place = recorded(ctx, { kind: 'place', name: headToken.text, answer: isPlaceName(headToken.text, ctx) });
    const epithet = place ? null : epithetOf(words, headToken.text) ?? (PLAYING_POSITIONS.test(words) ? { country: null } : null);
    if (epithet) speakerId = resolveEpithet(phrase.start, ctx, epithet.country, epithet.parties);
    else if (isPersonRole(head)) speakerId = resolveUndescribedRole(lowerCase(head), phrase.start, ctx, country, modifiers);
    if (speakerId === null && !epithet) {
      // "the Portuguese said": the nation, unless the text has made one person, and one only,
      // of that nation before ("Portuguese striker Cristiano Ronaldo").
      const nation = nationOf(words, headToken.text);
      if (nation) speakerId = onlyPersonOf(nation, phrase.start, ctx);
    }
  }
  // "A former nurse accused of … told a jury …. Lucy Pemberton, 41, denies …": a lede's
  // someone, named with an age in the sentence after.
  if (speakerId === null && beforeVerb && !closesDetail) {
    const lede = namedWithAgeNext(doc, phrase, ctx);
    if (lede) return lede;
  }
  return { mention: phraseSpan, speakerId };
}

/**
 * A news lede tells what someone did before saying who ("A man who … was jailed on Friday.
 * John Smith, 32, of …"): a sentence opening with "a" or "an" before its verb's subject
 * phrase (the phrase itself, or the last noun of its detail: "… at a hospital in Bristol
 * told"), whose next sentence opens with a person's full name and an age set off by commas,
 * is about that person: the mention is the sentence's opening up to the verb. Else null.
 */
function namedWithAgeNext(doc: AnalyzedText, phrase: Phrase, ctx: ReferenceContext): { mention: Span; speakerId: string } | null {
  const { tokens } = doc;
  const si = sentenceIndexAt(doc, phrase.start);
  const sentence = doc.sentences[si];
  const next = doc.sentences[si + 1];
  if (!sentence || !next || !/^an?$/iu.test(tokens[sentence.tokenStart]?.text ?? '')) return null;
  // The phrase opens the sentence, or closes a detail of the sentence's opening phrase, with no clause's mark between.
  if (sentence.tokenStart !== phrase.tokenStart && !LEDE_DETAIL_PREPOSITIONS.has(lowerCase(tokens[phrase.tokenStart - 1]?.text ?? ''))) return null;
  // Only the one the story is about, described by what is held against them ("A nurse accused
  // of …", "A man charged with …"): "A neighbour said …. Tom Hale, 19, was arrested" is two people.
  let described = false;
  for (let i = sentence.tokenStart; i < phrase.tokenStart; i++) {
    if (tokens[i].kind === 'punct' && tokens[i].text !== '-') return null;
    if (LEDE_DESCRIPTIONS.has(lowerCase(tokens[i].text))) described = true;
  }
  if (!described) return null;
  const name = ctx.index.names[firstNameAtOrAfter(ctx.index, next.start)];
  if (!name || name.kind !== 'person' || name.entityId === null || name.start !== tokens[next.tokenStart]?.start || !name.text.includes(' ')) return null;
  if (!/^,\s*\d{1,3},/u.test(doc.text.slice(name.end, name.end + 8))) return null;
  return { mention: { start: sentence.start, end: phrase.end, text: doc.text.slice(sentence.start, phrase.end) }, speakerId: name.entityId };
}

/** Words of a lede describing its subject by a charge or a verdict. */
const LEDE_DESCRIPTIONS = new Set(['accused', 'charged', 'convicted', 'suspected', 'jailed', 'sentenced', 'acquitted', 'cleared', 'facing']);

/** Prepositions inside a lede's opening phrase: "accused of … at a hospital in Bristol". */
const LEDE_DETAIL_PREPOSITIONS = new Set(['in', 'at', 'of', 'from', 'near', 'on']);

/**
 * "Virgil van Dijk, the captain, was blunt. "…," the defender told Sky Sports": a match report
 * names a player by his position as by his nationality, though no sentence said he plays
 * there; so, like an epithet, the position goes on about the player the report is about.
 * The team he plays for may come first ("the England winger", "the Real Madrid midfielder");
 * other games name theirs as well ("the quarterback", "the batsman", "the point guard").
 */
const PLAYING_POSITIONS = /^the\s+(?:[\p{L}\d'.-]+\s+){0,2}(?:MVP|striker|forward|midfielder|defender|goalkeeper|keeper|winger|full-back|fullback|centre-back|center-back|playmaker|captain|skipper|quarterback|linebacker|cornerback|wide\s+receiver|kicker|running\s+back|tight\s+end|pitcher|catcher|shortstop|outfielder|infielder|slugger|goaltender|goalie|netminder|batter|batsman|bowler|opener|all-rounder|wicketkeeper|wicket-keeper|spinner|paceman|seamer|point\s+guard|fly-half|scrum-half|flanker|prop|back-rower|second-rower|lock|hooker|number\s+(?:8|eight)|loosehead|tighthead)$/iu;

/** Nouns of nationality that are no demonym adjective ("the Spaniard", not "the Spanish"). */
const NATIONALITY_NOUNS: ReadonlyMap<string, string> = new Map(Object.entries({
  Spaniard: 'ES', Frenchman: 'FR', Frenchwoman: 'FR', Briton: 'GB', Englishman: 'GB', Englishwoman: 'GB', Scot: 'GB', Scotsman: 'GB',
  Scotswoman: 'GB', Welshman: 'GB', Welshwoman: 'GB', Irishman: 'IE', Irishwoman: 'IE', Dutchman: 'NL', Dutchwoman: 'NL', Swede: 'SE',
  Dane: 'DK', Finn: 'FI', Pole: 'PL', Turk: 'TR', Kiwi: 'NZ', Aussie: 'AU', Argentinian: 'AR',
}));
const AGE_EPITHET = /^the\s+(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old$/iu;
const AGED_ROLE = /^the\s+(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old(?:\s+\p{Ll}[\p{Ll}-]*){1,5}$/u;

/**
 * `the Spaniard`, `the Brazilian`, `the Republican`, `the 25-year-old`: a phrase naming a person
 * by nationality, party or age; with the country a nationality names (null for the others).
 */
function epithetOf(phrase: string, head: string): { country: string | null; parties?: ReadonlySet<string> } | null {
  // "the 49-year-old former human rights lawyer": an age makes a role no one was given an epithet too.
  if (AGE_EPITHET.test(phrase) || AGED_ROLE.test(phrase)) return { country: null };
  if (!phrase.endsWith(` ${head}`)) return null;
  // "the Kentucky Republican", "the New York Democrat": a state before the party is fine.
  if (PARTY_MEMBER_NOUNS.has(head) && /^the\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}\S+$/u.test(phrase)) return { country: null, parties: readParties([head]).parties };
  // "the 23-year-old Spaniard", "the top-ranked Italian": an age or one lower-case word before the demonym.
  if (!/^the\s+(?:(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\s+|\p{Ll}[\p{Ll}-]+\s+)?\S+$/u.test(phrase)) return null;
  // "the Chinese", "the French", "the Swiss" are a nation; "the U.S." a country.
  const nation = NATIONALITY_NOUNS.get(head);
  if (nation) return { country: nation };
  const country = /^\p{Lu}\p{Ll}+$/u.test(head) && !/(?:ese|ish|ch|ss)$/u.test(head) ? countryOfModifier(head) : null;
  return country ? { country } : null;
}

/** `the Chinese`, `the Portuguese`, `the Swiss`, `the French`: a demonym that is a nation's name too, with its country. */
function nationOf(phrase: string, head: string): string | null {
  return /^the\s+\S+$/u.test(phrase) && /^\p{Lu}\p{Ll}+(?:ese|ish|ch|ss)$/u.test(head) ? countryOfModifier(head) : null;
}

/** The one person named before `at` whom the text made of `country`; null where none or several. */
function onlyPersonOf(country: string, at: number, ctx: ReferenceContext): string | null {
  return recorded(ctx, { kind: 'onlyPersonOf', country, at, answer: readOnlyPersonOf(country, at, ctx) });
}

function readOnlyPersonOf(country: string, at: number, ctx: ReferenceContext): string | null {
  let only: string | null = null;
  for (const p of ctx.entities.people) {
    if (p.mentions.length === 0 || p.mentions[0].start >= at || ctx.entities.profiles.get(p.id)?.countries.has(country) !== true) continue;
    if (only !== null) return null;
    only = p.id;
  }
  return only;
}

/** The phrase is all of the noun phrase: a verb of speech or punctuation follows ("the American people" goes on). */
function endsAtVerbOrMark(doc: AnalyzedText, phrase: Phrase): boolean {
  const next = doc.tokens[phrase.tokenEnd];
  return next === undefined || next.kind !== 'word' || reportingLemma(next.text) !== null;
}

/**
 * How many words may finish a speaker phrase before the comma that sets off its name: the
 * phrase reader stops at nouns it does not know as roles ("one commuter", "a spokesman for
 * the firm"), but the appositive after them is still the speaker's name.
 */
const APPOSITIVE_REACH = 5;
const APPOSITIVE_BREAKS = new Set(['and', 'or', 'but', 'who', 'which', 'that', 'said', 'says', 'told', 'adding', 'saying']);

/** A person's name after the phrase (and the words finishing it) and a comma, ending the sentence or followed by a comma. */
const AGE_BEFORE_NAME = /^\s(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\s$/u;

/** One to three lower-case words of a role before a name: not a participle's or a preposition's ("chaired by", "including"). */
function roleBeforeName(words: string): boolean {
  const m = /^\s((?:[\p{L}.-]+\s){1,3})$/u.exec(words);
  // A capitalized word is a title ("Representative", "Sen."), a word in lower case any but a link.
  return m !== null && m[1].trim().split(/\s+/u).every((w) => (/^\p{Lu}/u.test(w) ? roleNounOf(w) !== null || PERSON_TITLES.has(lowerCase(w).replace(/\.$/u, '')) : !NOT_ROLE_WORDS.has(w) && !/ing$/u.test(w) && /^[\p{Ll}-]+$/u.test(w)));
}

const NOT_ROLE_WORDS = new Set(['by', 'of', 'with', 'for', 'to', 'from', 'in', 'on', 'at', 'and', 'or', 'like', 'such', 'as', 'especially', 'notably', 'among', 'then', 'now', 'also', 'not', 'says', 'said', 'told', 'according']);

function appositiveName(doc: AnalyzedText, phrase: Phrase, ctx: ReferenceContext, setOff = false): IndexedMention | undefined {
  const { tokens } = doc;
  let at = phrase.tokenEnd;
  // Before the verb the words after the phrase are the verb's own (`records suggest the teacher, X,`).
  const reach = setOff ? 0 : APPOSITIVE_REACH;
  while (at < phrase.tokenEnd + reach && tokens[at]?.kind === 'word' && !APPOSITIVE_BREAKS.has(lowerCase(tokens[at].text))) at++;
  const comma = tokens[at];
  if (comma?.text !== ',') return undefined;
  // "a spokesman for the firm and its lawyer, John Smith": the name after "and" is the other one's.
  for (let k = phrase.tokenStart + 1; k < at; k++) if (tokens[k].text === 'and' || tokens[k].text === 'or') return undefined;
  const name = ctx.index.names[firstNameAtOrAfter(ctx.index, comma.end)];
  const nameStart = tokens[at + 1];
  // "One victim, 86-year-old Margaret Ellis, said": an age may open the appositive.
  // "Her neighbour, retired engineer Alan Fisher, said": so may a role in lower case.
  const opening = nameStart === undefined || name === undefined ? '' : doc.text.slice(comma.end, name.start);
  if (name === undefined || name.kind !== 'person' || nameStart === undefined || (name.start !== nameStart.start && !AGE_BEFORE_NAME.test(opening) && !roleBeforeName(opening))) return undefined;
  // `said their barrister, Patrick Green KC.`: the letters after a name are the person's own.
  let end = name.end;
  for (let k = nearbyTokenIndexAt(doc, name.end); k < tokens.length && isLettersAfterName(tokens, k, name.end); k++) end = tokens[k].end;
  const after = doc.text.charAt(end);
  if (setOff) return after === ',' ? name : undefined;
  return after === '' || after === ',' || after === '.' || after === ';' || after === '\n' ? name : undefined;
}

/**
 * Of the names inside a speaker phrase, the speaker's: the one nearest the verb (the last
 * before it, the first after it) among those that can be. "a spokesman for Mayor Tom Reed",
 * "the head of Acme Corp.": the name after the head noun's preposition is whom the speaker
 * works for, not the speaker. "Darran Whiting of Liberty Church in Marion": a name that is
 * the head is the speaker, and what its prepositions lead to only says where they work or
 * live. Two passes over the index rather than filtered lists: this runs for every cue of
 * every quotation on every keystroke.
 */
function speakerName(doc: AnalyzedText, phrase: Phrase, headAt: number, beforeVerb: boolean, index: MentionIndex): IndexedMention | undefined {
  const headEnd = doc.tokens[headAt].end;
  const { names } = index;
  let first = firstNameAtOrAfter(index, phrase.start);
  // "Yoshihiko Noda of the Constitutional Democratic Party of Japan criticised": a long phrase the reader cut inside the name that opens it still holds that name.
  if (first > 0 && names[first - 1].end > phrase.start && names[first - 1].end <= phrase.end) first--;
  let headIsName = false;
  for (let i = first; i < names.length && names[i].start < phrase.end && !headIsName; i++) headIsName = names[i].end === headEnd && mayBeSpeaker(doc, phrase, headAt, names[i]);
  const onlyUpToHead = headIsName && isHeadPreposition(doc.tokens[headAt + 1]?.text);
  let speaker: IndexedMention | undefined;
  for (let i = first; i < names.length && names[i].start < phrase.end; i++) {
    const n = names[i];
    if ((onlyUpToHead && n.start > headEnd) || !mayBeSpeaker(doc, phrase, headAt, n)) continue;
    // "said Rovers manager Steve Grainger", "said Acme chief Ana Ruiz": a name before a role
    // and another name says whom the speaker works for.
    if (!beforeVerb && names[i + 1] !== undefined && names[i + 1].end <= phrase.end && roleFollows(doc, n.end, names[i + 1].start)) continue;
    speaker = n;
    if (!beforeVerb) break;
  }
  return speaker ?? nameAroundParticle(doc, phrase, index, first);
}

/**
 * "JS: We never planned it.": a transcript's label of initials, opening its line, is the
 * person of the text those letters spell (initialsLabels.ts); not an organization's short form
 * ("UN: …" after "the United Nations").
 */
function initialsLabelSpeaker(doc: AnalyzedText, phrase: Phrase, ctx: ReferenceContext): { mention: Span; speakerId: string } | null {
  const { tokens, text } = doc;
  const label = tokens[phrase.tokenStart];
  if (phrase.tokenEnd - phrase.tokenStart !== 1 || tokens[phrase.tokenEnd]?.text !== ':' || !/(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, label.start - 8), label.start))) return null;
  const id = recorded(ctx, { kind: 'initials', label: label.text, answer: personOfLabel(label.text, ctx) });
  return id ? { mention: { start: label.start, end: label.end, text: label.text }, speakerId: id } : null;
}

/** The person of the text a label of initials spells, where no organization of the text is named so. */
function personOfLabel(label: string, ctx: ReferenceContext): string | null {
  if (ctx.entities.organizations.some((o) => o.name !== label && o.mentions.some((m) => m.text === label))) return null;
  return personOfInitials(label, ctx.entities.people, ctx.doc.text);
}

/** Whether a place of the text, not of kind 'other', bears `name`. */
function isPlaceName(name: string, ctx: ReferenceContext): boolean {
  return ctx.entities.places.some((p) => p.name === name && p.kind !== 'other');
}

/** A read beyond the quote's reading region, recorded in an editor session (wholeTextReads.ts); its answer. */
function recorded<T extends Extract<WholeTextRead, { answer: unknown }>>(ctx: ReferenceContext, read: T): T['answer'] {
  ctx.reads?.add(read);
  return read.answer;
}

/**
 * What `read`, recorded for a quote of the last version, answers asked again of this one (its
 * offsets `by` characters on, its ids paired through `ids`); undefined where what it asks of has
 * no pair now.
 */
function readAgain(read: WholeTextRead, by: number, ctx: ReferenceContext, ids: IdPairs | undefined): unknown {
  const { doc } = ctx;
  switch (read.kind) {
    case 'interviewee': return interviewee(doc, read.at + by, ctx);
    case 'interviewer': return interviewerOf(doc, ctx);
    case 'initials': return personOfLabel(read.label, ctx);
    case 'onlyPersonOf': return readOnlyPersonOf(read.country, read.at + by, ctx);
    case 'kin': return kinNamedBefore(doc, read.owner, read.noun, read.at + by, ctx.index)?.entityId ?? null;
    case 'place': return isPlaceName(read.name, ctx);
    default: return readReferenceAgain(read, by, ctx, ids);
  }
}

/** "Q:" / "A:", or "Q." / "A." (read as labels only in an interview: interviewLabels.ts). */
function isLabelMark(mark: string | undefined): boolean {
  return mark === ':' || mark === '.';
}

/** Where the first "Q:" / "A:" line starts in each text read (its length where none does): one scan per text. */
const firstLabels = new WeakMap<AnalyzedText, number>();

function firstQaLabel(doc: AnalyzedText): number {
  let at = firstLabels.get(doc);
  if (at === undefined) {
    const label = FIRST_QA_LABEL.exec(doc.text);
    at = label ? label.index : doc.text.length;
    firstLabels.set(doc, at);
  }
  return at;
}

/** How many names of an interview's introduction are counted: the interviewee is named there. */
const INTRODUCTION_NAMES = 200;
/** The first line labelled as a question or an answer: "Q: …", "A: …", "Q. …" (not "A. …": an initial may open a line). */
const FIRST_QA_LABEL = /(?:^|\n)[ \t]*(?:[QA][ \t]*:|Q\.[ \t])/u;

/**
 * The person an interview printed as "Q: …" / "A: …" is with: the person its introduction,
 * the text before the first labelled line, names most often (the first named of those
 * named as often): "Vice President Joe Biden spent Thursday … Biden complained … Q: … A: …".
 */
function interviewee(doc: AnalyzedText, at: number, ctx: ReferenceContext): string | null {
  const label = firstQaLabel(doc);
  const introEnd = Math.min(label, at);
  const { names } = ctx.index;
  // The one who asks, and the writer in the byline, are never the one who answers.
  const asking = askersOf(doc, ctx.index);
  let end = 0;
  while (end < names.length && end < INTRODUCTION_NAMES && names[end].start < introEnd) end++;
  const introduced = mostNamed(ctx.index, 0, end, asking.all);
  if (introduced !== null) return introduced;
  // No one named before the first label: a note after the last answer may name the interviewee
  // ("Q: … A: … Ann Hale is the mayor of Springfield.").
  const outro = afterLastQaLine(doc);
  let from = names.length;
  while (from > 0 && names[from - 1].start >= outro && names.length - from < INTRODUCTION_NAMES) from--;
  return mostNamed(ctx.index, from, names.length, asking.all);
}

/** The person named most often among names `from` to `to` of the index (the first of those named as often), outside quotations and not of `excluded`. */
function mostNamed(index: MentionIndex, from: number, to: number, excluded: ReadonlySet<string>): string | null {
  const { names, insideQuote } = index;
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (let i = from; i < to; i++) {
    const m = names[i];
    if (insideQuote[i] || m.kind !== 'person' || !m.entityId || excluded.has(m.entityId)) continue;
    const n = (counts.get(m.entityId) ?? 0) + 1;
    counts.set(m.entityId, n);
    if (best === null || n > (counts.get(best) ?? 0)) best = m.entityId;
  }
  return best;
}

/** Where the paragraph after the last "Q:" / "A:" line starts (the text's length where none does): one scan per text. */
const outros = new WeakMap<AnalyzedText, number>();

function afterLastQaLine(doc: AnalyzedText): number {
  let at = outros.get(doc);
  if (at === undefined) {
    at = doc.text.length;
    for (const m of doc.text.matchAll(QA_LINES)) at = m.index + m[0].length;
    // The rest of that line is the last question or answer.
    const lineEnd = doc.text.indexOf('\n', at);
    at = lineEnd < 0 ? doc.text.length : lineEnd;
    outros.set(doc, at);
  }
  return at;
}

/** Every line labelled as a question or an answer, its label only. */
const QA_LINES = /(?:^|\n)[ \t]*(?:[QA][ \t]*:|[QA]\.[ \t])/gu;

/**
 * Where an introduction names who asks the questions: "Interview by Jane Roe", "interviewed
 * by", "questions by", "our reporter Jane Roe", "the interviewer, Jane Roe", "Jane Roe asked"
 * (each followed, or for "asked" preceded, by the name). A byline ("By Jane Roe" on a line of
 * its own) names the writer: not the interviewee, but not said to be the one asking either.
 */
// "Our outdoors editor, Michael Burns, spoke to her": a beat may stand before the job, a comma after it;
// the one who spoke to the interviewee, named by a pronoun, or sat down with them asks.
const ASKER_BEFORE_NAME = /(?:\b(?:interview|interviewed|interviews|questions|conducted|moderated)\s+by|\bour\s+(?:own\s+)?(?:\p{Ll}+\s+)?(?:reporter|correspondent|editor|interviewer|journalist|writer|columnist|host),?|\binterviewer,?)\s+$/iu;
const ASKER_AFTER_NAME = /^,?\s+(?:asked|asks|interviewed|interviews|questioned|put\s+the\s+questions|(?:spoke|talked)\s+(?:to|with)\s+(?:him|her|them)\b|sat\s+down\s+(?:\p{Ll}+\s+){0,2}with\s+(?:him|her|them)\b)/u;
/**
 * `Jane Roe sat down with Mayor Sam Hill`: the one who sat down with a person named next asks;
 * `Mayor Sam Hill sat down with the Gazette` (or `with us`, `with reporters`) is the one asked.
 * The match's length, the title or role before the next name allowed after it.
 */
const SAT_DOWN_WITH = /^,?\s+sat\s+down\s+(?:\p{Ll}+\s+){0,2}with\s+(?:(?:\p{Lu}\p{Ll}*\.?|\p{Ll}+)\s+){0,2}/u;

const askers = new WeakMap<AnalyzedText, { asker: string | null; all: ReadonlySet<string> }>();

/** The interviewer named in the introduction (the text before the first "Q:" / "A:" line), and all names that ask or write there. */
function askersOf(doc: AnalyzedText, index: MentionIndex): { asker: string | null; all: ReadonlySet<string> } {
  let found = askers.get(doc);
  if (found) return found;
  const introEnd = firstQaLabel(doc);
  const all = new Set<string>();
  const writers = bylineWriters(doc, index);
  let asker: string | null = null;
  for (let i = 0; i < index.names.length && i < INTRODUCTION_NAMES && index.names[i].start < introEnd; i++) {
    const m = index.names[i];
    if (m.kind !== 'person' || !m.entityId || index.insideQuote[i]) continue;
    const before = doc.text.slice(Math.max(0, m.start - 40), m.start);
    const after = doc.text.slice(m.end, m.end + 60);
    const asks = ASKER_BEFORE_NAME.test(before) || ASKER_AFTER_NAME.test(after) || satDownWithPerson(after, m.end, index.names[i + 1]);
    if (asks) asker ??= m.entityId;
    if (asks || writers.has(m.entityId)) all.add(m.entityId);
  }
  found = { asker, all };
  askers.set(doc, found);
  return found;
}

/** `after` (the text after a name ending at `end`) says it sat down with the person `next` names. */
function satDownWithPerson(after: string, end: number, next: IndexedMention | undefined): boolean {
  const sat = SAT_DOWN_WITH.exec(after);
  if (!sat || !next || next.kind !== 'person') return false;
  // The next name starts where the phrase (and a title of a word or two, "Mayor", "Vice President") ends.
  const words = sat[0];
  const withAt = words.search(/with\s+/u) + 5;
  return next.start >= end + withAt && next.start <= end + words.length + 1 && !/^with\s+(?:the|us|our|reporters|a|an)\b/iu.test(words.slice(withAt - 5));
}

/** The interviewer of an interview printed as "Q: …" / "A: …", where its introduction names one. */
function interviewerOf(doc: AnalyzedText, ctx: ReferenceContext): string | null {
  return askersOf(doc, ctx.index).asker;
}

/**
 * Between `from` and `to` only a person's role: lower-case words, the last of them a role
 * ("manager", "chief executive"), or the role as a capitalized title, as American copy prints
 * it before a name ("said Harris County Sheriff Ed Gonzalez", "Florida Governor Rick Scott").
 */
function roleFollows(doc: AnalyzedText, from: number, to: number): boolean {
  const words = doc.text.slice(from, to).trim().split(/\s+/u);
  if (words.length < 1 || words.length > 3 || !isPersonRole(words[words.length - 1])) return false;
  return words.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w)) || words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
}

/**
 * "Ursula von der Leyen said", "said Louis van Gaal": the phrase reader stops at a lower-case
 * particle, so the phrase is part of a name that runs on past it. That name, when a
 * lower-case word stands where it leaves the phrase. `first`: the first name starting at or
 * after the phrase.
 */
function nameAroundParticle(doc: AnalyzedText, phrase: Phrase, index: MentionIndex, first: number): IndexedMention | undefined {
  const { tokens } = doc;
  const lowerAt = (k: number): boolean => k >= 0 && k < tokens.length && tokens[k].kind === 'word' && /^\p{Ll}+$/u.test(tokens[k].text);
  for (const i of [first - 1, first]) {
    const n = index.names[i];
    if (!n || n.start > phrase.start || n.end < phrase.end || (n.start === phrase.start && n.end === phrase.end)) continue;
    if ((n.start < phrase.start && !lowerAt(phrase.tokenStart - 1)) || (n.end > phrase.end && !lowerAt(phrase.tokenEnd))) continue;
    return n;
  }
  return undefined;
}

/** A name inside the phrase that is not the object of the head noun's preposition. */
function mayBeSpeaker(doc: AnalyzedText, phrase: Phrase, headAt: number, n: IndexedMention): boolean {
  return n.end <= phrase.end && !(n.start > doc.tokens[headAt].end && isObjectOfHead(doc, phrase, headAt, n.start));
}

/** "the Russian leader", "the top U.S. diplomat": the country a word before the head noun names. */
function countryBefore(doc: AnalyzedText, phrase: Phrase, headToken: { start: number }): string | null {
  for (let i = phrase.tokenStart; i < phrase.tokenEnd && doc.tokens[i].start < headToken.start; i++) {
    const country = countryOfModifier(doc.tokens[i].text);
    if (country) return country;
  }
  return null;
}

/** Offices written with a capital before their portfolio or place: "Minister for Justice", "Mayor of London". */
const PORTFOLIO_OFFICES = new Set(['Minister', 'Secretary', 'Mayor', 'Governor', 'Premier']);

/**
 * The words between a phrase's determiner and its head ("the anti-abortion movement" →
 * "anti-abortion") and the people named there ("the Clinton campaign" → Clinton).
 */
function modifiersBefore(doc: AnalyzedText, phrase: Phrase, headAt: number, ctx: ReferenceContext): RoleModifiers {
  const words: string[] = [];
  for (let i = phrase.tokenStart + 1; i < headAt; i++) {
    const t = doc.tokens[i].text;
    if (/^[\p{L}\p{N}]/u.test(t)) words.push(t);
  }
  const people: string[] = [];
  for (const n of namesWithin(ctx.index, phrase.start, doc.tokens[headAt].start)) {
    if (n.kind === 'person') people.push(n.text.replace(/['’]s$/u, '').split(/\s+/u).pop()!);
  }
  // "the secretary of state": the words after the noun's "of", inside the phrase.
  const of: string[] = [];
  if (headAt + 1 < phrase.tokenEnd && lowerCase(doc.tokens[headAt + 1].text) === 'of') {
    for (let i = headAt + 2; i < phrase.tokenEnd; i++) of.push(doc.tokens[i].text);
  }
  return of.length > 0 ? { words, people, of } : { words, people };
}

const HEAD_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with', 'to']);

/** "of", "for", "at", "from", "with", "to", in any case: asked of every word of every speaker phrase, so a set look-up of short words, not a regex. */
function isHeadPreposition(word: string | undefined): boolean {
  return word !== undefined && word.length <= 4 && HEAD_PREPOSITIONS.has(lowerCase(word));
}

/** The head noun of a phrase: "the former secretary of state" → "secretary". */
function headIndex(doc: AnalyzedText, phrase: Phrase): number {
  for (let i = phrase.tokenStart; i < phrase.tokenEnd; i++) {
    if (i > phrase.tokenStart && isHeadPreposition(doc.tokens[i].text)) return i - 1;
  }
  return phrase.tokenEnd - 1;
}

/**
 * The name at `nameStart` is the object of the head's preposition: only a determiner or
 * titles stand between ("for Mayor Tom Reed", "to the Rev. Al Sharpton"). "President of
 * France Emmanuel Macron" names its head, after the preposition's own object.
 */
function isObjectOfHead(doc: AnalyzedText, phrase: Phrase, headAt: number, nameStart: number): boolean {
  const { tokens } = doc;
  const preposition = headAt + 1;
  if (preposition >= phrase.tokenEnd || !isHeadPreposition(tokens[preposition].text)) return false;
  // "Minister for Justice Helen McEntee", "Mayor of Greater Manchester Andy Burnham": a capitalized portfolio or place after an office's preposition names the office, whose holder the name is.
  if (PORTFOLIO_OFFICES.has(tokens[headAt].text) && /^\p{Lu}\p{Ll}/u.test(tokens[preposition + 1]?.text ?? '') && tokens[preposition + 1].start < nameStart) return false;
  for (let i = preposition + 1; i < phrase.tokenEnd && tokens[i].start < nameStart; i++) {
    const t = tokens[i];
    // "the party of former president Jacob Zuma": "former" only dates the role.
    // "for Prime Minister Anthony Albanese": a word of a title ("Prime", "Vice") before its role noun goes with it
    // (not "secretary of state Hillary Clinton", where the words after "of" name the office).
    if (t.text === '.' || /^(?:the|a|an|former|late|then|ex|ex-)$/iu.test(t.text) || roleNounOf(t.text) || (PERSON_TITLES.has(lowerCase(t.text)) && roleNounOf(tokens[i + 1]?.text ?? ''))) continue;
    return false;
  }
  return true;
}
