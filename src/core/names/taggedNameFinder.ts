import { mayOpenAs, openingCharacters } from './openingCharacters';
import type { AnalyzedText } from '../text/analyzedText';
import { isAsciiCapital, isAsciiLetter, type Token } from '../text/tokenizer';
import type { Sentence } from '../text/sentences';
import { replaceMentionsInside, type NameMention, type NameType } from './nameMention';
import { COUNTRY_INITIALS, demonymCountry, isKnownPlace, isSizeablePlace, lookupPlaces, namesCountryOrRegion } from '../places/gazetteer';
import { bodiesNamedByTheirCountry, isBodyHead } from './bodiesNamedByTheirCountry';
import { courtCases } from './courtCases';
import { withoutWorkTitles } from './quotedWorkTitles';
import { withRegnalNames } from './regnalNames';
import { withoutGermanNouns } from './germanQuotes';
import { namesAroundVerbs } from './verbsInNames';
import { namesByTheirSurroundings } from './namesByTheirSurroundings';
import { districtsByTheirSurroundings, isNamedAsPartAt } from './districtsByTheirSurroundings';
import { PRODUCT_NOUNS, productModels, productsOfTheirMakers } from './productModels';
import { bodiesByInitials } from './bodiesByInitials';
import { partyFactions } from './partyFactions';
import { placesNamedForSaints, placesOpenedByCompassWords, bodiesAfterTheirKind, bodiesBeforeTheirOfficers, airportsNamedForPeople, bodiesDescribedBeside, firmsListedWithFirms, bodiesNamedWithRanks, bodiesReadAsPeople, holdersReadAsBodies, listOpenersLikeTheRest, peopleListedWithPeople, relativesReadAsBodies, peoplesAndKindsReadAsBodies, placesReadAsBodies } from './bodiesAndPlacesByWordsBeside';
import { bodiesFollowedByWhich, firmsAfterTheirKind, namesJoinedByHyphen, outletsAfterTheirKind, placesAfterPlaceNouns, portfoliosBeforeOffices, railwayLines } from './namesByWordsBeside';
import { namesFromAbroad } from './namesFromAbroad';
import { withKinMarked } from './kinIntroduced';
import { MONTH_WORD } from '../dates/monthNames';
import { US_POSTAL_CODES } from '../places/usPostalCodes';
import { labelSpansInto, SpanList } from './nerLabels';
import { isOccupationTitle } from './occupationTitles';
import { isVenueName } from './venues';
import { isNamedAsRegion } from './regionsNamedByWord';
import { isDescribedAsSettlement } from './placesDescribedAfter';
import { isBodyAfterOfficeOf, speaksInHisOwnClause } from './clausesAfterNames';
import { isKnownAsCommonNoun, isLabelAfterKnownAsKind, isLeaderBeforeWhatHeLeads, isStateOccasion } from './thingsNotNamed';
import { COMMON_FIRST_NAMES, KNOWN_ORGANIZATIONS, LEGAL_FORMS, NOT_NAME_WORDS, ORGANIZATION_WORDS, PARTY_MEMBER_NOUNS, STORM_WORDS, STREET_HEADS, isGroupMember, isGroupPlural, isServiceTitle, isTitle, PLACE_HEADS, SAID_FORMS, SURNAME_PARTICLES, CAPITALIZED_SURNAME_PARTICLES } from './nameLexicon';
import type { PerceptronTagger } from './perceptronTagger';
import type { TaggerSessions } from './taggerSessions';
import { defaultTagger } from './defaultTagger';
import { propagateSurnames } from './nameConsistency';
import { withPronounsMarked } from './pronounsAfterNames';
import { withoutNumbersAlone } from './numbersInNames';
import { withStaffOwnersMarked } from './staffOwners';
import { withFirmsTheArticleShows, wordsOfFullNames } from './firmEvidence';
import { nicknameOpeningAt, type NicknameMarks } from './nicknameInMarks';
import { isRankWordAt, officeHolderStart, styledPersonSpan } from './ranksAndHonours';
import { bodiesOfTwoPlaces, placeOfTheBodyBefore, trustsOfTwoPlaces } from './sharedBodies';
import { namesWithFor } from './namesWithFor';
import { knownParties, opensKnownParty } from './knownParties';
import { SentenceCues } from './sentenceCues';
import { thingsNamedAfterPlaces } from './namedAfterPlaces';
import { rereadSentenceNames } from './sentenceRereadings';
import { sentenceIndexAt, tokenIndexAt } from '../text/analyzedText';
import { CaselessWordSet } from '../text/caselessWordSet';
import { isPersonRole } from '../entities/roleNouns';
import { OUTLETS_BY_NAME } from '../entities/organizationKinds';
import { genderOfGivenName, isGivenName } from '../entities/givenNames';
import { isSpeechVerb } from '../quotes/reportingVerbs';
import { datelineEnd } from '../quotes/datelineLead';
import { isCapitalizedWord, isLowerWord } from '../text/tokenCase';
import { lowerCase } from '../text/lowerCase';
import { withCoordinatedNamesAgreeing } from './coordinatedNames';
import { runByParagraph, type ParagraphPass } from './paragraphPasses';
import { stripPossessive as withoutPossessive } from '../entities/personName';
import { afterOpeningWord, isInterviewLabel, isOpeningAbstractNoun, isOfficeAdjective, isOpeningAdverb, isOpeningCommonWord, isOpeningModifier, isOpeningRolePlural, isOpeningWordBeforeName, isSuperlativeSlug, opensSentence } from './sentenceOpeners';

/** A word without its possessive 's or s' ("Trump's" → "Trump"): the entities' stripPossessive, under the name the finders know it by. */
export { withoutPossessive };

// People, organizations, places and other names (MISC) from the trained tagger. Mentions
// exclude a possessive 's and, for people, any title; the title words right before a
// person's name are kept on the mention for the speaker resolver ("President Xi").

/** "MP", "CEO", "MLA": a role's acronym, all capitals. */
const ROLE_ACRONYM = /^\p{Lu}{2,4}s?$/u;


/**
 * For a name of tokens [a, b) that is, or follows, a storm's word ("Hurricane", "Tropical
 * Storm"), the first token of the storm's own name and the words for the storm; else null.
 * The name is one or two capitalized words.
 */
function stormBefore(tokens: Token[], a: number, b: number, sentenceStart: number): { first: number; title: string } | null {
  // The storm's words inside the span ("Tropical Storm Debby"), else right before it ("Hurricane" + "Milton").
  let k = a;
  while (k < b - 1 && isStormWord(tokens, k)) k++;
  let w = k;
  if (k === a) {
    while (w - 1 >= sentenceStart && isStormWord(tokens, w - 1)) w--;
    if (w === a) return null;
  } else w = a;
  // The name: one or two capitalized words, not "Storm Lake".
  if (b - k > 2 || !isCapitalizedWord(tokens[k]) || !isCapitalizedWord(tokens[b - 1]) || PLACE_NAME_ENDINGS.has(lowerCase(tokens[b - 1].text))) return null;
  const words: string[] = [];
  for (let j = w; j < (k === a ? a : k); j++) words.push(tokens[j].text);
  return { first: k, title: words.join(' ') };
}

/**
 * A word of a storm's name before the name ("Hurricane", "Tropical Storm"). Asked around every
 * name: a function, not a closure made per name, and lowerCase, which makes no new string for a
 * word seen before.
 */
function isStormWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k].text;
  const c = t.charCodeAt(0);
  return (c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t)) && (STORM_WORDS.has(lowerCase(t)) || (t === 'Tropical' && k + 1 < tokens.length && STORM_WORDS.has(lowerCase(tokens[k + 1].text))));
}

/** Acronyms of common nouns news writes in capitals: "AI" (artificial intelligence), "IT" (information technology: "the IT services company"), "GDP", "IPO", "MVP", "an MRI", "appointed OBE" (an honour), "LNG" (liquefied natural gas). */
const COMMON_NOUN_ACRONYMS = new Set(['AI', 'IT', 'HR', 'GDP', 'IPO', 'DNA', 'GPS', 'ATM', 'EV', 'VPN', 'LLM', 'GPU', 'CPU', 'AGI', 'MVP', 'MRI', 'ICU', 'PPE', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'LNG', 'LPG', 'CO2', 'EBITDA', 'ETF']);

/** Time zones' abbreviations; "UTC" and "GMT" are one anywhere, the others after a clock time. */
const TIME_ZONE_ACRONYMS = new Set(['UTC', 'GMT', 'BST', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'CET', 'CEST', 'EET', 'IST', 'JST', 'AEST', 'AEDT']);

/** "at 14:30 UTC", "noon GMT", "9 p.m. EDT": token a is a time zone's abbreviation. */
function isTimeZoneAfterTime(tokens: Token[], a: number): boolean {
  const zone = tokens[a].text;
  if (!TIME_ZONE_ACRONYMS.has(zone)) return false;
  if (zone === 'UTC' || zone === 'GMT') return true;
  const before = tokens[a - 1];
  return before !== undefined && (before.kind === 'number' || /^(?:[ap]\.m\.|[ap]m|noon|midnight)$/iu.test(before.text) || before.text === '.' && /^[ap]\.?m$/iu.test(tokens[a - 2]?.text ?? ''));
}

/** "NDAs", "CEOs", "MPs": a plural of a common noun's acronym names nobody. */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

/** "Eastern Standard Time", "Greenwich Mean Time", "Pacific Time": a clock, not an organization or a place. */
const TIME_ZONE = /^(?:(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|Greenwich|British|Central European|Eastern European|Western European|Indian|Japan|China|Korea|Arabia|Moscow)\s+)(?:(?:Standard|Daylight|Summer|Mean)\s+)?Time$/u;

/** One-word feasts and festivals, which the tagger, having seen few, reads as bodies or people. */
const FEASTS = new Set([
  'Christmas', 'Easter', 'Thanksgiving', 'Halloween', 'Hanukkah', 'Chanukah', 'Passover', 'Ramadan', 'Eid', 'Diwali', 'Holi', 'Navratri',
  'Lent', 'Advent', 'Pentecost', 'Hogmanay', 'Juneteenth', 'Kwanzaa', 'Vesak', 'Purim', 'Sukkot', 'Nowruz',
  // New years and harvests of Asia: "the Tet offensive", "during Songkran".
  'Tet', 'Tết', 'Songkran', 'Chuseok', 'Onam', 'Pongal', 'Baisakhi', 'Vaisakhi', 'Lohri', 'Thingyan',
]);

/** Words before a party's member noun that make it one of the party: "the Tory", "a Conservative", "fellow Republican". */
const MEMBER_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'one', 'another', 'each', 'every', 'this', 'that', 'fellow']);

/** Articles of Spanish, French, Italian and Portuguese, which open a sentence in copy in those languages ("La presidenta anunció"). */
const ROMANCE_ARTICLES = new Set(['La', 'El', 'Los', 'Las', 'Le', 'Les', 'Il', 'Lo', 'Gli', 'Os', 'As', 'Una', 'Une', 'Um', 'Uma']);

/** What follows a feast's name in the name of its day: "Christmas Eve", "Easter Sunday", "Eid al-Fitr". */
const FEAST_DAY = /^(?:Eve|Day|Sunday|Monday|al-Fitr|al-Adha|ul-Fitr|ul-Adha)(?:['’]s)?$/u;

/** Diseases news names by their finders, in the possessive: one word alone is the disease. */
const DISEASE_EPONYMS = new Set(["Alzheimer's", "Parkinson's", "Crohn's", "Huntington's", "Asperger's", "Tourette's", "Hodgkin's", "Addison's", "Graves'"]);

/** "Obamacare", "Trumpism", "Reaganomics": a thing named after a person is not that person. */
const NAMED_AFTER_PERSON = /^\p{Lu}\p{L}{2,}(?:care|ism|mania|nomics)$/u;

export function findNamesWithTagger(
  doc: AnalyzedText,
  tagger: PerceptronTagger = defaultTagger(),
  /** The incremental annotator's session: what it knows of the earlier versions of the text. */
  session?: TaggerSessions,
): NameMention[] {
  const { caseClasses } = tagger.model;
  const followed = session?.mentions(doc, tagger, (d, s, labels, base, out) => sentenceMentions(d, s, labels, base, caseClasses, out));
  if (followed) return withCoordinatedNamesAgreeing(doc.text, runByParagraph(doc, firmsOfTheirWorkAgain(doc.text, districtsByTheirSurroundings(doc.text, namesByTheirSurroundings(doc.text, withRegnalNames(doc, namesEndingInS(doc, withoutGermanNouns(doc, withoutWorkTitles(doc, withFirmsTheArticleShows(doc, propagateSurnames(doc, withNicknamedPeople(doc, namesAroundVerbs(doc.text, followed.mentions), followed.openings), withoutPossessive, followed.tokensSpelled))))))))), MARKS_OF_PARAGRAPHS));
  const labels = tagger.tag(doc);
  const out: NameMention[] = [];
  for (const s of doc.sentences) sentenceMentions(doc, s, labels, 0, caseClasses, out);
  return withCoordinatedNamesAgreeing(doc.text, withStaffOwnersMarked(doc.text, withPronounsMarked(doc.text, withoutNumbersAlone(withKinMarked(doc.text, firmsOfTheirWorkAgain(doc.text, districtsByTheirSurroundings(doc.text, namesByTheirSurroundings(doc.text, withRegnalNames(doc, namesEndingInS(doc, withoutGermanNouns(doc, withoutWorkTitles(doc, withFirmsTheArticleShows(doc, propagateSurnames(doc, withNicknamedPeople(doc, namesAroundVerbs(doc.text, out)), withoutPossessive))))))))))))));
}

/**
 * The marks of kin, of age, of the pronoun after a name and of a firm's staff, and the
 * numbers alone dropped: each reads a mention, its paragraph's mentions and at most
 * KIN_REACH (40) characters before and 48 after it (STAFF_AFTER), and none reads past a line
 * break (pronounsAfterNames.ts). The incremental annotator runs them paragraph by paragraph
 * (paragraphPasses.ts).
 */
const MARKS_OF_PARAGRAPHS: ParagraphPass = {
  run: (text, mentions) => withStaffOwnersMarked(text, withPronounsMarked(text, withoutNumbersAlone(withKinMarked(text, mentions)))),
  before: 40,
  after: 48,
  memo: new WeakMap(),
};

/** Words after "Alphabet's Google" that show the body stands alone: a conjunction, a verb, a preposition. */
const AFTER_OWNED_BODY = new Set(['and', 'or', 'said', 'says', 'has', 'have', 'had', 'is', 'was', 'will', 'would', 'on', 'in', 'to', 'for', 'with', 'unit', 'division', 'subsidiary']);

/** Short words after a firm's, a shop's or a ground's name in "'s" ("at Sainsbury's on Monday", "cut by Moody's to junk"). */
const AFTER_NAME_IN_S = new Set(['on', 'at', 'in', 'for', 'to', 'from', 'with', 'by', 'after', 'before', 'since', 'until', 'over', 'and', 'or', 'has', 'had', 'will', 'would', 'cut', 'fell', 'rose', 'slid', 'sank']);
/** Words before a firm's or a charity's name in "'s" read as a person's ("she joined Barnardo's,", "ten years at Sotheby's before"): working there. */
const WORKPLACE_BEFORE = new Set(['joined', 'at', 'for', 'of', 'from', 'left', 'with']);
/** Prepositions before a firm's, a shop's or a ground's name in "'s" that ends a sentence. */
const ENDING_AFTER = new Set(['at', 'by', 'from']);
/** Words that open a noun phrase: after a verb in -ed, they show it is a verb ("Moody's downgraded the bonds"), not an adjective ("Russia's advanced air defences"). */
const PHRASE_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'some', 'all']);

/**
 * "Moody's downgraded the bonds", "cut by Moody's, the agency said", "at Sainsbury's on
 * Monday", "at Lord's on Friday": a one-word name in "'s" with no noun after it (a comma, a
 * short word of place or time, "said", a verb in -ed before "the", or the sentence's end after
 * "at", "by" or "from") is the name
 * itself, "'s" and all, not an owner's. Only an organization's or a place's reading whose
 * stem, not an acronym ("the IMF's estimate"), no known place and no person of the article bears: "the decision was Trump's",
 * "America's." stay possessives, and a quotation mark or a noun after the name ("Trump's
 * "inflammatory"", "Russia's advanced air") says nothing.
 */
function namesEndingInS(doc: AnalyzedText, mentions: NameMention[]): NameMention[] {
  const { tokens, text } = doc;
  let people: Set<string> | undefined;
  let fullNameWords: Set<string> | undefined;
  let out: NameMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    // A person's reading only where the words before say someone works there ("she joined Barnardo's, becoming …"): then it is the firm's.
    const person = m.type === 'PER';
    if ((m.type !== 'ORG' && m.type !== 'LOC' && !person) || text.charCodeAt(m.end) !== 39 || text.charCodeAt(m.end + 1) !== 115 || /\s/u.test(m.text)) continue;
    const k = tokenIndexAt(doc, m.start);
    const t = tokens[k];
    if (t === undefined || t.start !== m.start || t.end !== m.end + 2) continue;
    const next = tokens[k + 1];
    if (!/^\p{Lu}\p{Ll}/u.test(m.text) || next === undefined) continue;
    if (person && !(k > 0 && WORKPLACE_BEFORE.has(tokens[k - 1].text) && (next.text === ',' || next.text === '.' || next.text === 'before' || next.text === 'until'))) continue;
    // A verb of saying in the past, or any verb in -ed before a phrase ("the IMF's estimate", "Russia's advanced air" say nothing).
    const verb = next.kind === 'word' && (SAID_FORMS.has(next.text) || (/^\p{Ll}+ed$/u.test(next.text) && (PHRASE_OPENERS.has(tokens[k + 2]?.text ?? '') || (isSpeechVerb(next.text) && tokens[k + 2]?.text === 'that'))));
    // "India falter at Lord's", "cut by Moody's.": a sentence's end after "at", "by" or "from".
    const ends = (next.text === '.' || next.start > doc.sentences[sentenceIndexAt(doc, m.start)].end) && k > 0 && ENDING_AFTER.has(tokens[k - 1].text);
    if (!(next.text === ',' || (next.kind === 'word' && AFTER_NAME_IN_S.has(next.text)) || verb || ends)) continue;
    if (isKnownPlace(m.text) || demonymCountry(m.text) !== null) continue;
    if (people === undefined) {
      people = new Set();
      for (const p of mentions) if (p.type === 'PER' && !p.text.includes(' ')) people.add(p.text);
      fullNameWords = wordsOfFullNames(mentions);
    }
    // The person reading's own word is among the people's: only a full name of someone else holding it counts then.
    if (fullNameWords!.has(m.text) || (!person && people.has(m.text))) continue;
    out ??= mentions.slice();
    out[i] = { ...m, end: m.end + 2, text: text.slice(m.start, m.end + 2), ...(person ? { type: 'ORG' as const } : {}) };
  }
  return out ?? mentions;
}

/**
 * `Marcia "Cia" Price`: a given name, a nickname in marks and a surname are one person's
 * mention, whatever the tagger made of the pieces (the marks split its names). The mentions
 * it found inside are replaced. Opening marks are rare, so the scan costs one look per
 * token, or none where the session knows where the opening marks stand (`openings`, in
 * text order).
 */
function withNicknamedPeople(doc: AnalyzedText, mentions: NameMention[], openings?: readonly number[]): NameMention[] {
  const { tokens, text } = doc;
  const found: NameMention[] = [];
  const at = (i: number): NicknameMarks | null => (tokens[i].kind === 'punct' ? nicknameOpeningAt(tokens, i) : null);
  const add = (i: number, nickname: NicknameMarks): void => {
    const start = tokens[i - 1].start;
    const end = tokens[nickname.close + 1].start + withoutPossessive(tokens[nickname.close + 1].text).length;
    const mention: NameMention = { start, end, text: text.slice(start, end), type: 'PER' };
    const s = doc.sentences[sentenceIndexAt(doc, start)];
    const title = s ? titleBefore(tokens, i - 1, s.tokenStart, text) : undefined;
    if (title) mention.title = title;
    found.push(mention);
  };
  if (openings) {
    let after = 0;
    for (const i of openings) {
      if (i < 1 || i < after) continue;
      const nickname = at(i);
      if (!nickname) continue;
      add(i, nickname);
      after = nickname.close + 1;
    }
  } else {
    for (let i = 1; i < tokens.length; i++) {
      const nickname = at(i);
      if (!nickname) continue;
      add(i, nickname);
      i = nickname.close;
    }
  }
  if (found.length === 0) return mentions;
  const out: NameMention[] = [];
  let f = 0;
  for (const m of mentions) {
    while (f < found.length && found[f].end <= m.start) out.push(found[f++]);
    if (f < found.length && m.start < found[f].end && m.end > found[f].start) continue;
    out.push(m);
  }
  while (f < found.length) out.push(found[f++]);
  return out;
}

/** The bits of SENTENCE_CUES: the words a rule walking the sentence's tokens needs there to act. */
const enum Cue { Party = 1, Outlet = 2, CountryInitials = 4, KoreanSurname = 8, KindOfWork = 16, InstitutionHead = 32, CamelCase = 64, Honorific = 128, BodyHead = 256, CourtCase = 512, For = 1024, Bracket = 2048, Saint = 4096 }

/**
 * Which of those words a sentence holds, tested once per distinct word (sentenceCues.ts): each
 * test holds of every token its rule would act on, so that a rule is left out only where it
 * would find nothing. In the order of the bits of Cue.
 */
const SENTENCE_CUES = new SentenceCues([
  opensKnownParty,
  (w) => OUTLETS_BY_FIRST_WORD.has(w),
  (w) => w.charCodeAt(0) === 85 && COUNTRY_INITIALS.has(withoutPossessive(w)),
  (w) => KOREAN_SURNAMES.has(w),
  (w) => KINDS_OF_WORK.has(w),
  (w) => INSTITUTION_HEADS.has(lowerCase(withoutPossessive(w))),
  isCamelCaseFirmWord,
  (w) => w.length <= 6 && HONORIFICS.has(lowerCase(w)),
  isBodyHead,
  (w) => w === 'v',
  (w) => w === 'for',
  (w) => w === '(',
  (w) => w === 'St',
]);

/**
 * The names the labels of sentence `s` mark, refined (refineSpan) and filtered, appended
 * to `out`; token i's label is labels[i - base]. Reads the sentence's tokens, the one
 * after it and, for a comma before it, the two before (contextAround in incrementalTagging.ts).
 */
