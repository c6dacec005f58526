import { datelineEnd } from './datelineLead';
import type { AnalyzedText } from '../text/analyzedText';
import type { Token } from '../text/tokenizer';
import { isReportingWordAt, isSpeechVerbAt, reportingLemma } from './reportingVerbs';
import { nicknameMarksAt } from '../names/nicknameInMarks';
import { WORK_KINDS } from '../names/quotedWorkTitles';
import { CaselessWords, endsInIng, lowerCase, lowersTo } from './caselessTests';
import { CaselessWordSet } from '../text/caselessWordSet';
import { UNNAMED_SOURCE_HEADS } from './unnamedSourceHeads';
import { timeAdjunctStart } from './timeAdjuncts';
import { isOrganizationRole, isPersonRole } from '../entities/roleNouns';
import { namesCountryOrRegion } from '../places/gazetteer';

// The noun phrase that names who speaks, read from the tokens next to a reporting verb:
// before it (`the Florida senator said`, `Kristen Day, executive director of X, said`) or after
// it (`said Mr. Trump`, `said one party activist, who …`). English puts the head noun right
// next to the verb, so the phrase is grown outward from there and stops at punctuation,
// relative words and verbs; it never reaches past a quotation mark or a sentence end.

export interface Phrase {
  start: number;
  end: number;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** "Mike Lee, who declared": the token of "who", the verb's own subject standing for the phrase. */
  relative?: number;
}

/** "she no longer felt": the two words stand between the subject and its verb. */
function noLonger(tokens: Token[], j: number): boolean {
  const t = lowerCase(tokens[j].text);
  return (t === 'longer' && lowersTo(tokens[j - 1]?.text ?? '', 'no')) || (t === 'no' && lowersTo(tokens[j + 1]?.text ?? '', 'longer'));
}

/** Words between a subject and its verb: "Trump also said", "he has repeatedly said", "the movement has long argued". */
const BETWEEN_SUBJECT_AND_VERB = new CaselessWordSet([
  'also', 'then', 'later', 'again', 'once', 'often', 'has', 'had', 'have', 'would', 'will', 'did', 'does', 'do',
  'is', 'was', 'were', 'are', 'had', 'just', 'only', 'further', 'since', 'previously', 'recently', 'earlier',
  'finally', 'initially', 'first', 'last', 'already', 'still', 'even', 'now', 'never', 'always', 'ultimately',
  'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'may', 'might', 'could', 'should', 'can', 'must', 'not', 'reportedly', 'quickly', 'simply', 'long',
]);

