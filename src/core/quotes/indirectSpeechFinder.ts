import type { AnalyzedText } from '../text/analyzedText';
import { withoutDateline } from './datelineLead';
import { tokenIndexAt } from '../text/analyzedText';
import { bitsByWord } from '../text/bitsByWord';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokenizer';
import type { FoundQuote } from './quoteFinder';
import { REPORTING_FORMS, isCognitionVerb, isReportingVerbAt, isReportingWordAt, isSpeechActVerb, isSpeechVerb, isWeakSpeechVerb, judgesItsObject, PREPOSITIONAL_ACT_FORMS, prepositionalActObject, reportingLemma, reportsInPassive, takesListener } from './reportingVerbs';
import { afterObjectTaker, isPassiveAt, mostlyNoun, nounCompound, pluralAfterCount, pluralBeforeItsVerb, phraseAfterVerb, phraseBeforeVerb, isCapitalizedToken, isNounPosition, isVerbPosition, sourceAfterAccordingTo, HEARING_BODIES, type Phrase } from './speakerPhrase';
import type { SpeechCue } from './speechCues';
import { STANCE_TRIGGERS, stanceClause, wantsAnonymity } from './stanceClauses';
import { TOPIC_TRIGGERS, topicClause } from './topicClauses';
import { CaselessWordSet } from '../text/caselessWordSet';
import { isKnownPlace, isSizeablePlace } from '../places/gazetteer';
import { titleCase } from '../text/titleCase';
import { CaselessWords, endsInIng, lowerCase, lowersTo } from './caselessTests';
import { PARTY_MEMBER_NOUNS } from '../names/nameLexicon';
import { isPersonRole } from '../entities/roleNouns';
import { newPersonTakes } from './unnamedSourceHeads';
import { FINITE, IRREGULAR_PAST, IRREGULAR_PAST_FORM, PRESENT_S, THIRD_PERSON, VERB_FORM, clauseWordFacts } from './clauseWordFacts';
import { ASKING_WORDS, askedAdjunctAt, askedAdjuncts, isAskingWord, type AskedAdjunct } from './askedAdjuncts';

// Reported speech without quotation marks, sentence by sentence:
//   `X said (that) CLAUSE`, `X told Y (that) CLAUSE`, `X urged Y to …`, `X asked whether …`
//   `CLAUSE, X said.` · `CLAUSE, said X, the title of Y.` · `A, X said, B.`
//   `According to X, CLAUSE.` · `CLAUSE, according to X.`
// The quote's span is the reported clause; its cue is the verb (or "according to") and its
// speaker phrase the verb's subject. Clauses that are a direct quotation are left to the quote
// finder. Each sentence is read a bounded number of times, so the finder is linear.

/**
 * How far a clause is read for its inner punctuation. News sentences are shorter; the cap keeps
 * the work per verb constant, so a text of one endless sentence stays linear.
 */
const MAX_CLAUSE_TOKENS = 80;

/** Time words between a verb and its clause: `said Tuesday that`, `said last week`. */
/** Time words "that" may point to: "that evening", "that day". */
const THAT_TIMES = new Set(['morning', 'afternoon', 'evening', 'night', 'day', 'week', 'weekend', 'month', 'year']);

/** "that evening" at token k is when, not a clause's subject ("that day was the worst"): a clause's own opening follows it. */
function thatTimeAdverbial(tokens: Token[], k: number): boolean {
  if (!lowersTo(tokens[k].text, 'that') || !THAT_TIMES.has(tokens[k + 1]?.text ?? '')) return false;
  const after = tokens[k + 2];
  return after !== undefined && (/^(?:that|he|she|they|it|we|i|the|a|an|his|her|their)$/iu.test(after.text) || isCapitalizedToken(after));
}

const TIME_WORDS = new CaselessWordSet([
  'again', 'also', 'repeatedly', 'recently', 'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'earlier', 'later', 'then', 'once', 'now', 'still', 'even', 'only',
  'last', 'this', 'next', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend',
  'afterwards', 'afterward', 'beforehand', 'tomorrow',
]);
const PREPOSITION_WORDS = ['on', 'in', 'at', 'during', 'with', 'to', 'after', 'before', 'over', 'via', 'through'];
/** Asked of token texts as they are (a caseless set: no lower-cased copy of each word). */
const PREPOSITIONS = new CaselessWordSet(PREPOSITION_WORDS);

/**
 * The token after the words between a verb and its clause: time words and adverbs
 * ("said Tuesday", "said repeatedly"), and a prepositional phrase when "that" or a comma
 * follows it ("said in an interview with CNN on Sunday that").
 */
/** `officials said.`, `the ministry said on Tuesday.`: a source and its speech verb closing the sentence, from token `k`. */
function closingCueAt(tokens: Token[], k: number): boolean {
  for (let i = k + 1; i < tokens.length && i < k + 5; i++) {
    if (tokens[i].kind !== 'word') return false;
    if (!isSpeechVerb(tokens[i].text)) continue;
    for (let j = i + 1; j < tokens.length && j <= i + 3; j++) if (/^[.!?]$/u.test(tokens[j].text)) return true;
    return false;
  }
  return false;
}

/** Exactly `/^[a-z]{3,}ly$/u.test(word)`, the regex run only on words ending in "ly". */
function isLyAdverb(word: string): boolean {
  const n = word.length;
  return n >= 5 && word.charCodeAt(n - 1) === 0x79 && word.charCodeAt(n - 2) === 0x6c && /^[a-z]{3,}ly$/u.test(word);
}

/** Time words other than days' names: written with a capital inside a sentence, they are names ("Today", "This Morning"). */
const CAPITALIZED_TIME_WORD = /^(?:Today|Tonight|Yesterday|This|Last|Next|Morning|Evening|Night|Weekend|Week|Month|Year|Now)$/u;

/** "two weeks ago", "a month ago", "10 days ago": how many units of time; what "ago" counts back. */
const AGO_COUNTS = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)$/iu;
const AGO_UNITS = /^(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)$/iu;

/** Tokens from k are "N units ago" (the count may be "a few"): the token after "ago", else k. */
function afterTimeAgo(tokens: Token[], k: number, limit: number): number {
  let i = k;
  if (lowersTo(tokens[i]?.text ?? '', 'a') && lowersTo(tokens[i + 1]?.text ?? '', 'few')) i++;
  if (i + 2 >= limit || !AGO_COUNTS.test(tokens[i].text) || !AGO_UNITS.test(tokens[i + 1].text) || !lowersTo(tokens[i + 2].text, 'ago')) return k;
  return i + 3;
}

/** "said late Friday that", "said early on Monday": "late"/"early" before a time word is part of when, not the clause ("said late payments rose"). */
function lateOrEarlyTime(tokens: Token[], k: number): boolean {
  if (!lowersTo(tokens[k].text, 'late') && !lowersTo(tokens[k].text, 'early')) return false;
  const next = tokens[k + 1];
  return next !== undefined && next.kind === 'word' && (TIME_WORDS.has(next.text) || lowersTo(next.text, 'on')) && !CAPITALIZED_TIME_WORD.test(next.text);
}

/** Words that open a subordinate clause: the subject after one is that clause's. Not "if", which after "asked" opens the question asked. */
const SUBORDINATORS = new Set(['before', 'after', 'until', 'when', 'because', 'while', 'unless', 'once', 'whenever']);

function skipFillers(tokens: Token[], k: number, limit: number): number {
  let fillers = 0;
  // "the department said two weeks ago, down from …": when it was said, no clause.
  k = afterTimeAgo(tokens, k, limit);
  // "said that evening that she would appeal": "that" before a time word is that time, no clause's opening.
  while (k < limit && fillers < 6 && tokens[k].kind === 'word' && (TIME_WORDS.has(tokens[k].text) || isLyAdverb(tokens[k].text) || thatTimeAdverbial(tokens, k) || lateOrEarlyTime(tokens, k))) {
    if (lowersTo(tokens[k].text, 'this') && !TIME_WORDS.has(tokens[k + 1]?.text ?? '')) break;
    // "told the BBC's Today programme", "told USA Today": a time word in capitals inside a sentence names a programme or a paper.
    if (CAPITALIZED_TIME_WORD.test(tokens[k].text)) break;
    k++;
    fillers++;
  }
  if (k < limit && tokens[k].kind === 'word' && PREPOSITIONS.has(tokens[k].text)) {
    // `agreed to delay a decision until March, officials said, after …`, `expected to hit that
    // target`: "to" before a verb opens what is reported where the phrase would end at a comma or at "that".
    const infinitive = infinitiveVerbAfterTo(tokens, k);
    for (let j = k + 1; j < limit && j <= k + 10; j++) {
      const t = tokens[j];
      // Not the comma of a closing cue: in `agreed to meet them next week, officials said.`
      // "to meet them next week" is what was agreed, no phrase to skip.
      if (t.text === ',') return closingCueAt(tokens, j + 1) || infinitive ? k : j;
      // Not `writes about the years that made her`: "that" after the phrase's own noun and before a
      // verb opens a relative clause of that noun, nothing said.
      if (lowersTo(t.text, 'that') && j === k + 2 && infinitive) return k;
      if (lowersTo(t.text, 'that')) return j > k + 1 && !lowersTo(tokens[k].text, 'to') && /^\p{Ll}+s$/u.test(tokens[j - 1].text) && (verbAt(tokens, j + 1) || /^\p{Ll}{3,}ed$/u.test(tokens[j + 1]?.text ?? '')) ? k : j;
      if (t.kind === 'punct' && t.text !== '.' && t.text !== '-') break;
      // "said in an interview he would …": the clause starts with its own subject.
      // Not `advised to check before they travel`: after a subordinating word the subject opens that word's clause, not what was said.
      if (j > k + 1 && CLAUSE_OPENERS.has(lowerCase(t.text)) && t.text !== 'this') return SUBORDINATORS.has(lowerCase(tokens[j - 1].text)) ? k : j;
      // "told ABC News on Monday the tone … was cordial": a determiner after the phrase's own
      // noun opens the clause when a finite verb follows.
      // Not after "to" (`asked to name a …`) or past a verb (`at least six planes filled the sky`).
      if (j > k + 1 && !lowersTo(tokens[k].text, 'to') && CLAUSE_DETERMINERS.has(lowerCase(t.text)) && tokens[j - 1].kind === 'word' && !PREPOSITIONS.has(tokens[j - 1].text) && !CLAUSE_DETERMINERS.has(lowerCase(tokens[j - 1].text)) && !verbBetween(tokens, k + 1, j) && startsClause(tokens, j, limit, timeWordBetween(tokens, k + 1, j))) return j;
    }
  }
  return k;
}

/** Measures and deals: what is announced, proposed or agreed, never who announces. */
const ANNOUNCED_THINGS = new Set([
  'plan', 'plans', 'deal', 'deals', 'measure', 'measures', 'proposal', 'proposals', 'reform', 'reforms', 'package',
  'scheme', 'schemes', 'bill', 'bills', 'policy', 'policies', 'rules', 'tariff', 'tariffs', 'sanctions', 'cuts',
  'changes', 'initiative', 'initiatives', 'programme', 'programmes', 'program', 'programs', 'project', 'projects',
  'strategy', 'agreement', 'ceasefire', 'truce', 'merger', 'acquisition', 'investment', 'guidelines', 'restrictions',
  'ban', 'tax', 'taxes', 'layoffs', 'redundancies', 'closures', 'settlement',
]);

/** `a plan announced in May`, `The Democratic plan rejected on Monday`: a participle right after a measure's noun (in lower case: not "the Elections Project estimated"). */
function participleOfAMeasure(tokens: Token[], subject: Phrase, verb: number): boolean {
  const head = tokens[subject.tokenEnd - 1].text;
  // (`This initiative called for the deportation of …`: a measure calls for what it would do.)
  return subject.tokenEnd === verb && ANNOUNCED_THINGS.has(head) && /ed$/u.test(tokens[verb].text) && !lowersTo(tokens[verb + 1]?.text ?? '', 'for');
}

/** Words one speaks "to" that look like a bare verb: `said to police that …`, `explained to staff that …`. */
const UNCOUNTED_LISTENERS = new Set(['police', 'staff', 'media', 'press', 'parliament', 'congress', 'court', 'everyone', 'anyone', 'someone', 'management', 'security']);

/** `to hit`, `to ensure`: "to" before a lower-case word in its bare form (no plural -s), not one spoken to. */
function infinitiveVerbAfterTo(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return lowersTo(tokens[k].text, 'to') && next !== undefined && next.kind === 'word' && /^\p{Ll}+$/u.test(next.text) && !next.text.endsWith('s')
    && !NOT_A_VERB_AFTER_TO.has(next.text) && !LISTENER_PRONOUNS.has(next.text) && !UNCOUNTED_LISTENERS.has(next.text);
}

/** A time word among tokens [from, to): the phrase skipped is when it was said ("on Sunday", "in the morning"). */
function timeWordBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (TIME_WORDS.has(tokens[i].text)) return true;
  return false;
}

/** What one tells rather than whom: "told a different story", "told the truth". */
const TOLD_THINGS = new Set(['story', 'stories', 'tale', 'tales', 'lie', 'lies', 'joke', 'jokes', 'truth', 'version', 'account', 'anecdote', 'secret', 'secrets']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you']);
/** "they're", "he'd", "we'll", "I've", "he's": a pronoun with its verb. */
const CONTRACTED_VERB = /^(?:\p{L}+['’](?:re|d|ll|ve|m)|(?:he|she|it|that|there|who|what)['’]s)$/u;

/** How far a clause is read for a verb of its own: a longer one has one, or is no clause anyway. */
const CLAUSE_VERB_WINDOW = 24;

/** Whether a verb (isVerbLike, or a word in -ing) stands from token `k` up to the offset `end`, a few dozen tokens at most. */
function verbBefore(tokens: Token[], k: number, end: number): boolean {
  for (let i = k; i < tokens.length && i < k + CLAUSE_VERB_WINDOW && tokens[i].start < end; i++) {
    const t = tokens[i];
    // `told a news conference in Ankara, according to TRT.`: the source ends the sentence's
    // words; its "according" is no verb of a told clause.
    if (t.text === ',' && lowersTo(tokens[i + 1]?.text ?? '', 'according')) return false;
    if (t.kind !== 'word') continue;
    // A clause opening further on ("told the lunch group that …", "told him he'd …") counts
    // too, and so does a told thing ("told a different tale").
    const lower = lowerCase(t.text);
    if (isVerbLike(tokens, i) || (endsInIng(t.text) && !isCapitalizedToken(t) && !isNounInIng(tokens, i)) || lower === 'that' || QUESTION_WORDS.has(lower) || SUBJECT_PRONOUNS.has(lower) || CONTRACTED_VERB.test(lower) || TOLD_THINGS.has(lower)) return true;
  }
  // Read to the window's end without reaching `end`: a clause that long has a verb somewhere.
  return k + CLAUSE_VERB_WINDOW < tokens.length && tokens[k + CLAUSE_VERB_WINDOW].start < end;
}

/** Nouns in -ing where one tells something: "told a news briefing", "told a meeting", "told the hearing". */
const NOUNS_IN_ING = new Set(['briefing', 'briefings', 'meeting', 'meetings', 'hearing', 'hearings', 'gathering', 'gatherings', 'morning', 'evening', 'wedding', 'building', 'sitting', 'screening']);

/** Token i, a word in -ing, is such a noun: after a word in lower case that is no form of "be" or "keep". */
function isNounInIng(tokens: Token[], i: number): boolean {
  return NOUNS_IN_ING.has(lowerCase(tokens[i].text)) && tokens[i - 1]?.kind === 'word' && !/^(?:is|was|are|were|be|been|being|am|keep|kept|keeps|start|started|stop|stopped)$/iu.test(tokens[i - 1].text);
}

/** A finite or past form between two tokens (a handful at most). */
function verbBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (FINITE.has(lowerCase(t.text)) || (t.kind === 'word' && t.text.endsWith('ed') && /^\p{Ll}+ed$/u.test(t.text))) return true;
  }
  return false;
}

const CLAUSE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'these', 'those', 'some', 'many', 'most']);
const CLAUSE_OPENERS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this', 'these', 'those', 'nobody', 'no', 'none', 'everyone', 'everybody', 'someone', 'anyone']);
const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which']);

/** Verbs whose complement is a clause with or without "that". */
const CLAUSE_VERBS = new Set([
  'say', 'tell', 'think', 'believe', 'claim', 'insist', 'argue', 'note', 'add', 'explain', 'suggest', 'warn', 'assert',
  'contend', 'maintain', 'concede', 'agree', 'hope', 'fear', 'feel', 'know', 'doubt', 'suspect', 'allege', 'write',
  'tweet', 'state', 'stress', 'emphasize', 'emphasise', 'reiterate', 'indicate', 'acknowledge', 'admit', 'recall',
  'complain', 'boast', 'declare', 'predict', 'testify', 'conclude', 'reckon', 'figure', 'understand', 'learn',
  'guarantee', 'swear', 'assure', 'remind', 'inform', 'caution', 'lament', 'speculate', 'theorize', 'posit', 'opine',
  'concur', 'estimate', 'hint', 'signal', 'worry', 'wonder', 'muse', 'confide', 'confess', 'joke', 'quip', 'brag', 'report',
]);

/** Object pronouns that stand as the listener after "told", "assured": not "her", which may own a noun. */
/** The particles of phrasal verbs that take "it" between verb and particle ("laughed it off"). */
const PARTICLES = new Set(['off', 'up', 'out', 'down', 'away', 'over', 'back', 'aside']);
const LISTENER_PRONOUNS = new Set(['me', 'us', 'him', 'them', 'you']);

/** Words after a verb that begin an object or an adjunct rather than a clause. */
const NOT_CLAUSE_START = new Set([
  'nothing', 'little', 'much', 'so', 'yes', 'no', 'something', 'anything', 'goodbye', 'hello', 'thanks', 'sorry',
  'to', 'of', 'for', 'about', 'from', 'by', 'as', 'into', 'against', 'over', 'like', 'than', 'and', 'or', 'but',
  'out', 'up', 'off', 'down', 'back', 'away', 'more', 'less', 'enough', 'it', 'him', 'her', 'them', 'me', 'us',
  'on', 'in', 'at', 'during', 'with', 'after', 'before', 'since', 'until', 'while', 'through', 'via',
  // `told reporters outside the training ground.`: where it was said, like "at" and "in".
  'outside', 'inside', 'near', 'beside',
]);

/** Verbs whose object is a message even without a clause: "announced a plan", "denied the report". */
const MESSAGE_OBJECT_VERBS = /^(?:announc|propos|den(?:y|ie)|confirm|call(?:ed|s|ing)? for|demand|promis|pledg|vow|predict|warn|reveal|disclos|report)/iu;

/** The reported speech of `doc` (one paragraph, indirectSpeechByParagraph.ts), `direct` the direct quotes over it, in text order. */
export function findIndirectSpeech(doc: AnalyzedText, direct: ReadonlyArray<{ start: number; end: number }>): FoundQuote[] {
  const out: FoundQuote[] = [];
  let d = 0;
  const insideDirect = (offset: number): boolean => {
    while (d > 0 && direct[d - 1].end > offset) d--;
    while (d < direct.length && direct[d].end <= offset) d++;
    return d < direct.length && direct[d].start <= offset;
  };
  let p = 0;
  let lastParagraph = -1;
  for (const whole of doc.sentences) {
    let s = whole;
    while (p < doc.paragraphs.length - 1 && doc.paragraphs[p].end <= s.start) p++;
    if (p !== lastParagraph) {
      lastParagraph = p;
      s = withoutDateline(doc.tokens, whole);
      const para = doc.paragraphs[p];
      const labelled = para && !insideDirect(para.start) ? colonAttributed(doc, para.start, para.end) : null;
      if (labelled && !mostlyDirect(labelled, insideDirect)) out.push(toQuote(labelled, p));
    }
    if (insideDirect(s.start) && insideDirect(s.end - 1)) continue;
    const found = readSentence(doc, s, insideDirect);
    if (found.length === 0) {
      const source = inSource(doc, s, insideDirect);
      if (source && !mostlyDirect(source, insideDirect)) found.push(source);
    }
    for (const f of found) out.push(toQuote(f, p));
  }
  // Mostly found in text order already: sorted only when not, sparing the sort's copy.
  return inTextOrder(out) ? out : out.sort((a, b) => a.start - b.start);
}

function inTextOrder(quotes: readonly FoundQuote[]): boolean {
  for (let i = 1; i < quotes.length; i++) if (quotes[i].start < quotes[i - 1].start) return false;
  return true;
}

interface Reported {
  start: number;
  end: number;
  cue: SpeechCue;
  anonymous?: boolean;
  /** Where the clause ran before it was cut at a participle of speech (`…, adding that …`): restored if the participle reports nothing. `governs`: no verb of its own inside the clause, so the participle is the reporting verb's. */
  before?: { end: number; participle: number; governs: boolean };
}

const QUESTION_VERBS = new Set(['asked', 'wondered', 'questioned']);
/** A comma or dash before a participle: `…, saying that`. */
const PARTICIPLE_LEADS = new Set([',', '—', '–']);

/** `…, saying`, `…, eventually saying`: a participle after a comma or dash, an adverb allowed between. */
function participleAfterComma(tokens: Token[], j: number): boolean {
  const before = tokens[j - 1];
  if (!before) return false;
  if (PARTICIPLE_LEADS.has(before.text)) return true;
  // `…"as fast as it could," adding that …`: the comma inside a closing mark.
  if (CLOSING_MARKS.has(before.text) && tokens[j - 2]?.text === ',') return true;
  return before.kind === 'word' && isLyAdverb(before.text) && PARTICIPLE_LEADS.has(tokens[j - 2]?.text ?? '');
}

/** How many tokens a participle's phrase set off by commas may hold. */
const SET_OFF_TOKENS = 16;

/** From the participle at `j`, the next comma (a few words on, no other punctuation before it) is followed by a speech verb: `, speaking at the rally, said`. That comma's index, or -1. */
function setOffBeforeSpeechVerb(tokens: Token[], j: number, limit: number): number {
  for (let k = j + 1; k < limit && k < j + SET_OFF_TOKENS; k++) {
    const t = tokens[k];
    if (t.text === ',') {
      // `, had questioned`, `, has also said`: a perfect tense between.
      let v = k + 1;
      while (v < limit && v < k + 3 && /^(?:has|have|had|also)$/u.test(tokens[v].text)) v++;
      return v < limit && tokens[v].kind === 'word' && (isSpeechVerb(tokens[v].text) || QUESTION_VERBS.has(tokens[v].text)) && /^\p{Ll}+ed$|^(?:said|told|wrote)$/u.test(tokens[v].text) ? k : -1;
    }
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '.') return -1;
  }
  return -1;
}

/** Words that open a subordinate clause put before the main one: `After 50 MPs signed a letter urging him to quit, he left`. */
const FRONTED_SUBORDINATORS = new Set(['After', 'Before', 'When', 'While', 'Although', 'Though', 'Because', 'Since', 'Once', 'Until', 'Unless', 'If']);

/**
 * Where what a verb in a fronted subordinate clause reports ends: at the comma before the main
 * clause's subject (a pronoun, or a capitalised word with a lower-case word after it: not
 * "Russia, China and Iran"); `end` when the verb is in the main clause or none is found.
 */
function frontedSubordinateEnd(tokens: Token[], s: Sentence, verb: number, end: number): number {
  // (Both scans are bounded: a fronted clause is short, and each verb of a long sentence reads no further.)
  if (!FRONTED_SUBORDINATORS.has(tokens[s.tokenStart].text) || verb - s.tokenStart > MAX_CLAUSE_TOKENS) return end;
  for (let k = s.tokenStart + 1; k < verb; k++) if (tokens[k].text === ',') return end;
  for (let k = verb + 1; k + 1 < s.tokenEnd && k < verb + MAX_CLAUSE_TOKENS && tokens[k].start < end; k++) {
    if (tokens[k].text === ',' && mainClauseAfter(tokens, k + 1, s.tokenEnd)) return tokens[k - 1].end;
  }
  return end;
}

/** Tokens `from` to `comma` are one fronted subordinate clause, no main clause after a comma of its own. */
function subordinateAlone(tokens: Token[], from: number, comma: number): boolean {
  if (!FRONTED_SUBORDINATORS.has(tokens[from].text) || comma - from > MAX_CLAUSE_TOKENS) return false;
  for (let k = from + 1; k < comma; k++) if (tokens[k].text === ',') return false;
  return true;
}

/**
 * `Holding open a book,`, `Lamenting their luck,`: a phrase from `from` to the comma that opens
 * with a participle and holds no verb of its own (`Eliminating waste is the goal,` has one).
 */