function sentenceMentions(doc: AnalyzedText, s: Sentence, labels: Int32Array, base: number, caseClasses: ReadonlyMap<string, number>, out: NameMention[]): void {
  const { tokens, text } = doc;
  const sentenceStartIndex = out.length;
  const spans = SENTENCE_SPANS;
  const parts = SPAN_PARTS;
  spans.clear();
  labelSpansInto(labels, s.tokenStart - base, s.tokenEnd - base, spans);
  // Tokens before this one belong to an organization a place was found to open.
  let claimed = 0;
  let titleCase: boolean | undefined;
  for (let k = 0; k < spans.count; k++) {
    let first = spans.starts[k] + base;
    let end = spans.ends[k] + base;
    let type = spans.types[k];
    if (end <= claimed) continue;
    // What is left of a span the organization ran into, from its next capitalized word.
    if (first < claimed) for (first = claimed; first < end && !isCapitalizedWord(tokens[first]); ) first++;
    if (first >= end) continue;
    if (type === 'LOC') {
      let orgEnd = organizationOpenedBy(tokens, end, s.tokenEnd, caseClasses);
      // "West Virginia Spell Bad News": in a title-case headline, words news writes in lower
      // case say nothing of a name (worked out once a sentence: the rule stays linear).
      if (orgEnd < 0) {
        titleCase ??= isTitleCase(tokens, s);
        orgEnd = titleCase ? end : -orgEnd;
      }
      if (end - first >= 2 && NEWSPAPER_ENDINGS.has(withoutPossessive(tokens[end - 1].text))) type = 'ORG';
      else if (orgEnd > end) {
        end = orgEnd;
        type = 'ORG';
        claimed = orgEnd;
      }
    }
    // "Saint-Germain's Ousmane Dembele": no name opens inside a word joined by hyphens; the tagger read its last piece, an owner in the possessive, as the person's.
    if (type === 'PER' && POSSESSIVE.test(tokens[first].text)) {
      const before = k > 0 ? spans.ends[k - 1] + base : s.tokenStart;
      while (first - 2 >= Math.max(before, claimed, s.tokenStart) && tokens[first - 1].text === '-' && tokens[first - 1].start === tokens[first - 2].end
        && tokens[first].start === tokens[first - 1].end && /^\p{Lu}\p{Ll}+$/u.test(tokens[first - 2].text) && !NAME_PREFIXES.has(lowerCase(tokens[first - 2].text))) first -= 2;
    }
    parts.clear();
    refineSpan(tokens, first, end, type, parts, caseClasses);
    for (let q = 0; q < parts.count; q++) {
      let a = parts.starts[q];
      let b = parts.ends[q];
      // "Det Insp Sarah Cole", "Richard Marks KC", "DC Emma Ward": British ranks and letters are no part of the name, nor names.
      const styled = styledPersonSpan(tokens, a, b, parts.types[q]);
      if (styled === null) continue;
      if (styled) {
        a = styled.a;
        b = styled.b;
        parts.types[q] = styled.type;
      }
      if (parts.types[q] === 'PER') {
        a = afterOpeningWord(tokens, a, b, s);
        // "Meteorologist Ginger Zee said": a role opening the sentence, before a name of two words or more, is no part of it.
        // So is one before a one-word name, that is no title of it ("Rival Sainsbury's gained", not "Senator Kaine said").
        if ((b - a >= 3 || (b - a === 2 && !isTitle(tokens[a]) && genderOfGivenName(tokens[a].text) === null)) && opensSentence(tokens, a, s.tokenStart) && isPersonRole(tokens[a].text) && (caseClasses.get(lowerCase(tokens[a].text)) ?? 0) <= 2) a++;
        // "By Priya Natarajan, Science Correspondent": a byline's desk and role are nobody's name.
        if (b - a >= 2 && JOURNALISTS_ROLES.has(lowerCase(tokens[b - 1].text)) && genderOfGivenName(tokens[a].text) === null) continue;
      } else if ((b - a >= 3 || (b - a === 2 && isOfficeAdjective(tokens[a].text))) && opensSentence(tokens, a, s.tokenStart) && isOpeningModifier(tokens[a].text, caseClasses) && isCapitalizedWord(tokens[a + 1])) {
        // "Neighbouring North Somerset Council", "As The Daily Caller reported": a participle or a short joining word opening the sentence is no part of the name after it.
        a++;
        if (tokens[a].text === 'The') a++;
      }
      const type = (parts.types[q] === 'LOC' && (isNamedAfterRole(tokens, a, b, text) || speaksAsAName(tokens, a, b, text) || isSetOffAfterRole(tokens, a, b, text) || speaksWithRoleAfter(tokens, a, b, text) || isPersonByWho(tokens, a, b, text)))
        // "…," Tricia McLaughlin, an assistant secretary at the department, said": read as a thing's name; no thing is set off to speak.
        // Not an alias set off after the name it stands for ("Brian Burton, AKA Danger Mouse, wrote").
        || (parts.types[q] === 'MISC' && b - a >= 2 && tokens[a].text !== 'AKA' && (speaksAsAName(tokens, a, b, text) || speaksWithRoleAfter(tokens, a, b, text)))
        || (parts.types[q] !== 'PER' && parts.types[q] !== 'MISC' && isFollowedByAge(tokens, a, b, text))
        || (parts.types[q] === 'ORG' && (isPersonAfterRole(tokens, a, b, text) || readsAsPersonByForm(tokens, a, b) || (b - a === 1 && speaksInHisOwnClause(tokens, b)) || (b - a === 1 && !KNOWN_ORGANIZATIONS.has(lowerCase(tokens[a].text)) && speaksWithRoleAfter(tokens, a, b, text, true))))
        || ((parts.types[q] === 'LOC' || parts.types[q] === 'ORG') && isCredited(tokens, a, b, s.tokenStart, text)) ? 'PER'
        // "Africa CDC", "China CDC": a place's name before a known body's acronym is that body's branch.
        : (parts.types[q] === 'LOC' && (isAfterCapitalThe(tokens, a, b, s.tokenStart, text) || isPartyNameBeforeParty(tokens, a, b, s.tokenStart) || (b - a >= 2 && /^\p{Lu}{2,}$/u.test(tokens[b - 1].text) && KNOWN_ORGANIZATIONS.has(lowerCase(tokens[b - 1].text)))))
          || (parts.types[q] === 'PER' && a > s.tokenStart && tokens[a - 1].text !== 'the' && isPartyNameBeforeParty(tokens, a, b, s.tokenStart))
          || (parts.types[q] === 'PER' && isBodyAfterOfficeOf(tokens, a, b)) ? 'ORG'
        : parts.types[q] !== 'LOC' && (isPlaceOfDateline(tokens, a, b, s, text) || (b - a <= 2 && isDescribedAsSettlement(tokens, b)) || (b - a === 1 && /^\p{Lu}\p{Ll}/u.test(tokens[a].text) && isNamedAsRegion(tokens, a, b, s.tokenEnd)) || (b - a === 1 && COUNTRY_INITIALS.has(withoutPossessive(tokens[a].text)))) ? 'LOC'
        : ((parts.types[q] === 'ORG' || parts.types[q] === 'MISC') && isPlaceBeforeItsBody(tokens, a, b, text)) || (parts.types[q] !== 'LOC' && isVenueName(tokens, a, b)) || (parts.types[q] === 'PER' && a > s.tokenStart && isTownAfterPreposition(tokens, a, b, caseClasses)) ? 'LOC' : parts.types[q];
      // "the Metro Mayor of West Yorkshire": an office's name is no organization; the place it is of is named.
      let a0 = a;
      if (type !== 'PER') {
        const office = officeOfPlace(tokens, a, b, text);
        if (office > a) a0 = office;
        else if (office === -2) continue;
      }
      // "By Priya Sharma, Local Democracy Reporter": the words of a byline's role after the journalist's name are no organization.
      let bEnd = b;
      if (type !== 'PER') {
        const desk = bylineDeskEnd(tokens, a, b, s);
        if (desk >= 0) {
          if (desk > a && isKnownPlace(text.slice(tokens[a].start, tokens[desk - 1].end))) bEnd = desk;
          else if (isCommonWordsOnly(tokens, a, desk, caseClasses)) continue;
        }
      }
      if (isOpeningAdverb(tokens, a, b, s.tokenStart, caseClasses)) continue;
      if (isInterviewLabel(tokens, a, b, s.tokenStart, caseClasses)) continue;
      if (type !== 'PER' && isOpeningCommonWord(tokens, a, b, s.tokenStart, caseClasses)) continue;
      if (isOpeningRolePlural(tokens, a, b, s.tokenStart, caseClasses)) continue;
      if (isOpeningAbstractNoun(tokens, a, b, s.tokenStart, caseClasses)) continue;
      if (type !== 'PER' && isSuperlativeSlug(tokens, a, b, s.tokenStart, caseClasses)) continue;
      if (type !== 'PER' && isOpeningWordBeforeName(tokens, a, b, s, caseClasses)) continue;
      if (b - a === 1 && isCreditWord(tokens, a)) continue;
      // "K-pop", "X-ray", "T-shirt": a letter joined by a hyphen to a word in lower case names nothing.
      if (b - a === 1 && tokens[a].text.length === 1 && tokens[a + 1]?.text === '-' && tokens[a + 1].start === tokens[a].end && tokens[a + 2] !== undefined
        && tokens[a + 2].start === tokens[a + 1].end && isLowerWord(tokens[a + 2])) continue;
      if (b - a === 1 && PLURAL_ACRONYM.test(tokens[a].text)) continue;
      // "at 14:30 UTC", "9 a.m. EST": a clock's time zone names nothing.
      if (b - a === 1 && type !== 'PER' && isTimeZoneAfterTime(tokens, a)) continue;
      // "generative AI", "GDP": a common noun's acronym names nothing.
      if (b - a === 1 && type !== 'PER' && COMMON_NOUN_ACRONYMS.has(tokens[a].text)) continue;
      // "House Bill 18", "Senate Bill 4": a bill named by its chamber and number is a law, no body.
      if (b - a >= 2 && tokens[b - 1].text === 'Bill' && tokens[b]?.kind === 'number') {
        out.push({ start: tokens[a].start, end: tokens[b].end, text: text.slice(tokens[a].start, tokens[b].end), type: 'MISC' });
        continue;
      }
      // "Q&A: What the pact means": questions and answers, a form of article, no firm joined by "&".
      if (b - a === 3 && tokens[a].text === 'Q' && tokens[a + 1].text === '&' && tokens[a + 2].text === 'A' && tokens[b - 1].start - tokens[a].end === 1) continue;
      // "the MP added", "a CEO": the acronym of a person's role names no organization.
      if (b - a === 1 && type !== 'PER' && ROLE_ACRONYM.test(tokens[a].text) && isPersonRole(tokens[a].text)) continue;
      if (b - a === 1 && (type === 'PER' || type === 'LOC') && (isGroupPlural(tokens[a].text) || isGroupMember(tokens[a].text))) continue;
      // "the Tory said", "a Conservative", "another Republican": one of a party, after a determiner, is no name of a
      // person, place or body ("Tory Lanez", "Tory said" alone, "the Conservative Party" are; before a title, "a
      // Conservative MEP", the party is named). "The Independent" is a newspaper.
      if (b - a === 1 && a > 0 && PARTY_MEMBER_NOUNS.has(tokens[a].text) && tokens[a].text !== 'Independent' && MEMBER_DETERMINERS.has(lowerCase(tokens[a - 1].text))
        && !/^\p{Lu}/u.test(tokens[b]?.text ?? '')) continue;
      if (b - a === 1 && (type === 'PER' || type === 'LOC') && NAMED_AFTER_PERSON.test(tokens[a].text)) continue;
      // "entered at No. 1", "No. 10 Downing Street": "No." before a number is "number".
      if (b - a === 1 && (tokens[a].text === 'No' || tokens[a].text === 'Nos') && tokens[a + 1]?.text === '.' && tokens[a + 2]?.kind === 'number' && tokens[a + 1].start === tokens[a].end) continue;
      // "La presidenta Claudia Sheinbaum", "El gobernador": an article of Spanish, French, Italian or Portuguese alone names nothing.
      if (b - a === 1 && ROMANCE_ARTICLES.has(tokens[a].text)) continue;
      // "before Christmas", "during Ramadan": a feast is a time, no body, person or place.
      if (b - a === 1 && FEASTS.has(withoutPossessive(tokens[a].text))) continue;
      // "Alzheimer's", "Parkinson's" alone: a disease named after its finder, nobody in the story.
      if (b - a === 1 && DISEASE_EPONYMS.has(tokens[a].text.replace('’', "'"))) continue;
      // "known as clade Ib", "Mpox, formerly known as monkeypox,": a strain's label, a disease (thingsNotNamed.ts).
      if (type === 'PER' && (isLabelAfterKnownAsKind(tokens, a) || isKnownAsCommonNoun(tokens, b))) continue;
      if (b - a === 1 && type !== 'PER' && isKnownAsCommonNoun(tokens, b)) continue;
      // "as Budget looms", "the Trump administration": an occasion; a leader's name as a modifier.
      if (b - a === 1 && isStateOccasion(withoutPossessive(tokens[a].text))) continue;
      if (type !== 'PER' && isLeaderBeforeWhatHeLeads(tokens, a, b)) continue;
      // "Christmas Eve", "Easter Sunday", "Eid al-Fitr": a feast's day too.
      if (b - a >= 2 && FEASTS.has(tokens[a].text) && FEAST_DAY.test(text.slice(tokens[a + 1].start, tokens[b - 1].end))) continue;
      if (b - a === 1 && (isWordOfQuotedTitle(tokens, a, s, caseClasses) || endsLongerName(tokens, a, s, caseClasses, out))) continue;
      const start = tokens[a0].start;
      const end = tokens[bEnd - 1].start + withoutPossessive(tokens[bEnd - 1].text).length;
      if (b - a >= 2 && tokens[b - 1].text === 'Time' && TIME_ZONE.test(text.slice(start, end))) continue;
      const storm = stormBefore(tokens, a, b, s.tokenStart);
      if (storm !== null) {
        // "Tropical Storm Debby", "Hurricane Milton": the storm's name, no person or body (CoNLL: MISC, the word for the storm left out).
        const at = tokens[storm.first].start;
        out.push({ start: at, end, text: text.slice(at, end), type: 'MISC', title: storm.title });
        continue;
      }
      const mention: NameMention = { start, end, text: text.slice(start, end), type: bEnd < b || a0 > a ? 'LOC' : type };
      if (type === 'PER') {
        const title = titleBefore(tokens, a, s.tokenStart, text);
        if (title) mention.title = title;
      } else if (type === 'LOC') {
        const qualifier = placeQualifier(text, tokens, a, b, s.tokenStart, s.tokenEnd);
        if (qualifier) mention.placeQualifier = qualifier;
      }
      out.push(mention);
    }
  }
  const cues = SENTENCE_CUES.of(tokens, s.tokenStart, s.tokenEnd);
  if (cues & Cue.Honorific) namesAfterHonorifics(doc, s, sentenceStartIndex, out);
  rereadSentenceNames(doc, s, sentenceStartIndex, caseClasses, out);
  namesJoinedByAnd(doc, sentenceStartIndex, caseClasses, out);
  bodiesOfTwoPlaces(text, sentenceStartIndex, out);
  trustsOfTwoPlaces(text, sentenceStartIndex, out);
  organizationsFirstWords(doc, s, sentenceStartIndex, caseClasses, out);
  if (cues & Cue.InstitutionHead) institutionsAfterThe(doc, s, sentenceStartIndex, out);
  if (cues & Cue.For) namesWithFor(doc, s, sentenceStartIndex, out, () => isTitleCase(doc.tokens, s));
  if (cues & Cue.Party) knownParties(doc, s, sentenceStartIndex, out);
  compassWordsBefore(doc, s, sentenceStartIndex, out);
  givenNamesBefore(doc, s, sentenceStartIndex, caseClasses, out);
  initialsBefore(doc, s, sentenceStartIndex, out);
  if (cues & Cue.KoreanSurname) koreanNames(doc, s, sentenceStartIndex, out);
  peopleReadAsBodies(doc, s, sentenceStartIndex, caseClasses, out);
  portfoliosBeforeOffices(doc.text, sentenceStartIndex, out);
  namesJoinedByHyphen(doc.text, sentenceStartIndex, out);
  namesFromAbroad(doc.text, sentenceStartIndex, out);
  if (cues & Cue.CountryInitials) countryInitials(doc, s, sentenceStartIndex, out);
  if (cues & Cue.Outlet) knownOutlets(doc, s, sentenceStartIndex, out);
  outletsAfterTheirKind(doc.text, sentenceStartIndex, out);
  firmsAfterTheirKind(doc.text, sentenceStartIndex, out);
  bodiesFollowedByWhich(doc.text, sentenceStartIndex, out);
  placesAfterPlaceNouns(doc.text, sentenceStartIndex, out);
  railwayLines(doc.text, s, sentenceStartIndex, out);
  if (cues & Cue.Bracket) namesBeforeAcronyms(doc, s, sentenceStartIndex, out);
  placesInLists(doc.text, sentenceStartIndex, out);
  placesJoinedByOfOrAnd(doc.text, sentenceStartIndex, out);
  givenNameBeforeParticleSurname(doc.text, sentenceStartIndex, out);
  thingsNamedAfterPlaces(doc, s, sentenceStartIndex, caseClasses, out);
  if (cues & Cue.KindOfWork) firmsNamedForTheirWork(doc, s, sentenceStartIndex, out);
  if (cues & Cue.CamelCase) camelCaseFirms(doc, s, sentenceStartIndex, out);
  withoutNamesInTitles(sentenceStartIndex, out);
  riversAfterThe(doc.text, sentenceStartIndex, out);
  namesAfterTimeStamps(doc, s, sentenceStartIndex, out);
  if (cues & Cue.Saint) institutionsOfTwoSaints(doc, s, sentenceStartIndex, out);
  employersBeforePeople(doc.text, sentenceStartIndex, out);
  productModels(doc.text, sentenceStartIndex, caseClasses, out);
  productsOfTheirMakers(doc.text, sentenceStartIndex, out);
  bodiesDescribedBeside(doc.text, sentenceStartIndex, out);
  bodiesAfterTheirKind(doc.text, sentenceStartIndex, out);
  placesOpenedByCompassWords(sentenceStartIndex, out);
  placesNamedForSaints(doc.text, sentenceStartIndex, out);
  placesReadAsBodies(doc.text, sentenceStartIndex, out);
  peoplesAndKindsReadAsBodies(doc.text, sentenceStartIndex, out);
  bodiesReadAsPeople(doc.text, sentenceStartIndex, out);
  bodiesBeforeTheirOfficers(doc.text, sentenceStartIndex, out);
  airportsNamedForPeople(doc.text, sentenceStartIndex, out);
  peopleListedWithPeople(doc.text, sentenceStartIndex, out);
  listOpenersLikeTheRest(doc.text, sentenceStartIndex, out);
  firmsListedWithFirms(doc.text, sentenceStartIndex, out);
  relativesReadAsBodies(doc.text, sentenceStartIndex, out);
  bodiesNamedWithRanks(doc.text, sentenceStartIndex, out);
  holdersReadAsBodies(doc.text, sentenceStartIndex, out);
  bodiesByInitials(sentenceStartIndex, out);
  partyFactions(doc.text, sentenceStartIndex, out);
  if (cues & Cue.BodyHead) bodiesNamedByTheirCountry(doc, s, sentenceStartIndex, out);
  if (cues & Cue.CourtCase) courtCases(doc, s, sentenceStartIndex, out);
}

/**
 * "Nvidia's Jensen Huang", "Arcelor's Lakshmi Mittal": one word read as a place that the
 * gazetteer does not know, in the possessive right before a person's full name, is the person's
 * firm or body (a place before a person is one the gazetteer knows: "Brighton's Kaoru Mitoma").
 */
function employersBeforePeople(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i + 1 < out.length; i++) {
    const m = out[i];
    const next = out[i + 1];
    if (m.type !== 'LOC' || next.type !== 'PER' || m.text.includes(' ') || !next.text.includes(' ') || next.start !== m.end + 3) continue;
    const between = text.slice(m.end, next.start);
    if ((between !== "'s " && between !== '’s ') || !/^\p{Lu}\p{L}+$/u.test(m.text) || isKnownPlace(m.text)) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: 'ORG' };
  }
}

/**
 * "Guy's and St Thomas' NHS Foundation Trust", "Guy's and St Thomas' said": a name in the
 * possessive, "and", then a saint's in the possessive, is one institution's name (hospitals and
 * colleges merged under their founders' names), with the words for its kind after it ("NHS
 * Foundation Trust", "Hospital"), however the tagger cut it (a person "Guy", a body "St Thomas").
 */
function institutionsOfTwoSaints(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  const { text } = doc;
  if (!hasAndSaint(doc.tokens, s)) return;
  const from = doc.tokens[s.tokenStart].start;
  const to = doc.tokens[s.tokenEnd - 1].end;
  const sentence = text.slice(from, to);
  for (const match of sentence.matchAll(TWO_SAINTS)) {
    const start = from + match.index!;
    let end = start + match[0].length;
    for (let tail = INSTITUTION_TAIL.exec(text.slice(end, to)); tail !== null; tail = INSTITUTION_TAIL.exec(text.slice(end, to))) end += tail[0].length;
    let k = first;
    while (k < out.length && out[k].end <= start) k++;
    let j = k;
    while (j < out.length && out[j].start < end) j++;
    if (out.slice(k, j).some((m) => m.type === 'PER' && m.title !== undefined)) continue;
    out.splice(k, j - k, { start, end, text: text.slice(start, end), type: 'ORG' });
  }
}

/**
 * Whether the sentence holds "and St" as TWO_SAINTS needs it (the words one space apart),
 * read from its tokens: asked of every sentence, where slicing the sentence's text to search it
 * copied the whole article once more per run.
 */
function hasAndSaint(tokens: readonly Token[], s: Sentence): boolean {
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    if (tokens[k].text === 'St' && tokens[k - 1].text === 'and' && tokens[k - 1].end + 1 === tokens[k].start) return true;
  }
  return false;
}