// Made once: the bundler turns a \p{…} literal into `new RegExp(…)` evaluated at each call.
const LOWERCASE_INITIAL = /^\p{Ll}/u;
const LOWERCASE_WORD = /^\p{Ll}+$/u;
const LOWERCASE_ED = /^\p{Ll}+ed$/u;
const CAPITALIZED_POSSESSIVE = /^\p{Lu}.*\p{L}['’]s$/u;
const CAPITALIZED_PARTICIPLE = /^\p{Lu}\p{Ll}+ing$/u;

const WEEKDAYS = new CaselessWords(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MONTHS = new CaselessWords(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * A word between subject and verb. Capitalized inside a sentence it is a name, not the
 * auxiliary ("Instead, Will called for …" is the columnist George Will), unless it is a weekday.
 */
function isBetweenWord(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!BETWEEN_SUBJECT_AND_VERB.has(t.text)) return false;
  return !isCapitalizedToken(t) || WEEKDAYS.has(t.text) || j === 0 || isSentenceBoundaryToken(tokens, j - 1);
}

/** Words that link a sentence to the one before ("But Trump said", "Later, she …"): they lead a phrase without being part of it. */
const SENTENCE_LINKS = new CaselessWords(['but', 'and', 'so', 'yet', 'then', 'still', 'however', 'meanwhile', 'instead', 'later', 'now', 'also']);
/** Words that open a subordinate clause or a preposition's phrase before a subject. */
export const SUBORDINATORS = new CaselessWords(['of', 'for', 'though', 'although', 'while', 'when', 'whereas', 'because', 'since', 'if', 'once', 'until', 'unless', 'after', 'before']);

function isSentenceLink(word: string): boolean {
  return SENTENCE_LINKS.has(word);
}

/** What may lead a sentence's subject: a link, or "even" ("Even Trump said"). */
function leads(word: string): boolean {
  return isSentenceLink(word) || EVEN.has(word);
}

const EVEN = new CaselessWords(['even']);

/** "didn't", "wouldn’t": an auxiliary with its negation, between subject and verb like the rest. */
const NEGATED_AUXILIARY = /^(?:did|does|do|would|could|should|has|have|had|is|was|are|were|ca|wo|must|might)n['’]t$/iu;

/** NEGATED_AUXILIARY's answer; every match ends in "t" (no other letter folds to it), so most words skip the regex. */
function isNegatedAuxiliary(word: string): boolean {
  return (word.charCodeAt(word.length - 1) | 32) === 0x74 && NEGATED_AUXILIARY.test(word);
}

/** Lower-case words that may stand inside a speaker phrase. */
const PHRASE_WORDS = new CaselessWordSet([
  'prime', 'finance', 'interior', 'justice', 'trade', 'home', 'energy', 'defence', 'education', 'commerce', 'treasury',
  'the', 'a', 'an', 'one', 'another', 'two', 'three', 'four', 'several', 'some', 'many', 'both', 'other', 'his', 'her',
  'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'of', 'for', 'and', 'former', 'top', 'senior',
  'chief', 'deputy', 'longtime', 'local', 'federal', 'state', 'national', 'foreign', 'campaign', 'press', 'party',
  'white', 'house', 'new', 'fellow', 'retired', 'current', 'vice', 'assistant', 'associate', 'executive', 'general',
  'political', 'republican', 'democratic', 'conservative', 'liberal', 'independent', 'presidential', 'prominent',
  'leading', 'influential', 'veteran', 'young', 'old', 'elderly', 'anonymous', 'unnamed', 'administration',
  'department', 'defense', 'intelligence', 'military', 'police', 'law', 'enforcement', 'security', 'public',
  'health', 'county', 'city', 'district', 'election', 'policy', 'communications', 'legal', 'polling', 'statement',
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'aide', 'aides', 'adviser', 'advisers',
  'advisor', 'advisors', 'source', 'sources', 'director', 'manager', 'chairman', 'chairwoman', 'chair', 'president',
  'secretary', 'senator', 'governor', 'mayor', 'minister', 'ambassador', 'lawmaker', 'lawmakers', 'member',
  'members', 'leader', 'leaders', 'candidate', 'nominee', 'analyst', 'analysts', 'expert', 'experts', 'professor',
  'economist', 'strategist', 'pollster', 'operative', 'consultant', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'voter', 'voters',
  'supporter', 'supporters', 'critic', 'critics', 'resident', 'residents', 'organizer', 'organizers', 'activist',
  'activists', 'worker', 'workers', 'owner', 'man', 'woman', 'people', 'person', 'group', 'company', 'committee', 'agency', 'ministry', 'report', 'study', 'poll', 'survey', 'memo', 'letter', 'ad', 'website',
  'court', 'judge', 'justice', 'representative', 'congressman', 'congresswoman', 'delegate', 'delegates',
  'speaker', 'host', 'anchor', 'reporter', 'reporters', 'editor', 'writer', 'author', 'columnist', 'commentator',
  'co-founder', 'founder', 'ceo', 'head', 'staff', 'staffer', 'staffers', 'volunteer', 'volunteers',
  'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'family', 'friend', 'friends', 'colleague', 'colleagues',
  'student', 'students', 'teacher', 'pastor', 'officer', 'officers', 'agent', 'agents', 'investigator',
  'investigators', 'prosecutor', 'prosecutors', 'researcher', 'researchers', 'scientist', 'scientists', 'doctor',
  'doctors', 'nurse', 'survivor', 'victim', 'witness', 'witnesses', 'protester', 'protesters', 'fan', 'fans',
  'businessman', 'businesswoman', 'billionaire', 'organization', 'network',
  // Bodies and roles of local, British, sports and business copy: "a council spokesman", "a
  // club spokeswoman", "a government source", "a hospital official", "the team's coach".
  'council', 'councillor', 'councilor', 'government', 'club', 'union', 'hospital', 'school', 'university', 'team',
  'coach', 'captain', 'player', 'players', 'referee', 'umpire', 'chancellor', 'board', 'firm', 'bank', 'airline', 'airport',
  'charity', 'prison', 'embassy', 'regional', 'provincial', 'municipal', 'industry', 'fire', 'rescue', 'ambulance',
  // Portfolios before "minister", "secretary": "France's labour minister", "the transport secretary".
  'labour', 'labor', 'transport', 'environment', 'agriculture', 'economy', 'culture', 'housing', 'immigration', 'sports',
  // What a protest's words are written on: "read one banner", "a placard read".
  'banner', 'banners', 'sign', 'signs', 'placard', 'placards', 'poster', 'posters',
]);

/** Words that end a phrase: relatives, conjunctions of clauses, prepositions of time and place. */
const STOP_WORDS = new CaselessWordSet([
  'who', 'whom', 'whose', 'which', 'that', 'when', 'where', 'while', 'because', 'although', 'though', 'as', 'if',
  'in', 'on', 'at', 'during', 'after', 'before', 'since', 'with', 'to', 'from', 'by', 'about', 'into', 'over',
  'but', 'or', 'so', 'than', 'said', 'says', 'told', 'not',
]);

/** `been answered`, `was widely praised`: a form of "be" (of `forms`; an adverb may stand between) before the verb's participle. */
export function isPassiveAt(tokens: Token[], verb: number, floor: number, forms: ReadonlySet<string> = PASSIVE_AUXILIARIES): boolean {
  // (A participle, not the plain form: "all she could do was shout" is no passive.)
  const word = tokens[verb].text;
  if (endsInIng(word) || word.endsWith('s') || reportingLemma(word) === lowerCase(word)) return false;
  let k = verb - 1;
  if (k > floor && tokens[k].kind === 'word' && isAdverb(tokens[k])) k--;
  return k >= floor && forms.has(tokens[k].text);
}

/** Forms of "be" before a participle that make it a passive. */
const PASSIVE_AUXILIARIES = new Set(['be', 'been', 'being', 'is', 'was', 'were', 'are', 'am']);
/** The forms of "be" that are never read past as words between a subject and its verb. */
const BARE_BE = new Set(['be', 'been', 'being']);

const COMPANY_ABBREVIATIONS = new CaselessWordSet(['corp', 'inc', 'co', 'ltd', 'llc', 'plc', 'bros']);
const TITLE_ABBREVIATIONS = new CaselessWordSet(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'prof', 'rev', 'st', 'jr', 'sr', 'adm', 'atty', 'pres', 'sec', 'hon', 'ret']);

export function isCapitalizedToken(t: Token): boolean {
  if (t.kind !== 'word') return false;
  // An ASCII first letter changes under lower-casing exactly when it is A-Z.
  const code = t.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = t.text.charAt(0);
  return c !== c.toLowerCase();
}

/** Punctuation a speaker phrase never crosses. */
export function isPhraseBoundary(t: Token): boolean {
  if (t.kind !== 'punct') return false;
  return t.text !== '.' && t.text !== '-' && t.text !== '&';
}

/** A full stop that belongs to "Mr.", an initial ("J.") or "Corp." before its verb rather than ending a sentence. */
export function isInnerPeriod(tokens: Token[], i: number): boolean {
  // "McConnell, R-Ky., said", "(D-Wis.)": a full stop before a comma or bracket ends no sentence.
  if (tokens[i + 1]?.text === ',' || tokens[i + 1]?.text === ')') return true;
  const prev = tokens[i - 1];
  if (!prev || prev.end !== tokens[i].start || prev.kind !== 'word') return false;
  // "fivethirtyeight.com", "Amazon.com": a full stop inside a word.
  const glued = tokens[i + 1];
  if (glued !== undefined && glued.start === tokens[i].end && glued.kind === 'word' && LOWERCASE_INITIAL.test(glued.text)) return true;
  if (TITLE_ABBREVIATIONS.has(prev.text) || (prev.text.length === 1 && isCapitalizedToken(prev))) return true;
  // "the No. 2 Republican": a rank before its number.
  if (prev.text === 'No' && tokens[i + 1]?.kind === 'number') return true;
  // "Acme Corp. said": a company's abbreviation ends the sentence only before a capital.
  const next = tokens[i + 1];
  return COMPANY_ABBREVIATIONS.has(prev.text) && next !== undefined && next.kind === 'word' && !isCapitalizedToken(next);
}

function isPhraseToken(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind === 'number') return true;
  // `Marcia "Cia" Price`: the marks of a nickname stand inside the name.
  if (t.kind === 'punct') return (t.text === '.' && isInnerPeriod(tokens, i)) || t.text === '-' || t.text === '&' || nicknameMarksAt(tokens, i) !== null || isApostropheInName(tokens, i);
  if (isCapitalizedToken(t)) return true;
  // The first half of a hyphenated word: "pro-Trump", "anti-war".
  if (tokens[i + 1]?.text === '-' && tokens[i + 1].start === t.end) return true;
  // The second half of one in lower case: "Lee Jae-myung", "Kim Sung-han".
  const hyphen = tokens[i - 1];
  if (hyphen?.text === '-' && hyphen.end === t.start && tokens[i - 2]?.end === hyphen.start) return true;
  return PHRASE_WORDS.has(t.text);
}

const DETERMINERS = new CaselessWordSet(['the', 'a', 'an', 'his', 'their', 'its', 'our', 'my', 'your']);

/**
 * "The answers to …", "his remarks": after a determiner a reporting word is a noun. It still
 * reports ("his claim that …"), but it is no cue for a quotation next to it.
 */
/** "Trump's comments": a word after a name's possessive is a noun (not "he's said"). */
function afterNamePossessive(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && prev.kind === 'word' && CAPITALIZED_POSSESSIVE.test(prev.text) && !/^(?:he|she|it|that|there|here|who|what|let|where)['’]s$/iu.test(prev.text);
}

export function isNounPosition(tokens: Token[], i: number): boolean {
  // "White House press secretary Josh Earnest said": "press" names the kind of secretary.
  if (tokens[i].text.length === 5 && lowerCase(tokens[i].text) === 'press' && PRESS_COMPOUNDS.has(lowerCase(tokens[i + 1]?.text ?? ''))) return true;
  const prev = tokens[i - 1];
  if (prev === undefined) return false;
  // "told analysts on a conference call", "an earnings call": the call is a noun.
  if (CALL_COMPOUNDS.has(prev.text) && /^calls?$/iu.test(tokens[i].text)) return true;
  // "the candidates’ remarks": a plural possessive's apostrophe stands alone.
  if ((prev.text === "'" || prev.text === '’') && tokens[i - 2]?.kind === 'word' && tokens[i - 2].end === prev.start && tokens[i - 2].text.endsWith('s') && prev.end < tokens[i].start) return true;
  if (prev.kind !== 'word') return false;
  // "the judge’s remarks", "Trump's comments": after a possessive (or "he's", "it's") no
  // verb form ending in -s can stand, so the word is a plural noun.
  if (isPluralAfterApostropheS(prev.text, tokens[i].text)) return true;
  // Caseless sets, asked of the word as it is: most words before a reporting word are no determiner.
  if (DETERMINERS.has(prev.text)) return true;
  // "made the following comment", "issued a revised statement": a participle between a
  // determiner and the word makes it a noun.
  // ("the planning confirmed" is a noun and a verb: of the -ing forms only "following".)
  if ((prev.text === 'following' || (prev.text.endsWith('ed') && /^\p{Ll}{3,}ed$/u.test(prev.text))) && DETERMINERS.has(lowerCase(tokens[i - 2]?.text ?? ''))) return true;
  // "his scathing remarks", "her recent comments": an owner's pronoun and an adjective before it make it a noun too.
  if (REMARK_NOUNS.has(tokens[i].text) && OWNER_PRONOUNS.has(lowerCase(tokens[i - 2]?.text ?? '')) && isPlainAdjective(prev.text)) return true;
  if (afterObjectTaker(tokens, i)) return true;
  if (pluralAfterCount(tokens, i)) return true;
  if (pluralBeforeItsVerb(tokens, i)) return true;
  // "a grand slam title", "supply and demand", "on demand": compounds of news copy whose last word is a noun.
  if (nounCompound(tokens, i)) return true;
  // "a string of contests", "the bulk of reports": no verb stands right after "of".
  // ("kind of hopes" is the verb; "a flurry of tweets shaming X" still tells what the tweets said.)
  if (prev.text === 'of' && !tokens[i].text.endsWith('ing') && !/^(?:sort|kind)$/u.test(tokens[i - 2]?.text ?? '') && !endsInIng(tokens[i + 1]?.text ?? '')) return true;
  // "rail operators", "one world champion": the noun; the verbs go with "against" or "to".
  if (mostlyNoun(tokens, i)) return true;
  // "beat quarterly revenue estimates, a sign that …": a figure's plural after a word in lower case, with no clause or object after it, is the noun.
  if (FIGURE_PLURALS.has(tokens[i].text) && /^\p{Ll}+$/u.test(prev.text) && !SUBJECTS_BEFORE_VERB.has(prev.text) && AFTER_NOUN.test(tokens[i + 1]?.text ?? '.')) return true;
  // "cut its profit forecast, saying", "raised the sales estimate": a determiner and a thing
  // (no one who speaks: "its economists forecast", "the company forecast") before a figure's
  // word make it the noun.
  if (FIGURE_SINGULARS.has(tokens[i].text) && figureNounBefore(tokens, i)) return true;
  // "on corruption charges he denies", "over fraud claims": a preposition and a noun before a
  // plural of speech make it a compound noun, no verb.
  if (PLURAL_SPEECH_NOUNS.has(tokens[i].text) && /^\p{Ll}+$/u.test(prev.text) && !SUBJECTS_BEFORE_VERB.has(prev.text) && PREPOSITIONS.has(lowerCase(tokens[i - 2]?.text ?? ''))) return true;
  // "Arsenal's title hopes take a hit", "the party's election fears": a possessive and a thing
  // (no person: "the club's manager hopes") make the plural a noun, unless "to" or "that" follows.
  if (HOPES.has(tokens[i].text) && /^\p{Ll}+$/u.test(prev.text) && !endsInIng(prev.text) && isPossessive(tokens[i - 2]?.text ?? '') && !isPersonRole(prev.text) && !GROUPS.has(prev.text) && !/^(?:to|that)$/u.test(tokens[i + 1]?.text ?? '')) return true;
  // "at one point", "on this note": a preposition and a quantifier leave no room for a verb.
  if (QUANTIFIERS.has(prev.text) && PREPOSITIONS.has(lowerCase(tokens[i - 2]?.text ?? ''))) return true;
  return nounAfterIndefinite(tokens, i);
}

const OWNER_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Words of speech that are nouns as often as verbs ("people familiar with her thinking say" keeps its verb). */
const REMARK_NOUNS = new Set([
  'remarks', 'remark', 'comments', 'comment', 'claims', 'claim', 'statements', 'tweets', 'tweet', 'posts', 'post', 'calls', 'call',
  'reports', 'report', 'warnings', 'warning', 'attacks', 'attack', 'criticisms', 'questions', 'question', 'promises', 'promise',
  'pledges', 'pledge', 'threats', 'vows', 'vow', 'praise', 'words', 'speech', 'speeches', 'message', 'messages', 'answers', 'answer',
]);
/** Adjectives news puts before remarks and comments; with the endings below, no noun that could be a subject ("his lawyer claims"). */
const REMARK_ADJECTIVES = new Set(['recent', 'latest', 'earlier', 'previous', 'harsh', 'new', 'own', 'public', 'private', 'blunt', 'strong', 'controversial', 'angry', 'bitter', 'racist', 'sexist', 'inflammatory', 'offensive', 'latest', 'first', 'last', 'final', 'opening', 'closing']);

/** A word in lower case that reads as an adjective: a known one, or one in -ing, -ous, -ive, -ful ("scathing", "dangerous", "divisive"). */
function isPlainAdjective(word: string): boolean {
  return REMARK_ADJECTIVES.has(word) || /^\p{Ll}{3,}(?:ing|ous|ive|ful)$/u.test(word);
}

/**
 * "runs a heritage project that …", "cut rates by a quarter point to …": after "a" and a noun
 * a speech verb's plain form is the compound's noun, since "a" and a noun as its subject take
 * the form in -s ("a spokesman says") or a past ("a placard read"). Words of number agree in the plural ("a few say", "a
 * third point to …"), so they keep the verb unless a preposition owns the phrase.
 */
export function nounAfterIndefinite(tokens: Token[], i: number): boolean {
  const modifier = tokens[i - 1]?.text ?? '';
  const article = tokens[i - 2]?.text ?? '';
  if (!(article === 'a' || article === 'an' || article === 'A' || article === 'An') || !/^\p{Ll}+$/u.test(modifier)) return false;
  const word = lowerCase(tokens[i].text);
  if (reportingLemma(word) !== word || SAME_IN_THE_PAST.has(word)) return false;
  return !PLURAL_AGREEING.has(modifier) || PREPOSITIONS.has(lowerCase(tokens[i - 3]?.text ?? ''));
}

/** Plain forms that are past forms too: "a placard read", "a statement read to the court". */
const SAME_IN_THE_PAST = new Set(['read', 'put', 'forecast', 'broadcast']);

/** Words after "a" that a verb agrees with in the plural: "a few", "a number", "a third". */
const PLURAL_AGREEING = new Set([
  'few', 'lot', 'number', 'couple', 'handful', 'majority', 'minority', 'dozen', 'host', 'plurality', 'score',
  'half', 'third', 'quarter', 'fifth', 'sixth', 'tenth',
]);

/** Plurals of hoping and fearing that, after a thing someone has, are what they hope or fear. */
const HOPES = new Set(['hopes', 'fears', 'plans', 'doubts']);
/** Groups that hope as their people do ("the club's board hopes"): no thing had. */
const GROUPS = new Set(['board', 'campaign', 'team', 'office', 'government', 'administration', 'family', 'lawyers', 'side', 'party', 'leadership', 'management']);

/** "Arsenal's", "the club’s", "their": a word that owns what follows (not "it's", "that's": a verb is in them). */
function isPossessive(word: string): boolean {
  if (/^(?:it|he|she|that|there|what|who|here|where|let)['’]s$/iu.test(word)) return false;
  return /\p{L}['’]s?$/u.test(word) || /^(?:his|her|its|their|our|my|your)$/iu.test(word);
}

/** Plurals of speech verbs news copy writes as figures: "analyst estimates", "earnings forecasts". */
const FIGURE_PLURALS = new Set(['estimates', 'forecasts', 'projections', 'projects', 'calculations']);
/** Their singulars, and other words for a figure a firm gives that are verbs of speech too. */
const FIGURE_SINGULARS = new Set(['estimate', 'forecast', 'projection', 'report', 'guidance', 'outlook']);

/** What a market report says rose or fell: no one who speaks. */
const MARKET_FIGURES = new CaselessWordSet(['shares', 'stock', 'stocks', 'share', 'prices', 'price', 'index', 'markets', 'bonds', 'yields', 'futures', 'dollar', 'currency', 'profits', 'profit', 'sales', 'revenue', 'earnings', 'oil', 'gold']);

function namesMarketFigure(tokens: Token[], subject: Phrase): boolean {
  for (let i = subject.tokenStart; i < subject.tokenEnd; i++) if (MARKET_FIGURES.has(tokens[i].text)) return true;
  return false;
}

/** Words opening a clause of time or cause inside a sentence ("fell after the retailer cut …"). */
const TIME_OR_CAUSE_OPENERS = new CaselessWordSet(['after', 'as', 'when', 'because', 'since', 'once']);

/**
 * The subject of the clause of time or cause that ends at the comma `comma` ("after the
 * retailer cut its forecast,"): the phrase right after its opener, before an active verb; null
 * where there is none or a comma stands between.
 */
function subordinateSubject(tokens: Token[], comma: number, floor: number): Phrase | null {
  for (let k = comma - 1; k >= floor && k > comma - 30; k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '.') return null;
    if (t.kind !== 'word' || isCapitalizedToken(t) || !TIME_OR_CAUSE_OPENERS.has(t.text)) continue;
    const phrase = phraseFrom(tokens, k + 1, k + 2, comma);
    if (phrase === null || !isPhraseToken(tokens, k + 1)) return null;
    const verb = tokens[phrase.tokenEnd];
    return verb && verb.kind === 'word' && LOWERCASE_WORD.test(verb.text) && !PASSIVE_AUXILIARIES.has(verb.text) && !STOP_WORDS.has(verb.text) ? phrase : null;
  }
  return null;
}

/**
 * A determiner, then one to three lower-case words (a thing, not who speaks), right before
 * the figure's word at `i`: "its profit forecast", "the annual sales estimate".
 */
function figureNounBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1].text;
  // (An adverb before it makes it the verb: "as pundits initially forecast".)
  if (!/^\p{Ll}+$/u.test(prev) || SUBJECTS_BEFORE_VERB.has(prev) || speaksAsNoun(prev) || isAdverb(tokens[i - 1])) return false;
  for (let k = i - 2; k >= Math.max(0, i - 6); k--) {
    const t = tokens[k];
    // "its full-year earnings forecast": a hyphen inside a word.
    if (t.text === '-' && t.start === tokens[k - 1]?.end && t.end === tokens[k + 1].start) continue;
    if (t.kind !== 'word') return false;
    if (DETERMINERS.has(t.text)) return true;
    if (!/^\p{Ll}+$/u.test(t.text) || SUBJECTS_BEFORE_VERB.has(t.text) || endsInIng(t.text) || /ed$/u.test(t.text) && !/^(?:revised|updated|raised|lowered|reduced|increased|combined|expected)$/u.test(t.text)) return false;
  }
  return false;
}

/** A lower-case noun that may speak as a verb's subject: a person's or a body's role, or a group ("the company forecast", "its economists forecast"). */
function speaksAsNoun(word: string): boolean {
  return isPersonRole(word) || isOrganizationRole(word) || GROUPS.has(word) || (word.endsWith('s') && (isPersonRole(word.slice(0, -1)) || isOrganizationRole(word.slice(0, -1))));
}
/** What follows a noun and never a verb of saying's clause: punctuation, "of", "for", "and". */
const AFTER_NOUN = /^(?:[.,;:)]|of|for|and|by|from|in)$/u;

/** "rail operators", "one world champion": a word news copy writes as a noun unless a sign of the verb stands next to it. */
export function mostlyNoun(tokens: Token[], i: number): boolean {
  const word = tokens[i].text;
  // "anti-Japan protests", "pro-government rallies": after an adjective made with a prefix, a noun.
  // (The tokenizer may part the hyphen from both words: "anti", "-", "Japan".)
  const hyphen = tokens[i - 1]?.text.includes('-') ? i - 1 : tokens[i - 2]?.text === '-' ? i - 2 : -1;
  if (hyphen >= 0 && PREFIX_ADJECTIVE.test(hyphen === i - 1 ? tokens[i - 1].text : tokens[i - 3]?.text ?? '')) return true;
  if (!NOUNS_MORE_THAN_VERBS.has(word)) return false;
  const prev = tokens[i - 1];
  if (VERB_SIGNS.has(lowerCase(prev?.text ?? '')) || VERB_SIGNS.has(lowerCase(tokens[i + 1]?.text ?? ''))) return false;
  // "champion" follows its subject as a verb (`Fed governor champions low rates`, `and champion
  // the bill`); as a noun a modifier comes first (`world champion`, `a champion`).
  return word.startsWith('rail') || (prev !== undefined && prev.kind === 'word' && /^[\p{Ll}-]+$/u.test(prev.text) && !/^(?:and|or|but|also|who|that)$/u.test(prev.text));
}

const PREFIX_ADJECTIVE = /^(?:anti|post|pro|non|pre)(?:-|$)/iu;

/**
 * Speech verbs news copy mostly writes as nouns: the verb only next to a sign of one (`rail
 * against`, `to champion`); "carbon credits", "tax credits" are bought, not given for a deed.
 */
const NOUNS_MORE_THAN_VERBS = new Set(['rail', 'rails', 'champion', 'champions', 'credits']);
const VERB_SIGNS = new Set(['against', 'at', 'to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'they', 'we', 'i', 'you']);

/** Plurals of speech that news copy compounds with a noun before them ("bribery charges", "abuse allegations"). */
const PLURAL_SPEECH_NOUNS = new Set(['charges', 'claims', 'allegations', 'accusations', 'complaints', 'threats', 'warnings', 'denials', 'demands', 'reports', 'remarks', 'comments', 'statements']);
/** Words before a verb in -s that are its subject ("of what he claims", "than anyone says"). */
const SUBJECTS_BEFORE_VERB = new Set(['he', 'she', 'it', 'who', 'that', 'which', 'what', 'anyone', 'everyone', 'someone', 'nobody', 'one', 'this']);

/** "grand slam", "supply and demand", "on demand", "in demand": the speech verb's form is a noun there. */
export function nounCompound(tokens: Token[], i: number): boolean {
  const word = lowerCase(tokens[i].text);
  const prev = lowerCase(tokens[i - 1]?.text ?? '');
  if (prev === 'grand' && /^slams?$/u.test(word)) return true;
  // "the Autonomy think tank put it": a think tank thinks nothing.
  if (word === 'think' && /^tanks?$/iu.test(tokens[i + 1]?.text ?? '')) return true;
  // "heart attack risk", "a drone attack on the port": a noun naming what attacks, or what an
  // illness strikes, makes "attack" a noun ("drones attack" keeps the verb).
  if ((word === 'attack' || word === 'attacks') && ATTACK_MODIFIERS.has(prev)) return true;
  if (word !== 'demand') return false;
  // "said demand for its chips was …": the demand for a thing is the noun (the verb asks for it without "for").
  // ("what price he'll demand for his support", "to demand for" keep the verb.)
  if (lowersTo(tokens[i + 1]?.text ?? '', 'for') && !VERB_SIGNS.has(prev) && !/['’](?:ll|d|re|ve)$/u.test(prev) && !/^(?:he|she|they|who)$/u.test(prev)) return true;
  // "chip demand stays strong", "demand fell": a verb of its own right after it makes "demand" the subject.
  if (DEMAND_AS_SUBJECT.has(tokens[i + 1]?.text ?? '')) return true;
  // "expects demand to rise", "sees demand recovering": after a verb of foreseeing or of
  // market action, "demand" is that verb's object (the verb "demand" never follows such a verb).
  if (DEMAND_AS_OBJECT.has(prev)) return true;
  return prev === 'on' || prev === 'in' || (prev === 'and' && lowerCase(tokens[i - 2]?.text ?? '') === 'supply');
}

/** Nouns in the singular that make a compound noun of "attack" after them. */
const ATTACK_MODIFIERS = new Set([
  'heart', 'panic', 'asthma', 'anxiety', 'terror', 'terrorist', 'shark', 'dog', 'drone', 'missile', 'rocket', 'knife', 'acid', 'bomb',
  'suicide', 'cyber', 'ransomware', 'grenade', 'arson', 'chemical', 'gas',
]);

/** Verbs of foreseeing or of market action news writes before "demand" the noun: `expects demand`, `boosted demand`. */
const DEMAND_AS_OBJECT = new Set([
  'expect', 'expects', 'expected', 'expecting', 'forecast', 'forecasts', 'forecasting', 'predict', 'predicts', 'predicted', 'anticipate',
  'anticipates', 'anticipated', 'project', 'projects', 'projected', 'see', 'sees', 'saw', 'seeing', 'estimate', 'estimates', 'estimated',
  'meet', 'meets', 'met', 'boost', 'boosts', 'boosted', 'spur', 'spurs', 'spurred', 'fuel', 'fuels', 'fuelled', 'fueled', 'curb', 'curbs',
  'curbed', 'dampen', 'dampens', 'dampened', 'satisfy', 'satisfies', 'satisfied', 'outstrip', 'outstrips', 'outstripped', 'stoke', 'stokes', 'stoked',
]);

/** Verbs news writes after "demand" the noun; none is an object the verb "demand" takes. */
const DEMAND_AS_SUBJECT = new Set([
  'is', 'was', 'are', 'were', 'has', 'had', 'remains', 'remained', 'stays', 'stayed', 'rose', 'rises', 'fell', 'falls', 'grew', 'grows',
  'slowed', 'slows', 'slumped', 'surged', 'soared', 'dropped', 'jumped', 'outstripped', 'outpaced', 'exceeded', 'exceeds', 'continues',
  'continued', 'declined', 'recovered', 'rebounded', 'weakened', 'eased', 'softened', 'cooled', 'picked', 'will', 'would', 'could', 'may', 'might',
]);

/**
 * "did not return calls", "ignored messages": a plural after a verb that takes them is its
 * object, no verb. ("took questions on …", "answered questions about …" are speech events and
 * report their topic.)
 */
export function afterObjectTaker(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && OBJECT_TAKERS.has(prev.text) && tokens[i].text.endsWith('s');
}

/**
 * "Five questions for Jane Doe", "two statements", "12 claims": a word in -s after a count of
 * more than one is a plural noun; no verb agreeing with one speaker follows a count. Not after
 * a number that ends a name ("Article 5 states", "Section 230 says"): only a count in words,
 * or in digits opening the sentence or after a lower-case word.
 */
export function pluralAfterCount(tokens: Token[], i: number): boolean {
  const word = tokens[i].text;
  if (word.length < 4 || word.charCodeAt(word.length - 1) !== 0x73 || word.charCodeAt(word.length - 2) === 0x73) return false;
  const prev = tokens[i - 1];
  if (prev === undefined) return false;
  if (prev.kind === 'number') {
    const before = tokens[i - 2];
    return /^\d+$/u.test(prev.text) && prev.text !== '1' && (before === undefined || before.kind !== 'word' || /^\p{Ll}/u.test(before.text));
  }
  return COUNT_WORDS.has(prev.text);
}

/**
 * "Her demands were simple", "her claims have been answered": a word in -s right before a verb
 * that agrees only with a plural is the plural noun, its subject ("what she says is true", "what
 * he says will happen" keep the verb: "is" and a modal agree with one).
 */
export function pluralBeforeItsVerb(tokens: Token[], i: number): boolean {
  const word = tokens[i].text;
  if (word.length < 4 || word.charCodeAt(word.length - 1) !== 0x73 || word.charCodeAt(word.length - 2) === 0x73) return false;
  const next = tokens[i + 1];
  if (next === undefined || next.kind !== 'word' || !PLURAL_ONLY_VERBS.has(next.text)) return false;
  // `the ones State now says are "top secret"`, `who he speculates are "mostly men"`: after its
  // subject (a pronoun, a name) or an adverb the word is the verb of a clause whose own subject
  // was moved to the front.
  const prev = tokens[i - 1];
  if (prev === undefined || prev.kind !== 'word') return true;
  const lower = lowerCase(prev.text);
  if (PRONOUN_SUBJECTS.has(lower) || /^(?:now|also|still|often|just|never|always|who|that)$/u.test(lower) || /\p{Ll}ly$/u.test(prev.text)) return false;
  return !isCapitalizedToken(prev) || OWNER_DETERMINERS.has(lower) || i < 2 || isSentenceBoundaryToken(tokens, i - 2);
}

const PLURAL_ONLY_VERBS = new Set(['were', 'are', 'have', "weren't", "aren't", "haven't", 'weren’t', 'aren’t', 'haven’t']);

const COUNT_WORDS = new CaselessWordSet([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty',
  'fifty', 'hundred', 'dozens', 'several', 'few', 'many', 'numerous', 'multiple', 'various', 'these', 'those', 'both',
]);

/**
 * Verbs whose object is calls, messages or questions: `returned calls`, `the witness answered
 * questions for three hours`, `fielded questions from reporters` (the questions were put to the
 * subject, who said nothing the noun reports).
 */
const OBJECT_TAKERS = new CaselessWordSet([
  'return', 'returned', 'returning', 'returns', 'ignore', 'ignored', 'ignoring', 'received', 'receiving',
  'answer', 'answered', 'answering', 'answers', 'field', 'fielded', 'fielding', 'fields', 'dodge', 'dodged', 'dodging',
  'dodges', 'duck', 'ducked', 'ducking', 'take', 'took', 'taking', 'takes',
]);

function isPluralAfterApostropheS(prev: string, word: string): boolean {
  const n = prev.length;
  if (n < 3 || (prev.charCodeAt(n - 1) !== 0x73 && prev.charCodeAt(n - 1) !== 0x53)) return false;
  const mark = prev.charCodeAt(n - 2);
  if (mark !== 0x27 && mark !== 0x2019) return false;
  const m = word.length;
  return m > 3 && (word.charCodeAt(m - 1) === 0x73) && word.charCodeAt(m - 2) !== 0x73;
}

/** Nouns "press" modifies when it is no verb: "press secretary", "press conference". */
/** Nouns that make a "call" after them a noun: "conference call", "earnings call", "phone call". */
const CALL_COMPOUNDS = new CaselessWordSet(['conference', 'earnings', 'phone', 'telephone', 'video', 'investor', 'analyst', 'analysts', 'media', 'zoom', 'radio', 'roll', 'curtain', 'wake-up', 'campaign']);

const PRESS_COMPOUNDS = new Set([
  'secretary', 'secretaries', 'release', 'releases', 'conference', 'conferences', 'briefing', 'briefings', 'office', 'officer', 'officers',
  'aide', 'aides', 'corps', 'pool', 'gallery', 'freedom', 'coverage', 'team', 'staff', 'statement', 'statements', 'shop', 'room',
]);

const QUANTIFIERS = new CaselessWordSet(['one', 'this', 'that', 'each', 'every', 'some', 'any', 'another', 'no']);
const PREPOSITIONS = new Set(['at', 'on', 'in', 'to', 'from', 'by', 'of', 'for', 'with', 'into', 'upon']);

/**
 * A capitalized word inside a sentence is a name ("Hope Hicks", "Will Rogers"), not a verb,
 * unless the line is title-cased like a headline ("Trump Says He Will Win").
 */
/** Punctuation after which a capital may open a sentence (or a quotation). */
const SENTENCE_OPENING_PUNCT = new Set(['.', '!', '?', '"', '“', '”', '‘', '’', "'", '\n']);

export function isVerbPosition(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!isCapitalizedToken(t)) return true;
  // "RED STATES OUTNUMBER BLUE STATES": a heading in capitals holds no cue.
  if (t.text.length > 1 && t.text === t.text.toUpperCase()) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // `"…," Dr. Grant said`, `Ulysses S. Grant`: after a title's or an initial's full stop a capital
  // goes on with a name; no sentence opens there.
  if (prev?.text === '.' && afterTitleOrInitial(tokens, i - 1)) return false;
  if (!prev || (prev.kind === 'punct' && SENTENCE_OPENING_PUNCT.has(prev.text))) {
    // `"…," State Department spokesman Ned Price said`: a verb's plain form before another
    // capitalized word opens a name ("State Department", "Tell City"); a past form before a
    // name is an inverted cue (`Replied Governor Ben Ross, "…"`).
    return !(next !== undefined && isCapitalizedToken(next) && reportingLemma(t.text) === lowerCase(t.text));
  }
  return isCapitalizedToken(prev) && next !== undefined && isCapitalizedToken(next);
}

/** The full stop at `dot` closes a title before a name ("Dr.", "Sen.") or an initial ("S."), glued to it. */
function afterTitleOrInitial(tokens: Token[], dot: number): boolean {
  const word = tokens[dot - 1];
  if (word === undefined || word.kind !== 'word' || word.end !== tokens[dot].start) return false;
  return (TITLE_ABBREVIATIONS.has(word.text) && !NAME_SUFFIXES.has(word.text)) || (word.text.length === 1 && isCapitalizedToken(word));
}

/** Abbreviations that follow a name ("Ed Begley Jr."), so a sentence may end with them. */
const NAME_SUFFIXES = new CaselessWordSet(['jr', 'sr']);

/** How many words of time or place may stand between a speech verb and the comma before its participle. */
const ADJUNCT_WORDS = 6;

/**
 * "…, Nefzi said, adding", "…, Das said on Friday, adding", "…, she said in a statement,
 * adding": the speech verb the participle after `comma` goes on from, past a few lower-case
 * words, days and numbers (not a name: ", said Das, adding" has its subject after the verb).
 * Returns its index, or -1.
 */
function speechVerbBeforeComma(tokens: Token[], comma: number, floor: number): number {
  const isSaid = (k: number): boolean => isSpeechVerbAt(tokens, k) && isVerbPosition(tokens, k) && !isNounPosition(tokens, k) && !afterNamePossessive(tokens, k);
  if (comma - 1 >= floor && isSaid(comma - 1)) return comma - 1;
  for (let k = comma - 2; k >= floor && k >= comma - 1 - ADJUNCT_WORDS; k--) {
    const t = tokens[k];
    // Past the adjunct only a past form ("his recent comments on guns" is no verb) whose
    // adjunct opens with a preposition or a day ("said on Friday", "said Friday", "told
    // reporters in Ohio" is left to the listener reading).
    if (t.kind === 'word' && PAST_SPEECH.test(t.text) && isSaid(k)) return ADJUNCT_OPENERS.has(tokens[k + 1].text) || WEEKDAYS.has(tokens[k + 1].text) ? k : -1;
    if (t.kind === 'number' || (t.kind === 'word' && (LOWERCASE_WORD.test(t.text) || WEEKDAYS.has(t.text) || MONTHS.has(t.text)))) continue;
    return -1;
  }
  return -1;
}

/** Past forms of speech verbs: a word in -ed, or said, told, wrote, spoke. */
const PAST_SPEECH = /^(?:\p{Ll}+ed|said|told|wrote|spoke)$/u;
/** Words opening a time or place adjunct after a verb. */
const ADJUNCT_OPENERS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'last', 'this', 'earlier', 'later', 'late', 'early', 'yesterday', 'today', 'tonight']);

/**
 * The subject phrase ending right before the verb at token `verb`, not reaching before token
 * `floor`. Skips adverbs and auxiliaries next to the verb, an appositive between commas
 * ("Kristen Day, executive director of X, said" → "Kristen Day"), a bracket ("John Kasich
 * (R-OH), said") and a relative clause ("a White House official who spoke anonymously said").
 * A participle or a second verb ("…, saying:", "… and added:") takes the sentence's subject.
 */
/**
 * "the Teachers' Union", "the Supporters’ Trust", "the rail workers' union": a plural
 * possessive's apostrophe between two words of one phrase (capitalised, or the phrase's own
 * lower-case words).
 */
function isApostropheInName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.text !== "'" && t.text !== '’') return false;
  const owner = tokens[i - 1];
  const next = tokens[i + 1];
  if (owner === undefined || owner.end !== t.start || !owner.text.endsWith('s') || next === undefined || next.start <= t.end) return false;
  // A name's possessive before a lower-case noun ("Sanders' campaign") is read as the name's.
  return isCapitalizedToken(owner) ? isCapitalizedToken(next) : owner.kind === 'word' && PHRASE_WORDS.has(owner.text) && (isCapitalizedToken(next) || PHRASE_WORDS.has(next.text));
}

