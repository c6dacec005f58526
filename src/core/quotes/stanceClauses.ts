import type { AnalyzedText } from '../text/analyzedText';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokenizer';
import { DECLINE_FORMS, isReportingVerb, isSpeechActVerb, isSpeechVerb } from './reportingVerbs';
import { isNounPosition, phraseBeforeVerb, type Phrase } from './speakerPhrase';
import { lowerCase } from './caselessTests';
import { isCapitalizedWord } from '../text/tokenCase';
import { PROVISION_FORMS, provisionClause } from './documentProvisions';
import { predicateAt } from './clauseOpenings';

// News attributes more than words: a source's stated intentions and expectations, and the
// findings of polls, studies and documents are attributed content too (PolNeAR annotates
// them as such). This module finds the clause of such a stance next to its verb:
//   `X wants (Y) to …`, `X hopes/plans/vows to …`      intention, speaker X
//   `X sees Y as Z`                                     a view held by X
//   `X declined to comment/say whether …`               a refusal to speak, speaker X
//   `A poll/survey/study shows/found (that) …`          a finding, speaker the poll
//   `X is expected/reported/said to …`                  an anonymous expectation: no speaker
//   `speculation/the assumption that …`                 a belief's content: no speaker guessed
//   `The bill would require …`, `Federal law bans …`    a text's provision (documentProvisions.ts)
// Clauses with "that" after a verb of belief ("X believes that …") are read by the
// indirect-speech finder itself. Every test here looks at a bounded window of tokens.

/** Where a stance's reported clause starts, its verb and who holds the stance (null: unnamed). */
export interface StanceClause {
  from: number;
  verb: number;
  subject: Phrase | null;
  /** The stance's holder is left unsaid (`is expected to`): the quote gets no speaker. */
  anonymous?: boolean;
  /** Where the reported words end, when before the sentence's end (an offset). */
  until?: number;
  /** What is reported is the verb's object, a noun phrase (`voiced doubts`), not a clause. */
  objectOnly?: boolean;
}

/** Verbs of intention or attitude whose complement is `to …` (or, for "want", an object). */
const INTENTION_FORMS = new Set([
  'want', 'wants', 'wanted', 'wanting',
  'hope', 'hopes', 'hoped', 'hoping',
  'expect', 'expects',
  'plan', 'plans', 'planned', 'planning',
  'intend', 'intends', 'intended',
  'seek', 'seeks', 'sought', 'seeking',
  'vow', 'vows', 'vowed', 'vowing',
  'pledge', 'pledges', 'pledged', 'pledging',
  'promise', 'promises', 'promised', 'promising',
  'threaten', 'threatens', 'threatened', 'threatening',
  'refuse', 'refuses', 'refused', 'refusing',
]);

/** Verbs by which a poll, a study or a document tells something. */
const FINDING_FORMS = new Set([
  'show', 'shows', 'showed', 'found', 'finds', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates',
  'indicated', 'reveal', 'reveals', 'revealed',
]);

/** Nouns that can be the source of a finding. */
const FINDING_NOUNS = new Set([
  'poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'data', 'analysis',
  'analyses', 'research', 'results', 'figures', 'numbers', 'records', 'documents', 'document', 'email', 'emails',
  'review', 'investigation', 'audit', 'census', 'statistics', 'estimates', 'projections', 'tally', 'count',
  'memo', 'filings', 'filing', 'video', 'footage', 'photos', 'records', 'paper', 'model', 'forecast', 'index',
]);

/** Verbs of opinion read as `X sees Y as Z`. */
const VIEW_FORMS = new Set(['see', 'sees', 'saw', 'view', 'views', 'viewed', 'regard', 'regards', 'regarded']);

/** Participles of anonymous attribution after a form of "be": `is expected to`, `was said to`. */
const HEARSAY_PARTICIPLES = new Set(['expected', 'reported', 'rumored', 'rumoured', 'believed', 'said', 'thought', 'projected', 'predicted', 'alleged', 'understood']);
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', "isn't", "wasn't", "aren't", "weren't", 'isn’t', 'wasn’t', 'aren’t', 'weren’t']);

/**
 * Nouns of belief and assertion whose "that" opens their content: `speculation that …`,
 * `the assumption that …` (a relative "that" seldom follows these).
 */