function participialPhrase(tokens: Token[], from: number, comma: number): boolean {
  if (!isCapitalizedToken(tokens[from]) || !/\p{Ll}{2}ing$/u.test(tokens[from].text) || comma - from > MAX_CLAUSE_TOKENS) return false;
  // (`Seeing his brother suffer led him to …, he said`: a gerund subject and its verb are a clause.)
  // (Past forms not in -ed that a gerund subject may govern: "Seeing him suffer led him to …", "Winning it meant …", "Losing it cost him …".)
  for (let k = from + 1; k < comma; k++) {
    const w = tokens[k].text;
    if (tokens[k].kind !== 'word' || verbAt(tokens, k) || /^\p{Ll}{2,}ed$/u.test(w) || IRREGULAR_PAST.has(w) || PASTS_LIKE_PRESENTS.has(w)) return false;
  }
  return true;
}

/** Past forms written as their present: "Losing it cost him the seat", "Winning set the tone". */
const PASTS_LIKE_PRESENTS = new Set(['put', 'set', 'let', 'cost', 'cut', 'hit']);

/** A subject and its verb from token `k`: a pronoun, or up to four words with no "and" or comma before a verb (not "China and Iran were"). */
function mainClauseAfter(tokens: Token[], k: number, limit: number): boolean {
  if (SUBJECT_PRONOUNS.has(lowerCase(tokens[k].text)) || /^(?:it|there)$/u.test(tokens[k].text)) return true;
  if (!isCapitalizedToken(tokens[k]) && !/^(?:the|a|an|his|her|their|its)$/u.test(tokens[k].text)) return false;
  let last = k + 4;
  for (let i = k + 1; i < limit && i <= last; i++) {
    // "Margaret Doyle, 82, did not sign": an age set off after the name.
    if (tokens[i].text === ',' && tokens[i + 1]?.kind === 'number' && tokens[i + 2]?.text === ',' && isCapitalizedToken(tokens[i - 1])) {
      i += 2;
      last += 3;
      continue;
    }
    if (tokens[i].kind !== 'word' || /^(?:and|or)$/u.test(tokens[i].text)) return false;
    if (verbAt(tokens, i) || /^\p{Ll}{2,}ed$/u.test(tokens[i].text)) return true;
  }
  return false;
}

/** Finite verbs of saying that no reported clause opens on. */
const OPENING_SPEECH_VERBS = new Set(['said', 'says', 'told']);

/** How far back from its verb a relative pronoun set off by a comma is looked for: `, whose own aides have denied`. */
const RELATIVE_REACH = 5;

/** The relative pronouns inSetOffRelative looks for, as written (lower case): a set, asked of five words before every verb. */
const SET_OFF_RELATIVES = new Set(['who', 'whose', 'which', 'where']);

/** Token `j` is in a relative clause opened after a comma (`X, who …`, `X, whose office …`, `the church, where she sang`), no punctuation between. */
function inSetOffRelative(tokens: Token[], j: number, floor: number): boolean {
  for (let k = j - 1; k > floor && k >= j - RELATIVE_REACH; k--) {
    const t = tokens[k];
    if (t.kind === 'punct') return false;
    if (SET_OFF_RELATIVES.has(t.text)) return tokens[k - 1]?.text === ',';
  }
  return false;
}

/** Participles that tell how or where someone spoke, reporting nothing of their own when set off before the verb. */
const CIRCUMSTANCES = new Set(['speaking', 'writing', 'responding', 'reacting', 'commenting', 'appearing', 'talking']);

function readSentence(doc: AnalyzedText, s: Sentence, insideDirect: (offset: number) => boolean): Reported[] {
  const { tokens } = doc;
  const out: Reported[] = [];
  // Where a clause was cut before a participle that goes on from its subject (asked once a verb; a
  // look through `out` there made one endless sentence of reports quadratic). Made at the first
  // such cut: most sentences have none, and a set for each was a share of this stage's garbage.
  let participles: Set<number> | undefined;
  const add = (r: Reported): void => {
    out.push(r);
    if (r.before) (participles ??= new Set()).add(r.before.participle);
  };
  const sentenceEnd = sentenceContentEnd(tokens, s);
  // Whether the sentence holds a word an asked adjunct opens at ("asked", "pressed"): most do
  // not, and then it is not looked through for one (askedAdjuncts finds none).
  let asking = false;
  for (let j = s.tokenStart; j < s.tokenEnd; j++) {
    const t = tokens[j];
    // Every reading below starts at one of these words; most tokens are none of them.
    if (t.kind !== 'word') continue;
    if (t.text === 'heard') {
      const heard = insideDirect(t.start) ? null : heardInCourt(doc, s, j, sentenceEnd);
      if (heard && !mostlyDirect(heard, insideDirect)) add(heard);
      continue;
    }
    if (!CLAUSE_WORDS.mayHold(t.text)) continue;
    // The filter above lets through a sixth of the words it should not ("Trump’s", "Donald"),
    // each of which went through every reading below for nothing; the readers a word may start
    // (CLAUSE_READERS) settle it. (The asking words are clause words, so none is turned away
    // above; "aſked" is one to their caseless test, though no reader's word.)
    const readers = CLAUSE_READERS.get(lowerCase(t.text)) ?? 0;
    if (!asking && isAskingWord(t.text)) asking = true;
    if (readers === 0) continue;
    // "no confirmed deaths", "any reported cases": a participle after "no" or "any", before a noun, describes it.
    if (NO_ANY.has(tokens[j - 1]?.text ?? '') && /^\p{Ll}+ed$/u.test(t.text) && tokens[j + 1]?.kind === 'word' && !isCapitalizedToken(tokens[j + 1]) && !lowersTo(tokens[j + 1].text, 'that')) continue;
    // "Rahimi, speaking an hour later, said …", "Cole, responding to a question, added that …":
    // a participle set off between the subject and its speech verb tells how the subject
    // spoke; the verb after it reports. One of speech ("The Journal, citing internal
    // documents, reported …") reports no further than its comma.
    const participle = tokens[j - 1]?.text === ',' && /\p{Ll}ing$/u.test(t.text);
    // (`Macron, asked about the dispute, said …`: a past participle set off the same way.)
    const setOff = participle || (tokens[j - 1]?.text === ',' && /^\p{Ll}{2,}ed$/u.test(t.text)) ? setOffBeforeSpeechVerb(tokens, j, s.tokenEnd) : -1;
    if (setOff >= 0 && CIRCUMSTANCES.has(t.text)) continue;
    // "Paxton, whose office defends the law, said …": a relative clause set off the same way ends at its comma.
    const relativeEnd = setOff < 0 && !participle && inSetOffRelative(tokens, j, s.tokenStart) ? setOffBeforeSpeechVerb(tokens, j, s.tokenEnd) : -1;
    const end = setOff >= 0 ? tokens[setOff - 1].end : relativeEnd >= 0 ? tokens[relativeEnd - 1].end : frontedSubordinateEnd(tokens, s, j, sentenceEnd);
    // Intentions, views, findings and expectations (stanceClauses.ts).
    const stance = (readers & STANCE) !== 0 ? stanceClause(doc, s, j) : null;
    // `a junior who did not want to give her name, said …`: how a source is kept unnamed; nothing of hers.
    if (!stance && wantsAnonymity(tokens, j)) continue;
    if (stance && !insideDirect(t.start)) {
      const stanceEnd = Math.min(end, stance.until ?? end);
      const r = reported(doc, stance.from, stance.objectOnly ? objectBeforeNextPredicate(tokens, stance.from, stanceEnd) : stanceEnd, stance.verb, stance.subject);
      if (r && !mostlyDirect(r, insideDirect)) add(stance.anonymous ? { ...r, anonymous: true } : r);
      if (r) continue;
    }
    // What a speech act was about (topicClauses.ts); the verb may report a clause as well.
    const topic = (readers & TOPIC) !== 0 ? topicClause(doc, s, j) : null;
    if (topic && !insideDirect(t.start)) {
      const topicEnd = topic.fronted ? frontedEnd(tokens, topic.from, s, end) : objectBeforeNextPredicate(tokens, topic.from, clauseEnd(tokens, topic.from, s, end));
      const r = reported(doc, topic.from, topic.ofNoun ? nounPhraseEnd(tokens, topic.from, topicEnd) : topic.noun ? nameObjectEnd(tokens, topic.from, topicEnd) : topicEnd, topic.verb, topic.subject);
      if (r && !mostlyDirect(r, insideDirect)) add(topic.anonymous ? { ...r, anonymous: true } : r);
    }
    // "made clear that …", "makes it clear that …": saying it plainly.
    const madeClear = (readers & CLEAR_WORD) !== 0 && !insideDirect(t.start) ? madeClearThat(tokens, j) : -1;
    if (madeClear >= 0) {
      const r = reported(doc, j + 1, end, madeClear, phraseBeforeVerb(doc, madeClear, s.tokenStart));
      if (r && !mostlyDirect(r, insideDirect)) add(r);
      continue;
    }
    // "pushed for a higher wage", "railed against the banks", "lashed out at the government".
    const actObject = (readers & PREPOSITIONAL_ACT) !== 0 ? prepositionalActObject(tokens, j) : -1;
    if (actObject >= 0 && !insideDirect(t.start)) {
      const act = objectOfSpeechAct(doc, s, j, end, actObject);
      if (act && !mostlyDirect(act, insideDirect)) add(act);
      continue;
    }
    if ((readers & REPORTING) === 0 || !isReportingWordAt(tokens, j) && t.text !== 'according' && t.text !== 'According' || insideDirect(t.start)) continue;
    const lower = lowerCase(t.text);
    if (lower === 'according' && lowersTo(tokens[j + 1]?.text ?? '', 'to')) {
      const r = accordingTo(doc, s, j, end);
      if (r) add(r);
      continue;
    }
    // "Asked whether …", "asked if …": the question is what was said.
    if (QUESTION_VERBS.has(lower) || (lower === 'asked' && j === s.tokenStart)) {
      const r = questionAfter(doc, s, j, end);
      if (r) {
        add(r);
        continue;
      }
    }
    // "As The Washington Post reported, CLAUSE."
    if ((isSpeechVerb(t.text) || isWeakSpeechVerb(t.text)) && isVerbPosition(tokens, j)) {
      const as = asSourceSaid(doc, s, j, end);
      if (as) {
        if (!mostlyDirect(as, insideDirect)) add(as);
        continue;
      }
    }
    const weakWithThat = isWeakSpeechVerb(t.text) && (thatFollows(tokens, j, s.tokenEnd) || documentSays(doc, s, j));
    if (!isSpeechVerb(t.text) && !isCognitionVerb(t.text) && !weakWithThat) {
      // ("The attack came a day after …": after a determiner, with a verb of its own after it, "attack" is the subject, and
      // most often one made with arms; PolNeAR's gold reads "the question is whether …" as what was asked.)
      if (isSpeechActVerb(t.text) && isVerbPosition(tokens, j) && !(ATTACK_NOUNS.has(t.text) && isNounPosition(tokens, j) && verbAt(tokens, j + 1)) && !nounBeforeItsVerb(tokens, j) && !afterObjectTaker(tokens, j) && !pluralAfterCount(tokens, j) && !pluralBeforeItsVerb(tokens, j) && !nounCompound(tokens, j) && !mostlyNoun(tokens, j) && !nounOfATitleOrCompound(tokens, j) && !insideDirect(t.start)) {
        const act = objectOfSpeechAct(doc, s, j, end);
        if (act && !mostlyDirect(act, insideDirect)) add(act);
      }
      continue;
    }
    if (!isVerbPosition(tokens, j) || nounBeforePastVerb(tokens, j)) continue;
    // "NHS figures published on Thursday": "figures" is a verb of thought only before a clause
    // ("Smith figures that …", "she figured they would"); before a participle or a preposition it is the noun.
    if (lower.startsWith('figure') && PARTICIPLE_OR_PREPOSITION.test(tokens[j + 1]?.text ?? '')) continue;
    // "would deny citizenship to children", "denied him bail": what is withheld, nothing said.
    if (lower.startsWith('den') && /^den(?:y|ies|ied|ying)$/u.test(lower) && (WITHHELD.has(tokens[j + 1]?.text ?? '') || WITHHELD.has(tokens[j + 2]?.text ?? ''))) continue;
    // "added the pill to its list", "added a third goal": a thing added, with no clause, is nothing said.
    if (lower === 'added' && addsAThing(tokens, j, s.tokenEnd)) continue;
    // "requests for added security", "with added urgency": after a preposition "added" is an adjective.
    if (lower === 'added' && ADJECTIVE_ADDED_AFTER.has(lowerCase(tokens[j - 1]?.text ?? ''))) continue;
    // "None of this is to say that …", "It is fair to say …", "Needless to say": the writer's own hedge, no one's report.
    if (lower === 'say' && writersToSay(tokens, j)) continue;
    // After a determiner the word is a noun: it reports only with a clause ("his claim that …").
    // Not `a string of contests that stretched …`: a verb right after "that" makes it a relative.
    // `…, a claim that Gowdy's office disputes`: a noun set off after a clause stands for that clause; its "that" opens a relative.
    if ((isNounPosition(tokens, j) || plainAfterPossessive(tokens, j)) && (!thatFollows(tokens, j, s.tokenEnd) || relativeThatFollows(tokens, j, s.tokenEnd) || (/^an?$/u.test(tokens[j - 1]?.text ?? '') && tokens[j - 2]?.text === ','))) continue;
    // "after saying", not "…, saying that", "…, eventually saying that" or "is saying that".
    if (lower.endsWith('ing') && !participleAfterComma(tokens, j) && !PROGRESSIVE_BE.has(lowerCase(tokens[j - 1]?.text ?? '')) && !gerundReports(tokens, j)) continue;
    // `My editor laughed when I said it`, `Asked about it, Rahimi laughed.`: a sound or a face
    // made while speaking reports only words in quotation marks (`"…," she laughed`).
    const lemma = reportingLemma(lower);
    if (MANNER_LEMMAS.has(lemma ?? '') && !/^(?:off|that)$/iu.test(tokens[j + 1]?.text ?? '')) continue;
    // "had been admitted two days earlier", "was admitted to hospital": a patient let in, no one's words.
    if (lower === 'admitted' && PASSIVE_BE.has(tokens[j - 1]?.text ?? '')) continue;
    // "the 10-year Treasury note rose to 4.37%": a bare form between a noun and its own past verb is
    // a noun. (Before a modal or "has" it may still report: "what Democrats hope will dampen …".)
    if (lower === lemma && nounBeforeItsVerb(tokens, j) && (IRREGULAR_PAST_VERBS.has(tokens[j + 1].text) || /^\p{Ll}{3,}ed$/u.test(tokens[j + 1].text))) continue;
    const tail = tailCue(doc, s, j, end, insideDirect);
    if (tail) {
      add(tail);
      continue;
    }
    // (A participle a clause before was cut at takes that clause's subject: withParticipleClauses.)
    const forward = clauseAfterVerb(doc, s, j, end, participles?.has(j) === true) ?? (isSpeechActVerb(t.text) || advocates(tokens, j) ? objectOfSpeechAct(doc, s, j, end) : null);
    if (forward && !mostlyDirect(forward, insideDirect)) add(forward);
  }
  const clauses = withParticipleClauses(out);
  return asking ? withAskedAdjuncts(doc, s, clauses) : clauses;
}

/**
 * The readings of sentence `s` squared with its asked adjuncts (askedAdjuncts.ts): what was
 * asked is no one's words but the unnamed asker's and ends with the adjunct; a clause of the
 * sentence's own verb neither opens inside the adjunct nor is the adjunct alone.
 */
function withAskedAdjuncts(doc: AnalyzedText, s: Sentence, out: Reported[]): Reported[] {
  const { tokens } = doc;
  const adjuncts = askedAdjuncts(tokens, s);
  if (adjuncts.length === 0) return out;
  // A request (`asked to comment on the ruling`, `asked for his position`) stands for the other
  // readings of its "asked" (`asked for his position` read as a speech act's object).
  const requests = adjuncts.map((a) => askedToDo(doc, a));
  const kept: Reported[] = [];
  for (const r of out) {
    const verb = r.cue.verbToken;
    const i = firstAdjunctEndingAfter(tokens, adjuncts, tokens[verb].start);
    if (i < adjuncts.length && adjuncts[i].asked === verb && requests[i]) continue;
    const squared = squaredWithAdjuncts(tokens, adjuncts, r);
    if (squared) kept.push(squared);
  }
  for (const r of requests) if (r) kept.push(r);
  return kept.sort((x, y) => x.start - y.start);
}

/** The index of the first of `adjuncts` (in text order) that ends after offset `from`; their count if none. */
function firstAdjunctEndingAfter(tokens: Token[], adjuncts: readonly AskedAdjunct[], from: number): number {
  let lo = 0;
  let hi = adjuncts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[adjuncts[mid].end - 1].end > from) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Reading `r` squared with the adjuncts of its sentence, or null when nothing of it is left.
 * Only the adjuncts between the reading's and its cue's first and last offsets are looked at:
 * a few at most, as a reading is read within MAX_CLAUSE_TOKENS.
 */
function squaredWithAdjuncts(tokens: Token[], adjuncts: readonly AskedAdjunct[], r: Reported): Reported | null {
  const cue = tokens[r.cue.verbToken];
  const to = Math.max(r.end, cue.end);
  for (let i = firstAdjunctEndingAfter(tokens, adjuncts, Math.min(r.start, cue.start)); i < adjuncts.length; i++) {
    const a = adjuncts[i];
    if (tokens[a.start].start >= to) break;
    const start = tokens[a.start].start;
    const end = tokens[a.end - 1].end;
    const verb = r.cue.verbToken;
    // `Asked if she believed Putin wanted Trump to win, …`: a verb inside the question is part of
    // what was asked, no report of its own (unless in a relative clause about someone else: `…
    // that Trump, who has called it a hoax, could win`).
    if (verb > a.asked && verb < a.end && !afterRelative(tokens, verb, a.asked)) return null;
    if (verb >= a.start && verb < a.end) {
      // What was asked ends with the adjunct; "asked" has no subject there.
      if (r.end > end) r = { ...r, end };
      if (verb === a.asked && (r.cue.subject || !r.anonymous)) r = { ...r, cue: { ...r.cue, subject: null }, anonymous: true };
      continue;
    }
    if (r.end <= start || r.start >= end) continue;
    if (r.start >= start) {
      // `said, when asked about it, that …`: the clause opens after the adjunct. One that held
      // nothing but the adjunct before its cue (`Asked about it, Smith said, "…"`) is none.
      const next = a.end < tokens.length && /^[,—–]$/u.test(tokens[a.end].text) ? tokens[a.end + 1] : undefined;
      if (!next || next.start >= r.end) return null;
      const cueStart = r.cue.subject && r.cue.subject.start > end ? Math.min(r.cue.subject.start, r.cue.cue.start) : r.cue.cue.start;
      if (verb >= a.end && next.start >= cueStart) return null;
      r = { ...r, start: next.start };
    } else if (r.end <= end && a.start - 1 > 0) {
      // `the deal was dead, when asked about it`: the clause stops before the adjunct.
      const last = /^[,—–]$/u.test(tokens[a.start - 1].text) ? a.start - 2 : a.start - 1;
      if (tokens[last].end <= r.start) return null;
      r = { ...r, end: tokens[last].end };
    }
  }
  return r;
}

/** A relative pronoun stands a few words before token `verb` (after `floor`): `who has called`. */
function afterRelative(tokens: Token[], verb: number, floor: number): boolean {
  for (let k = verb - 1; k > floor && k >= verb - 3; k--) if (WHO_WHICH_WHOSE.has(tokens[k].text)) return true;
  return false;
}

/** Words that open a noun phrase after "to": `asked to the stage` is where, not what. */
const NOT_INFINITIVE = new CaselessWords(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'this', 'that', 'these', 'those', 'him', 'them', 'me', 'us']);

/** Words after what was asked for that tell when or where it was asked: `asked for his view during an interview`. */
const WHEN_OR_WHERE = new CaselessWords(['during', 'in', 'at', 'on', 'after', 'before', 'last', 'this', 'earlier', 'while']);

/**
 * `Asked to comment, …`, `Asked by the host to respond to the attack, …`: the request put to
 * the one asked, from "to" to the adjunct's end; `When asked for his position during …`: what
 * was asked for, to a phrase of when or where. No speaker; it stands for other readings of "asked".
 */
function askedToDo(doc: AnalyzedText, a: AskedAdjunct): Reported | null {
  const { tokens } = doc;
  let k = a.asked + 1;
  if (lowersTo(tokens[k]?.text ?? '', 'by')) {
    k++;
    while (k < a.end && k <= a.asked + 6 && tokens[k].kind === 'word' && !lowersTo(tokens[k].text, 'to')) k++;
  }
  if (k + 1 >= a.end) return null;
  const end = tokens[a.end - 1].end;
  if (lowersTo(tokens[k].text, 'for') && k === a.asked + 1) {
    // ("asked for comment" is the paper's request, nothing asked of substance: reported() turns it away.)
    let e = k + 2;
    while (e < a.end && !WHEN_OR_WHERE.has(tokens[e].text)) e++;
    const r = reported(doc, k + 1, tokens[e - 1].end, a.asked, null);
    return r && r.end - r.start >= 8 ? { ...r, anonymous: true } : null;
  }
  if (!lowersTo(tokens[k].text, 'to')) return null;
  const verb = tokens[k + 1];
  if (verb.kind !== 'word' || !/^\p{Ll}+$/u.test(verb.text) || NOT_INFINITIVE.has(verb.text)) return null;
  const start = tokens[k].start;
  if (end - start < 8) return null;
  return { start, end, cue: cueOf(doc, a.asked, null), anonymous: true };
}

/**
 * A clause cut before `…, adding that …` runs on as before where the participle reported
 * nothing of its own; where it did, its subject is the verb's it goes on from (`Sanders
 * endorsed Clinton, saying …`: Sanders says), unless the clause holds a verb of its own.
 */
function withParticipleClauses(out: Reported[]): Reported[] {
  if (!out.some((r) => r.before)) return out;
  const subjects = new Map<number, Phrase>();
  const seen = new Set<number>();
  const cut = out.map((r) => {
    if (!r.before) return r;
    const { before, ...rest } = r;
    if (!out.some((o) => o.cue.verbToken === before.participle)) return { ...rest, end: before.end };
    // Clauses inside clauses are cut at the same participle: the outermost verb, read first, is the one it goes on from.
    if (r.cue.subject && before.governs && !seen.has(before.participle)) subjects.set(before.participle, r.cue.subject);
    seen.add(before.participle);
    return rest;
  });
  if (subjects.size === 0) return cut;
  return cut.map((r) => {
    const subject = subjects.get(r.cue.verbToken);
    return subject ? { ...r, cue: { ...r.cue, subject } } : r;
  });
}

/**
 * `advocated a public option`, `to advocate for a challenger`: speaking for something, reported
 * by its object. Only as a verb for sure: "advocate" and "advocates" are mostly nouns (`gun
 * rights advocates have …`).
 */
function advocates(tokens: Token[], j: number): boolean {
  const lower = tokens[j].text;
  return lower === 'advocated' || lower === 'advocating' || (/^advocates?$/u.test(lower) && /^(?:to|will|would|could|should|can|he|she|they|we|i|also)$/iu.test(tokens[j - 1]?.text ?? ''));
}

const SENTENCE_CLOSERS = new Set(['.', '!', '?', ';', ':', '"', '”', '’', "'", '»', ')', ']']);

/** Where the sentence's words end: before its final punctuation and closing marks. */
function sentenceContentEnd(tokens: Token[], s: Sentence): number {
  let k = s.tokenEnd - 1;
  while (k > s.tokenStart && tokens[k].kind === 'punct' && SENTENCE_CLOSERS.has(tokens[k].text)) k--;
  return tokens[k].end;
}

function afterQuotedComma(tokens: Token[], verb: number): boolean {
  return CLOSING_MARKS.has(tokens[verb - 1]?.text ?? '') && tokens[verb - 2]?.text === ',' && endsInIng(tokens[verb].text);
}

