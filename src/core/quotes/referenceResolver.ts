import type { AnalyzedText } from '../text/analyzedText';
import { sentenceIndexAt } from '../text/analyzedText';
import type { GroupedEntities } from '../entities/entityGrouper';
import { RANK_REACH, isOrganizationRole, isPersonRole, genderOfNoun, holdsRole, rankOfWord, rankedRole, roleNounOf } from '../entities/roleNouns';
import { fitsReference, MAGAZINE_NAMES, NEWSPAPER_NAMES, type OrganizationReference } from '../entities/organizationKinds';
import { cachedByText } from '../text/cachedByText';
import { firstNameAtOrAfter, type MentionIndex } from './mentionIndex';
import { lowerCase } from './caselessTests';
import { isSentenceAbbreviation } from '../text/sentences';
import { countryOfModifier } from '../entities/countryModifiers';
import { isSizeablePlace } from '../places/gazetteer';
import { bylineWriters } from './bylineWriters';
import { partyOfLetter, readParties, shareParty, type PartyReading } from '../entities/politicalParties';
import { noCommentFrom } from './noComment';
import type { UnnamedSourceLookup } from './unnamedAntecedents';
import { idNow, type ReadLog, type WholeTextRead } from './wholeTextReads';
import type { IdPairs } from '../incremental/idPairs';

// Who "he", "she", "they", "it", "the senator" or "the ministry" stands for: the nearest
// fitting person or organization named before, where fitting means the gender the text gave
// the person (titles, first names, pronouns) or a role it gave them ("Kristen Day, executive
// director of …" → "the director"). The speaker of the previous quote comes first when they
// fit: news copy keeps the same speaker across a run of quotes. Each search looks back a
// bounded distance, so resolution stays linear in the text.

export const LOOK_BACK = 3000;

export interface ReferenceContext {
  doc: AnalyzedText;
  entities: GroupedEntities;
  index: MentionIndex;
  /** The speaker of the latest attributed quote and where it was attributed; resolvers read it through lastSpeakerRead. */
  lastSpeaker: { id: string; at: number } | null;
  /** An organization's name by its id, lower case (the map of them is made when first asked). */
  organizationName: (id: string) => string | undefined;
  /** The unnamed sources speaking at the quotes' cues (unnamedAntecedents.ts), made when a pronoun first asks. */
  unnamedSources?: () => UnnamedSourceLookup;
  /** Each person's namings of a body beside their mentions, by id (bodyNamingsOf), read when a role with a body first asks. */
  bodyNamings?: Map<string, readonly BodyNaming[]>;
  /** heldOnlyElsewhere's answers, by person, role noun, body words and parties. */
  heldElsewhere?: Map<string, boolean>;
  /** The parties the text gives each person (partiesOf), by id, read when a role naming a party first asks. */
  parties?: Map<string, ReadonlySet<string>>;
  /** In an editor session, where the reads beyond the quote's reading region are recorded (wholeTextReads.ts). */
  reads?: ReadLog;
}

export type PronounKind = 'male' | 'female' | 'plural' | 'neuter' | 'first';

export function pronounKind(word: string): PronounKind | null {
  switch (lowerCase(word)) {
    case 'he': case 'him': case 'his': return 'male';
    case 'she': case 'her': return 'female';
    case 'they': case 'them': return 'plural';
    case 'it': return 'neuter';
    case 'i': case 'we': return 'first';
    default: return null;
  }
}

export function resolvePronoun(word: string, at: number, ctx: ReferenceContext): string | null {
  const kind = pronounKind(word);
  if (kind === null || kind === 'first') return null;
  ctx.reads?.readBack();
  if (kind === 'neuter' || kind === 'plural') {
    // A name in brackets is the wire's byline ("LONDON (Reuters) -") or a short form beside the
    // full name ("Alternative for Germany (AfD)"), which comes before it: neither is "it".
    // As for "the company", one named in passing is "it" only where no other is.
    const body = (kindOf: 'person' | 'organization', _id: string, start: number): boolean => kindOf === 'organization' && ctx.doc.text.charCodeAt(start - 1) !== 0x28;
    const org = kind === 'neuter' ? nearestBefore(at, ctx, (kindOf, id, start) => body(kindOf, id, start) && !inPassing(ctx, id, start, at)) ?? nearestBefore(at, ctx, body) : nearestBefore(at, ctx, body);
    if (org || kind === 'neuter') return org;
    return null;
  }
  // The writer a byline names is never "he" or "she" (bylineWriters.ts).
  const writers = bylineWriters(ctx.doc, ctx.index);
  ctx.reads?.add({ kind: 'writers', answer: writers });
  const fits = (id: string): boolean => {
    if (writers.has(id)) return false;
    const g = ctx.entities.profiles.get(id)?.gender ?? null;
    return g === null || g === kind;
  };
  const knownFit = (id: string): boolean => !writers.has(id) && ctx.entities.profiles.get(id)?.gender === kind;
  return salientPerson(at, ctx, fits, knownFit, knownFit, frontedClauseStart(at, ctx));
}

/**
 * "Asked about Salah's form, he said", "Speaking of Biden, she added": a phrase opening the
 * pronoun's sentence whose unsaid subject is the pronoun's; the people it names are what the
 * speaker was asked or spoke of, never "he". Returns where the phrase opens, or -1.
 */