const CONTENT_NOUNS = new Set([
  'speculation', 'assumption', 'suggestion', 'belief', 'beliefs', 'notion', 'allegation', 'allegations', 'assertion',
  'contention', 'expectation', 'expectations', 'prediction', 'predictions', 'rumor', 'rumors', 'rumour', 'rumours',
  'insistence', 'accusation', 'accusations', 'concern', 'concerns', 'fears', 'hopes', 'argument', 'conviction',
  'perception', 'impression', 'sense', 'worries', 'doubts', 'assurance', 'assurances', 'reports', 'claims',
]);

/**
 * Nouns of statements and states of mind that as often lead a relative clause (`a message
 * that fails to …`, `the evidence that was found`): their "that" opens content only when a
 * subject follows it (opensSubject). Not the nouns that are forms of a reporting verb
 * ("claim", "hope", "warning"): the indirect-speech finder reads those with their possessor.
 */
const CONTENT_NOUNS_BEFORE_SUBJECT = new Set([
  'observation', 'idea', 'theory', 'admission', 'acknowledgment', 'indication', 'indications', 'recognition',
  'confidence', 'optimism', 'frustration', 'denial', 'implication', 'premise', 'realization', 'suspicion',
  'suspicions', 'feeling', 'conclusion', 'opinion', 'statement', 'message', 'news', 'evidence', 'sign', 'signs',
  'warnings', 'threat', 'threats', 'complaint', 'complaints', 'announcement', 'reminder', 'finding', 'findings',
]);

/** Subjects that are no source: the generic "you" ("if you want to …"), dummy "it". */
const NO_SOURCE = new Set(['you', 'it', 'there', 'who', 'that', 'which']);
/** The words after a number that make it a sum: "£250m", "$1.2bn", "£250 million". */
const AMOUNT_UNITS = new Set(['m', 'bn', 'k', 'tn', 'million', 'billion', 'trillion']);
const CURRENCY = new Set(['£', '$', '€', '¥']);

/**
 * Refusals to speak: `X declined to comment`, `declined to say whether …`. "declined to" is read
 * only before a verb of speech ("shares declined to $3" is a fall, not a refusal).
 */
const SPEECH_AFTER_DECLINE = new Set(['discuss', 'elaborate', 'speculate', 'specify', 'name', 'identify', 'detail', 'address', 'provide', 'release', 'give', 'share', 'talk', 'speak']);

/** Every trigger, as the token's text: finders ask about each token, so one set look-up first. */
/** Verbs that put a state of mind into words: `expressed frustration that …`, `voiced concern that …`. */
const EXPRESS_FORMS = new Set(['express', 'expresses', 'expressed', 'expressing', 'voice', 'voiced', 'voices', 'voicing']);

/** Adjectives of a stance toward something: `X has been critical of Y`, `X is supportive of Y`. */
const ATTITUDE_ADJECTIVES = new Set(['critical', 'supportive', 'dismissive', 'skeptical', 'sceptical']);

export const STANCE_TRIGGERS: ReadonlySet<string> = new Set([...DECLINE_FORMS, ...INTENTION_FORMS, ...FINDING_FORMS, ...VIEW_FORMS, ...HEARSAY_PARTICIPLES, ...CONTENT_NOUNS, ...CONTENT_NOUNS_BEFORE_SUBJECT, ...EXPRESS_FORMS, ...ATTITUDE_ADJECTIVES, ...PROVISION_FORMS]);

/**
 * Which of the word lists above each trigger is in, as bits: one look-up per trigger instead
 * of one per list (a trigger is in one or two of them; "said" in none but the hearsay list).
 */
const CONTENT = 1;
const CONTENT_BEFORE_SUBJECT = 2;
const HEARSAY = 4;
const DECLINE = 8;
const FINDING = 16;
const INTENTION = 32;
const VIEW = 64;
const EXPRESS = 128;
const ATTITUDE = 256;
const PROVISION = 512;
const TRIGGER_LISTS: ReadonlyArray<[ReadonlySet<string>, number]> = [
  [CONTENT_NOUNS, CONTENT], [CONTENT_NOUNS_BEFORE_SUBJECT, CONTENT_BEFORE_SUBJECT], [HEARSAY_PARTICIPLES, HEARSAY], [DECLINE_FORMS, DECLINE],
  [FINDING_FORMS, FINDING], [INTENTION_FORMS, INTENTION], [VIEW_FORMS, VIEW], [EXPRESS_FORMS, EXPRESS], [ATTITUDE_ADJECTIVES, ATTITUDE],
  [new Set(PROVISION_FORMS), PROVISION],
];
const TRIGGER_KINDS = new Map<string, number>();
for (const [list, bit] of TRIGGER_LISTS) for (const w of list) TRIGGER_KINDS.set(w, (TRIGGER_KINDS.get(w) ?? 0) | bit);