/** `X said (Tuesday) (that) CLAUSE` and `X told Y (that) CLAUSE`, `X urged Y to …`. */
function clauseAfterVerb(doc: AnalyzedText, s: Sentence, verb: number, end: number, governed = false): Reported | null {
  // Where the clause starts is read first: for about half the verbs there is none, and then
  // their subject need not be read.
  const { tokens } = doc;
  // The verb's lemma and whether it takes a listener, looked up once for both readers.
  const lemma = reportingLemma(tokens[verb].text);
  const listener = takesListener(tokens[verb].text);
  const from = clauseStartAfterVerb(doc, s, verb, end, lemma, listener);
  if (from < 0) return null;
  // `Nvidia reported record revenue on Wednesday, but its shares slipped …`: the figures a firm
  // reports (PolNeAR's Content holds them) end where a clause of the sentence's own is joined on.
  if (lemma === 'report' && reportsFigures(tokens, from, s.tokenEnd)) end = clauseEnd(tokens, from, s, end);
  // `said in the spring, when the story broke, "…"`: a clause of time set off before the
  // quotation says when the words were said, not what.
  if (TIME_SUBORDINATORS.has(lowerCase(tokens[from].text)) && timeClauseBeforeQuotation(tokens, from, s)) return null;
  // "Reed was told that the plan was safe", "she had been told the plan was safe", "residents
  // were warned that …": a passive listener verb; its subject heard the words, whose speaker is
  // unsaid, and no listener stands after it. ("was told by officials that …" names the speaker,
  // "was told to leave" is an order, "is assured of winning" a sure thing, "was accused of" a
  // charge: all read as before.)
  if (listener && PASSIVE_BE.has(tokens[verb - 1]?.text ?? '') && !/^(?:by|to|of)$/iu.test(tokens[verb + 1]?.text ?? '') && /\p{Ll}ed$|^told$/u.test(tokens[verb].text)) {
    const heard = reported(doc, verb + 1, end, verb, null);
    return heard && { ...heard, anonymous: true };
  }
  // "she had been told by her doctor that …", "was warned by police that …": the agent after
  // "by" spoke; what the listener heard follows it.
  const agent = listener ? passiveAgentClause(doc, s, verb, end) : null;
  if (agent) return agent;
  // `"…," he said outside court.`: where or when it was said, with no verb, is nothing said.
  // (`reported at least six planes flew over`: "at least" counts.) Read before the subject,
  // which it does not depend on.
  if (PLACE_OR_TIME_PREPOSITIONS.has(lowerCase(tokens[from].text)) && !AT_LEAST.has(tokens[from + 1]?.text ?? '') && !verbBefore(tokens, from, end)) return null;
  const phrase = phraseBeforeVerb(doc, verb, s.tokenStart);
  // "To put that number in context, …": the "To" of an infinitive is no speaker.
  const subject = phrase && phrase.tokenEnd - phrase.tokenStart === 1 && lowerCase(tokens[phrase.tokenStart].text) === 'to' ? null : phrase;
  // `backed a plan announced in May to …`, `the deal announced on Friday`: a participle after a
  // measure's noun says what was done to it; a plan or a deal announces nothing.
  if (subject && participleOfAMeasure(tokens, subject, verb)) return null;
  // "… and added that …": the verb shares a subject the sentence may not spell out plainly.
  // Without a subject the phrase reader takes, a past speech verb and "that" still report
  // (`Lehel, the hacker known as "Guccifer," stated that …`): the clause, its speaker unknown.
  // `…"as fast as it could," adding that …`: a participle after a quotation's comma goes on
  // from the verb before; its subject is that verb's (withParticipleClauses).
  // `Planning officer Neil Shaw recommended approval, telling …`: a participle the clause before was
  // cut at goes on from that clause's subject, even where the phrase reader finds none.
  // `A man who did not want to be named said …`: a source's clause of anonymity right before the verb; its subject is the unnamed source.
  // (The cheap look-ups first: the word before the verb, then the scans.)
  if (!subject && !governed && !afterQuotedComma(tokens, verb) && !isCoordinated(tokens, verb, s.tokenStart) && !thatAfterPastSpeechVerb(tokens, verb, s) && !afterAnonymity(tokens, verb)) return null;
  // A verb that takes no clause ("criticized the bill and voted against it") reports its object only.
  if (!CLAUSE_VERBS.has(lemma ?? '')) end = objectBeforeNextPredicate(tokens, from, end);
  return reported(doc, from, end, verb, subject);
}

const TIME_SUBORDINATORS = new Set(['when', 'while', 'after', 'before', 'once', 'as']);
const OPENING_QUOTE_MARKS = new Set(['"', '“', '‘', "'", '«']);

/** From token `from` to the first comma of the sentence, and a quotation mark opening right after it. */
function timeClauseBeforeQuotation(tokens: Token[], from: number, s: Sentence): boolean {
  for (let i = from + 1; i < s.tokenEnd && i < from + MAX_CLAUSE_TOKENS; i++) {
    if (tokens[i].text === ',') return OPENING_QUOTE_MARKS.has(tokens[i + 1]?.text ?? '');
  }
  return false;
}

/**
 * `was told by an inspector that …`: a passive listener verb, "by" and the speaker, then
 * "that" opening what was said; the speaker is the phrase after "by", not the word before the verb.
 */
function passiveAgentClause(doc: AnalyzedText, s: Sentence, verb: number, end: number): Reported | null {
  const { tokens } = doc;
  if (!PASSIVE_BE.has(tokens[verb - 1]?.text ?? '') || !takesListener(tokens[verb].text) || !lowersTo(tokens[verb + 1]?.text ?? '', 'by')) return null;
  const agent = phraseAfterVerb(doc, verb + 1, s.tokenEnd, true);
  if (!agent) return null;
  const from = tokens[agent.tokenEnd]?.text === ',' ? agent.tokenEnd + 1 : agent.tokenEnd;
  if (from >= s.tokenEnd || !lowersTo(tokens[from].text, 'that') || tokens[from].start >= end) return null;
  return reported(doc, from, end, verb, agent);
}

/**
 * `Asked what he thought, …`, `When asked how she felt, …`: the verb at `verb` lies in a question
 * a verb of asking opens, with no comma between them.
 */
function insideFrontedQuestion(tokens: Token[], verb: number, sentenceStart: number): boolean {
  for (let k = verb - 1; k > sentenceStart && k >= verb - CLAUSE_BEFORE_CUE; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (QUESTION_WORDS.has(lowerCase(t.text))) return QUESTION_VERBS.has(lowerCase(tokens[k - 1].text));
  }
  return false;
}

const COPULAS = new Set(['is', 'was', 'are', 'were']);
const RELATIVE_THAT_WHICH = new Set(['that', 'which']);

/** Prepositions opening where or when something was said: `said outside court`, `said after the match`. */
/** "no confirmed deaths", "any reported cases". */
const NO_ANY = new CaselessWords(['no', 'any']);
const PLACE_OR_TIME_PREPOSITIONS = new Set(['outside', 'inside', 'near', 'after', 'before', 'during', 'following', 'at', 'in', 'on', 'from', 'beside']);

/**
 * The token where the clause after the verb starts (clauseAfterVerb), or -1 when none does.
 * `lemma` and `listener` are the verb's reportingLemma and takesListener.
 */
function clauseStartAfterVerb(doc: AnalyzedText, s: Sentence, verb: number, end: number, lemma: string | null, listener: boolean): number {
  const { tokens } = doc;
  // `a farmer, who asks not to be named, …`: how the source is named, not what they said.
  if (lemma === 'ask' && asksNotToBeNamed(tokens, verb)) return -1;
  // "Springfield man charged in crash that killed two teens": a legal charge, nobody's words.
  if (isLegalCharge(tokens, verb)) return -1;
  let k = verb + 1;
  // A listener after "told", "urged": `told reporters`, `urged the United States`.
  if (listener && k < s.tokenEnd && tokens[k].kind === 'word' && !/^(?:that|to)$/iu.test(tokens[k].text)) {
    const object = listenerBody(tokens, verb, s.tokenEnd) ?? phraseAfterVerb(doc, verb, s.tokenEnd);
    // `told me he …`, `told us the plan …`: a pronoun listener, then the clause.
    // (`telling them Valeant was …`: the phrase reader runs the pronoun into the name after it.)
    if ((!object || object.tokenEnd - object.tokenStart > 1) && LISTENER_PRONOUNS.has(lowerCase(tokens[k].text)) && tokens[k + 1]?.kind === 'word' && lowerCase(tokens[k + 1].text) !== 'to') k++;
    // `were told they would …`: a subject pronoun opens the clause, no listener.
    // `promises the government will help`: a phrase a finite verb follows is the clause's subject, no listener.
    else if (object && !(object.tokenEnd - object.tokenStart === 1 && SUBJECT_PRONOUNS.has(lowerCase(tokens[object.tokenStart].text))) && !FINITE.has(lowerCase(tokens[object.tokenEnd]?.text ?? ''))) {
      // `urged the US to reflect`: the directive, listener included, is what was said.
      if (lowerCase(tokens[object.tokenEnd]?.text ?? '') === 'to') return object.tokenStart;
      k = listenerNounEnd(tokens, object.tokenStart, object.tokenEnd, s.tokenEnd, lemma === 'tell');
      // `told reporters outside Chelsea's training ground`: the phrase reader may run the listener
      // on into where it was told; the place starts at its preposition, no part of what was said.
      for (let i = object.tokenStart + 1; i < k; i++) {
        if (PLACE_OR_TIME_PREPOSITIONS.has(tokens[i].text)) {
          k = i;
          break;
        }
      }
    }
    // `urged the rest of the party to coalesce`, `urged him to resign`, `urged Obama last year
    // not to close it`: a listener the phrase reader does not take, then the directive.
    if (directiveFollows(tokens, verb + 1, s.tokenEnd)) return directiveStart(tokens, verb + 1, s.tokenEnd);
    // `told jurors that`, `warned local officials that`: listener nouns in lower case the
    // phrase reader does not take, then the clause's "that".
    if (k === verb + 1) {
      let e = k;
      while (e < s.tokenEnd && e < k + 3 && tokens[e].kind === 'word' && /^\p{Ll}+$/u.test(tokens[e].text) && !LISTENER_NOUN_STOPS.has(tokens[e].text) && !FINITE.has(tokens[e].text)) e++;
      // Not "ask yourself that question": "that" opens a clause, three words at least.
      if (e > k && tokens[e]?.text === 'that' && e + 3 < s.tokenEnd && tokens[e + 1].kind === 'word' && tokens[e + 2].kind === 'word' && tokens[e + 3].kind === 'word') k = e;
      // `told investors the company would …`, `told colleagues she would resign`: a plural
      // listener in lower case, then a clause with no "that", its subject and a finite verb.
      else if (e > k && peopleListening(tokens[e - 1].text) && bareClauseAt(tokens, e, s.tokenEnd)) k = e;
      else if (e > k && e < s.tokenEnd && WHERE_OR_WHEN.has(tokens[e].text)) k = thatAfterWhereOrWhen(tokens, e, s.tokenEnd) ?? k;
    } else if (k < s.tokenEnd && WHERE_OR_WHEN.has(tokens[k].text)) {
      // `told reporters outside the courthouse that …`: where the listener was told is no part of what was said.
      k = thatAfterWhereOrWhen(tokens, k, s.tokenEnd) ?? k;
    }
  }
  // `told BBC Radio 4's Today programme that …`: a listener the readers above stop short of, then the clause's "that".
  if (listener) k = thatAfterListener(tokens, k, s.tokenEnd);
  // `added a second just after the break`, `added another in stoppage time`: a match report's score.
  if (addsToScore(tokens, verb, s.tokenEnd) || addsQuantity(tokens, verb, s.tokenEnd)) return -1;
  const beforeFillers = k;
  k = skipFillers(tokens, k, s.tokenEnd);
  k = afterSetOffAside(tokens, k, s.tokenEnd);
  if (k < s.tokenEnd && tokens[k].text === ',') {
    // `Asked how she was feeling, she replied …`: the verb ends the question set off before the
    // sentence; what follows its comma is the sentence's own clause, nothing the verb reports.
    if (k === verb + 1 && insideFrontedQuestion(tokens, verb, s.tokenStart)) return -1;
    // `where most of the cases were reported, the governor declared …`: a passive verb right
    // before its comma reports nothing after it (what it reports is its subject).
    if (k === verb + 1 && PASSIVE_BE.has(tokens[verb - 1]?.text ?? '') && /\p{Ll}ed$/u.test(tokens[verb].text)) return -1;
    k++;
    // `"…," she said, clapping`, `he said, referring to …`: how it was said, not what.
    if (k < s.tokenEnd && tokens[k].kind === 'word' && endsInIng(tokens[k].text) && !isCapitalizedToken(tokens[k])) return -1;
    // `the man said, his voice breaking`, `she said, her eyes filling with tears`: a noun and its
    // participle set off after the verb tell how it was said.
    if (/^(?:his|her|their)$/u.test(tokens[k]?.text ?? '') && /^\p{Ll}+$/u.test(tokens[k + 1]?.text ?? '') && endsInIng(tokens[k + 2]?.text ?? '')) return -1;
    // `Soren, who served time on charges he denies, thanked voters`: a verb right after the
    // comma is the sentence's own; the speech verb before it ended a clause with nothing to report.
    // So with when or where between (`BP, which reported on Tuesday, disappointed investors`).
    if (beforeFillers === verb + 1 && k < s.tokenEnd && tokens[k].kind === 'word' && endsClauseBeforeVerb(doc, s, verb, tokens[k].text)) return -1;
    // `she said during the meeting, which stretched past midnight`, `said at the rally, where
    // 500 gathered`: a relative set off by the comma tells of the phrase before it; a question
    // after "asked" (`asked, which side are you on?`) is left to the question readers, and so is
    // one after a listener (`accused Rafael Cruz, who was born in Cuba, of …`: the charge follows).
    if (beforeFillers === verb + 1 && k < s.tokenEnd && SET_OFF_RELATIVES.has(tokens[k].text) && !QUESTION_VERBS.has(tokens[verb].text)) return -1;
  }
  if (k + 1 < s.tokenEnd && lowersTo(tokens[k].text, 'out') && lowersTo(tokens[k + 1].text, 'that')) k++;
  // `The truth, as Park told me, is that …`: after an aside's comma the sentence's copula
  // goes on; the clause is what follows it.
  if (k + 1 < s.tokenEnd && tokens[k - 1]?.text === ',' && COPULAS.has(tokens[k].text) && lowersTo(tokens[k + 1].text, 'that')) k++;
  if (k >= s.tokenEnd || tokens[k].start >= end) return -1;
  const first = tokens[k];
  const lower = lowerCase(first.text);
  // Not `tells 3,000 in Reno …`: a number right after "tell" counts the listeners.
  if (!(listener && k === verb + 1) && quantityClause(tokens, k, s.tokenEnd)) return k;
  if (first.kind !== 'word') return -1;
  // `have known each other`, `thanked one another`: a reciprocal object, no clause.
  if ((lower === 'each' && lowersTo(tokens[k + 1]?.text ?? '', 'other')) || (lower === 'one' && lowersTo(tokens[k + 1]?.text ?? '', 'another'))) return -1;
  // `laughed it off`, `played it down`: the pronoun is the object of a phrasal verb, no clause's subject.
  if (lower === 'it' && PARTICLES.has(lowerCase(tokens[k + 1]?.text ?? ''))) return -1;
  if (lower === 'that' || QUESTION_WORDS.has(lower) || CLAUSE_OPENERS.has(lower)) return k;
  // (`told the court the thefts came to light`, `told the jury the defendant hit her`: after a
  // listener, a past form not in -ed is the clause's verb too.)
  if (startsClause(tokens, k, s.tokenEnd, k > verb + 1 && lemma === 'tell')) return k;
  // "said", "believes", "argued" take a clause, seldom an object: `said all staffers sign NDAs`.
  if (lemma && CLAUSE_VERBS.has(lemma) && (!NOT_CLAUSE_START.has(lower) || herThenVerb(tokens, k)) && !objectWithoutClause(tokens, k, s.tokenEnd)) {
    // `told a news conference in Mumbai.`, `told parliament on Tuesday.`: with no verb to the
    // end, the words after a listener verb are where it was said, no clause. The bare form
    // is left be: `to tell the truth about things` is what was (not) said.
    if (listener && lemma !== lowerCase(tokens[verb].text) && !verbBefore(tokens, k, end)) return -1;
    return k;
  }
  if (MESSAGE_OBJECT_VERBS.test(tokens[verb].text) && isSpeechVerb(tokens[verb].text) && !OBJECT_PREPOSITIONS.has(lower)) {
    // Not `warned Washington on Monday.`, `revealed in documents`: a time or a place after the
    // verb (and its listener) is no message; after a day the object may still follow
    // (`announced on Friday the arrest of …`, `promised on Tuesday to …`).
    return ADJUNCT_PREPOSITIONS.has(lower) && !AT_LEAST.has(tokens[k + 1]?.text ?? '') ? afterDayAdjunct(tokens, k, s.tokenEnd) : k;
  }
  return -1;
}

/** Results a company or an agency reports: the object's noun after a few modifiers. */
const FIGURE_NOUNS = new Set([
  'revenue', 'revenues', 'profit', 'profits', 'loss', 'losses', 'earnings', 'sales', 'income', 'results', 'figures',
  'margin', 'margins', 'surplus', 'deficit', 'turnover', 'output', 'growth', 'decline', 'declines', 'drop', 'rise',
  'increase', 'increases', 'gain', 'gains', 'fall', 'jump', 'slump', 'surge', 'dip',
]);
const FIGURE_MODIFIERS = 4;

/** `record revenue`, `a 12% rise in sales`, `weaker-than-expected quarterly earnings`: a figure object, with no clause's verb before it. */
function reportsFigures(tokens: Token[], k: number, limit: number): boolean {
  for (let i = k; i < limit && i <= k + FIGURE_MODIFIERS; i++) {
    const t = tokens[i];
    const lower = lowerCase(t.text);
    // (`reported revenue fell by half`: a verb after the noun makes it a clause's subject.)
    if (FIGURE_NOUNS.has(lower)) return !verbAt(tokens, i + 1) && !/^\p{Ll}{3,}ed$/u.test(tokens[i + 1]?.text ?? '');
    if (t.kind === 'punct' && t.text !== '%' && t.text !== '$' && t.text !== '-') return false;
    if (t.kind === 'word' && (FINITE.has(lower) || lower === 'that' || PREPOSITIONS.has(lower) || /\p{Ll}ed$/u.test(t.text) && i > k)) return false;
  }
  return false;
}

/**
 * `charges he denies, thanked voters`: the speech verb closes a clause inside the sentence and
 * the word after its comma (a finite verb, or a verb in -ed) is the sentence's own verb. A cue
 * set off by commas goes on with the clause it interrupts (`The plan, a source said, is to …`,
 * `economists say, limited the recovery`); one after a quotation goes on with a finite verb
 * (`"Only you," she said, would …`) but not with a participle (`McCain said, asked about …`).
 */
function endsClauseBeforeVerb(doc: AnalyzedText, s: Sentence, verb: number, next: string): boolean {
  const finite = FINITE.has(next);
  if (!finite && !/^\p{Ll}{3,}ed$/u.test(next)) return false;
  const { tokens } = doc;
  // Back from the verb: a relative word or another verb first means the cue closes a clause
  // inside the sentence (`who spent … on charges he denies,`, `jailed over a verdict she denies,`).
  for (let k = verb - 1; k >= s.tokenStart && k >= verb - CLAUSE_BEFORE_CUE; k--) {
    const t = tokens[k].text;
    if (t === ',' || t === '(' || t === '—' || t === '–') return false;
    if (CLOSING_MARKS.has(t)) return !finite;
    if (RELATIVE_OPENERS.has(t) || FINITE.has(t) || /^\p{Ll}{3,}ed$/u.test(t)) return true;
  }
  return false;
}

/** How far back endsClauseBeforeVerb looks for the start of the cue's clause. */
const CLAUSE_BEFORE_CUE = 14;
const RELATIVE_OPENERS = new Set(['who', 'which', 'whom', 'that']);

/** Ways of saying a line that report no unquoted clause: `laughed`, `smiled`, `sighed`. */
const MANNER_LEMMAS = new Set(['laugh', 'smile', 'grin', 'sigh', 'chuckle', 'beam', 'gasp', 'groan', 'sneer', 'snarl', 'howl', 'roar', 'hiss', 'bellow', 'holler', 'scream', 'stammer']);

const NOT_NAMED = new CaselessWords(['named', 'identified', 'quoted']);

/** "asked not to be named", "asks not to be identified": a sourcing convention. */
function asksNotToBeNamed(tokens: Token[], verb: number): boolean {
  return reportingLemma(tokens[verb].text) === 'ask' && lowersTo(tokens[verb + 1]?.text ?? '', 'not') && lowersTo(tokens[verb + 2]?.text ?? '', 'to')
    && lowersTo(tokens[verb + 3]?.text ?? '', 'be') && NOT_NAMED.has(tokens[verb + 4]?.text ?? '');
}

/** What a side adds to its score in a match report: "a second", "another goal", "a late penalty", "two more tries". */
const SCORE_ORDINALS = new CaselessWords(['second', 'third', 'fourth', 'fifth', 'sixth']);
const SCORE_NOUNS = new CaselessWords([
  'goal', 'goals', 'try', 'tries', 'penalty', 'penalties', 'brace',
  'touchdown', 'touchdowns', 'basket', 'baskets', 'run', 'runs', 'point', 'points', 'wicket', 'wickets', 'century', 'fifty',
  'birdie', 'birdies', 'eagle', 'header', 'equaliser', 'equalizer', 'winner', 'conversion', 'field',
]);
const SCORE_OPENERS = new CaselessWords(['a', 'an', 'another', 'his', 'her', 'their', 'its', 'two', 'three', 'four', 'five']);

/** "added a second", "added another goal", "added a late penalty", "added another" before a time or a stop. */
function addsToScore(tokens: Token[], verb: number, limit: number): boolean {
  // (`added City's third in the 78th minute`: a side's name in the possessive opens the goal as "their" does.)
  const opensGoal = SCORE_OPENERS.has(tokens[verb + 1]?.text ?? '') || (tokens[verb + 1] !== undefined && isCapitalizedToken(tokens[verb + 1]) && /['’]s$/u.test(tokens[verb + 1].text));
  if (reportingLemma(tokens[verb].text) !== 'add' || !opensGoal) return false;
  const opener = lowerCase(tokens[verb + 1].text);
  const after = tokens[verb + 2];
  if (opener === 'another' && (!after || after.kind !== 'word' || PREPOSITIONS.has(after.text) || /^(?:just|late|early)$/iu.test(after.text))) return true;
  for (let i = verb + 2; i < limit && i <= verb + 4; i++) {
    if (tokens[i].kind !== 'word') return false;
    if (SCORE_NOUNS.has(tokens[i].text)) return true;
    // "a second just after the break", "a third in the 80th minute"; not "a second payment".
    if (SCORE_ORDINALS.has(tokens[i].text)) {
      const next = tokens[i + 1];
      return !next || next.kind !== 'word' || PREPOSITIONS.has(next.text) || /^(?:\p{Ll}+ly|just|late|early|before|when|as|from|for)$/iu.test(next.text);
    }
  }
  return false;
}

const ATTACK_NOUNS = new CaselessWords(['attack', 'attacks']);

/** Past forms news puts right after a subject that end in no "-ed": "The attack came", "the attacks began". */
const IRREGULAR_PAST_VERBS = new Set(['came', 'began', 'went', 'grew', 'rose', 'fell', 'took', 'made', 'drew', 'brought', 'left', 'got', 'became', 'seemed']);

/** Token k is a finite verb or an irregular past form: what a subject noun before it governs. */
function verbAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  // (Not any word in -ed: "attacks designed to paint him as …" are words.)
  return t !== undefined && t.kind === 'word' && (FINITE.has(t.text) || IRREGULAR_PAST_VERBS.has(t.text));
}

/**
 * "Private sector credit grew", "Bank credit rose": a bare form after a word in lower case
 * (no pronoun) with a finite or past verb right after it is a noun, that verb's subject.
 */
function nounBeforeItsVerb(tokens: Token[], j: number): boolean {
  const before = tokens[j - 1];
  if (/(?:ed|ing|s)$/u.test(tokens[j].text) || before === undefined || before.kind !== 'word' || SUBJECT_PRONOUNS.has(lowerCase(before.text)) || FINITE.has(lowerCase(before.text))) return false;
  // (`The question is whether …` stays: PolNeAR's gold reads what follows as what was asked.)
  return (verbAt(tokens, j + 1) || pastVerbWithObject(tokens, j + 1)) && !/^(?:is|was|are|were|isn['’]t|wasn['’]t)$/iu.test(tokens[j + 1].text);
}

/** `demand posed a risk`: a past form in -ed with an object's article after it is a verb (not `demand increased pay`). */
function pastVerbWithObject(tokens: Token[], k: number): boolean {
  return /^\p{Ll}{3,}ed$/u.test(tokens[k]?.text ?? '') && /^(?:a|an|the)$/u.test(tokens[k + 1]?.text ?? '');
}

/**
 * `her father's comment`, `the minister's claim angered …`: after a possessive the plain form is a noun,
 * which no "'s" (is, has) takes as a verb ("let's" aside).
 */
function plainAfterPossessive(tokens: Token[], j: number): boolean {
  const before = tokens[j - 1];
  if (before === undefined || before.kind !== 'word' || !/\p{L}['’]s$/u.test(before.text) || /^let['’]s$/iu.test(before.text) || reportingLemma(tokens[j].text) !== tokens[j].text) return false;
  // `Berlin's pledge last month to add troops`, `Trump's tweet saying …`: the noun's infinitive or participle is what was said.
  const next = tokens[j + 1];
  if (next !== undefined && next.kind === 'word' && endsInIng(next.text)) return false;
  for (let i = j + 1; i < tokens.length && i <= j + 3 && tokens[i].kind === 'word'; i++) if (lowersTo(tokens[i].text, 'to')) return false;
  return true;
}

/**
 * `weak demand posed a greater risk`: a speech verb's plain form after an adjective (a word in lower case,
 * no plural, pronoun or auxiliary) and before a past verb with its object is that verb's subject, a noun.
 * (Not `critics say would …`: a plural before and a finite verb after are a relative's subject and clause.)
 */
function nounBeforePastVerb(tokens: Token[], j: number): boolean {
  const before = tokens[j - 1];
  if (before === undefined || !/^\p{Ll}+$/u.test(before.text) || before.text.endsWith('s') || SUBJECT_PRONOUNS.has(before.text) || FINITE.has(before.text)) return false;
  return reportingLemma(tokens[j].text) === tokens[j].text && pastVerbWithObject(tokens, j + 1);
}

/** Numbers written as words that open a count: "adds five dates". */
const COUNT_WORDS = new CaselessWords(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'dozens', 'hundreds', 'thousands']);