/**
 * Verbs of aspect before a participle of speech: "kept telling", "continued saying". Not
 * "began" or "started", which end a clause of their own as often ("as the meeting began
 * vowing to fight": the email vowed).
 */
const ASPECT_VERBS = new Set(['kept', 'keeps', 'keep', 'continued', 'continues', 'continue']);

/** "Here is one", "There are two": an adverb before "be" opens no subject. */
const ADVERBS_NOT_SUBJECTS = new Set(['here', 'there']);
const FINITE_BE = new Set(['is', 'are', 'was', 'were', "'s", '’s']);

/** Words that open a noun phrase in lower case: "the campaign", "his best response". */
const OWNER_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
/** Verbs that lead to an infinitive of speech: "has appeared to acknowledge", "was to say", "refused to say". */
const LEADING_VERBS = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'does',
  'appeared', 'appears', 'seemed', 'seems', 'wanted', 'wants', 'tried', 'tries', 'refused', 'refuses', 'declined', 'declines',
  'agreed', 'agrees', 'promised', 'vowed', 'hoped', 'hopes', 'planned', 'plans', 'went', 'continued', 'continues',
]);

export function phraseBeforeVerb(doc: AnalyzedText, verb: number, floor: number): Phrase | null {
  const { tokens } = doc;
  const before = tokens[verb - 1];
  // "was referring", "may have been talking": a progressive's subject stands before its auxiliaries, as a finite verb's does.
  const participle = endsInIng(tokens[verb].text) && !(before !== undefined && /^(?:was|were|been|is|are|am)$/u.test(before.text));
  // "people kept telling me", "she continued saying": the subject stands before the verb of aspect.
  if (participle && before !== undefined && ASPECT_VERBS.has(before.text) && verb - 1 > floor) return phraseBeforeVerb(doc, verb - 1, floor);
  // "Mr. Trump was prompted to say", "Auerbach went so far as to say": the subject stands
  // before the verbs that lead to the infinitive.
  if (before !== undefined && lowersTo(before.text, 'to') && !participle) {
    let m = verb - 2;
    while (m >= floor && m > verb - 8 && tokens[m].kind === 'word' && LOWERCASE_INITIAL.test(tokens[m].text) && !PRONOUN_SUBJECTS.has(tokens[m].text)) m--;
    // "Hale sat down with the Gazette this week to talk about …": the one met "with" is no
    // subject; the infinitive is the sentence subject's, who sat down to talk.
    if (m >= floor && isCapitalizedToken(tokens[m]) && withObjectAt(tokens, m, floor)) return sentenceSubject(doc, verb, floor);
    if (m >= floor && m < verb - 2 && (isCapitalizedToken(tokens[m]) || PRONOUN_SUBJECTS.has(lowerCase(tokens[m].text)))) return phraseBeforeVerb(doc, m + 1, floor);
    // "my grandmother, who taught for forty years, used to say": the subject stands before the
    // clause set off by commas, as it does before a finite verb there.
    if (m >= floor && m === verb - 3 && tokens[m].text === ',' && /^(?:used|went|began|started|liked|loved|tended|came)$/u.test(tokens[m + 1].text)) {
      const before = phraseBeforeVerb(doc, m + 1, floor);
      if (before) return before;
    }
    // "After …, the campaign has appeared to acknowledge": a subject in lower case after a
    // clause's comma ends before the first verb of those leading to the infinitive.
    if (m >= floor && tokens[m].text === ',' && OWNER_DETERMINERS.has(tokens[m + 1]?.text ?? '')) {
      for (let n = m + 2; n < verb - 1; n++) if (LEADING_VERBS.has(tokens[n].text)) return n > m + 2 ? toPhrase(tokens, m + 1, n) : null;
    }
  }
  // "footage of Trump saying", "heard him saying": a participle right after a name or an
  // object pronoun is theirs, not the sentence subject's.
  // "with Trump reportedly yelling": an adverb may stand between.
  const named = before?.kind === 'word' && isAdverb(before) && verb - 2 >= floor ? verb - 2 : verb - 1;
  const owner = tokens[named];
  if (participle && named >= floor && owner.kind === 'word' && !WEEKDAYS.has(owner.text) && !MONTHS.has(owner.text) && (OBJECT_PRONOUNS.has(lowerCase(owner.text)) || isCapitalizedToken(owner) && named - 1 >= floor && !isSentenceBoundaryToken(tokens, named - 1))) {
    if (OBJECT_PRONOUNS.has(lowerCase(owner.text))) return toPhrase(tokens, named, named + 1);
    const verbAt = named + 1;
    let start = named;
    while (start - 1 >= floor && start > verbAt - 6 && (isCapitalizedToken(tokens[start - 1]) || tokens[start - 1].text === '.' && isInnerPeriod(tokens, start - 1))) start--;
    // "responded on Facebook writing", "wrote to Wired explaining": a place or medium after a
    // preposition does not speak; the sentence's subject does. "footage of Trump saying" and
    // "with Trump yelling" do.
    const preposition = tokens[start - 1];
    if (!(preposition && MEDIUM_PREPOSITIONS.has(preposition.text))) return toPhrase(tokens, start, verbAt);
  }
  // "with unions vowing to …", "with many residents saying …": an absolute phrase's own subject, after "with".
  if (participle) {
    const w = subjectAfterWith(tokens, verb, floor);
    if (w >= 0) return toPhrase(tokens, w + 1, verb);
  }
  // "after 50 MPs signed a letter urging him to …": a document speaks for whoever the verb
  // before it says issued it, the subject of that verb, not the sentence's.
  // One adjective may stand between: "published an open letter warning".
  const article = participle && verb - 4 >= floor && LOWERCASE_WORD.test(tokens[verb - 2].text) && !ARTICLES.has(tokens[verb - 2].text) ? verb - 3 : verb - 2;
  if (participle && article - 1 >= floor && DOCUMENT_NOUNS.has(before?.text ?? '') && ARTICLES.has(tokens[article].text) && ISSUED.test(tokens[article - 1].text)) {
    const issuer = phraseBeforeVerb(doc, article - 1, floor);
    if (issuer) return issuer;
  }
  // "a narrator saying": the same after a noun with its article. A document speaks for whoever
  // issued it: "she released a statement saying", "workers carrying signs saying".
  if (participle && verb - 2 >= floor && before.kind === 'word' && LOWERCASE_WORD.test(before.text) && !isStop(before) && !DOCUMENT_NOUNS.has(before.text) && ARTICLES.has(tokens[verb - 2].text)) {
    return toPhrase(tokens, verb - 2, verb);
  }
  // "I laughed and said": the subject of the verb before "and".
  if (AND_BUT.has(before?.text ?? '') && verb - 2 >= floor && LOWERCASE_ED.test(tokens[verb - 2].text)) {
    const earlier = phraseBeforeVerb(doc, verb - 2, floor);
    if (earlier) return earlier;
  }
  // "…, Nefzi said, adding, "…"": the participle goes on from the verb right before it.
  if (participle && before?.text === ',') {
    const said = speechVerbBeforeComma(tokens, verb - 1, floor);
    if (said >= 0) {
      const earlier = phraseBeforeVerb(doc, said, floor);
      if (earlier) return earlier;
    }
  }
  // "Rubio thanked Miami and said", "the League denounced the remarks and said": the verb
  // after "and" shares the subject of the reporting verb in the past before it, in its clause,
  // which need not be the sentence's ("Some booed, and when Rubio thanked Miami and said").
  if (!participle && AND_BUT.has(before?.text ?? '')) {
    const earlierVerb = pastReportingVerbBeforeAnd(tokens, verb - 1, floor);
    const earlier = earlierVerb >= 0 ? phraseBeforeVerb(doc, earlierVerb, floor) : null;
    if (earlier) return earlier;
  }
  if (participle || AND_BUT_THEN.has(before?.text ?? '')) {
    const subject = sentenceSubject(doc, verb, floor);
    // "Shares in Acme fell after the retailer cut its forecast, saying …": a market's figure
    // says nothing; the subject of the clause the participle follows does.
    if (participle && subject && before?.text === ',' && namesMarketFigure(tokens, subject)) return subordinateSubject(tokens, verb - 1, floor) ?? subject;
    return subject;
  }
  // "his demands have been answered", "has long been criticized": no one who spoke stands before a
  // passive's "been" (the "is" and "was" of a passive are read past to its subject, as before).
  if (isPassiveAt(tokens, verb, floor, BARE_BE)) return null;
  let j = verb - 1;
  // "has been warning": a progressive's "been" stands between too (a passive's, "has been criticized", names no speaker).
  const progressiveBeen = endsInIng(tokens[verb].text) && tokens[verb - 1]?.text === 'been';
  // "Clinton on Tuesday said": the day and its "on" stand between subject and verb too.
  for (;;) {
    while (j >= floor && tokens[j].kind === 'word' && (isBetweenWord(tokens, j) || noLonger(tokens, j) || isNegatedAuxiliary(tokens[j].text) || isAdverb(tokens[j]) || (progressiveBeen && j === verb - 1) || tokens[j].text === 'on' && j + 1 < verb && WEEKDAYS.has(tokens[j + 1].text) || correlativeBoth(tokens, j, floor))) j--;
    // "The court had in 2017 declared", "she has since March said": a year or a month and its
    // preposition stand between too.
    if (j - 1 >= floor && (/^\d{4}$/u.test(tokens[j].text) || MONTHS.has(tokens[j].text)) && /^(?:in|since)$/iu.test(tokens[j - 1].text)) j -= 2;
    // "Smith last week said", "the minister late Tuesday told", "Jones earlier this month warned".
    else if (timeAdjunctStart(tokens, j, floor) > floor) j = timeAdjunctStart(tokens, j, floor) - 1;
    else break;
  }
  if (j < floor) return null;
  // "… and repeatedly says": a second verb of the sentence's subject.
  if (AND_BUT_OR.has(tokens[j].text)) return sentenceSubject(doc, verb, floor);
  // `Judt, in his book "Postwar," warned`: a title's closing mark after the comma set inside it.
  if (j - 1 > floor && DOUBLE_MARKS.has(tokens[j].text) && tokens[j - 1].text === ',' && isTitleMarkAt(tokens, j)) j--;
  if (tokens[j].text === ',') {
    const before = segmentBeforeComma(tokens, j, floor);
    if (before === null) return null;
    j = before;
  }
  if (tokens[j].text === ')') {
    let k = j - 1;
    while (k >= floor && k > j - 12 && tokens[k].text !== '(') k--;
    if (k < floor || tokens[k].text !== '(') return null;
    j = k - 1;
  }
  // "Jason Sims — a teacher from Ohio — says", "X -- the head of Y -- told": an appositive between dashes.
  if (dashEndingAt(tokens, j) >= 0) {
    const openingDash = asideOpeningDash(tokens, j, floor);
    if (openingDash <= floor || tokens[openingDash - 1].kind !== 'word') return null;
    j = openingDash - 1;
  }
  // "42% say", "Six in 10 say": a share of people speaks.
  // (Not "District 751 said", "Local 32 said": a number after a capitalised word ends a name.)
  // (Nor "passed the Assembly 61-35 says": a vote's or a score's tally speaks for no one.)
  if (j >= floor && isTallyEnd(tokens, j)) return null;
  if (j >= floor && (tokens[j].text === '%' || tokens[j].kind === 'number') && (tokens[j].text !== '%' || tokens[j - 1]?.kind === 'number') && !(tokens[j].kind === 'number' && j - 1 >= floor && isCapitalizedToken(tokens[j - 1]) && !MONTHS.has(tokens[j - 1].text) && tokens[j - 1].end + 1 === tokens[j].start)) {
    let start = tokens[j].text === '%' ? j - 1 : j;
    if (start - 2 >= floor && /^(?:in|of)$/u.test(tokens[start - 1].text) && /^(?:one|two|three|four|five|six|seven|eight|nine|\d+)$/iu.test(tokens[start - 2].text)) start -= 2;
    return { start: tokens[start].start, end: tokens[j].end, tokenStart: start, tokenEnd: j + 1 };
  }
  // "Acme Corp. said": the abbreviation's full stop stays with the phrase.
  const innerPeriod = j > floor && tokens[j].text === '.' && isInnerPeriod(tokens, j);
  if (innerPeriod) j--;
  if (j < floor || isPhraseBoundary(tokens[j]) || tokens[j].kind !== 'word' && tokens[j].kind !== 'number') return null;
  // "Cruz, who says …": the relative pronoun stands for the phrase before it.
  let relativeWho: number | undefined;
  // `a placard that read: "…"`, `a statement that said …`: "that" right after a document is its relative pronoun too;
  // a document speaks for whoever the verb before it says issued it (`Reed issued a statement that said`).
  const afterDocument = j === verb - 1 && DOCUMENT_NOUNS.has(tokens[j - 1]?.text ?? '');
  const documentThat = afterDocument && tokens[j].text === 'that';
  if (afterDocument && (documentThat || tokens[j].text === 'which')) {
    // Words may stand between the article and the noun: "released a marketing video that said", "a new 30-second ad".
    let article = j - 2;
    while (article > j - 7 && article > floor && !ARTICLES.has(tokens[article].text) && (tokens[article].kind !== 'punct' || tokens[article].text === '-')) article--;
    const issuer = article - 1 >= floor && ARTICLES.has(tokens[article].text) && ISSUED.test(tokens[article - 1].text) ? phraseBeforeVerb(doc, article - 1, floor) : null;
    if (issuer) return issuer;
  }
  if ((isRelative(tokens[j], WHO_WHICH) || documentThat) && j - 1 >= floor) {
    if (isRelative(tokens[j], WHO)) relativeWho = j;
    const afterComma = tokens[j - 1].text === ',';
    j = afterComma ? j - 2 : j - 1;
    if (j < floor || tokens[j].kind !== 'word') return null;
    // "John Smith, a senior analyst at Jefferies, who notes …": "who" after an appositive
    // stands for the name the appositive describes, not the last noun in it (a firm, a place).
    if (afterComma && relativeWho !== undefined) j = nameBeforeAppositive(tokens, j, floor) ?? j;
  }
  const relative = tokens[j].kind === 'word' ? relativeClauseStart(tokens, j, floor) : null;
  if (relative !== null) {
    j = relative - 1;
    // "Nate Silver, the polling guru who founded the site, tweeted": the name before the appositive.
    let d = j;
    while (d > floor && d > j - 6 && tokens[d - 1].kind === 'word' && !isStop(tokens[d - 1])) d--;
    if (d - 1 >= floor && tokens[d - 1].text === ',' && ARTICLES.has(tokens[d].text)) {
      const name = segmentBeforeComma(tokens, d - 1, floor);
      if (name !== null) j = name;
    }
  }
  // (A number ends a name only after a capitalised word: "District 751".)
  if (j < floor || (tokens[j].kind !== 'word' && !(tokens[j].kind === 'number' && j - 1 >= floor && isCapitalizedToken(tokens[j - 1]) && !MONTHS.has(tokens[j - 1].text)))) return null;
  // Capitals first: a name before the verb need not be lower-cased.
  if (!isCapitalizedToken(tokens[j]) && STOP_WORDS.has(tokens[j].text)) return null;
  const end = innerPeriod && relative === null ? j + 2 : j + 1;
  let start = j;
  while (start - 1 >= floor && start > end - 8 && isPhraseToken(tokens, start - 1) && !isStop(tokens[start - 1])) start--;
  start = definitePhraseStart(tokens, start, floor, end);
  // "Bob Smith from Ohio said", "Darran Whiting of Liberty Church in Marion said": a place
  // after "in", "from" or "at" locates the name before it, which is the speaker.
  start = nameBeforeAside(tokens, locatedNameStart(tokens, start, floor), floor);
  // "Protesters marching through the streets chanted", "supporters waving flags outside the
  // court shouted": the phrase after a participle's preposition is where they were; the
  // speaker is whom the participle describes.
  const described = !isCapitalizedToken(tokens[start]) || DETERMINERS.has(tokens[start].text) ? ownerOfParticipleBefore(doc, start, floor) : null;
  if (described) return described;
  // "A nurse accused of poisoning four patients told", "a man charged with murder said": the
  // phrase after the charge is its object; the speaker is whom the participle describes.
  const charged = accusedOwnerBefore(doc, start, floor);
  if (charged) return charged;
  // "A lawyer representing the family said", "lawyers acting for the minister told": the phrase
  // after the participle is whom the speaker acts for; the speaker is whom it describes.
  const agent = agentOwnerBefore(doc, start, floor);
  if (agent) return agent;
  // "Sanders during a speech on Sunday thanked", "Smith at the hearing said": a time or place
  // phrase after a name stands between the subject and its verb.
  if (start - 2 >= floor && ADJUNCT_ARTICLES.has(tokens[start].text) && ADJUNCT_PREPOSITIONS.has(tokens[start - 1].text) && isCapitalizedToken(tokens[start - 2]) && !isSentenceLink(tokens[start - 2].text) && !SUBORDINATORS.has(tokens[start - 2].text)) {
    const named = phraseBeforeVerb(doc, start - 1, floor);
    if (named) return named;
  }
  // Drop leading sentence adverbs and conjunctions ("But Trump said").
  // "As one chief executive told researchers, …": "as" before a determiner opens a clause of comparison, no part of the speaker.
  while (start < j && (isSentenceLink(tokens[start].text) || SUBORDINATORS.has(tokens[start].text) || (lowersTo(tokens[start].text, 'as') && (DETERMINERS.has(lowerCase(tokens[start + 1].text)) || lowersTo(tokens[start + 1].text, 'one'))))) start++;
  // "But, said Solovey, "…"": a lone conjunction names no one.
  if (end - start === 1 && isSentenceLink(tokens[start].text)) return null;
  const phrase = toPhrase(tokens, sourceBefore(tokens, start, floor), end);
  return phrase && relativeWho !== undefined ? { ...phrase, relative: relativeWho } : phrase;
}

