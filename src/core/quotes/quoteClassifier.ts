import { type AnalyzedText, sentenceIndexAt } from '../text/analyzedText';
import type { TextBlock } from '../text/paragraphs';
import type { Token } from '../text/tokenizer';
import type { QuoteKind } from '../types';
import { isSpaceChar, isQuoteChar, isWordChar } from './quotationMarks';
import type { QuotedSpan } from './quotedSpans';
import type { SpeechCue } from './speechCues';
import { isReportingVerbAt, isSpeechVerb, reportingLemma, takesListener } from './reportingVerbs';
import { nearbyTokenIndexAt } from '../text/nearbyTokenSearch';
import { isInnerPeriod, TITLE_PREPOSITION_WORDS } from './speakerPhrase';
import { lowerCase, lowersTo } from './caselessTests';
import { keptEnds } from '../incremental/keptEnds';

// What a quoted span is, from where it stands in its sentence and what it says:
//  - direct: someone's words standing as a sentence or more — it opens its sentence or
//    paragraph, follows a colon or a reporting verb (`he said, "…"`), or has a reporting cue
//    right after it (`"…," she said`);
//  - partial: a fragment inside a sentence of reported speech (`urged the US to "reflect deeply"`);
//  - null: not speech — a scare-quoted word, a title ("The Art of the Deal"), an HTML attribute.

export interface QuoteContext {
  cueAfter: SpeechCue | null;
  cueBefore: SpeechCue | null;
  /** The paragraph the quote starts in. */
  paragraph: TextBlock;
  /** The quote goes on a quote split by its cue: `"…," Trump said in Ohio, "but …"`. */
  secondHalf: boolean;
  /** A reporting verb stands earlier in the quote's sentence. */
  inReportedSpeech: boolean;
}

type Position = 'start' | 'colon' | 'comma' | 'aside' | 'mid' | 'attribute';

/** Words between a verb and its quote that make the quote the verb's object, not its speech. */
const OBJECT_LEADS = new Set([
  'that', 'as', 'like', 'how', 'what', 'whether', 'if', 'being', 'is', 'was', 'are', 'were', 'be', 'to', 'it', 'them',
  'him', 'her', 'his', 'its', 'their', 'for', 'of', 'about', 'this', 'these', 'those', 'called', 'a', 'an',
]);

const SENTENCE_ABBREVIATIONS = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Maj|Prof|Rev|St|Jr|Sr|Adm|No|vs|[A-Z])\.$/u;