/**
 * "adds five London dates", "added 310 points": "add" before a count is a sum, no speech,
 * unless a clause's verb follows the counted thing ("added 20 people had died").
 */
function addsQuantity(tokens: Token[], verb: number, limit: number): boolean {
  const next = tokens[verb + 1];
  if (reportingLemma(tokens[verb].text) !== 'add' || next === undefined || (next.kind !== 'number' && !COUNT_WORDS.has(next.text))) return false;
  for (let i = verb + 2; i < limit && i <= verb + 7; i++) {
    const t = tokens[i];
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '%') return true;
    if (FINITE.has(lowerCase(t.text)) || (t.kind === 'word' && /\p{Ll}ed$/u.test(t.text))) return false;
  }
  return true;
}

/** How many tokens an aside set off between a verb and its that-clause may hold. */
const ASIDE_TOKENS = 12;

/**
 * `said, on Twitter, that …`, `said — in a statement, as it happens — that …`: an aside set
 * off by commas or dashes between the verb and "that" is how or where it was said; the clause
 * starts at "that". Returns the index of "that", or `k` where no such aside stands there.
 */
function afterSetOffAside(tokens: Token[], k: number, limit: number): number {
  const open = tokens[k]?.text;
  if (k >= limit || (open !== ',' && open !== '—' && open !== '–')) return k;
  for (let j = k + 1; j < limit && j <= k + ASIDE_TOKENS; j++) {
    const t = tokens[j].text;
    if (t === open || (open !== ',' && (t === '—' || t === '–'))) return j + 1 < limit && lowersTo(tokens[j + 1].text, 'that') ? j + 1 : k;
    if (t === '.' || t === ';' || t === ':' || t === '"' || t === '“' || t === '”') return k;
  }
  return k;
}

/**
 * `told the newspaper that …`, `told a local radio station the plan …`: the phrase reader
 * stops a listener in lower case after a word or two; its lower-case noun words belong to it too when a clause
 * opens right after them. Returns where the clause may start: after those words, else `k`.
 */
function listenerNounEnd(tokens: Token[], first: number, k: number, limit: number, told: boolean): number {
  // `told France Inter radio that …`: after a name, only a medium's noun is the listener's.
  // After "told": `told local radio that …` (no article, a medium's noun in lower case) reads as
  // `told the radio`; `told the Covid inquiry he …`: a capitalized word after the article is the
  // listener's too.
  const determiner = CLAUSE_DETERMINERS.has(lowerCase(tokens[first].text));
  const bare = !determiner && !isCapitalizedToken(tokens[first]);
  if (bare && !told) return k;
  const named = !determiner && !bare;
  for (let i = determiner ? first + 1 : first; i < k; i++) if (named ? !isCapitalizedToken(tokens[i]) : !(told ? /^\p{L}+$/u : /^\p{Ll}+$/u).test(tokens[i].text)) return k;
  let e = k;
  while (e < limit && e < k + 3 && tokens[e].kind === 'word' && /^\p{Ll}+$/u.test(tokens[e].text) && !LISTENER_NOUN_STOPS.has(tokens[e].text) && !FINITE.has(tokens[e].text) && !/ly$/u.test(tokens[e].text) && (!named || MEDIUM_NOUNS.has(tokens[e].text))) e++;
  if (e === k || e >= limit) return k;
  // A bare listener is a medium's: `told local radio`, `told state television`.
  if (bare && !MEDIUM_NOUNS.has(tokens[e - 1].text)) return k;
  // `tell an American story, one of …`: a thing told is no listener.
  if (TOLD_THINGS.has(tokens[e - 1].text)) return k;
  const next = skipFillers(tokens, e, limit);
  const lower = lowerCase(tokens[next]?.text ?? '');
  if (next < limit && (lower === 'that' || QUESTION_WORDS.has(lower) || CLAUSE_OPENERS.has(lower) || (CLAUSE_DETERMINERS.has(lower) && startsClause(tokens, next, limit)))) return e;
  // `told the broadcaster after the match, fighting back tears`: a listener's noun and then where
  // or when, or a comma: the listener, never the first word of what was said.
  return !named && next < limit && (tokens[next].text === ',' || WHERE_OR_WHEN.has(lower)) ? e : k;
}

/** How many tokens a listener's name may run before its clause's "that": `BBC Radio 4's Today programme`. */
const LISTENER_TOKENS = 8;

/**
 * From token `k`, inside a listener: the "that" opening the clause after the rest of the
 * listener's words (names, nouns, possessives; no verb, no punctuation, no clause's subject), else `k`.
 * Not a relative "that" (`told the committee that oversees …`), nor after a thing told (`a story that …`).
 */
function thatAfterListener(tokens: Token[], k: number, limit: number): number {
  for (let i = k; i < limit && i < k + LISTENER_TOKENS; i++) {
    const t = tokens[i];
    if (t.kind === 'number') continue;
    // "Radio 4's": a number's possessive is read as three tokens.
    if (/^['’]$/u.test(t.text) && tokens[i + 1]?.text === 's') {
      i++;
      continue;
    }
    if (t.kind !== 'word') return k;
    const lower = lowerCase(t.text);
    if (lower === 'that') {
      if (i === k || i + 3 >= limit || TOLD_THINGS.has(lowerCase(tokens[i - 1].text)) || isVerbLike(tokens, i + 1)) return k;
      return tokens[i + 1].kind === 'word' && tokens[i + 2].kind === 'word' ? i : k;
    }
    if (FINITE.has(lower) || CLAUSE_OPENERS.has(lower) || QUESTION_WORDS.has(lower) || PREPOSITIONS.has(t.text) || isVerbLike(tokens, i)) return k;
  }
  return k;
}

/** Plurals of people who listen that the role nouns do not know. */
const AUDIENCE_PLURALS = new Set(['colleagues', 'shareholders', 'lawmakers', 'legislators', 'viewers', 'listeners', 'readers', 'followers', 'staff', 'members', 'delegates', 'jurors', 'donors', 'allies', 'friends', 'relatives', 'constituents', 'parents', 'children', 'people']);

/** A plural of people in lower case ("investors", "colleagues", "voters"), not of things ("stories", "jokes"). */
function peopleListening(word: string): boolean {
  if (AUDIENCE_PLURALS.has(word)) return true;
  if (!/^\p{Ll}+s$/u.test(word)) return false;
  const one = word.slice(0, -1);
  return isPersonRole(one) || newPersonTakes(one) !== undefined;
}

/** How many tokens from a bare clause's first word its finite verb may stand: `the new electric company would`. */
const BARE_CLAUSE_REACH = 6;

/**
 * A clause opens at token `k` with no "that": a subject (a pronoun, a determiner, a name) and,
 * within BARE_CLAUSE_REACH words and no punctuation, a finite verb or a contracted one.
 */
function bareClauseAt(tokens: Token[], k: number, limit: number): boolean {
  const first = tokens[k];
  if (first === undefined || first.kind !== 'word') return false;
  const lower = lowerCase(first.text);
  if (SUBJECT_PRONOUNS.has(lower) || CONTRACTED_VERB.test(lower)) return true;
  if (!CLAUSE_DETERMINERS.has(lower) && !/^\p{Lu}/u.test(first.text)) return false;
  for (let j = k + 1; j < limit && j <= k + BARE_CLAUSE_REACH; j++) {
    if (tokens[j].kind !== 'word') return false;
    if (FINITE.has(lowerCase(tokens[j].text))) return true;
  }
  return false;
}

/** Prepositions of where or when after a listener: `told the broadcaster after the match`. */
const WHERE_OR_WHEN = new Set(['after', 'before', 'during', 'on', 'at', 'in', 'outside', 'following']);

/** How many words a place or a time after a listener may take before "that": `outside the Old Bailey courthouse that`. */
const WHERE_OR_WHEN_WORDS = 6;

/** The "that" closing a phrase of place or time opened by the preposition at `from` (`at the scene that …`), or null. */
function thatAfterWhereOrWhen(tokens: Token[], from: number, limit: number): number | null {
  for (let j = from + 1; j < limit && j <= from + WHERE_OR_WHEN_WORDS; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' && t.kind !== 'number') return null;
    const lower = lowerCase(t.text);
    if (lower === 'that') return j > from + 1 ? j : null;
    if (FINITE.has(lower) || isSpeechVerb(t.text)) return null;
  }
  return null;
}

/** What a named listener may be: `told France Inter radio`, `told Fox News television`. */
const MEDIUM_NOUNS = new Set(['radio', 'television', 'tv', 'newspaper', 'daily', 'station', 'channel', 'broadcaster', 'network', 'website', 'magazine', 'programme', 'program', 'podcast', 'show', 'agency', 'news', 'reporters', 'journalists']);

/** Words that end a listener's noun words: a clause or a directive opens there. */
const LISTENER_NOUN_STOPS = new Set([...CLAUSE_DETERMINERS, ...CLAUSE_OPENERS, ...QUESTION_WORDS, ...PREPOSITION_WORDS, 'that', 'to', 'not', 'never', 'and', 'or']);

/**
 * `told the story to the press`, `told the same thing to reporters`: token `k` follows a
 * determiner, so it is the noun of an object, and the listener comes after it with "to": the
 * object is what was told, a thing, not a clause.
 */
function objectWithoutClause(tokens: Token[], k: number, limit: number): boolean {
  if (!CLAUSE_DETERMINERS.has(lowerCase(tokens[k - 1]?.text ?? ''))) return false;
  for (let i = k + 1; i < limit && i <= k + 3; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || isCapitalizedToken(t)) return false;
    const lower = lowerCase(t.text);
    if (lower === 'to') {
      const next = tokens[i + 1];
      return next !== undefined && next.kind === 'word' && (isCapitalizedToken(next) || NOT_A_VERB_AFTER_TO.has(lowerCase(next.text)));
    }
    if (lower === 'that' || FINITE.has(lower) || PREPOSITIONS.has(lower)) return false;
  }
  return false;
}

/** Within a few words of plain text from `from`, "to" (or "not to") and a verb in lower case. */
/**
 * Where a directive after its verb starts: at the listener (`urged him on Monday to resign`), or, where
 * only when and where stand before "to" (`promised Tuesday to …`, `promised Sunday at a rally to …`), at "to".
 */
function directiveStart(tokens: Token[], from: number, limit: number): number {
  let i = from;
  while (i < limit && tokens[i].kind === 'word' && TIME_WORDS.has(tokens[i].text) && !CAPITALIZED_TIME_WORD.test(tokens[i].text)) i++;
  if (i >= limit || lowersTo(tokens[i].text, 'to') || !PREPOSITIONS.has(tokens[i].text)) return i;
  for (let j = i + 1; j < limit && j <= from + 9; j++) if (lowersTo(tokens[j].text, 'to')) return j;
  return i;
}

function directiveFollows(tokens: Token[], from: number, limit: number): boolean {
  // `warned of deep cuts to school funding`: a preposition opens a topic, not a listener.
  const first = lowerCase(tokens[from]?.text ?? '');
  if (NOT_CLAUSE_START.has(first) && !/^(?:him|her|them|me|us|it)$/u.test(first)) return false;
  for (let i = from + 1; i < limit && i <= from + 8; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' && !(t.text === '.' && tokens[i - 1]?.text.length <= 3)) return false;
    const lower = lowerCase(t.text);
    if (lower === 'that' || QUESTION_WORDS.has(lower)) return false;
    // `told us it was too early to call`: a finite verb before "to" opens a clause of its own.
    if (FINITE.has(lower) && i > from) return false;
    // `told the club he wants to leave`: a subject pronoun after the listener opens a clause, its "to" the clause's own.
    if (SUBJECT_PRONOUNS.has(lower) && i > from) return false;
    // `told the court the thefts came to light`: a past form that is never a participle is the clause's verb, its "to" no directive.
    if (PAST_NEVER_PARTICIPLE.has(lower) && i > from) return false;
    if (lower === 'to') return tokens[i + 1]?.kind === 'word' && /^\p{Ll}+$/u.test(tokens[i + 1].text) && !NOT_A_VERB_AFTER_TO.has(tokens[i + 1].text);
  }
  return false;
}

/** Past forms unlike their participles (`came`, not `come`): a finite verb wherever they stand. */
const PAST_NEVER_PARTICIPLE = new Set([
  'came', 'went', 'began', 'became', 'grew', 'rose', 'fell', 'took', 'gave', 'saw', 'knew', 'ran', 'drove', 'broke',
  'chose', 'threw', 'wore', 'drew', 'flew', 'ate', 'spoke', 'wrote', 'rode', 'swore', 'froze', 'stole', 'shook', 'forgot', 'tore', 'woke',
]);

/** Words after "to" that begin a noun phrase (`urged the team to the finish`), not a verb. */
const NOT_A_VERB_AFTER_TO = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'this', 'that', 'these', 'those', 'some', 'all', 'any', 'him', 'them', 'me', 'us']);

const AND_BUT = new CaselessWords(['and', 'but']);

/** The verb follows "and" or "but" (adverbs between allowed): a second verb of one subject. */
function isCoordinated(tokens: Token[], verb: number, floor: number): boolean {
  let j = verb - 1;
  while (j > floor && j > verb - 3 && /^[a-z]+ly$|^(?:also|then|later)$/u.test(tokens[j].text)) j--;
  return j >= floor && AND_BUT.has(tokens[j].text);
}

/** A subject phrase and then a finite verb within a few words: "the economy is", "Trump will". */
/** Tokens read after a determiner for the verb of the clause it opens, past an adjunct of the verb: "his party's win in the midterm elections gave". */
const START_CLAUSE_REACH = 8;

/**
 * Whether a clause opens at token k (a determiner or a capitalized word): a finite verb or a
 * past form follows within a few tokens. `afterAdjunct`: k follows a phrase of when the verb of
 * saying was said ("said on Sunday the company cut jobs"), where nothing but a clause can
 * stand, so the subject may be longer and its verb a past form not in -ed.
 */
function startsClause(tokens: Token[], k: number, limit: number, afterAdjunct = false): boolean {
  for (let i = k + 1; i < limit && i <= k + (afterAdjunct ? START_CLAUSE_REACH : 6); i++) {
    const t = tokens[i];
    // `said her client "denies any involvement"`: a partial quote may open on the verb, after
    // the subject's words and before a word in lower case.
    if (t.kind === 'punct' && t.text !== '.' && t.text !== '-' && !(QUOTE_OPENERS.has(t.text) && partialOpensOnVerb(tokens, i, k))) return false;
    const lower = lowerCase(t.text);
    if (FINITE.has(lower)) return true;
    if (i > k && (lower.endsWith('ed') || lower.endsWith('es')) && /[a-z](?:ed|es)$/u.test(lower) && !isCapitalizedToken(t) && isCapitalizedOrDeterminer(tokens[k])) return true;
    // "said on Sunday the company cut jobs", "said on Monday his party won": a past form not in -ed.
    if (afterAdjunct && i > k && (IRREGULAR_PAST.has(t.text) || BARE_PAST.has(t.text)) && isCapitalizedOrDeterminer(tokens[k])) return true;
  }
  return false;
}

/** Past forms the same as their bare forms, after a clause's subject: "the company cut jobs", "the storm hit the coast". */
const BARE_PAST = new Set(['cut', 'hit', 'set', 'put', 'shut', 'quit', 'spread', 'cost', 'hurt', 'let']);

/** `said her client regrets`, `said her son now lives`: "her" owns the noun of a clause's subject when a verb in -s follows it. */
function herThenVerb(tokens: Token[], k: number): boolean {
  if (lowerCase(tokens[k].text) !== 'her' || !/^\p{Ll}+$/u.test(tokens[k + 1]?.text ?? '')) return false;
  // A partial quote may open on the verb: `said her client "deeply regrets"`.
  let v = QUOTE_OPENERS.has(tokens[k + 2]?.text ?? '') ? k + 3 : k + 2;
  if (/^(?:[a-z]{3,}ly|now|still|also|never)$/u.test(tokens[v]?.text ?? '')) v++;
  return /^\p{Ll}{3,}[^s']s$/u.test(tokens[v]?.text ?? '');
}

/** Words before a number that belong to the quantity: "more than 1,300", "nearly $4 million". */
const QUOTE_OPENERS = new Set(['"', '“', '‘', '``']);

function partialOpensOnVerb(tokens: Token[], mark: number, k: number): boolean {
  const before = tokens[mark - 1];
  const after = tokens[mark + 1];
  return mark > k + 1 && before.kind === 'word' && after?.kind === 'word' && after.start === tokens[mark].end && /^\p{Ll}/u.test(after.text);
}

const QUANTITY_LEADS = new CaselessWordSet(['more', 'fewer', 'less', 'nearly', 'about', 'almost', 'roughly', 'some', 'over', 'only', 'just', 'at', 'least', 'than', 'around', 'her', 'his', 'their', 'its', 'the']);
const QUANTITY_WORDS = /^(?:hundred|thousand|million|billion|trillion|percent|per|cent)$/iu;

/**
 * A clause opening with a number and going on to a finite verb: `said 2016 has seen …`,
 * `says more than 1,300 emails contained …`, `said her $4.5 billion fortune was …`.
 */
function quantityClause(tokens: Token[], k: number, limit: number): boolean {
  let i = k;
  while (i < limit && i < k + 3 && tokens[i].kind === 'word' && QUANTITY_LEADS.has(tokens[i].text)) i++;
  if (i < limit && tokens[i].text === '$') i++;
  if (i >= limit || tokens[i].kind !== 'number') return false;
  i++;
  while (i < limit && (QUANTITY_WORDS.test(tokens[i].text) || tokens[i].text === '%')) i++;
  for (let j = i; j < limit && j <= i + 5; j++) {
    const t = tokens[j];
    if (t.kind === 'punct' && t.text !== '.' && t.text !== '-') return false;
    const lower = lowerCase(t.text);
    if (FINITE.has(lower) || (j > i && t.kind === 'word' && /[a-z]ed$/u.test(t.text) && !isCapitalizedToken(t))) return true;
  }
  return false;
}

const CLAUSE_SUBJECT_DETERMINERS = new CaselessWords(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'some', 'many', 'most', 'all', 'both', 'every', 'each', 'any', 'no']);

function isCapitalizedOrDeterminer(t: Token): boolean {
  return isCapitalizedToken(t) || CLAUSE_SUBJECT_DETERMINERS.has(t.text);
}

/** Closing quotation marks, each a token of its own (set look-ups: tailCue reads up to a dozen tokens back from every verb). */
const CLOSING_MARKS = new Set(['"', '“', '”', '’', "'", '»']);
/** Punctuation a cue's subject may hold between the comma and the verb: `, J. Smith said`, `, Smith (R-Ky.) said`. */
const PUNCT_INSIDE_CUE = new Set(['.', '-', '(', ')']);

/** Words that open a role or kin phrase set off before a name: "her daughter", "his former colleague", "the club's captain". */
const APPOSITIVE_OPENERS = new CaselessWords(['his', 'her', 'their', 'its', 'the', 'a', 'an', 'one']);

/**
 * `, her daughter, Ruth Ames,` before a verb whose comma is `comma`: the phrase from the role
 * to the name (the name nearest the verb), or null. The role is a few lower-case words after a
 * comma opening with a possessive or an article; the name a run of capitalized words.
 */
function appositiveSubject(tokens: Token[], s: Sentence, comma: number): Phrase | null {
  let nameStart = comma;
  while (nameStart - 1 > s.tokenStart && nameStart > comma - 5 && (isCapitalizedToken(tokens[nameStart - 1]) || (tokens[nameStart - 1].text === '-' || tokens[nameStart - 1].text === '.') && isCapitalizedToken(tokens[nameStart - 2]))) nameStart--;
  if (nameStart === comma || !isCapitalizedToken(tokens[nameStart]) || tokens[nameStart - 1]?.text !== ',') return null;
  const roleEnd = nameStart - 1;
  let roleStart = roleEnd;
  while (roleStart - 1 > s.tokenStart && roleStart > roleEnd - 6 && tokens[roleStart - 1].kind === 'word' && !isCapitalizedToken(tokens[roleStart - 1])) roleStart--;
  if (roleStart === roleEnd || tokens[roleStart - 1]?.text !== ',' || roleStart - 1 <= s.tokenStart || !APPOSITIVE_OPENERS.has(tokens[roleStart].text)) return null;
  return { start: tokens[roleStart].start, end: tokens[comma - 1].end, tokenStart: roleStart, tokenEnd: comma };
}

/** From token `from` only a capitalized name to the sentence's end (or `end`): `, Ruth Ames.` */
function endsInName(tokens: Token[], from: number, limit: number, end: number): boolean {
  let k = from;
  while (k < limit && tokens[k].start < end && (isCapitalizedToken(tokens[k]) || tokens[k].text === '-' || (tokens[k].text === '.' && k + 1 < limit && tokens[k + 1].start < end))) k++;
  return k > from && k - from <= 5 && isCapitalizedToken(tokens[from]) && (k >= limit || tokens[k].start >= end || /^[.!?]$/u.test(tokens[k].text));
}

/** Words that after a verb are its object, never an inverted subject: "know this", "said it". */
const OBJECT_WORDS = new Set(['this', 'that', 'it', 'these', 'those', 'them', 'him', 'her', 'me', 'us']);

/**
 * `CLAUSE, X said.` / `CLAUSE, said X.` / `A, X said, B.`: a cue after a comma whose remainder
 * is only the speaker and time words.
 */