/** Prepositions of place and way after a participle of movement or holding: "marching through", "standing outside". */
const PLACE_AFTER_PARTICIPLE = new Set(['through', 'outside', 'in', 'at', 'on', 'across', 'along', 'near', 'around', 'into', 'behind', 'inside', 'past', 'down', 'up']);

/**
 * The phrase at `start` follows a preposition of place that follows a participle (a few plain
 * words between: `waving flags outside`) that follows a noun: the phrase before the
 * participle, whom it describes; else null.
 */
function ownerOfParticipleBefore(doc: AnalyzedText, start: number, floor: number): Phrase | null {
  const { tokens } = doc;
  if (start - 3 < floor || !PLACE_AFTER_PARTICIPLE.has(tokens[start - 1].text)) return null;
  for (let k = start - 2; k - 1 >= floor && k >= start - 5; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || !LOWERCASE_WORD.test(t.text)) return null;
    if (!endsInIng(t.text)) continue;
    const owner = tokens[k - 1];
    if (owner.kind !== 'word' || isStop(owner) || PRONOUN_SUBJECTS.has(lowerCase(owner.text)) || endsInIng(owner.text)) return null;
    const phrase = phraseBeforeVerb(doc, k, floor);
    return phrase && phrase.tokenEnd === k ? phrase : null;
  }
  return null;
}

/** Prepositions that open what someone is accused of: "accused of", "charged with", "jailed for". */
const CHARGE_PREPOSITIONS = new Set(['of', 'with', 'for']);
/** Participles of the courts that a charge follows: "accused of", "charged with", "convicted of". */
const CHARGE_PARTICIPLES = new Set(['accused', 'charged', 'convicted', 'suspected', 'acquitted', 'cleared', 'jailed', 'sentenced', 'arrested', 'indicted', 'tried', 'prosecuted', 'fined', 'sued']);

/** Participles of what befell someone and where: "killed in a crash", "injured at the scene", "born in Leeds". */
const FATE_PARTICIPLES = new Set(['killed', 'injured', 'hurt', 'wounded', 'shot', 'stabbed', 'trapped', 'caught', 'born', 'raised', 'based', 'hit', 'struck', 'involved', 'held', 'detained', 'missing', 'rescued', 'evacuated']);
const FATE_PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'near', 'by', 'outside', 'inside']);

/**
 * The phrase at `start` is the object of a charge after a past participle (`accused of
 * [poisoning] …`, `charged with …`, `convicted of …`) that follows a noun: the phrase before
 * the participle, whom it describes; else null.
 */
function accusedOwnerBefore(doc: AnalyzedText, start: number, floor: number): Phrase | null {
  const { tokens } = doc;
  // (The phrase reader may have taken the preposition in: "of arson".)
  let k = CHARGE_PREPOSITIONS.has(tokens[start].text) || FATE_PREPOSITIONS.has(tokens[start].text) ? start : start - 1;
  if (k === start - 1 && k >= floor && tokens[k].kind === 'word' && LOWERCASE_WORD.test(tokens[k].text) && endsInIng(tokens[k].text)) k--;
  if (k - 2 < floor) return null;
  const participle = tokens[k - 1];
  if (participle.kind !== 'word' || !(CHARGE_PREPOSITIONS.has(tokens[k].text) && CHARGE_PARTICIPLES.has(participle.text) || FATE_PREPOSITIONS.has(tokens[k].text) && FATE_PARTICIPLES.has(participle.text))) return null;
  const owner = tokens[k - 2];
  if (owner.kind !== 'word' || isStop(owner) || PRONOUN_SUBJECTS.has(lowerCase(owner.text))) return null;
  const phrase = phraseBeforeVerb(doc, k - 1, floor);
  return phrase && phrase.tokenEnd === k - 1 ? phrase : null;
}

/** Participles of acting for someone, bare ("representing") or before "for" / "on behalf of" ("acting", "speaking"). */
const AGENT_PARTICIPLES = new Set(['representing']);
const AGENT_FOR_PARTICIPLES = new Set(['acting', 'working', 'speaking', 'writing']);

/**
 * The phrase at `start` is whom someone acts for, after a participle that follows a noun
 * (`a lawyer representing …`, `solicitors acting for …`, `a spokesman speaking on behalf of …`):
 * the phrase before the participle, the speaker it describes; else null.
 */
function agentOwnerBefore(doc: AnalyzedText, start: number, floor: number): Phrase | null {
  const { tokens } = doc;
  // (The phrase reader may have taken the preposition in: "for the family".)
  let k = lowersTo(tokens[start].text, 'for') || lowersTo(tokens[start].text, 'of') ? start : start - 1;
  if (k < floor) return null;
  if (lowersTo(tokens[k].text, 'of') && k - 2 >= floor && lowersTo(tokens[k - 1].text, 'behalf') && lowersTo(tokens[k - 2].text, 'on')) k -= 2;
  const forSomeone = lowersTo(tokens[k].text, 'for') || lowersTo(tokens[k].text, 'on');
  const p = forSomeone ? k - 1 : k;
  if (p - 1 < floor || !(forSomeone ? AGENT_FOR_PARTICIPLES : AGENT_PARTICIPLES).has(tokens[p].text)) return null;
  const owner = tokens[p - 1];
  if (owner.kind !== 'word' || isStop(owner) || PRONOUN_SUBJECTS.has(lowerCase(owner.text)) || endsInIng(owner.text)) return null;
  // (Read back here: the phrase reader would take the participle for the verb of a clause.)
  let from = p - 1;
  while (from - 1 >= floor && from > p - 6 && tokens[from - 1].kind === 'word' && !isStop(tokens[from - 1]) && !DETERMINERS.has(tokens[from].text) && !isSentenceLink(tokens[from - 1].text) && !SUBORDINATORS.has(tokens[from - 1].text)) from--;
  return toPhrase(tokens, from, p);
}