export function classifyQuote(doc: AnalyzedText, span: QuotedSpan, context: QuoteContext): QuoteKind | null {
  const { text } = doc;
  const content = text.slice(span.contentStart, span.contentEnd);
  const position = positionOf(doc, span.start);
  if (position === 'attribute') return null;
  if (span.paragraphs > 1) return 'direct';

  // Counted up to WORDS_COUNTED: no test below tells more words apart.
  const words = countWords(content, WORDS_COUNTED);
  if (words === 0) return null;
  const core = contentCore(content);
  const startsUpper = /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(content);
  const endsSentence = endsSentenceMark(core);
  const endsClause = endsSentence || CLAUSE_END_MARKS.has(core.charAt(core.length - 1));
  const cueAfter = context.cueAfter !== null && endsClause;
  const cueBefore = context.cueBefore !== null && verbLeadsToQuote(doc, context.cueBefore, span.start);

  // Words a crowd chanted or someone shouted are a line of their own, whatever their case or
  // capitals: `protesters chanting "no justice, no peace"`, `chants of "Lock her up!"`, and the
  // next in a row (`chanted "stop the war" and "bring them home"`). A single word so cried out
  // (`yell "fire"`) is rather a word named than a line.
  if (words >= 2 && (position === 'mid' || position === 'comma') && criedOut(text, span.start, context.paragraph.start)) return 'direct';
  // Titles and scare quotes are nobody's words, unless a cue says they are. Headlines
  // capitalize every word, so there the capitals say nothing.
  const titleCased = words <= 10 && isTitleCased(core) && !isHeadline(doc, span.start);
  // `his co-star in "Unforgiven".`, `known for "The French Connection" and "Unforgiven"`: a title-cased quote a preposition
  // (or "and" after another quote) takes as its object is a work's or a thing's name, wherever it stands in the sentence.
  if (titleCased && words <= 8 && !EXCLAMATION_OR_QUESTION.has(core.charAt(core.length - 1)) && PREPOSITION_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start))) return null;
  if (!cueAfter && !cueBefore) {
    // One or two words: a scare quote, unless the sentence reports someone's words
    // (`urged the US to "reflect deeply"`).
    if (!endsSentence && words <= 2 && position !== 'start' && position !== 'colon') return context.inReportedSpeech ? 'partial' : null;
    // A word or two opening a sentence that runs on straight after the closing mark is a
    // label the sentence goes on to use (`'Thin-skinned' Trump quells critics`), not a line
    // someone said (`"Thanks." He left`, `"Never," she said`).
    if (!endsClause && words <= 2 && position === 'start' && sentenceRunsOn(text, span.end)) return context.inReportedSpeech ? 'partial' : null;
    // A few words more, the same holds when nothing in the rest of the sentence reports them:
    // `'Carnage on the road' in southern city` is a phrase of the writer's headline; `"We can
    // win it" in the fall, she said` is still someone's line. (A longer quote running on, `"They
    // agree with him, but they aren't there yet" to support him`, is a speaker's clause.)
    if (!endsClause && words <= SHORT_PHRASE_WORDS && position === 'start' && context.cueAfter === null && sentenceRunsOn(text, span.end) && !reportedLater(doc, span.end, context.paragraph.end)) return 'partial';
    if (titleCased && (position === 'mid' || position === 'comma' || position === 'aside' || !endsSentence)) return null;
    // A subhead: a short title-cased line standing alone ('All Bets Are Off.'), or a short
    // line in single marks in copy that quotes with double marks ('A change warrior.').
    if (words <= 8 && position === 'start' && standsAlone(context.paragraph, span) && (titleCased || isSingleMark(text, span.start) && quotesWithDoubleMarks(doc))) return null;
  }
  // A short title-cased phrase inside a sentence is a name ("A Change Is Gonna Come," she sang),
  // unless a speech verb right before it says it was cried out or asked: `She declared "What a
  // Super Tuesday!"`.
  // So is one a crowd chanted or someone shouted: `protesters chanting "Dump Trump."` quotes
  // words cried out, whatever their capitals.
  const rightAfterVerb = cueBefore && isRightBefore(doc, context.cueBefore!, span.start);
  const exclaimed = rightAfterVerb && (EXCLAMATION_OR_QUESTION.has(core.charAt(core.length - 1)) || CRYING_OUT.has(reportingLemma(context.cueBefore!.cue.text) ?? ''));
  if (titleCased && words <= 6 && (position === 'mid' || position === 'aside') && !exclaimed) return null;

  // `According to "The Trumps: Three Generations …,"`: the marks name the source, a work.
  if (words <= 12 && /\baccording to\s*$/iu.test(text.slice(Math.max(0, span.start - 16), span.start))) return null;

  // A show, book or film: `CNN's "State of the Union,"`, `a column titled "…"`.
  if (words <= 10 && isNamedWork(text, span.start, titleCased)) return null;

  // `"Met accused of whitewashing baby Jesus," by Post's Kathianne Boniello: "…"`: a headline
  // signed with its writer before an excerpt, as a newsletter's digest gives it, is no one's words.
  if (words <= HEADLINE_WORDS && BYLINE_AFTER.test(text.slice(span.end, span.end + BYLINE_READ))) return null;

  // `The forum, dubbed "Davos in the desert",`, `a law known as "the bathroom bill"`: a name
  // given to the thing before the participle is no one's words (`what Gilbert called "a
  // perception problem"`, `who he dubbed "the little senator"` have a speaker).
  if (words <= 10 && isNameByParticiple(text, span.start)) return null;

  // `says things such as, "We're not all equal"`, `a few questions, including, "Do you…?"`: the
  // quote is an example the writer's sentence names, its object, not a line standing alone.
  if ((position === 'comma' || position === 'mid') && EXAMPLE_LEADS.test(text.slice(Math.max(0, span.start - 16), span.start))) return 'partial';

  // `When Trump wrapped up — "I will fight for you!" — the balloons fell`: a sentence of
  // someone's words set off between dashes stands whole inside the writer's sentence, no
  // fragment of it.
  if (position === 'aside' && startsUpper && clauseOfItsOwn(content) && betweenDashes(text, span.start, span.end)) return 'direct';

  switch (position) {
    // `"…we will win this," she said`, `She said: "...and that is why we stay."`: an opening
    // ellipsis says the writer cut the start of the speaker's sentence, which still stands as a
    // sentence of theirs where it opens one or follows a colon, whatever its first letter.
    // (After a comma it may go on with the writer's clause: `said it would stay, "...because …"`.)
    case 'start':
      return startsUpper || cueAfter || OPENING_ELLIPSIS.test(content) ? 'direct' : 'partial';
    case 'colon':
      return startsUpper || OPENING_ELLIPSIS.test(content) ? 'direct' : 'partial';
    case 'comma':
      // `tweeted that, "…"`: the quote is the object of a that-clause, inside reported speech.
      if (/\bthat\s*,$/iu.test(text.slice(Math.max(0, span.start - 12), span.start).trimEnd())) return 'partial';
      // `Rubio said that once the Senate goes on recess, "I intend to …"`: the quote finishes
      // the that-clause an introductory phrase opened; it is still the reported clause.
      if (completesThatClause(doc, span.start, context.paragraph.start)) return 'partial';
      // `said the group might run ads, "depending on …"`: the quote goes on with the reported clause.
      if (cueBefore && !startsUpper && !context.secondHalf && clauseAfterVerb(doc, context.cueBefore!, span.start)) return 'partial';
      if (cueBefore || context.secondHalf) return 'direct';
      // `because, in her words, "he knows how"`, `as the prosecutor put it, "apart from …"`: the
      // writer hands the sentence over to someone's own words.
      if (IN_THEIR_WORDS.test(text.slice(Math.max(0, span.start - 60), span.start))) return 'direct';
      if (startsUpper && (endsClause || words >= 4)) return 'direct';
      // `With thousands of systems, "there is no single point of failure," he said`: the
      // sentence opens in the writer's words, so the quote is a fragment of it.
      return cueAfter && startsUpper ? 'direct' : 'partial';
    default:
      // `He said "We will…"`: only a verb right before the mark makes a mid-sentence quote direct.
      // `Elliott said "there is no …."`: a speech verb right before a quote that ends the sentence
      // (not one whose listener comes first: `photos telling "the story of …."` quote its object).
      if (cueBefore && isRightBefore(doc, context.cueBefore!, span.start)) {
        const verb = context.cueBefore!.cue.text;
        // (Not a noun phrase so ending: `She tweeted "a total disaster for our city."` quotes the
        // words the writer's sentence gives as the verb's object.)
        if (startsUpper || (endsSentence && endsItsSentence(text, span.end) && isSpeechVerb(verb) && !takesListener(verb) && !isNounPhrase(content))) return 'direct';
        // `Sanders says "the wind is at our backs" despite…`: a clause with its own subject and verb,
        // right after the verb that reports it, is that verb's whole speech, whatever the case of
        // its first letter (`said "budget reforms" would…` quotes a noun phrase: partial).
        if (isSpeechVerb(verb) && clauseOfItsOwn(content)) return 'direct';
      } else if (cueBefore && isSpeechVerb(context.cueBefore!.cue.text) && clauseOfItsOwn(content) && adjunctOrListenerGap(doc, context.cueBefore!, span.start)) {
        // `acknowledged in a forum Monday night "it will be very hard to win"`, `asked the crowd "If
        // she cannot…?"`: a time or place phrase, or the listener, between the verb and a quote that
        // is a clause of its own leaves the quote the verb's whole speech, as right after the verb.
        return 'direct';
      }
      // `Trump claimed that "General X got in trouble for less," one prosecutor said`: the quote is
      // the object of the that-clause, whatever follows it.
      if (/\bthat\s*$/iu.test(text.slice(Math.max(0, span.start - 8), span.start))) return 'partial';
      // `talked up her "50-state strategy," promising to …`: a participle after a quote inside the
      // writer's sentence goes on with that sentence; it does not sign the quote. Nor does a
      // figure opening the quote make it a sentence of its own (`the benefit is "10 times the
      // losses," he said`): here only a capital letter does.
      if (cueAfter && startsCapital(content) && !/ing$/u.test(context.cueAfter!.cue.text)) return 'direct';
      return 'partial';
  }
}