function tailCue(doc: AnalyzedText, s: Sentence, verb: number, end: number, insideDirect: (offset: number) => boolean): Reported | null {
  const { tokens } = doc;
  // The comma opening the cue clause: right before the verb (`, said X`) or its subject (`, X said`).
  let comma = -1;
  // The closing mark of a quote ending the clause, when the comma sits inside it (`out," X said`).
  let closingMark = -1;
  for (let c = verb - 1; c > s.tokenStart && c >= verb - 12; c--) {
    const t = tokens[c];
    if (t.text === ',') {
      comma = c;
      break;
    }
    if (CLOSING_MARKS.has(t.text) && tokens[c - 1]?.text === ',') {
      closingMark = c;
      comma = c - 1;
      break;
    }
    if (t.kind === 'punct' && !PUNCT_INSIDE_CUE.has(t.text)) return null;
  }
  if (comma < 0) return null;
  if (CLOSING_MARKS.has(tokens[comma - 1]?.text ?? '')) closingMark = comma - 1;
  // `"…," he said` is a direct quote's cue; `The party "allows us to …," X said` reports a
  // clause that ends in a partial quote.
  if (closingMark >= 0 && insideDirect(tokens[closingMark].start)) return null;
  let inverted = (closingMark > comma ? closingMark : comma) === verb - 1;
  // `CLAUSE, her daughter, Ruth Ames, said.`: the comma before the verb closes a name set
  // off after a role or a word for kin; the cue clause opens at the comma before the role.
  const setOff = inverted && closingMark < 0 ? appositiveSubject(tokens, s, comma) : null;
  if (setOff) {
    comma = setOff.tokenStart - 1;
    inverted = false;
  }
  // `, said Smith` inverts; `, told reporters` does not (its object is the listener): the
  // comma before it closes an appositive of the subject (`the mother, Denise Carter, told`).
  if (inverted && takesListener(tokens[verb].text)) return null;
  // `Noel Francisco, arguing for TikTok, said`: a participle has no subject after it; the clause before is no speech of what follows.
  if (inverted && /\p{Ll}ing$/u.test(tokens[verb].text)) return null;
  // `…, the city was booming`, `…, the crowd was roaring`: a verb in -ing after "was" tells what the subject was doing, no cue closing the clause before.
  if (!inverted && /\p{Ll}ing$/u.test(tokens[verb].text) && BE_BEFORE_ING.has(lowerCase(tokens[verb - 1]?.text ?? ''))) return null;
  // `Mikel Arteta, the Arsenal manager, praised Saka`: after a verb of praise or blame the
  // name is its object, the one praised, and the clause before is no speech of his.
  if (inverted && judgesItsObject(tokens[verb].text)) return null;
  // `In selling the courses, Trump released a video that said …`: a relative's verb reports what
  // its noun says, not the clause before the comma.
  if (!inverted && RELATIVE_THAT_WHICH.has(tokens[verb - 1]?.text ?? '')) return null;
  const subject = setOff ?? (inverted ? phraseAfterVerb(doc, verb, s.tokenEnd) : phraseBeforeVerb(doc, verb, comma + 1));
  if (!subject) return null;
  // `The companies, of course, know this.`: after a verb the comma does not invert, a lone
  // "this" or "it" is its object; the words before the comma are the verb's subject, not speech.
  if (inverted && subject.tokenEnd - subject.tokenStart === 1 && OBJECT_WORDS.has(lowerCase(tokens[subject.tokenStart].text))) return null;
  // `…, a figure police dispute`, `…, a charge Pretoria denies`: a noun for what was said, set
  // off after it with the one who rejects it; the clause before has a speaker of its own.
  if (!inverted && /^(?:a|an|the)$/iu.test(tokens[comma + 1]?.text ?? '') && CLAIM_NOUNS.has(lowerCase(tokens[comma + 2]?.text ?? ''))) return null;
  if (!inverted && subject.tokenStart !== (closingMark > comma ? closingMark : comma) + 1) return null;
  // After the cue: nothing, time words, or `, B` (a second half).
  let k = inverted ? subject.tokenEnd : verb + 1;
  k = skipFillers(tokens, k, s.tokenEnd);
  // `, X said in a statement.`: a prepositional phrase ending the sentence.
  if (k < s.tokenEnd && tokens[k].kind === 'word' && PREPOSITIONS.has(tokens[k].text)) {
    let e = k + 1;
    // (Not past a verb: in `…, a father of five, said his house in the district had been
    // destroyed` the phrase is the clause's subject, and "said" no inverted cue.)
    while (e < s.tokenEnd && e <= k + 8 && tokens[e].start < end && !(tokens[e].kind === 'punct' && tokens[e].text !== '.' && tokens[e].text !== '-') && !(inverted && verbAt(tokens, e))) e++;
    if (e >= s.tokenEnd || tokens[e].start >= end) k = s.tokenEnd;
    // `A, X said in a statement, B`: the phrase ends at the comma before the second half.
    else if (tokens[e].text === ',') k = e;
  }
  // A name set off after an inverted role: `said her daughter, Ruth Ames.` ends the sentence.
  if (inverted && tokens[k]?.text === ',' && endsInName(tokens, k + 1, s.tokenEnd, end)) k = s.tokenEnd;
  // An appositive after an inverted subject: `said Jenna Golden, a spokeswoman for X.`
  const afterComma = tokens[k + 1];
  if (inverted && tokens[k]?.text === ',' && afterComma && (/^(?:a|an|the|who|whose|his|her)$/iu.test(afterComma.text) || (afterComma.kind === 'word' && !isCapitalizedToken(afterComma) && !/ing$/u.test(afterComma.text)))) {
    const cap = k + MAX_CLAUSE_TOKENS;
    while (k < s.tokenEnd && k < cap && tokens[k].start < end && !(tokens[k].text === ',' && k > subject.tokenEnd + 1)) k++;
    if (k < s.tokenEnd && tokens[k].start >= end) k = s.tokenEnd;
  }
  const cue = cueOf(doc, verb, subject);
  const firstHalf: Reported = { start: tokens[s.tokenStart].start, end: closingMark >= 0 ? tokens[closingMark].end : tokens[comma - 1].end, cue };
  // `…, the court was told`, `…, MPs told` (a headline's passive): the subject is who heard
  // it; who said it is not named, and no neighbour is to be guessed.
  if (!inverted && toldPassively(tokens, subject, verb, k >= s.tokenEnd || tokens[k].start >= end)) firstHalf.anonymous = true;
  // `When she said the plan would fail, Smith agreed`: a subordinate clause alone is no report.
  // `Standing before the judge, Jones said …`: a participle's phrase alone tells what the speaker did, no report.
  // (A subordinate clause before a quotation, `If Clinton wins, he said, "…"`, is the start of what was said.)
  const participial = participialPhrase(tokens, s.tokenStart, comma);
  if (k >= s.tokenEnd || tokens[k].start >= end) return firstHalf.end > firstHalf.start && !participial && !subordinateAlone(tokens, s.tokenStart, comma) ? firstHalf : null;
  if (tokens[k].text === ',') {
    const next = tokens[k + 1];
    // `Holding open a book, Beck said, "…"`: the quotation has a reading of its own, and the phrase before the cue reports nothing.
    if (participial && next && insideDirect(next.start)) return null;
    // `A, X said, adding (that) B`: the participle is a cue of its own for B, so A ends
    // before the cue instead of swallowing it.
    if (next && next.kind === 'word' && /ing$/u.test(next.text) && isSpeechVerb(next.text) && !insideDirect(next.start)) return firstHalf;
    // `A, an official said, speaking on condition of anonymity`, `…, requesting anonymity`: how
    // the source spoke, no second half of A. (Other participles may open one: `A, he said,
    // replacing Clinton would be harder`.)
    if (next && next.kind === 'word' && /^(?:speaking|requesting|declining)$/u.test(next.text) && !insideDirect(next.start)) return firstHalf;
    // `She trained in Edinburgh, where, she later recalled, colleagues took her for a nurse`: a
    // cue right after the word opening a clause inside the sentence reports the rest of that
    // clause; the sentence before the word is the writer's.
    if (next && tokens[comma - 2]?.text === ',' && CLAUSE_OPENERS_BEFORE_CUE.has(lowerCase(tokens[comma - 1].text))) return { start: next.start, end, cue };
    // `A, X said, B`: the reported clause runs on after the cue.
    return { start: firstHalf.start, end, cue };
  }
  return null;
}

/** Forms of "be" before a verb in -ing. */
const BE_BEFORE_ING = new Set(['was', 'were', 'is', 'are', 'been', 'be']);

/** Words opening a clause inside a sentence that a cue set off by commas may follow: `…, where, she recalled, …`. */
const CLAUSE_OPENERS_BEFORE_CUE = new Set(['where', 'when', 'which', 'who', 'because', 'although', 'though', 'while', 'whereas', 'since', 'after', 'before', 'until', 'unless']);

const WHO_WHICH_WHOSE = new CaselessWords(['who', 'which', 'whose']);

/** Words opening a thing added: `added the pill`, `added a third goal`, `added 2,000 jobs`. */
const ADDED_THING_OPENERS = new CaselessWords(['the', 'a', 'an', 'another', 'its', 'their', 'his', 'her', 'two', 'three', 'four', 'five', 'more', 'further', 'new', 'extra']);
/** How far a thing added is read for a verb. */
const ADDED_THING_REACH = 10;

/**
 * "added" with a noun phrase as object and no verb before "to", "into" or the sentence's end:
 * `The WHO added the pill to its list`, `Villa added a third goal in the second half`. Not
 * `He added the plan was flawed` nor `added a warning that …`.
 */
/** Prepositions after which "added" qualifies the noun after it (`for added security`). */
const ADJECTIVE_ADDED_AFTER = new Set(['for', 'with', 'of', 'without', 'at', 'by', 'in']);

function addsAThing(tokens: Token[], j: number, limit: number): boolean {
  const first = tokens[j + 1];
  if (!first || !(ADDED_THING_OPENERS.has(first.text) || first.kind === 'number')) return false;
  for (let i = j + 2; i < limit && i <= j + ADDED_THING_REACH; i++) {
    const t = tokens[i];
    if (t.kind === 'punct') return t.text !== ',' && t.text !== ':' && !QUOTE_OPENERS.has(t.text) && !CLOSING_MARKS.has(t.text);
    const lower = lowerCase(t.text);
    if (lower === 'to' || lower === 'into' || lower === 'onto') return true;
    if (lower === 'that' || FINITE.has(lower) || SUBJECT_PRONOUNS.has(lower) || isVerbLike(tokens, i)) return false;
  }
  return false;
}

/** What a writer's "… is to say" stands on: `this is to say`, `that is to say`, `none of this is to say`. */
const HEDGE_SUBJECTS = new CaselessWords(['this', 'that', 'it', 'which', 'none']);
/** `fair to say`, `safe to say`, `needless to say`, `hard to say`, `suffice it to say`. */
const HEDGE_ADJECTIVES = new CaselessWords(['fair', 'safe', 'true', 'needless', 'hard', 'difficult', 'impossible', 'easy', 'accurate', 'wrong', 'unfair', 'reasonable', 'it']);
const TO_BE = new Set(['is', 'was', "'s", '’s', "isn't", 'isn’t', "wasn't", 'wasn’t']);

/**
 * "say" after "to" in the writer's own hedge: `None of this is to say …`, `That is to say,`,
 * `It is fair to say …`, `Needless to say,`. Not `The minister is to say in a speech that …`
 * (a person's planned words).
 */
function writersToSay(tokens: Token[], j: number): boolean {
  if (!lowersTo(tokens[j - 1]?.text ?? '', 'to')) return false;
  let k = j - 2;
  // `It is fair to say`, `Needless to say`, `Suffice it to say`; not `Khan was wrong to say …` (a person's words).
  if (HEDGE_ADJECTIVES.has(tokens[k]?.text ?? '')) return k === 0 || tokens[k - 1].kind === 'punct' || lowersTo(tokens[k - 1].text, 'suffice') || (TO_BE.has(lowerCase(tokens[k - 1].text)) && HEDGE_SUBJECTS.has(tokens[k - 2]?.text ?? ''));
  if (lowersTo(tokens[k]?.text ?? '', 'not')) k--;
  if (!TO_BE.has(lowerCase(tokens[k]?.text ?? ''))) return false;
  return HEDGE_SUBJECTS.has(tokens[k - 1]?.text ?? '');
}

/** Forms of "be" that make a past participle passive: `the court was told`. */
const PASSIVE_BE = new CaselessWords(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
/** Who hears what is told, named bare before "told" in a headline: `…, court told`, `…, MPs told`. */
const TOLD_LISTENERS = new CaselessWords(['court', 'jury', 'jurors', 'inquest', 'tribunal', 'hearing', 'trial', 'inquiry', 'committee', 'panel', 'mps', 'msps', 'peers', 'councillors', 'councilors', 'lawmakers', 'senators', 'parliament', 'assembly', 'congress', 'senate']);

/** `told the jury the defendant …`, `told the inquiry the minister …`: "the" and a body that hears evidence, which the phrase reader (reading speakers) does not take. */
function listenerBody(tokens: Token[], verb: number, limit: number): Phrase | null {
  const body = verb + 2;
  if (body >= limit || !lowersTo(tokens[verb + 1].text, 'the') || !TOLD_LISTENERS.has(tokens[body].text)) return null;
  return { start: tokens[verb + 1].start, end: tokens[body].end, tokenStart: verb + 1, tokenEnd: body + 1 };
}

/**
 * `…, the court was told` (a form of "be" before the verb), or a headline's `…, inquiry told`
 * ending the sentence with a bare hearing body or assembly as subject: "told" is passive, its
 * subject the listener.
 */
function toldPassively(tokens: Token[], subject: Phrase, verb: number, endsSentence: boolean): boolean {
  if (lowerCase(tokens[verb].text) !== 'told') return false;
  if (PASSIVE_BE.has(tokens[verb - 1]?.text ?? '') && verb - 1 >= subject.tokenEnd) return true;
  if (!endsSentence || subject.tokenEnd !== verb) return false;
  const head = tokens[verb - 1];
  const first = tokens[subject.tokenStart].text;
  return TOLD_LISTENERS.has(head.text) && (subject.tokenEnd - subject.tokenStart === 1 || (subject.tokenEnd - subject.tokenStart === 2 && /^(?:the|a)$/iu.test(first)));
}

/** Nouns by which the writer comments on the clause before: "…, in a move seen as", "…, a sign that". */
const COMMENT_NOUNS = new Set(['move', 'sign', 'bid', 'step', 'blow', 'rebuke', 'reversal', 'shift', 'development', 'departure', 'break', 'nod', 'signal']);

/** From token `k` after a comma: "a figure …", "a claim …" (CLAIM_NOUNS) or "(in) a move …" (COMMENT_NOUNS). */
function writersAside(tokens: Token[], k: number): boolean {
  const article = lowersTo(tokens[k]?.text ?? '', 'in') ? k + 1 : k;
  if (!/^an?$/u.test(tokens[article]?.text ?? '')) return false;
  let noun = article + 1;
  // "a rare rebuke", "a major shift": one adjective between.
  if (!COMMENT_NOUNS.has(tokens[noun]?.text ?? '') && !CLAIM_NOUNS.has(tokens[noun]?.text ?? '') && /^\p{Ll}+$/u.test(tokens[noun]?.text ?? '')) noun++;
  const word = tokens[noun]?.text ?? '';
  return COMMENT_NOUNS.has(word) || (article === k && noun === article + 1 && CLAIM_NOUNS.has(word));
}

/** Words after "figures" that make it the noun: a participle ("figures published"), a preposition ("figures from the ministry"), punctuation. */
const PARTICIPLE_OR_PREPOSITION = /^(?:\p{Ll}+ed|shown|given|released|from|for|of|on|in|by|show|showed|suggest|,|\.)$/u;

/** What "deny" withholds rather than disputes: "deny citizenship to", "denied him bail", "denied entry". */
const WITHHELD = new Set(['access', 'entry', 'citizenship', 'permission', 'bail', 'visa', 'visas', 'benefits', 'funding', 'service', 'services', 'treatment', 'passage', 'admission', 'asylum', 'licence', 'license', 'permits', 'coverage', 'care', 'food', 'aid', 'parole', 'tenure', 'promotion', 'approval']);

/** Dashes that set off an aside: `… to a deal — a claim officials dispute`. */
const DASHES = new Set(['—', '–', '--']);

/** Nouns for something said, set off after a clause: "a figure police dispute", "a claim the company denies". */
const CLAIM_NOUNS = new Set(['figure', 'figures', 'claim', 'claims', 'charge', 'charges', 'number', 'toll', 'account', 'accusation', 'allegation', 'allegations', 'assertion', 'estimate', 'version', 'description', 'characterization', 'characterisation']);

/** `According to X, CLAUSE.` or `CLAUSE, according to X.` */
function accordingTo(doc: AnalyzedText, s: Sentence, j: number, end: number): Reported | null {
  const { tokens } = doc;
  const subject = sourceAfterAccordingTo(doc, j + 1, s.tokenEnd) ?? sourceBeforeComma(tokens, j + 2, s.tokenEnd);
  if (!subject) return null;
  const cue: SpeechCue = { cue: { start: tokens[j].start, end: tokens[j + 1].end, text: doc.text.slice(tokens[j].start, tokens[j + 1].end) }, subject, verbToken: j, position: 'before' };
  let k = subject.tokenEnd;
  // Skip an appositive or a source detail: "according to a new poll released Tuesday,".
  const cap = k + MAX_CLAUSE_TOKENS;
  while (k < s.tokenEnd && k < cap && tokens[k].text !== ',' && tokens[k].start < end) k++;
  // `According to the X Foundation, which supports …, CLAUSE`: a relative clause set off after the source.
  if (tokens[k]?.text === ',' && WHO_WHICH_WHOSE.has(tokens[k + 1]?.text ?? '')) {
    let r = k + 2;
    while (r < s.tokenEnd && r < k + MAX_CLAUSE_TOKENS && tokens[r].text !== ',' && tokens[r].start < end) r++;
    if (tokens[r]?.text === ',') k = r;
  }
  if (j === s.tokenStart || (j === s.tokenStart + 1 && tokens[s.tokenStart].kind === 'word')) {
    if (k + 1 < s.tokenEnd && tokens[k].text === ',' && tokens[k + 1].start < end) return { start: tokens[k + 1].start, end, cue };
    return null;
  }
  if (tokens[j - 1]?.text === ',' && j - 2 >= s.tokenStart) {
    // `"…," Demir told a news conference, according to a translation by TRT.`: what stands
    // before is the cue of a quotation; the source vouches for its wording, reports nothing.
    if (cueOfQuotationBefore(tokens, s.tokenStart, j - 1)) return null;
    const before = { start: tokens[s.tokenStart].start, end: tokens[j - 2].end, cue: { ...cue, position: 'after' as const } };
    // `A, according to X, B`: the clause runs on after the cue, unless what follows the comma
    // describes the source: `…, according to Jo Hale, an analyst at Kestrel`, `…, according
    // to Jo Hale, who advised the campaign`.
    if (k + 1 < s.tokenEnd && tokens[k].text === ',' && tokens[k + 1].start < end && !SOURCE_DESCRIPTION_OPENERS.has(tokens[k + 1].text)) return { ...before, end };
    return before;
  }
  return null;
}

/** Words opening a description of the source after "according to X,": an appositive or a relative clause, no part of what is reported. */
const SOURCE_DESCRIPTION_OPENERS = new Set(['a', 'an', 'who', 'whose', 'which']);

/** How far back before "according to" a quotation's cue is looked for: a cue is a few words. */
const CUE_BEFORE_ACCORDING = 16;

/** Close before `to` (and after `from`), a quotation closes at a comma (`…,"` or `"…»,`) and a reporting verb follows it. */
function cueOfQuotationBefore(tokens: Token[], from: number, to: number): boolean {
  for (let m = Math.max(from, to - CUE_BEFORE_ACCORDING); m < to; m++) {
    if (!CLOSING_MARKS.has(tokens[m].text) || (tokens[m - 1]?.text !== ',' && tokens[m + 1]?.text !== ',')) continue;
    for (let v = m + 1; v < to; v++) if (tokens[v].kind === 'word' && isReportingVerbAt(tokens, v)) return true;
  }
  return false;
}

/**
 * `according to recent polls,`, `according to exit polls conducted for the networks,`: a source
 * in lower case, taken up to its comma or the sentence end (a few words at most).
 */
function sourceBeforeComma(tokens: Token[], from: number, limit: number): Phrase | null {
  if (from >= limit || tokens[from].kind !== 'word') return null;
  let e = from;
  while (e < limit && e < from + 12 && tokens[e].text !== ',' && !/^[.!?;:]$/u.test(tokens[e].text)) e++;
  if (e >= from + 12 || e === from) return null;
  return { start: tokens[from].start, end: tokens[e - 1].end, tokenStart: from, tokenEnd: e };
}

/**
 * A speech verb's -ing form that still reports a clause: after a preposition ("distanced
 * himself by saying he would help", "after saying he was nervous"), after a document ("a
 * statement saying that …") or a negated "be" ("Trump isn't saying what …").
 */
function gerundReports(tokens: Token[], j: number): boolean {
  if (!isSpeechVerb(tokens[j].text)) return false;
  // "an item suggesting that …", "by implying that …": a that-clause makes any gerund report.
  if (lowerCase(tokens[j + 1]?.text ?? '') === 'that') return true;
  const prev = lowerCase(tokens[j - 1]?.text ?? '');
  if (/^(?:by|after|while|before|in|since|when|upon|for|to)$/u.test(prev)) return true;
  if (/^(?:statements?|emails?|e-mails?|letters?|messages?|memos?|release|tweets?|posts?|notes?|calls|response|reply|notice|signs?|banners?|ads?|videos?|reports?|comments|editorial|op-ed|petition|filing|lawsuit|complaint)$/u.test(prev)) return true;
  if (/^(?:isn['’]t|wasn['’]t|aren['’]t|weren['’]t)$/u.test(prev)) return true;
  // "kept asking her why …", "has started asking his supporters to …": a verb of going on.
  if (/^(?:keep|keeps|kept|keeping|start|starts|started|begin|begins|began|begun|continue|continues|continued)$/u.test(prev)) return true;
  // "is also asking Comey to …", "was still saying that …": an adverb inside the progressive.
  if ((/^[a-z]+ly$/u.test(prev) || /^(?:also|still|now|again|even)$/u.test(prev)) && PROGRESSIVE_BE.has(lowerCase(tokens[j - 2]?.text ?? ''))) return true;
  // "with 30 percent of voters saying they …": the share of people is the speaker.
  const lemma = reportingLemma(tokens[j].text) ?? '';
  if (CLAUSE_VERBS.has(lemma) || lemma === 'ask') {
    for (let k = j - 1; k >= 0 && k >= j - 7 && tokens[k].kind !== 'punct'; k--) if (lowerCase(tokens[k].text) === 'with') return true;
  }
  return prev === 'not' && PROGRESSIVE_BE.has(lowerCase(tokens[j - 2]?.text ?? ''));
}

const CLEAR = new CaselessWordSet(['clear']);

/** Bodies that hear evidence: "the court heard", "jurors heard", "the inquest heard", "the committee heard". */
const HEARD_CLAUSE_SUBJECTS = new CaselessWordSet(['he', 'she', 'they', 'it', 'i', 'we', 'there']);

/**
 * `The court heard that Webb had been given access …`, `Jurors heard how he …`: what was said
 * before a court or an inquiry, reported by the body that heard it. Who said it (a witness,
 * the prosecution) is not named: the clause has no speaker, and none is guessed. Only a
 * clause after "that", "how", a pronoun or a name: not "heard evidence", "heard the case".
 */
function heardInCourt(doc: AnalyzedText, s: Sentence, j: number, end: number): Reported | null {
  const { tokens } = doc;
  const subject = phraseBeforeVerb(doc, j, s.tokenStart);
  if (!subject || !HEARING_BODIES.has(tokens[subject.tokenEnd - 1].text)) return null;
  const next = tokens[j + 1];
  if (!next || next.start >= end || next.kind !== 'word') return null;
  const opens = next.text === 'that' || next.text === 'how' || HEARD_CLAUSE_SUBJECTS.has(next.text) || (isCapitalizedToken(next) && tokens[j + 2]?.kind === 'word');
  if (!opens) return null;
  const r = reported(doc, j + 1, end, j, subject);
  return r && { ...r, anonymous: true };
}

/** The words at which readSentence reads anything: stance and topic triggers, "clear", reporting verbs, "according". */
// (The asking words are among them already, as forms of reporting verbs; listed so that readSentence may rely on it.)
const CLAUSE_WORDS = new CaselessWordSet([...STANCE_TRIGGERS, ...TOPIC_TRIGGERS, 'clear', ...REPORTING_FORMS, ...PREPOSITIONAL_ACT_FORMS, 'according', ...ASKING_WORDS]);

// The readers of readSentence, as bits of CLAUSE_READERS.
const STANCE = 1;
const TOPIC = 2;
const CLEAR_WORD = 4;
const PREPOSITIONAL_ACT = 8;
/** A form of a reporting verb, or "according" (read from the isReportingWordAt test on). */
const REPORTING = 16;
/**
 * Which readers of readSentence a clause word's lower case may start, as bits: each reader
 * answers null for a word outside its own list, so one look-up of the word spares asking the
 * others (a set or two, and a lower-cased copy, each).
 */
const CLAUSE_READERS = bitsByWord([
  [STANCE_TRIGGERS, STANCE],
  [TOPIC_TRIGGERS, TOPIC],
  [['clear'], CLEAR_WORD],
  [PREPOSITIONAL_ACT_FORMS, PREPOSITIONAL_ACT],
  [[...REPORTING_FORMS, 'according'], REPORTING],
]);

/** `made clear that`, `makes it clear that`: at "clear" before "that", the index of the form of "make", or -1. */
function madeClearThat(tokens: Token[], j: number): number {
  if (!CLEAR.has(tokens[j].text) || lowerCase(tokens[j + 1]?.text ?? '') !== 'that') return -1;
  const verb = lowerCase(tokens[j - 1]?.text ?? '') === 'it' ? j - 2 : j - 1;
  return verb >= 0 && /^(?:make|makes|made|making)$/iu.test(tokens[verb].text) ? verb : -1;
}

/** Forms of "be" before a progressive: `is calling for`, `was saying that`. */
const PROGRESSIVE_BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'am', "'s", '’s']);

/** Words that open no object: `demand from China cooled` (not "at", as in `reported at least six planes …`). */
const ADJUNCT_PREPOSITIONS = new Set(['on', 'in', 'at']);
/** "reported at least six planes …": a quantity, no place. */
const AT_LEAST = new CaselessWords(['least', 'most']);
const DAY_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec|january|february|august|september|october|november|december)$/iu;