/** Token j is the second number of a tally joined by a hyphen ("61-35", "3-1"). */
function isTallyEnd(tokens: Token[], j: number): boolean {
  const dash = tokens[j - 1];
  return tokens[j].kind === 'number' && dash !== undefined && (dash.text === '-' || dash.text === '–') && dash.end === tokens[j].start
    && tokens[j - 2]?.kind === 'number' && tokens[j - 2].end === dash.start;
}

/** The first token of the hyphenated word that tokens[at] ends ("49" of "49-year-old"); `at` itself when none. */
function gluedWordStart(tokens: Token[], at: number, floor: number): number {
  let k = at;
  while (k - 1 >= floor && tokens[k - 1].end === tokens[k].start && (tokens[k].text === '-' || tokens[k - 1].text === '-')) k--;
  return k;
}

/**
 * "the SNCF rail operator", "the city's prefecture": plain nouns no list knows stop the phrase
 * reader; where no more than three of them, with names, stand between its start and a
 * determiner or a possessive (none of them a verb's form), the phrase opens at the
 * determiner. Not before a pronoun ("told his audience he") or a name, or a determiner the
 * phrase already holds ("In the end the company").
 */
function definitePhraseStart(tokens: Token[], start: number, floor: number, end: number): number {
  // The head a plain noun too: before a name ("a point Feinstein acknowledged") the noun is another phrase's.
  const head = tokens[end - 1];
  // A name as the head only after a role noun the phrase reader took ("the country's disaster agency AFAD").
  if (start - 1 < floor || tokens[start - 1].kind !== 'word' || isCapitalizedToken(tokens[start - 1]) || (isCapitalizedToken(head) && isCapitalizedToken(tokens[start])) || PRONOUN_SUBJECTS.has(lowerCase(head.text))) return start;
  // "the mouth of Donald Trump", "a victory for Obama": a preposition's object is no speaker's noun.
  if (/^(?:of|for|at|from|with|to)$/iu.test(tokens[start].text)) return start;
  // Nor, before a name, across a phrase the reader already joined with "and" ("the investigation and Democrats").
  for (let k = start; k < end; k++) if ((DETERMINERS.has(tokens[k].text) && !isCapitalizedToken(tokens[k])) || (AND_BUT_OR.has(tokens[k].text) && isCapitalizedToken(head))) return start;
  // Four words back at most; an age or a size glued by hyphens ("the 49-year-old former human
  // rights lawyer", "a 30-second ad") is an adjective the count leaves out.
  for (let k = start - 1, words = 0; k >= floor; k--) {
    const t = tokens[k];
    const word = gluedWordStart(tokens, k, floor);
    if (word < k && tokens[word].kind === 'number') {
      k = word;
      continue;
    }
    if (++words > 4) return start;
    if (t.kind !== 'word' || isStop(t) || AND_BUT_OR.has(t.text)) return start;
    // "One shop owner said", "another market trader said": a word counting one new person opens the phrase as an article does.
    if (DETERMINERS.has(t.text) || ONE_NEW_PERSON.has(t.text)) return k;
    if (POSSESSIVE.test(t.text)) return ownerPhraseStart(tokens, k, floor);
    if (!isCapitalizedToken(t) && (NOT_PLAIN_NOUNS.has(t.text) || /ed$/u.test(t.text))) return start;
  }
  return start;
}

/**
 * The start of the owner's phrase ending in the possessive at `k`: its determiner, past up to
 * two plain lower-case words ("the prime minister's", "the local council's"); `k` itself where
 * none opens it ("Trump's", "minister's" after a verb).
 */
function ownerPhraseStart(tokens: Token[], k: number, floor: number): number {
  for (let d = k - 1; d >= floor && d >= k - 3; d--) {
    const t = tokens[d];
    if (t.kind !== 'word' || isCapitalizedToken(t) && !DETERMINERS.has(t.text)) return k;
    if (DETERMINERS.has(t.text)) return d;
    if (isStop(t) || NOT_PLAIN_NOUNS.has(t.text) || !LOWERCASE_WORD.test(t.text) || /ed$/u.test(t.text)) return k;
  }
  return k;
}

/** Verbs and words of other kinds that a phrase's plain nouns never are. */
const NOT_PLAIN_NOUNS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'what', 'how', 'why', 'all', 'of', 'for', 'not', 'no', 'only', 'also', 'just', 'even', 'then', 'there', 'here']);

const POSSESSIVE = /^\p{L}[\p{L}-]*['’]s$/u;
const ONE_NEW_PERSON = new CaselessWordSet(['one', 'another']);

/**
 * The index of "with" opening an absolute phrase whose subject, one to three plain words (no
 * stop word, no name: "with Trump yelling" is read above), ends right before the participle
 * at `verb`; -1 where there is none.
 */
function subjectAfterWith(tokens: Token[], verb: number, floor: number): number {
  for (let k = verb - 1; k >= floor && k >= verb - 4; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || isCapitalizedToken(t)) return -1;
    if (lowersTo(t.text, 'with')) return k < verb - 1 ? k : -1;
    if (isStop(t) || NOT_ABSOLUTE_SUBJECT.has(t.text)) return -1;
  }
  return -1;
}

/** Words that make "with … -ing" no absolute phrase: "agree with what others are saying". */
const NOT_ABSOLUTE_SUBJECT = new Set(['what', 'how', 'why', 'whom', 'is', 'are', 'was', 'were', 'be', 'been', 'am', 'not']);

/**
 * "Lee has both endorsed the bill and criticized it", "they both said": a lower-case "both"
 * after an auxiliary, a pronoun or a name goes with the verb (or the subject), no one of its own.
 */
function correlativeBoth(tokens: Token[], j: number, floor: number): boolean {
  // "Google, Meta and OpenAI have all said": "all" floats after the auxiliary too.
  if ((tokens[j].text !== 'both' && !(tokens[j].text === 'all' && isBetweenWord(tokens, j - 1))) || j - 1 < floor) return false;
  const prev = tokens[j - 1];
  return prev.kind === 'word' && (isBetweenWord(tokens, j - 1) || PRONOUN_SUBJECTS.has(lowerCase(prev.text)) || isCapitalizedToken(prev) && !STOP_WORDS.has(lowerCase(prev.text)));
}

/** How far back from "and" a reporting verb it coordinates with is looked for. */
const COORDINATED_REACH = 16;
const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’']);

/**
 * The reporting verb in the past (`denounced`, `called`, `told`) before the "and" at token
 * `and`, with no clause boundary between: a comma (but one inside quotation marks), "that",
 * a relative pronoun, a conjunction. -1 where none.
 */
function pastReportingVerbBeforeAnd(tokens: Token[], and: number, floor: number): number {
  for (let k = and - 1; k >= floor && k > and - COORDINATED_REACH; k--) {
    const t = tokens[k];
    // `called him "Carbon tax Carney" and said`: a few words in marks, the first verb's object, are stepped over.
    if (k === and - 1 && DOUBLE_MARKS.has(t.text)) {
      const open = shortQuoteOpening(tokens, k, floor);
      if (open > floor) {
        k = open;
        continue;
      }
    }
    if (t.text === ';' || t.text === ':' || isSentenceBoundaryToken(tokens, k)) return -1;
    if (t.text === ',' && !QUOTE_MARKS.has(tokens[k + 1]?.text ?? '') && !QUOTE_MARKS.has(tokens[k - 1]?.text ?? '')) return -1;
    if (t.kind !== 'word') continue;
    if (/^(?:that|who|which|whom|whose|and|but|or|when|while|because|if|as)$/iu.test(t.text)) return -1;
    if (/^(?:\p{Ll}+ed|said|told|wrote)$/u.test(t.text) && isReportingWordAt(tokens, k) && isVerbPosition(tokens, k) && !isNounPosition(tokens, k)) return k;
  }
  return -1;
}

/** The opening mark of a quote of eight words at most closing at token `close`, with no sentence's end inside; -1 where none. */
function shortQuoteOpening(tokens: Token[], close: number, floor: number): number {
  for (let k = close - 1; k >= floor && k >= close - 9; k--) {
    const t = tokens[k];
    if (DOUBLE_MARKS.has(t.text)) return k;
    if (t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';') return -1;
  }
  return -1;
}

const ARTICLES = new CaselessWords(['a', 'an', 'the']);
const AND_BUT = new CaselessWords(['and', 'but']);
const AND_BUT_THEN = new CaselessWords(['and', 'but', 'then']);
const AND_BUT_OR = new CaselessWords(['and', 'but', 'or']);
const WHO_WHICH = new CaselessWords(['who', 'which']);

/**
 * The token is a relative word of `words`, in any case but all capitals: "the WHO said" names
 * the World Health Organization, no clause.
 */
function isRelative(t: Token, words: CaselessWords): boolean {
  return words.has(t.text) && !ALL_CAPITALS.test(t.text);
}

const ALL_CAPITALS = /^[A-Z]{2,}$/u;
const WHO = new CaselessWords(['who']);
/** Prepositions before a place or medium: `responded on Facebook writing`. */
const MEDIUM_PREPOSITIONS = new Set(['on', 'in', 'at', 'to', 'from', 'via', 'through', 'into']);

/**
 * The start of the name a capitalized phrase at `start` locates: `Bob Smith from Ohio`,
 * `Darran Whiting of Liberty Church in Marion`, `John Doe at Harvard`. The phrase stays as it
 * is unless "in", "from" or "at" stands right before it and a capitalized phrase right before
 * that.
 */
const LOCATING_PREPOSITIONS = new Set(['in', 'from', 'at']);