const FRONTED_PHRASE = /^(?:(?:When|After|Once)\s+)?(?:Asked|Pressed|Questioned|Quizzed|Challenged|Speaking|Referring|Responding|Replying|Reacting|Commenting|Turning)\b[^.!?;:"“”]*,\s*$/u;

function frontedClauseStart(at: number, ctx: ReferenceContext): number {
  const s = sentenceIndexAt(ctx.doc, at);
  if (s < 0) return -1;
  const start = ctx.doc.sentences[s].start;
  // Only a pronoun or an epithet right after the phrase's comma: "Asked about X, he said", not a later "he".
  return at - start < 300 && FRONTED_PHRASE.test(ctx.doc.text.slice(start, at)) ? start : -1;
}

/**
 * "the Spaniard", "the 25-year-old", "the Republican": an epithet names no role the text gave
 * anyone, but, like a pronoun, goes on about the person the text is about; a nationality
 * (`country`) rules out a person the text made of another country, a party (`parties`: "the
 * Kentucky Republican") one it gave another party ("Harry Reid (D-Nev.)").
 */
export function resolveEpithet(at: number, ctx: ReferenceContext, country: string | null, parties: ReadonlySet<string> = NO_PARTIES): string | null {
  ctx.reads?.readBack();
  const fits = (id: string): boolean => {
    const countries = ctx.entities.profiles.get(id)?.countries;
    return (country === null || countries === undefined || countries.size === 0 || countries.has(country)) && (parties.size === 0 || !partyDiffers(ctx, id, parties));
  };
  const knownFit = (id: string): boolean =>
    (country !== null && ctx.entities.profiles.get(id)?.countries.has(country) === true) || (parties.size > 0 && shareParty(partiesOf(ctx, id), parties));
  // Unlike "he", an epithet takes anyone named since the last speaker: "X said … . Arsenal
  // manager Mikel Arteta was left frustrated. "…," the Spaniard said." As for a pronoun, whom a
  // fronted phrase names is out: "Asked about Martinelli, the Spaniard said" is not Martinelli.
  return salientPerson(at, ctx, fits, knownFit, fits, frontedClauseStart(at, ctx));
}

/**
 * The person a pronoun or an epithet at `at` goes on about: the last speaker unless someone
 * `interrupts` was named since, else the subject of the nearest sentence naming someone who
 * fits (one known to fit first).
 */
function salientPerson(
  at: number,
  ctx: ReferenceContext,
  fits: (id: string) => boolean,
  knownFit: (id: string) => boolean,
  interrupts: (id: string) => boolean,
  frontedFrom = -1,
): string | null {
  // The people a fronted phrase names ("Asked about X, he …") are out of the running.
  const searchFrom = frontedFrom >= 0 ? frontedFrom : at;
  const last = lastSpeakerRead(ctx);
  if (last && last.id.startsWith('p') && at - last.at < LOOK_BACK && fits(last.id)) {
    // The previous speaker, unless someone else of the same gender was named in between. One
    // named later in the speaker's own sentence is its object ("Obama said after meeting
    // Putin. He …"): the speaker, the subject, is whom "he" goes on with.
    const speakerSentence = sentenceIndexAt(ctx.doc, last.at);
    // (`Reed did not respond to a request for comment.`: one the paper says said nothing interrupts no one: noComment.ts.)
    const between = nearestBefore(searchFrom, ctx, (k, id, start) => k === 'person' && interrupts(id) && sentenceIndexAt(ctx.doc, start) !== speakerSentence && !saidNothing(ctx, start), last.at);
    if (!between || between === last.id) return last.id;
  }
  return subjectOfNearestSentence(searchFrom, ctx, knownFit) ?? subjectOfNearestSentence(searchFrom, ctx, fits);
}

/** "the senator", "the company", "the former secretary of state" → an entity, or null. */
const GOVERNMENT_NOUNS = /^(?:government|administration|authorities|regime|cabinet)$/u;
const GOVERNMENT_NAMES = /govern|ministr|department|administration|cabinet|white house|kremlin|council|commission|agency|authorit|parliament|congress|senate|police|army|military/u;

/** Organization nouns that name a kind of body: only an organization named so is what they refer to. */
const KIND_NOUNS = new Set([
  'union', 'newspaper', 'paper', 'magazine', 'station', 'channel', 'association', 'foundation', 'institute', 'university',
  'school', 'bank', 'embassy', 'consulate', 'army', 'navy', 'military', 'club', 'church', 'hospital', 'court', 'office', 'bureau',
  'board', 'senate', 'house', 'congress', 'legislature', 'parliament', 'state', 'city', 'county', 'center', 'centre',
  // "the commission said" is the electoral commission the text named, not a party named last.
  'commission', 'committee', 'council',
]);

/** Names that say which kind of body an organization is, for the kind nouns named otherwise ("the newspaper" → "The Wall Street Journal"). */
const KIND_NAMES: Record<string, RegExp> = {
  newspaper: NEWSPAPER_NAMES,
  paper: NEWSPAPER_NAMES,
  magazine: MAGAZINE_NAMES,
  school: /universit|college|school|academy/u,
  university: /universit|college/u,
  union: /union|association|federation|brotherhood|teamsters|workers|guild|afl-cio|seiu|cwa\b|rmt\b|unite\b/u,
  station: /\btv\b|television|radio|broadcast|bbc|cnn|fox|nbc|abc|cbs|msnbc|npr|pbs/u,
  channel: /\btv\b|television|broadcast|bbc|cnn|fox|nbc|abc|cbs|msnbc|pbs/u,
  bank: /bank|reserve/u,
  hospital: /hospital|clinic|medical/u,
  // "Israel's military said" after "the United Nations said" is no UN body: an army's own name.
  military: /military|army|armed forces|defen[cs]e forces|\bidf\b|pentagon/u,
  // "Kelford Rovers … the club said": the words that end a football or sports club's name.
  club: /\b(?:club|fc|afc|united|rovers|athletic|wanderers|albion|hotspur|rangers|celtic)\b/u,
};

/** What a phrase says beside its head noun: the words before it and the people it names there ("the Clinton campaign"). */
export interface RoleModifiers {
  words: readonly string[];
  people: readonly string[];
  /** The words after the noun's "of" ("state" in "the secretary of state"). */
  of?: readonly string[];
}

export function resolveRole(head: string, at: number, ctx: ReferenceContext, country: string | null = null, modifiers?: RoleModifiers): string | null {
  ctx.reads?.readBack();
  const noun = lowerCase(head);
  if (isOrganizationRole(noun)) {
    // "the court" → the Supreme Court, "the anti-abortion movement" → no court: an
    // organization fits the noun by its kind, and the words before the noun by its name
    // (organizationKinds.ts).
    const ref: OrganizationReference = { noun, modifiers: modifiers?.words ?? [], people: modifiers?.people ?? [], country };
    // "The White House said" is no "House" named before: a capitalized word before the noun
    // (not a country's, a city's or a person's) is part of a name the organization must bear.
    const proper = namingModifiers(modifiers).map(lowerCase);
    // "Chile's emergency agency said", "the weather service": a body's noun with the field it
    // works in before it is a body of that field, not the company named last: the field's words
    // must be in the name ("the health ministry" → the Ministry of Health).
    const fields = BODY_NOUNS.has(noun) ? (modifiers?.words ?? []).filter((w) => /^\p{Ll}/u.test(w) && !GENERIC_BODY_MODIFIERS.has(w)) : [];
    const fits = (id: string): boolean => fitsReference(displayNameOf(ctx, id), ref) && (proper.length === 0 || properWordsIn(nameOf(ctx, id), proper)) && (fields.length === 0 || ABBREVIATION.test(displayNameOf(ctx, id)) || fieldWordsIn(nameOf(ctx, id), fields));
    const named = nearestBefore(at, ctx, (k, id) => k === 'organization' && wordsOfName(nameOf(ctx, id)).has(noun) && fits(id));
    if (named) return named;
    if (/^(?:statement|report|study|poll|survey|memo|letter|lawsuit|complaint|release|ad|advertisement|video|post|tweet)$/u.test(noun)) return null;
    // "the government" is a government body, not whichever organization came last (a union).
    if (GOVERNMENT_NOUNS.test(noun)) return nearestBefore(at, ctx, (k, id) => k === 'organization' && GOVERNMENT_NAMES.test(nameOf(ctx, id)) && fits(id));
    // "the union", "the newspaper", "the university": a noun naming a kind of body refers to
    // one the text named with that noun, not to whichever organization came last (a
    // broadcaster, a company).
    if (KIND_NOUNS.has(noun)) {
      const kind = KIND_NAMES[noun];
      // Or a body the text named with the noun after its name: "the Aslef union … the union said".
      return kind ? nearestBefore(at, ctx, (k, id) => k === 'organization' && (kind.test(nameOf(ctx, id)) || namedBeforeNoun(ctx, id, noun)) && fits(id)) : null;
    }
    const body = (k: 'person' | 'organization', id: string, start: number): boolean => k === 'organization' && !agencyInBrackets(ctx.doc.text, start) && !NO_BODY_NAMES.test(nameOf(ctx, id)) && fits(id);
    // "Acme reported … Analysts polled by LSEG had expected …. The company said": one named
    // in passing is taken only where no other fits.
    const nearest = nearestBefore(at, ctx, (k, id, start) => body(k, id, start) && !inPassing(ctx, id, start, at)) ?? nearestBefore(at, ctx, body);
    return nearest === null || !FIRM_NOUNS.has(noun) ? nearest : storySubjectOver(nearest, at, ctx, body) ?? nearest;
  }
  // A noun the role nouns do not know still refers back to one the text gave it ("Jane Roe,
  // the designer, … the designer said"): only a profile holding the noun itself fits it.
  const gender = genderOfNoun(noun);
  // "the vice president", "the deputy prime minister": the office below, held by whom the text gave it.
  const rank = rankOf(modifiers);
  const office = rank ? rankedRole(rank, noun) : noun;
  // "the Arsenal manager" is no one the text made manager of another body ("City manager Pep
  // Guardiola"); "the foreign minister", "the secretary of state" no one it gave another
  // portfolio ("Finance Minister X", "Defense Secretary Y"). A party the words name is weighed
  // apart from the body: "the Senate Republican leader" is no one the text made "Senate
  // Democratic Leader", though both name the Senate.
  const reading = roleReading(modifiers);
  const { parties } = reading;
  const bodyWords = [...new Set([...properModifiers(modifiers, reading), ...portfolioWords(modifiers, reading)])];
  const holder = (id: string, fitsCountry: (countries: ReadonlySet<string>) => boolean): boolean => {
    const profile = ctx.entities.profiles.get(id);
    if (!profile || !holdsRole(profile.roles, office) || !fitsCountry(profile.countries)) return false;
    if ((bodyWords.length > 0 || parties.size > 0) && heldOnlyElsewhere(ctx, id, noun, bodyWords, parties)) return false;
    // "Democrat Harry Reid", "Reid (D-Nev.)" is no Republican leader, whatever role the text gave him.
    if (parties.size > 0 && partyDiffers(ctx, id, parties)) return false;
    return !gender || !profile.gender || profile.gender === gender;
  };
  // Of the holders, one the text gave the party the words name comes first: "the Republican
  // leader" is the one named "Republican Leader", not a nearer leader whose party it never gave.
  const nearestHolder = (fits: (id: string) => boolean): string | null =>
    (parties.size > 0 ? nearestBefore(at, ctx, (k, id) => k === 'person' && fits(id) && shareParty(partiesOf(ctx, id), parties)) : null)
    ?? nearestBefore(at, ctx, (k, id) => k === 'person' && fits(id));
  // "Arizona's governor vetoed a bill …. Gov. Katie Hobbs, a Democrat, said …": a lede names the
  // role before the person; where no one is named before it, the first holder named after it.
  const namedNext = (): string | null => (personNamedBefore(at, ctx) ? null : nearestAfter(at, ctx, (k, id) => k === 'person' && holder(id, (c) => !country || c.size === 0 || c.has(country))));
  if (!country) return nearestHolder((id) => holder(id, () => true)) ?? namedNext();
  // "the Russian leader": the leader the text made Russian, else the only one it gave no country.
  const named = nearestHolder((id) => holder(id, (c) => c.has(country)));
  if (named) return named;
  const unplaced = new Set<string>();
  nearestBefore(at, ctx, (k, id) => {
    if (k === 'person' && holder(id, (c) => c.size === 0)) unplaced.add(id);
    return false;
  });
  return unplaced.size === 1 ? [...unplaced][0] : namedNext();
}

/** How far after a lede's role its holder may be named: the paragraph after, about. */
export const LOOK_AHEAD = 600;

/** The nearest name mention after `at` (outside quotations, within LOOK_AHEAD) that passes `test`. */
function nearestAfter(at: number, ctx: ReferenceContext, test: (kind: 'person' | 'organization', id: string, start: number) => boolean): string | null {
  const { names } = ctx.index;
  for (let i = firstNameAtOrAfter(ctx.index, at); i < names.length && names[i].start < at + LOOK_AHEAD; i++) {
    const id = passing(ctx, i, test);
    if (id) return id;
  }
  return null;
}

/** Whether a person is named within LOOK_BACK before `at`: then a role refers back, never ahead (and where not, the names LOOK_AHEAD after it are read). */
function personNamedBefore(at: number, ctx: ReferenceContext): boolean {
  const { names } = ctx.index;
  for (let i = lastNameBefore(at, ctx); i >= 0 && names[i].start >= at - LOOK_BACK; i--) if (names[i].kind === 'person' && names[i].entityId) return true;
  ctx.reads?.add({ kind: 'namesAfter', at });
  return false;
}

/** The rank among the last words before a role's noun ("vice" in "the vice president"), or null. */
function rankOf(modifiers: RoleModifiers | undefined): string | null {
  const words = modifiers?.words ?? [];
  for (let i = words.length - 1; i >= Math.max(0, words.length - RANK_REACH); i--) {
    const rank = rankOfWord(words[i]);
    if (rank) return rank;
  }
  return null;
}

/** Portfolios of ministers and secretaries, named before the noun ("the foreign minister") or after its "of". */
const PORTFOLIOS = new Set([
  'foreign', 'finance', 'defence', 'defense', 'health', 'education', 'interior', 'home', 'justice', 'trade', 'treasury',
  'energy', 'environment', 'transport', 'transportation', 'agriculture', 'labour', 'labor', 'immigration', 'culture',
  'housing', 'economy', 'commerce', 'industry', 'tourism', 'communications', 'infrastructure', 'employment', 'veterans',
]);

/**
 * The portfolio words of a role reference, lower case: "foreign" in "the foreign minister", "state" in "the secretary of
 * state"; not a party's name ("the Labour leader"), which `reading` has taken.
 */
function portfolioWords(modifiers: RoleModifiers | undefined, reading: PartyReading): string[] {
  if (!modifiers) return [];
  const before = reading.rest.map(lowerCase).filter((w) => PORTFOLIOS.has(w));
  // "state" only after "of": "the state premier" is a state's premier, no portfolio.
  const after = (modifiers.of ?? []).map(lowerCase).filter((w) => PORTFOLIOS.has(w) || w === 'state');
  return [...before, ...after];
}

/** The words before a role's noun read for the parties they name: `rest` are the others, in order. */
function roleReading(modifiers: RoleModifiers | undefined): PartyReading {
  return readParties(modifiers?.words ?? []);
}

/** The capitalized words before a role's noun that name a body, lower case: "Arsenal" in "the Arsenal manager", not a country's, a place's, a person's or a party's. */
function properModifiers(modifiers: RoleModifiers | undefined, reading: PartyReading): string[] {
  return modifiers ? namingModifiers({ ...modifiers, words: reading.rest }).map((w) => lowerCase(w.replace(/['’]s?$/u, ''))) : [];
}

/** The capitalized words before a role's noun, past its seat, that are no country's, sizeable place's or person's name. */
function namingModifiers(modifiers: RoleModifiers | undefined): string[] {
  if (!modifiers) return [];
  return withoutSeat(modifiers.words).filter((w) => /^\p{Lu}/u.test(w) && countryOfModifier(w) === null && !isSizeablePlace(w) && !modifiers.people.includes(w));
}

/** Words that open a description without naming its body ("Opposition leader X" leads a party the text may name: "the Liberal leader"). */
const NO_BODY_WORDS = new Set(['the', 'a', 'an', 'former', 'then', 'new', 'interim', 'acting', 'ex', 'opposition']);
// (A capital asked as ASCII first: BODY_BEFORE, anchored at its end, is tried from every character
// before each mention, and Unicode's class of capitals costs a call out of the regex engine per
// character of a text with any curly quote in it. The character is taken, then looked back at: a
// repeated group must not open on a lookahead, which V8's compiled code matches otherwise than its
// interpreter (test/unit/regexLoops.test.ts). The same words match.)
const NAME_WORD = String.raw`[A-Z\u{80}-\u{10FFFF}](?<=\p{Lu})[\p{L}\p{N}&.-]*(?:['’]s?)?`;
/** "City manager Pep Guardiola", "Arsenal's head coach X": capitalized words, a lower-case word or two, the role's noun, right before the name. */
const BODY_BEFORE = new RegExp(String.raw`((?:${NAME_WORD}\s+)+)(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{L}+)\s+$`, 'u');
/** "Pep Guardiola, the City manager,": the same in an appositive after the name. */
const BODY_AFTER = new RegExp(String.raw`^,\s+(?:the\s+)?((?:${NAME_WORD}\s+)+)(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{L}+)`, 'u');
/** "Pep Guardiola, manager of Manchester City": the body after the noun. */
const BODY_OF_AFTER = new RegExp(String.raw`^,\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{L}+)\s+(?:of|at)\s+(?:the\s+)?((?:${NAME_WORD}(?:\s+|(?=[,.;])))+)`, 'u');

/**
 * Whether the text gave person `id` the role of `noun` only with a body other than `body` (the
 * reference's capitalized words, its parties' apart): no naming of the role with a body shares a
 * word with it ("Senate Minority Leader" is "the Senate Democratic leader"). A role given with no
 * body says nothing against. Where both name a party, the parties must agree ("Senate Democratic
 * Leader" is no "Senate Republican leader"); where both name another body, that must be the same
 * ("House Republican Leader" is no "Senate Republican leader"); a party alike stands for a body
 * alike where one of them names no other ("Republican Leader X" is "the Senate Republican leader").
 */
function heldOnlyElsewhere(ctx: ReferenceContext, id: string, noun: string, body: readonly string[], parties: ReadonlySet<string>): boolean {
  // Asked of every mention of each holder within LOOK_BACK, for every role said with a body:
  // answered once per person and role.
  if (ctx.reads) ctx.reads.add({ kind: 'namings', id, answer: bodyNamingsOf(ctx, id) });
  const key = `${id}\u0000${noun}\u0000${body.join('\u0000')}\u0001${[...parties].join('\u0000')}`;
  let held = (ctx.heldElsewhere ??= new Map()).get(key);
  if (held === undefined) ctx.heldElsewhere.set(key, (held = weighBodyNamings(ctx, id, noun, body, parties)));
  return held;
}

function weighBodyNamings(ctx: ReferenceContext, id: string, noun: string, body: readonly string[], parties: ReadonlySet<string>): boolean {
  let elsewhere = false;
  for (const { names, roleWord } of bodyNamingsOf(ctx, id)) {
    const role = roleNounOf(roleWord);
    if (!role || !holdsRole(new Set([role]), noun)) continue;
    const { words, parties: named } = bodyOfNaming(names, roleWord);
    if (words.size === 0 && named.size === 0) continue;
    if (parties.size > 0 && named.size > 0 && !shareParty(parties, named)) {
      elsewhere = true;
      continue;
    }
    if (body.length > 0 && words.size > 0) {
      if (body.some((w) => words.has(w))) return false;
      elsewhere = true;
      continue;
    }
    if (shareParty(parties, named)) return false;
    elsewhere = true;
  }
  return elsewhere;
}

/** A naming's body words (lower case, no opening word such as "former") and the parties it names apart: "Senate Democratic" → senate, and the Democrats. */
function bodyOfNaming(names: string, roleWord: string): { words: ReadonlySet<string>; parties: ReadonlySet<string> } {
  // The role's word is read with the names ("Labor Secretary" is a portfolio, no party), and is no body's word.
  const read = readParties([...names.split(/\s+/u).filter((w) => w.length > 0), roleWord]);
  const words = new Set(read.rest.slice(0, -1).map((w) => lowerCase(w.replace(/['’]s?$/u, ''))).filter((w) => !NO_BODY_WORDS.has(w)));
  return { words, parties: read.parties };
}

/** Whether the text gave person `id` parties, and none of `parties`. */
function partyDiffers(ctx: ReferenceContext, id: string, parties: ReadonlySet<string>): boolean {
  const own = partiesOf(ctx, id);
  return own.size > 0 && !shareParty(own, parties);
}

const NO_PARTIES: ReadonlySet<string> = new Set();

/** Words that name a party and end in it or in a role's word: "Republican Sen.", "a Democrat", "a former Labour minister". */
function endsInPartyOrRole(words: readonly string[], read: PartyReading): boolean {
  return read.parties.size > 0 && (read.endsInParty || roleNounOf(words[words.length - 1]) !== null);
}

/** A capitalized run of words right before a name: "Senate Democratic Leader", "Republican Sen.", "Democrat". */
const TITLE_RUN_BEFORE = new RegExp(String.raw`((?:${NAME_WORD}\s+)+)$`, 'u');
/** A short capitalized word with a full stop, a title's ("Sen.", "Gov.", "Mr."), or an initialism ("U.S."): no sentence's end. */
const ABBREVIATED = /^(?:\p{Lu}\p{Ll}{0,3}|(?:\p{Lu}\.)+\p{Lu})\.$/u;

/** The words of the capitalized run right before offset `at`, after the sentence or line before ("…in Washington. Republican Sen."), or null. */
function titleRunBefore(text: string, at: number): string[] | null {
  const before = text.slice(Math.max(0, at - BODY_BEFORE_REACH), at);
  // Not past a line's end: "… slams Democrats\n\nSen. X" is a headline's word.
  const run = TITLE_RUN_BEFORE.exec(before.slice(before.lastIndexOf('\n') + 1))?.[1].split(/\s+/u).filter((w) => w.length > 0);
  if (!run) return null;
  let from = run.length - 1;
  while (from > 0 && !(run[from - 1].endsWith('.') && !ABBREVIATED.test(run[from - 1]))) from--;
  return run.slice(from);
}
/** "Harry Reid (D-Nev.)", "Mitch McConnell, R-Ky.,": a member of the US Congress's party and state. */
const PARTY_STATE_AFTER = /^(?:\s*\(|,\s+)([RDI])-\p{Lu}[\p{L}.]*(?:\)|(?=[,;]))/u;
/**
 * "Harry Reid, a Democrat,", "X, a Kentucky Republican who …", "X, the former Labour leader,": an
 * appositive's words up to a stop or a word that opens what follows them.
 */
const DESCRIPTION_AFTER = /^,\s+(?:a|an|the)\s+((?:[\p{L}.'’-]+\s+){0,3}?[\p{L}.'’-]+)(?=\s*[,.;:)]|\s+(?:from|of|who|and|in|for|to|with|at|on|by|since|representing)\b)/u;

/**
 * The parties the text gives person `id` beside their mentions: in a title's capitalized words
 * ("Senate Democratic Leader Harry Reid", "Republican Sen. X", "Democrat Y", "Tory MP Z"), a
 * role's body (bodyNamingsOf: "X, the Labour leader,"), an appositive ("X, a Democrat,"), or a
 * party and state ("X (R-Ky.)"). Read once per person.
 */
function partiesOf(ctx: ReferenceContext, id: string): ReadonlySet<string> {
  const found = readPartiesOf(ctx, id);
  ctx.reads?.add({ kind: 'parties', id, answer: found });
  return found;
}

function readPartiesOf(ctx: ReferenceContext, id: string): ReadonlySet<string> {
  const kept = (ctx.parties ??= new Map()).get(id);
  if (kept) return kept;
  let parties: Set<string> | null = null;
  const add = (found: ReadonlySet<string>): void => {
    for (const p of found) (parties ??= new Set()).add(p);
  };
  for (const { names, roleWord } of bodyNamingsOf(ctx, id)) if (roleNounOf(roleWord)) add(bodyOfNaming(names, roleWord).parties);
  const text = ctx.doc.text;
  for (const m of ctx.entities.people.find((p) => p.id === id)?.mentions ?? []) partiesBeside(text, m, add);
  const found: ReadonlySet<string> = parties ?? NO_PARTIES;
  ctx.parties.set(id, found);
  return found;
}

/**
 * The parties the words beside one mention give, besides its namings of a body: a title's
 * capitalized words before it, a party and state or an appositive after it, each passed to `add`.
 * Read BODY_BEFORE_REACH before the mention and BODY_AFTER_REACH after it.
 */
export function partiesBeside(text: string, m: { start: number; end: number }, add: (parties: ReadonlySet<string>) => void): void {
  const run = titleRunBefore(text, m.start);
  // Only a run that ends in a title or a party: "Obama met Senate Democratic Leader" is the Democrats' leader; "Democrats love Senator X" is no party's.
  if (run) {
    const read = readParties(run);
    if (endsInPartyOrRole(run, read)) add(read.parties);
  }
  const rest = text.slice(m.end, m.end + BODY_AFTER_REACH);
  const letter = PARTY_STATE_AFTER.exec(rest)?.[1];
  const party = letter ? partyOfLetter(letter) : null;
  if (party) add(new Set([party]));
  const description = DESCRIPTION_AFTER.exec(rest)?.[1].split(/\s+/u);
  // The appositive's last word is a party's member or a role: "a Democrat", "a former Republican senator".
  if (description) {
    const read = readParties(description);
    if (endsInPartyOrRole(description, read)) add(read.parties);
  }
}

/** Capitalized words beside a mention that may name the body of a role (`names`), and the word that may be the role's noun. */
interface BodyNaming {
  names: string;
  roleWord: string;
}

/**
 * What the words beside each mention of person `id` may say of a body they serve, in the
 * order heldOnlyElsewhere weighs them (for each mention: before it, after it, "of" after it).
 * Read once per person: reading all of a person's mentions for each role and holder made a
 * long text's attribution quadratic in the mentions of its busiest people.
 */
function bodyNamingsOf(ctx: ReferenceContext, id: string): readonly BodyNaming[] {
  const kept = (ctx.bodyNamings ??= new Map()).get(id);
  if (kept) return kept;
  const namings: BodyNaming[] = [];
  const text = ctx.doc.text;
  for (const m of ctx.entities.people.find((p) => p.id === id)?.mentions ?? []) for (const naming of namingsAt(text, m)) namings.push(naming);
  ctx.bodyNamings.set(id, namings);
  return namings;
}

/** The namings of a body beside one mention: read BODY_BEFORE_REACH before it and BODY_AFTER_REACH after it. */
export function namingsAt(text: string, m: { start: number; end: number }): readonly BodyNaming[] {
  const before = text.slice(Math.max(0, m.start - BODY_BEFORE_REACH), m.start);
  return namingsBeside(`${before.length}:${before}${text.slice(m.end, m.end + BODY_AFTER_REACH)}`);
}

/** How far before and after a mention its namings of a body, and the parties beside it, are read (ownSentenceBefore's reach, and the rest of the line after). */
export const BODY_BEFORE_REACH = 80;
export const BODY_AFTER_REACH = 100;

/**
 * The namings of a body beside one mention, by the text before it and after it (the key: the
 * length of the text before, a colon, the two texts). Remembered across calls: the incremental
 * annotator resolves a role again on every keystroke near it, and reading every mention of each
 * holder with three patterns anchored at their ends (tried from every character) was most of
 * speaker resolution's time after an edit.
 */
const namingsBeside = cachedByText((key: string): readonly BodyNaming[] => {
  const colon = key.indexOf(':');
  const split = colon + 1 + Number(key.slice(0, colon));
  const namings: BodyNaming[] = [];
  const before = BODY_BEFORE.exec(ownSentenceBefore(key.slice(colon + 1, split), split - colon - 1));
  if (before) namings.push({ names: before[1], roleWord: before[2] });
  const rest = key.slice(split);
  const after = BODY_AFTER.exec(rest);
  if (after) namings.push({ names: after[1], roleWord: after[2] });
  const of = BODY_OF_AFTER.exec(rest);
  if (of) namings.push({ names: of[2], roleWord: of[1] });
  return namings;
}, 20_000);

/** The end of a sentence or a line in the text before a name: "…in Parramatta.\n\nOpposition leader X" (not "U.S. Sen.", nor "Texas Sen."). */
const SENTENCE_BREAK = /\n|[\p{Ll}\p{N}]{2}[.!?]["”’)]?\s/gu;

/**
 * The 80 characters before offset `at`, from where its sentence or line opens if that is nearer:
 * no body named in the sentence before is the person's. A title's abbreviation ("Sen.", "Gov.",
 * "Rep.") ends no sentence.
 */
export function ownSentenceBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - BODY_BEFORE_REACH), at);
  let from = 0;
  for (const m of before.matchAll(SENTENCE_BREAK)) {
    if (m[0].charAt(2) === '.' && isSentenceAbbreviation(wordBefore(before, m.index + 2))) continue;
    from = m.index + m[0].length;
  }
  return before.slice(from);
}

/** The letters right before offset `end` of `s`. */
function wordBefore(s: string, end: number): string {
  let i = end;
  while (i > 0 && /\p{L}/u.test(s.charAt(i - 1))) i--;
  return s.slice(i, end);
}

/** Sentences back from a role to the person it may introduce: the one before. */
const UNDESCRIBED_REACH = 1;
/** Sentences back from a role to the cue of a last speaker named by it: the cue's sentence, then the rest of the quote. */
const UNDESCRIBED_SPEAKER_REACH = 4;

/**
 * Roles of someone beside the person a story is about, rarely used of that person: "the
 * judge" after the defence lawyer, "the spokesman", "the columnist" after a politician.
 */
const ROLES_OF_OTHERS = new Set([
  'judge', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'aide', 'adviser', 'advisor', 'attorney', 'lawyer',
  'prosecutor', 'counsel', 'solicitor', 'barrister', 'host', 'anchor', 'moderator', 'interviewer', 'reporter', 'columnist',
  'correspondent', 'writer', 'editor', 'officer', 'agent', 'detective', 'inspector', 'investigator', 'witness', 'coroner',
  'magistrate', 'doctor', 'surgeon', 'nurse', 'pollster', 'analyst', 'expert', 'economist', 'strategist', 'consultant',
]);

/**
 * "Eddie Howe was left frustrated. "…," the Newcastle head coach said": a role no one in the
 * text holds tells the reader what the person the text is about is, where the text has said
 * nothing of what they are; so it goes on about that person as an epithet does (the last
 * speaker, else the subject of the sentence before), if they were named in that sentence or
 * the one before, by a full name, and have no role of their own. Not roles that name someone
 * beside the person (ROLES_OF_OTHERS), nor one of a nation the person is not of ("the Russian
 * leader" after an American), nor one named after another person ("the Lincoln actor").
 */
export function resolveUndescribedRole(noun: string, at: number, ctx: ReferenceContext, country: string | null, modifiers: RoleModifiers | undefined): string | null {
  ctx.reads?.readBack();
  if (ROLES_OF_OTHERS.has(noun) || (modifiers?.people.length ?? 0) > 0) return null;
  const gender = genderOfNoun(noun);
  const undescribed = (id: string): boolean => {
    const profile = ctx.entities.profiles.get(id);
    if (profile === undefined || profile.roles.size > 0 || (gender && profile.gender && profile.gender !== gender)) return false;
    return (country === null || profile.countries.has(country)) && hasFullName(ctx, id);
  };
  const { names, insideQuote } = ctx.index;
  const here = sentenceIndexAt(ctx.doc, at);
  const from = frontedClauseStart(at, ctx) >= 0 ? frontedClauseStart(at, ctx) : at;
  const last = lastSpeakerRead(ctx);
  // The first person named in the sentences before, back to the last speaker's cue: the subject
  // of the nearest, or the last speaker where no one was named since.
  for (let i = lastNameBefore(from, ctx); i >= 0 && names[i].start >= at - LOOK_BACK; i--) {
    const m = names[i];
    if (insideQuote[i] || m.kind !== 'person' || !m.entityId) continue;
    const sentence = sentenceIndexAt(ctx.doc, m.start);
    // Someone named earlier in the role's own sentence is no subject of it ("On Steve Harvey's show, the nominee said").
    if (sentence === here) continue;
    const speakerSince = last !== null && last.id === m.entityId && last.at >= m.start && here - sentenceIndexAt(ctx.doc, last.at) <= UNDESCRIBED_SPEAKER_REACH;
    if (here - sentence > UNDESCRIBED_REACH && !speakerSince) return null;
    // The first person of that sentence: an earlier one there is its subject.
    let first = i;
    while (first > 0 && !insideQuote[first - 1] && sentenceIndexAt(ctx.doc, names[first - 1].start) === sentence) first--;
    while (first < i && (names[first].kind !== 'person' || insideQuote[first])) first++;
    const subject = names[first].entityId;
    if (subject === null || !undescribed(subject)) return null;
    // Others named after the subject count against it only where they too are undescribed: "Arteta
    // was furious with the referee, Michael Oliver", "Trump cited problems he blamed on President
    // Obama" leave the subject the one the role tells of.
    for (let j = first + 1; j <= i; j++) {
      const other = names[j].entityId;
      if (names[j].kind !== 'person' || insideQuote[j] || other === null || other === subject) continue;
      // "Hannity asked Kasich …. "…," the candidate said": the one asked is whom the answer may be of.
      if ((ctx.entities.profiles.get(other)?.roles.size ?? 0) === 0 || ASKED_BEFORE.test(ctx.doc.text.slice(Math.max(0, names[j].start - 24), names[j].start))) return null;
    }
    return subject;
  }
  return null;
}

/** Whether person `id` is named by more than one word: read of their mentions anywhere. */
function hasFullName(ctx: ReferenceContext, id: string): boolean {
  const full = ctx.entities.people.find((p) => p.id === id)?.name.includes(' ') === true;
  ctx.reads?.add({ kind: 'fullName', id, answer: full });
  return full;
}

/** A question put to the person named right after it. */
const ASKED_BEFORE = /\b(?:asked|questioned|pressed|quizzed)\s+(?:\p{Lu}[\p{L}.]*\s+)?$/u;

/** "the San Francisco-based startup", "the London-headquartered bank": where a body sits is no word of its name; the words up to that compound go. */
function withoutSeat(words: readonly string[]): readonly string[] {
  for (let i = words.length - 1; i >= 0; i--) if (/(?:^|-)(?:based|headquartered)$/u.test(words[i])) return words.slice(i + 1);
  return words;
}

/** Some mention of organization `id` is followed by the noun: "the Aslef union", "the Unite union". */
function namedBeforeNoun(ctx: ReferenceContext, id: string, noun: string): boolean {
  const named = readNamedBeforeNoun(ctx, id, noun);
  ctx.reads?.add({ kind: 'namedBeforeNoun', id, noun, answer: named });
  return named;
}

function readNamedBeforeNoun(ctx: ReferenceContext, id: string, noun: string): boolean {
  const organization = ctx.entities.organizations.find((o) => o.id === id);
  const text = ctx.doc.text;
  // Not a city read as a body ("a Baton Rouge newspaper"): where the body is, not its name.
  return organization !== undefined && !isSizeablePlace(organization.name) && organization.mentions.some((m) => text.charAt(m.end) === ' ' && text.startsWith(noun, m.end + 1) && !/\p{L}/u.test(text.charAt(m.end + 1 + noun.length)));
}

/** Nouns of public bodies named by their field ("the emergency agency", "the foreign ministry"). */
const BODY_NOUNS = new Set(['agency', 'ministry', 'department', 'office', 'service', 'authority', 'regulator', 'watchdog']);
/** Words before such a noun that say no field. */
const GENERIC_BODY_MODIFIERS = new Set([
  'national', 'state', 'federal', 'government', 'official', 'top', 'main', 'chief', 'local', 'regional', 'central', 'public', 'independent',
  'new', 'own', 'country', 'nation', 'city', 'provincial', 'municipal', 'county', 'senior', 'former', 'same', 'state-run', 'government-run',
]);

/** A name in capitals ("FBI", "NASA") hides the words of its field. */
const ABBREVIATION = /^\p{Lu}{2,6}$/u;

/** Each field word (lower case) begins a word of the name: "health" in "ministry of health", "emergency" in "emergency office". */
function fieldWordsIn(name: string, fields: readonly string[]): boolean {
  const words = wordsOfName(name);
  return fields.every((f) => {
    const stem = f.length > 5 ? f.slice(0, 5) : f;
    for (const w of words) if (w.startsWith(stem)) return true;
    return false;
  });
}

/** Every capitalized modifier of a reference (lower case) is a word of the organization's name (lower case). */
function properWordsIn(name: string, proper: readonly string[]): boolean {
  const words = wordsOfName(name);
  return proper.every((w) => words.has(w));
}

/**
 * Names the tagger may take for an organization that no "the company", "the group" refers to:
 * a time zone after a clock time ("at 14:05 UTC, the company said") or a heavenly body.
 */
const NO_BODY_NAMES = /^(?:utc|gmt|est|edt|cst|cdt|mst|mdt|pst|pdt|cet|cest|bst|ist|jst|aest|aedt|earth|moon|sun|mars|venus|jupiter|saturn)$/u;

/**
 * An organization the text brings in, on its first naming, after a preposition, or after the
 * earlier names of a list a preposition opens: a source or a counterpart the story mentions
 * in passing ("polled by LSEG", "investors including Sequoia and SoftBank", "an analyst at
 * research firm IDC", "weeks after rivals OpenAI and Google DeepMind"), not the one it is about. Not "of", "for", "according to" ("shares of
 * Acme", "a spokesman for Acme"), nor a possessive ("in Acme's stock price"), nor "at" before
 * a bare name ("a director at Acme" works for it): those are about Acme. Nor one named in the
 * reference's own sentence.
 */
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:(?:by|from|including|with|in|(?<!according\s)to|into|against|like|than|via|between|among|versus|over|rivals?|competitors?)\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}|at\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,2})(?:\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*)*(?:,\s+|\s+and\s+|\s+or\s+|,\s+and\s+)(?:the\s+)?){0,4}$/u;

/** Nouns business copy uses for the company a story is about. */
const FIRM_NOUNS = new Set(['company', 'firm', 'startup', 'start-up', 'giant', 'retailer', 'lender', 'insurer', 'carmaker', 'automaker', 'drugmaker', 'chipmaker', 'manufacturer', 'conglomerate', 'corporation']);

/**
 * "Anthropic released … Anthropic's chief executive said … Rival OpenAI has … The company said":
 * where the nearest fitting organization is named only once so far, in an earlier paragraph, and
 * another that fits is named more often than any other, "the company" is the one the story is about.
 */
function storySubjectOver(nearest: string, at: number, ctx: ReferenceContext, fits: (k: 'person' | 'organization', id: string, start: number) => boolean): string | null {
  ctx.reads?.add({ kind: 'namesBefore' });
  const { names, insideQuote } = ctx.index;
  const counts = new Map<string, number>();
  let nearestAt = -1;
  for (let i = 0, end = firstNameAtOrAfter(ctx.index, at); i < end; i++) {
    const m = names[i];
    if (insideQuote[i] || !m.entityId || m.kind !== 'organization') continue;
    counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    if (m.entityId === nearest) nearestAt = m.start;
  }
  // Named in the reference's own paragraph, the nearest is what the paragraph is about ("… at Vanguard Logistics. The company confirmed …").
  const paragraphEnd = ctx.doc.text.indexOf('\n', nearestAt);
  if ((counts.get(nearest) ?? 0) !== 1 || paragraphEnd < 0 || paragraphEnd > at) return null;
  let best: string | null = null;
  let most = 1;
  for (const [id, n] of counts) {
    if (n > most) {
      best = id;
      most = n;
    } else if (n === most) best = null;
  }
  if (best === null || best === nearest) return null;
  const first = names.find((m) => m.entityId === best);
  return first && fits('organization', best, first.start) ? best : null;
}

const POSSESSIVE_NAME = /^\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*['’]s?(?!\p{L})/u;

function inPassing(ctx: ReferenceContext, id: string, start: number, at: number): boolean {
  const text = ctx.doc.text;
  // In the reference's own sentence, it is what the reference goes on about ("Documents from the DNC began circulating after it announced").
  if (sentenceIndexAt(ctx.doc, start) === sentenceIndexAt(ctx.doc, at)) return false;
  const first = firstNamingOf(ctx, id) === start;
  ctx.reads?.add({ kind: 'firstNaming', id, at: start, answer: first });
  if (!first || POSSESSIVE_NAME.test(text.slice(start, start + 80))) return false;
  return PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 120), start));
}

/** Where the text first names an organization. */
const firstNamings = new WeakMap<ReferenceContext['entities'], Map<string, number>>();

function firstNamingOf(ctx: ReferenceContext, id: string): number {
  let firsts = firstNamings.get(ctx.entities);
  if (!firsts) firstNamings.set(ctx.entities, (firsts = new Map(ctx.entities.organizations.map((o) => [o.id, o.mentions.length > 0 ? Math.min(...o.mentions.map((m) => m.start)) : -1]))));
  return firsts.get(id) ?? -1;
}

/** "DUBAI, Nov 20 (Reuters) -", "(AP)": the agency in a dateline's brackets files the story; "the company" is never it. */
function agencyInBrackets(text: string, start: number): boolean {
  if (text.charAt(start - 1) !== '(') return false;
  const close = text.indexOf(')', start);
  return close > start && close - start <= 24 && !/\s{2}|\n/u.test(text.slice(start, close));
}

function nameOf(ctx: ReferenceContext, id: string): string {
  return ctx.organizationName(id) ?? '';
}

/** An organization's name as written (a demonym in it is read by its capital). */
const displayNames = new WeakMap<ReferenceContext['entities'], Map<string, string>>();

function displayNameOf(ctx: ReferenceContext, id: string): string {
  let names = displayNames.get(ctx.entities);
  if (!names) displayNames.set(ctx.entities, (names = new Map(ctx.entities.organizations.map((o) => [o.id, o.name]))));
  return names.get(id) ?? '';
}

/** The words of a lower-case name: "the court" is the Supreme Court's, "the state" not the United States'. */
const wordsOfName = cachedByText((name: string): ReadonlySet<string> => new Set(name.split(/[^\p{L}\p{N}-]+/u)));

/**
 * The index of the last name mention before `at`, where every search back through the names
 * starts. It marks the quote being attributed as reading back (ReadLog.readBack), as does
 * reading the last speaker (lastSpeakerRead): in an editor session the quote's speaker is then
 * kept after an edit only while the text LOOK_BACK characters back reads the same
 * (lastSpeakerRun.ts). Marked where the window is read, not only where each resolver starts, so
 * that a resolver added later cannot forget it. (The searches back through other things mark
 * where they start: the unnamed sources, unnamedAntecedents.ts; a cleft's sentence, speakerResolver.ts.)
 */
export function lastNameBefore(at: number, ctx: ReferenceContext): number {
  ctx.reads?.readBack();
  return firstNameAtOrAfter(ctx.index, at) - 1;
}

/** The speaker of the latest attributed quote, as a resolver reads it: that reads back (lastNameBefore). */
export function lastSpeakerRead(ctx: ReferenceContext): ReferenceContext['lastSpeaker'] {
  ctx.reads?.readBack();
  return ctx.lastSpeaker;
}

/** The nearest name mention before `at` (outside quotations) that passes `test`. */
function nearestBefore(
  at: number,
  ctx: ReferenceContext,
  test: (kind: 'person' | 'organization', id: string, start: number) => boolean,
  floor = at - LOOK_BACK,
): string | null {
  const { names } = ctx.index;
  for (let i = lastNameBefore(at, ctx); i >= 0 && names[i].start >= floor; i--) {
    const id = passing(ctx, i, test);
    if (id) return id;
  }
  return null;
}

/** The entity of name mention `i` where it is a person or an organization outside quotations that passes `test`. */
function passing(ctx: ReferenceContext, i: number, test: (kind: 'person' | 'organization', id: string, start: number) => boolean): string | null {
  const m = ctx.index.names[i];
  if (ctx.index.insideQuote[i] || !m.entityId || (m.kind !== 'person' && m.kind !== 'organization')) return null;
  return test(m.kind, m.entityId, m.start) ? m.entityId : null;
}

/**
 * The first fitting person named in the nearest earlier sentence that names one: subjects
 * come first in English sentences, and the subject is what a later "he" usually continues.
 */
/** A comma and a conjunction right before a name: a clause of its own opens there. */
const CLAUSE_OPENING = /[,;]\s+(?:and|but|while|whereas)\s+$/u;

/** After a name: "'s" and the lower-case words after it (up to three). */
const POSSESSIVE_WORDS = /^['’]s ((?:[\p{Ll}-]+ ?){1,3})/u;

/** "Ms Roberts's mother", "Clinton's campaign manager": the name is of whose relative or aide follows. */
function isPossessorOfPerson(text: string, end: number): boolean {
  const words = POSSESSIVE_WORDS.exec(text.slice(end, end + 48))?.[1];
  return words !== undefined && words.split(' ').some((w) => w !== '' && isPersonRole(w));
}

/** The person named at `start` is the subject of a note that they gave no comment (`Reed did not respond …`), read from the name on. */
function saidNothing(ctx: ReferenceContext, start: number): boolean {
  const i = firstNameAtOrAfter(ctx.index, start);
  const m = ctx.index.names[i];
  return m !== undefined && m.start === start && noCommentFrom(ctx.doc, m.end);
}

function subjectOfNearestSentence(at: number, ctx: ReferenceContext, fits: (id: string) => boolean): string | null {
  const { names, insideQuote } = ctx.index;
  let sentence = -2;
  let best: string | null = null;
  let bestStart = -1;
  for (let i = lastNameBefore(at, ctx); i >= 0 && names[i].start >= at - LOOK_BACK; i--) {
    const m = names[i];
    if (insideQuote[i] || m.kind !== 'person' || !m.entityId || !fits(m.entityId)) continue;
    // `Reed did not return calls seeking comment. "…," he said.`: one the paper says said nothing is not whom "he" goes on with.
    if (sentence === -2 && saidNothing(ctx, m.start)) continue;
    const s = sentenceIndexAt(ctx.doc, m.start);
    if (sentence !== -2 && s !== sentence) break;
    // "Lewandowski pulled one back, and Lamine Yamal made it 3-2. The 17-year-old said": the subject of
    // the sentence's last clause, opened by "and" or "but" after a comma, is the nearer one.
    if (bestStart >= 0 && CLAUSE_OPENING.test(ctx.doc.text.slice(Math.max(m.end, bestStart - 12), bestStart))) break;
    // "Ms Roberts's mother, Janet, paid tribute": the one whose relative or aide is named after is no subject.
    if (bestStart >= 0 && s === sentence && isPossessorOfPerson(ctx.doc.text, m.end)) continue;
    sentence = s;
    best = m.entityId;
    bestStart = m.start;
  }
  return best;
}

/**
 * What `read`, recorded for a quote of the last version, answers asked again of this one (its
 * offsets `by` characters on, its ids paired through `ids`); undefined where its entity has no
 * pair now, or the read is not one of this file's.
 */
export function readAgain(read: WholeTextRead, by: number, ctx: ReferenceContext, ids: IdPairs | undefined): unknown {
  if (read.kind === 'writers') return bylineWriters(ctx.doc, ctx.index);
  if (!('id' in read)) return undefined;
  const id = idNow(read.id, ids);
  if (id === undefined) return undefined;
  switch (read.kind) {
    case 'namings': return bodyNamingsOf(ctx, id);
    case 'parties': return readPartiesOf(ctx, id);
    case 'fullName': return ctx.entities.people.find((p) => p.id === id)?.name.includes(' ') === true;
    case 'firstNaming': return firstNamingOf(ctx, id) === read.at + by;
    case 'namedBeforeNoun': return readNamedBeforeNoun(ctx, id, read.noun);
  }
}