/** The token after "on Friday", "on Tuesday evening" (at `k`) where words follow it in the sentence; -1 where no day follows the preposition or nothing follows the day. */
function afterDayAdjunct(tokens: Token[], k: number, limit: number): number {
  let j = k + 1;
  while (j < limit && j < k + 5 && (tokens[j].kind === 'number' || tokens[j].text === '.' || tokens[j].text === ',' && tokens[j + 1]?.kind === 'number' || tokens[j].kind === 'word' && DAY_WORDS.test(tokens[j].text))) j++;
  if (j === k + 1 || j >= limit || tokens[j].kind !== 'word') return -1;
  return j;
}
const OBJECT_PREPOSITIONS = new Set(['from', 'for', 'of', 'by', 'into', 'about', 'with', 'during', 'via', 'through', 'after', 'before']);

const AMOUNT_WORDS = new Set(['more', 'less', 'much', 'enough']);

/** Verbs of beginning and going on, after which an -ing form is the act: "began calling for …". */
const ASPECT_VERBS = new Set(['began', 'begun', 'begin', 'begins', 'started', 'start', 'starts', 'kept', 'keep', 'keeps', 'continued', 'continue', 'continues']);

const NOUN_AFTER_PREPOSITIONS = new Set(['amid', 'despite', 'among', 'of', 'with', 'after', 'over', 'following', 'to', 'by']);

/** `with Ed Hollis calling for …`: a name after "with" is the subject of the -ing form at `verb`. */
function withNameBefore(tokens: Token[], verb: number): boolean {
  let k = verb - 1;
  while (k > 0 && k >= verb - 4 && tokens[k].kind === 'word' && isCapitalizedToken(tokens[k])) k--;
  return k < verb - 1 && lowersTo(tokens[k]?.text ?? '', 'with');
}

/** `Trump criticized the plan …`, `accused Clinton of …`: the object and what follows in the clause. */
function objectOfSpeechAct(doc: AnalyzedText, s: Sentence, verb: number, end: number, objectFrom?: number): Reported | null {
  const { tokens } = doc;
  const progressive = endsInIng(tokens[verb].text);
  // "…, calling for" and "is calling for" report; "after calling for" is no act of its own.
  // "were all calling for", "is also calling for": a quantifier or adverb inside the progressive.
  const beAt = /^(?:all|both|also|now|still|again|[a-z]{3,}ly)$/u.test(tokens[verb - 1]?.text ?? '') ? verb - 2 : verb - 1;
  const withName = progressive && withNameBefore(tokens, verb);
  if (progressive && tokens[verb - 1]?.text !== ',' && !PROGRESSIVE_BE.has(lowerCase(tokens[beAt]?.text ?? '')) && !ASPECT_VERBS.has(lowerCase(tokens[beAt]?.text ?? '')) && !withName) return null;
  // "was criticized", "has been praised": the passive names the target, not the speaker. What
  // it was criticized for or accused of is still what someone said, its speaker unsaid ("has
  // been harshly criticized for policies …", "have been accused of hurting civilians").
  const passive = !progressive && objectFrom === undefined && isPassiveAt(tokens, verb, s.tokenStart);
  if (passive) return passiveActObject(doc, s, verb, end);
  // (`objectFrom`: past the particle and preposition of a prepositional act, `lashed out at`.)
  let k = objectFrom ?? verb + 1;
  if (objectFrom === undefined && (lowerCase(tokens[k]?.text ?? '') === 'for' || lowerCase(tokens[k]?.text ?? '') === 'on')) k++; // "called for", "called on"
  const first = tokens[k];
  // "anyone from the ministry had called was in August": a finite verb is no object of a verb in
  // the past. (After a noun, "the question is whether …", it is what was asked: PolNeAR reads so.)
  if (k === verb + 1 && first !== undefined && FINITE.has(first.text) && tokens[verb].text.endsWith('ed')) return null;
  // `calls for $1 trillion in new spending`: an amount is an object too.
  // ("asked to call 101" dials a number: not the infinitive before a bare number.)
  const dials = k === verb + 1 && lowerCase(tokens[verb].text) === 'call' && lowerCase(tokens[verb - 1]?.text ?? '') === 'to';
  const amount = first !== undefined && (first.text === '$' || first.kind === 'number') && /^call/iu.test(tokens[verb].text) && !dials;
  if (!first || (first.kind !== 'word' && !amount) || first.start >= end) return null;
  // (After a preposition an amount is what is asked for: `called for more investment`.)
  if (NOT_CLAUSE_START.has(lowerCase(first.text)) && !/^(?:him|her|them|it)$/iu.test(first.text) && !(k > verb + 1 && AMOUNT_WORDS.has(lowerCase(first.text)))) return null;
  // `as investors question AI spending`, `Shareholders have questioned the deal`: a crowd named by a bare
  // plural doubts a thing; no one in it is reported (`Some residents questioned the cost` spoke up).
  if (/^question(?:s|ed|ing)?$/iu.test(tokens[verb].text) && k === verb + 1 && bareCrowdBefore(tokens, verb)) return null;
  // "demand from China cooled": an act's object is a noun phrase, not a preposition's.
  if (OBJECT_PREPOSITIONS.has(lowerCase(first.text))) return null;
  // "conceded shortly after 11 p.m.", "criticized sharply on Monday": an adverb of manner or time
  // before a preposition or the sentence's end is no object.
  // ("proposed nearly $1 billion": an amount follows.)
  if (isLyAdverb(first.text) && (tokens[k + 1] === undefined || /^[.,;]$/u.test(tokens[k + 1].text) || PREPOSITIONS.has(tokens[k + 1].text))) return null;
  // "fighters attacked southern Israel": an attack on a part of a land is made with arms, not words.
  if (/^attack(?:s|ed|ing)?$/iu.test(tokens[verb].text) && placeObject(tokens, k, end)) return null;
  // "Springfield man charged in crash", "charged with murder": a legal charge, nobody's words.
  if (isLegalCharge(tokens, verb)) return null;
  // "called her into her office", "would call the chief of staff to testify": a summons, no words reported.
  if (/^call(?:s|ed|ing)?$/iu.test(tokens[verb].text) && k === verb + 1 && summons(tokens, k, end)) return null;
  // "a student called Liv", "a village called Hope": a name given, no call made.
  if (lowersTo(tokens[verb].text, 'called') && k === verb + 1 && namesAThing(tokens, verb)) return null;
  // "Ruto dismissed almost his entire cabinet": dismissing people from their posts is no answer to what they said.
  if (/^dismiss(?:es|ed|ing)?$/iu.test(tokens[verb].text) && dismissesPeople(tokens, k, end)) return null;
  // "defending the seat against …", "defends her title": a seat, a title or a land is held, not argued for.
  if (/^defend(?:s|ed|ing)?$/iu.test(tokens[verb].text) && objectHeadIn(tokens, k, end, HELD_THINGS, HELD_AGAINST)) return null;
  // "Amid calls for his resignation, …", "the threat of attacks on refugees": a plural after a
  // preposition is the noun; what it asks for is reported up to a comma, its speaker unsaid.
  // (Not "to discuss", and not a relative or a participle after the noun: "with attacks that helped …", "attacks flying".)
  if (/\p{Ll}[^s]s$/u.test(tokens[verb].text) && NOUN_AFTER_PREPOSITIONS.has(lowerCase(tokens[verb - 1]?.text ?? ''))) {
    if (RELATIVE_WORDS.has(lowerCase(first.text)) || endsInIng(first.text)) return null;
    const asked = reported(doc, k, frontedEnd(tokens, k, s, end), verb, null);
    return asked && { ...asked, anonymous: true };
  }
  // The subject last: it is not read for the verbs with no object to report.
  const subject = phraseBeforeVerb(doc, verb, s.tokenStart);
  if (!subject || participleOfAMeasure(tokens, subject, verb)) return null;
  // (`with X calling for …, Y walked out`: the phrase ends at its comma.)
  return reported(doc, k, relativeObjectEnd(tokens, verb, k, withName ? frontedEnd(tokens, k, s, end) : objectBeforeNextPredicate(tokens, k, clauseEnd(tokens, k, s, end))), verb, subject);
}

/** Words after a past verb that show it has an object or an adverb of its own: "voted against it", "left the room", "resigned.". */
const AFTER_OWN_VERB = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'it', 'him', 'them', 'to', 'against', 'for', 'on', 'in', 'out', 'with', 'from', 'at', 'over', 'off', 'up', '.', ',', ';']);

/**
 * "criticized the bill and voted against it", "voiced doubts but did not block the loan": the
 * act's object, a noun phrase, ends before "and" or "but" and the subject's next verb (an
 * auxiliary, or a past form with an object or an adverb of its own), no word of what was said.
 */
function objectBeforeNextPredicate(tokens: Token[], k: number, end: number): number {
  // A clause ("that it is necessary …", "how the consulate had been taken over and looted") has a subject of its own.
  if (OBJECT_CLAUSE_OPENERS.has(lowerCase(tokens[k].text))) return end;
  for (let i = k + 1; i < tokens.length && i < k + MAX_CLAUSE_TOKENS && tokens[i].start < end; i++) {
    const w = tokens[i].text;
    // "a nation that borders China and has had …", "Cruz's father, who was born and raised …": a relative's verbs are its own.
    if (RELATIVE_WORDS.has(lowerCase(w))) return end;
    if ((w !== 'and' && w !== 'but') || tokens[i - 1].kind !== 'word') continue;
    const next = tokens[i + 1];
    if (next === undefined || next.kind !== 'word') continue;
    const verb = FINITE.has(next.text) || ((IRREGULAR_PAST.has(next.text) || /^\p{Ll}{3,}ed$/u.test(next.text)) && AFTER_OWN_VERB.has(tokens[i + 2]?.text ?? '.'));
    if (verb) return tokens[i - 1].end;
  }
  return end;
}

/** Words that open a clause with a subject of its own after a verb. */
const OBJECT_CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'which']);

/** Prepositions after a passive speech act that open what was said: `criticized for …`, `accused of …`, `condemned as …`. */
const PASSIVE_ACT_PREPOSITIONS = new Set(['for', 'of', 'as']);

/**
 * `has been widely criticized for its cuts`, `were accused of lying`: after a passive act and its
 * preposition, the reason or the charge, reported with no speaker. Nothing without one (`was
 * praised`, `was attacked by a dog`).
 */
function passiveActObject(doc: AnalyzedText, s: Sentence, verb: number, end: number): Reported | null {
  const { tokens } = doc;
  const k = verb + 1;
  if (!reportsInPassive(tokens[verb].text) || !PASSIVE_ACT_PREPOSITIONS.has(lowerCase(tokens[k]?.text ?? '')) || tokens[k + 1] === undefined || tokens[k + 1].kind !== 'word' || tokens[k + 1].start >= end) return null;
  const r = reported(doc, k + 1, clauseEnd(tokens, k + 1, s, end), verb, null);
  return r && { ...r, anonymous: true };
}

/**
 * "A student who criticized the rule said she was …", "…, a student who challenged the law,
 * said …": in a relative clause the act's object ends before the sentence's own verb of speech.
 */
/** Words between a relative pronoun and its verb: `who has often argued`, `which had long called`. */
const RELATIVE_AUXILIARIES = /^(?:has|have|had|also|often|long|repeatedly|previously|once|already|\p{Ll}{3,}ly)$/u;

function relativeObjectEnd(tokens: Token[], verb: number, k: number, end: number): number {
  // `who has often argued for …`: a perfect and an adverb may stand between the relative and its verb.
  let r = verb - 1;
  while (r > verb - 4 && RELATIVE_AUXILIARIES.test(tokens[r]?.text ?? '')) r--;
  if (!/^(?:who|which|that)$/iu.test(tokens[r]?.text ?? '')) return end;
  for (let i = k + 1; i < tokens.length && tokens[i].start < end; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) continue;
    // After the comma that closes the relative clause any verb of speech; right after a word only
    // the plainest finite forms ("the rule said"): "the winner was declared" is a participle.
    if (tokens[i - 1].text === ',' && isSpeechVerb(t.text) && !endsInIng(t.text)) return tokens[i - 2].end;
    // `…, a member who argued for higher rates, voted to hold`: a past verb and its "to" after the comma are the sentence's own.
    if (tokens[i - 1].text === ',' && /^\p{Ll}{3,}ed$/u.test(t.text) && lowersTo(tokens[i + 1]?.text ?? '', 'to')) return tokens[i - 2].end;
    // (Not "unions who said": another relative clause's verb.)
    if (tokens[i - 1].kind === 'word' && /^(?:said|says|told|tells)$/u.test(t.text) && !FINITE.has(lowerCase(tokens[i - 1].text)) && !/^(?:who|which|that)$/iu.test(tokens[i - 1].text)) return tokens[i - 1].end;
  }
  return end;
}