function locatedNameStart(tokens: Token[], start: number, floor: number): number {
  const people = peopleInRegionStart(tokens, start, floor);
  if (people !== null) return people;
  const preposition = tokens[start - 1];
  if (preposition === undefined || start - 2 < floor || !LOCATING_PREPOSITIONS.has(preposition.text)) return start;
  const before = start - 2;
  // "China's embassy in Manila said": a country's mission in a capital speaks for the country; the phrase opens at its owner.
  if (isCapitalizedToken(tokens[start]) && MISSION_NOUNS.has(tokens[before].text) && before - 1 >= floor && /\p{L}['’]s$/u.test(tokens[before - 1].text)) return before - 1;
  if (isCapitalizedToken(tokens[start]) && (/^\p{Ll}+ed$/u.test(tokens[before].text) || HELD_IN.has(tokens[before].text))) return heldInPlaceSubjectStart(tokens, before, floor) ?? start;
  if (!isCapitalizedToken(tokens[start]) || !(isCapitalizedToken(tokens[before]) || (tokens[before].text === '.' && isInnerPeriod(tokens, before)))) return start;
  let first = start - 2;
  while (first - 1 >= floor && first > start - 10 && isPhraseToken(tokens, first - 1) && !isStop(tokens[first - 1])) first--;
  // "Officials at Homeland Security said": a group at an institution speaks for it; a full
  // name at one speaks for themself (`John Doe at Harvard`).
  if (preposition.text === 'at' && first === start - 2) return start;
  // The located name opens its clause: the text's start, or punctuation before it.
  if (first === floor || tokens[first - 1].kind === 'punct') return first;
  // "Analyst Nguyen Khac Giang of the ISEAS-Yusof Ishak Institute in Singapore said": a longer name and its body.
  let far = first;
  while (far - 1 >= floor && far > start - 16 && isPhraseToken(tokens, far - 1) && !isStop(tokens[far - 1])) far--;
  if (far < first && (far === floor || tokens[far - 1].kind === 'punct') && isCapitalizedToken(tokens[far])) return far;
  // "Forecasters at the National Hurricane Center in Miami said": a lone word opening the
  // clause, at or of the located body, is the speaker, the body and the place its detail.
  const the = tokens[first].text === 'the' ? first : first - 1;
  let head = the - 2;
  if (head >= floor && tokens[the].text === 'the' && (LOCATING_PREPOSITIONS.has(tokens[the - 1].text) || tokens[the - 1].text === 'of') && tokens[head].kind === 'word' && !isStop(tokens[head])) {
    // "Analyst Nguyen Khac Giang of the ISEAS Institute in Singapore said": a name of several words before it.
    if (isCapitalizedToken(tokens[head])) while (head - 1 >= floor && head > the - 8 && tokens[head - 1].kind === 'word' && isCapitalizedToken(tokens[head - 1])) head--;
    if (head === floor || tokens[head - 1].kind === 'punct') return head;
  }
  return start;
}

/** Words placing a region within a country or a city: "northern Sri Lanka", "eastern Aleppo". */
const DIRECTIONS = new CaselessWords(['northern', 'southern', 'eastern', 'western', 'central', 'rural', 'coastal', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'downtown', 'upstate', 'inner']);
/** Kinds of region named by "the … of X": "the Indian state of Tamil Nadu", "the city of Goma". */
const REGION_KINDS = new CaselessWords(['state', 'province', 'region', 'city', 'town', 'village', 'district', 'county', 'island', 'islands', 'capital', 'port', 'prefecture', 'territory']);
/** Groups of people named by a plural that does not end in -s. */
const PLURAL_PEOPLE = /^(?:\p{L}*(?:men|women|people|folk)|police|staff|clergy|youth|children)$/u;

/**
 * "Fishermen in northern Sri Lanka say", "Residents of eastern Aleppo say", "Fishing
 * communities in the Indian state of Tamil Nadu say": a place after a region's word, or named
 * by "the … state of", locates the people in the plural before "in" or "of", who are the
 * speaker. The start of their phrase (opening the clause), or null.
 */
function peopleInRegionStart(tokens: Token[], start: number, floor: number): number | null {
  start = regionPhraseStart(tokens, start, floor);
  let place = start;
  while (place - 1 > floor && DIRECTIONS.has(tokens[place - 1].text)) place--;
  const named = lowersTo(tokens[start].text, 'the') && regionKindOf(tokens, start);
  if (place === start && !named) return null;
  const preposition = tokens[place - 1];
  if (preposition === undefined || place - 2 < floor || !/^(?:in|of|from|across)$/u.test(preposition.text)) return null;
  const head = tokens[place - 2];
  if (head.kind !== 'word' || isCapitalizedToken(head) && place - 2 !== floor && tokens[place - 3]?.kind !== 'punct') return null;
  if (!(/\p{Ll}s$/u.test(head.text) || PLURAL_PEOPLE.test(lowerCase(head.text)) || isPersonRole(lowerCase(head.text)))) return null;
  let first = place - 2;
  while (first - 1 >= floor && first > place - 6 && tokens[first - 1].kind === 'word' && !isStop(tokens[first - 1])) first--;
  return first === floor || tokens[first - 1].kind === 'punct' ? first : null;
}

/**
 * "the town of Ripon", "the Indian state of Assam": the phrase reader stops at or after the
 * "of" before the place; where a region's kind and "the" stand before it, the place's phrase opens at "the".
 */
function regionPhraseStart(tokens: Token[], start: number, floor: number): number {
  // (The reader may have taken the "of" itself.)
  const of = lowersTo(tokens[start].text, 'of') ? start : start - 1;
  if (!lowersTo(tokens[of]?.text ?? '', 'of') || !REGION_KINDS.has(tokens[of - 1]?.text ?? '')) return start;
  for (let k = of - 2; k >= floor && k >= of - 3; k--) if (lowersTo(tokens[k].text, 'the')) return k;
  return start;
}

/** "the Indian state of …": a region's kind and "of" within the few words after "the". */
function regionKindOf(tokens: Token[], the: number): boolean {
  for (let k = the + 1; k < the + 4 && k + 1 < tokens.length; k++) if (REGION_KINDS.has(tokens[k].text) && tokens[k + 1].text === 'of') return true;
  return false;
}

/**
 * "Families of the eight aid workers held in Sudan say": a participle and its place end a
 * subject that opens the clause; the phrase from the clause's start (a capitalised word at
 * the sentence's start, no comma and no verb before the participle) speaks, not the place.
 * Its start, or null.
 */
function heldInPlaceSubjectStart(tokens: Token[], participle: number, floor: number): number | null {
  if (participle - floor > 10 || participle - floor < 1 || !isCapitalizedToken(tokens[floor]) || !(floor === 0 || isSentenceBoundaryToken(tokens, floor - 1))) return null;
  for (let k = floor; k < participle; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || SUBJECT_ENDING_VERBS.has(lowerCase(t.text)) || PRONOUN_SUBJECTS.has(lowerCase(t.text))) return null;
  }
  return floor;
}
/** Participles not in -ed that place people: "held in Sudan", "born in Lagos", "caught in Gaza". */
const HELD_IN = new Set(['held', 'kept', 'caught', 'shot', 'born', 'left', 'stuck', 'hit', 'taken', 'seen', 'found']);

/** A country's or a body's office in a place: "China's embassy in Manila", "the bank's office in Paris". */
const MISSION_NOUNS = new Set(['embassy', 'consulate', 'mission', 'office', 'bureau', 'delegation']);

/** "familiar with", "close to", "briefed on", "with knowledge of", "speaking to": what stands between an unnamed source and its topic or listener. */
const SOURCE_LINKS = new CaselessWords(['familiar', 'close', 'briefed', 'involved', 'knowledgeable', 'knowledge', 'speaking', 'talking']);
const SOURCE_LINK_PREPOSITIONS = new CaselessWords(['with', 'to', 'on', 'in', 'of', 'about']);

/** What links an unnamed source to where they serve: "an official in the ministry", "an aide to the minister". */
const SOURCE_PLACES = new CaselessWords(['in', 'at', 'to', 'with', 'from', 'on', 'inside', 'within']);

/** The start of the lower-case phrase an unnamed source's head noun at `head` ends ("a senior official"), or `head + 2` (no change) where it opens no such phrase. */
function sourceHeadStart(tokens: Token[], head: number, floor: number): number {
  let first = head;
  while (first - 1 >= floor && first > head - 4 && tokens[first - 1].kind === 'word' && !isStop(tokens[first - 1]) && !isSentenceBoundaryToken(tokens, first - 1)) first--;
  if (first - 1 >= floor && /^(?:a|an|one|two|three|several|some)$/iu.test(tokens[first - 1].text)) first--;
  return /^(?:a|an|one|two|three|several|some)$/iu.test(tokens[first].text) || first === floor ? first : head + 2;
}

/**
 * "said a person familiar with the matter", "said an official in the ministry": after the verb
 * the phrase reader stops at the unnamed source's head noun; the words linking it to its
 * topic or its employer are part of the phrase. Returns the phrase, extended where they follow.
 */
function withSourceTopic(tokens: Token[], phrase: Phrase, limit: number): Phrase {
  let k = phrase.tokenEnd;
  const head = tokens[k - 1];
  if (!UNNAMED_SOURCE_HEADS.has(head.text) || !/^\p{Ll}/u.test(head.text) || k >= limit) return phrase;
  if (SOURCE_LINKS.has(tokens[k].text) && k + 1 < limit && SOURCE_LINK_PREPOSITIONS.has(tokens[k + 1].text)) k += 2;
  else if (lowerCase(tokens[k].text) === 'with' && lowerCase(tokens[k + 1]?.text ?? '') === 'knowledge' && lowerCase(tokens[k + 2]?.text ?? '') === 'of') k += 3;
  else if (SOURCE_PLACES.has(tokens[k].text)) k += 1;
  else return phrase;
  let end = k;
  // Words, with the full stop of an abbreviation and a hyphen inside a word ("George W. Bush", "super-PAC").
  const inWord = (e: number): boolean => (tokens[e].text === '.' && isInnerPeriod(tokens, e)) || (tokens[e].text === '-' && tokens[e - 1].end === tokens[e].start && tokens[e + 1]?.start === tokens[e].end);
  while (end < limit && end < k + 8 && (tokens[end].kind === 'word' || inWord(end)) && !/^(?:who|which|that|said|says|told|and|but|on|in|at|as)$/iu.test(tokens[end].text)) end++;
  if (end === k) return phrase;
  return { ...phrase, end: tokens[end - 1].end, tokenEnd: end };
}

/** Verbs by which a document is issued: "signed a letter", "released a statement", "sent an email". */
const ISSUED = /^(?:signed|released|releasing|issued|issuing|sent|wrote|published|posted|put|filed|tweeted|circulated|delivered|drafted|penned)$/u;

/** Written or shown words that speak for whoever issued them. */
const DOCUMENT_NOUNS = new Set(['statement', 'email', 'e-mail', 'letter', 'message', 'note', 'memo', 'video', 'ad', 'release', 'tweet', 'post', 'text', 'sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'poster', 'posters', 'response', 'reply', 'notice', 'petition', 'report', 'filing']);

/**
 * "people familiar with the matter said", "a source close to the talks told": the phrase
 * before the verb is the topic; the speaker is the one before "familiar with". Returns the
 * start of that speaker's phrase, or `start` when there is none.
 */
function sourceBefore(tokens: Token[], start: number, floor: number): number {
  let k = start - 1;
  if (k - 1 < floor || !SOURCE_LINK_PREPOSITIONS.has(tokens[k].text)) return start;
  // "an official in the ministry said", "an aide to the minister said": an unnamed source
  // and where they serve.
  if (!SOURCE_LINKS.has(tokens[k - 1].text)) return SOURCE_PLACES.has(tokens[k].text) && UNNAMED_SOURCE_HEADS.has(tokens[k - 1].text) ? sourceHeadStart(tokens, k - 1, floor) : start;
  k -= 2;
  if (k >= floor && lowerCase(tokens[k].text) === 'with') k--; // "with knowledge of"
  let first = k + 1;
  while (first - 1 >= floor && first > k - 4 && tokens[first - 1].kind === 'word' && !isStop(tokens[first - 1]) && !isSentenceBoundaryToken(tokens, first - 1)) first--;
  return first <= k ? first : start;
}

/**
 * The subject of the sentence holding token `at`: the first phrase of the sentence that is not
 * an introductory phrase ("At the final debate, he …" → "he").
 */
export function sentenceSubject(doc: AnalyzedText, at: number, floor: number): Phrase | null {
  const { tokens } = doc;
  let start = at;
  while (start - 1 >= floor && start > at - SUBJECT_REACH && !isSentenceBoundaryToken(tokens, start - 1)) start--;
  // "WASHINGTON — Thune on Tuesday rejected …, telling reporters": the dateline is no subject.
  if (start < at) start = Math.min(at, datelineEnd(tokens, { start: tokens[start].start, end: tokens[at].end, tokenStart: start, tokenEnd: at + 1 }));
  let i = start;
  // Skip introductory phrases: "At the final debate, …", "In a statement, …", "Asked about X, …",
  // also after a conjunction ("And although he thanked them, he …").
  if (i + 1 < at && leads(tokens[i].text) && isIntroductoryStart(tokens, i + 1)) i++;
  let skipped = false;
  // "Asked about X's kicking, which yielded five goals, Schmidt smiled": a relative clause right
  // after an introductory phrase belongs to it too.
  while (i < at && (isIntroductoryStart(tokens, i) || (skipped && INTRODUCTION_RELATIVES.has(tokens[i].text)))) {
    let k = i;
    while (k < at && tokens[k].text !== ',') k++;
    if (k >= at) break;
    i = k + 1;
    skipped = true;
  }
  while (i < at && (tokens[i].kind !== 'word' || leads(tokens[i].text))) i++;
  i = afterEvidenceHeard(tokens, i, at);
  if (i >= at) return null;
  // "When he returned he began by saying": a clause opened by "when" without a comma; its main
  // clause's subject is the pronoun nearest the verb.
  if (/^(?:when|after|once|as|while|before|if)$/iu.test(tokens[i].text)) {
    for (let k = at - 1; k > i + 1; k--) {
      if (tokens[k].text === ',') break;
      if (tokens[k].kind === 'word' && PRONOUN_SUBJECTS.has(lowerCase(tokens[k].text))) return toPhrase(tokens, k, k + 1);
    }
  }
  const first = tokens[i];
  // "Here is one: keep … and ask …": an adverb opening the sentence is no subject.
  if (ADVERBS_NOT_SUBJECTS.has(lowerCase(first.text)) && tokens[i + 1]?.kind === 'word' && FINITE_BE.has(tokens[i + 1].text)) return null;
  if (!isPhraseToken(tokens, i) && !PRONOUN_SUBJECTS.has(lowerCase(first.text))) return describedName(tokens, i, at) ?? crowdSubject(tokens, i, at);
  if (PRONOUN_SUBJECTS.has(lowerCase(first.text))) return toPhrase(tokens, i, i + 1);
  let end = i + 1;
  // (Not a role after a determiner inside the phrase: "Obama the hopeful has …" is a name and its epithet.)
  while (end < at && end < i + 8 && (isPhraseToken(tokens, end) || (isRoleNounInPhrase(tokens, end, i) && !(end - 1 > i && DETERMINERS.has(tokens[end - 1].text))) || describesRoleNoun(tokens, end)) && !isStop(tokens[end])) end++;
  while (end - 1 > i && /^(?:of|for|and|the|a|an|&|-)$/iu.test(tokens[end - 1].text)) end--;
  // "The spot concludes with …": a determiner takes the noun after it.
  if (end === i + 1 && DETERMINERS.has(lowerCase(first.text)) && end < at && tokens[end].kind === 'word' && !isStop(tokens[end])) end++;
  // "Australia's most senior Catholic cleric has apologised …, describing": an owner's name
  // goes on to the noun it owns, the words before the verb.
  if (CAPITALIZED_POSSESSIVE.test(tokens[end - 1].text)) end = ownedNounEnd(tokens, end, at);
  return toPhrase(tokens, i, end);
}

/** The bodies a court report says "heard" the evidence: "The court heard …", "Jurors heard …", "the inquiry was told". */
export const HEARING_BODIES = new CaselessWordSet(['court', 'jury', 'jurors', 'inquest', 'tribunal', 'hearing', 'trial', 'magistrates', 'inquiry', 'committee', 'panel']);

/**
 * "The court heard Pryce met his victims online, telling them …": the court heard the
 * evidence and says nothing; the clause after "heard" has the subject a participle or a
 * second verb goes on from. The token after "heard (that)" when the sentence opens so, else `i`.
 */
function afterEvidenceHeard(tokens: Token[], i: number, at: number): number {
  let k = i;
  if (k < at && lowerCase(tokens[k].text) === 'the') k++;
  if (k + 2 >= at || !HEARING_BODIES.has(tokens[k].text) || tokens[k + 1].text !== 'heard') return i;
  k += 2;
  if (tokens[k].text === 'that') k++;
  return k < at && tokens[k].kind === 'word' ? k : i;
}

const ADJUNCT_PREPOSITIONS = new Set(['during', 'at', 'in']);
const ADJUNCT_ARTICLES = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);

/** Verbs and auxiliaries that end a subject's words: "… cleric has apologised". */
const SUBJECT_ENDING_VERBS = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'said', 'says', 'can', 'could', 'may', 'might', 'must', 'should']);

/** From token `k` after an owner's name, the end of the words it owns before the verb (at most five), or `k` when no verb ends them. */
function ownedNounEnd(tokens: Token[], k: number, at: number): number {
  for (let e = k; e < at && e <= k + 5; e++) {
    const t = tokens[e];
    // "Norway's sovereign wealth fund, which holds …, said": a relative clause set off after the noun ends it too.
    if (t.text === ',' && e > k && WHO_WHICH.has(tokens[e + 1]?.text ?? '')) return e;
    if (t.kind !== 'word') return k;
    if (e > k && (SUBJECT_ENDING_VERBS.has(t.text) || LOWERCASE_ED.test(t.text))) return e;
  }
  return k;
}

/**
 * "pop star Taylor Swift endorsed …", "tech billionaire Elon Musk said": up to three plain words
 * describing the name after them, and the name, open the sentence as its subject.
 */
function describedName(tokens: Token[], i: number, at: number): Phrase | null {
  if (INTRODUCTORY.test(tokens[i].text) || INTRODUCTORY_PREPOSITIONS.test(tokens[i].text)) return null;
  let k = i;
  while (k < at && k < i + 3 && tokens[k].kind === 'word' && LOWERCASE_WORD.test(tokens[k].text) && !isStop(tokens[k]) && !NOT_PLAIN_NOUNS.has(tokens[k].text)) k++;
  if (k === i || k >= at || !isCapitalizedToken(tokens[k])) return null;
  let end = k + 1;
  while (end < at && end < k + 4 && isCapitalizedToken(tokens[end])) end++;
  return toPhrase(tokens, i, end);
}

/** Nouns of a crowd: whoever chants or shouts in a sentence they open is that crowd. */
const CROWD_NOUNS = new Set([
  'protesters', 'protestors', 'demonstrators', 'marchers', 'supporters', 'fans', 'spectators', 'crowd', 'crowds',
  'activists', 'students', 'workers', 'residents', 'mourners', 'onlookers', 'rioters', 'delegates', 'voters', 'people',
]);
/** Words of quantity or kind before a crowd noun: `about 200 protesters`, `hundreds of angry fans`. */
const CROWD_LEADS = new Set(['a', 'an', 'the', 'about', 'around', 'some', 'many', 'several', 'hundreds', 'thousands', 'dozens', 'of', 'few', 'more', 'than', 'nearly', 'almost', 'over', 'at', 'least', 'angry', 'young', 'local', 'other']);

/**
 * `Outside the arena, about 200 protesters gathered, chanting "…"`: a sentence opening with a
 * crowd in lower case, a few words of quantity before the noun (`and spectators` may follow).
 */
function crowdSubject(tokens: Token[], i: number, at: number): Phrase | null {
  for (let k = i; k < at && k < i + 6; k++) {
    const t = tokens[k];
    const word = lowerCase(t.text);
    if (t.kind === 'word' && CROWD_NOUNS.has(word)) {
      let end = k + 1;
      if (end + 1 < at && lowersTo(tokens[end].text, 'and') && CROWD_NOUNS.has(lowerCase(tokens[end + 1].text))) end += 2;
      return toPhrase(tokens, i, end);
    }
    if (t.kind !== 'number' && !(t.kind === 'word' && CROWD_LEADS.has(word))) return null;
  }
  return null;
}

/** How far back the subject of a participle is looked for; bounded so that work stays linear. */
const SUBJECT_REACH = 60;

const INTRODUCTORY = /^(?:at|in|on|during|after|before|asked|speaking|since|when|while|as|with|without|for|from|by|despite|following|earlier|later|last|this|in|according|addressing|responding|writing|under|over|through|although|though|if|because|once|to)$/iu;
/** Adverbs and prepositions that open an introductory phrase when a lower-case word or a comma follows ("Back in 1999,", "Even before …,"; not "Even Trump, …"). */
/** Prepositions that open an introductory phrase before any word ("Alongside BLM calls for action, …"). */
const INTRODUCTORY_PREPOSITIONS = /^(?:alongside|amid|amidst|among|across|against|around|behind|beside|besides|between|beyond|inside|outside|within|throughout|toward|towards|upon|via|unlike|except)$/iu;
const INTRODUCTORY_BEFORE_LOWER = /^(?:back|here|there|even|just|only|now|then|yet|still|also|shortly|soon|early|today|yesterday|tonight|near|like|given|instead|indeed|moreover|furthermore|nevertheless|nonetheless|again|overall|meanwhile|however|separately|similarly|additionally|ultimately|finally|recently|previously|initially|eventually|apparently|clearly|privately|publicly|personally|two|three|four|five|six|seven|eight|nine|ten|several|days|weeks|months|years|hours|minutes|moments)$/iu;

/**
 * A sentence opens with a phrase set off by a comma that is not its subject: a preposition
 * or adverb ("Back in 1999, …", "Here in Columbia, …", "Separately, …"), a number ("In 2012,"
 * "Two days later, …") or a participle with its complement ("Appearing before supporters, …").
 */
const INTRODUCTION_RELATIVES = new Set(['which', 'who', 'whose', 'where']);

function isIntroductoryStart(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'word') return false;
  if (INTRODUCTORY.test(t.text) || INTRODUCTORY_PREPOSITIONS.test(t.text)) return true;
  const next = tokens[i + 1];
  if (next === undefined) return false;
  const lowerNext = next.kind === 'word' && LOWERCASE_INITIAL.test(next.text);
  if (INTRODUCTORY_BEFORE_LOWER.test(t.text)) return lowerNext || next.text === ',' || next.kind === 'number';
  return CAPITALIZED_PARTICIPLE.test(t.text) && lowerNext;
}

/** The first token of a dash ending at token `j` ("—", "–", "--", a hyphen standing between spaces), or -1. */
/**
 * "Professor Sarah Dunlop — no relation — of the Minderoo Foundation said": a body after "of"
 * and an aside between dashes is where the name before the aside works; the phrase opens at
 * that name. `start` unchanged otherwise.
 */
function nameBeforeAside(tokens: Token[], start: number, floor: number): number {
  const of = lowersTo(tokens[start]?.text ?? '', 'the') ? start - 1 : start;
  if (of - 2 <= floor || !lowersTo(tokens[of].text, 'of')) return start;
  const opening = asideOpeningDash(tokens, of - 1, floor);
  if (opening <= floor || !isCapitalizedToken(tokens[opening - 1])) return start;
  let name = opening - 1;
  while (name - 1 >= floor && name > opening - 6 && isCapitalizedToken(tokens[name - 1])) name--;
  return name;
}

/** Where the dash opening the aside that the dash at `j` closes stands ("Jason Sims — a teacher from Ohio — says"), or -1. */
function asideOpeningDash(tokens: Token[], j: number, floor: number): number {
  const closingDash = dashEndingAt(tokens, j);
  if (closingDash < 0) return -1;
  const glyph = tokens[j].text;
  let k = closingDash - 1;
  while (k > floor && k > j - 30 && !(tokens[k].text === glyph && dashEndingAt(tokens, k) >= 0) && !isSentenceBoundaryToken(tokens, k)) k--;
  return k > floor && tokens[k].text === glyph ? dashEndingAt(tokens, k) : -1;
}