/** "Guy's and St Thomas'", "Barnabas's and St Mary's": a name in the possessive, "and", a saint's name in the possessive. */
const TWO_SAINTS = /(?<![\p{L}'’])\p{Lu}\p{Ll}+['’]s and St\.? \p{Lu}\p{Ll}+(?:['’]s|(?<=s)['’])(?![\p{L}])/gu;
/** A word for the kind of institution after its name: " NHS", " Foundation", " Trust", " Hospital". */
const INSTITUTION_TAIL = /^ (?:NHS|Foundation|Trust|Hospitals?|Healthcare|College|School|Charity)(?![\p{L}])/u;

/** A clock's time as a live page stamps its entries: "09:42", "14.05". */
const CLOCK_TIME = /^\d{1,2}[:.]\d{2}$/u;

/**
 * "09:42 Natural Resources Wales said", "14:05 BST Natural Resources Wales has warned": a live
 * page's time stamp (and its time zone) opening a sentence, then a name of two words or more:
 * the name opens the entry's sentence, and the tagger, reading the stamp as its start, left a
 * capitalized first word out of it or ran the time zone into it.
 */
function namesAfterTimeStamps(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  const { tokens, text } = doc;
  let stamp = s.tokenStart;
  // "Updated 14:05": a page's word before the time.
  if (stamp < s.tokenEnd && /^(?:Updated|Posted|Published)$/u.test(tokens[stamp].text)) stamp++;
  if (stamp >= s.tokenEnd || !CLOCK_TIME.test(tokens[stamp].text)) return;
  let k = stamp + 1;
  if (k < s.tokenEnd && isTimeZoneAfterTime(tokens, k)) k++;
  const i = out.findIndex((m, j) => j >= first && m.end > tokens[stamp].start);
  if (i < 0 || out[i].type === 'PER') return;
  const m = out[i];
  if (k > stamp + 1 && m.start === tokens[k - 1].start && m.text.startsWith(`${tokens[k - 1].text} `)) {
    // The time zone run into the name: "BST Natural Resources Wales".
    const start = tokens[k].start;
    out[i] = { start, end: m.end, text: text.slice(start, m.end), type: m.type };
    return;
  }
  // The capitalized first word left out: "Natural" of "Natural Resources Wales".
  const opener = tokens[k];
  if (k + 1 >= s.tokenEnd || tokens[k + 1].start !== m.start || opener.end + 1 !== m.start || !m.text.includes(' ') || !/^\p{Lu}\p{Ll}+$/u.test(opener.text)) return;
  if (NOT_NAME_WORDS.has(lowerCase(opener.text)) || isTitle(opener)) return;
  out[i] = { start: opener.start, end: m.end, text: text.slice(opener.start, m.end), type: m.type };
}

/** "the River Wye", "the River Severn": "River" and a capitalized word after "the", however read, is the river ("River Action", a group, has no "the"). */
function riversAfterThe(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type === 'LOC' || !m.text.startsWith('River ') || !/^River(?: \p{Lu}[\p{L}'’-]*){1,2}$/u.test(m.text) || m.title !== undefined) continue;
    if (!/(?:^|[^\p{L}])the $/u.test(text.slice(Math.max(0, m.start - 5), m.start))) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: 'LOC' };
  }
}

/** Peers' words that open a judge's or a peer's title: "Lord Justice", "Lady Chief Justice". */
const PEERS_WORDS = new Set(['Lord', 'Lady', 'Baroness', 'Baron']);

/**
 * "Lord Justice Singh", "Lady Justice Carr": a peer's word opening the title of the person after
 * it, read as a name of its own ("Lord" as a place), is a word of the title. Other names in a
 * title stay ("GOP nominee Trump", "U.S. Ambassador Power").
 */
function withoutNamesInTitles(first: number, out: NameMention[]): void {
  for (let i = out.length - 1; i > first; i--) {
    const m = out[i];
    const before = out[i - 1];
    if (m.type !== 'PER' || m.title === undefined || before.type === 'PER' || !PEERS_WORDS.has(before.text)) continue;
    if (m.title.startsWith(`${before.text} `) && before.start === m.start - m.title.length - 1) out.splice(i - 1, 1);
  }
}

/**
 * "a poll by YouGov", "paid through PayPal", "the chip designer SoftBank owns": one word with a
 * capital inside it after a syllable no surname opens with (isCamelCaseName: not "McConnell",
 * "DeSantis", "LeBron", nor two given names run together, "KellyAnne"), in no name, is a firm's
 * or a service's name the tagger left out. Not a handle or a hashtag ("@SpeakerRyan",
 * "#NeverTrump"), nor a web address.
 */
/** "@", "#", "/", ".", "_": what opens a handle, a hashtag or a part of a web address. */
const AROUND_HANDLES = new Set([64, 35, 47, 46, 95]);
/** Straight and curly quotation marks, double and single. */
const QUOTE_MARKS = new Set([34, 39, 0x201c, 0x2018]);

function camelCaseFirms(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  const { tokens, text } = doc;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !isCamelCaseFirmWord(t.text)) continue;
    const word = withoutPossessive(t.text);
    const before = text.charCodeAt(t.start - 1);
    const after = text.charCodeAt(t.end);
    // "@", "#", "/", ".", "_" before it, or "." "/" "_" "@" right after it: a handle, a hashtag or an address; a quotation mark
    // right before it: a quoted coinage, a book's title or a page's attribute ('"OpenDoorsNice"', "''TrumpNation: …", 'author="GovChristie"').
    if (AROUND_HANDLES.has(before) || QUOTE_MARKS.has(before) || (after === 46 && /^[a-z]/u.test(text.slice(t.end + 1, t.end + 2))) || after === 47 || after === 95 || after === 64) continue;
    // "FlagShareLikeReplyShow": four capitalized pieces or more run together are a web page's buttons, no name.
    if ((word.match(/\p{Lu}\p{Ll}/gu)?.length ?? 0) >= 4) continue;
    const end = t.start + word.length;
    const at = mentionAt(out, first, t.start, end);
    if (at >= 0) retypeCamelCaseMention(text, out, at);
    else if (!overlapsFrom(out, first, t.start, end)) insertUnlessOverlapping(out, first, { start: t.start, end, text: word, type: 'ORG' });
  }
}

/**
 * The tagger, never having seen the word, reads "invested in OpenAI", "OpenAI's chief
 * executive" as a thing or a place, and "rivals OpenAI and Google DeepMind" the second as a
 * person: the one word with a capital inside it (camelCaseFirms) is a firm's name, like those
 * the tagger left out, and so are two words ending in it after no given name ("Google DeepMind",
 * "Microsoft GitHub"). A thing stays a thing beside a noun for a product ("the chatbot
 * ChatGPT", "its PlayStation console"), a place the gazetteer knows stays a place.
 */
function retypeCamelCaseMention(text: string, out: NameMention[], i: number): void {
  const m = out[i];
  // "Putin-RibbenTRUMP": a coinage joined by a hyphen names no firm.
  if (m.type === 'ORG' || m.title !== undefined || m.text.includes('-')) return;
  const words = m.text.split(' ');
  if (m.type === 'PER' ? words.length !== 2 || genderOfGivenName(words[0]) !== null || !/\p{Lu}$/u.test(words[1]) && !/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(words[1]) : words.length !== 1) return;
  if (m.type === 'LOC' && isKnownPlace(m.text)) return;
  if (m.type === 'MISC' && (PRODUCT_NOUNS.has(wordBefore(text, m.start)) || PRODUCT_NOUNS.has(wordAfter(text, m.end)))) return;
  out[i] = { start: m.start, end: m.end, text: m.text, type: 'ORG' };
}

/** The index of the mention in `out` (from `first`) that ends at `end` and holds `start`; -1 if none. */
function mentionAt(out: readonly NameMention[], first: number, start: number, end: number): number {
  for (let i = out.length - 1; i >= first && out[i].end >= end; i--) if (out[i].end === end && out[i].start <= start) return i;
  return -1;
}

/** The lower-case word right before `at` (after one space), or "". */
function wordBefore(text: string, at: number): string {
  const m = /(\p{L}+) $/u.exec(text.slice(Math.max(0, at - 24), at));
  return m === null ? '' : lowerCase(m[1]);
}

/** The lower-case word right after `at` (after one space, past a possessive), or "". */
function wordAfter(text: string, at: number): string {
  const m = /^(?:['’]s)? (\p{L}+)/u.exec(text.slice(at, at + 24));
  return m === null ? '' : lowerCase(m[1]);
}

/**
 * "Network Rail chief executive Andrew Haines said" after "talks with Network Rail": a firm named
 * for its kind of work (KINDS_OF_WORK) that the article reads as an organization is that
 * organization where it stands again in no name, opening a sentence too (where the tagger,
 * knowing its words as common ones, reads nothing). Mentions in text order, kept so.
 */
function firmsOfTheirWorkAgain(text: string, mentions: NameMention[]): NameMention[] {
  let firms: Set<string> | null = null;
  // Indexed, not for-of: run once a document, in V8's first tiers a for-of made an iterator result per mention.
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type === 'ORG' && KINDS_OF_WORK.has(m.text.slice(m.text.lastIndexOf(' ') + 1)) && m.text.includes(' ')) (firms ??= new Set()).add(m.text);
  }
  if (firms === null) return mentions;
  let out: NameMention[] | null = null;
  for (const name of firms) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(end)) || /^ \p{Lu}/u.test(text.slice(end, end + 2))) continue;
      const list = out ?? mentions;
      // The first mention starting at or after `at`, by halving.
      let k = 0;
      for (let hi = list.length; k < hi; ) {
        const mid = (k + hi) >>> 1;
        if (list[mid].start < at) k = mid + 1;
        else hi = mid;
      }
      if ((k > 0 && list[k - 1].end > at) || (k < list.length && list[k].start < end)) continue;
      out ??= mentions.slice();
      out.splice(k, 0, { start: at, end, text: name, type: 'ORG' });
    }
  }
  return out ?? mentions;
}

/** A utility's or a carrier's kind of work, the last word of its name: "Octopus Energy", "Network Rail", "Thames Water", "Virgin Atlantic Airways". */
const KINDS_OF_WORK = new Set(['Energy', 'Rail', 'Railways', 'Water', 'Airways', 'Airlines', 'Telecom']);
const KINDS_OF_WORK_OPENINGS = openingCharacters(KINDS_OF_WORK);

/**
 * "fined Octopus Energy £4.2m", "talks with Network Rail and train operators": capitalized
 * words inside a sentence, in no name, ending in a utility's or a carrier's kind of work
 * (KINDS_OF_WORK) and followed by no capitalized word, are a firm's name the tagger left out. Not
 * opening a sentence ("Renewable Energy grew") or in a title-case headline, and not after a
 * capitalized word ("the Clean Water Act" ends in another word; "US Energy" is read apart).
 */
function firmsNamedForTheirWork(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  const { tokens, text } = doc;
  let titleCase: boolean | undefined;
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    if (!mayOpenAs(KINDS_OF_WORK_OPENINGS, tokens[k].text) || !KINDS_OF_WORK.has(tokens[k].text) || (k + 1 < s.tokenEnd && isCapitalizedWord(tokens[k + 1]))) continue;
    let a = k;
    while (a - 1 >= s.tokenStart && tokens[a - 1].end + 1 === tokens[a].start && /^\p{Lu}\p{Ll}+$/u.test(tokens[a - 1].text) && !NOT_NAME_WORDS.has(lowerCase(tokens[a - 1].text))
      && !isTitle(tokens[a - 1]) && !isKnownPlace(tokens[a - 1].text) && demonymCountry(tokens[a - 1].text) === null) a--;
    // "With Network Rail": a short word opening the sentence before the name is none of it.
    if (a === k || a === s.tokenStart || (isCapitalizedWord(tokens[a - 1]) && !(a - 1 === s.tokenStart && NOT_NAME_WORDS.has(lowerCase(tokens[a - 1].text))))) continue;
    const start = tokens[a].start;
    const end = tokens[k].end;
    if (overlapsFrom(out, first, start, end)) continue;
    if ((titleCase ??= isTitleCase(tokens, s))) return;
    insertUnlessOverlapping(out, first, { start, end, text: text.slice(start, end), type: 'ORG' });
  }
}


/**
 * "Marine Le Pen" read as the person "Marine" and the organization "Le Pen": a one-word person right
 * before a name opening with a surname's particle is one person's name.
 */
function givenNameBeforeParticleSurname(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (a.type !== 'PER' || b.type === 'PER' || a.text.includes(' ') || b.start !== a.end + 1 || isKnownPlace(a.text) || !opensWithCapitalizedParticle(b.text)) continue;
    out.splice(i, 2, { start: a.start, end: b.end, text: text.slice(a.start, b.end), type: 'PER' });
  }
}

/** "Le Pen", "De Gaulle": a particle of CAPITALIZED_SURNAME_PARTICLES, then a capitalized word. */
function opensWithCapitalizedParticle(name: string): boolean {
  const space = name.indexOf(' ');
  return space > 0 && CAPITALIZED_SURNAME_PARTICLES.has(name.slice(0, space)) && /^\p{Lu}/u.test(name.slice(space + 1));
}

/** A word camelCaseFirms reads as a firm's name, whatever stands around it: five characters or more, a capital inside (isCamelCaseName) that opens a syllable or ends initials. */
function isCamelCaseFirmWord(text: string): boolean {
  if (text.length < 5) return false;
  const word = withoutPossessive(text);
  return isCamelCaseName(word) && /\p{Lu}\p{Ll}|\p{Lu}{2}$/u.test(word.slice(1).replace(/^\p{Ll}+/u, ''));
}

/** A word with a capital inside it after a syllable no surname opens with ("SpaceX", "OpenAI", "YouTube"; not "McConnell", "DeSantis", "LaToya"). */
function isCamelCaseName(word: string): boolean {
  if (!mayBeCamelCase(word)) return false;
  const m = /^(\p{Lu}\p{Ll}+)(\p{Lu}\p{L}*)$/u.exec(word);
  // "RoseAnn", "KellyAnne", "JoAnn": two given names written as one.
  return m !== null && !SURNAME_PREFIXES.test(m[1]) && genderOfGivenName(m[2]) === null && genderOfGivenName(m[1]) === null;
}

/**
 * Whether the pattern of isCamelCaseName may match, read from the character codes: a capital
 * first and another from the third character on, where a character outside ASCII may be one.
 * Asked of nearly every word of five letters or more, which the pattern (Unicode-aware, on a
 * two-byte string) would mostly turn down at a far higher cost.
 */
function mayBeCamelCase(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 128 && !isAsciiCapital(first)) return false;
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || isAsciiCapital(c)) return true;
  }
  return false;
}

/**
 * Initials run into a capitalized word ("JPMorgan", "SABMiller", "MPower"): not a capital "I" typed for an "l"
 * ("HIllary"), nor a clock's "AM"/"PM" run into the name after it by a page's layout ("PMChris").
 */
function isInitialsRunIntoName(word: string): boolean {
  const m = /^(\p{Lu}{2,})\p{Ll}{2,}$/u.exec(word);
  return m !== null && !m[1].endsWith('I') && !/^[AP]M./u.test(m[1]);
}

const SURNAME_PREFIXES = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Lo|Van|Von|Vander|Fitz|Del|Della|Des|Ten|Ter|Ja|Ka|Ke|Sha|Ta|Ty|Dan|Mar)$/u;

/** Syllables opening given names written with a capital inside: "LeBron", "DeMar", "LaMelo", "JaMarr", "KeShawn", "DeAndre". */
const GIVEN_NAME_PREFIXES = /^(?:Le|De|La|Ja|Ke|Da|Ta|Ty|Sha|Ka|Dan|Mar)(?=\p{Lu}\p{Ll})/u;

/**
 * A name of two words the tagger read as a body's that reads as a person's by its form:
 * "LeBron James added 22 points" (a given name written with a capital inside, then a
 * surname), "Austin Reaves, who sat out …" (a given name and a surname, then ", who"; a team
 * named after its town takes "who" in British copy, "Arsenal, who have won", but opens with no
 * given name).
 */
function readsAsPersonByForm(tokens: Token[], a: number, b: number): boolean {
  if (b - a !== 2 || !/^\p{Lu}\p{Ll}+$/u.test(tokens[a + 1].text) || ORGANIZATION_WORDS.has(lowerCase(tokens[a + 1].text))) return false;
  if (isCamelCaseGivenName(tokens[a].text)) return true;
  return tokens[b]?.text === ',' && tokens[b + 1]?.text === 'who' && genderOfGivenName(tokens[a].text) !== null && !CLUB_NICKNAME_ENDINGS.test(tokens[a + 1].text);
}

/** Last words of teams' names ("Warriors", "United") that no surname is. */
const CLUB_NICKNAME_ENDINGS = /^(?:United|City|Town|Rovers|Athletic|Wanderers|Albion|Rangers|\p{Lu}\p{Ll}+(?:ers|ors|ians|ites|ics|ets))$/u;

/** A given name written with a capital inside after a syllable names open with (not "McConnell", "MacArthur", "DiCaprio": surnames). */
function isCamelCaseGivenName(word: string): boolean {
  return GIVEN_NAME_PREFIXES.test(word) && /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(word);
}

/** Features named "X of <place>". */
const FEATURES_OF_PLACES = new Set(['Gulf', 'Bay', 'Sea', 'Strait', 'Straits', 'Isle', 'Cape', 'Firth', 'Bight', 'Sound']);

/**
 * "the Gulf of Mexico", "the Turks and Caicos Islands": two names the tagger read apart, joined by
 * "of" or "and", that the gazetteer knows as one place's name are that place.
 */
function placesJoinedByOfOrAnd(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (a.type === 'PER' || b.type === 'PER' || b.start - a.end > 5) continue;
    const between = text.slice(a.end, b.start);
    if (between !== ' of ' && between !== ' and ') continue;
    const whole = text.slice(a.start, b.end);
    // "Avon and Somerset Police", "Devon and Cornwall Police": a body named after two places serves both; the tagger read the first apart.
    if (between === ' and ' && a.type === 'LOC' && b.type === 'ORG' && !a.text.includes(' ') && isKnownPlace(a.text) && !placeOfTheBodyBefore(text, out, i, first)
      && b.text.includes(' ') && isKnownPlace(b.text.slice(0, b.text.indexOf(' '))) && ORGANIZATION_WORDS.has(lowerCase(b.text.slice(b.text.lastIndexOf(' ') + 1)))) {
      out.splice(i, 2, { start: a.start, end: b.end, text: whole, type: 'ORG' });
      continue;
    }
    // "the Gulf of Aden", "the Strait of Hormuz", "the Bay of Bengal": a feature of the land or the sea named after a place.
    const feature = between === ' of ' && FEATURES_OF_PLACES.has(a.text) && b.type === 'LOC';
    if (!feature && !isKnownPlace(whole)) continue;
    out.splice(i, 2, { start: a.start, end: b.end, text: whole, type: 'LOC' });
  }
}

/**
 * "Avon Fire and Rescue Service", "Belt and Road Initiative", "Royal College of Paediatrics
 * and Child Health": what follows "and" inside a name can be made of words news writes in
 * lower case ("Rescue Service", "Road Initiative", "Child Health"), no name of its own; the
 * tagger's two names are one organization's (a law's: "Family and Medical Leave Act"). Not after a person, a known place, or a word
 * news nearly always capitalizes ("Apple and Google Cloud").
 */
function namesJoinedByAnd(doc: AnalyzedText, first: number, caseClasses: ReadonlyMap<string, number>, out: NameMention[]): void {
  const { text } = doc;
  for (let i = out.length - 1; i >= first; i--) {
    const right = out[i];
    // A mention of one word is no name joined by "and" (split only those of two or more).
    if (right.type === 'PER' || !right.text.includes(' ')) continue;
    // Both readings below want " and " right before the name: most names are let go before their words are split and looked up.
    if (right.start < 5 || !text.startsWith(' and ', right.start - 5)) continue;
    const rightWords = right.text.split(' ');
    if (!rightWords.every((w, j) => (j > 0 && NAME_JOINERS.has(w)) || (/^\p{Lu}\p{Ll}+$/u.test(w) && isMostlyLowerCase(w, caseClasses)))) continue;
    const left = out[i - 1];
    if (left === undefined || i - 1 < first || text.slice(left.end, right.start) !== ' and ') {
      // "The Belt and Road Initiative" with "Belt" outside every name: a word news writes in lower case, after "the".
      const opening = /(?:^|\s)[Tt]he (\p{Lu}\p{Ll}+) and $/u.exec(text.slice(Math.max(0, right.start - 30), right.start));
      const word = opening?.[1];
      if (!opening || word === undefined || !isMostlyLowerCase(word, caseClasses) || NOT_NAME_WORDS.has(lowerCase(word))) continue;
      const start = right.start - word.length - ' and '.length;
      if ((left !== undefined && i - 1 >= first && left.end > start) || start < 0) continue;
      out[i] = { start, end: right.end, text: text.slice(start, right.end), type: right.type === 'MISC' ? 'MISC' : 'ORG' };
      continue;
    }
    if (left.type === 'PER' || isKnownPlace(left.text)) continue;
    const leftWords = left.text.split(' ');
    const lastLeft = leftWords[leftWords.length - 1];
    // "the Associated Press and television networks", "Emerson College and Opinion Savvy": a name ending in an organization's word stands alone.
    if ((caseClasses.get(lowerCase(lastLeft)) ?? 0) > 2 || !/^\p{Lu}\p{Ll}+$/u.test(lastLeft) || ORGANIZATION_WORDS.has(lowerCase(lastLeft))) continue;
    out.splice(i - 1, 2, { start: left.start, end: right.end, text: text.slice(left.start, right.end), type: right.type === 'MISC' ? 'MISC' : 'ORG' });
  }
}

/** Bodies of a state that news names after its nationality as a description ("the French Foreign Ministry"): CoNLL keeps the nationality apart. */
const STATE_BODY_ENDINGS = new Set(['ministry', 'senate', 'government', 'parliament', 'embassy', 'consulate', 'cabinet', 'administration', 'coalition', 'duma', 'congress', 'assembly']);

/**
 * A word the tagger left off the front of an organization's name: "the Joint Chiefs of Staff"
 * (a capitalized word between "the" and the name, outside every name) and "the Swedish Research
 * Council" (a nationality the tagger read apart, before a name that opens with a word news writes
 * in lower case and ends in an organization's word; not a state's body, "the French Foreign Ministry"),
 * and "Paris Saint-Germain" (a place before an organization's name opening with a word joined by a hyphen).
 */