/** `a student called Liv,`: "called" between an indefinite's noun and a name that ends its phrase names the noun. */
function namesAThing(tokens: Token[], verb: number): boolean {
  const noun = tokens[verb - 1];
  const name = tokens[verb + 1];
  if (!noun || !name || noun.kind !== 'word' || !/^\p{Ll}+$/u.test(noun.text) || !/^(?:a|an|one)$/iu.test(tokens[verb - 2]?.text ?? '')) return false;
  if (!isCapitalizedToken(name) || /['’]s?$/u.test(name.text)) return false;
  // The name, a word or two, then no object of a verb: the phrase's comma or the sentence's end.
  const after = isCapitalizedToken(tokens[verb + 2] ?? name) && tokens[verb + 2] !== undefined && tokens[verb + 2].kind === 'word' ? tokens[verb + 3] : tokens[verb + 2];
  return after === undefined || after.text === ',' || after.text === '.' || after.text === ';';
}

/** `… who did not want to be named said`, `… who asked not to be identified told`: a source's wish to stay unnamed ends right before `verb`. */
function afterAnonymity(tokens: Token[], verb: number): boolean {
  const last = tokens[verb - 1]?.text ?? '';
  const before = tokens[verb - 2]?.text ?? '';
  return ((last === 'named' || last === 'identified') && before === 'be') || (last === 'anonymous' && (before === 'remain' || before === 'stay')) || (/^names?$/u.test(last) && /^(?:his|her|their)$/u.test(before));
}

/** Words after a noun of speech that open its object, a relative or a verb: `his call for`, `the attack he leveled`, `the challenge facing`. */
const NOT_A_COMPOUND_NOUN = /^(?:that|to|of|for|about|from|against|by|into|upon|aboard|among|across|between|under|within|without|since|until|around|behind|beyond|near|like|as|than|now|right|again|today|too|then|still|here|there|remains|arose|\p{Ll}+(?:s|ed|ly|ing))$/u;

/** Words before a title that has no subject of its own: `former champion Mats Wilander`, `reigning champion …`. */
const TITLE_OPENERS = new CaselessWords(['former', 'late', 'ex', 'then', 'defending', 'reigning', 'world', 'olympic']);

/**
 * `the call sign "Ghost"`, `Former champion Mats Wilander`: a bare speech act form after a
 * determiner and before a plain word in lower case (no verb, preposition or clause opener) is
 * the first noun of a compound; after a title's opener and before a name it is the title.
 * (`The question remains whether …`, `the question is …` still read as what was asked.)
 */
function nounOfATitleOrCompound(tokens: Token[], j: number): boolean {
  const word = lowerCase(tokens[j].text);
  if (/(?:ed|ing|[^s]s)$/u.test(word)) return false;
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  if (prev === undefined || next === undefined || next.kind !== 'word') return false;
  if (TITLE_OPENERS.has(prev.text)) return isCapitalizedToken(next);
  if (!CLAUSE_DETERMINERS.has(lowerCase(prev.text)) || !/^\p{Ll}+$/u.test(next.text)) return false;
  return !FINITE.has(next.text) && !PREPOSITIONS.has(next.text) && !QUESTION_WORDS.has(next.text) && !CLAUSE_OPENERS.has(next.text) && !CLAUSE_DETERMINERS.has(next.text) && !NOT_A_COMPOUND_NOUN.test(next.text);
}

/** Auxiliaries and adverbs between a subject and its verb: `have questioned`, `increasingly question`. */
const BETWEEN_SUBJECT_AND_VERB = /^(?:have|has|had|are|were|also|now|still|\p{Ll}{3,}ly)$/iu;

/** Before `verb`, a bare plural noun with no determiner, number or name before it: `investors`, `as traders`. */
function bareCrowdBefore(tokens: Token[], verb: number): boolean {
  let i = verb - 1;
  while (i > verb - 3 && BETWEEN_SUBJECT_AND_VERB.test(tokens[i]?.text ?? '')) i--;
  const noun = tokens[i];
  if (noun === undefined || noun.kind !== 'word' || !/^\p{L}\p{Ll}+s$/u.test(noun.text)) return false;
  const before = tokens[i - 1];
  // Capitalized only as a sentence's first word, and not a party's members (`Democrats questioned his judgment`).
  if (!/^\p{Ll}/u.test(noun.text)) return !PARTY_MEMBER_NOUNS.has(noun.text.slice(0, -1)) && (before === undefined || /^[.!?"”]$/u.test(before.text));
  if (before === undefined) return true;
  if (before.kind !== 'word') return !/['’]/u.test(before.text);
  // (Not `conservative leaders have questioned his sincerity`: a modifier makes a group that speaks.)
  return CROWD_OPENERS.has(before.text);
}

/** Words a bare plural crowd follows as a clause's subject: `as investors question …`, `while traders questioned …`. */
const CROWD_OPENERS = new Set(['as', 'while', 'because', 'since', 'though', 'although', 'and', 'but', 'after', 'when', 'if', 'with', 'where']);

/** "charged in a crash", "charged with murder": the verb at `verb` lays a charge in law. */
function isLegalCharge(tokens: Token[], verb: number): boolean {
  return /^charge[sd]?$/iu.test(tokens[verb].text) && /^(?:in|with|over|after|for)$/u.test(tokens[verb + 1]?.text ?? '');
}

/** Words after a called object that make the call a summons: "called her into her office", "called him back", "called X to testify". */
const SUMMONS_WORDS = new Set(['into', 'back', 'in', 'up', 'over', 'home', 'out', 'off']);

/** Of those, the ones that also follow a noun called something ("called corruption in politics a focus"): only these after a noun. */
const SUMMONS_AFTER_NOUN = new Set(['into', 'back']);

/** From token k (the called object), a few words up to a word of summons (right after a pronoun), or "to" and a verb of appearing. */
function summons(tokens: Token[], k: number, end: number): boolean {
  if (calledByName(tokens, k)) return true;
  const pronoun = /^(?:him|her|them|me|us)$/u.test(tokens[k].text);
  for (let i = k + 1; i < tokens.length && i < k + 10 && tokens[i].start < end; i++) {
    const w = tokens[i].text;
    // ("called them in an article": "in" before an article places the calling.)
    if (pronoun ? SUMMONS_WORDS.has(w) && i === k + 1 && !(w === 'in' && /^(?:a|an|the|his|her|their|its)$/u.test(tokens[i + 1]?.text ?? '')) : SUMMONS_AFTER_NOUN.has(w) && i <= k + 3) return true;
    if (w === 'to') return /^(?:testify|appear|give|answer|account|attend|explain|meet|return|come)$/u.test(tokens[i + 1]?.text ?? '');
    // "asked to call Crime Stoppers at 937-222-7867", "call police on 101": a telephone number dialled.
    if ((w === 'at' || w === 'on') && isTelephoneNumberAt(tokens, i + 1)) return true;
    if (tokens[i].kind !== 'word' && w !== ',' && w !== "'" && w !== '’') return false;
  }
  return false;
}

/** Days and times a call is placed at: "called Ann Lee on Friday", "called Crime Stoppers yesterday". */
const CALL_TIMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'later', 'earlier', 'again']);

/**
 * The called object at token `k` is a name, and nothing but a time and the sentence's end follows
 * it: someone telephoned (`urged to call Crime Stoppers.`, `Obama called Merkel on Friday.`), not
 * something called a name (`called Trump a liar`, `called Clinton "crooked"`). (A call made to
 * say something, `called Sanders to congratulate him`, reports what it was made for.)
 */
function calledByName(tokens: Token[], k: number): boolean {
  if (!isCapitalizedToken(tokens[k])) return false;
  let e = k;
  while (e < k + 5 && tokens[e] !== undefined && (isCapitalizedToken(tokens[e]) && !/['’]s$/u.test(tokens[e].text) || tokens[e].text === '.' && tokens[e + 1] !== undefined && isCapitalizedToken(tokens[e + 1]))) e++;
  if (lowerCase(tokens[e]?.text ?? '') === 'on' && CALL_TIMES.has(lowerCase(tokens[e + 1]?.text ?? ''))) e += 2;
  else if (CALL_TIMES.has(lowerCase(tokens[e]?.text ?? ''))) e++;
  const after = tokens[e];
  return after === undefined || after.text === '.' || after.text === '!' || after.text === '?';
}

/** Numbers dialled alone: emergency and police lines. */
const SHORT_LINES = new Set(['101', '111', '112', '999', '911', '000']);

/** Token k opens a telephone number: a short line, or groups of digits joined by hyphens or spaces ("937-222-7867", "0800 555 111"). */
function isTelephoneNumberAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || t.kind !== 'number') return false;
  if (SHORT_LINES.has(t.text)) return true;
  const next = tokens[k + 1];
  return /^\d{3,}$/u.test(t.text) && next !== undefined && (next.kind === 'number' || (next.text === '-' && tokens[k + 2]?.kind === 'number'));
}

/** Those who hold posts, as the head of a dismissed object. */
const POST_HOLDERS = new Set(['cabinet', 'government', 'minister', 'ministers', 'secretary', 'secretaries', 'staff', 'employees', 'workers', 'officials', 'official', 'chief', 'chiefs', 'head', 'director', 'commissioner', 'coach', 'manager', 'board', 'aides', 'aide', 'general', 'generals', 'commander', 'commanders', 'governor', 'deputy', 'judge', 'prosecutor', 'team', 'crew', 'players']);

/** The noun phrase from token k (a few words, up to a preposition or punctuation) ends in one who holds a post. */
function dismissesPeople(tokens: Token[], k: number, end: number): boolean {
  return objectHeadIn(tokens, k, end, POST_HOLDERS);
}

/** The last word of the noun phrase at k (up to six words, before a preposition or one of `stops`) is one of `heads`. */
function objectHeadIn(tokens: Token[], k: number, end: number, heads: ReadonlySet<string>, stops?: ReadonlySet<string>): boolean {
  let last = -1;
  for (let i = k; i < tokens.length && i < k + 6 && tokens[i].start < end && tokens[i].kind === 'word' && !PREPOSITIONS.has(tokens[i].text) && !stops?.has(tokens[i].text); i++) last = i;
  return last >= 0 && heads.has(lowerCase(tokens[last].text));
}

/** What follows what is held: whom from, for whom, whose. */
const HELD_AGAINST = new Set(['against', 'from', 'for', 'of']);
/** What one defends by holding it, in an election, a match or a war: no position argued for. */
/** (Not "position", "line", "goal": a stance or an aim is argued for.) */
const HELD_THINGS = new Set(['seat', 'seats', 'title', 'titles', 'crown', 'championship', 'belt', 'majority', 'territory', 'border', 'borders', 'city', 'capital', 'homeland']);

/** Compass words before a place's name: "southern Israel", "eastern Ukraine". */
const COMPASS_ADJECTIVES = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west']);

/**
 * The tokens from k are a compass word and a known place's name of one or two words: a part of
 * the land. A place alone may be a people ("Trump attacked Mexico over trade") or a person's
 * name ("attacked Clinton").
 */
function placeObject(tokens: Token[], k: number, end: number): boolean {
  if (!COMPASS_ADJECTIVES.has(tokens[k]?.text ?? '')) return false;
  k++;
  for (const words of [2, 1]) {
    const last = tokens[k + words - 1];
    if (last === undefined || last.end > end || !isCapitalizedToken(tokens[k])) continue;
    if (isKnownPlace(words === 1 ? tokens[k].text : `${tokens[k].text} ${last.text}`)) return true;
  }
  return false;
}

/** Verbs of speech that, after "and", go on with the subject of the verb before: "… and said". */
const SECOND_SPEECH_VERBS = /^(?:said|says|told|tells|added|adds|warned|warns|insisted|insists|argued|argues|stressed|stresses)$/u;

function isSecondSpeechVerb(tokens: Token[], and: number): boolean {
  const next = tokens[and + 1];
  // `welcomed the change but warned that …`: "but" joins a second one too.
  if ((tokens[and].text !== 'and' && tokens[and].text !== 'but') || next === undefined) return false;
  // `criticised the deal and called for an inquiry`, `… and urged ministers to …`: an act of its own too.
  return SECOND_SPEECH_VERBS.test(next.text) || SECOND_ACT_VERBS.test(next.text) || /^call(?:ed|s)$/u.test(next.text) && /^(?:for|on)$/u.test(tokens[and + 2]?.text ?? '');
}

const SECOND_ACT_VERBS = /^(?:urged|urges|demanded|demands|vowed|vows|pledged|pledges)$/u;

/**
 * `praised Garland and said Republicans should …`, `expressed concern about the system and
 * said he hoped …`: what a verb reports ends before "and said" while it is a noun phrase, with
 * no verb of its own; a clause (`said Gates was not working … and said …`) may hold the second
 * verb, whose subject is then the clause's. Returns the offset to end at.
 */
function beforeSecondSpeechVerb(tokens: Token[], from: number, end: number): number {
  let clauseVerb = false;
  for (let i = from; i < tokens.length && i < from + MAX_CLAUSE_TOKENS && tokens[i].start < end; i++) {
    if (tokens[i].kind !== 'word') continue;
    // After a clause's own verb, only `…, but warns that …` (a comma, the conjunction, the verb and
    // "that") is still the speaker's second verb: the clause's subject rarely warns of its own.
    if (i > from && isSecondSpeechVerb(tokens, i) && (!clauseVerb || tokens[i - 1].text === ',' && tokens[i + 2]?.text === 'that')) return tokens[tokens[i - 1].text === ',' && i - 2 >= from ? i - 2 : i - 1].end;
    // Once the clause has its verb, only a second verb of speech is looked for (above).
    if (clauseVerb) continue;
    // `reported a rise in profit, helped by higher output, and said …`: a participle after a comma is no verb of a clause.
    const participle = tokens[i - 1]?.text === ',' && /^\p{Ll}{3,}ed$/u.test(tokens[i].text);
    if (!participle && isClauseVerb(tokens, i)) clauseVerb = true;
  }
  return end;
}


/** The end of the clause from token `k`: the sentence end, or a comma before "and"/"but"/"which". */
function clauseEnd(tokens: Token[], k: number, s: Sentence, end: number): number {
  for (let i = k + 1; i < s.tokenEnd && i < k + MAX_CLAUSE_TOKENS && tokens[i].start < end; i++) {
    if (tokens[i].text === ',' && /^(?:and|but|which|while|who|although|though|as)$/iu.test(tokens[i + 1]?.text ?? '')) return tokens[i - 1].end;
    // `accused her of "making it up", adding: "…"`: a speech participle that opens a quotation
    // (after a colon or at its mark) is an act of its own, no word of the object. (One that
    // reports a clause, `attacked Trump, saying he …`, stays in it, as PolNeAR's Content has it.)
    if (tokens[i].text === ',' && tokens[i + 1] !== undefined && endsInIng(tokens[i + 1].text) && isSpeechVerb(tokens[i + 1].text) && /^[:"“«]$/u.test(tokens[i + 2]?.text ?? '')) return tokens[i - 1].end;
    if (tokens[i].text === ';') return tokens[i - 1].end;
    // `called the remarks "provocative" and said workers would …`: a second verb of speech of
    // the subject ends the object (after "and", with or without a comma).
    if (isSecondSpeechVerb(tokens, i)) {
      return tokens[tokens[i - 1].text === ',' ? i - 2 : i - 1].end;
    }
  }
  return end;
}

/**
 * The end of a stance noun's object from token `k` up to offset `end`: a noun phrase, it stops
 * before the sentence's finite verb (`her support for the budget was clear`), unless a
 * relative pronoun opened a clause of its own inside it (`the bill that was passed`). (The
 * nouns of speech keep the longer reading: cutting theirs lowered dev indirect recall.)
 */
const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose']);

function nounPhraseEnd(tokens: Token[], k: number, end: number): number {
  let relative = false;
  for (let i = k + 1; i < tokens.length && i < k + MAX_CLAUSE_TOKENS && tokens[i].start < end; i++) {
    const lower = lowerCase(tokens[i].text);
    if (RELATIVE_WORDS.has(lower)) relative = true;
    else if (tokens[i].text === ',') relative = false;
    else if (!relative && tokens[i].kind === 'word' && (FINITE.has(lower) || isReportingVerbAt(tokens, i) && /^\p{Ll}+(?:ed|s)$|^said$/u.test(tokens[i].text))) return tokens[i - 1].end;
  }
  return end;
}

/**
 * `The endorsement of Kim Reynolds came on Friday`: a speech noun's topic that is a name, with
 * a verb right after it, is that name; the verb is the sentence's (the noun phrase its subject),
 * no word of what was said. Other topics keep the clause's end.
 */
function nameObjectEnd(tokens: Token[], from: number, end: number): number {
  let k = from;
  while (k < tokens.length && tokens[k].start < end && tokens[k].kind === 'word' && isCapitalizedToken(tokens[k])) k++;
  // ("comments on Russia's suspected role": a possessive goes on into its noun phrase.)
  if (k === from || k >= tokens.length || tokens[k].start >= end || /['’]s?$/u.test(tokens[k - 1].text)) return end;
  return verbAt(tokens, k) || IRREGULAR_PAST.has(tokens[k].text) || /^\p{Ll}{2,}ed$/u.test(tokens[k].text) ? tokens[k - 1].end : end;
}

/** The end of a fronted phrase from token `k` (`Asked about Y, X …`): its comma, else the clause end. */
function frontedEnd(tokens: Token[], k: number, s: Sentence, end: number): number {
  for (let i = k + 1; i < s.tokenEnd && i < k + MAX_CLAUSE_TOKENS && tokens[i].start < end; i++) {
    if (tokens[i].text === ',') return tokens[i - 1].end;
  }
  return clauseEnd(tokens, k, s, end);
}

const SOURCE_NOUNS = /^(?:poll|polls|polling|survey|surveys|statement|interview|report|reports|letter|speech|op-ed|memo|tweet|post|study|studies|email|e-mail|emails|video|ad|column|editorial|book|filing|filings|lawsuit|complaint|memoir|release|remarks|testimony|analysis|transcript|data|figures|records|documents|numbers|results|research|investigation|audit|review)$/iu;

const IN = new CaselessWords(['in']);
/** Words after a verb of speech that open what it is about or how, no clause: `writes with candour about …`, `speaks of …`. */
const TOPIC_AFTER_SPEECH = new Set(['with', 'about', 'of', 'on']);

/**
 * `In a new Morning Consult poll, 40 percent back Sanders.`: a sentence opening with the
 * document or occasion that says what follows.
 */
function inSource(doc: AnalyzedText, s: Sentence, insideDirect: (offset: number) => boolean): Reported | null {
  const { tokens } = doc;
  const first = s.tokenStart;
  if (!IN.has(tokens[first]?.text ?? '')) return null;
  let comma = first + 1;
  let noun = -1;
  while (comma < s.tokenEnd && comma <= first + 14 && tokens[comma].text !== ',') {
    if (SOURCE_NOUNS.test(tokens[comma].text)) noun = comma;
    comma++;
  }
  if (noun < 0 || comma >= s.tokenEnd || tokens[comma].text !== ',' || comma + 1 >= s.tokenEnd) return null;
  const end = sentenceContentEnd(tokens, s);
  const start = tokens[comma + 1].start;
  if (end - start < 12) return null;
  // `In one email, Marsh wrote to an associate: "…"`, `In a statement, X said: "…"`: the rest
  // is the cue of a quotation; the document is where it was written.
  if (cueOfQuotationAfter(tokens, comma + 1, s.tokenEnd, end, insideDirect)) return null;
  // `In her memoir, the former minister writes with candour about …`: the clause's own verb of
  // speech, with only what it is about after it, is its cue; the document is where it was
  // written, and what follows is no finding of it.
  for (let k = comma + 2; k < s.tokenEnd && k <= comma + 8; k++) {
    if (tokens[k].kind !== 'word') break;
    if (/^(?:\p{Ll}+(?:s|ed)|said|told|wrote)$/u.test(tokens[k].text) && isSpeechVerb(tokens[k].text) && TOPIC_AFTER_SPEECH.has(tokens[k + 1]?.text ?? '') && isVerbPosition(tokens, k)) return null;
  }
  const subject: Phrase = { start: tokens[first + 1].start, end: tokens[noun].end, tokenStart: first + 1, tokenEnd: noun + 1 };
  return { start, end, cue: { cue: { start: tokens[first].start, end: tokens[first].end, text: tokens[first].text }, subject, verbToken: first, position: 'before' } };
}

/**
 * A speech verb from token `from` on, then (a listener of a few words at most) a colon or a
 * direct quotation; or the verb ending the sentence (`In a post, Beck wrote.` before a
 * quotation in the next paragraph).
 */
function cueOfQuotationAfter(tokens: Token[], from: number, limit: number, end: number, insideDirect: (offset: number) => boolean): boolean {
  for (let k = from; k < limit && tokens[k].start < end; k++) {
    if (tokens[k].kind !== 'word' || !isSpeechVerb(tokens[k].text) || !isVerbPosition(tokens, k) || isNounPosition(tokens, k)) continue;
    if (k + 1 >= limit || tokens[k + 1].start >= end) return true;
    let e = k + 1;
    while (e < limit && e <= k + 5 && tokens[e].start < end && tokens[e].kind === 'word') e++;
    if (e >= limit || !(tokens[e].text === ':' || (/^["“‘'«„]$/u.test(tokens[e].text) && insideDirect(tokens[e].start)))) return false;
    // The quotation ends the sentence (not `said: "…," adding that …`, whose clause is reported).
    return insideDirect(end - 1);
  }
  return false;
}

/**
 * A past form of a speech verb inside its sentence and "that" after it (time words and a
 * phrase between allowed): `stated that`, `said in an interview that`. Not a present form in
 * -s, which is as often a plural noun (`states that host contests`, `claims that …`).
 */
function thatAfterPastSpeechVerb(tokens: Token[], verb: number, s: Sentence): boolean {
  const t = tokens[verb];
  if (!isSpeechVerb(t.text) || !/^(?:\p{Ll}+ed|said|told|wrote)$/u.test(t.text)) return false;
  if (verb === s.tokenStart) return false;
  return thatFollows(tokens, verb, s.tokenEnd);
}

/** "reported on Saturday that": a "that" after the verb and its time words. */
function thatFollows(tokens: Token[], verb: number, limit: number): boolean {
  let k = skipFillers(tokens, verb + 1, limit);
  // "pointed out that": the particle of a phrasal verb stands between.
  if (lowersTo(tokens[k]?.text ?? '', 'out') && k < limit) k++;
  // "protests in China that year.": a time word and the sentence's end after "that" make it when.
  return lowersTo(tokens[k]?.text ?? '', 'that') && !(THAT_TIMES.has(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.kind === 'punct');
}

/** The "that" after a noun (thatFollows) opens a relative clause: a verb comes right after it (`contests that stretched`). */
function relativeThatFollows(tokens: Token[], noun: number, limit: number): boolean {
  // `a comment that compared X to Y`, `a question that asked …`: what a remark said may come as a relative.
  if (SAYING_NOUNS.has(lowerCase(tokens[noun].text))) return false;
  let k = skipFillers(tokens, noun + 1, limit);
  if (lowersTo(tokens[k]?.text ?? '', 'out') && k < limit) k++;
  const next = tokens[k + 1];
  return next !== undefined && k + 1 < limit && next.kind === 'word' && (FINITE.has(next.text) || /^\p{Ll}{3,}ed$/u.test(next.text));
}

/** Nouns of something said whose relative clause may tell what it said. */
const SAYING_NOUNS = new Set(['comment', 'comments', 'remark', 'remarks', 'question', 'questions', 'tweet', 'tweets', 'post', 'posts', 'statement', 'statements']);

const DOCUMENT_VERBS = new CaselessWords(['show', 'shows', 'showed', 'shown', 'found', 'finds', 'find', 'reveal', 'reveals', 'revealed', 'indicate', 'indicates', 'indicated']);

/** `Polls show Clinton leads`, `the study found …`: a document or survey reporting what it found. */
function documentSays(doc: AnalyzedText, s: Sentence, verb: number): boolean {
  if (!DOCUMENT_VERBS.has(doc.tokens[verb].text)) return false;
  const subject = phraseBeforeVerb(doc, verb, s.tokenStart);
  return subject !== null && SOURCE_NOUNS.test(doc.tokens[subject.tokenEnd - 1].text) && startsClause(doc.tokens, verb + 1, s.tokenEnd);
}

const AS = new CaselessWords(['as']);

/** `As X said, CLAUSE.` / `As X reported on Monday, CLAUSE.` */
function asSourceSaid(doc: AnalyzedText, s: Sentence, verb: number, end: number): Reported | null {
  const { tokens } = doc;
  if (!AS.has(tokens[s.tokenStart]?.text ?? '')) return null;
  // "As reported by Western Journalism, CLAUSE": the source after "by".
  if (verb === s.tokenStart + 1 && lowerCase(tokens[verb + 1]?.text ?? '') === 'by') {
    const source = phraseAfterVerb(doc, verb + 1, s.tokenEnd);
    const comma = source ? tokens[source.tokenEnd] : undefined;
    if (!source || comma?.text !== ',' || source.tokenEnd + 1 >= s.tokenEnd || tokens[source.tokenEnd + 1].start >= end) return null;
    return reported(doc, source.tokenEnd + 1, end, verb, source);
  }
  const subject = phraseBeforeVerb(doc, verb, s.tokenStart + 1);
  if (!subject || subject.tokenStart !== s.tokenStart + 1) return null;
  const k = skipFillers(tokens, verb + 1, s.tokenEnd);
  if (tokens[k]?.text !== ',' || k + 1 >= s.tokenEnd || tokens[k + 1].start >= end) return null;
  return reported(doc, k + 1, end, verb, subject);
}

/** Adverbs between "was" and its participle: `was once asked`, `has also been asked`. */
const ADVERBS_IN_PASSIVE = new CaselessWords(['once', 'also', 'later', 'repeatedly', 'recently', 'often', 'then', 'again', 'never', 'previously', 'reportedly']);

/** `asked whether …`, `Asked by X if …`: the question, with or without a subject. */
function questionAfter(doc: AnalyzedText, s: Sentence, j: number, end: number): Reported | null {
  const { tokens } = doc;
  for (let k = j + 1; k < s.tokenEnd && k <= j + 6; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== '.') return null;
    // "which" right after the verb asks (`asked which candidate …`); further on it may be a relative.
    if ((QUESTION_WORDS.has(lowerCase(t.text)) || (lowersTo(t.text, 'whom') && k === j + 1)) && (lowerCase(t.text) !== 'which' || k === j + 1)) {
      // "When asked which …", "Asked whether …": a passive; whoever asked is unsaid, and the one
      // asked (the sentence's subject) is no asker.
      // So is a participle set off by a comma (`Lopez, asked whether …, said`): Lopez was asked.
      // (Not one with an object: `Tanden, a Clinton ally, asked Holder whether …` is Tanden's question.)
      const setOff = tokens[j - 1]?.text === ',' && /^asked$/iu.test(tokens[j].text) && (k === j + 1 || askedAdjunctAt(tokens, s, j) !== null);
      // And so is one after a form of "be" (`Reed has been asked whether …`, `was asked if …`):
      // Reed is who was asked, and the word before the verb is no asker.
      // (`Reagan was once asked how …`: an adverb between.)
      const afterBe = (PASSIVE_BE.has(tokens[j - 1]?.text ?? '') || (ADVERBS_IN_PASSIVE.has(tokens[j - 1]?.text ?? '') && PASSIVE_BE.has(tokens[j - 2]?.text ?? ''))) && /^asked$/iu.test(tokens[j].text);
      const passive = j === s.tokenStart || setOff || afterBe || (j === s.tokenStart + 1 && /^(?:when|if|once|after|before|until|as|while)$/iu.test(tokens[s.tokenStart].text));
      const stop = questionEnd(tokens, k, s, end, passive);
      if (stop - t.start < 8) return null;
      const subject = passive ? null : phraseBeforeVerb(doc, j, s.tokenStart);
      return { start: t.start, end: stop, cue: cueOf(doc, j, subject), ...(subject ? {} : { anonymous: true }) };
    }
  }
  return null;
}

/**
 * The end of a reported question opening at token `k`. Set off before its main clause
 * (`Asked whether …, Lopez said …`, `Lopez, asked if …, said …`), it ends at the comma
 * before that clause: a subject and its verb, or the main verb itself; commas inside it
 * (`whether the plan, which passed on Friday, would work`) stay. Otherwise it runs to the
 * end of the clause, past such commas, up to a comma before a second clause (`, and`,
 * `, adding`). Read within MAX_CLAUSE_TOKENS, so the work per question is bounded.
 */
function questionEnd(tokens: Token[], k: number, s: Sentence, end: number, setOff: boolean): number {
  let firstComma = -1;
  for (let e = k + 1; e < s.tokenEnd && e < k + MAX_CLAUSE_TOKENS && tokens[e].start < end; e++) {
    const t = tokens[e];
    if (t.text === ';') return tokens[e - 1].end;
    if (t.text !== ',') continue;
    if (firstComma < 0) firstComma = e;
    const next = tokens[e + 1];
    if (next === undefined || next.kind !== 'word') continue;
    const lower = lowerCase(next.text);
    if (setOff) {
      if (mainClauseAt(tokens, e + 1, s.tokenEnd)) return tokens[e - 1].end;
    } else if (/^(?:and|but|while|although|though|so|yet)$/u.test(lower) || (/ing$/u.test(lower) && isSpeechVerb(next.text))) {
      return tokens[e - 1].end;
    }
  }
  // Set off, but no main clause found after a comma: the first comma, as before.
  if (setOff && firstComma >= 0) return tokens[firstComma - 1].end;
  return end;
}

/**
 * A main clause opens at token `i`: its verb right there (`, said no`), or a subject of a few
 * words and then its verb (`, Lopez said`, `, the senator declined to answer`, `, she smiled`).
 * Not a finite auxiliary right after the comma: that goes on with the question (`…, would work`).
 */
function mainClauseAt(tokens: Token[], i: number, limit: number): boolean {
  const first = tokens[i];
  if (/^\p{Ll}/u.test(first.text) && (isSpeechVerb(first.text) || isCognitionVerb(first.text) || /^\p{Ll}{2,}ed$/u.test(first.text))) return true;
  if (!(isCapitalizedToken(first) || CLAUSE_OPENERS.has(lowerCase(first.text)) || CLAUSE_DETERMINERS.has(lowerCase(first.text)))) return false;
  if (/^(?:which|who|whom|whose)$/iu.test(first.text)) return false;
  for (let j = i + 1; j < limit && j <= i + 5; j++) {
    const t = tokens[j];
    if (t.kind === 'punct' && t.text !== '.') return false;
    if (t.kind !== 'word') continue;
    if (FINITE.has(lowerCase(t.text)) || isSpeechVerb(t.text) || isCognitionVerb(t.text) || isWeakSpeechVerb(t.text) || /^\p{Ll}{2,}ed$/u.test(t.text)) return true;
  }
  return false;
}

/**
 * `Trump: My immigration plans aren't set in stone` (headlines), `BENENSON: This is a man …`,
 * `Q: …` (transcripts): a short name and a colon opening a paragraph.
 */
/** Labels of a page's furniture, not speakers: "Published: November 14, 2024", "Photo: Reuters", "Media Contact: …", a live page's "BREAKING:", "ANALYSIS:", an analysis's "Translation:", "Why it matters:", "The bottom line:", a genre's "Obituary:", "Review:". */
const METADATA_LABELS = /^(?:(?:media|press|investor|investors|news|photo|image|additional)\s+)?(?:(?:first\s+|last\s+)?(?:published|updated|update|posted|modified)|date(?:line)?|by|byline|source|sources|photo|photos|image|images|picture|video|credit|credits|filed|editing|reporting|writing|contact|tags?|topics?|related|read(?:\s+more)?|watch|listen|subscribe|note|correction|clarification|disclosure|editor['’]s\s+note|category|section|location|time|copyright|advertisement|sponsored|share|email|e-mail|follow|breaking(?:\s+news)?|developing(?:\s+story)?|exclusive|live|urgent|flash|alert|analysis|opinion|factbox|fact\s+box|explainer|timeline|recap|background|summary|highlights|key\s+points|translation|context|flashback|verdict|takeaway|(?:the\s+)?bottom\s+line|(?:the\s+)?big\s+picture|(?:the\s+)?upshot|why\s+it\s+matters|what['’]s\s+next|between\s+the\s+lines|go\s+deeper|reality\s+check|fact\s+check|obituary|obituaries|obit|review|profile|commentary|comment|editorial|interview|transcript|feature|preview|briefing|in\s+brief|in\s+pictures|in\s+depth|explained|quiz|letters?|podcast|weather)$/iu;

/**
 * A headline's topic before its colon, no speaker: a storm ("Hurricane Melissa: Jamaica counts
 * the cost") or an event ("Ukraine war: …", "Post Office scandal: …", "Budget 2026: …").
 */
const TOPIC_LABEL = /^(?:(?:hurricane|typhoon|cyclone|storm|tropical\s+storm)\s.+|.*\b(?:war|crisis|election|elections|budget|protests?|trial|inquiry|inquest|attack|attacks|row|strikes?|floods?|flooding|fires?|wildfires?|earthquake|scandal|latest|live|updates?|vote|summit|referendum|shooting|outbreak|conflict)(?:\s+\d{4})?)$/iu;

export function colonAttributed(doc: AnalyzedText, paragraphStart: number, paragraphEnd: number): Reported | null {
  const { tokens } = doc;
  const first = tokenIndexAt(doc, paragraphStart);
  const stopLabel = interviewStopLabel(doc, first, paragraphEnd);
  if (stopLabel) return stopLabel;
  let colon = first;
  while (colon < tokens.length && colon <= first + 5 && tokens[colon].text !== ':' && (tokens[colon].kind === 'word' || tokens[colon].text === '.' || tokens[colon].text === '-')) colon++;
  if (colon === first || colon >= tokens.length || tokens[colon].text !== ':' || colon > first + 5) return null;
  for (let i = first; i < colon; i++) if (tokens[i].kind === 'word' && !isCapitalizedToken(tokens[i])) return null;
  const label = doc.text.slice(tokens[first].start, tokens[colon - 1].end);
  if (METADATA_LABELS.test(label) || TOPIC_LABEL.test(label)) return null;
  // "MUMBAI: The Reserve Bank of India …": South Asian papers' dateline, a city in capitals before a colon.
  if (label === label.toUpperCase() && isSizeablePlace(titleCase(label))) return null;
  const next = tokens[colon + 1];
  if (!next || next.start >= paragraphEnd || /^["“”‘’'«]$/u.test(next.text) || next.kind === 'number') return null;
  const subject: Phrase = { start: tokens[first].start, end: tokens[colon - 1].end, tokenStart: first, tokenEnd: colon };
  const cue: SpeechCue = { cue: { start: tokens[colon].start, end: tokens[colon].end, text: ':' }, subject, verbToken: colon, position: 'before' };
  let end = paragraphEnd;
  while (end > next.start && /[\s.]/u.test(doc.text.charAt(end - 1))) end--;
  if (onlyNames(tokens, colon + 1, end)) return null;
  return end - next.start >= 8 ? { start: next.start, end, cue } : null;
}

/**
 * `Kelford Rovers: Smith; Jones, Brown …`, `Referee: Mike Dean (Wirral).`, `Coach: Steve Kemp.`:
 * after a label, names and their punctuation only, two words or more, none in lower case, none
 * longer than a name between the marks: a line-up or a list of officials, no one's words (a
 * headline in title case, `Trump: Mexico Will Pay For The Wall`, runs on longer).
 */
function onlyNames(tokens: Token[], from: number, end: number): boolean {
  let words = 0;
  let run = 0;
  for (let i = from; i < tokens.length && tokens[i].start < end; i++) {
    const t = tokens[i];
    if (t.kind === 'word') {
      if (!isCapitalizedToken(t) || ++run > NAME_WORDS) return false;
      words++;
    } else if (t.kind === 'number' || /^[,;.()&:]$/u.test(t.text)) {
      run = 0;
    } else if (!/^['’-]$/u.test(t.text)) return false;
  }
  return words >= 2;
}

/** The most words of one name in a line-up ("Mike Dean", "Trent Alexander-Arnold"). */
const NAME_WORDS = 3;

/**
 * `Q. Why did you close it?` / `A. We had no choice.`: an interview whose labels take a full
 * stop instead of a colon. Read as "Q:" / "A:" are; whether the text is an interview at all
 * (a "Q." line before an "A." one, not "A. Philip Randolph" opening a paragraph) is asked of
 * the whole text after (quoteFinder.ts, interviewLabels.ts).
 */
function interviewStopLabel(doc: AnalyzedText, first: number, paragraphEnd: number): Reported | null {
  const { tokens } = doc;
  const label = tokens[first];
  const stop = tokens[first + 1];
  const next = tokens[first + 2];
  if (!label || !stop || !next || (label.text !== 'Q' && label.text !== 'A') || stop.text !== '.' || stop.start !== label.end) return null;
  if (next.start === stop.end || next.start >= paragraphEnd || next.kind === 'punct') return null;
  const subject: Phrase = { start: label.start, end: label.end, tokenStart: first, tokenEnd: first + 1 };
  const cue: SpeechCue = { cue: { start: stop.start, end: stop.end, text: '.' }, subject, verbToken: first + 1, position: 'before' };
  let end = paragraphEnd;
  while (end > next.start && /[\s.]/u.test(doc.text.charAt(end - 1))) end--;
  return end - next.start >= 2 ? { start: next.start, end, cue } : null;
}

function cueOf(doc: AnalyzedText, verb: number, subject: Phrase | null): SpeechCue {
  const t = doc.tokens[verb];
  return { cue: { start: t.start, end: t.end, text: t.text }, subject, verbToken: verb, position: 'before' };
}

// ("but" too: `told MPs that …, but a spokesman later said …` is a second report, not the first one's words.)
const CONCESSIONS = new CaselessWords(['although', 'though', 'whereas', 'while', 'but']);

/** A subject of a few words from token `k`, then a verb of speech in the past (`the authors cautioned`, `officials said`). */
function concessionSpeaks(tokens: Token[], k: number, end: number): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + 5 && tokens[j].start < end; j++) {
    const t = tokens[j];
    if (t.kind !== 'word') return false;
    if (isSpeechVerb(t.text) && /(?:ed|said|told|wrote)$/u.test(t.text) && isVerbPosition(tokens, j)) return true;
  }
  return false;
}

/**
 * Between tokens `from` and `to` a verb the participle after `to` may go on from instead:
 * a speech verb (`…, Mr. Lee said, adding`) or a name with a past form after it (`…, Trump
 * hewed to the plan, noting`).
 */
function clauseHasVerbOfItsOwn(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    if (/^\p{Ll}+(?:ed|said|told|wrote)$|^said$|^told$|^wrote$/u.test(t.text) && (isSpeechVerb(t.text) || isCapitalizedToken(tokens[k - 1] ?? t) && k > from)) return true;
    if (IRREGULAR_PAST.has(t.text) && k > from && isCapitalizedToken(tokens[k - 1])) return true;
    // `…that he has sought damages, alleging`: a pronoun and a past or perfect form.
    if (k > from && SUBJECT_PRONOUNS.has(lowerCase(tokens[k - 1].text)) && (/^(?:has|had|was|were)$/u.test(t.text) || /^\p{Ll}+ed$/u.test(t.text) || IRREGULAR_PAST.has(t.text))) return true;
  }
  return false;
}

/** A participle of a speech verb at `k` that opens a clause: "adding that", "saying the", "noting that" (not "saying so"; not "asking", whose request goes with the act before it). */
function speechParticipleOpens(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || t.kind !== 'word' || !/^\p{Ll}+ing$/u.test(t.text) || !isSpeechVerb(t.text) || t.text === 'asking') return false;
  const next = tokens[k + 1];
  // Not "responding to pressure", "pointing to the polls": a preposition after it opens no clause.
  return next !== undefined && next.kind === 'word' && !/^(?:so|it|this|nothing|anything|goodbye|hello|thanks|to|at|for|with)$/iu.test(next.text);
}

/** The words from token `from` up to the offset `end` are time words and nothing else ("Wednesday", "last week"): a few at most. */
function onlyTimeWords(tokens: Token[], from: number, end: number): boolean {
  let i = from;
  for (; i < tokens.length && tokens[i].start < end; i++) {
    if (i >= from + 4 || tokens[i].kind !== 'word' || !TIME_WORDS.has(tokens[i].text)) return false;
  }
  return i > from;
}

/** Pronouns a verb of writing or saying takes as its object ("wrote it", "said so"). */
const OBJECT_PRONOUNS = new Set(['it', 'them', 'so']);

/** Coordinating conjunctions in lower case: no reported clause opens with one. */
const CONJUNCTIONS = new Set(['and', 'or', 'nor', 'but']);

/** "a request for comment", "repeated emails seeking comment", "several phone calls for comment on …". */
const REQUEST_FOR_COMMENT = /^(?:(?:a|an|the|several|multiple|repeated|numerous|two|three|our|its)\s+)?(?:(?:phone|telephone|email|e-mail|written|emailed)\s+)?(?:requests?|calls?|e-?mails?|messages?|inquiries|enquiries|queries)\s+(?:for|seeking)\s+(?:further\s+)?comments?\b/iu;

/** Tokens from `from` to the word "comment" of a request for it: "a", "phone", "requests", "for", "comment". */
const REQUEST_WORDS = 5;

/**
 * A request for comment opens at token `from` (the text read no further than `end`). Asked of
 * every reading: the word "comment" among the next few tokens is looked for before the pattern runs.
 */
function asksForComment(doc: AnalyzedText, from: number, end: number): boolean {
  const { tokens } = doc;
  let comment = false;
  for (let i = from + 2; i <= from + REQUEST_WORDS && i < tokens.length && !comment; i++) comment = isCommentWord(tokens[i].text);
  return comment && REQUEST_FOR_COMMENT.test(doc.text.slice(tokens[from].start, Math.min(end, tokens[from].start + 80)));
}

/** Exactly `/^comments?$/iu.test(word)`, the pattern run only on words of its lengths. */
function isCommentWord(word: string): boolean {
  return (word.length === 7 || word.length === 8) && /^comments?$/iu.test(word);
}

function reported(doc: AnalyzedText, from: number, end: number, verb: number, subject: Phrase | null, keepParticiples = false): Reported | null {
  const { tokens } = doc;
  // "charges he denies and was released on bail", "agreed to hear a case, and a decision is
  // expected": what a conjunction opens goes on with the sentence, it is nothing the verb reports.
  if (CONJUNCTIONS.has(tokens[from].text)) return null;
  // "the vicar of the church where she sang, said the village …": a clause opening on a verb of
  // saying is the sentence's own report, its subject before the comma, nothing the earlier verb reports.
  if (OPENING_SPEECH_VERBS.has(tokens[from].text)) return null;
  // "a Republican who wrote it, said …": a pronoun the verb takes as its object, then a comma, is what was written, no clause.
  if (OBJECT_PRONOUNS.has(tokens[from].text) && tokens[from + 1]?.text === ',') return null;
  // "told the BBC's Today programme: "…"": a word or two with no verb before the colon that opens the quotation name where it was said ("what scientists think is necessary:" reports).
  if (tokens[from + 1]?.text === ':' || (tokens[from + 2]?.text === ':' && tokens[from + 1].kind === 'word' && !isReportingWordAt(tokens, from + 1))) {
    if (tokens[from].kind === 'word' && !isCapitalizedToken(tokens[from]) && !FINITE.has(lowerCase(tokens[from].text)) && !FINITE.has(lowerCase(tokens[from + 1].text))) return null;
  }
  // "she said at prime minister's questions on Wednesday": a day alone is when, not what.
  if (onlyTimeWords(tokens, from, end)) return null;
  // "did not respond to requests for comment": the paper's question, nothing the source said;
  // "a request for comment on the claims": the noun's own reading neither, nor that of the comment asked for.
  if (asksForComment(doc, from, end) || asksForComment(doc, verb, tokens[verb].start + 40)) return null;
  if (lowersTo(tokens[verb].text, 'comment') && /^(?:for|seeking)$/iu.test(tokens[verb - 1]?.text ?? '')) return null;
  const start = tokens[from].start;
  let cut: Reported['before'];
  // The clause stops before a second source: `said the talks would resume, according to the ministry`.
  for (let i = from + 1; i < tokens.length && i < from + MAX_CLAUSE_TOKENS && tokens[i].start < end; i++) {
    // Every stop below is at a mark, or at "and" or "but": other words are passed by without a look-up.
    const kind = tokens[i].kind;
    if (kind === 'number') continue;
    if (kind === 'word') {
      // `reported a rise in output, its ministry said.`: a source of its own closing the sentence
      // says the whole of it; what the first verb reports stops before that source's comma.
      // `reported a smaller fall in sales and chief executive Joshua Schulman said …`: "and" joins another source's report.
      // (Not "what Trump and Lewandowski said": two names joined are one subject.)
      if ((tokens[i].text === 'and' || tokens[i].text === 'but') && !(isCapitalizedToken(tokens[i - 1]) && i + 1 < tokens.length && isCapitalizedToken(tokens[i + 1])) && anotherSourceSays(tokens, i + 1, end)) {
        end = tokens[i - 1].end;
        break;
      }
      continue;
    }
    // `…, a figure police dispute`: what the noun after the comma stands for is rejected by another;
    // `…, in a move seen as …`, `…, a sign that …`: the writer's comment on what was said.
    // (`… to a deal — a claim European officials dispute`: a dash sets the aside off as a comma does.)
    if ((tokens[i].text === ',' || DASHES.has(tokens[i].text)) && (lowersTo(tokens[i + 1]?.text ?? '', 'according') && lowersTo(tokens[i + 2]?.text ?? '', 'to') || writersAside(tokens, i + 1))) {
      end = tokens[i - 1].end;
      break;
    }
    // `said the bill would pass, adding that …`, `…, saying the talks …`: a participle of speech
    // after a comma reports a clause of its own (read at the participle).
    // (`…"as quickly as it could," adding that …`: the comma inside a closing mark.)
    // (`recommended approval, telling the committee …`: one word in lower case right after the verb may be
    // the act's whole object; not a name, `attacked Trump, saying …`, which PolNeAR reads with the participle.)
    if (!keepParticiples && (i > from + 1 || (from === verb + 1 && /^\p{Ll}+$/u.test(tokens[from].text) && !CLAUSE_VERBS.has(reportingLemma(tokens[verb].text) ?? ''))) && (tokens[i].text === ',' || CLOSING_MARKS.has(tokens[i].text) && tokens[i - 1].text === ',') && speechParticipleOpens(tokens, i + 1)) {
      const whole = reported(doc, from, end, verb, subject, true);
      if (whole) cut = { end: whole.end, participle: i + 1, governs: !clauseHasVerbOfItsOwn(tokens, from, i) };
      end = tokens[tokens[i].text === ',' ? i - 1 : i].end;
      break;
    }
    if (tokens[i].text === ',' && closingSourceAfter(tokens, i + 1, end)) {
      end = tokens[i - 1].end;
      break;
    }
    // `reported that …, although the authors cautioned that …`, `…, but a spokesman said …`: a concession with a source of its own.
    if (tokens[i].text === ',' && CONCESSIONS.has(tokens[i + 1]?.text ?? '') && concessionSpeaks(tokens, i + 2, end)) {
      end = tokens[i - 1].end;
      break;
    }
    // `said the agency had misread the law, which, she wrote, "requires …"`: a relative whose
    // own words a cue set off inside it reports; the clause stops before the relative.
    if (tokens[i].text === ',' && RELATIVE_OPENERS.has(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === ',' && setOffCueAt(tokens, i + 3, verb)) {
      end = tokens[i - 1].end;
      break;
    }
  }
  end = beforeSecondSpeechVerb(tokens, from, end);
  // "Senator Mike Lee, who declared that the bill was dead, left early": a clause reported
  // inside a relative clause set off by commas ends where the relative clause does, once it
  // has a verb of its own (`said that Mr. Jäger, under fire, would …` runs on). The object of
  // a speech act (`who welcomed the decision, left early`) has its verb already: the act's.
  if (subject?.relative !== undefined && (tokens[subject.relative - 1]?.text === ',' || afterSetOffAppositive(tokens, subject.relative))) {
    const clause = CLAUSE_VERBS.has(reportingLemma(tokens[verb].text) ?? '') || lowerCase(tokens[from].text) === 'that';
    const relativeEnd = relativeClauseEnd(tokens, from, end, !clause);
    if (relativeEnd - start >= 8) end = relativeEnd;
  } else if (subject?.relative !== undefined && /^who$/iu.test(tokens[subject.relative].text)) {
    // "A father who said his son was inside said he had raced …", "Teachers who knew the victims
    // described them as …": in a relative clause not set off, the sentence's own verb comes
    // after the clause; what the relative's verb reports stops before it, or, where its one verb
    // is that main verb, there is no clause at all.
    const own = restrictiveRelativeEnd(tokens, from, end);
    if (own === null) return null;
    end = own;
  }
  if (end - start < 8) return null;
  return cut ? { start, end, cue: cueOf(doc, verb, subject), before: cut } : { start, end, cue: cueOf(doc, verb, subject) };
}

/** How many words the subject of a cue set off by commas may take (`, she wrote,`, `, the court's ruling said,`). */
const SET_OFF_CUE_WORDS = 4;

/** From token `k`: a short subject, a verb of speech other than `verb`, then a comma (`she wrote,`). */
function setOffCueAt(tokens: Token[], k: number, verb: number): boolean {
  for (let i = k + 1; i < tokens.length && i <= k + SET_OFF_CUE_WORDS; i++) {
    if (tokens[i].kind !== 'word') return false;
    if (i !== verb && isSpeechVerb(tokens[i].text) && tokens[i + 1]?.text === ',') return true;
  }
  return false;
}

/**
 * Where a clause reported inside a relative clause not set off by commas ends, from `from` to
 * offset `end`: before a plain "said" or "told" after a word (the sentence's own speech verb),
 * else `end`; null where the clause's first verb is a past form with an object pronoun after it
 * (the sentence's own verb: `the victims described them as …`).
 */
function restrictiveRelativeEnd(tokens: Token[], from: number, end: number): number | null {
  let first = -1;
  for (let i = from + 1; i < tokens.length && i < from + MAX_CLAUSE_TOKENS && tokens[i].start < end; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (/^(?:said|says|told)$/u.test(t.text) && tokens[i - 1].kind === 'word' && !FINITE.has(lowerCase(tokens[i - 1].text)) && !/^(?:who|which|that|he|she|they|it|i|we)$/iu.test(tokens[i - 1].text)) return tokens[i - 1].end;
    if (first < 0 && isClauseVerb(tokens, i)) first = i;
  }
  // (`Critics who say the mayor betrayed them marched`: a verb after the pronoun is the sentence's.)
  if (first >= 0 && CLAUSE_DETERMINERS.has(lowerCase(tokens[from].text)) && /^\p{Ll}{3,}ed$/u.test(tokens[first].text) && /^(?:them|him|her|us|me)$/u.test(tokens[first + 1]?.text ?? '') && !(tokens[first + 2]?.kind === 'word' && isVerbLike(tokens, first + 2))) return null;
  return end;
}

/** How many words the source of a closing `…, the energy ministry said.` may take. */
const CLOSING_SOURCE_WORDS = 6;

/**
 * From token `k` after a comma: a determiner opening a few words with no verb, then a past or
 * present "said"/"says"/"reported"/"added" that ends the sentence (`its energy ministry said.`).
 */
function closingSourceAfter(tokens: Token[], k: number, end: number): boolean {
  if (!CLAUSE_SUBJECT_DETERMINERS.has(tokens[k]?.text ?? '')) return false;
  for (let i = k + 1; i < tokens.length && i <= k + CLOSING_SOURCE_WORDS && tokens[i].start < end; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') return false;
    if (/^(?:said|says|reported|reports|added|adds)$/u.test(t.text)) {
      const next = tokens[i + 1];
      return i > k + 1 && (next === undefined || next.start >= end || next.text === '.');
    }
    if (FINITE.has(lowerCase(t.text)) || isVerbLike(tokens, i)) return false;
  }
  return false;
}

/**
 * From token `k` (after "and" or "but"), a source named in a few words with no verb of its own
 * (a name, or a determiner and its noun: "chief executive Joshua Schulman", "the ministry")
 * then "said", "told" or "added": the sentence goes on with another source's report.
 */
function anotherSourceSays(tokens: Token[], k: number, end: number): boolean {
  const first = tokens[k];
  if (first === undefined || first.kind !== 'word') return false;
  let named = CLAUSE_SUBJECT_DETERMINERS.has(first.text);
  for (let i = k; i < tokens.length && i <= k + CLOSING_SOURCE_WORDS && tokens[i].start < end; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') return false;
    if (i > k && /^(?:said|says|told|tells|added|adds)$/u.test(t.text)) return named;
    if (FINITE.has(lowerCase(t.text)) || isVerbLike(tokens, i)) return false;
    if (isCapitalizedToken(t)) named = true;
  }
  return false;
}

/**
 * "Milei, a libertarian who has called …": the relative pronoun at `relative` closes an
 * appositive set off by a comma (an article and a few lower-case words after it).
 */
function afterSetOffAppositive(tokens: Token[], relative: number): boolean {
  for (let k = relative - 1; k > 0 && k >= relative - 6; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return false;
    if (/^(?:a|an|the)$/u.test(t.text)) return tokens[k - 1]?.text === ',';
  }
  return false;
}

/**
 * The end of a relative clause set off by commas, from token `from` up to offset `end`: the
 * comma before the main clause's verb (`, left the chamber`, `, has said`, `, also warned`),
 * else `end`. After a comma inside the clause stand its own words instead: a conjunction, a
 * determiner or pronoun opening a subject, a preposition, a participle, an adjective of a
 * list (`a generous, magnanimous leader`). The clause closes only once it has a verb of its own
 * (`hasVerb` when the reading starts past it: the object of a speech act).
 */
function relativeClauseEnd(tokens: Token[], from: number, end: number, hasVerb: boolean): number {
  const objectOnly = hasVerb;
  for (let i = from + 1; i < tokens.length && i < from + MAX_CLAUSE_TOKENS && tokens[i].start < end; i++) {
    const word = tokens[i];
    if (word.kind === 'word' && !hasVerb) hasVerb = isVerbLike(tokens, i);
    if (word.text !== ',' || !hasVerb) continue;
    let v = i + 1;
    // `who has called Mercosur "a prison," said …`: the comma inside a closing mark.
    const closing = CLOSING_MARKS.has(tokens[v]?.text ?? '') ? v++ : -1;
    const relativeEnd = closing >= 0 ? tokens[closing].end : tokens[i - 1].end;
    if (tokens[v]?.kind === 'word' && /^(?:[a-z]{3,}ly|also|then|later|now|still|never)$/u.test(tokens[v].text)) v++;
    const t = tokens[v];
    if (t === undefined || t.kind !== 'word' || t.start >= end || !/^\p{Ll}/u.test(t.text)) continue;
    const lower = lowerCase(t.text);
    // After a speech act's object only a main verb of its own closes the clause (`, left
    // early`): an auxiliary there (`, doesn't appear ready to …`, `, has emphasized that …`)
    // opens a main clause that reports a stance of its own, which the run-on reading covers
    // and nothing else reads yet (cutting there lowered train indirect recall).
    // An auxiliary before a plain verb (`, has left the company`, `, will retire`) is the
    // main clause all the same: the relative clause ended at the comma.
    if (objectOnly && FINITE.has(lower)) {
      if (auxiliaryOfPlainVerb(tokens, v, end)) return relativeEnd;
      continue;
    }
    if (FINITE.has(lower) || isSpeechVerb(t.text) || isWeakSpeechVerb(t.text) || isCognitionVerb(t.text)) return relativeEnd;
    if (/ing$/u.test(lower) || NOT_MAIN_VERB.has(lower) || NOT_CLAUSE_START.has(lower) || CLAUSE_DETERMINERS.has(lower) || CLAUSE_OPENERS.has(lower) || QUESTION_WORDS.has(lower)) continue;
    // Any other word is the main verb when an object or adjunct follows it (`, left the
    // chamber`, `, went home`), or the sentence ends.
    const next = tokens[v + 1];
    if (next === undefined || next.start >= end || /^[.!?;]$/u.test(next.text)) return relativeEnd;
    const nextLower = lowerCase(next.text);
    if (/^\p{Ll}{2,}ed$/u.test(lower) || CLAUSE_DETERMINERS.has(nextLower) || LISTENER_PRONOUNS.has(nextLower) || PREPOSITIONS.has(nextLower) || /^(?:home|back|away|out|up|down|off|early|late)$/u.test(nextLower)) return relativeEnd;
  }
  return end;
}

/**
 * The auxiliary at token `aux` (adverbs and "not" after it allowed) governs a verb in lower
 * case that neither reports words or a stance nor is a form of "be" (`has left`, `will
 * retire`; not `has said that`, `doesn't appear ready`, `is expected to`).
 */
function auxiliaryOfPlainVerb(tokens: Token[], aux: number, end: number): boolean {
  let v = aux + 1;
  while (v < tokens.length && v <= aux + 3 && tokens[v].kind === 'word' && /^(?:not|never|also|already|since|now|just|still|then|[a-z]{3,}ly)$/u.test(tokens[v].text)) v++;
  const t = tokens[v];
  if (t === undefined || t.kind !== 'word' || t.start >= end || !/^\p{Ll}+$/u.test(t.text)) return false;
  const lower = t.text;
  if (FINITE.has(lower) || /^(?:be|been|being|appear|appears|appeared|seem|seems|seemed|got|get|gotten|become|became|remain|remained)$/u.test(lower)) return false;
  if (isReportingWordAt(tokens, v) || CLAUSE_WORDS.has(lower)) return false;
  // A past form or a bare verb, then an object, an adjunct or the sentence's end.
  const next = tokens[v + 1];
  return next === undefined || next.start >= end || /^[.!?;,]$/u.test(next.text) || (next.kind === 'word' && (CLAUSE_DETERMINERS.has(lowerCase(next.text)) || PREPOSITIONS.has(lowerCase(next.text)) || /^(?:home|back|away|out|up|down|off|office|early|late)$/u.test(lowerCase(next.text))));
}

/**
 * A verb of a clause: a finite form, a past form in -ed, a reporting verb, or a present form
 * in -s right after a name or a pronoun ("Trump wants", "he says"; not "policing failures").
 */
function isVerbLike(tokens: Token[], i: number): boolean {
  const facts = clauseWordFacts(tokens[i].text);
  return (facts & VERB_FORM) !== 0 || presentAfterSubject(tokens, i, facts);
}

/** isVerbLike, or a past form not in -ed (IRREGULAR_PAST): a clause's verb, from one look-up of the spelling. */
function isClauseVerb(tokens: Token[], i: number): boolean {
  const facts = clauseWordFacts(tokens[i].text);
  return (facts & (VERB_FORM | IRREGULAR_PAST_FORM)) !== 0 || presentAfterSubject(tokens, i, facts);
}

/** A present form in -s (its `facts`) right after a name or a pronoun: "Trump wants", "he says". */
function presentAfterSubject(tokens: Token[], i: number, facts: number): boolean {
  const prev = tokens[i - 1];
  return (facts & PRESENT_S) !== 0 && prev !== undefined && prev.kind === 'word' && (isCapitalizedToken(prev) || (clauseWordFacts(prev.text) & THIRD_PERSON) !== 0);
}

/** Words after a comma that go on with a clause rather than open its main verb. */
const NOT_MAIN_VERB = new Set([
  'that', 'if', 'because', 'although', 'though', 'unless', 'whereas', 'where', 'then', 'not', 'nor', 'yet', 'even',
  'just', 'including', 'especially', 'particularly', 'namely', 'perhaps', 'maybe', 'indeed', 'however', 'instead',
  'my', 'your', 'all', 'any', 'each', 'every', 'both', 'such', 'one', 'two', 'three', 'which', 'whom', 'whose',
  'among', 'amid', 'despite', 'under', 'between', 'without', 'within', 'toward', 'towards', 'per', 'unlike',
  'behind', 'beyond', 'above', 'below', 'near', 'across', 'around', 'along', 'alongside', 'inside', 'outside',
  'throughout', 'upon', 'onto', 'except', 'plus', 'versus', 'via', 'like', 'unlike', 'beside', 'besides',
]);

function mostlyDirect(r: Reported, insideDirect: (offset: number) => boolean): boolean {
  return insideDirect(r.start) && insideDirect(r.end - 1);
}

function toQuote(r: Reported, paragraph: number): FoundQuote {
  const before = r.cue.cue.start < r.start;
  const quote: FoundQuote = {
    start: r.start,
    end: r.end,
    contentStart: r.start,
    contentEnd: r.end,
    paragraphs: 1,
    closed: true,
    kind: 'indirect',
    cueBefore: before ? r.cue : null,
    cueAfter: before ? null : { ...r.cue, position: 'after' },
    paragraph,
  };
  // Set only when true, as a spread of an empty object left it out, with no object made for it.
  if (r.anonymous) quote.anonymous = true;
  return quote;
}