/** A short listener phrase and a comma or colon: ` his supporters, `, ` her: ` (not ` that if he wants our guns, `). */
const LISTENER_GAP = /^\s+(?!(?:that|to|if|for|about|whether|when|how|what)\b)[\p{L}’'.-]+(?:\s+(?!(?:that|to|if|for|about|whether|when|how|what)\b)[\p{L}’'.-]+){0,11}\s*[,:]\s*$/iu;

/** `said, "…"`, `told reporters on Monday: "…"` — not `said that "…"` or `called it "…"`. */
function verbLeadsToQuote(doc: AnalyzedText, cue: SpeechCue, quoteStart: number): boolean {
  const { tokens } = doc;
  // `told his supporters, "…"`, `telling her: "…"`: the listener stands between verb and quote.
  if (takesListener(tokens[cue.verbToken].text) && LISTENER_GAP.test(doc.text.slice(cue.cue.end, quoteStart))) return true;
  for (let i = cue.verbToken + 1; i < tokens.length && tokens[i].start < quoteStart; i++) {
    const t = tokens[i];
    // "quoted the president as saying "…"": the words inside the cue lead nowhere.
    if (t.start < cue.cue.end) continue;
    if (t.kind === 'word' && OBJECT_LEADS.has(lowerCase(t.text))) {
      // "according to X" and "in a statement" are fine.
      if (lowerCase(t.text) === 'to' && lowerCase(tokens[i - 1]?.text ?? '') === 'according') continue;
      if ((lowerCase(t.text) === 'a' || lowerCase(t.text) === 'an') && /^(?:in|on|at|during|with)$/iu.test(tokens[i - 1]?.text ?? '')) continue;
      return false;
    }
  }
  return true;
}

/** Words that open an introductory phrase: `that once the Senate goes on recess,`, `that in 2009,`. */
const INTRODUCTION_WORDS = new Set([
  'after', 'although', 'as', 'at', 'because', 'before', 'despite', 'during', 'even', 'for', 'given', 'if', 'in', 'on', 'once',
  'since', 'though', 'under', 'unless', 'until', 'when', 'whenever', 'while', 'with', 'without',
]);
/** How many tokens back from the comma before a quote completesThatClause reads. */
const THAT_CLAUSE_REACH = 30;
/** How many tokens before "that" its reporting verb may stand (`said in an interview that`). */
const VERB_BEFORE_THAT = 5;

/**
 * The quote after a comma finishes a that-clause of a reporting verb that an introductory
 * phrase opened: `said that once the Senate goes on recess, "…"`, `added that, after taxes,
 * "…"`. Not `said that he told an agent, "…"`: a subject after "that" opens a clause of its own.
 */
function completesThatClause(doc: AnalyzedText, quoteStart: number, paragraphStart: number): boolean {
  const { tokens } = doc;
  const comma = nearbyTokenIndexAt(doc, quoteStart) - 1;
  if (comma < 1 || tokens[comma].text !== ',') return false;
  // Within the quote's paragraph: what the reading of a quote may see (quoteReadingMemo.ts).
  for (let i = comma - 1; i >= 0 && i > comma - THAT_CLAUSE_REACH && tokens[i].start >= paragraphStart; i--) {
    const t = tokens[i];
    if (t.kind === 'punct') {
      if (t.text === ';' || t.text === ':' || t.text === '!' || t.text === '?' || isQuoteChar(t.text.charCodeAt(0)) || (t.text === '.' && !isInnerPeriod(tokens, i))) return false;
      continue;
    }
    if (!lowersTo(t.text, 'that')) continue;
    const opening = tokens[i + 1]?.text === ',' ? i + 2 : i + 1;
    if (opening >= comma || !INTRODUCTION_WORDS.has(lowerCase(tokens[opening].text))) return false;
    for (let v = i - 1; v >= 0 && v >= i - VERB_BEFORE_THAT && tokens[v].start >= paragraphStart; v--) if (isReportingVerbAt(tokens, v)) return true;
    return false;
  }
  return false;
}