function organizationsFirstWords(doc: AnalyzedText, s: Sentence, first: number, caseClasses: ReadonlyMap<string, number>, out: NameMention[]): void {
  const { tokens, text } = doc;
  let t = s.tokenStart;
  let titleCase: boolean | undefined;
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'ORG') continue;
    while (t < s.tokenEnd && tokens[t].start < m.start) t++;
    if (t >= s.tokenEnd || tokens[t].start !== m.start || t < s.tokenStart + 1) continue;
    const before = tokens[t - 1];
    if (before.end + 1 !== m.start || !/^\p{Lu}\p{Ll}+$/u.test(before.text)) continue;
    const words = m.text.split(' ');
    const previous = i > first ? out[i - 1] : undefined;
    if (previous !== undefined && previous.end > before.start) {
      // "Paris" + "Saint-Germain": a place before a club's name joined by a hyphen is part of the club's name.
      if (previous.type === 'LOC' && previous.end + 1 === m.start && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(words[0])) {
        out.splice(i - 1, 2, { start: previous.start, end: m.end, text: text.slice(previous.start, m.end), type: 'ORG' });
        i--;
        continue;
      }
      // "Swedish" + "Research Council".
      if (previous.type !== 'MISC' || previous.start !== before.start || words.length < 2) continue;
      if (!isMostlyLowerCase(words[0], caseClasses) || !ORGANIZATION_WORDS.has(lowerCase(words[words.length - 1])) || STATE_BODY_ENDINGS.has(lowerCase(words[words.length - 1]))) continue;
      out.splice(i - 1, 2, { start: previous.start, end: m.end, text: text.slice(previous.start, m.end), type: 'ORG' });
      i--;
      continue;
    }
    // "the" + "Joint" + "Chiefs of Staff".
    const article = tokens[t - 2];
    if (t - 2 < s.tokenStart || (article.text !== 'the' && article.text !== 'The') || article.end + 1 !== before.start) continue;
    if (NOT_NAME_WORDS.has(lowerCase(before.text)) || isTitle(before) || isKnownPlace(before.text)) continue;
    // "The Latest GOP Debate": a headline in title case capitalizes every word.
    titleCase ??= isTitleCase(tokens, s);
    if (titleCase) continue;
    out[i] = { start: before.start, end: m.end, text: text.slice(before.start, m.end), type: 'ORG' };
  }
}

/**
 * Last words of an institution's name: "the Media Research Center", "the Cato Institute", "the
 * Kestrel Foundation". Not "League": CoNLL reads a sports league ("the American League") as a thing.
 */
const INSTITUTION_HEADS = new Set([
  'center', 'centre', 'institute', 'institution', 'foundation', 'council', 'committee', 'commission', 'association', 'federation', 'society',
  'academy', 'agency', 'bureau', 'coalition', 'alliance', 'fund', 'trust', 'university', 'college',
]);

/**
 * "the Media Research Center's Dan Gainor", "the Media Integrity Center's": two capitalized
 * words or more after "the", ending in a word for an institution, are that institution's name,
 * which the tagger can leave unread, or read in part or as a thing's name, before a possessive
 * and a person's name. Added where no name stands among the words; else the one organization's
 * or thing's name that opens them becomes the whole name ("the Kennedy Center", read as a
 * place, and two names, "the U.S. Senate Intelligence Committee", stay as read). Not in a
 * headline set in title case, where every word is capitalized.
 */
function institutionsAfterThe(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  const { tokens, text } = doc;
  let titleCase: boolean | undefined;
  let i = first;
  for (let k = s.tokenStart; k < s.tokenEnd - 2; k++) {
    // Most tokens are no "the": one comparison of the first letter spares the others.
    if ((tokens[k].text.charCodeAt(0) | 32) !== 116 || (tokens[k].text !== 'the' && tokens[k].text !== 'The')) continue;
    let e = k + 1;
    while (e < s.tokenEnd && isCapitalizedWord(tokens[e]) && tokens[e].start === tokens[e - 1].end + 1 && !(e > k + 1 && POSSESSIVE.test(tokens[e - 1].text))) e++;
    if (e - k < 3 || !INSTITUTION_HEADS.has(lowerCase(withoutPossessive(tokens[e - 1].text)))) continue;
    titleCase ??= isTitleCase(tokens, s);
    if (titleCase) return;
    const start = tokens[k + 1].start;
    const end = tokens[e - 1].start + withoutPossessive(tokens[e - 1].text).length;
    const name: NameMention = { start, end, text: text.slice(start, end), type: 'ORG' };
    k = e - 1;
    while (i < out.length && out[i].end <= start) i++;
    if (i >= out.length || out[i].start >= end) {
      insertUnlessOverlapping(out, first, name);
      continue;
    }
    const read = out[i];
    const alone = i + 1 >= out.length || out[i + 1].start >= end;
    if (alone && read.start === start && read.end <= end && (read.type === 'ORG' || read.type === 'MISC')) out[i] = name;
  }
}

/** Compass words that open a body's name: "West Oxfordshire District Council", "North Yorkshire Police". */
const COMPASS_WORDS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central']);

/**
 * "approved by West Oxfordshire District Council": a compass word right before an organization's
 * name, outside every name, is the name's first word, which the tagger left off. Not before a
 * place's: "Northern Iraq" is a part of the country, and CoNLL reads the country alone. And the
 * word opening a place's own name that the tagger left off ("Lower Saxony").
 */
function compassWordsBefore(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  const { tokens, text } = doc;
  let t = s.tokenStart;
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    while (t < s.tokenEnd && tokens[t].start < m.start) t++;
    if (t >= s.tokenEnd || tokens[t].start !== m.start || t <= s.tokenStart) continue;
    const before = tokens[t - 1];
    if (before.end + 1 !== m.start || (i > first && out[i - 1].end > before.start)) continue;
    if (m.type !== 'ORG') {
      // "Lower Saxony, which owns …", "Upper Austria": a word of a place's own name that the tagger left off, whatever it read the rest as.
      const whole = text.slice(before.start, m.end);
      if (PLACE_NAME_OPENERS.has(before.text) && !m.text.includes(' ') && isKnownPlace(whole)) out[i] = { start: before.start, end: m.end, text: whole, type: 'LOC' };
      continue;
    }
    if (!COMPASS_WORDS.has(before.text)) continue;
    out[i] = { ...m, start: before.start, text: text.slice(before.start, m.end) };
  }
}

/** Words opening places' names that news writes in lower case elsewhere: "Lower Saxony", "Upper Austria", "Greater Manchester". */
const PLACE_NAME_OPENERS = new Set(['Lower', 'Upper', 'Greater', 'Inner', 'Outer', 'Little', 'Great']);

/**
 * "Cristiano Ronaldo scored": a given name right before a person's name without a title,
 * outside every name, is its first word, which the tagger left off; not a word opening the
 * sentence that news mostly writes in lower case ("Will Trump win?"). A given name the lists
 * lack counts where news text never held the word (isUncountedName).
 */
function givenNamesBefore(doc: AnalyzedText, s: Sentence, first: number, caseClasses: ReadonlyMap<string, number>, out: NameMention[]): void {
  const { tokens, text } = doc;
  let t = s.tokenStart;
  // "Casually Conflates Ted Cruz": a headline in title case capitalizes every word (worked out at the first candidate).
  let titleCase: boolean | undefined;
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'PER' || m.title !== undefined) continue;
    while (t < s.tokenEnd && tokens[t].start < m.start) t++;
    if (t >= s.tokenEnd || tokens[t].start !== m.start || t <= s.tokenStart) continue;
    const before = tokens[t - 1];
    if (before.end + 1 !== m.start || !/^\p{Lu}\p{Ll}+$/u.test(before.text) || (i > first && out[i - 1].end > before.start)) continue;
    if (genderOfGivenName(before.text) === null && (!isUncountedName(before.text, caseClasses) || (titleCase ??= isTitleCase(tokens, s)))) continue;
    if (isMostlyLowerCase(before.text, caseClasses) || isTitle(before)) continue;
    out[i] = { start: before.start, end: m.end, text: text.slice(before.start, m.end), type: 'PER' };
  }
}

/**
 * "E. Jean Carroll", "W. Kamau Bell": an initial right before a person's name of two words, which
 * the tagger left out. Not after a capitalized word that may be named with a letter ("Plan B.",
 * "Hepatitis C."), unless it opens the sentence or is a person's title or role ("Writer E. Jean Carroll").
 */
function initialsBefore(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  const { tokens, text } = doc;
  let t = s.tokenStart;
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'PER' || !m.text.includes(' ')) continue;
    while (t < s.tokenEnd && tokens[t].start < m.start) t++;
    if (t >= s.tokenEnd || tokens[t].start !== m.start || t - 2 < s.tokenStart) continue;
    const letter = tokens[t - 2];
    const stop = tokens[t - 1];
    if (stop.text !== '.' || stop.start !== letter.end || stop.end + 1 !== m.start || !/^\p{Lu}$/u.test(letter.text) || (i > first && out[i - 1].end > letter.start)) continue;
    const before = t - 3 >= s.tokenStart ? tokens[t - 3] : undefined;
    if (before && isCapitalizedWord(before) && t - 3 !== s.tokenStart && !isTitle(before) && !isPersonRole(before.text)) continue;
    out[i] = { ...m, start: letter.start, text: text.slice(letter.start, m.end) };
  }
}

/**
 * "Son Heung-min scored", "Tottenham Hotspur's Son Heung-min": a Korean surname, then a given
 * name of two syllables joined by a hyphen, is a person's name however the tagger read it (the
 * surname a word news writes in lower case, "son", or nothing read at all). The name replaces
 * the given name read alone; it is added where no name covers its words.
 */
function koreanNames(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  const { tokens, text } = doc;
  for (let k = s.tokenStart; k + 3 < s.tokenEnd; k++) {
    // (The hyphen first: asked of every token, it turns nearly all away before the look-up.)
    if (tokens[k + 2].text !== '-' || !KOREAN_SURNAMES.has(tokens[k].text)) continue;
    const given = tokens[k + 1];
    const hyphen = tokens[k + 2];
    if (given.start !== tokens[k].end + 1 || !/^\p{Lu}\p{Ll}{1,4}$/u.test(given.text) || hyphen.text !== '-' || hyphen.start !== given.end || tokens[k + 3].start !== hyphen.end || !isKoreanSyllable(tokens, k + 3)) continue;
    const start = tokens[k].start;
    const end = tokens[k + 3].end;
    // A loop, not findIndex with a closure: a closure over this block's constants made V8 allocate their context on every token.
    let inside = -1;
    for (let i = first; i < out.length; i++) {
      if (out[i].start < end && out[i].end > start) {
        inside = i;
        break;
      }
    }
    // "Heung-min" read alone: the surname before it opens the name.
    if (inside >= 0 && out[inside].type === 'PER' && out[inside].start === given.start && out[inside].end === end) {
      out[inside] = { ...out[inside], start, text: text.slice(start, end) };
      continue;
    }
    if (inside < 0) insertUnlessOverlapping(out, first, { start, end, text: text.slice(start, end), type: 'PER' });
  }
}

/**
 * "Arne Slot insisted …": two words read as an organization's name, the first a given name (in
 * the lists, or one news text never held: isUncountedName), the second a capitalised word of
 * no organization, right before a verb of speech in lower case, are a person, whose surname
 * happens to be a word ("Slot"). A firm's name of a word and a name ("Goldman Sachs") opens
 * with a word news text holds.
 */
function peopleReadAsBodies(doc: AnalyzedText, s: Sentence, first: number, caseClasses: ReadonlyMap<string, number>, out: NameMention[]): void {
  const { tokens } = doc;
  let t = s.tokenStart;
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'ORG' || m.title !== undefined) continue;
    while (t < s.tokenEnd && tokens[t].start < m.start) t++;
    // "Justice Sonia Sotomayor": the tagger read a title and a given name as a body's name (the
    // surname in it or left out); a person's title, a given name, then a capitalized word of no body, are the person.
    const titled = titledPersonReadAsBody(doc, m, t, s.tokenEnd, caseClasses);
    if (titled) {
      out[i] = titled;
      continue;
    }
    const given = tokens[t];
    const surname = tokens[t + 1];
    // "The Greens leader, Larissa Waters, said": a name set off by commas before the verb speaks as much as one right before it.
    const setOff = t > s.tokenStart && tokens[t - 1].text === ',' && tokens[t + 2]?.text === ',';
    const verb = tokens[setOff ? t + 3 : t + 2];
    if (given === undefined || surname === undefined || verb === undefined || given.start !== m.start || surname.end !== m.end || (setOff ? t + 3 : t + 2) >= s.tokenEnd) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(given.text) || !/^\p{Lu}\p{Ll}+$/u.test(surname.text) || ORGANIZATION_WORDS.has(lowerCase(surname.text))) continue;
    // "Unison Scotland said", "Oxfam Ireland warned": a body's branch in a country or a nation ends in its name; no one's surname is a country's.
    if (namesCountryOrRegion(surname.text)) continue;
    if (verb.kind !== 'word' || !/^\p{Ll}/u.test(verb.text) || !isSpeechVerb(verb.text)) continue;
    if (genderOfGivenName(given.text) === null && !isUncountedName(given.text, caseClasses)) continue;
    out[i] = { ...m, type: 'PER' };
  }
}

/** The organization `m`, from token t, as the person a title, a given name and a surname name, else null. */
function titledPersonReadAsBody(doc: AnalyzedText, m: NameMention, t: number, sentenceEnd: number, caseClasses: ReadonlyMap<string, number>): NameMention | null {
  const { tokens } = doc;
  const [title, given, surname] = [tokens[t], tokens[t + 1], tokens[t + 2]];
  if (title === undefined || given === undefined || surname === undefined || t + 2 >= sentenceEnd || title.start !== m.start || (given.end !== m.end && surname.end !== m.end)) return null;
  if (!isTitle(title) || !/^\p{Lu}\p{Ll}+$/u.test(given.text) || !/^\p{Lu}\p{Ll}+$/u.test(surname.text)) return null;
  const givenLower = lowerCase(given.text);
  const isGiven = genderOfGivenName(given.text) !== null || COMMON_FIRST_NAMES.has(givenLower) || isUncountedName(given.text, caseClasses) || caseClasses.get(givenLower) === 4;
  if (!isGiven || ORGANIZATION_WORDS.has(givenLower) || isKnownPlace(given.text) || ORGANIZATION_WORDS.has(lowerCase(surname.text))) return null;
  const end = surname.start + withoutPossessive(surname.text).length;
  return { start: given.start, end, text: doc.text.slice(given.start, end), type: 'PER', title: title.text };
}

/**
 * A capitalized word the trainer's news text never held (caseClasses.ts: not counted), no role
 * ("Fullback Tom Reed"), no place the gazetteer knows and no word of organizations' names: before a person's name, a given name
 * the lists lack ("Cristiano Ronaldo", "Bukayo Saka"), not a word of English.
 */
function isUncountedName(word: string, caseClasses: ReadonlyMap<string, number>): boolean {
  const lower = lowerCase(word);
  return !caseClasses.has(lower) && word.length >= 3 && !ENGLISH_ENDINGS.test(lower) && !isPersonRole(word) && !isKnownPlace(word) && !ORGANIZATION_WORDS.has(lower) && !NOT_NAME_WORDS.has(lower);
}

/**
 * Endings of English words the counts missed, no given names': "Entrusting", "Vermonter",
 * "Casually", "Conflates", and the doers a report puts before a name ("Objector Sarah Lyons",
 * "Investor", "Protestor", "Lobbyist"; a given name in -ctor or -ist, "Victor", is in the lists).
 */
const ENGLISH_ENDINGS = /(?:ing|ed|ers?|ly|es|ators?|itors?|utors?|ctors?|ssors?|ists?)$/u;

/**
 * "US sanctions", "exports to the US": the tagger, trained on Reuters copy that writes "U.S.",
 * often leaves these out; in a sentence not set in capitals (a headline's "LET US") they are
 * the country.
 */
function countryInitials(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  const { tokens, text } = doc;
  let lowerSeen = false;
  for (let k = s.tokenStart; k < s.tokenEnd && !lowerSeen; k++) lowerSeen = isLowerWord(tokens[k]);
  if (!lowerSeen) return;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k];
    // Every one starts with U: other words are passed over at once.
    if (t.kind !== 'word' || t.text.charCodeAt(0) !== 85 || !COUNTRY_INITIALS.has(withoutPossessive(t.text))) continue;
    const end = t.start + withoutPossessive(t.text).length;
    insertUnlessOverlapping(out, first, { start: t.start, end, text: text.slice(t.start, end), type: 'LOC' });
  }
}

/**
 * Broadcasters' names of two words the tagger may cut ("an interview with Fox News" gave "News"):
 * read whole here; kept out of OUTLETS_BY_NAME, whose names are also what "the magazine" may mean.
 */
const BROADCASTERS = ['Fox News', 'Fox Business', 'Sky News', 'NBC News', 'CBS News', 'ABC News', 'BBC News', 'ITV News', 'Al Jazeera', 'France 24', 'Deutsche Welle'];

/** Known outlets' names by their first word: the words of each (OUTLETS_BY_NAME and BROADCASTERS, "The" left off). */
const OUTLETS_BY_FIRST_WORD: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = (() => {
  const map = new Map<string, string[][]>();
  for (const name of [...OUTLETS_BY_NAME, ...BROADCASTERS]) {
    const words = name.replace(/^The /u, '').split(' ');
    const list = map.get(words[0]) ?? [];
    list.push(words);
    map.set(words[0], list);
  }
  return map;
})();

/**
 * "Rolling Stone gave the album three stars", "she told Variety": an outlet news names by
 * common words, which the tagger can leave unread, is an organization where its words are all
 * the capitalized words there (not "Billboard Hot 100"). A one-word name opening a sentence
 * only before a verb of saying ("Variety reported"); a name read otherwise is left as read.
 */
function knownOutlets(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  const { tokens, text } = doc;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    // Every outlet's first word opens with a capital A-Z: most words are let go before the look-up.
    const initial = tokens[k].text.charCodeAt(0);
    const candidates = initial >= 65 && initial <= 90 && tokens[k].kind === 'word' ? OUTLETS_BY_FIRST_WORD.get(tokens[k].text) : undefined;
    if (!candidates || (k > s.tokenStart && isCapitalizedWord(tokens[k - 1]))) continue;
    for (const words of candidates) {
      const end = k + words.length;
      if (end > s.tokenEnd || !spelledAt(tokens, k, words)) continue;
      if (end < s.tokenEnd && isCapitalizedWord(tokens[end]) && !POSSESSIVE.test(tokens[end - 1].text)) continue;
      if (words.length === 1 && opensSentence(tokens, k, s.tokenStart) && !(end < s.tokenEnd && isSpeechVerb(tokens[end].text))) continue;
      const at = k > s.tokenStart && tokens[k - 1].text === 'The' ? tokens[k - 1].start : tokens[k].start;
      const stop = tokens[end - 1].start + withoutPossessive(tokens[end - 1].text).length;
      // "with Fox News": a piece the tagger cut from an outlet's name of several words ("News") gives way to the whole;
      // a reading of the whole name stays ("the Atlantic" may be the ocean).
      const outlet: NameMention = { start: at, end: stop, text: text.slice(at, stop), type: 'ORG' };
      if (words.length > 1) replaceMentionsInside(out, first, outlet);
      else insertUnlessOverlapping(out, first, outlet);
    }
  }
}

/**
 * Whether the tokens from `k` on are `words`, each maybe with a possessive ending. A loop, not
 * a closure: one capturing the token index made V8 allocate a context for every token of
 * every sentence (3.5 MB per run over the PolNeAR dev articles).
 */
function spelledAt(tokens: readonly Token[], k: number, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const t = tokens[k + i].text;
    if (t !== words[i] && withoutPossessive(t) !== words[i]) return false;
  }
  return true;
}

/**
 * Whether a mention of out[first..] overlaps [start, end). A loop rather than a closure passed to
 * `some`: the rules asking it run over every token, and a closure capturing the token's offsets
 * makes V8 allocate a scope for them at every turn of the loop, asked or not (8 MB per run over
 * the PolNeAR dev articles).
 */
function overlapsFrom(out: readonly NameMention[], first: number, start: number, end: number): boolean {
  for (let i = first; i < out.length; i++) if (out[i].start < end && out[i].end > start) return true;
  return false;
}

/** Puts `mention` among this sentence's mentions (from `first` on, in text order) unless it overlaps one of them. */
function insertUnlessOverlapping(out: NameMention[], first: number, mention: NameMention): void {
  let at = out.length;
  while (at > first && out[at - 1].start >= mention.start) at--;
  if (at > first && out[at - 1].end > mention.start) return;
  if (at < out.length && out[at].start < mention.end) return;
  out.splice(at, 0, mention);
}

/** Last words of places' names ("Myrtle Beach", "Lawrence Hill", "Knowle West" aside). */
const PLACE_NAME_ENDINGS = new Set([
  'beach', 'hill', 'hills', 'park', 'heights', 'springs', 'falls', 'bay', 'valley', 'point', 'harbor', 'harbour', 'woods', 'village', 'green',
  'vale', 'island', 'county', 'city', 'town', 'common', 'cross', 'creek', 'lake', 'junction', 'estate',
]);

/** A preposition of place right before a list of places ("in", "including", "near"). */
const BEFORE_PLACES = /(?:^|[\s(])(?:in|at|near|from|to|including|across|around|outside|between|of)\s+$/u;

/** One word ending as English towns do ("Halewood", "Ashington", "Chatsworth", "Sandbach"): after other places, a town. */
const TOWN_ENDING = /^\p{Lu}\p{Ll}{2,}(?:wood|ton|ham|ford|field|bury|borough|worth|mouth|chester|caster|cester|burgh|stead|wick|minster|combe|hurst|bridge|well|church|bach|by|pool)$/u;

/**
 * "in Southmead and Lawrence Hill", "including Charleston and Myrtle Beach": a name read as a
 * person's that ends a list of places after a preposition of place is a place too, when it
 * ends in a place's word, or is one word ending as towns do, no given name ("at Solihull and
 * Halewood"; "in Syria and Assad" stays a person); a name read as either that ends in a street's
 * word ("West Third Street and Broadway") is a street.
 */
function placesInLists(text: string, first: number, out: NameMention[]): void {
  for (let i = first + 1; i < out.length; i++) {
    const m = out[i];
    const before = out[i - 1];
    if ((m.type !== 'PER' && m.type !== 'ORG') || m.title || before.type !== 'LOC') continue;
    if (m.start - before.end > 6) continue;
    const between = text.slice(before.end, m.start);
    if (between !== ' and ' && between !== ', ' && between !== ', and ' && between !== ' or ') continue;
    // Back over the list to its preposition.
    let j = i - 1;
    while (j > first && j > i - 8 && out[j - 1].type === 'LOC' && out[j].start - out[j - 1].end === 2 && text.startsWith(', ', out[j - 1].end)) j--;
    if (!BEFORE_PLACES.test(text.slice(Math.max(0, out[j].start - 12), out[j].start))) continue;
    const words = m.text.split(' ');
    const last = lowerCase(words[words.length - 1]);
    // A street's word ends a street in the list, whatever the tagger read ("the intersection of West Third Street and Broadway").
    if (!STREET_HEADS.has(last) && (m.type === 'ORG' || (words.length < 2 ? !TOWN_ENDING.test(m.text) || genderOfGivenName(m.text) !== null : !PLACE_NAME_ENDINGS.has(last)))) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: 'LOC' };
  }
}