/** The stance clause whose verb is token `j`, or null. */
export function stanceClause(doc: AnalyzedText, s: Sentence, j: number): StanceClause | null {
  const { tokens } = doc;
  const word = tokens[j].text;
  const kinds = TRIGGER_KINDS.get(word);
  if (kinds === undefined) return null;
  const next = tokens[j + 1];
  // `The money arrived in May, records show.`: a finding closing the sentence found the clause before it.
  if ((kinds & FINDING) !== 0 && (next === undefined || j + 1 >= s.tokenEnd || /^[.!?]$/u.test(next.text))) return closingFinding(doc, s, j);
  if (!next || j + 1 >= s.tokenEnd || (next.kind !== 'word' && next.kind !== 'number')) return null;
  // "hopes", "claims" are verbs too: as verbs they are read with their subject elsewhere.
  const content = (kinds & CONTENT) !== 0 || ((kinds & CONTENT_BEFORE_SUBJECT) !== 0 && opensSubject(tokens[j + 2]));
  if (content && next.text === 'that' && (!isReportingVerb(word) || isNounPosition(tokens, j))) {
    return { from: j + 1, verb: j, subject: null, anonymous: true };
  }
  if ((kinds & HEARSAY) !== 0 && next.text === 'to') return hearsay(doc, s, j);
  if ((kinds & DECLINE) !== 0) return refusal(doc, s, j);
  if ((kinds & FINDING) !== 0) return finding(doc, s, j);
  if ((kinds & INTENTION) !== 0) return intention(doc, s, j);
  if ((kinds & VIEW) !== 0) return view(doc, s, j);
  if ((kinds & EXPRESS) !== 0) return expression(doc, s, j);
  if ((kinds & ATTITUDE) !== 0) return attitude(doc, s, j);
  // What a law or a ruling provides (documentProvisions.ts).
  if ((kinds & PROVISION) !== 0) return provisionClause(doc, s, j);
  return null;
}

/**
 * `X has been critical of Y`, `X was openly skeptical of Y`: a stance toward Y, held by the
 * subject of "be". The adjective follows a form of "be" (an adverb between allowed), so
 * `a critical report` is no stance.
 */
function attitude(doc: AnalyzedText, s: Sentence, j: number): StanceClause | null {
  const { tokens } = doc;
  const prep = tokens[j + 1].text;
  if (prep !== 'of' && !(prep === 'about' && /^s[ck]eptical$/u.test(tokens[j].text))) return null;
  let b = j - 1;
  if (b > s.tokenStart && /^(?:[a-z]{3,}ly|also|very|so|too|more|most|less|increasingly)$/u.test(tokens[b].text)) b--;
  if (b <= s.tokenStart || !BE.has(lowerCase(tokens[b].text))) return null;
  const subject = sourceBefore(doc, s, b);
  if (!subject || j + 2 >= s.tokenEnd) return null;
  // The object ends before a second clause: `critical of Trump but on Tuesday wrote …`.
  for (let k = j + 3; k < s.tokenEnd && k < j + 40; k++) {
    const t = tokens[k];
    if (t.text === ',' || t.text === ';' || (/^(?:but|while|although|though|yet)$/u.test(t.text)) || (t.text === 'and' && !isCapitalizedWord(tokens[k + 1]))) {
      return { from: j + 2, verb: j, subject, until: tokens[k - 1].end };
    }
  }
  return { from: j + 2, verb: j, subject };
}


/**
 * `Obama expressed frustration in an interview that the allies were …`: a noun of feeling, a
 * few words, then "that" and a subject: the that-clause is what X expressed. Without such a
 * clause, the object (`voiced support for Trump`).
 */