/**
 * `in her words,`, `in the words of the report,`, `as one aide put it,` right before a quote (read
 * on the 60 characters before it). The words between "as" and "put it" are any words, not only
 * letters: a name damaged by a bad encoding (`TrÃ©vidic`) still names the speaker. "As" and
 * "In" may open the sentence.
 */
const IN_THEIR_WORDS = /(?:\b[Ii]n\s+(?:(?:his|her|their|its|[\p{Lu}][\p{L}.-]*(?:['’]s?))\s+(?:own\s+)?words|the\s+words\s+of\s+[^,]{1,40})|\b[Aa]s\s+(?:[^\s,;:]+\s+){1,6}(?:put|puts|says|said)\s+it)\s*,\s*$/u;

/** Words that open an adjunct of the verb rather than a clause it reports: `said on Monday, "…"`. */
const ADJUNCT_LEADS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'with', 'to', 'from', 'of', 'about', 'via', 'through', 'outside', 'inside', 'while', 'as', 'when', 'later', 'earlier', 'again', 'then', 'today', 'yesterday', 'tonight', 'last', 'this', 'recently', 'also', 'once', 'afterward', 'afterwards', 'repeatedly', 'publicly', 'privately', 'simply', 'flatly', 'bluntly', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * `said the group might run ads, "depending on …"`, `believes he, "may represent …"`: words
 * after the verb that are no listener and no adjunct open the clause the verb reports, and a
 * lower-case quote after the comma goes on with that clause.
 */
function clauseAfterVerb(doc: AnalyzedText, cue: SpeechCue, quoteStart: number): boolean {
  const { tokens } = doc;
  if (takesListener(tokens[cue.verbToken].text) && LISTENER_GAP.test(doc.text.slice(cue.cue.end, quoteStart))) return false;
  // `…, explained Rosenberg, "with …"`: the words after the verb name its speaker.
  if (cue.subject !== null && cue.subject.tokenStart > cue.verbToken) return false;
  const next = tokens[cue.verbToken + 1];
  if (next === undefined || next.start >= quoteStart || next.kind !== 'word' || next.start < cue.cue.end) return false;
  return !ADJUNCT_LEADS.has(lowerCase(next.text));
}

const WORK_LEADS = /(?:\b(?:titled|entitled|named|nicknamed|known as|show|program|programme|book|film|movie|song|album|novel|series|column|hashtag|slogan|headline|magazine|newspaper|documentary|play|musical|op-ed|essay|memoir|autobiography|biography|commentary|ad|advertisement|commercial|podcast|website|campaign called|group called|the so-called)|['’]s),?$/iu;

/** A preposition, or "and"/"or" after a closing mark, right before a quote. */
const PREPOSITION_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}'’-])(?:${TITLE_PREPOSITION_WORDS.join('|')})|["”'’]\s+(?:and|or))\s+$`, 'u');

/** "by" and a writer's name (maybe their outlet's possessive before it), then a colon: ` by Times' Ben Sisario:`. */
const BYLINE_AFTER = /^\s+by\s+(?:the\s+)?(?:[\p{Lu}][\p{L}\p{N}.&-]*(?:['’]s?)?\s+){0,5}[\p{Lu}][\p{L}\p{N}.&-]*\s*:/u;
/** How far after a quote BYLINE_AFTER reads. */
const BYLINE_READ = 80;
/** The most words of a headline so signed. */
const HEADLINE_WORDS = 20;

function isNamedWork(text: string, start: number, titleCased: boolean): boolean {
  const raw = text.slice(Math.max(0, start - 30), start);
  const before = raw.trimEnd();
  // A quote opening its paragraph names nothing of the line above ("ADVERTISEMENT").
  if (raw.slice(before.length).includes('\n')) return false;
  if (!WORK_LEADS.test(before)) return false;
  // A possessive before a quote is a title only when the quote is capitalized like one.
  return /['’]s,?$/u.test(before) ? titleCased : true;
}

/** A participle of naming right before a quote: `dubbed "…"`, `known as "…"`, `so-called "…"`. */
const NAMING_PARTICIPLE = /(?<![\p{L}\p{N}'’-])(?:so[- ]called|(?:dubbed|nicknamed|billed|branded|known|called)(?:\s+as)?)\s*$/iu;
/**
 * Words before a participle that make it a finite verb with its own subject, whose quote is then
 * the subject's words: a relative or personal pronoun (`which critics called`, `who he dubbed`),
 * an auxiliary (`has been called`, `is known as`: a passive may name its speaker with "by").
 */
const SUBJECT_SIGNS = new Set([
  'what', 'which', 'who', 'whom', 'whose', 'that', 'he', 'she', 'they', 'we', 'i', 'you', 'it', "it's", 'it’s',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'often', 'widely',
]);

/**
 * `The forum, dubbed "Davos in the desert",`, `the hacker known as "Guccifer"`, `the so-called
 * "rebels"`: the quote is the name of the thing the participle follows. Not when the participle
 * is a verb with its subject (`Trump called "…"`, `which he dubbed "…"`, `is known as "…"`).
 */
function isNameByParticiple(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const m = NAMING_PARTICIPLE.exec(before);
  if (m === null) return false;
  const participle = m[0].trimEnd();
  if (/^so/iu.test(participle)) return true;
  // "known" and "billed" name only with "as" (`known as "…"`, `billed as "…"`).
  if (/^(?:billed|known)$/iu.test(participle)) return false;
  const words = before.slice(0, m.index).trimEnd();
  // The words of the sentence before the participle; across commas only for an appositive.
  const setOff = /[,(—–]$/u.test(words);
  const clause = /[^;:.!?"“”]*$/u.exec(words)![0];
  const phrase = (setOff ? clause : /[^,()—–]*$/u.exec(clause)![0]).split(/[\s,()—–]+/u).filter((w) => w !== '');
  if (phrase.length === 0) return setOff;
  // `Trump called "…"`, `which the CEO, Tim Cook, called "…"`: a name right before is a subject.
  if (/^\p{Lu}/u.test(phrase[phrase.length - 1])) return false;
  // `which critics called "…"`, `what Bay Buchanan, treasurer of the campaign, called "…"`.
  return !phrase.slice(setOff ? -12 : -6).some((w) => SUBJECT_SIGNS.has(lowerCase(w)));
}

/** Nothing of the sentence follows the closing mark. */
function endsItsSentence(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && text.charCodeAt(i) !== 10 && isSpaceChar(text.charCodeAt(i))) i++;
  if (i >= text.length || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) return true;
  return /[\p{Lu}\p{N}"“‘'([]/u.test(text.charAt(i)) && i > end;
}

/** At most this many words make a quoted phrase the writer's sentence may use as its own. */
const SHORT_PHRASE_WORDS = 5;

/** How many tokens after a quote reportedLater reads before it gives up (and says yes). */
const SENTENCE_TAIL = 40;

/**
 * A reporting verb ("said", "believes", "according to") between `end` and the end of its
 * sentence. A sentence longer than SENTENCE_TAIL tokens counts as reported: nothing is
 * concluded from what was not read.
 */
function reportedLater(doc: AnalyzedText, end: number, paragraphEnd: number): boolean {
  const { tokens } = doc;
  const from = nearbyTokenIndexAt(doc, end);
  for (let i = from; i < tokens.length && i < from + SENTENCE_TAIL; i++) {
    const t = tokens[i];
    if (t.start >= paragraphEnd) return false;
    if (t.kind === 'punct') {
      if (t.text === '!' || t.text === '?' || t.text === ';' || (t.text === '.' && !isInnerPeriod(tokens, i))) return false;
      continue;
    }
    if (t.kind === 'word' && (isReportingVerbAt(tokens, i) || lowersTo(t.text, 'according'))) return true;
  }
  return true;
}

/** Subjects that open a clause: `"it gets me mad"`, `"there could be"`. */
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'there']);
/** Auxiliaries and modals: after a subject they make the words a clause (`"the wind is at our backs"`). */
const FINITE_AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall', 'do', 'does', 'did',
]);
/** Words that open a relative clause: a verb after them belongs to a noun phrase (`"the consequences to Jews who were …"`). */
const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'what']);
/** How many words of a quote clauseOfItsOwn reads. */
const CLAUSE_WORDS = 10;

/**
 * The quoted words are a clause with its own subject and verb (`"the wind is at our backs"`,
 * `"it gets me mad"`, `"let's not get ahead of ourselves"`), not a noun phrase (`"a total
 * disaster"`) or a predicate that needs the writer's subject (`"will assuage people's fears"`).
 * Read on the first CLAUSE_WORDS words: a subject pronoun first, or an auxiliary or a
 * contraction after a first word that is none, before any relative word.
 */
function clauseOfItsOwn(content: string): boolean {
  // (Not `the rule "protects the minority, and we'll be …"`: a verb and its object open a predicate.)
  if (PREDICATE_OPENING.test(content)) return false;
  if (opensWithClause(content)) return true;
  // `"regardless of what the pundits say, it's a two-man race"`: a lead-in phrase and a comma,
  // then the clause (its subject and verb come after the comma).
  const comma = content.indexOf(',');
  return comma > 0 && comma < LEAD_IN_CHARS && opensWithClause(content.slice(comma + 1));
}

/** A verb in -s or -ed in lower case and the object's first word: "protects the", "rejected his". */
const PREDICATE_OPENING = /^["“'‘]?\p{Ll}+(?:s|ed) (?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b/u;

/** How far into a quote the comma closing a lead-in phrase may stand. */
const LEAD_IN_CHARS = 60;

/** clauseOfItsOwn read from the first word of `content`. */
function opensWithClause(content: string): boolean {
  const words = content.slice(0, 120).match(/[\p{L}]+(?:['’][\p{L}]+)*/gu) ?? [];
  for (let i = 0; i < words.length && i < CLAUSE_WORDS; i++) {
    const word = lowerCase(words[i]);
    if (i === 0 && SUBJECT_PRONOUNS.has(word)) return true;
    if (RELATIVE_WORDS.has(word)) return false;
    const finite = FINITE_AUXILIARIES.has(word) || /['’](?:re|ve|ll|d|m)$|n['’]t$/u.test(word) || isContractedIs(word);
    if (finite) return i > 0 || /['’]/u.test(word);
  }
  return false;
}

/** Words that open a noun phrase: `"a disgrace to the nation"`, `"the worst deal ever"`, `"his finest hour"`. */
const NOUN_PHRASE_LEADS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'such', 'some', 'another', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * The quoted words are a noun phrase in lower case (`"a disgrace to the nation."`), not a
 * clause: they open with a determiner, and no verb of their own follows it (`"the wind is at
 * our backs"` is a clause).
 */
function isNounPhrase(content: string): boolean {
  const first = /^[^\p{L}]*(\p{L}+)/u.exec(content);
  return first !== null && NOUN_PHRASE_LEADS.has(first[1]) && !clauseOfItsOwn(content);
}

/** Words whose "'s" is "is" or "has" ("it's", "that's", "there's", "let's"); after a noun it is a possessive ("Trump's policies"). */
const CONTRACTING_WORDS = new Set(['it', 'that', 'there', 'here', 'he', 'she', 'what', 'who', 'where', 'let', 'this']);

function isContractedIs(word: string): boolean {
  return /['’]s$/u.test(word) && CONTRACTING_WORDS.has(word.slice(0, -2));
}

/** The first letter or digit of the content is a capital letter. */
function startsCapital(content: string): boolean {
  return /^[^\p{L}\p{N}]*\p{Lu}/u.test(content);
}

/** One space and then a word right after the closing mark: the sentence goes on. */
function sentenceRunsOn(text: string, end: number): boolean {
  return text.charCodeAt(end) === 0x20 && /[\p{L}\p{N}]/u.test(text.charAt(end + 1));
}

/** `such as`, `including` right before a quote, with or without a comma (read on the 16 characters before it). */
const EXAMPLE_LEADS = /\b(?:such as|including)\s*,?\s*$/iu;

/** `chanted`, `shouting`, `chants of`, `a chorus of`, `calls of`, `cheers of` right before a quote (read on the 24 characters before it). */
const CRY_BEFORE = /(?:^|[^\p{L}])(?:(?:chants?|cries|shouts|screams|yells|chorus|calls|cheers|roars)\s+of|([\p{L}]+))\s*,?\s*$/iu;
/** A quote, then `and` or `or`, right before this one: `chanted "…" and "…"`. */
const QUOTE_AND_BEFORE = /["“'‘][^"“”\n]{1,60}["”'’]\s*,?\s+(?:and|or)\s*$/u;

/**
 * The quote at `quoteStart` was cried out: right after a verb of crying out (`chanted`,
 * `shouting`) or a noun of it (`chants of`), or after `and`/`or` and a quote so cried out.
 * Read within the quote's paragraph, from `paragraphStart`.
 */
function criedOut(text: string, quoteStart: number, paragraphStart: number): boolean {
  if (cryRightBefore(text, quoteStart, paragraphStart)) return true;
  const before = QUOTE_AND_BEFORE.exec(text.slice(Math.max(paragraphStart, quoteStart - 100), quoteStart));
  return before !== null && cryRightBefore(text, quoteStart - before[0].length, paragraphStart);
}

function cryRightBefore(text: string, quoteStart: number, paragraphStart: number): boolean {
  const cry = CRY_BEFORE.exec(text.slice(Math.max(paragraphStart, quoteStart - 24), quoteStart));
  return cry !== null && (cry[1] === undefined || CRYING_OUT.has(reportingLemma(cry[1]) ?? ''));
}

/** At most this many words between a speech verb and its quote in adjunctOrListenerGap. */
const GAP_WORDS = 8;

/**
 * Only an adjunct of the verb (`in a forum Monday night`, `on Friday`) or, after a verb that
 * takes one, its listener (`the crowd`, `reporters on Friday`) stands between the verb and the
 * quote: no punctuation, at most GAP_WORDS words, none that makes the quote an object
 * (verbLeadsToQuote has checked those), and not the speaker named after the verb.
 */
function adjunctOrListenerGap(doc: AnalyzedText, cue: SpeechCue, quoteStart: number): boolean {
  const { tokens } = doc;
  if (cue.subject !== null && cue.subject.tokenStart > cue.verbToken) return false;
  const first = tokens[cue.verbToken + 1];
  if (first === undefined || first.start >= quoteStart || first.start < cue.cue.end) return false;
  let words = 0;
  for (let i = cue.verbToken + 1; i < tokens.length && tokens[i].start < quoteStart; i++) {
    if (tokens[i].kind !== 'word' || ++words > GAP_WORDS) return false;
  }
  return ADJUNCT_LEADS.has(lowerCase(first.text)) || takesListener(tokens[cue.verbToken].text);
}

function isRightBefore(doc: AnalyzedText, cue: SpeechCue, quoteStart: number): boolean {
  const gap = doc.text.slice(cue.cue.end, quoteStart);
  return /^[\s,:]*$/u.test(gap);
}

function isSingleMark(text: string, at: number): boolean {
  const c = text.charAt(at);
  return c === '‘' || (c === "'" && text.charAt(at + 1) !== "'");
}

const doubleStyle = new WeakMap<AnalyzedText, boolean>();
/** ", “ and NYT '' count for double marks, ‘ for single ones. */
const OPENING_MARK = /["“‘]|''/g;

/**
 * The copy quotes people with double marks (“…”, "…", NYT ''…''): its single-marked lines
 * are then headings, not speech. Counted once per text; with the incremental analyzer's
 * paragraph token lists, as the sum of its paragraphs' counts, each kept by its list (a
 * mark never stands outside a paragraph, and '' never spans two), so that a keystroke
 * counts again only the paragraph it touched rather than scanning the whole text.
 */
export function quotesWithDoubleMarks(doc: AnalyzedText): boolean {
  let known = doubleStyle.get(doc);
  if (known !== undefined) return known;
  const { text, paragraphs, paragraphTokens: lists } = doc;
  let double = 0;
  let single = 0;
  if (lists) {
    const countsOf = (p: number): MarkCounts => {
      let counts = paragraphMarks.get(lists[p]);
      if (!counts) paragraphMarks.set(lists[p], (counts = countMarks(text.slice(paragraphs[p].start, paragraphs[p].end))));
      return counts;
    };
    // The last text's sums, less its paragraphs that are not this one's at the same place
    // from either end (compared by token list: the same list, the same paragraph text),
    // plus this one's: after a keystroke, one paragraph's counts rather than every one's.
    const last = lastSums;
    const { start: before, end: after } = last ? keptEnds(last.lists, lists) : { start: 0, end: 0 };
    if (last) {
      double = last.double;
      single = last.single;
      for (let p = before; p < last.lists.length - after; p++) {
        const counts = paragraphMarks.get(last.lists[p])!;
        double -= counts.double;
        single -= counts.single;
      }
    }
    for (let p = before; p < lists.length - after; p++) {
      const counts = countsOf(p);
      double += counts.double;
      single += counts.single;
    }
    lastSums = { lists, double, single };
  } else {
    ({ double, single } = countMarks(text));
  }
  known = double >= 4 && double > 3 * single;
  doubleStyle.set(doc, known);
  return known;
}

interface MarkCounts {
  double: number;
  single: number;
}

const paragraphMarks = new WeakMap<readonly Token[], MarkCounts>();

/** The mark counts of the last text counted by its paragraph token lists, whose counts paragraphMarks still holds (it holds them while the lists live). */
let lastSums: { lists: readonly (readonly Token[])[]; double: number; single: number } | undefined;

function countMarks(text: string): MarkCounts {
  let double = 0;
  let single = 0;
  // A native scan from mark to mark (test(), no match arrays): a loop over every character
  // of the text ran on every keystroke.
  OPENING_MARK.lastIndex = 0;
  while (OPENING_MARK.test(text)) {
    if (text.charCodeAt(OPENING_MARK.lastIndex - 1) === 0x2018) single++;
    else double++;
  }
  return { double, single };
}

/** The quote is its paragraph's only content. */
function standsAlone(paragraph: TextBlock, span: QuotedSpan): boolean {
  return paragraph.start === span.start && paragraph.end <= span.end + 1;
}

/** The first paragraph of a text, short and title-cased, is its headline. */
function isHeadline(doc: AnalyzedText, offset: number): boolean {
  const first = doc.paragraphs[0];
  if (first === undefined || offset >= first.end || first.end - first.start >= 200) return false;
  const words = doc.text.slice(first.start, first.end).split(/\s+/u).filter((w) => /\p{L}{4,}/u.test(w));
  const capitalized = words.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  return words.length > 0 && capitalized >= 0.6 * words.length;
}

/** Where the opening mark stands: the start of a sentence, after a colon, a comma, a dash… */
/** A dash right before the quote starting at `start` and right after the one ending at `end` (`— "…" —`, `-- "…" --`). */
function betweenDashes(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start).trimEnd();
  const after = text.slice(end, end + 3).trimStart();
  return /(?:[—–]|--)$/u.test(before) && /^(?:[—–]|--)/u.test(after);
}

function positionOf(doc: AnalyzedText, start: number): Position {
  const { text } = doc;
  let i = start - 1;
  while (i >= 0 && isSpaceChar(text.charCodeAt(i)) && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i--;
  if (i < 0) return 'start';
  const c = text.charAt(i);
  if (c === '\n' || c === '\r') return 'start';
  if (c === '=') return 'attribute';
  if (c === ':') return 'colon';
  if (c === ',') return 'comma';
  // "(He was not.) "…"": a bracketed sentence before ends where the quote starts.
  if (c === ')' && /[.!?]$/u.test(text.slice(Math.max(0, i - 1), i))) return 'start';
  if (c === '(' || c === '[' || c === '—' || c === '–' || c === '-') return 'aside';
  if (c === '!' || c === '?' || c === '…') return 'start';
  // After "Mr." or an initial the sentence goes on, unless the splitter ended it there (a
  // quoted sentence after "Henry V.", sentences.ts).
  if (c === '.') return SENTENCE_ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i + 1)) && !opensSentence(doc, start) ? 'mid' : 'start';
  if (isQuoteChar(text.charCodeAt(i))) {
    // A closing mark before: `…." "…"` starts a sentence when the quote before ended one
    // (the mark may be doubled: `on ''Meet the Press.'' ''…''`).
    let k = i - 1;
    while (k > i - 3 && k >= 0 && isQuoteChar(text.charCodeAt(k))) k--;
    const before = text.charAt(k);
    return before === '.' || before === '!' || before === '?' ? 'start' : 'mid';
  }
  // Zero-width and bidi marks pasted with social-media text count as nothing.
  if (/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/u.test(c)) return positionOf(doc, i);
  // A heading in capitals ("WHAT'S BREWING “…”") ends where the quote starts.
  if (isCapitalsHeading(text, i)) return 'start';
  return 'mid';
}

function opensSentence(doc: AnalyzedText, offset: number): boolean {
  const k = sentenceIndexAt(doc, offset);
  return k >= 0 && doc.sentences[k].start === offset;
}

function isCapitalsHeading(text: string, i: number): boolean {
  const from = Math.max(0, i - 24);
  const before = text.slice(from, i + 1);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return /\p{Lu}{2,}$/u.test(line) && !/\p{Ll}/u.test(line) && /\p{Lu}{2,}\s+\S*\p{Lu}{2,}$/u.test(line);
}

/** One more than the most words any test of classifyQuote asks about (`words <= 12`). */
const WORDS_COUNTED = 13;

/** The words of the content, counted up to `most`: a long quote is not read to its end for it. */
function countWords(content: string, most: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < content.length; i++) {
    const code = content.charCodeAt(i);
    const w = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code > 127 && isWordChar(code));
    if (w && !inWord && ++n === most) return n;
    inWord = w || (inWord && (code === 39 || code === 0x2019));
  }
  return n;
}

/** An ellipsis opening a quote's content, after its mark and any blank: `…`, `...`, `. . .`. */
const OPENING_ELLIPSIS = /^[\s"“”„«»‘’']*(?:…|\.\s?\.\s?\.)/u;

/** Closing marks a quote's content may end with. */
const CLOSING_MARKS = new Set(['"', '“', '”', '„', '«', '»', '‘', '’', "'", '\uFFFD']);
const SENTENCE_END_MARKS = new Set(['.', '!', '?', '…']);
const EXCLAMATION_OR_QUESTION = new Set(['!', '?']);
/** Verbs of crying words out loud: what they quote was said, not a title. */
const CRYING_OUT = new Set(['chant', 'shout', 'yell', 'scream', 'holler', 'roar', 'cry', 'bellow', 'exclaim']);
const CLAUSE_END_MARKS = new Set([',', ';', ':', '—', '–', '-']);

/**
 * The content without the closing marks at its end and the blanks before them: what
 * `content.replace(/["“”„«»‘’'\uFFFD]+$/u, '').trimEnd()` gives, found from the end (the regex
 * tried every position of a long quote).
 */
function contentCore(content: string): string {
  let end = content.length;
  while (end > 0 && CLOSING_MARKS.has(content.charAt(end - 1))) end--;
  return content.slice(0, end).trimEnd();
}

/** `/[.!?…]$/u.test(core) || /[.!?]\)?$/u.test(core)`, read at the end only: a sentence's end, perhaps before a bracket. */
function endsSentenceMark(core: string): boolean {
  const last = core.charAt(core.length - 1);
  if (SENTENCE_END_MARKS.has(last)) return true;
  return last === ')' && core.length >= 2 && SENTENCE_END_MARKS.has(core.charAt(core.length - 2)) && core.charAt(core.length - 2) !== '…';
}

/** "The Art of the Deal", "Make America Great Again": every word of four letters or more capitalized. */
function isTitleCased(content: string): boolean {
  // One pass over the words with letters: a long word in lower case settles it at once.
  let words = false;
  let long = false;
  let shortCapitalized = true;
  for (const w of content.split(/[\s—–-]+/u)) {
    const shape = wordShape(w);
    if (shape === NO_LETTER) continue;
    words = true;
    if ((shape & LONG) !== 0) {
      if ((shape & CAPITALIZED) === 0) return false;
      long = true;
    } else if ((shape & CAPITALIZED) === 0) {
      shortCapitalized = false;
      // A title leaves its small function words in lower case ("The Art of the Deal"), never
      // a pronoun: `"Hello, it's the Biebs."`, `"Thank you Georgia"` are sentences.
      if (PRONOUN_LETTERS.has(lowerLetters(w))) return false;
    }
  }
  if (!long) return words && shortCapitalized;
  return !/[.!?]\s/u.test(content);
}

/**
 * Short pronouns, read by their letters (`it’s` → `its`, `I’m` → `im`): a title capitalizes
 * them ("Thank You Georgia"), so one in lower case marks a sentence.
 */
const PRONOUN_LETTERS = new Set(['i', 'im', 'ive', 'id', 'me', 'my', 'we', 'us', 'you', 'he', 'hes', 'him', 'his', 'she', 'her', 'it', 'its', 'our']);

/** The letters of a word in lower case: `it’s` → `its`, `N.Y.` → `ny`. */
function lowerLetters(w: string): string {
  return lowerCase(w.replace(/[^\p{L}]/gu, ''));
}

const NO_LETTER = 0;
const HAS_LETTER = 1;
/** More than three letters. */
const LONG = 2;
/** The first letter is a capital. */
const CAPITALIZED = 4;

/**
 * What isTitleCased asks of a word: whether it has a letter (`/\p{L}/u`), more than three
 * (`w.replace(/[^\p{L}]/gu, '').length > 3`), and a capital first (`/^[^\p{L}]*\p{Lu}/u`). An
 * ASCII word is read by its character codes, where the letters are A-Z and a-z; any other
 * goes to those regexes.
 */
function wordShape(w: string): number {
  let letters = 0;
  let capitalized = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 127) return wordShapeByRegex(w);
    const upper = c >= 65 && c <= 90;
    if (!upper && !(c >= 97 && c <= 122)) continue;
    if (letters === 0) capitalized = upper;
    letters++;
  }
  if (letters === 0) return NO_LETTER;
  return HAS_LETTER | (letters > 3 ? LONG : 0) | (capitalized ? CAPITALIZED : 0);
}

function wordShapeByRegex(w: string): number {
  if (!/\p{L}/u.test(w)) return NO_LETTER;
  return HAS_LETTER | (w.replace(/[^\p{L}]/gu, '').length > 3 ? LONG : 0) | (/^[^\p{L}]*\p{Lu}/u.test(w) ? CAPITALIZED : 0);
}