/** Words an acronym leaves out: "Nigerian National Petroleum Company Limited (NNPC)". */
const ACRONYM_SILENT = new Set(['limited', 'ltd', 'inc', 'corp', 'plc', 'llc', 'co']);

/**
 * Lower-case words for a place's government and its arms: after a known place's name ("the
 * Delhi government", "Tehran authorities", "the Leeds council") the name is the place's, as
 * CoNLL reads it, not an organization's. Not "officials" or "side": a club's too ("Chelsea officials").
 */
const PLACE_BODY_NOUNS = new Set(['government', 'administration', 'authorities', 'police', 'council', 'municipality']);

/** The name of tokens [a, b), read as an organization or a thing, is a sizeable place's, right before a lower-case word for its government (PLACE_BODY_NOUNS). */
function isPlaceBeforeItsBody(tokens: Token[], a: number, b: number, text: string): boolean {
  const body = tokens[b];
  if (body === undefined || body.start !== tokens[b - 1].end + 1 || !isLowerWord(body) || !PLACE_BODY_NOUNS.has(body.text)) return false;
  return !POSSESSIVE.test(tokens[b - 1].text) && isSizeablePlace(text.slice(tokens[a].start, tokens[b - 1].end));
}


/** Words of a local body that open an office's title in US and British local copy ("County Prosecutor", "City Manager", "Borough Commander"). */
const LOCAL_BODIES = new Set(['County', 'City', 'Town', 'Village', 'Township', 'Borough', 'Parish', 'District', 'Municipal']);

/**
 * For a span opening at `a` with a local body's word and an office written as a title
 * ("County Prosecutor", "City Council President", "County Executive"), where the office
 * ends; else -1. The office is a role noun or a title word, capitalized, right after.
 */
const LOCAL_BODY_NOUNS = /^(?:Council|Board|Commission)$/u;

function localOfficeEnd(tokens: Token[], a: number): number {
  if (!LOCAL_BODIES.has(tokens[a].text)) return -1;
  let k = a + 1;
  // "City Council President", "County Board Chairman": the body's own noun may stand between.
  if (LOCAL_BODY_NOUNS.test(tokens[k]?.text ?? '') && isOfficeTitleWord(tokens[k + 1])) k++;
  if (!isOfficeTitleWord(tokens[k])) return -1;
  while (isOfficeTitleWord(tokens[k + 1]) && k + 1 < a + 4) k++;
  return k + 1;
}

/** "Jr.", "Sr", "III": what ends a person's name and no body's. */
const GENERATIONAL_SUFFIX = /^(?:Jr|Sr|II|III|IV)$/u;

/**
 * Where the holder's name starts in tokens [a, b) that end in a generational suffix (its full
 * stop may follow) after two or three capitalized words of a name, with an office's
 * title word right before the given name; -1 otherwise.
 */
function titledHolderWithSuffix(tokens: Token[], a: number, b: number): number {
  let last = b - 1;
  if (tokens[last].text === '.' && last > a) last--;
  if (!GENERATIONAL_SUFFIX.test(tokens[last].text)) return -1;
  for (let k = last - 2; k >= last - 3 && k > a; k--) {
    // Two words before the suffix are a given name and a surname whatever the given name; three need a given name we know.
    if (!isOfficeTitleWord(tokens[k - 1]) || (k < last - 2 && genderOfGivenName(tokens[k].text) === null)) continue;
    for (let j = k; j < last; j++) if (!isCapitalizedWord(tokens[j])) return -1;
    return k;
  }
  return -1;
}

function isOfficeTitleWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && (isPersonRole(t.text) || isTitle(t));
}

/** Offices held over a place: "Mayor of London", "Governor of Texas", "Prime Minister of India". */
const OFFICES = new Set(['mayor', 'governor', 'president', 'premier', 'minister', 'chancellor']);

/**
 * Words that open a compound title before an office ("Metro Mayor", "Lord Mayor", "Deputy
 * Mayor", "Acting Governor"): read with the office as an organization's name, or alone before
 * it ("Metro mayor Andy Burnham"), they are no organization.
 */
const OFFICE_MODIFIERS = new Set(['metro', 'lord', 'deputy', 'vice', 'acting', 'interim', 'prime', 'chief', 'first']);

/**
 * For a name of tokens [a, b) not read as a person's: -2 when it is a word opening a compound
 * title before an office written after it ("Metro" of "Metro mayor Andy Burnham"); the first
 * token of the place when it is an office of a place the gazetteer knows ("Prime Minister of
 * India"), or a mayor's ("Metro Mayor of West Yorkshire", "Mayor of Greater Manchester": West
 * Yorkshire, Greater Manchester); else -1.
 */
function officeOfPlace(tokens: Token[], a: number, b: number, text: string): number {
  const after = tokens[b];
  if (b - a === 1 && OFFICE_MODIFIERS.has(lowerCase(tokens[a].text)) && after !== undefined && after.start === tokens[a].end + 1 && OFFICES.has(lowerCase(after.text))) return -2;
  let k = a;
  while (k < b - 3 && OFFICE_MODIFIERS.has(lowerCase(tokens[k].text))) k++;
  if (!OFFICES.has(lowerCase(tokens[k].text)) || tokens[k + 1]?.text !== 'of' || k + 2 >= b) return -1;
  let place = k + 2;
  if (tokens[place].text === 'the' && place + 1 < b) place++;
  if (isKnownPlace(text.slice(tokens[place].start, tokens[b - 1].end))) return place;
  // A mayor is a town's or a region's, whatever the gazetteer knows ("Mayor of West Yorkshire"); a governor can be a bank's.
  return lowerCase(tokens[k].text) === 'mayor' && !ORGANIZATION_WORDS.has(lowerCase(tokens[b - 1].text)) ? place : -1;
}

/** Prepositions of place before a town's name: "near Chipping Norton", "outside Market Harborough"; not "from" or "at" ("a letter from Cliff Richard"). */
const TOWN_PREPOSITIONS = new Set(['in', 'near', 'outside']);

/**
 * "homes near Chipping Norton", "a farm outside Market Harborough": a name of two words read as
 * a person's, after a preposition of place, whose first word news nearly always writes in lower
 * case (caseClasses.ts) and is no given name, is a town (British towns keep such words: Chipping,
 * Market, Long, Little). "in Will Smith" stays: "Will" is a given name; so does a name in the
 * possessive ("in Cliff Richard's view").
 */
function isTownAfterPreposition(tokens: Token[], a: number, b: number, caseClasses: ReadonlyMap<string, number>): boolean {
  if (b - a !== 2 || a < 1 || !TOWN_PREPOSITIONS.has(tokens[a - 1].text) || !/^\p{Lu}\p{Ll}+$/u.test(tokens[a].text) || POSSESSIVE.test(tokens[b - 1].text)) return false;
  return caseClasses.get(lowerCase(tokens[a].text)) === 1 && genderOfGivenName(tokens[a].text) === null && !isTitle(tokens[a]);
}

/**
 * For a name of tokens [a, b) in a byline ("By Priya Sharma, Local Democracy Reporter") after
 * the comma that follows the journalist's name, and before or ending in a role written with a
 * capital (JOURNALISTS_ROLES): where the words of the desk end (b, or b - 1 when the name ran
 * into the role); else -1.
 */
function bylineDeskEnd(tokens: Token[], a: number, b: number, s: Sentence): number {
  if (a < s.tokenStart + 3 || tokens[a - 1].text !== ',') return -1;
  let k = s.tokenStart;
  while (k < a && tokens[k].kind === 'punct') k++;
  if (tokens[k].text !== 'By' || !isCapitalizedWord(tokens[k + 1])) return -1;
  for (let j = k + 1; j < a - 1; j++) if (!isCapitalizedWord(tokens[j]) && tokens[j].text !== '.') return -1;
  const isRole = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}\p{Ll}+$/u.test(t.text) && JOURNALISTS_ROLES.has(lowerCase(t.text));
  if (isRole(tokens[b - 1])) return b - 1;
  return isRole(tokens[b]) && tokens[b].start === tokens[b - 1].end + 1 ? b : -1;
}

/** Tokens [a, b) are words news mostly writes in lower case ("Local Democracy", "Home Affairs"), none an outlet's ("BBC News"). */
function isCommonWordsOnly(tokens: Token[], a: number, b: number, caseClasses: ReadonlyMap<string, number>): boolean {
  for (let k = a; k < b; k++) if (tokens[k].kind === 'word' && !isMostlyLowerCase(tokens[k].text, caseClasses)) return false;
  return true;
}

/** Roles a byline gives after a journalist's name ("Science Correspondent", "Political Editor"), never the last word of a person's name. */
const JOURNALISTS_ROLES = new Set(['correspondent', 'editor', 'reporter', 'writer', 'photographer', 'critic', 'producer', 'columnist', 'meteorologist', 'economist', 'analyst', 'strategist', 'commentator', 'contributor', 'spokesperson']);

/** Short words inside a name that its acronym leaves out ("Centre for the Study of Developing Societies (CSDS)"). */
const ACRONYM_JOINERS = new Set(['of', 'for', 'the', 'and', 'on', 'de', 'la', 'del', 'des', 'e', '&']);

/**
 * "the Bharat Rashtra Samithi (BRS)", "the Centre for the Study of Developing Societies
 * (CSDS)": a name followed by its acronym in brackets is an organization's, not a person's
 * (unless it opens with a given name: "Alexandria Ocasio-Cortez (AOC)"), and runs back over
 * the capitalized words whose initials open the acronym ("Nigerian" of NNPC), taking in any
 * name found there ("All India" of AIMIM).
 */
function namesBeforeAcronyms(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  if (out.length === first) return;
  const { tokens, text } = doc;
  // The mentions and the brackets are both in text order: one walk over each.
  let at = first;
  for (let k = s.tokenStart + 1; k + 2 < s.tokenEnd; k++) {
    if (tokens[k].text !== '(') continue;
    if (tokens[k + 2].text !== ')' || !/^\p{Lu}{2,6}$/u.test(tokens[k + 1].text)) {
      at = nameBeforeShortForm(doc, s, first, at, k, out);
      continue;
    }
    const acronym = tokens[k + 1].text;
    while (at < out.length && out[at].end < tokens[k - 1].end) at++;
    if (at >= out.length || out[at].end !== tokens[k - 1].end) continue;
    const m = out[at];
    let a = k - 1;
    while (a > s.tokenStart && tokens[a - 1].end > m.start) a--;
    let initials = '';
    for (let j = a; j < k; j++) {
      const t = tokens[j];
      if (t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !ACRONYM_SILENT.has(lowerCase(t.text).replace(/\.$/u, ''))) initials += t.text[0];
    }
    if (initials.length < 2 || !acronym.endsWith(initials)) continue;
    // The letters the name leaves unexplained, found in the words right before it.
    let need = acronym.length - initials.length;
    let start = a;
    for (let j = a - 1; need > 0 && j >= s.tokenStart && j >= a - 4 * acronym.length; j--) {
      const t = tokens[j];
      if (t.kind === 'word' && /^\p{Lu}/u.test(t.text) && t.text[0] === acronym[need - 1] && t.end + 1 >= tokens[j + 1].start) {
        need--;
        start = j;
      } else if (!(t.kind === 'word' && ACRONYM_JOINERS.has(lowerCase(t.text)) && t.text[0] !== t.text[0].toUpperCase()) && t.text !== '-') break;
    }
    if (need > 0) continue;
    if (start === a) {
      if (m.type === 'PER' && genderOfGivenName(tokens[a].text) === null && !COMMON_FIRST_NAMES.has(lowerCase(tokens[a].text))) out[at] = { start: m.start, end: m.end, text: m.text, type: 'ORG' };
      continue;
    }
    const from = tokens[start].start;
    let b = at;
    while (b > first && out[b - 1].end > from) b--;
    // "Business Unity South Africa (BUSA)": words before a place that its acronym takes in make a body's name, unless the whole is a place.
    const whole = text.slice(from, m.end);
    out.splice(b, at - b + 1, { start: from, end: m.end, text: whole, type: m.type === 'LOC' && isKnownPlace(whole) ? 'LOC' : 'ORG' });
    at = b;
  }
}

/**
 * "the Africa Centres for Disease Control and Prevention (Africa CDC)": a short form in
 * brackets that is not all capitals (a place's word and an acronym, or one word such as
 * "(Fiesp)") still names the organization before it when its letters, in order, are initials
 * of the capitalized words there (the first the first word's): those words, which the tagger
 * can read as a place and an organization, are one organization, and so is the short form.
 * Returns where the walk over the sentence's mentions stands.
 */
function nameBeforeShortForm(doc: AnalyzedText, s: Sentence, first: number, at: number, k: number, out: NameMention[]): number {
  const { tokens, text } = doc;
  let close = k + 1;
  while (close < s.tokenEnd && close <= k + 4 && tokens[close].text !== ')') close++;
  if (close >= s.tokenEnd || tokens[close].text !== ')' || close === k + 1) return at;
  let letters = '';
  for (let j = k + 1; j < close; j++) {
    const w = tokens[j].text;
    if (tokens[j].kind !== 'word' || !/^\p{Lu}/u.test(w)) return at;
    // A word before an acronym gives its initial ("Africa CDC"); one word alone, all its letters ("Fiesp").
    if (/^\p{Lu}{2,6}$/u.test(w) && j === close - 1) letters += w;
    else if (close - k === 2 && /^\p{Lu}\p{Ll}{2,6}$/u.test(w)) letters += w.toUpperCase();
    else if (j < close - 1 && /^\p{Lu}\p{Ll}+$/u.test(w)) letters += w[0];
    else return at;
  }
  if (letters.length < 3) return at;
  while (at < out.length && out[at].end < tokens[k - 1].end) at++;
  if (at >= out.length || out[at].end !== tokens[k - 1].end || out[at].type === 'PER') return at;
  // Back over capitalized words and short joining words until their initials hold the letters in order.
  let start = -1;
  let initials = '';
  for (let j = k - 1; j >= s.tokenStart && j >= k - 12; j--) {
    const t = tokens[j];
    if (t.kind !== 'word') break;
    if (ACRONYM_JOINERS.has(t.text)) continue;
    if (!/^\p{Lu}/u.test(t.text) || POSSESSIVE.test(t.text)) break;
    initials = t.text[0] + initials;
    if (t.text[0] === letters[0] && holdsInOrder(initials, letters)) {
      start = j;
      break;
    }
  }
  if (start < 0) return at;
  const from = tokens[start].start;
  let b = at;
  while (b > first && out[b - 1].end > from) b--;
  // Already one name (namesWithFor made it whole): only its short form is left to read.
  if (b !== at || out[at].start !== from) {
    const end = out[at].end;
    out.splice(b, at - b + 1, { start: from, end, text: text.slice(from, end), type: 'ORG' });
    at = b;
  } else if (out[at].type !== 'ORG') return at;
  // The short form in the brackets is the organization's too.
  const shortStart = tokens[k + 1].start;
  for (let j = at + 1; j < out.length && out[j].start < tokens[close].start; j++) {
    if (out[j].start === shortStart && out[j].end === tokens[close - 1].end && out[j].type !== 'ORG') out[j] = { start: out[j].start, end: out[j].end, text: out[j].text, type: 'ORG' };
  }
  return at;
}

/** Whether `letters` are found in `initials` in order, the first at the start. */
function holdsInOrder(initials: string, letters: string): boolean {
  let i = 0;
  for (const c of initials) if (i < letters.length && c === letters[i]) i++;
  return i === letters.length;
}

/**
 * "Women in Power", “This Week,”, "Girls, Girls, Girls": a word news mostly writes in lower
 * case, standing alone in a quoted title (two words or more, each capitalized but for short
 * joining words like "in" and "the", the marks at most eight words away), is a word of the
 * title, no name.
 */
function isWordOfQuotedTitle(tokens: Token[], a: number, s: Sentence, caseClasses: ReadonlyMap<string, number>): boolean {
  // An opening mark among the tokens read before the word first: most words have none, and are let go before their case is looked up.
  let marked = false;
  for (let k = a - 1; k >= s.tokenStart && k >= a - 12 && !marked; k--) marked = OPENING_MARKS.has(tokens[k].text);
  if (!marked || !isMostlyLowerCase(tokens[a].text, caseClasses)) return false;
  let words = 1;
  let open = -1;
  for (let k = a - 1; k >= s.tokenStart && k >= a - 12; k--) {
    const t = tokens[k];
    if (t.kind === 'word') {
      if (!isTitleWord(t)) return false;
      words++;
    } else if (OPENING_MARKS.has(t.text) && k + 1 < tokens.length && tokens[k + 1].start === t.end) {
      open = k;
      break;
    } else if (t.text !== ',') return false;
  }
  if (open < 0) return false;
  for (let k = a + 1; k < s.tokenEnd && k <= a + 12; k++) {
    const t = tokens[k];
    if (t.kind === 'word') {
      if (!isTitleWord(t)) return false;
      words++;
    } else if (CLOSING_MARKS.has(t.text) && t.start === tokens[k - 1].end) return words >= 2;
    else if (t.text !== ',' && t.text !== '.') return false;
  }
  return false;
}

/**
 * "No Child Left Behind", "Right to Rise", "Face the Nation": a word news nearly always
 * writes in lower case, alone, after a capitalized word (and at most two short joining
 * words) that no name of ours holds, is the last word of a longer name, not a name of its
 * own. "The Nation" keeps its article's reading.
 */
function endsLongerName(tokens: Token[], a: number, s: Sentence, caseClasses: ReadonlyMap<string, number>, found: readonly NameMention[]): boolean {
  let k = a - 1;
  while (k >= s.tokenStart && k >= a - 2 && tokens[k].text.length <= 4 && NAME_JOINERS.has(tokens[k].text)) k--;
  if (k < s.tokenStart || !isCapitalizedWord(tokens[k]) || tokens[k].text === 'The' || tokens[k].text === 'A' || tokens[k].text === 'An') return false;
  if (tokens[k].end + 1 !== tokens[k + 1].start) return false;
  // "While Will acknowledges …": a capital opening the sentence says nothing of a name.
  let j = k - 1;
  while (j >= s.tokenStart && tokens[j].kind === 'punct') j--;
  if (j < s.tokenStart) return false;
  // "Nazi Germany and the Allies", "New York at Purchase": a name of its own before it.
  const last = found.length > 0 ? found[found.length - 1] : undefined;
  if (last !== undefined && last.start <= tokens[k].start && last.end >= tokens[k].end - 2) return false;
  return caseClasses.get(lowerCase(tokens[a].text)) === 1;
}

/** Short words inside a longer name ("Right to Rise", "Face the Nation"); not "and", which joins two names as often. */
const NAME_JOINERS = new Set(['a', 'an', 'the', 'in', 'of', 'on', 'at', 'to', 'for', 'with']);

const OPENING_MARKS = new Set(['"', '“']);
const CLOSING_MARKS = new Set(['"', '”']);

/** A capitalized word, or a short word that joins a title's words ("in", "the", "of"). */
function isTitleWord(t: Token): boolean {
  return isCapitalizedWord(t) || (t.text.length <= 4 && TITLE_JOINERS.has(t.text));
}

const TITLE_JOINERS = new Set(['a', 'an', 'the', 'in', 'of', 'on', 'at', 'to', 'for', 'and', 'or', 'with', 'from', 'by', 'vs']);

/**
 * "The Des Moines Register", "USA TODAY", "Sandy Hook Elementary School": a place followed
 * by capitalized words that end in a word naming an organization opens that organization's
name, and is no place of the article (nor is a place's name read to its last word). Returns
 * the end of the name (the place's `end` when there is none): at most four words, written
 * one space apart, in the sentence; negated when words news writes in lower case come
 * before the last ("Sandy Hook Elementary School"), which a title-case headline makes no name.
 */
function organizationOpenedBy(tokens: Token[], end: number, sentenceEnd: number, caseClasses: ReadonlyMap<string, number>): number {
  // "Germany's Green Party": the organization of a place, not one named after it.
  if (POSSESSIVE.test(tokens[end - 1].text)) return end;
  let found = end;
  let commonWord = false;
  for (let k = end; k < sentenceEnd && k < end + 4; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.start !== tokens[k - 1].end + 1 || !isCapitalizedWord(t)) break;
    const word = withoutPossessive(t.text);
    if (ORGANIZATION_ENDINGS.has(word)) found = k + 1;
    else if (isMostlyLowerCase(word, caseClasses)) commonWord = true;
    // "USA TODAY's Board of Contributors": the possessive ends the name.
    if (word !== t.text) break;
  }
  return found > end && commonWord ? -found : found;
}

function isMostlyLowerCase(word: string, caseClasses: ReadonlyMap<string, number>): boolean {
  const c = caseClasses.get(lowerCase(word)) ?? 0;
  return c === 1 || c === 2;
}

/** A sentence written in title case, as the tagger's features tell it (markContexts in featureExtractor.ts): no long lower-case word, most words capitalized. */
function isTitleCase(tokens: Token[], s: Sentence): boolean {
  let words = 0;
  let capitalized = 0;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !(isAsciiLetter(t.text.charCodeAt(0)) || /\p{L}/u.test(t.text))) continue;
    words++;
    if (isCapitalizedWord(t)) capitalized++;
    else if (t.text.length >= 5) return false;
  }
  return words >= 3 && capitalized >= 0.7 * words;
}

/**
 * Last words of newspapers' names ("Des Moines Register", "Boston Globe"): a place's name
 * read to one of them is the paper. Not "Union" or "Bank" ("Soviet Union", "West Bank").
 */