function dashEndingAt(tokens: Token[], j: number): number {
  const t = tokens[j];
  if (t.text === '—' || t.text === '–') return j;
  if (t.text !== '-') return -1;
  const prev = tokens[j - 1];
  if (prev?.text === '-' && prev.end === t.start) return j - 1;
  const next = tokens[j + 1];
  return prev !== undefined && prev.end < t.start && (next === undefined || next.start > t.end) ? j : -1;
}

const DOUBLE_MARKS = new Set(['"', '“', '”', '„', '«', '»']);

function isSentenceBoundaryToken(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'punct') return false;
  if (t.text === '!' || t.text === '?' || t.text === ';') return true;
  if (DOUBLE_MARKS.has(t.text)) return nicknameMarksAt(tokens, i) === null && !isTitleMarkAt(tokens, i);
  return t.text === '.' && !isInnerPeriod(tokens, i);
}

/** Prepositions before a work's title in marks: "directed Hackman in "The Conversation"", "known for "Unforgiven"". */
export const TITLE_PREPOSITION_WORDS: readonly string[] = ['in', 'for', 'of', 'on', 'from', 'at', 'with'];
const TITLE_PREPOSITIONS = new CaselessWordSet(TITLE_PREPOSITION_WORDS);
/** "in his book "Postwar", warned": the kind of work before its title (quotedWorkTitles.ts). */
const WORK_KIND_WORDS = new CaselessWordSet(WORK_KINDS.filter((w) => w === w.toLowerCase()).flatMap((w) => [w, `${w}s`]));

/**
 * Token i is a mark of a work's title a preposition or the work's kind takes inside a clause
 * (`who directed Hackman in "The Conversation", wrote`, `Judt, in his book "Postwar", warned`):
 * one to six words, the first capitalized and none a long word in lower case, between two marks
 * with the preposition or kind before the first. Such marks end no phrase.
 */
function isTitleMarkAt(tokens: Token[], i: number): boolean {
  for (let open = i; open >= 1 && open > i - 8; open--) {
    if (!DOUBLE_MARKS.has(tokens[open].text) || !(TITLE_PREPOSITIONS.has(tokens[open - 1].text) || WORK_KIND_WORDS.has(tokens[open - 1].text))) continue;
    let close = open + 1;
    while (close < tokens.length && close < open + 8 && !DOUBLE_MARKS.has(tokens[close].text)) close++;
    if (close >= tokens.length || !DOUBLE_MARKS.has(tokens[close].text) || close === open + 1 || (i !== open && i !== close)) return false;
    if (!isCapitalizedToken(tokens[open + 1])) return false;
    for (let k = open + 1; k < close; k++) {
      const w = tokens[k];
      if (w.kind === 'word' && !isCapitalizedToken(w) && w.text.length > 4) return false;
      // (`in his book "Postwar," warned`: the comma American copy sets inside the marks.)
      if (w.kind === 'punct' && w.text !== '-' && w.text !== ':' && w.text !== "'" && w.text !== '’' && !(w.text === ',' && k === close - 1 && k > open + 1)) return false;
    }
    return true;
  }
  return false;
}

/**
 * `tokens[j]` is a comma right before the verb. An appositive ("…, a former senator, said")
 * is stepped over to the name before it; a name segment ("In Ohio, Gov. John Kasich (R-OH),
 * said") is kept. Returns the last token of the subject, or null.
 */
/** Nouns of bodies a name may rename after a comma: "for the charity, Hope Without Borders,". */
const BODY_NOUNS = new Set(['charity', 'company', 'firm', 'group', 'union', 'ministry', 'agency', 'organisation', 'organization', 'council', 'department', 'campaign', 'bank', 'club', 'party', 'newspaper', 'broadcaster', 'network', 'foundation', 'institute', 'hospital', 'university', 'school', 'trust', 'authority', 'regulator', 'airline', 'carmaker', 'retailer']);
const BODY_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her']);

function segmentBeforeComma(tokens: Token[], j: number, floor: number): number | null {
  // Up to three appositives in a row: "Scott Pruitt, the attorney general of Oklahoma, one of
  // the states suing, said"; four segments when one is a name inside a relative clause; six
  // with an age and an address ("Ann Lee, 59, of Ashton, Md., who watched it, said").
  let address = false;
  for (let n = 0; n < 6; n++) {
    if (n >= 4 && !address) return null;
    let c = j - 1;
    while (c >= floor && c > j - 30 && tokens[c].text !== ',' && !isSentenceBoundaryToken(tokens, c)) c--;
    const segmentStart = c + 1;
    if (segmentStart >= j) return null;
    const first = tokens[segmentStart];
    // "In other words, explained X:": a sentence-opening introductory phrase, the subject
    // follows the verb. Not "Snyder, for his part, has denied": that phrase stands between commas.
    if (n === 0 && (c < floor || tokens[c].text !== ',') && INTRODUCTORY.test(first.text) && segmentStart + 1 < j && !isCapitalizedToken(tokens[segmentStart + 1])) return null;
    // Lower case, a determiner, an age ("Smith, 45,") or a party and state ("McConnell, R-Ky.,").
    const partyState = /^[RDI]$/u.test(first.text) && tokens[segmentStart + 1]?.text === '-';
    // A description ending in a common noun: "Jeff Weaver, Sanders’ campaign manager, said".
    const describes = c >= floor && tokens[c].text === ',' && j - 1 > segmentStart && tokens[j - 1].kind === 'word' && !isCapitalizedToken(tokens[j - 1]);
    // "Gary Webb, 52, of Elm Road, Dartford, admitted": a town after an address in "of …" or
    // "from …" goes on with the address.
    const town = c >= floor && tokens[c].text === ',' && j - segmentStart <= 3 && segmentOpensAddress(tokens, c, floor);
    address ||= town;
    // "Dusan Materic, a chemist at the centre in Leipzig, Germany, said": a country or a state
    // after a capitalized word and its comma is where that word's town lies, no subject.
    const countryOfTown = c - 1 >= floor && tokens[c].text === ',' && isCapitalizedToken(tokens[c - 1]) && j - segmentStart <= 3 && namesCountryOrRegion(wordsOf(tokens, segmentStart, j));
    // "…, staff nurse Aisha Begum, 29, said": plain words describing the name they end in (no
    // preposition: "chairman of Acme Corp" describes the one before) are the subject's phrase.
    const describedName = !isCapitalizedToken(first) && isCapitalizedToken(tokens[j - 1]) && plainWordsBeforeName(tokens, segmentStart, j);
    // "Wang Wenbin, China's ambassador to Cambodia, said": an owner's name and a role in lower case describe the name before.
    const ownersRole = c >= floor && tokens[c].text === ',' && POSSESSIVE.test(first.text) && segmentStart + 1 < j && /^\p{Ll}/u.test(tokens[segmentStart + 1].text) && tokens[segmentStart + 1].kind === 'word';
    const appositive = (!isCapitalizedToken(first) && !describedName) || DETERMINER_OR_RELATIVE.test(first.text) || first.kind === 'number' || partyState || describes || town || ownersRole || countryOfTown;
    // "Ann Woods, whose husband, Tom Woods, died in 2012, said": a name set off inside a
    // relative clause is the relative clause's, not the subject.
    // "A spokeswoman for the charity, Hope Without Borders, said": the name renames the body the
    // phrase before ends in; that phrase, the spokeswoman, is the subject.
    if (n === 0 && !appositive && c - 2 >= floor && tokens[c].text === ',' && (BODY_NOUNS.has(tokens[c - 1].text) || isOrganizationRole(tokens[c - 1].text)) && BODY_DETERMINERS.has(lowerCase(tokens[c - 2].text)) && isCapitalizedToken(first)) return c - 1;
    if (!appositive && !(n > 0 && c >= floor && tokens[c].text === ',' && opensRelativeSegment(tokens, c, floor))) return j - 1;
    // The first segment of the clause, after an appositive, is the subject itself: "the
    // economist Jared Bernstein, a former adviser, wrote", "as Tom Ridge, a former
    // secretary, put it".
    const opensClause = c < floor || tokens[c].text !== ',';
    if (n > 0 && opensClause && !/^(?:who|which|whose)$/iu.test(first.text)) return j - 1;
    if (n > 0 && CLAUSE_OPENERS.test(first.text) && isCapitalizedToken(tokens[segmentStart + 1] ?? first)) return j - 1;
    if (opensClause) return null;
    j = c;
  }
  return null;
}

const DETERMINER_OR_RELATIVE = /^(?:the|a|an|who|which|whose|his|her|its|their|one)$/iu;

/** The words of tokens [from, to) joined by single spaces: "New Zealand". */
function wordsOf(tokens: Token[], from: number, to: number): string {
  let out = tokens[from].text;
  for (let k = from + 1; k < to; k++) out += ` ${tokens[k].text}`;
  return out;
}

/**
 * The tokens [from, to) are one to three plain nouns and a name of capitalized words: "staff
 * nurse Aisha Begum". No determiner, preposition, stop word or verb form ("that Sanders can
 * catch Clinton", "contradicting Trump", "chairman of Acme Corp", "like Turkey", "under Rupert Murdoch").
 */
function plainWordsBeforeName(tokens: Token[], from: number, to: number): boolean {
  let k = from;
  while (k < to && k < from + 3 && tokens[k].kind === 'word' && LOWERCASE_WORD.test(tokens[k].text) && !isStop(tokens[k]) && !NOT_PLAIN_NOUNS.has(tokens[k].text)
    && !DETERMINER_OR_RELATIVE.test(tokens[k].text) && !/(?:ed|ing)$/u.test(tokens[k].text) && !/^(?:of|for|and|or|can|could|will|would|should|may|might|must|like|unlike|including|than|near)$/u.test(tokens[k].text)
    && !INTRODUCTORY.test(tokens[k].text) && !INTRODUCTORY_PREPOSITIONS.test(tokens[k].text)) k++;
  if (k === from) return false;
  for (let n = k; n < to; n++) if (!isCapitalizedToken(tokens[n]) && !(tokens[n].text === '.' && isInnerPeriod(tokens, n))) return false;
  return k < to;
}

/**
 * The segment ending at the comma `c` ends in an address: "of Elm Road", "from Leeds", "a
 * supporter from Jackson" (a place in capitals after "of" or "from", set off by a comma before it).
 */
function segmentOpensAddress(tokens: Token[], c: number, floor: number): boolean {
  let k = c - 1;
  while (k > floor && k > c - 4 && isCapitalizedToken(tokens[k]) && tokens[k - 1].text !== ',') k--;
  if (k === c - 1 || !(tokens[k].text === 'of' || tokens[k].text === 'from')) return false;
  while (k > floor && k > c - 10 && tokens[k - 1].text !== ',' && !isSentenceBoundaryToken(tokens, k - 1)) k--;
  return k - 1 >= floor && tokens[k - 1].text === ',';
}

/**
 * The last token of the capitalized name before an appositive that ends at token `j` and opens
 * with an article after a comma (`John Smith, a senior analyst at Jefferies`); null where the
 * segment is no such appositive.
 */
function nameBeforeAppositive(tokens: Token[], j: number, floor: number): number | null {
  let c = j;
  while (c > floor && c > j - 12 && tokens[c].text !== ',' && !isSentenceBoundaryToken(tokens, c)) c--;
  if (c <= floor || c === j || tokens[c].text !== ',' || !ARTICLES.has(tokens[c + 1].text)) return null;
  const name = tokens[c - 1];
  return name.kind === 'word' && isCapitalizedToken(name) && !STOP_WORDS.has(lowerCase(name.text)) ? c - 1 : null;
}

/** The segment ending at the comma `c` opens with "who", "whose" or "which" (a few words back at most). */
function opensRelativeSegment(tokens: Token[], c: number, floor: number): boolean {
  let k = c - 1;
  while (k > floor && k > c - 8 && tokens[k - 1].text !== ',' && !isSentenceBoundaryToken(tokens, k - 1)) k--;
  return k >= floor && /^(?:who|whose|which)$/iu.test(tokens[k].text);
}

/** Words that open a clause before its subject: "as Tom Ridge, …, put it", "when Trump, …, said". */
const CLAUSE_OPENERS = /^(?:as|when|while|after|before|because|since|if|though|although|and|but|so|then)$/iu;

/** "a White House official who spoke anonymously to discuss strategy said": the index of "who". */
const CLAUSE_LINKS = new Set(['that', 'because', 'if', 'when', 'while', 'although', 'though', 'since', 'so']);
const WHO_WHOSE = new CaselessWords(['who', 'whose']);

function relativeClauseStart(tokens: Token[], j: number, floor: number): number | null {
  for (let k = j; k >= floor && k > j - 15; k--) {
    const t = tokens[k];
    if (isPhraseBoundary(t)) return null;
    // "… over who supported the bill that Chris Christie said": a new clause opens after "that".
    if (t.kind === 'word' && CLAUSE_LINKS.has(t.text)) return null;
    if (t.kind === 'word' && isRelative(t, WHO_WHOSE) && k - 1 >= floor && tokens[k - 1].kind === 'word') return k;
  }
  return null;
}

/** The phrase right after the verb at token `verb` ("said Mr. Trump, …"), up to token `limit`. */
export function phraseAfterVerb(doc: AnalyzedText, verb: number, limit: number, speakerAfterQuote = false): Phrase | null {
  const { tokens } = doc;
  let i = verb + 1;
  // "said Tuesday", "said on Monday": time words before the subject.
  while (i < limit && tokens[i].kind === 'word' && BETWEEN_SUBJECT_AND_VERB.has(tokens[i].text) && !/^(?:i|is|was|has|had)$/iu.test(tokens[i].text)) i++;
  if (i >= limit) return null;
  // "said 9/11 widow Terry Strada", "said 17-year-old Ana Ruiz": a figure glued into one word describes the name after it.
  const described = figureBeforeName(tokens, i, limit);
  if (described > i) return phraseFrom(tokens, i, described, limit);
  const first = tokens[i];
  if (first.kind !== 'word') return null;
  const lower = lowerCase(first.text);
  if (STOP_WORDS.has(lower) && !isCapitalizedToken(first)) return null;
  if (!isCapitalizedToken(first) && !PHRASE_WORDS.has(lower) && !PRONOUN_SUBJECTS.has(lower) && !describesName(tokens, i, limit) && !titleBeforeName(tokens, i, limit) && !hyphenatedTitleBeforeName(tokens, i, limit)) return null;
  if (PRONOUN_SUBJECTS.has(lower)) return toPhrase(tokens, i, i + 1);
  // `"…," said fire information officer Mike Ross`: after a quotation the inverted verb's
  // subject follows, and every word of its lower-case title is read (the phrase reader alone
  // stops at a word that is neither a role nor next to the name).
  const titled = speakerAfterQuote && !isCapitalizedToken(first) && titleBeforeName(tokens, i, limit) ? titleEnd(tokens, i, limit) : i + 1;
  const phrase = phraseFrom(tokens, i, titled, limit);
  // `"…," said a retired office worker who …`: an unnamed speaker's words run on to the noun.
  // ("a source close to the talks", "a person familiar with …" keep the reading of their topic.)
  const topical = phrase && withSourceTopic(tokens, phrase, limit);
  if (phrase && topical && topical.tokenEnd === phrase.tokenEnd && speakerAfterQuote && INDEFINITE.has(first.text)) return { ...phrase, ...unnamedPhraseEnd(tokens, phrase, limit) };
  // `said his boss was "…"`: a phrase with a finite verb of its own right after it is the
  // reported clause's subject, no speaker after an inverted verb.
  if (topical && !isCapitalizedToken(first) && FINITE_AFTER_SUBJECT.has(tokens[topical.tokenEnd]?.text ?? '')) return null;
  // `"…," said the designer.`, `said the award-winning designer`, `said their barrister, X`: a
  // role the phrase words do not know still ends the inverted verb's subject; where the reader
  // stopped before it, inside a phrase of lower-case words after "the" or an owner's word, the
  // words are read on to a stop.
  if (phrase && speakerAfterQuote && DEFINITE_LEADS.has(first.text) && !someCapitalized(tokens, phrase)) {
    const read = unnamedPhraseEnd(tokens, phrase, limit, DEFINITE_PHRASE_STOPS);
    if (read.tokenEnd > phrase.tokenEnd) return { ...phrase, ...read };
  }
  return topical;
}

const INDEFINITE = new Set(['a', 'an']);
/** Finite verbs that open a clause's predicate after its subject ("his boss was", "the team had"). */
const FINITE_AFTER_SUBJECT = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must']);
/** Words that end an unnamed speaker's phrase: a relative, a preposition of place or time, a verb. */
const UNNAMED_PHRASE_STOPS = new Set(['who', 'whose', 'which', 'that', 'from', 'in', 'at', 'on', 'with', 'for', 'to', 'outside', 'near', 'and', 'but', 'as', 'during', 'after', 'before', 'said', 'says', 'told', 'added']);