function expression(doc: AnalyzedText, s: Sentence, j: number): StanceClause | null {
  const { tokens } = doc;
  if (isNounPosition(tokens, j)) return null;
  for (let k = j + 2; k < s.tokenEnd && k <= j + 10; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '.' && t.text !== '’' && t.text !== "'") return null;
    if (t.text === 'that') {
      if (!opensSubject(tokens[k + 1])) return null;
      const subject = sourceBefore(doc, s, j);
      return subject ? { from: k, verb: j, subject } : null;
    }
  }
  // `voiced support for Trump`, `expressed concern about the cost`: what was put into words is
  // the object. Not "voice" or "voices", mostly nouns (`the leading voice`), nor a passive.
  const object = tokens[j + 1];
  if (!/^(?:expressed|expresses|expressing|voiced|voicing)$/u.test(tokens[j].text) || BE.has(lowerCase(tokens[j - 1]?.text ?? '')) || tokens[j - 1]?.text === 'being') return null;
  if (object === undefined || object.kind !== 'word' || !/^\p{Ll}/u.test(object.text) || NOT_AN_OBJECT.has(object.text)) return null;
  const subject = sourceBefore(doc, s, j);
  return subject ? { from: j + 1, verb: j, subject, objectOnly: true } : null;
}

/** Words after "expressed" that begin no object: a preposition, a reflexive, a pronoun standing for a thing. */
const NOT_AN_OBJECT = new Set(['it', 'himself', 'herself', 'themselves', 'itself', 'that', 'this', 'by', 'to', 'toward', 'towards', 'in', 'on', 'at', 'for', 'with', 'as', 'and', 'or']);

/**
 * The word after "that" opens a clause's subject (`the claim that he lied`, `that Mrs. Clinton
 * …`), not a relative clause's verb (`a claim that is false`, `the message that said …`).
 */
function opensSubject(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.kind === 'number') return true;
  if (t.kind !== 'word') return /^[“"‘'$]$/u.test(t.text);
  const c = t.text.charAt(0);
  if (c !== lowerCase(c)) return true;
  return SUBJECT_OPENERS.has(t.text);
}

const SUBJECT_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'this', 'these', 'those', 'there', 'some', 'many', 'most', 'no', 'none', 'nobody', 'everyone', 'anyone', 'someone',
  'all', 'both', 'each', 'every', 'any', 'more', 'fewer', 'if', 'when', 'while', 'unless', 'because', 'one', 'two',
  'three', 'only', 'even', 'not', 'nothing', 'something', 'anything', 'everything', 'such', 'another', 'other',
  'voters', 'people', 'americans', 'women', 'men', 'democrats', 'republicans', 'immigrants', 'muslims', 'police',
]);

/** `Trump is expected to win`, `the talks are not expected to resume`: who expects is not said. */
function hearsay(doc: AnalyzedText, s: Sentence, j: number): StanceClause | null {
  const { tokens } = doc;
  let b = j - 1;
  if (b > s.tokenStart && /^(?:not|widely|also|still|now|generally)$/u.test(tokens[b].text)) b--;
  if (b <= s.tokenStart || !BE.has(lowerCase(tokens[b].text))) return null;
  // The one expected to act is named: a phrase before the verb "be".
  const named = phraseBeforeVerb(doc, b, s.tokenStart);
  if (!named || NO_SOURCE.has(doc.text.slice(named.start, named.end).toLowerCase())) return null;
  return { from: j + 1, verb: j, subject: null, anonymous: true };
}

/** `A new poll shows Trump ahead`, `The study found that …`, `polls that show …`. */
function finding(doc: AnalyzedText, s: Sentence, j: number): StanceClause | null {
  const { tokens } = doc;
  // The source noun: the head of the phrase before the verb, a few words back at most
  // ("a poll released this week found", "the polls that show").
  for (let k = j - 1; k >= s.tokenStart && k >= j - 6; k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '/' && t.text !== '.') return null;
    if (t.kind !== 'word') continue;
    if (FINDING_NOUNS.has(lowerCase(t.text))) {
      const subject = phraseBeforeVerb(doc, k + 1, s.tokenStart) ?? { start: t.start, end: t.end, tokenStart: k, tokenEnd: k + 1 };
      // `Output fell 9%, government data showed on Monday.`: a finding set off after the clause it
      // closes found that clause; what follows the verb is only when it was shown.
      // (`…, new fundraising reports show.`: a modifier in -ing the phrase stopped at belongs to it, with an adjective before it.)
      let comma = subject.tokenStart - 1;
      while (comma > s.tokenStart + 2 && comma >= subject.tokenStart - 3 && tokens[comma].kind === 'word' && (/^\p{Ll}{3,}ing$/u.test(tokens[comma].text) || FINDING_ADJECTIVES.has(tokens[comma].text))) comma--;
      if (comma > s.tokenStart + 2 && tokens[comma].text === ',' && onlyWhenAfter(tokens, j + 1, s.tokenEnd)) {
        const whole = comma + 1 < subject.tokenStart ? { ...subject, start: tokens[comma + 1].start, tokenStart: comma + 1 } : subject;
        return { from: s.tokenStart, verb: j, subject: whole, until: tokens[comma - 1].end };
      }
      return { from: j + 1, verb: j, subject };
    }
  }
  return null;
}