const NEWSPAPER_WORDS = [
  'register', 'sentinel', 'globe', 'times', 'post', 'journal', 'tribune', 'herald', 'gazette', 'enquirer', 'inquirer', 'chronicle',
  'observer', 'examiner', 'courier', 'dispatch', 'bulletin', 'telegraph',
];
const NEWSPAPER_ENDINGS = new CaselessWordSet(NEWSPAPER_WORDS);

/**
 * Last words of organizations' names that a place opens: papers and broadcasters ("Orlando
 * Sentinel", "Russia Today"), schools, parties, courts, firms. Not "House" or "Center": the
 * tagger reads "White House" and "Kennedy Center" whole, as CoNLL does, as places.
 */
const ORGANIZATION_ENDINGS = new CaselessWordSet([
  ...NEWSPAPER_WORDS, 'today', 'sun', 'star', 'news', 'magazine', 'network',
  'school', 'university', 'college', 'academy', 'institute', 'party', 'committee', 'council', 'league', 'association', 'federation',
  'foundation', 'corporation', 'company', 'inc', 'corp', 'bank', 'club', 'church', 'court', 'commission', 'board', 'agency',
  'department', 'ministry', 'police', 'union', 'coalition', 'caucus', 'airlines', 'airways',
]);

/**
 * "Mr. King", "Mrs. Bishop": a capitalised word after an honorific is a surname wherever the
 * tagger left it unlabelled (a word that is also a title, or one it has never seen). Added
 * to the sentence's mentions (those from `first` in `out`) in text order; an office after
 * the honorific ("Mr. Speaker", "Madam President") is no name.
 */
function namesAfterHonorifics(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  const { tokens, text } = doc;
  for (let k = s.tokenStart; k < s.tokenEnd - 1; k++) {
    const t = tokens[k];
    // Every honorific starts with d or m: other words are passed over without lower-casing.
    const c = t.text.charCodeAt(0) | 32;
    if (t.kind !== 'word' || t.text.length > 6 || (c !== 100 && c !== 109) || !HONORIFICS.has(lowerCase(t.text))) continue;
    const n = tokens[k + 1].text === '.' && tokens[k + 1].start === t.end ? k + 2 : k + 1;
    if (n >= s.tokenEnd) continue;
    // "Mr. le Carré", "Ms. von der Leyen": a surname's particles in lower case open it.
    let w = n;
    while (w < s.tokenEnd - 1 && w < n + 2 && SURNAME_PARTICLES.has(tokens[w].text)) w++;
    const word = tokens[w];
    if (!isCapitalizedWord(word) || (isTitle(word) && !isSurnameAfterHonorific(tokens, w))) continue;
    const end = word.start + withoutPossessive(word.text).length;
    const name: NameMention = { start: tokens[n].start, end, text: text.slice(tokens[n].start, end), type: 'PER', title: text.slice(t.start, tokens[n - 1].end) };
    // The tagger reads "le Carré" as an organization's "Carré", "von der Leyen" as "Leyen": the surname replaces that reading.
    if (w > n) replaceMentionsInside(out, first, name);
    else insertUnlessOverlapping(out, first, name);
  }
}

/**
 * A sentence's spans of labels and one span's refined parts, reused from sentence to
 * sentence (sentenceMentions does not nest, and is called for every sentence of a text).
 */
const SENTENCE_SPANS = new SpanList();
const SPAN_PARTS = new SpanList();

/**
 * Mention boundaries as EVAL.md wants them: no punctuation at either edge, no title
 * before a person, no "-based" after a place ("Hong Kong-based" → Hong Kong, a place even
 * where the tagger read the compound as MISC), and two organizations joined by "and"
 * kept apart when the first ends in an organization word ("… Morning Post and Peking
 * University"). The parts, none empty, are appended to `out`.
 */
function refineSpan(tokens: Token[], first: number, end: number, type: NameType, out: SpanList, caseClasses: ReadonlyMap<string, number>): void {
  // No name runs across a comma, a bracket or a quotation mark ("Northam; Kaine",
  // "Scott (D-Va.)"): split there and refine each piece.
  for (let k = first; k < end; k++) {
    // A hyphen with spaces around it is a dash: "Deborah Jordan Reynolds - Santilli's girlfriend".
    if (tokens[k].kind === 'punct' && (SPLITTERS.has(tokens[k].text) || (tokens[k].text === '-' && k > first && tokens[k - 1].end < tokens[k].start && tokens[k + 1]?.start > tokens[k].end))) {
      refineSpan(tokens, first, k, type, out, caseClasses);
      refineSpan(tokens, k + 1, end, type, out, caseClasses);
      return;
    }
  }
  if (end <= first) return;
  // "told the BBC the Lords should": a lower-case "the" right after an acronym opens another name ("Meet the Press", "Rock the Vote" are one).
  for (let k = first + 1; k < end - 1; k++) {
    if (tokens[k].text === 'the' && /^\p{Lu}{2,}$/u.test(tokens[k - 1].text) && isCapitalizedWord(tokens[k + 1])) {
      refineSpan(tokens, first, k, type, out, caseClasses);
      refineSpan(tokens, k + 1, end, type, out, caseClasses);
      return;
    }
  }
  let a = first;
  let b = end;
  // A party and state affiliation, "D-Va." in "Scott (D-Va.)": the state alone, a place.
  if (b - a >= 3 && /^[DRI]$/.test(tokens[a].text) && tokens[a + 1].text === '-' && tokens[a + 1].start === tokens[a].end) {
    a += 2;
    const rest = spanText(tokens, a, b);
    if (!isKnownPlace(rest) && !isKnownPlace(`${rest}.`)) return;
    type = 'LOC';
  }
  while (b - a > 1 && tokens[a].kind === 'punct') a++;
  while (b - a > 1 && tokens[b - 1].kind === 'punct' && tokens[b - 1].text !== '.') b--;
  // "Brazil's Supreme Court orders Bolsonaro to stand trial": a verb of the present in lower case between capitalized words (not a
  // joining word or a particle: "Bank of America", "Médecins sans Frontières", "Partido dos Trabalhadores") is no word of a name.
  if (type !== 'PER') {
    for (let k = a + 1; k < b - 1; k++) {
      if (isPresentVerbInName(tokens, k)) {
        refineSpan(tokens, a, k, type, out, caseClasses);
        refineSpan(tokens, k + 1, b, type, out, caseClasses);
        return;
      }
    }
  }
  // "Apple unveils iPhone 17": a word in lower case ends no name (the tagger ran a headline's verb into it).
  while (b - a > 1 && tokens[b - 1].kind === 'word' && /^\p{Ll}+$/u.test(tokens[b - 1].text) && tokens[b - 2].kind === 'word' && isCapitalizedWord(tokens[b - 2])) b--;
  // A full stop stays only where it belongs to the word ("Corp.", "J."), not a sentence's
  // end ("Bill Gates.").
  while (b - a > 1 && tokens[b - 1].text === '.' && !(tokens[b - 2].end === tokens[b - 1].start && keepsFullStop(tokens[b - 2].text))) b--;
  if (tokens[a].kind === 'punct' || (tokens[b - 1].kind === 'punct' && b - a === 1)) return;
  // "SEOUL, Dec 14 (Reuters)", "on 3 Sept": a month's name or short form beside a day's number is a date, no name.
  if (b - a === 1 && isMonthBesideDay(tokens, a)) return;
  // "US District Judge Ann Donnelly", whether tagged as one span (split at the role: splitAtRole) or as a body and a person:
  // the kind of court is part of the judge's title, not a body's name; the place before it is named, as CoNLL tags it.
  if (type !== 'PER' && b - a >= 1 && COURT_KINDS.has(tokens[b - 1].text) && tokens[b] && COURT_ROLE_TITLES.has(tokens[b].text)) {
    if (a < b - 1 && isKnownPlace(spanText(tokens, a, b - 1))) out.push(a, b - 1, 'LOC');
    return;
  }
  // "said County Prosecutor Mathias Heck", "City Manager Tom Ray said": a local body's word
  // before an office is the office's, no name; the person's name, where it follows, stays.
  // "City Council Speaker Melissa Cole": the council is a body's name, kept.
  const office = localOfficeEnd(tokens, a);
  if (office > a && (type === 'PER' || type === 'ORG' || type === 'LOC')) {
    if (LOCAL_BODY_NOUNS.test(tokens[a + 1].text)) out.push(a, a + 2, 'ORG');
    if (office >= b) return;
    if (b - office >= 2 && isRunOfCapitalizedWords(tokens, office, b) && !hasOrganizationWord(tokens, office, b)) {
      out.push(office, b, 'PER');
      return;
    }
  }
  // "on Coventry Road, Small Heath,": after a street's name and its comma, a name that opens with no given name is the district the street is in.
  if (type === 'PER' && b - a <= 3 && a >= 2 && tokens[a - 1].text === ',' && STREET_HEADS.has(lowerCase(tokens[a - 2].text)) && isCapitalizedWord(tokens[a - 2])
    && genderOfGivenName(tokens[a].text) === null && !COMMON_FIRST_NAMES.has(lowerCase(tokens[a].text)) && isRunOfCapitalizedWords(tokens, a, b)) type = 'LOC';
  // "The pro-business Free Democrats", "the Christian Democrats": no person's name ends in a party's members in the plural; the party's does.
  if (type === 'PER' && b - a >= 2 && PARTY_MEMBERS_PLURAL.test(tokens[b - 1].text)) type = 'ORG';
  // "A Muslim woman": an article opening a sentence is no part of a person's name
  // (an initial is written with its full stop: "A. J. Foyt").
  if (type === 'PER' && b - a > 1 && (tokens[a].text === 'A' || tokens[a].text === 'An') && tokens[a + 1].text !== '.') a++;
  // "Mayor of Greater Manchester Andy Burnham", "Minister for Justice Helen McEntee": the place the office is of, then its holder.
  const holder = officeHolderStart(tokens, a, b);
  if (holder > a) {
    if (isKnownPlace(spanText(tokens, a, holder)) || isKnownPlace(tokens[holder - 1].text)) out.push(a, holder, 'LOC');
    out.push(holder, b, 'PER');
    return;
  }
  // "Montgomery County Prosecutor Mathias Heck Jr." read as one body: a generational suffix ends a person's name, and an
  // office's word before its given name is the person's title; the words before the title name the office's place or body.
  if (type === 'ORG' || type === 'MISC') {
    const holder = titledHolderWithSuffix(tokens, a, b);
    if (holder > a) {
      const title = holder - 1;
      if (title > a) out.push(a, title, isKnownPlace(spanText(tokens, a, title)) ? 'LOC' : 'ORG');
      // The suffix's full stop stays out, as in every person's name ("Dave Yost Jr").
      out.push(holder, tokens[b - 1].text === '.' ? b - 1 : b, 'PER');
      return;
    }
  }
  // "Singer Jade Holloway", "Actress Emma Stone": an occupation written as a title before a
  // given name and a surname; the tagger may read the three words as an organization.
  if ((type === 'PER' || type === 'ORG') && isOccupationTitle(tokens[a].text, b - a) && isRunOfCapitalizedWords(tokens, a, b)
    && (genderOfGivenName(tokens[a + 1].text) !== null || (b - a === 3 && !hasOrganizationWord(tokens, a + 1, b) && !isKnownPlace(spanText(tokens, a + 1, b))))) {
    a++;
    type = 'PER';
  }
  // "Independent TD Verona Murphy", "SNP MSP Kate Forbes" read as a body from the title on: a member's title in capitals before two or three capitalized words of no body is the person's.
  if ((type === 'ORG' || type === 'PER') && b - a >= 3 && b - a <= 4 && MEMBER_TITLES.has(tokens[a].text) && isRunOfCapitalizedWords(tokens, a + 1, b) && !hasOrganizationWord(tokens, a + 1, b)) {
    a++;
    type = 'PER';
  }
  // "said Pirelli SpA chairman …", "Acme Holdings Ltd": a legal form ends a firm's name, never a person's.
  if (type === 'PER' && b - a >= 2 && /^\p{Lu}/u.test(tokens[b - 1].text) && LEGAL_FORMS.has(lowerCase(tokens[b - 1].text))) type = 'ORG';
  if (type === 'PER') {
    // "a post on X. The company added": a sentence's opening article after a full stop is no word of a name, nor is the letter before it.
    if (b - a >= 3 && /^(?:The|A|An|This|That|It|He|She|They|We|I|Yes|No)$/u.test(tokens[b - 1].text) && tokens[b - 2].text === '.') {
      b -= 2;
      if (b - a === 1 && tokens[a].text.length === 1) return;
    }
    while (b - a > 1 && (isTitle(tokens[a]) || isServiceTitle(tokens[a].text, tokens[a + 1].text)) && !isSurnameAfterHonorific(tokens, a)) a++;
    // "Democrat Hillary Clinton": the party is a description like a title, not a name's word; and
    // "Tory MP Anna Soubry": so is a title after it.
    if (b - a > 2 && PARTY_MEMBER_NOUNS.has(tokens[a].text)) {
      a++;
      while (b - a > 1 && (isTitle(tokens[a]) || isServiceTitle(tokens[a].text, tokens[a + 1].text)) && !isSurnameAfterHonorific(tokens, a)) a++;
    }
    // "Brighton's Kaoru Mitoma", "Saint-Germain's Ousmane Dembele": a place, or a name joined by hyphens, in the possessive before the two or
    // three words of a person's name (as the tagger read them) is the place or the club, then the person.
    let owner = a;
    while (owner + 2 < b && tokens[owner + 1].text === '-' && tokens[owner + 1].start === tokens[owner].end && tokens[owner + 2].start === tokens[owner + 1].end) owner += 2;
    const ownerName = withoutPossessive(spanText(tokens, a, owner + 1));
    if (b - owner >= 3 && b - owner <= 4 && POSSESSIVE.test(tokens[owner].text) && (owner > a || (genderOfGivenName(ownerName) === null && isKnownPlace(ownerName)))
      && !hasOrganizationWord(tokens, owner + 1, b) && isRunOfCapitalizedWords(tokens, owner, b)) {
      out.push(a, owner + 1, isKnownPlace(ownerName) ? 'LOC' : 'ORG');
      out.push(owner + 1, b, 'PER');
      return;
    }
    // "Fine Gael's Simon Harris", "Chelsea's Cole Palmer": a one-word owner, no given name, before a given name and a surname is
    // the person's party, club or firm; the person after it stays a person (the possessive below would have cut the name off).
    if (owner === a && b - a >= 3 && b - a <= 4 && POSSESSIVE.test(tokens[a].text) && genderOfGivenName(ownerName) === null
      && startsPersonsName(tokens, a + 1, b) && isRunOfCapitalizedWords(tokens, a, b)) {
      out.push(a, a + 1, 'ORG');
      out.push(a + 1, b, 'PER');
      return;
    }
    // "Alphabet's Google said", "Alphabet's Google and OpenAI": an owner in the possessive before a body the lexicon knows, the body
    // standing alone, is its parent body. Not "Bush's Facebook post", "Trump's Twitter account": a noun after it is the owner's thing.
    if (owner === a && b - a === 2 && POSSESSIVE.test(tokens[a].text) && genderOfGivenName(ownerName) === null && KNOWN_ORGANIZATIONS.has(lowerCase(tokens[a + 1].text))
      && (tokens[b] === undefined || tokens[b].kind !== 'word' || AFTER_OWNED_BODY.has(tokens[b].text))) {
      out.push(a, a + 1, 'ORG');
      out.push(a + 1, b, 'ORG');
      return;
    }
    // A possessive ends a person's name: "Clinton’s super PACs" is Clinton; an acronym after it
    // is what the person leads ("Cyril Ramaphosa's ANC"), and so is a body's name after a full name ("Elon Musk's Tesla").
    for (let k = a; k < b - 1; k++) {
      if (tokens[k].kind === 'word' && POSSESSIVE.test(tokens[k].text)) {
        if (k > a && ((k + 2 === b && /^\p{Lu}{2,6}$/u.test(tokens[k + 1].text)) || isOwnedBody(tokens, k + 1, b))) {
          refineSpan(tokens, first, k + 1, 'PER', out, caseClasses);
          out.push(k + 1, b, 'ORG');
          return;
        }
        b = k + 1;
        break;
      }
    }
    // "a bar in Denver's LoDo neighborhood": a sizeable place (not Obama, Japan), no given name, owning what the tagger read as a person's second word.
    if (b === a + 1 && end > b && POSSESSIVE.test(tokens[a].text) && isCapitalizedWord(tokens[b])) {
      const owner = withoutPossessive(tokens[a].text);
      if (isSizeablePlace(owner) && genderOfGivenName(owner) === null) type = 'LOC';
    }
    if (b - a === 1 && (isTitle(tokens[a]) || isAbbreviatedServiceTitle(tokens, a)) && !isSurnameAfterHonorific(tokens, a)) return;
    // "SpaceX's Starship", "OpenAI said": one word with a capital inside it (not "McConnell", "DeSantis") is a firm's name;
    // opening more words ("SpaceX Starship explodes"), the firm's, then its product's.
    // "JPMorgan Chase", "SABMiller": a word opening with initials run into a capitalized word is a firm's, never a person's name.
    if (b - a <= 3 && isInitialsRunIntoName(withoutPossessive(tokens[a].text))) type = 'ORG';
    else if (isCamelCaseName(withoutPossessive(tokens[a].text))) {
      if (b - a === 1) type = 'ORG';
      // Only a word ending in a capital ("SpaceX", "OpenAI"): "MaliVai Washington" is a person's name written so.
      else if (b - a <= 3 && /\p{Lu}$/u.test(tokens[a].text)) {
        out.push(a, a + 1, 'ORG');
        out.push(a + 1, b, 'MISC');
        return;
      }
    }
  } else if (b - a === 1 && (HONORIFICS.has(lowerCase(tokens[a].text)) || isAbbreviatedTitle(tokens, a))) return; // "Mr", "Rep." alone
  // "Dame Judi Dench", "Sir Ian McKellen": a knight's or a dame's title before a name the lists lack is no name of its own.
  else if (b - a === 1 && (tokens[a].text === 'Dame' || tokens[a].text === 'Sir') && tokens[a + 1] !== undefined && tokens[a + 1].start === tokens[a].end + 1 && /^\p{Lu}\p{Ll}/u.test(tokens[a + 1].text)) return;
  // "Justice Elena Kagan", "Chancellor Olaf Scholz": a title alone, right before a given name, is no body's name.
  else if (b - a === 1 && isTitle(tokens[a]) && tokens[a + 1] !== undefined && tokens[a + 1].start === tokens[a].end + 1 && /^\p{Lu}\p{Ll}/u.test(tokens[a + 1].text) && genderOfGivenName(tokens[a + 1].text) !== null && !isKnownPlace(tokens[a].text)) return;
  // CoNLL leaves a leading article out of names ("The New York Post" → New York Post).
  else if (b - a > 1 && lowerCase(tokens[a].text) === 'the') a++;
  // "Park Ju-gun", "Kim Min-jae" read as a thing's or a place's name: a Korean surname, then a given name of two syllables
  // joined by a hyphen, is a person's name (the second syllable may be a word too: "gun", "won").
  const korean = b - a === 4 && KOREAN_SURNAMES.has(tokens[a].text) && /^\p{Lu}\p{Ll}+$/u.test(tokens[a + 1].text) && tokens[a + 2].text === '-'
    && tokens[a + 2].start === tokens[a + 1].end && tokens[a + 3].start === tokens[a + 2].end && /^\p{Ll}{2,5}$/u.test(tokens[a + 3].text)
    // Not "Hong Kong-based": a place's name and a word made of it.
    && !COMPOUND_TAILS.has(tokens[a + 3].text) && !/(?:ed|ing)$/u.test(tokens[a + 3].text) && !isKnownPlace(`${tokens[a].text} ${tokens[a + 1].text}`);
  if (korean) type = 'PER';
  // "Lee Jae-myung", "Lai Ching-te": a person's given name written with a hyphen keeps its
  // lower-case syllable; "Clinton-backed", "Obama-era" are words made of the name, not it.
  if (b - a > 2 && tokens[b - 2].text === '-' && isLowerWord(tokens[b - 1]) && tokens[b - 2].start === tokens[b - 3].end && !(type === 'PER' && (korean || isGivenNameSyllable(tokens, b - 1, caseClasses)))) {
    b -= 2;
    if (type === 'MISC' && isKnownPlace(spanText(tokens, a, b))) type = 'LOC';
  }
  // "Hartsfield-Jackson Atlanta International Airport", "the Inter-American Development Bank": the
  // capitalized word joined by a hyphen before an organization's name is part of it; not a prefix
  // ("pro-Trump", "Sino-US"), a place ("the Mexico-U.S. border", "Wisconsin-Milwaukee") or the end
  // of a longer name ("United States-Mexico").
  if (type === 'ORG' && a >= 2 && tokens[a - 1].text === '-' && tokens[a - 1].start === tokens[a - 2].end && tokens[a].start === tokens[a - 1].end
    && /^\p{Lu}\p{Ll}+$/u.test(tokens[a - 2].text) && !NAME_PREFIXES.has(lowerCase(tokens[a - 2].text)) && !isKnownPlace(tokens[a - 2].text)
    && opensLongestName(tokens, a - 2)) {
    a -= 2;
    // "Jan-Willem de Vries": a given name opening it, then the shape of a person's name (a name, particles, a surname), is a person's double given name.
    if (genderOfGivenName(tokens[a].text) !== null && isPersonNameShape(tokens, a + 2, b)) type = 'PER';
  }
  // "Jan-Willem van Dijk", "Marie-Claire Dubois": the given name before the hyphen the tagger left out of a person's name.
  if (type === 'PER' && isGivenNameBeforeHyphen(tokens, a)) a -= 2;
  // "Moon Jae-in": the syllable the tagger left out (a lower-case word is no candidate).
  if (type === 'PER' && b + 1 < tokens.length && tokens[b].text === '-' && tokens[b].start === tokens[b - 1].end && tokens[b + 1].start === tokens[b].end) {
    // "Lee Jae-sang": after a Korean surname and a syllable, the second syllable may be an English word ("sang", "won").
    if (isGivenNameSyllable(tokens, b + 1, caseClasses) || (b - a === 2 && KOREAN_SURNAMES.has(tokens[a].text) && isKoreanSyllable(tokens, b + 1))) b += 2;
  }
  // "Berea, OH": a state's postal code after a town and a comma is the state.
  if (b - a === 1 && type !== 'PER' && US_POSTAL_CODES.has(tokens[a].text) && tokens[a - 1]?.text === ',' && tokens[a - 2] && isCapitalizedWord(tokens[a - 2])) {
    out.push(a, b, 'LOC');
    return;
  }
  // "One Labour MP said", "a Conservative MEP": the acronym of a person's role after a party's name is the person's, no part of the party's name.
  // (Two words only: after a longer name the letters may be a member's post-nominal, ranksAndHonours.ts: "Treasurer Jim Calder MP".)
  // "50 Labour MPs", "several Tory MPs": in the plural too, however the tagger read the two words (no one person is "MPs").
  const plural = /\p{Lu}s$/u.test(tokens[b - 1].text);
  if ((type !== 'PER' || plural) && b - a === 2 && ROLE_ACRONYM.test(tokens[b - 1].text) && isPersonRole(tokens[b - 1].text.replace(/(?<=\p{Lu})s$/u, ''))) {
    b--;
    if (type === 'PER') type = 'ORG';
  }
  if (type !== 'PER') {
    // "Vanderbilt University in Nashville", "Renaissance Capital in Johannesburg": a name, "in" and a known place are the
    // organization and where it is; not "the UN Mission in South Sudan" or the "Multinational Force in Iraq", named for where they serve,
    // nor "Human Rights in China", named for its cause there.
    for (let k = a + 1; k < b - 1; k++) {
      if (tokens[k].text !== 'in' || !isCapitalizedWord(tokens[k - 1]) || SERVING_IN.has(lowerCase(tokens[k - 1].text))) continue;
      // "Froedtert Health in Wauwatosa and West Allis": two known places joined by "and" after "in".
      const and = isKnownPlace(spanText(tokens, k + 1, b)) ? -1 : placesJoinedByAnd(tokens, k + 1, b);
      if (and === 0) continue;
      // "Human Rights in China", "Security and Cooperation in Europe": a cause, in words news writes in lower case, is named with its place
      // ("Froedtert Health in Wauwatosa" is a name of its own first).
      // A cause is served in a country or a region; "National Institutes of Health in Bethesda" is a body in a town.
      if (isMostlyLowerCase(tokens[k - 1].text, caseClasses) && !ORGANIZATION_WORDS.has(lowerCase(tokens[k - 1].text))
        && (isMostlyLowerCase(tokens[a].text, caseClasses) || ORGANIZATION_WORDS.has(lowerCase(tokens[a].text)))
        && (and !== -1 || !namesTownOnly(spanText(tokens, k + 1, b)))) continue;
      refineSpan(tokens, a, k, type === 'LOC' ? 'ORG' : type, out, caseClasses);
      if (and > 0) {
        out.push(k + 1, and, 'LOC');
        out.push(and + 1, b, 'LOC');
      } else out.push(k + 1, b, 'LOC');
      return;
    }
    const owned = possessiveSplit(tokens, a, b, caseClasses);
    if (owned > 0) {
      // "Reno's Washoe County": a place and its part, however the tagger read them.
      const land = PLACE_NAME_TAILS.has(lowerCase(tokens[b - 1].text)) && isKnownPlace(withoutPossessive(tokens[owned - 1].text));
      // "Carlos Slim's Ora TV": the owner is a person. "Abu Dhabi's Mubadala Investment Company": a city owning a body, the city.
      const ownerType = land || (hasOrganizationWord(tokens, owned, b) && isSizeablePlace(withoutPossessive(spanText(tokens, a, owned)))) ? 'LOC'
        : startsPersonsName(tokens, a, owned) ? 'PER' : type;
      refineSpan(tokens, a, owned, ownerType, out, caseClasses);
      const owns = land ? 'LOC' : startsPersonsName(tokens, owned, b) || readsAsPersonsName(tokens, owned, b, caseClasses) || isKoreanName(tokens, owned, b) ? 'PER' : EVENT_ENDINGS.has(lowerCase(tokens[b - 1].text)) ? 'MISC' : type;
      refineSpan(tokens, owned, b, owns, out, caseClasses);
      return;
    }
    // "ABC's Insiders", "NASA's Artemis": initials in the possessive before a title read as one thing are a body (or a
    // country: "UK's") and what it owns, a programme or a project, no body, or a person. So where the whole was read as
    // a body ("RTÉ's Morning Ireland"), unless what it owns is a body too ("the UN's Human Rights Council").
    if ((type === 'MISC' || (type === 'ORG' && !hasOrganizationWord(tokens, a + 1, b))) && b - a >= 2 && INITIALS_OWNING.test(tokens[a].text)) {
      const owner = withoutPossessive(tokens[a].text);
      refineSpan(tokens, a, a + 1, isKnownPlace(owner) ? 'LOC' : 'ORG', out, caseClasses);
      // "NBC's Hallie Jackson": a person of theirs, two words news never writes in lower case ("Morning Joe", "Squawk Box" are titles).
      const person = startsPersonsName(tokens, a + 1, b) || readsAsPersonsName(tokens, a + 1, b, caseClasses)
        || (b - a === 3 && !isMostlyLowerCase(tokens[a + 1].text, caseClasses) && !isMostlyLowerCase(tokens[a + 2].text, caseClasses));
      refineSpan(tokens, a + 1, b, person ? 'PER' : 'MISC', out, caseClasses);
      return;
    }
    const role = roleInsideName(tokens, a, b);
    if (role > 0) {
      splitAtRole(tokens, a, b, role, type, out, caseClasses);
      return;
    }
  }
  // "Villa boss Unai Emery" read as one person: the club before the role word in lower case is a body of its own.
  if (type === 'PER' && b - a >= 4) {
    const role = roleInsideName(tokens, a, b);
    if (role > 0 && isLowerWord(tokens[role])) {
      splitAtRole(tokens, a, b, role, 'ORG', out, caseClasses);
      return;
    }
  }
  // "Yonge Street and University Avenue", "the Hudson River and Lake Erie": two places' names, each ending in a place's word, joined by "and".
  if (type !== 'PER' && b - a >= 5 && STREET_WORDS.has(lowerCase(tokens[b - 1].text))) {
    for (let k = a + 2; k < b - 2; k++) {
      if (tokens[k].text === 'and' && STREET_WORDS.has(lowerCase(tokens[k - 1].text)) && isCapitalizedWord(tokens[k + 1])) {
        out.push(a, k, 'LOC');
        out.push(k + 1, b, 'LOC');
        return;
      }
    }
  }
  // "the Strait of Hormuz": a feature of the sea named after a place is a place, however the tagger read it.
  if (type !== 'PER' && b - a >= 3 && FEATURES_OF_PLACES.has(tokens[a].text) && tokens[a + 1].text === 'of') type = 'LOC';
  if (type === 'ORG') {
    for (let k = a + 1; k < b - 1; k++) {
      if (tokens[k].text === 'and' && ORGANIZATION_WORDS.has(lowerCase(tokens[k - 1].text)) && !isLowerWord(tokens[k + 1])) {
        out.push(a, k, type);
        refineSpan(tokens, k + 1, b, type, out, caseClasses);
        return;
      }
    }
  }
  out.push(a, b, type);
}