/**
 * The word at `e` is none of the definite phrase's: an adverb or a time word ("said the designer
 * proudly", "said the mayor yesterday"), or a participle after the head ("the base chief known
 * as Bob", "the officer involved"; right after "the" one describes the head: "the retired judge").
 */
function endsDefiniteHead(tokens: Token[], phrase: Phrase, e: number): boolean {
  const word = tokens[e].text;
  return word.endsWith('ly') || BETWEEN_SUBJECT_AND_VERB.has(word) || (e > phrase.tokenStart + 1 && (word.endsWith('ed') || IRREGULAR_PARTICIPLES.has(word)));
}

/** Words that open a definite speaker phrase after an inverted verb: "said the designer", "said their barrister". */
const DEFINITE_LEADS = new CaselessWordSet(['the', 'his', 'her', 'their', 'its', 'our']);

/** A capitalized token in the phrase: a name or a title the reader took whole. */
function someCapitalized(tokens: Token[], phrase: Phrase): boolean {
  for (let k = phrase.tokenStart + 1; k < phrase.tokenEnd; k++) if (isCapitalizedToken(tokens[k])) return true;
  return false;
}

/** Those and more that end "the designer of the gown", "the designer proudly": after "the" the head noun comes before any "of" or adverb. */
const DEFINITE_PHRASE_STOPS = new Set([...UNNAMED_PHRASE_STOPS, 'of', 'by', 'about', 'has', 'had', 'was', 'is', 'would', 'will']);

/** The end of "a 34-year-old office worker": lower-case words, numbers and hyphens up to a stop (of `stops`), at most eight tokens. */
function unnamedPhraseEnd(tokens: Token[], phrase: Phrase, limit: number, stops: ReadonlySet<string> = UNNAMED_PHRASE_STOPS): { end: number; tokenEnd: number } {
  let e = phrase.tokenEnd;
  while (e < limit && e < phrase.tokenStart + 8) {
    const t = tokens[e];
    const word = t.kind === 'word' && LOWERCASE_WORD.test(t.text) && !stops.has(t.text) && !(stops !== UNNAMED_PHRASE_STOPS && endsDefiniteHead(tokens, phrase, e));
    if (!(word || t.kind === 'number' || (t.text === '-' && t.start === tokens[e - 1].end))) break;
    e++;
  }
  while (e > phrase.tokenEnd && tokens[e - 1].text === '-') e--;
  return e > phrase.tokenEnd ? { end: tokens[e - 1].end, tokenEnd: e } : { end: phrase.end, tokenEnd: phrase.tokenEnd };
}

/**
 * The source after "according to" (token `to`), up to token `limit`. A capitalized source is
 * read as a name ("the Ministry of Defence", "Reuters"); a source in lower case is a noun
 * phrase the name reader stops inside ("a large new study", "court papers", "the
 * indictment unsealed on Monday"), so it is read on over lower-case words up to a
 * preposition, a participle that opens a detail, or punctuation.
 */
export function sourceAfterAccordingTo(doc: AnalyzedText, to: number, limit: number): Phrase | null {
  const { tokens } = doc;
  const phrase = phraseAfterVerb(doc, to, limit);
  if (!phrase) return null;
  for (let i = phrase.tokenStart; i < phrase.tokenEnd; i++) if (isCapitalizedToken(tokens[i])) return phrase;
  const noun = lowerCaseNounPhrase(tokens, to + 1, limit);
  return noun && noun.tokenEnd > phrase.tokenEnd ? noun : phrase;
}

/** Words a lower-case source noun phrase never holds: prepositions, links to a topic, clause words. */
/** Words opening what an unnamed source is said to know, after its noun: "an aide familiar with the talks", "a diplomat close to them". */
export const SOURCE_DETAIL_OPENERS: ReadonlySet<string> = new Set(['familiar', 'close', 'briefed', 'involved', 'knowledgeable']);

const SOURCE_PHRASE_BREAKS = new CaselessWords([
  'of', 'for', 'by', 'through', 'via', 'under', 'among', 'between', 'against', 'and', 'or', ...SOURCE_DETAIL_OPENERS,
  'who', 'which', 'that', 'he', 'she', 'they', 'we', 'i', 'it', 'his', 'her', 'their', 'our', 'my', 'its',
]);

/** Past participles not in -ed that open a detail after a source: "a memo seen by", "figures given to". */
const IRREGULAR_PARTICIPLES = new CaselessWords(['seen', 'given', 'written', 'shown', 'taken', 'made', 'drawn', 'sent', 'held', 'kept', 'known', 'found', 'heard', 'brought', 'put', 'led', 'won', 'done']);

/** "a large new study", "court papers", "leaked documents": lower-case words from token `i` (a few at most), or null. */
function lowerCaseNounPhrase(tokens: Token[], i: number, limit: number): Phrase | null {
  let end = i;
  while (end < limit && end < i + 6) {
    const t = tokens[end];
    if (t.kind === 'number' && end > i) {
      end++;
      continue;
    }
    // "ouest-france": the parts of a hyphenated word.
    if (t.text === '-' && end > i && t.start === tokens[end - 1].end && tokens[end + 1]?.start === t.end) {
      end++;
      continue;
    }
    if (t.kind !== 'word' || isCapitalizedToken(t) || isStop(t) || (end > i && SOURCE_PHRASE_BREAKS.has(t.text))) break;
    if (!/^\p{Ll}[\p{Ll}-]*(?:['’]s)?$/u.test(t.text)) break;
    // "the indictment unsealed in …", "polls conducted for …": a participle opening a detail
    // ends the source; one before a noun describes it ("leaked documents").
    if (end > i && (/\p{Ll}ed$/u.test(t.text) || endsInIng(t.text) || IRREGULAR_PARTICIPLES.has(t.text))) {
      const next = tokens[end + 1];
      if (!next || next.kind !== 'word' || isCapitalizedToken(next) || isStop(next) || SOURCE_PHRASE_BREAKS.has(next.text) || ARTICLES.has(next.text) || isAdverb(next)) break;
    }
    // "court documents previously filed": an adverb after a noun opens a detail ("a newly
    // released poll" keeps its adverb after the article).
    if (end > i && isAdverb(t) && !ARTICLES.has(tokens[end - 1].text)) break;
    end++;
  }
  while (end > i && (ARTICLES.has(tokens[end - 1].text) || tokens[end - 1].kind !== 'word')) end--;
  // "conservative talk radio host Rush Limbaugh": a role in lower case names the one whose name follows it right away.
  if (end > i && isPersonRole(tokens[end - 1].text)) {
    let name = end;
    while (name < limit && name < end + 4 && isCapitalizedToken(tokens[name]) && tokens[name].kind === 'word' && tokens[name].start === tokens[name - 1].end + 1) name++;
    if (name > end) end = name;
  }
  return end > i ? toPhrase(tokens, i, end) : null;
}

/** The subject phrase from token `i`, its words up to `end` read already. */
function phraseFrom(tokens: Token[], i: number, end: number, limit: number): Phrase | null {
  while (end < limit && end < i + 8 && (isPhraseToken(tokens, end) || isRoleNounInPhrase(tokens, end, i) || describesName(tokens, end, limit) || isOwnerOfNextWord(tokens, end, limit)) && !isStop(tokens[end]) && !opensNewNounPhrase(tokens, end)) end++;
  // Do not end on a connector ("the head of").
  while (end - 1 > i && /^(?:of|for|and|the|a|an|&|-)$/iu.test(tokens[end - 1].text)) end--;
  return toPhrase(tokens, i, end);
}

/**
 * A figure and what is glued to it ("9/11", "17-year-old") followed by a capitalized name or
 * a word describing one: the index after the glued tokens, or `i` where there is none.
 */
function figureBeforeName(tokens: Token[], i: number, limit: number): number {
  if (tokens[i].kind !== 'number') return i;
  let j = i + 1;
  while (j < limit && j < i + 6 && tokens[j].start === tokens[j - 1].end) j++;
  if (j >= limit || tokens[j].kind !== 'word') return i;
  return isCapitalizedToken(tokens[j]) || describesName(tokens, j, limit) ? j : i;
}

/**
 * `said the skipper`, `said the club's goalkeeper`, `said the lender`: any role noun of a
 * person or a body reads on inside a phrase begun at `from`. Nouns that are verbs as often
 * ("host", "head", "star") only right after a determiner or a possessive.
 */
function isRoleNounInPhrase(tokens: Token[], i: number, from: number): boolean {
  const t = tokens[i];
  if (i <= from || t.kind !== 'word' || isCapitalizedToken(t) || !(isPersonRole(t.text) || isOrganizationRole(t.text))) return false;
  if (!VERB_LIKE_ROLES.has(t.text)) return true;
  const prev = tokens[i - 1].text;
  return DETERMINERS.has(prev) || /\p{L}['’]s$/u.test(prev);
}

/** "One early supporter", "a longtime donor": a lower-case word right before a role noun describes it (not a verb: "gave supporters"). */
function describesRoleNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t.kind !== 'word' || !LOWERCASE_WORD.test(t.text) || isStop(t) || LOWERCASE_ED.test(t.text) || endsInIng(t.text) || next === undefined || next.kind !== 'word' || !LOWERCASE_WORD.test(next.text)) return false;
  const prev = tokens[i - 1]?.text ?? '';
  return (isPersonRole(next.text) || isOrganizationRole(next.text)) && !VERB_LIKE_ROLES.has(next.text) && (DETERMINERS.has(prev) || QUANTIFYING.has(prev));
}

/** Words that count the people a phrase names ("One early supporter", "another senior aide"). */
const QUANTIFYING = new CaselessWordSet(['one', 'another', 'each', 'every', 'some', 'many', 'several', 'two', 'three', 'four', 'five']);

/** Role nouns that are verbs as often: "would host", "head home", "star in". */
const VERB_LIKE_ROLES = new Set(['host', 'head', 'star', 'witness', 'forward', 'chair', 'anchor', 'counsel', 'whip', 'doctor', 'nurse', 'author', 'boss', 'rival', 'post', 'state', 'site', 'paper', 'report', 'study', 'poll', 'survey', 'release', 'complaint', 'letter', 'memo', 'ad', 'video', 'tweet', 'statement', 'super', 'house', 'city', 'county', 'center', 'centre', 'service', 'station', 'channel']);

/** "the campaign's chairman": a lower-case possessive owns the word after it, inside one phrase. */
function isOwnerOfNextWord(tokens: Token[], i: number, limit: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return i + 1 < limit && t.kind === 'word' && /^\p{Ll}+['’]s$/u.test(t.text) && next !== undefined && next.kind === 'word' && next.start > t.end;
}

/**
 * A determiner in lower case right after a noun opens a second noun phrase: in `told the AP
 * her group never …` the listener ends at "AP" and "her group" is the clause's subject. Not
 * after a connector (`the head of the party`, `Trump and his wife`).
 */
function opensNewNounPhrase(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.kind !== 'word' || !NEW_PHRASE_DETERMINERS.has(t.text)) return false;
  const prev = tokens[k - 1];
  return prev !== undefined && prev.kind === 'word' && !/^(?:of|for|and|or|&|the|a|an|his|her|its|their|our|my|your)$/iu.test(prev.text);
}

const NEW_PHRASE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those']);

/**
 * A lower-case word that describes the name right after it: "said undecided voter Stephanie
 * Hooton", "explained CBS moderator Nancy Cordes": one such word right before a capital.
 */
function describesName(tokens: Token[], i: number, limit: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (i + 1 >= limit || t.kind !== 'word' || isCapitalizedToken(t) || isStop(t) || /['’]/u.test(t.text) || PRONOUN_SUBJECTS.has(lowerCase(t.text))) return false;
  if (isVerbAfterGroup(tokens, i)) return false;
  return next !== undefined && next.start > t.end && isCapitalizedToken(next);
}

/**
 * "said officers found Mrs Tonkin", "said police arrested Mr Jones": a past form right after a
 * lower-case plural noun (or "police") is that group's verb, opening the reported clause; no
 * word describing the name after it ("said newly elected senator Ann Lee" is one).
 */
function isVerbAfterGroup(tokens: Token[], i: number): boolean {
  const word = tokens[i].text;
  if (!/\p{Ll}ed$/u.test(word) && !IRREGULAR_PARTICIPLES.has(word)) return false;
  const group = tokens[i - 1];
  return group !== undefined && group.kind === 'word' && !isCapitalizedToken(group) && (/[^s]s$/u.test(group.text) || group.text === 'police');
}

/**
 * A title of a few lower-case words, "of" allowed inside, right before a capitalized name:
 * "said master of ceremonies Asab Al-Tabchi". Not "said on Tuesday", "said in a statement".
 */
function titleBeforeName(tokens: Token[], i: number, limit: number): boolean {
  const j = nameAfterTitle(tokens, i, limit);
  const name = tokens[j];
  return j > i + 1 && j < limit && tokens[j - 1].text !== 'of' && name.kind === 'word' && isCapitalizedToken(name) && name.start > tokens[j - 1].end;
}

/** Where the lower-case words of a title that starts at token `i` end (a few at most): the name's token when titleBeforeName holds. */
function nameAfterTitle(tokens: Token[], i: number, limit: number): number {
  let j = i;
  while (j < limit && j < i + 4 && tokens[j].kind === 'word' && !isCapitalizedToken(tokens[j]) && (tokens[j].text === 'of' ? j > i : !isStop(tokens[j]) && !/['’]/u.test(tokens[j].text))) j++;
  return j;
}

/** The name's token after a lower-case title from token `i`, or `i + 1` where a word of it is a group's verb ("said police arrested Mr Jones"). */
function titleEnd(tokens: Token[], i: number, limit: number): number {
  const j = nameAfterTitle(tokens, i, limit);
  for (let k = i + 1; k < j; k++) if (isVerbAfterGroup(tokens, k)) return i + 1;
  return j;
}

/**
 * A hyphenated title in lower case before a name: "said co-author Dr. Per Madsen", "said
 * vice-chair Ana Ruiz", "said ex-minister Tom Hale". Its last part is a role word or is
 * itself followed by the name (or a title) as a plain word would be.
 */
function hyphenatedTitleBeforeName(tokens: Token[], i: number, limit: number): boolean {
  const hyphen = tokens[i + 1];
  const second = tokens[i + 2];
  if (i + 3 >= limit || hyphen?.text !== '-' || hyphen.start !== tokens[i].end || second?.kind !== 'word' || second.start !== hyphen.end || isCapitalizedToken(second)) return false;
  const name = tokens[i + 3];
  return name.start > second.end && (isCapitalizedToken(name) && (PHRASE_WORDS.has(second.text) || isCapitalizedToken(tokens[i + 4] ?? name)) || titleBeforeName(tokens, i + 2, limit));
}

const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'i', 'we']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);

function isStop(t: Token): boolean {
  return t.kind === 'word' && !isCapitalizedToken(t) && STOP_WORDS.has(t.text);
}

const NOT_ADVERBS = new Set(['family', 'ally', 'rally', 'bully', 'belly', 'italy', 'supply', 'reply', 'assembly']);

function isAdverb(t: Token): boolean {
  // Every match ends in "ly": most words are turned away by their last letters.
  const n = t.text.length;
  return n > 4 && t.text.charCodeAt(n - 1) === 0x79 && t.text.charCodeAt(n - 2) === 0x6c && /^[a-z]+ly$/u.test(t.text) && !NOT_ADVERBS.has(t.text);
}

function toPhrase(tokens: Token[], start: number, end: number): Phrase | null {
  while (start < end && tokens[start].kind === 'punct') start++;
  while (end > start && tokens[end - 1].kind === 'punct' && !(tokens[end - 1].text === '.' && isInnerPeriod(tokens, end - 1))) end--;
  if (end <= start) return null;
  return { start: tokens[start].start, end: tokens[end - 1].end, tokenStart: start, tokenEnd: end };
}

/**
 * The capitalized token `m` ends a name (maybe with "the") that "with" takes as its object:
 * "met with the Gazette", "sat down with Gov. Ann Hale". Reads back over the name's words.
 */
function withObjectAt(tokens: Token[], m: number, floor: number): boolean {
  let k = m;
  while (k - 1 >= floor && k > m - NAME_WORDS_BEFORE_WITH && (isCapitalizedToken(tokens[k - 1]) || (tokens[k - 1].text === '.' && isInnerPeriod(tokens, k - 1)))) k--;
  if (k - 1 >= floor && lowersTo(tokens[k - 1].text, 'the')) k--;
  return k - 1 >= floor && tokens[k - 1].text === 'with';
}

/** The most tokens of a name read back from its last word to the "with" before it. */
const NAME_WORDS_BEFORE_WITH = 6;