/**
 * `…, records show.`: a finding with nothing after its verb, only as the cue closing its
 * sentence; not after a report of someone's (`Bamberg said the videos do not show …, the
 * footage showed.`), whose clause is that speaker's.
 */
function closingFinding(doc: AnalyzedText, s: Sentence, j: number): StanceClause | null {
  const found = finding(doc, s, j);
  if (!found || found.from >= j) return null;
  const { tokens } = doc;
  for (let k = s.tokenStart; k < j && k < s.tokenStart + 8; k++) if (tokens[k].kind === 'word' && isSpeechVerb(tokens[k].text) && /^\p{Ll}/u.test(tokens[k].text)) return null;
  return found;
}

/** Adjectives before a finding's noun and its modifier: `new fundraising reports`. */
const FINDING_ADJECTIVES = new Set(['new', 'latest', 'recent', 'newly', 'official', 'internal', 'federal', 'public', 'preliminary', 'annual', 'quarterly', 'monthly', 'weekly']);

/** Words of when after a closing finding: `on Monday`, `this week`, `last month`. */
const WHEN_WORDS = new Set(['on', 'in', 'at', 'this', 'last', 'earlier', 'late', 'early', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'today', 'yesterday']);

/** From token `k` to the sentence's end or a comma, only a few words of when (none counts too). */
function onlyWhenAfter(tokens: Token[], k: number, limit: number): boolean {
  for (let i = k; i < limit && i <= k + 4; i++) {
    const t = tokens[i];
    if (t.kind === 'punct') return t.text === ',' || t.text === '.';
    if (t.kind !== 'number' && !WHEN_WORDS.has(lowerCase(t.text)) && !isCapitalizedWord(t)) return false;
  }
  return k + 4 >= limit;
}

/** `X wants (Y) to …`, `X wants a vast expansion of …`, `X hopes to …`, `X vowed to …`. */
function intention(doc: AnalyzedText, s: Sentence, j: number): StanceClause | null {
  const { tokens } = doc;
  const next = tokens[j + 1];
  const isWant = /^want/u.test(tokens[j].text);
  if (next.text !== 'to' && !(isWant && next.kind === 'word' && !/^(?:and|or|but|more|it|that)$/u.test(next.text))) return null;
  // "who did not want to be named", "wished to remain anonymous": how a source is kept unnamed, a sourcing convention.
  if (next.text === 'to' && wishesAnonymity(tokens, j + 2)) return null;
  const subject = sourceBefore(doc, s, j);
  // "with a promise to stand up to Trump", "a plan to overhaul taxes": the noun's article names no one; whose the plan is goes unsaid.
  if (subject && subject.tokenEnd - subject.tokenStart === 1 && /^(?:a|an|the)$/iu.test(tokens[subject.tokenStart].text)) return { from: j + 1, verb: j, subject: null, anonymous: true };
  return subject ? { from: j + 1, verb: j, subject } : null;
}

/** "did not want to be named", "wished to remain anonymous", "want to give her name" at verb `j`: a source kept unnamed. */
export function wantsAnonymity(tokens: Token[], j: number): boolean {
  return /^(?:want|wish)/u.test(tokens[j].text) && tokens[j + 1]?.text === 'to' && wishesAnonymity(tokens, j + 2);
}

/**
 * From `k`, after "to": "be named", "be identified", "remain anonymous", "stay anonymous", ending
 * the clause or giving its reason ("because", "for fear of …"); not "to be named the winner".
 */