const POSSESSIVE = /\p{L}['’]s$/u;

/** Last words of a body named for the place it serves in ("Assistance Mission in Afghanistan"). */
const SERVING_IN = new Set(['mission', 'force', 'forces', 'operation', 'operations', 'command', 'delegation', 'representation']);

/**
 * "Aston Villa's Ollie Watkins", "Google's Developer Summit": a club, firm or place in the
 * possessive before a person's name or another name (its event, its product) owns it and is
 * no part of it. Returns the first token after the possessive, or -1 where the possessive
 * belongs to the name: "King's College", "People's Republic" (a word news writes in lower
 * case before it), "McDonald's Corp" (a firm's ending alone after it), "Lloyd's of London".
 */
/** Last words of a part of a land named after its owner's possessive: a place's (PLACE_HEADS) or a division's. */
const PLACE_NAME_TAILS = new Set([...PLACE_HEADS, 'region', 'province', 'state', 'county', 'delta', 'plain', 'plains', 'highlands', 'basin']);

function possessiveSplit(tokens: Token[], a: number, b: number, caseClasses: ReadonlyMap<string, number>): number {
  for (let k = a; k < b - 1; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !POSSESSIVE.test(t.text)) continue;
    const owner = withoutPossessive(t.text);
    // "Women's March", "Children's Hospital": a plural people's word in the possessive opens the name.
    if (!/^\p{Lu}/u.test(owner) || (k === a && isMostlyLowerCase(owner, caseClasses)) || /^(?:St|Saint|Ste)\.?$/u.test(tokens[a].text) || /(?:men|children|people|folk)$/iu.test(owner)) return -1;
    // "Mukesh Ambani's Reliance Industries", "Cyril Ramaphosa's ANC" read as one body: a given name and a surname in the possessive own what follows.
    if (k > a && startsPersonsName(tokens, a, k + 1)) return k + 1;
    if (!isRunOfCapitalizedWords(tokens, k, b)) return -1;
    // "Modi's BJP", "Netanyahu's Likud" aside: an acronym alone after a one-word owner is what the owner leads.
    if (k === a && b === k + 2 && /^\p{Lu}{2,6}$/u.test(tokens[k + 1].text) && !isKnownPlace(owner) && !US_POSTAL_CODES.has(tokens[k + 1].text) && !isPersonRole(tokens[k + 1].text) && !COMMON_NOUN_ACRONYMS.has(tokens[k + 1].text)) return k + 1;
    if (b - (k + 1) < 2 || ORGANIZATION_SUFFIXES.has(lowerCase(tokens[k + 1].text).replace(/\.$/u, ''))) return -1;
    // A person's name, or an event's ("Worldwide Developers Conference"), after a name of two words or more or one news never writes in lower case.
    // "Arsenal's Bukayo Saka": a one-word owner before words that read as a person's name, though no given name of ours opens it.
    if (startsPersonsName(tokens, k + 1, b) || isKoreanName(tokens, k + 1, b) || (k > a && b - (k + 1) <= 3 && !hasOrganizationWord(tokens, k + 1, b))
      || (k === a && readsAsPersonsName(tokens, k + 1, b, caseClasses) && !BUILDING_WORDS.has(lowerCase(tokens[b - 1].text)) && !PLACE_NAME_TAILS.has(lowerCase(tokens[b - 1].text)))) return k + 1;
    if (EVENT_ENDINGS.has(lowerCase(tokens[b - 1].text))) return k + 1;
    // "the European Union's Copernicus Climate Change Service": a body of two words or more owning a body of its own.
    if (k > a && b - (k + 1) >= 2 && ORGANIZATION_WORDS.has(lowerCase(tokens[b - 1].text))) return k + 1;
    // "Florida's Gulf Coast", "Ukraine's Donbas region": a known place owning a place's name (its own part).
    if (k === a && isKnownPlace(owner) && PLACE_NAME_TAILS.has(lowerCase(tokens[b - 1].text))) return k + 1;
    return -1;
  }
  return -1;
}

/**
 * Tokens a..b, after a person's full name in the possessive, name a body the person owns or runs:
 * one word the lexicon knows as a body's or shaped as a firm's ("Elon Musk's Tesla", "SpaceX"), or
 * words ending in an organization's word ("Rupert Murdoch's News Corporation"). Not any name
 * ("Judas Iscariot's Gethsemane smooch", "Dave Leip's Atlas of …").
 */
function isOwnedBody(tokens: Token[], a: number, b: number): boolean {
  if (b - a > 3 || !isRunOfCapitalizedWords(tokens, a, b)) return false;
  if (b - a === 1) return KNOWN_ORGANIZATIONS.has(lowerCase(tokens[a].text)) || isCamelCaseName(tokens[a].text);
  return hasOrganizationWord(tokens, a, b) && !startsPersonsName(tokens, a, b) && !isKnownPlace(spanText(tokens, a, b));
}

/**
 * "Erling Haaland", "Ishaan Tharoor" after a club's or a paper's possessive: two or three words
 * written in title case, none a word news writes in lower case ("City Hall", "Democracy Program"),
 * a known place, an organization's word or a place's last word ("Brown County"), read as a person's name though no given name of ours opens it.
 */
function readsAsPersonsName(tokens: Token[], a: number, b: number, caseClasses: ReadonlyMap<string, number>): boolean {
  if (b - a < 2 || b - a > 3 || hasOrganizationWord(tokens, a, b) || PLACE_NAME_ENDINGS.has(lowerCase(tokens[b - 1].text))) return false;
  for (let k = a; k < b; k++) {
    const word = tokens[k].text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || isMostlyLowerCase(word, caseClasses) || NOT_NAME_WORDS.has(lowerCase(word)) || isKnownPlace(word)) return false;
  }
  return true;
}

/** Tokens (a, b) are capitalized words, each one space after the one before (token a included in the spacing). */
function isRunOfCapitalizedWords(tokens: Token[], a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (!isCapitalizedWord(tokens[j]) || tokens[j].start !== tokens[j - 1].end + 1) return false;
  return true;
}

/** Last words of an event's name: "Worldwide Developers Conference", "Build Summit", "Prime Day". */
const EVENT_ENDINGS = new Set(['conference', 'summit', 'festival', 'expo', 'forum', 'awards', 'show', 'week', 'day', 'event', 'keynote', 'convention', 'showcase', 'games', 'cup', 'open', 'classic', 'championship', 'tournament', 'marathon', 'gala', 'tour',
  // Craft and instruments a body owns: "NASA's James Webb Space Telescope", "SpaceX's Falcon 9 rocket".
  'telescope', 'satellite', 'rover', 'probe', 'spacecraft', 'capsule', 'lander', 'orbiter']);

function hasOrganizationWord(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ORGANIZATION_WORDS.has(lowerCase(withoutPossessive(tokens[k].text)))) return true;
  return false;
}

const ORGANIZATION_SUFFIXES = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'group', 'holdings', 'company', 'corporation', 'limited']);

/**
 * Tokens [a, b) are a person's name: two or three words opening with a given name, one borne by
 * men and women alike too ("Taylor Swift's Eras Tour"), no organization's word among them.
 */
function startsPersonsName(tokens: Token[], a: number, b: number): boolean {
  if (b - a < 2 || b - a > 3) return false;
  const first = tokens[a].text;
  if (!isGivenName(first) && !COMMON_FIRST_NAMES.has(lowerCase(first))) return false;
  return !hasOrganizationWord(tokens, a, b);
}

/**
 * Tokens a..b read as a person's name after a hyphenated given name's first half: a
 * capitalized name, surname particles in lower case, and a capitalized surname ("Willem de
 * Vries", "Willem van der Berg"), at least one particle: the shape no organization's name takes.
 */
function isPersonNameShape(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a < 3 || b - a > 5 || !/^\p{Lu}\p{Ll}+$/u.test(tokens[a].text) || !/^\p{Lu}\p{Ll}+$/u.test(tokens[b - 1].text)) return false;
  for (let k = a + 1; k < b - 1; k++) if (!SURNAME_PARTICLES.has(tokens[k].text)) return false;
  return true;
}

/**
 * Tokens a-2 and a-1 are a known given name and a hyphen joined to token a ("Jan-" of
 * "Jan-Willem"), opening the name: nothing joined to the given name before it, and no
 * capitalized word but "The" right before it (not "Paris Saint-Germain", a longer name).
 */
function isGivenNameBeforeHyphen(tokens: readonly Token[], a: number): boolean {
  if (a < 2 || tokens[a - 1].text !== '-' || tokens[a - 1].start !== tokens[a - 2].end || tokens[a].start !== tokens[a - 1].end) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(tokens[a - 2].text) && genderOfGivenName(tokens[a - 2].text) !== null && opensLongestName(tokens, a - 2);
}

/** Token k opens the name it is in: no word joined to it before, and no capitalized word but "The" right before it. */
function opensLongestName(tokens: readonly Token[], k: number): boolean {
  return !(k >= 1 && (tokens[k - 1].end === tokens[k].start || (isCapitalizedWord(tokens[k - 1]) && tokens[k - 1].text !== 'The')));
}

/** Prefixes news joins to a name with a hyphen ("Anti-Trump", "Sino-US", "Pan-African"), no part of a name. */
const NAME_PREFIXES = new Set([
  'pro', 'anti', 'non', 'ex', 'post', 'pre', 'mid', 'neo', 'pan', 'sino', 'anglo', 'franco', 'afro', 'euro', 'indo', 'russo', 'trans', 'multi',
  'co', 'semi', 'super', 'ultra', 'all', 'greater', 'former', 'then', 'de', 'un', 're', 'self', 'arab', 'judeo', 'greco', 'austro', 'italo',
  'german', 'african', 'asian', 'latin', 'north', 'south', 'east', 'west', 'central', 'upper', 'lower', 'inner', 'outer', 'new', 'old',
]);

/**
 * Words news joins to a name with a hyphen to make another word ("Obama-era", "Trump-style",
 * "Clinton-backed", "Sanders-like", "Kennedy-esque"): participles and a few nouns.
 */
const COMPOUND_TAILS = new Set([
  'era', 'style', 'like', 'type', 'born', 'run', 'made', 'bound', 'free', 'wide', 'friendly', 'proof', 'esque', 'ish', 'ism', 'ist', 'ite',
  'linked', 'led', 'owned', 'based', 'backed', 'appointed', 'allied', 'aligned', 'approved', 'endorsed', 'funded', 'inspired', 'related',
  'level', 'class', 'sized', 'size', 'area', 'time', 'years', 'year', 'camp', 'world', 'mania', 'bashing', 'hating', 'loving', 'supporting',
  'in-law', 'only', 'centric', 'focused', 'esque', 'lite', 'ology', 'ian',
]);

/** Token k, after a hyphen, is the lower-case second syllable of a Korean given name: short, no word made of a name ("Kim-led"), ending the compound. */
function isKoreanSyllable(tokens: Token[], k: number): boolean {
  const word = tokens[k].text;
  if (!isLowerWord(tokens[k]) || word.length > 5 || COMPOUND_TAILS.has(word) || word.endsWith('ed') || word.endsWith('ing')) return false;
  const after = tokens[k + 1];
  return !(after !== undefined && after.start === tokens[k].end && (after.text === '-' || after.kind === 'word'));
}

/**
 * Token k is the lower-case part of a hyphenated given name ("myung" of "Jae-myung", "te" of
 * "Ching-te", "in" of "Jae-in"): short, no word news makes of a name with a hyphen, and no
 * longer word news writes in lower case.
 */
function isGivenNameSyllable(tokens: Token[], k: number, caseClasses: ReadonlyMap<string, number>): boolean {
  const word = tokens[k].text;
  if (!isLowerWord(tokens[k]) || word.length > 5 || COMPOUND_TAILS.has(word) || word.endsWith('ed') || word.endsWith('ing')) return false;
  // "Jeb Bush-spent": a word of three letters or more that news nearly always writes in lower case ("moon" of "Ki-moon" is not).
  if (word.length >= 3 && caseClasses.get(word) === 1) return false;
  // After a word written in title case ("Jae", not "US"), and ending the compound ("Clinton-in-chief" does not).
  const after = tokens[k + 1];
  return /^\p{Lu}\p{Ll}+$/u.test(tokens[k - 2].text) && !(after !== undefined && after.start === tokens[k].end && (after.text === '-' || after.kind === 'word'));
}

/** Last words of streets' and waters' names, which news lists two of with "and". */
const STREET_WORDS = new Set([...STREET_HEADS, 'avenue', 'boulevard', 'river', 'lake']);

/** The commonest Korean surnames, as news romanises them. */
/** "Park Da", "Park Da-min": a Korean surname, then a capitalized syllable (and a lower-case one after a hyphen). */
function isKoreanName(tokens: Token[], a: number, b: number): boolean {
  if (!(b - a === 2 || (b - a === 4 && tokens[a + 2].text === '-' && isLowerWord(tokens[a + 3]))) || !KOREAN_SURNAMES.has(tokens[a].text)) return false;
  return /^\p{Lu}\p{Ll}{1,4}$/u.test(tokens[a + 1].text) && !isKnownPlace(spanText(tokens, a, a + 2));
}

const KOREAN_SURNAMES = new Set([
  'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Chung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin', 'Kwon', 'Hwang', 'Ahn',
  'Song', 'Yoo', 'Hong', 'Moon', 'Yang', 'Son', 'Bae', 'Baek', 'Heo', 'Nam', 'Noh', 'Roh', 'Kwak', 'Sung', 'Cha', 'Joo', 'Woo', 'Ryu', 'Jeon', 'Ko', 'Min',
]);

/** Titles that are also surnames: after "Mr." or "Mrs." they are the name ("Mr. King", "Mrs. Bishop"), not an office ("Mr. Speaker"). */
const SURNAME_TITLES = new Set(['king', 'bishop', 'judge', 'major', 'marshal', 'cardinal', 'pope', 'prince', 'chancellor', 'sheriff', 'coach', 'lord']);

function isSurnameAfterHonorific(tokens: Token[], a: number): boolean {
  if (!SURNAME_TITLES.has(lowerCase(tokens[a].text))) return false;
  const before = tokens[a - 1]?.text === '.' ? tokens[a - 2] : tokens[a - 1];
  return before !== undefined && HONORIFICS.has(lowerCase(before.text));
}

const SPLITTERS = new Set([',', ';', ':', '(', ')', '[', ']', '"', '“', '”', '«', '»', '|', '/', '—', '–', '--']);

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'messrs', 'mme', 'mlle']);

const FULL_STOP_WORDS = new Set([
  'inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'st', 'bros', 'plc', 'mt', 'ft', 'no', 'dr', 'mr', 'mrs', 'ms', 'gen', 'gov', 'sen', 'rep',
  // AP abbreviations of US states ("Arlington, Va.").
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich',
  'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'vt', 'va', 'wash', 'wis', 'wyo',
]);

function keepsFullStop(word: string): boolean {
  return word.length === 1 || FULL_STOP_WORDS.has(lowerCase(word)) || /\.\p{L}$/u.test(word);
}

/** What follows a dateline's place: a comma, the agency's bracket, the dash (a kicker's colon does not: "UN: …"). */
const DATELINE_PLACE_ENDS = new Set([',', '(', '—', '–', '-', '--']);

/**
 * "DENVER (AP) —", "DECATUR, Ill. —": a known place's name in capitals opening a wire dateline is
 * that place, whatever the tagger made of a word that is also a surname.
 */
function isPlaceOfDateline(tokens: Token[], a: number, b: number, s: Sentence, text: string): boolean {
  if (a !== s.tokenStart || !DATELINE_PLACE_ENDS.has(tokens[b]?.text ?? '') || !/^[\p{Lu}\s.'’-]+$/u.test(text.slice(tokens[a].start, tokens[b - 1].end))) return false;
  const place = text.slice(tokens[a].start, tokens[b - 1].end);
  // "UNITED NATIONS (AP) —": the organization's seat, where the story was filed, is the place of the dateline.
  return datelineEnd(tokens, s) >= b && (isKnownPlace(place) || place === 'UNITED NATIONS' || isKnownPlace(place.replace(DIVISION_WORD, '')) || inKnownPlace(text, tokens[b].start));
}

/** After a dateline's town: ", Gaza Strip (Reuters) -", ", Ky. —": the place it is in, which the gazetteer knows. */
const DATELINE_AREA = /^,\s*(\p{Lu}[\p{L}.'’ -]{1,40}?)\s*(?:\(|[-—–]|,)/u;

/** "DEIR AL-BALAH, Gaza Strip (Reuters) -": a town the gazetteer does not know, in a region or a country it does. */
function inKnownPlace(text: string, comma: number): boolean {
  const area = DATELINE_AREA.exec(text.slice(comma, comma + 48))?.[1];
  return area !== undefined && isKnownPlace(area);
}

/** Initials in the possessive: "ABC's", "RTÉ's", "NASA’s". */
const INITIALS_OWNING = /^\p{Lu}{2,5}['’]s$/u;

/** The gazetteer knows the name as a town's and never as a country's or a region's ("Bethesda", not "Europe" or "Georgia"). */
function namesTownOnly(name: string): boolean {
  return isKnownPlace(name) && !namesCountryOrRegion(name);
}

/** The index of the "and" that splits tokens [a, b) into two known places' names; 0 if none does. */
function placesJoinedByAnd(tokens: Token[], a: number, b: number): number {
  for (let j = a + 1; j < b - 1; j++) if (tokens[j].text === 'and') return isKnownPlace(spanText(tokens, a, j)) && isKnownPlace(spanText(tokens, j + 1, b)) ? j : 0;
  return 0;
}

/** "MILWAUKEE COUNTY, Wis. —": a county or a parish named after its town, the word for it last. */
const DIVISION_WORD = / (?:COUNTY|PARISH|TOWNSHIP|BOROUGH|DISTRICT)$/u;

/** The words of a wire story's credit line: "Reporting by …; Editing by …". */
const CREDIT_WORDS = new CaselessWordSet(['reporting', 'editing', 'writing', 'compiled', 'produced', 'graphics', 'translated', 'additional']);

/** Words that set a party's name off before "party": "the", and a possessive determiner ("whose Jan Suraaj party", "his Likud party"). */
const PARTY_DETERMINERS = new Set(['the', 'whose', 'his', 'her', 'its', 'their']);

/**
 * "the ruling Morena party", "the Shiv Sena party": a name of one word or two after "the" (and at
 * most one lower-case word), right before a lower-case "party", is the party's name, not a town's
 * that shares it. Not a country's or a region's ("the Texas party" is the state's branch of one),
 * nor, for two words, any place's ("the New York party").
 */
function isPartyNameBeforeParty(tokens: Token[], a: number, b: number, sentenceStart: number): boolean {
  if (b - a > 2 || tokens[b]?.text !== 'party' || POSSESSIVE.test(tokens[b - 1].text)) return false;
  const the = (i: number): boolean => i >= sentenceStart && PARTY_DETERMINERS.has(lowerCase(tokens[i].text));
  if (!the(a - 1) && !(the(a - 2) && isLowerWord(tokens[a - 1]))) return false;
  const places = lookupPlaces(tokens.slice(a, b).map((t) => t.text).join(' '));
  return b - a === 1 ? !places.some((e) => e.kind === 'country' || e.kind === 'region') : places.length === 0;
}

/**
 * "a paper in The Lancet", "told The Hill": a name after "The" written with a capital inside a
 * sentence is a paper's, a journal's or a firm's, not a place, unless the gazetteer knows the
 * place ("The Hague", "The Bronx") or it names a building ("The White House").
 */
function isAfterCapitalThe(tokens: Token[], a: number, b: number, sentenceStart: number, text: string): boolean {
  if (a < 2 || a - 1 <= sentenceStart || tokens[a - 1].text !== 'The') return false;
  // "at The Oval", "at The Curragh": a venue.
  const before = tokens[a - 2];
  if ((before.kind !== 'word' && before.text !== ',') || lowerCase(before.text) === 'at') return false;
  const name = text.slice(tokens[a].start, tokens[b - 1].end);
  return !BUILDING_WORDS.has(lowerCase(tokens[b - 1].text)) && !isKnownPlace(name) && !isKnownPlace(`The ${name}`);
}

/**
 * "Reporting by Rama Venkat in Hyderabad", "By Hannah Whitfield": a name of two words or more
 * after a credit line's "by" (or a byline's, opening the sentence) is a journalist's, unless
 * it may name no person (mayNamePerson).
 */
function isCredited(tokens: Token[], a: number, b: number, sentenceStart: number, text: string): boolean {
  if (b - a < 2 || a < 1 || lowerCase(tokens[a - 1].text) !== 'by') return false;
  let k = a - 2;
  while (k >= sentenceStart && tokens[k].kind === 'punct') k--;
  // The credit's word capitalized ("Reporting by"), not "an average compiled by Real Clear Politics".
  return (k < sentenceStart || (isCreditWord(tokens, a - 2) && /^\p{Lu}/u.test(tokens[a - 2].text))) && mayNamePerson(tokens, a, b, text);
}

/** "Editing by Alex Richardson": a credit line's word before "by" is no name. */
function isCreditWord(tokens: Token[], a: number): boolean {
  return CREDIT_WORDS.has(tokens[a].text) && tokens[a + 1]?.text === 'by';
}

/**
 * "City manager Pep Guardiola", "coach Erik ten Hag": a name of two words or more right after
 * a lower-case word for a person's role is that person, whatever place it sounds like.
 */
function isNamedAfterRole(tokens: Token[], a: number, b: number, text: string): boolean {
  const role = tokens[a - 1];
  if (b - a < 2 || role === undefined || role.kind !== 'word' || !isLowerWord(role) || role.end === tokens[a].start) return false;
  return isPersonRole(role.text) && mayNamePerson(tokens, a, b, text);
}

/**
 * "Her shadow, Mel Stride, said": a name of two words or more set off by commas right before a
 * verb of speech is the person the phrase before it describes, not a place. Institutions
 * that speak by their place ("the White House said") stand without the commas.
 */
function speaksAsAName(tokens: Token[], a: number, b: number, text: string): boolean {
  if (b - a < 2 || tokens[a - 1]?.text !== ',' || tokens[b]?.text !== ',') return false;
  const verb = tokens[b + 1];
  return verb !== undefined && isLowerWord(verb) && isSpeechVerb(verb.text) && mayNamePerson(tokens, a, b, text);
}

/** The body (or the place, "Chicago Mayor Brandon Johnson", "Santa Fe County Sheriff Adan Mendoza") before the role word at `role`, and the person after it. */
function splitAtRole(tokens: Token[], a: number, b: number, role: number, bodyType: NameType, out: SpanList, caseClasses: ReadonlyMap<string, number>): void {
  const ofPlace = isKnownPlace(spanText(tokens, a, role)) || PLACE_NAME_TAILS.has(lowerCase(tokens[role - 1].text));
  refineSpan(tokens, a, role, ofPlace ? 'LOC' : bodyType, out, caseClasses);
  out.push(role + 1, b, 'PER');
}

/**
 * "City boss Pep Guardiola", "Tesla chief Elon Musk" tagged as one organization: a lower-case
 * word for a person's role inside a name, after a capitalized word and before capitalized words
 * only, parts the body the person works for (kept) from the person. Returns the role's index, or -1.
 */
function roleInsideName(tokens: Token[], a: number, b: number): number {
  for (let k = a + 1; k < b - 1; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    // "FEMA Administrator Deanne Criswell": a capitalized role before a name of two words or more.
    if (!isLowerWord(t)) {
      if (k + 2 < b && PERSON_ROLES_IN_NAMES.has(lowerCase(t.text)) && isCapitalizedWord(tokens[k - 1]) && !(COURT_ROLES.includes(lowerCase(t.text)) && isOfficeTitleWord(tokens[k - 1])) && !ORGANIZATION_WORDS.has(lowerCase(tokens[k + 1].text))) {
        let j = k + 1;
        while (j < b && isCapitalizedWord(tokens[j]) && !POSSESSIVE.test(tokens[j].text)) j++;
        if (j === b) return k;
      }
      continue;
    }
    if (!isPersonRole(t.text) || !isCapitalizedWord(tokens[k - 1])) return -1;
    for (let j = k + 1; j < b; j++) if (!isCapitalizedWord(tokens[j])) return -1;
    return k;
  }
  return -1;
}

/** Members' titles of parliaments and assemblies, as written before a name: "TD Verona Murphy", "MP Sarah Jones". */
const MEMBER_TITLES = new Set(['MP', 'MLA', 'MSP', 'MEP', 'TD', 'MPP', 'MNA', 'MHA', 'MHK']);

/** Court roles that a title word may open ("Chief Justice John Roberts", "Associate Judge …"): then no body stands before them. */
const COURT_ROLES: readonly string[] = ['justice', 'judge'];

/** Kinds of court that stand for the court in a judge's title: "US District Judge", "Circuit Judge", "Bankruptcy Judge". */
const COURT_KINDS = new Set(['District', 'Circuit', 'Bankruptcy', 'Magistrate', 'Appeals']);

/** COURT_ROLES as written in a title before a name. */
const COURT_ROLE_TITLES = new Set(COURT_ROLES.map((r) => r[0].toUpperCase() + r.slice(1)));

/**
 * Roles written with a capital between the body a person works for and the person's name
 * ("FEMA Administrator Deanne Criswell", "Senate Armed Services Committee Chairman John McCain",
 * "ABC News Correspondent Jon Karl"); not "General" or "Secretary", which open names of bodies.
 */
const PERSON_ROLES_IN_NAMES = new Set([
  'administrator', 'chairman', 'chairwoman', 'chairperson', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'correspondent',
  'reporter', 'editor', 'anchor', 'commissioner', 'chief', 'ceo', 'president', 'founder', 'manager', 'coach', 'economist', 'analyst',
  // Offices of a place written before their holder: "Santa Fe County Sheriff Adan Mendoza", "Chicago Mayor Brandon Johnson".
  'sheriff', 'mayor', 'governor', 'superintendent', 'prosecutor', 'treasurer', 'councillor', 'councilman', 'councilwoman',
  // A party's members of parliaments and assemblies: "Congress MP Shashi Tharoor", "SNP MSP Kate Forbes".
  'mp', 'mla', 'msp', 'mep', 'td',
  // A court's members: "Supreme Court Justice Sonia Sotomayor", "US District Judge Amy Berman Jackson".
  ...COURT_ROLES,
]);

/**
 * "Tesla boss Mary Barra" tagged as an organization: after a role word, a given name opening
 * a name of two words or more with no possessive in it ("billionaire Carlos Slim's Ora TV"
 * stays the firm) is the person.
 */
function isPersonAfterRole(tokens: Token[], a: number, b: number, text: string): boolean {
  // "Presiding judge Bénédicte de Perthuis": a name built with a surname's particle after a role is a person's, whatever the given name.
  const particleName = b - a === 3 && SURNAME_PARTICLES.has(tokens[a + 1].text) && isCapitalizedWord(tokens[a]) && isCapitalizedWord(tokens[a + 2]);
  // "Lakers coach JJ Redick", "Senator JD Vance": two capitals before a surname are a person's initials, as a given name.
  const initials = b - a === 2 && /^\p{Lu}{2}$/u.test(tokens[a].text) && /^\p{Lu}\p{Ll}+$/u.test(tokens[a + 1].text);
  if (!isNamedAfterRole(tokens, a, b, text) || (genderOfGivenName(tokens[a].text) === null && !particleName && !initials && !isCamelCaseGivenName(tokens[a].text))) return false;
  for (let k = a; k < b; k++) if (POSSESSIVE.test(tokens[k].text)) return false;
  return true;
}

/**
 * "his widow, Niamh, told", "her son, Oisín, said": a name set off by commas right after a
 * lower-case word for a person's role or kin is that person, unless the gazetteer knows it
 * as a place.
 */
function isSetOffAfterRole(tokens: Token[], a: number, b: number, text: string): boolean {
  const role = tokens[a - 2];
  if (a < 2 || tokens[a - 1].text !== ',' || tokens[b]?.text !== ',' || role.kind !== 'word' || !isLowerWord(role)) return false;
  return isPersonRole(role.text) && !isKnownPlace(text.slice(tokens[a].start, tokens[b - 1].end));
}

const PLACE_PREPOSITIONS_BEFORE_WHO = new Set(['in', 'on', 'at', 'near', 'from', 'across', 'outside', 'inside', 'around', 'throughout']);

/**
 * "the fitness of Shoaib Bashir, who was struck on the hand": a name of two or three capitalized
 * words read as a place, set off before "who", is a person's, where no word of it is a known
 * place ("New Zealand, who were bowled out" and "Sporting Lisbon, who won" stay).
 */
function isPersonByWho(tokens: Token[], a: number, b: number, text: string): boolean {
  if (b - a < 2 || b - a > 3 || tokens[b]?.text !== ',' || tokens[b + 1]?.text !== 'who' || !mayNamePerson(tokens, a, b, text)) return false;
  // "Democrats on Capitol Hill, who …": after a preposition of place the "who" is of the people before it.
  if (PLACE_PREPOSITIONS_BEFORE_WHO.has(tokens[a - 1]?.text ?? '')) return false;
  for (let k = a; k < b; k++) if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[k].text) || isKnownPlace(tokens[k].text)) return false;
  return true;
}

/** Words opening a description of someone set off by commas after the name: "Johnson, its director, said". */
const DESCRIPTION_OPENERS = new Set(['its', 'his', 'her', 'their', 'our', 'the', 'a', 'an']);

/**
 * "Johnson, its director, said", "Okafor, the group's founder, told": a name followed by a
 * description set off by commas that names a person's role, then a verb of speech, is that
 * person's, unless the gazetteer knows it as a place ("Mexico, its largest partner, said").
 * The description may hold a bracketed acronym ("a researcher at the Center of Economic and
 * Law Studies (Celios)"). With `headOnly` (a name read as a body's: "Google, a leader in AI,
 * said" stays the firm) the role must head the description: before "at", "of", "with", "for"
 * or "from", or the closing comma.
 */
function speaksWithRoleAfter(tokens: Token[], a: number, b: number, text: string, headOnly = false): boolean {
  if (tokens[b]?.text !== ',' || !DESCRIPTION_OPENERS.has(tokens[b + 1]?.text ?? '')) return false;
  let role = false;
  let k = b + 2;
  const last = Math.min(tokens.length, b + 18);
  for (; k < last; k++) {
    const t = tokens[k];
    // "(Celios)": an acronym in brackets inside the description.
    if (t.text === '(' && tokens[k + 2]?.text === ')' && tokens[k + 1].kind === 'word') {
      k += 2;
      continue;
    }
    if (t.kind !== 'word') break;
    if (role || !isLowerWord(t) || !isPersonRole(t.text)) continue;
    role = !headOnly || tokens[k + 1]?.text === ',' || ROLE_HEAD_FOLLOWERS.has(tokens[k + 1]?.text ?? '');
  }
  const verb = tokens[k + 1];
  return role && tokens[k]?.text === ',' && verb !== undefined && isLowerWord(verb) && isSpeechVerb(verb.text) && mayNamePerson(tokens, a, b, text);
}

/** Words after a role noun heading a description ("a researcher at", "the head of"). */
const ROLE_HEAD_FOLLOWERS = new Set(['at', 'of', 'with', 'for', 'from']);

/**
 * "Smith, 42, had sent", "Ann Lee, 34, of Leeds": a name followed by an age set off by commas
 * is a person's (court, police and local copy), unless the gazetteer knows it as a place.
 */
function isFollowedByAge(tokens: Token[], a: number, b: number, text: string): boolean {
  const age = tokens[b + 1];
  if (tokens[b]?.text !== ',' || age === undefined || age.kind !== 'number' || !/^\d{1,2}$/u.test(age.text) || tokens[b + 2]?.text !== ',') return false;
  return mayNamePerson(tokens, a, b, text);
}

/**
 * The name of tokens [a, b) may be a person's, as the context rules above read it: it ends in
 * no word of an organization or a building ("White House", "Wall Street") and the gazetteer
 * knows no place of that name.
 */
function mayNamePerson(tokens: Token[], a: number, b: number, text: string): boolean {
  const last = lowerCase(tokens[b - 1].text);
  return !ORGANIZATION_WORDS.has(last) && !BUILDING_WORDS.has(last) && !isKnownPlace(text.slice(tokens[a].start, tokens[b - 1].end));
}

/** Last words of places people work in or at ("official White House", "liberal Wall Street"): no person's name. */
const BUILDING_WORDS = new Set(['house', 'street', 'avenue', 'road', 'square', 'hall', 'park', 'building', 'center', 'centre', 'bridge', 'tower', 'palace', 'plaza', 'stadium', 'arena', 'field', 'airport', 'station']);

/** Token k, between two capitalized words, is a lower-case word in -s that is no joining word or particle: a verb ("orders", "names", "beats"). */
function isPresentVerbInName(tokens: Token[], k: number): boolean {
  const word = tokens[k].text;
  return tokens[k].kind === 'word' && /^\p{Ll}{3,}s$/u.test(word) && !/ss$/u.test(word) && !NAME_PARTICLES_IN_S.has(word)
    && isCapitalizedWord(tokens[k - 1]) && isCapitalizedWord(tokens[k + 1]);
}

/** Lower-case words in -s found inside names: articles and particles of other languages. */
const NAME_PARTICLES_IN_S = new Set(['das', 'dos', 'des', 'los', 'las', 'les', 'sans', 'aus', 'bis', 'ils', 'nous', 'vous', 'plus', 'pas', 'avus', 'chez']);

/** "Cpl. Gina Slaney", "Pfc. Jane Doe": a service rank's short form, its full stop against it, before a capitalized word (the tagger may read the rank alone as a person). */
function isAbbreviatedServiceTitle(tokens: Token[], a: number): boolean {
  const stop = tokens[a + 1];
  return stop !== undefined && stop.text === '.' && stop.start === tokens[a].end && SERVICE_RANK_ABBREVIATIONS.has(lowerCase(tokens[a].text))
    && tokens[a + 2] !== undefined && isCapitalizedWord(tokens[a + 2]);
}

const SERVICE_RANK_ABBREVIATIONS = new Set(['cpl', 'pfc', 'spc', 'pte', 'pvt', 'lcpl', 'cmdr', 'cdr', 'insp', 'supt', 'det', 'const', 'cst']);

/** Party members in the plural, the last word of a party's name ("Free Democrats", "Sweden Democrats", "Scottish Conservatives"). */
const PARTY_MEMBERS_PLURAL = /^(?:Democrats|Republicans|Conservatives|Liberals|Socialists|Greens|Unionists|Nationalists|Progressives)$/u;

const MONTH_ALONE = new RegExp(`^${MONTH_WORD}$`, 'u');

/** Token `a` is a month's name or short form with a day's number (1-31) right after it ("Dec 14", "Sept. 3") or before it ("14 Dec"). */
function isMonthBesideDay(tokens: Token[], a: number): boolean {
  if (!MONTH_ALONE.test(tokens[a].text)) return false;
  let next = a + 1;
  if (tokens[next]?.text === '.' && tokens[next].start === tokens[a].end) next++;
  return isDayNumber(tokens[next]) || isDayNumber(tokens[a - 1]);
}

function isDayNumber(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'number' || !/^\d{1,2}$/u.test(t.text)) return false;
  const day = Number(t.text);
  return day >= 1 && day <= 31;
}

/** "Rep." "Gov." "Sen.": a title's abbreviation, its full stop written against it. */
function isAbbreviatedTitle(tokens: Token[], a: number): boolean {
  const next = tokens[a + 1];
  return tokens[a].text.length <= 4 && isTitle(tokens[a]) && next !== undefined && next.text === '.' && next.start === tokens[a].end;
}



function spanText(tokens: Token[], a: number, b: number): string {
  let out = tokens[a].text;
  for (let k = a + 1; k < b; k++) out += (tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].text;
  return out;
}


/**
 * PERSON_TITLES for isTitle, which is asked about the words around every name: most words
 * are turned away without being lower-cased (a new string each).
 */

/** "Secretary of State" in "Secretary of State Antony Blinken": title words and inner "of". */
function titleBefore(tokens: Token[], first: number, sentenceStart: number, text: string): string | undefined {
  let k = first;
  while (k > sentenceStart) {
    const t = tokens[k - 1];
    if (t.kind === 'word' && (isTitle(t) || isRankWordAt(tokens, k - 1))) k--;
    else if (t.text === '.' && k - 1 > sentenceStart && isTitle(tokens[k - 2]) && tokens[k - 2].end === t.start) k -= 2;
    // "Secretary of State", not "chairman of Mrs. Clinton's campaign": an honorific after
    // "of" opens the name of someone the words before it are a title of.
    else if (t.text === 'of' && k - 1 > sentenceStart && k < first && isTitle(tokens[k - 2]) && !HONORIFICS.has(lowerCase(tokens[k].text))) k--;
    else break;
  }
  if (k === first) return undefined;
  return text.slice(tokens[k].start, tokens[first - 1].end);
}

/** "Washington state", "the state of Washington", "New York city": the kind the text names; "the Eastleigh district of Nairobi": a part of the next place. */
function placeQualifier(text: string, tokens: Token[], first: number, end: number, sentenceStart: number, sentenceEnd: number): NameMention['placeQualifier'] {
  const after = end < sentenceEnd ? lowerCase(tokens[end].text) : '';
  if (after === 'state') return 'state';
  if (end + 2 < sentenceEnd && isNamedAsPartAt(text, tokens[end - 1].end)) return 'part';
  if (end < sentenceEnd && tokens[end].text === 'city') return 'city';
  if (isNamedAsRegion(tokens, first, end, sentenceEnd)) return 'region';
  if (first - 2 >= sentenceStart && tokens[first - 1].text === 'of' && lowerCase(tokens[first - 2].text) === 'state') return 'state';
  return undefined;
}