function wishesAnonymity(tokens: Token[], k: number): boolean {
  const verb = tokens[k]?.text;
  const next = tokens[k + 1]?.text;
  // "a junior who did not want to give her name", "wished to withhold their names": the same convention.
  if ((verb === 'give' || verb === 'withhold' || verb === 'share' || verb === 'use' || verb === 'disclose') && /^(?:his|her|their|a|the)$/u.test(next ?? '') && /^(?:names?|surnames?)$/u.test(tokens[k + 2]?.text ?? '')) return clauseEndsAt(tokens[k + 3]);
  if (!((verb === 'be' && (next === 'named' || next === 'identified')) || ((verb === 'remain' || verb === 'stay') && next === 'anonymous'))) return false;
  return clauseEndsAt(tokens[k + 2]);
}

/** The clause ends at `after`, or gives its reason there ("because", "for fear of …"), or the speaker's verb follows ("… her name said"). */
function clauseEndsAt(after: Token | undefined): boolean {
  return after === undefined || after.kind === 'punct' || after.text === 'because' || after.text === 'for' || after.text === 'said' || after.text === 'says' || after.text === 'told';
}

/** `X declined to comment`, `declined to say whether …`: what X would not say. */
function refusal(doc: AnalyzedText, s: Sentence, j: number): StanceClause | null {
  const { tokens } = doc;
  const verb = tokens[j + 2];
  if (tokens[j + 1].text !== 'to' || !verb || j + 2 >= s.tokenEnd || verb.kind !== 'word') return null;
  const lower = lowerCase(verb.text);
  if (!SPEECH_AFTER_DECLINE.has(lower) && !isReportingVerb(lower) && !isSpeechActVerb(lower)) return null;
  const subject = sourceBefore(doc, s, j);
  if (!subject) return null;
  // `declined to comment, but his lawyer said …`: what was refused ends before a second clause,
  // or before the verb a relative clause was set off from (`Curiel, who declined to comment, was born …`).
  // (A participle after the comma, `declined to comment, saying …`, is cut where the clause is read, its subject carried on.)
  for (let k = j + 3; k + 1 < s.tokenEnd && k < j + 40; k++) {
    if (tokens[k].text === ';') return { from: j + 1, verb: j, subject, until: tokens[k - 1].end };
    if (tokens[k].text !== ',') continue;
    const next = tokens[k + 1];
    const idiom = lowerCase(next.text) === 'let' && lowerCase(tokens[k + 2]?.text ?? '') === 'alone';
    if (SECOND_CLAUSE_OPENERS.has(lowerCase(next.text)) || (!idiom && predicateAt(tokens, k + 1, s.tokenEnd))) return { from: j + 1, verb: j, subject, until: tokens[k - 1].end };
  }
  return { from: j + 1, verb: j, subject };
}

/** Words after a comma that open a second clause. */
const SECOND_CLAUSE_OPENERS = new Set(['but', 'and', 'while', 'although', 'though', 'yet', 'whereas']);

/** `Democrats see Sanders as an agent in Clinton's decline`: an object, then "as". */
function view(doc: AnalyzedText, s: Sentence, j: number): StanceClause | null {
  const { tokens } = doc;
  for (let k = j + 2; k < s.tokenEnd && k <= j + 10; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '.' && t.text !== '’' && t.text !== "'") return null;
    if (t.text === 'as') {
      const subject = sourceBefore(doc, s, j);
      return subject && k + 1 < s.tokenEnd ? { from: j + 1, verb: j, subject } : null;
    }
  }
  return null;
}

/** The phrase before the verb when it can hold a stance (not "you", not "it"). */
function sourceBefore(doc: AnalyzedText, s: Sentence, j: number): Phrase | null {
  const subject = phraseBeforeVerb(doc, j, s.tokenStart);
  if (!subject) return null;
  const last = lowerCase(doc.tokens[subject.tokenEnd - 1].text);
  // "a £250m plan to rebuild", "the $1.2 trillion plan": an amount before the noun is what it costs, no one holding it.
  // (Not a count of people: "About 10,000 see the program as …", "4 in 10 want …".)
  const e = subject.tokenEnd;
  const number = doc.tokens[e - 1].kind === 'number' ? e - 1 : AMOUNT_UNITS.has(last) && doc.tokens[e - 2]?.kind === 'number' ? e - 2 : -1;
  const amount = number > 0 && CURRENCY.has(doc.tokens[number - 1].text);
  return NO_SOURCE.has(last) || amount || isInfinitiveMarker(doc.tokens, j) ? null : subject;
}

/** "to want", "to see": the verb is itself an infinitive, its stance someone else's. */
function isInfinitiveMarker(tokens: Token[], j: number): boolean {
  return tokens[j - 1]?.text === 'to';
}
