import type { AnalyzedText } from '../text/analyzedText';
import { nearbyTokenIndexAt } from '../text/nearbyTokenSearch';
import { tokenIndexAtLeast, tokenIndexAtMost } from './cueWindow';
import type { Token } from '../text/tokenizer';
import type { Span } from '../types';
import { isRefusedAt, isReportingVerbAt, isSpeechActVerb, isSpeechVerbAt, isWeakSpeechVerbAt, takesListener } from './reportingVerbs';
import { nicknameMarksAt } from '../names/nicknameInMarks';
import { isCapitalizedToken, isInnerPeriod, isPassiveAt, isNounPosition, isVerbPosition, phraseAfterVerb, phraseBeforeVerb, sourceAfterAccordingTo, type Phrase } from './speakerPhrase';
import { lowerCase, lowersTo } from './caselessTests';
import { datelineEnd, timeStampEnd } from './datelineLead';

// The reporting cue next to a quotation and the phrase naming its speaker, for every order
// news copy uses:
//   after the quote   `"…," X said` · `"…," said X` · `"…," X, the title of Y, said`
//   before the quote  `X said: "…"` · `X said "…"` · `X told reporters on Monday that "…"` ·
//                     `According to X, "…"`
// A cue between two halves of one quote serves both: the first half finds it after itself,
// the second before itself.

export interface SpeechCue {
  cue: Span;
  /** The phrase naming the speaker, or null when the cue has none ("said in a statement"). */
  subject: Phrase | null;
  /** Token index of the verb (or of "according"). */
  verbToken: number;
  position: 'after' | 'before';
  /** The verb is a passive listener's (`was told`, `being warned`): who spoke is unsaid, and no neighbour is to be guessed. */
  unsaid?: true;
}

const AFTER_WINDOW = 32;
const BEFORE_WINDOW = 14;
/** How far back before a quote the subject of its cue may stand. */
const SUBJECT_WINDOW = 45;

/** Words that cannot open the subject of a cue after a quote (`"…" and then`, `"…" because`). */
const NOT_SUBJECT_START = /^(?:and|or|but|so|because|as|if|when|while|since|although|though|than|that|which|who|in|on|at|to|for|from|with|by|of|about|after|before|during|into|over|under|is|was|are|were|be|been|has|had|have|not|no|yes|this|these|those|there|here|then|now|just|also|even|only|very|more|most|said|says|told|asked|according)$/u;

/** Words that open a subordinate clause before its subject (`before the war began`, `until the vote ended`). */
const SUBORDINATORS_BEFORE_SUBJECT = new Set(['before', 'after', 'until', 'till', 'since', 'because', 'while', 'whereas', 'although', 'though', 'unless', 'once', 'whenever', 'if', 'when']);

function span(doc: AnalyzedText, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}

/** Quotation marks, each a token of its own (a set look-up: the clause before a quote is read back token by token for them). */
const QUOTATION_MARKS = new Set(['"', '“', '”', '„', '‟', '«', '»', '‘', '’', "'", '\uFFFD']);

/** A quotation mark at token `i` (none past the text's end: `… Merkel said ,` closing it); not the apostrophe of a plural possessive ("Sanders’ campaign manager"). */
function isMarkAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // Nor the marks of a nickname inside a name (`Marcia "Cia" Price said`).
  return t !== undefined && t.kind === 'punct' && QUOTATION_MARKS.has(t.text) && !isPossessiveApostrophe(tokens, i) && nicknameMarksAt(tokens, i) === null;
}

/** `’` or `'` glued to a word ending in s and followed by a lower-case word after a space. */
function isPossessiveApostrophe(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.text !== '’' && t.text !== "'") return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return prev !== undefined && prev.kind === 'word' && prev.end === t.start && /s$/iu.test(prev.text)
    && next !== undefined && next.kind === 'word' && next.start > t.end && /^\p{Ll}/u.test(next.text);
}

function isSentenceEnd(t: Token): boolean {
  return t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';';
}

/**
 * The cue right after a quote ending at `quoteEnd`, looking no further than `limit` (the next
 * quote or the paragraph end).
 */
function findCueAfterQuote(doc: AnalyzedText, quoteEnd: number, limit: number): SpeechCue | null {
  const { tokens } = doc;
  let i = nearbyTokenIndexAt(doc, quoteEnd);
  const last = tokenIndexAtMost(doc, limit, i, i + AFTER_WINDOW);
  // A pull quote signed with a dash: `"…" ― Karen Bobadilla.`, `"…" -- Ana Ruiz, nurse`.
  const signed = creditDashEnd(tokens, i, last);
  if (signed > i && signed < last && (isCapitalizedToken(tokens[signed]) || handleSubject(tokens, signed))) {
    const subject = handleSubject(tokens, signed) ?? phraseAfterVerb(doc, signed - 1, last);
    const next = subject ? tokens[subject.tokenEnd] : undefined;
    if (subject && (!next || next.start >= limit || /^[.,;(]$/u.test(next.text))) {
      return { cue: span(doc, tokens[i].start, tokens[signed - 1].end), subject, verbToken: signed - 1, position: 'after' };
    }
  }
  // `," he said`, `— said X`, `(said X)`: one piece of punctuation may sit between.
  while (i < last && tokens[i].kind === 'punct' && PUNCT_BEFORE_CUE.has(tokens[i].text)) i++;
  if (i >= last) return null;
  // `"…," according to a source close to the talks.`: the source after the quote.
  if (tokens[i].text.length === 9 && lowerCase(tokens[i].text) === 'according' && i + 1 < last && lowerCase(tokens[i + 1].text) === 'to') {
    const subject = sourceAfterAccordingTo(doc, i + 1, last);
    if (subject) return { cue: span(doc, tokens[i].start, tokens[i + 1].end), subject, verbToken: i, position: 'after' };
  }
  // Inverted: `"…," said X` / `"…," added Mr. Smith`.
  if (isVerbHere(tokens, i)) {
    // `"…," promising the club will return`: a participle's subject is not what follows it.
    const subject = /ing$/u.test(tokens[i].text) ? null : phraseAfterVerb(doc, i, last, true);
    // `"…," state Sen. Maria Lopez said`, `"…," noted economist Paul Krugman said`: with a
    // speech verb right after the phrase, the first word describes the speaker, not the cue.
    // Only before a name (`"…," wrote a man called X` and `"…," says she warned` keep their cue).
    const verbAfter = subject ? subject.tokenEnd : -1;
    const describes = subject !== null && verbAfter < last && !isCapitalizedToken(tokens[i]) && isCapitalizedToken(tokens[verbAfter - 1])
      && !/^(?:a|an|the|his|her|their|its|one|he|she|they|it|i|we)$/iu.test(tokens[i + 1]?.text ?? '') && isSpeechVerbAt(tokens, verbAfter) && isVerbHere(tokens, verbAfter);
    if (!describes) {
      return { cue: cueSpan(doc, i), subject, verbToken: i, position: 'after' };
    }
  }
  // Subject first: `"…," the senator from Ohio said`, `"…," Kristen Day, executive director, said`.
  const first = tokens[i];
  if (first.kind !== 'word') return null;
  const firstLower = lowerCase(first.text);
  if (!isCapitalizedToken(first) && NOT_SUBJECT_START.test(firstLower)) return null;
  const handsOn = endsWithComma(doc.text, quoteEnd);
  for (let j = i + 1; j < last; j++) {
    const t = tokens[j];
    if (isMarkAt(tokens, j) || isSentenceEnd(t) && !(t.text === '.' && isInnerPeriod(tokens, j))) return null;
    if (t.kind !== 'word' || !(isVerbHere(tokens, j) || (handsOn && closingPastForm(tokens, i, j, last)))) continue;
    // `"…." His office declined to comment.`: a refusal to speak is no cue of the words before it.
    if (isRefusedAt(tokens, j)) return null;
    const subject = phraseBeforeVerb(doc, j, i);
    if (!subject) return null;
    // `"…," the whistleblower, who asked not to be named, told The Times`: the verb of the
    // relative clause set off by commas says how the speaker is named; the cue is the verb after it.
    const main = subject.relative !== undefined ? verbAfterRelative(tokens, j, last) : -1;
    if (main > j) {
      j = main - 1;
      continue;
    }
    // `"…." His base was narrowing even before the war began`: a verb whose subject a
    // subordinating word opens is a subordinate clause's, no cue of the quote.
    if (subject.tokenStart > i && SUBORDINATORS_BEFORE_SUBJECT.has(lowerCase(tokens[subject.tokenStart - 1].text))) return null;
    // The subject stands right after the quote. `"Balanced Rebellion," stars an actor who
    // promises …` goes on with the writer's sentence: the quote is its subject, not speech.
    // A describing verb form before it ("noted economist X said") counts as part of the phrase.
    const described = subject.tokenStart === i + 1 && isVerbHere(tokens, i);
    if (subject.tokenStart > i && !described && !isCapitalizedToken(first) && !/^(?:a|an|the|his|her|their|its|one|two|three|several|many|some)$/iu.test(firstLower)) return null;
    if (endsWithSentence(doc.text, quoteEnd) && !cueEndsHere(tokens, j, last)) return null;
    return { cue: cueSpan(doc, j), subject, verbToken: j, position: 'after' };
  }
  return null;
}

/** How many tokens a relative clause set off after a speaker may run: `, who asked not to be named,`. */
const RELATIVE_REACH = 12;

/**
 * The index of the speech verb right after the comma that closes the relative clause whose
 * verb is at `verb` (`who asked not to be named, told`), or -1 where no such verb follows.
 */
function verbAfterRelative(tokens: Token[], verb: number, last: number): number {
  for (let c = verb + 1; c < last && c <= verb + RELATIVE_REACH; c++) {
    const t = tokens[c];
    if (isMarkAt(tokens, c) || isSentenceEnd(t) && !(t.text === '.' && isInnerPeriod(tokens, c))) return -1;
    if (t.text !== ',') continue;
    return c + 1 < last && isVerbHere(tokens, c + 1) ? c + 1 : -1;
  }
  return -1;
}

/**
 * The dash of a credit line at token `i` (`― Name`, `— Name`, `-- Name`, a typewriter's dash
 * of two hyphens): the index of the token after it, or -1. A single hyphen only where `single`.
 */
function creditDashEnd(tokens: Token[], i: number, last: number, single = false): number {
  const t = tokens[i];
  if (i >= last || t.kind !== 'punct') return -1;
  if (/^[―—–]$/u.test(t.text)) return i + 1;
  if (t.text !== '-') return -1;
  const second = tokens[i + 1];
  if (i + 1 < last && second.text === '-' && second.start === t.end) return i + 2;
  return single ? i + 1 : -1;
}

/** A post signed with its handle alone: `— @anaruiz`. */
function handleSubject(tokens: Token[], i: number): Phrase | null {
  const at = tokens[i];
  const word = tokens[i + 1];
  return at?.text === '@' && word?.kind === 'word' && word.start === at.end ? { start: at.start, end: word.end, tokenStart: i, tokenEnd: i + 2 } : null;
}

/**
 * A credit line right after a quote ending at `quoteEnd` in paragraph `paragraph`: a dash and a
 * few words ending the paragraph (`"…" ― Ana Ruiz, nurse`), or a paragraph of its own after
 * the quote's (`"…"` / `-- Ana Ruiz`). However its words read, they name the quote's speaker,
 * and no one before the quote goes on speaking in it.
 */
export function creditLineAfter(doc: AnalyzedText, quoteEnd: number, paragraph: number): boolean {
  const here = doc.paragraphs[paragraph];
  if (!here) return false;
  const { tokens } = doc;
  let from = nearbyTokenIndexAt(doc, quoteEnd);
  let end = nearbyTokenIndexAt(doc, here.end);
  let single = false;
  if (from >= end) {
    const next = doc.paragraphs[paragraph + 1];
    if (!next) return false;
    from = nearbyTokenIndexAt(doc, next.start);
    end = nearbyTokenIndexAt(doc, next.end);
    single = true;
  }
  const signed = from < tokens.length ? creditDashEnd(tokens, from, end, single) : -1;
  if (signed < 0 || signed >= end || !(isCapitalizedToken(tokens[signed]) || handleSubject(tokens, signed)) || /^(?:a|an|the)$/iu.test(tokens[signed].text)) return false;
  // `– An immigrant himself –`: a heading set between dashes, not a credit.
  if (/^[―—–-]$/u.test(tokens[end - 1].text) || (tokens[end - 1].text === '.' && /^[―—–-]$/u.test(tokens[end - 2]?.text ?? ''))) return false;
  for (let h = signed; h < end && h < signed + 8; h++) {
    if (handleAt(tokens, h)) {
      end = h;
      break;
    }
  }
  if (end - from > 12) return false;
  // A name and its description, not a sentence (`"…" — That was his promise. He left.`).
  for (let k = signed; k < end - 1; k++) if (isSentenceEnd(tokens[k]) && !(tokens[k].text === '.' && isInnerPeriod(tokens, k))) return false;
  return true;
}

/** `(@handle)` after a name: a post's credit line (`— Ana Ruiz (@anaruiz) March 3, 2024`). */
function handleAt(tokens: Token[], i: number): boolean {
  return tokens[i]?.text === '(' && tokens[i + 1]?.text === '@' && tokens[i + 2]?.kind === 'word' && tokens[i + 3]?.text === ')';
}

/** What may stand between a quote and its cue after it. */
const PUNCT_BEFORE_CUE = new Set([',', '—', '–', '-', '(']);

/** The quote's words end a sentence: `"We are refugees."`, `"Why?"`. */
/** A comma inside the closing marks (`"…," she …`): the sentence goes on to say who spoke. */
function endsWithComma(text: string, quoteEnd: number): boolean {
  let i = quoteEnd - 1;
  while (i >= 0 && i > quoteEnd - 4 && /["“”’'»\s]/u.test(text.charAt(i))) i--;
  return i < quoteEnd - 1 && text.charAt(i) === ',';
}

/**
 * `"France will always be France," an angry Hollande retaliated.`, `"…," she laughed.`: after a
 * comma inside the marks, a past form in -ed that ends the sentence a few words on is the
 * cue, whatever the verb: the comma hands the sentence to the one who spoke.
 */
function closingPastForm(tokens: Token[], i: number, j: number, last: number): boolean {
  const t = tokens[j];
  if (j - i > 5 || j - i < 1 || !/^\p{Ll}{3,}ed$/u.test(t.text)) return false;
  // Someone speaks: a name, a pronoun or a phrase with an article (not "…," nothing changed).
  if (!isCapitalizedToken(tokens[i]) && !/^(?:a|an|the|he|she|they|his|her)$/u.test(tokens[i].text)) return false;
  const next = tokens[j + 1];
  return next === undefined || j + 1 >= last || next.text === '.' || next.text === '!';
}

function endsWithSentence(text: string, quoteEnd: number): boolean {
  let i = quoteEnd - 1;
  while (i >= 0 && i > quoteEnd - 4 && /["“”’'»\s]/u.test(text.charAt(i))) i--;
  return /[.!?]/u.test(text.charAt(i));
}

/** Words that may follow a cue that closes its sentence: `he said in a statement`, `she said Tuesday`. */
const AFTER_CLOSING_CUE = /^(?:in|on|at|during|after|before|with|to|from|of|about|via|through|outside|inside|while|as|when|out|back|up|aloud|later|earlier|afterward|afterwards|again|then|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|recently|simply|quietly|softly|flatly|bluntly)$/iu;

/**
 * After a quote that ended its sentence, a subject and verb are its cue only when the sentence
 * ends with them (`"We won." Smith said.`, `"Why?" she asked reporters.`). Otherwise they open
 * a sentence of their own: `"We are not terrorists." Mr. Zahed said: "…"`, `He added, "…"`,
 * `Reid said both men are …`, `She noted a planned rally …`.
 */
function cueEndsHere(tokens: Token[], verb: number, last: number): boolean {
  const next = tokens[verb + 1];
  if (next === undefined || verb + 1 >= last) return true;
  if (next.kind === 'punct') {
    if (next.text === ':' || isMarkAt(tokens, verb + 1)) return false;
    if (next.text === ',') return !isMarkAt(tokens, verb + 2) && !leadsOnToReport(tokens, verb + 2, last);
    return true;
  }
  if (next.kind !== 'word') return false;
  if (AFTER_CLOSING_CUE.test(next.text) || /^[a-z]{3,}ly$/u.test(next.text)) return true;
  // `she told reporters.`, `he told Reuters on Monday.`: the listener.
  return takesListener(tokens[verb].text) && isListenerThenEnd(tokens, verb + 1, last);
}

/** How far past `said,` an aside may run before the clause it introduces (`said, without evidence, that`). */
const ASIDE_TOKENS = 10;

/**
 * `She also said, without evidence, that "…"`: after the comma an aside and then the reported
 * clause or quote, so the verb opens a sentence of its own rather than closing the one before.
 * A participle right after the comma (`Smith said, adding that …`) is a second act of the
 * same speaker: the cue still ends at the verb.
 */
function leadsOnToReport(tokens: Token[], from: number, last: number): boolean {
  const first = tokens[from];
  if (first === undefined || first.kind === 'word' && /ing$/u.test(first.text)) return false;
  for (let k = from; k < last && k < from + ASIDE_TOKENS; k++) {
    const t = tokens[k];
    if (isMarkAt(tokens, k) || t.kind === 'word' && lowersTo(t.text, 'that')) return true;
    if (t.kind === 'punct' && /^[.!?;]$/u.test(t.text)) return false;
  }
  return false;
}

/** A short listener phrase ("reporters", "the Associated Press") and then the sentence end or an adjunct. */
function isListenerThenEnd(tokens: Token[], from: number, last: number): boolean {
  for (let k = from; k < last && k < from + 5; k++) {
    const t = tokens[k];
    if (t.kind === 'punct') return /^[.!?;]$/u.test(t.text) || t.text === ',' && !isMarkAt(tokens, k + 1);
    if (k > from && AFTER_CLOSING_CUE.test(t.text) && !isCapitalizedToken(t)) return true;
  }
  return false;
}

/**
 * The cue right before a quote starting at `quoteStart`, looking no further back than `floor`
 * (the previous quote or the paragraph start).
 */
function findCueBeforeQuote(doc: AnalyzedText, quoteStart: number, floor: number): SpeechCue | null {
  const { tokens } = doc;
  let k = nearbyTokenIndexAt(doc, quoteStart) - 1;
  // Only read above both windows back from the quote (k drops by one at most below).
  const floorToken = tokenIndexAtLeast(doc, floor, k + 1, k - 1 - Math.max(BEFORE_WINDOW, SUBJECT_WINDOW));
  const lowest = Math.max(floorToken, k - BEFORE_WINDOW);
  if (k < lowest) return null;
  if (tokens[k].text === ':' || tokens[k].text === ',') k--;
  // The clause the quote belongs to starts after the last sentence end or quotation mark. The
  // verb is looked for near the quote; its subject may stand further back, past a long
  // appositive or the phrase a participle follows ("Clinton seemed ready to riff on the
  // incident in Iowa, telling the crowd, "…"").
  let subjectFloor = clauseStartBefore(tokens, k, Math.max(floorToken, k - SUBJECT_WINDOW));
  // "10:40 GMT A spokesperson told us: "…"": a live blog's time stamp is no part of the subject.
  if (subjectFloor < k) subjectFloor = Math.min(k, timeStampEnd(tokens, { start: tokens[subjectFloor].start, end: tokens[k].end, tokenStart: subjectFloor, tokenEnd: k + 1 }));
  const clauseStart = Math.max(subjectFloor, lowest);
  // A heading signed with its author: `Pollsters agree - Carl Bialik: "…"`.
  if (tokens[k + 1]?.text === ':') {
    let m = k;
    while (m > clauseStart && m > k - 5 && (isCapitalizedToken(tokens[m - 1]) || tokens[m - 1].text === '.' && isInnerPeriod(tokens, m - 1))) m--;
    if (m > clauseStart && isCapitalizedToken(tokens[m]) && /^[-–—―]$/u.test(tokens[m - 1].text)) {
      const subject = phraseBeforeVerb(doc, k + 1, m);
      if (subject) return { cue: cueSpan(doc, k + 1), subject, verbToken: k + 1, position: 'before' };
    }
  }
  // "According to X, "…"".
  for (let j = k; j >= clauseStart; j--) {
    // By length first: lower-casing never shortens a word, nor lengthens one into "according".
    if (tokens[j].text.length === 9 && lowerCase(tokens[j].text) === 'according' && lowerCase(tokens[j + 1]?.text ?? '') === 'to') {
      const subject = sourceAfterAccordingTo(doc, j + 1, k + 1);
      return { cue: span(doc, tokens[j].start, tokens[j + 1].end), subject, verbToken: j, position: 'before' };
    }
  }
  // "in her words, "…"", "in Forbes’ own words, "…"": the owner of the words speaks.
  const owner = ownerOfWords(tokens, k, clauseStart);
  if (owner > 0) {
    return { cue: span(doc, tokens[owner - 1].start, tokens[k].end), subject: { start: tokens[owner].start, end: tokens[owner].end, tokenStart: owner, tokenEnd: owner + 1 }, verbToken: owner - 1, position: 'before' };
  }
  for (let j = k; j >= clauseStart; j--) {
    const t = tokens[j];
    if (t.kind !== 'word' || !(isVerbHere(tokens, j) || isReportingVerbAt(tokens, j) && j >= k - 1 && isVerbPosition(tokens, j) && !isNounPosition(tokens, j))) continue;
    // "who told Congress when asked about it:": the asking is someone else's; the cue is before.
    if (/^(?:when|if|after|before|once|until|unless)$/iu.test(tokens[j - 1]?.text ?? '') && /ed$/u.test(t.text)) continue;
    // "She took her phone everywhere she went, "sending emails …"": a weak verb ("went") in a
    // clause of place is a going, not a saying.
    if (!isSpeechVerbAt(tokens, j) && inClauseOfPlace(tokens, j, clauseStart)) continue;
    // Commas between the verb and the quote are fine only right before it (`said, "…"`).
    for (let m = j + 1; m < k; m++) if (tokens[m].text === ',') return null;
    // After "told", "urged", "asked" stands the listener ("told her supporters, "…""), never the speaker.
    const subject = phraseBeforeVerb(doc, j, subjectFloor) ?? (j + 1 <= k && !takesListener(t.text) ? phraseAfterVerb(doc, j, k + 1) : null);
    return { cue: cueSpan(doc, j), subject, verbToken: j, position: 'before' };
  }
  // A name and a colon, as in headlines and transcripts: `Trump: "…"`, `Sen. Ted Cruz: "…"`.
  const colon = k + 1;
  if (tokens[colon]?.text === ':' && colon - clauseStart <= 6 && colon > clauseStart && isCapitalizedToken(tokens[colon - 1])) {
    const subject = phraseBeforeVerb(doc, colon, clauseStart);
    // "Review: ‘The Salt Road’ is …", "Analysis: …": a headline's kicker names its genre, no speaker.
    if (subject && subject.tokenEnd - subject.tokenStart === 1 && HEADLINE_KICKERS.has(tokens[subject.tokenStart].text)) return null;
    if (subject && subject.tokenStart === clauseStart) return { cue: cueSpan(doc, colon), subject, verbToken: colon, position: 'before' };
  }
  return null;
}

/** Words a headline opens with, before a colon, to say what kind of piece it is. */
const HEADLINE_KICKERS = new Set([
  'Review', 'Analysis', 'Opinion', 'Exclusive', 'Explainer', 'Factbox', 'Comment', 'Editorial', 'Commentary', 'Preview',
  'Recap', 'Obituary', 'Profile', 'Feature', 'Breaking', 'Update', 'Watch', 'Listen', 'Podcast', 'Video', 'Photos', 'Live',
]);

/** Possessives that may own "words" in "in her words": a pronoun or a name's possessive. */
const OWNING_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

/** `in <owner> [own] words` ending at token `k` (not before `floor`): the owner's token index, or -1. */
function ownerOfWords(tokens: Token[], k: number, floor: number): number {
  if (!lowersTo(tokens[k]?.text ?? '', 'words')) return -1;
  let owner = lowersTo(tokens[k - 1]?.text ?? '', 'own') ? k - 2 : k - 1;
  // "Forbes’ words": the apostrophe of a plural possessive is a token of its own.
  if (owner > floor && (tokens[owner].text === '’' || tokens[owner].text === "'") && tokens[owner - 1].end === tokens[owner].start) owner--;
  if (owner - 1 < floor || !lowersTo(tokens[owner - 1].text, 'in')) return -1;
  const t = tokens[owner];
  const possessive = /['’]s$/u.test(t.text) || tokens[owner + 1] !== undefined && tokens[owner + 1].kind === 'punct' && tokens[owner + 1].start === t.end;
  return t.kind === 'word' && (OWNING_PRONOUNS.has(lowerCase(t.text)) || (isCapitalizedToken(t) && possessive)) ? owner : -1;
}

/** The first token of the clause ending at token `k`: after the last sentence end or quotation mark, not before `lowest`. */
function clauseStartBefore(tokens: Token[], k: number, lowest: number): number {
  let start = k + 1;
  while (start - 1 >= lowest && !isSentenceEnd(tokens[start - 1]) && !isMarkAt(tokens, start - 1)) start--;
  if (start - 1 >= lowest && tokens[start - 1].text === '.' && isInnerPeriod(tokens, start - 1)) {
    while (start - 1 >= lowest && !isMarkAt(tokens, start - 1) && !(isSentenceEnd(tokens[start - 1]) && !isInnerPeriod(tokens, start - 1))) start--;
  }
  return start;
}

/**
 * A reporting verb and its subject in the sentence `sentence` (outside quotations), or the
 * sentence's subject when the sentence introduces what follows with a colon.
 */
/** Participles of asking that open a sentence as a phrase of their own (`Asked about …, he …`). */
const FRONTED_ASKING = new Set(['Asked', 'Pressed', 'Questioned', 'Quizzed', 'Challenged']);

function findCueInSentence(doc: AnalyzedText, sentence: number, isQuoted: (offset: number) => boolean): SpeechCue | null {
  const s = doc.sentences[sentence];
  if (!s) return null;
  const { tokens } = doc;
  // The end of a long sentence is where its cue for what follows stands; reading only that
  // part keeps the work per quote constant.
  for (let j = Math.max(s.tokenStart, s.tokenEnd - 60); j < s.tokenEnd; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || !isSpeechVerbAt(tokens, j) || !isVerbPosition(tokens, j) || isNounPosition(tokens, j) || isQuoted(t.start)) continue;
    // `Asked whether the firm would sell, she laughed.`: a participle of asking opening the
    // sentence has the main clause's subject as its own, never the words after it.
    if (j === s.tokenStart && FRONTED_ASKING.has(t.text)) continue;
    const subject = phraseBeforeVerb(doc, j, s.tokenStart) ?? phraseAfterVerb(doc, j, s.tokenEnd);
    if (subject) return { cue: cueSpan(doc, j), subject, verbToken: j, position: 'before' };
  }
  return null;
}

/** The nearest reporting verb before `offset` in its sentence, for partial quotes. */
function findReportingVerbBefore(doc: AnalyzedText, offset: number, floor: number): SpeechCue | null {
  const { tokens } = doc;
  const from = nearbyTokenIndexAt(doc, offset);
  // Only read above the verb's window and its sentence's start before it (j > from - 60, sentenceStart > j - 40).
  const floorToken = tokenIndexAtLeast(doc, floor, from, from - 100);
  for (let j = from - 1; j >= floorToken && j > from - 60; j--) {
    const t = tokens[j];
    if (isSentenceEnd(t) && !(t.text === '.' && isInnerPeriod(tokens, j))) break;
    // `According to Dino, the former president "was not a spectator"`: a source opening the sentence, set off by its comma, vouches for all of it.
    // (By length first: lower-casing never shortens a word, nor lengthens one into "according".)
    if (t.text.length === 9 && lowerCase(t.text) === 'according') {
      const source = accordingToOpening(doc, j, from, floorToken);
      if (source) return source;
      continue;
    }
    if (t.kind !== 'word' || !isReportingVerbAt(tokens, j) || !isVerbPosition(tokens, j) || isNounPosition(tokens, j)) continue;
    // `said the package would help the island maintain "a solid self-defence capability"`: a bare infinitive after "help", "let" or
    // "make" and its object is what the object is to do, no one's speech; the verb of speech is further back.
    if (afterCausative(tokens, j)) continue;
    // `had claimed for first-class rail travel "on at least 60 occasions"`: claiming money is no speech.
    if (/^claim/iu.test(t.text) && /^(?:for|back|£|\$|€)$/u.test(tokens[j + 1]?.text ?? '')) continue;
    let sentenceStart = j;
    while (sentenceStart - 1 >= floorToken && sentenceStart > j - 40 && !(isSentenceEnd(tokens[sentenceStart - 1]) && !isInnerPeriod(tokens, sentenceStart - 1))) sentenceStart--;
    // "JOHANNESBURG, Nov 23 (Reuters) - Ramaphosa …, saying …": the dateline is no subject.
    if (sentenceStart < j) sentenceStart = Math.min(j, datelineEnd(tokens, { start: tokens[sentenceStart].start, end: tokens[j].end, tokenStart: sentenceStart, tokenEnd: j + 1 }));
    // `Peskov said Moscow would respond to any further strikes "accordingly"`: a verb after a modal inside what a verb of speech
    // before it reports is what the clause says will be done; the words in marks are that speaker's.
    const modal = MODALS.has(lowerCase(tokens[j - 1]?.text ?? '')) ? speechVerbAround(doc, j - 1, sentenceStart) : null;
    if (modal) return modal;
    const outer = isSpeechVerbAt(tokens, j) || isSpeechActVerb(t.text) ? null : speechVerbAround(doc, j, sentenceStart);
    if (outer) return outer;
    // `recalled being told she "would make a fine nurse"`, `had been warned the road was "unsafe"`:
    // a passive listener verb's subject heard the words; the speaker is unsaid, or named after
    // "by" (`was told by a consultant that …`).
    // `Oz has been called a "quack"`, `being described as a "real woman"`: any passive of speech
    // leaves its speaker unsaid, or names them after "by"; the subject is whom it was said of.
    if (passiveListenerAt(tokens, j) || isPassiveAt(tokens, j, sentenceStart)) {
      const agent = lowersTo(tokens[j + 1]?.text ?? '', 'by') ? phraseAfterVerb(doc, j + 1, from, true) : null;
      return agent ? { cue: cueSpan(doc, j), subject: agent, verbToken: j, position: 'before' } : { cue: cueSpan(doc, j), subject: null, verbToken: j, position: 'before', unsaid: true };
    }
    const subject = phraseBeforeVerb(doc, j, sentenceStart);
    return { cue: cueSpan(doc, j), subject, verbToken: j, position: 'before' };
  }
  return null;
}

const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * What a passive listener verb is told about, not what was said to it: `was warned about the
 * gunman`, `was challenged over his statement that "…"` (the words are then the statement's maker's).
 */
const ABOUT_PREPOSITIONS = new Set(['about', 'over', 'on', 'for', 'in', 'at', 'with', 'from', 'after', 'during', 'regarding', 'of']);

/** Token `j` is a listener verb's past participle after a form of "be" (`was told`, `being warned`), not followed by what it was about. */
function passiveListenerAt(tokens: Token[], j: number): boolean {
  return PASSIVE_AUXILIARIES.has(lowerCase(tokens[j - 1]?.text ?? '')) && takesListener(tokens[j].text) && /\p{Ll}ed$|^told$/u.test(tokens[j].text)
    && !ABOUT_PREPOSITIONS.has(lowerCase(tokens[j + 1]?.text ?? ''));
}

const MODALS = new Set(['would', 'will', 'could', 'can', 'should', 'may', 'might', 'must', 'shall']);

const CAUSATIVES = new Set(['help', 'helps', 'helped', 'helping', 'let', 'lets', 'letting', 'make', 'makes', 'made', 'making']);

/** Token j, a verb in its bare form, follows "help"/"let"/"make" and an object of one to four words. */
function afterCausative(tokens: Token[], j: number): boolean {
  if (!/^\p{Ll}+$/u.test(tokens[j].text) || /(?:s|ed|ing)$/u.test(tokens[j].text)) return false;
  for (let k = j - 2; k >= 0 && k >= j - 5; k--) {
    if (tokens[k + 1].kind !== 'word') return false;
    if (tokens[k].kind === 'word' && CAUSATIVES.has(lowerCase(tokens[k].text))) return true;
  }
  return false;
}

/**
 * "According to X," opening its sentence (token `j` is "according"), with the comma that closes the
 * source before token `before`: the cue, its subject the source; else null.
 */
function accordingToOpening(doc: AnalyzedText, j: number, before: number, floorToken: number): SpeechCue | null {
  const { tokens } = doc;
  if (lowerCase(tokens[j + 1]?.text ?? '') !== 'to' || !(j === floorToken || (isSentenceEnd(tokens[j - 1]) && !isInnerPeriod(tokens, j - 1)))) return null;
  let comma = j + 2;
  while (comma < before && comma < j + 12 && tokens[comma].text !== ',') comma++;
  if (comma >= before || tokens[comma].text !== ',') return null;
  const subject = sourceAfterAccordingTo(doc, j + 1, comma);
  return subject ? { cue: span(doc, tokens[j].start, tokens[j + 1].end), subject, verbToken: j, position: 'before' } : null;
}

/**
 * `Trump says he doesn't watch football because the NFL has gone “soft”`: the verb nearest a
 * partial quote is no verb of speech ("gone", "thinks") but a verb inside the clause a speech
 * verb before it reports; the words in marks are that speaker's. Returns the cue of that
 * speech verb (with a subject) between `sentenceStart` and token `inner`, or null. Not past a
 * comma after a relative speaker (`Lee, who says little, …`): that clause has closed.
 */
function speechVerbAround(doc: AnalyzedText, inner: number, sentenceStart: number): SpeechCue | null {
  const { tokens } = doc;
  let comma = false;
  for (let j = inner - 1; j >= sentenceStart; j--) {
    const t = tokens[j];
    if (t.text === ',') comma = true;
    if (isMarkAt(tokens, j)) return null;
    if (t.kind !== 'word' || !isSpeechVerbAt(tokens, j) || !isVerbPosition(tokens, j) || isNounPosition(tokens, j)) continue;
    const subject = phraseBeforeVerb(doc, j, sentenceStart);
    if (!subject || (comma && subject.relative !== undefined)) return null;
    return { cue: cueSpan(doc, j), subject, verbToken: j, position: 'before' };
  }
  return null;
}

function isVerbHere(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t.kind === 'word' && (isSpeechVerbAt(tokens, i) || isWeakSpeechVerbAt(tokens, i)) && isVerbPosition(tokens, i) && !isNounPosition(tokens, i);
}

function cueSpan(doc: AnalyzedText, verb: number): Span {
  const t = doc.tokens[verb];
  return span(doc, t.start, t.end);
}

/**
 * A quote closing its paragraph, signed in the next one: `"…"` / `- Bernie Sanders.` (fact
 * checks, collected quotes). The signature is a dash and a short name, nothing else.
 */
export function signatureBelow(doc: AnalyzedText, quoteEnd: number, paragraph: number): SpeechCue | null {
  const here = doc.paragraphs[paragraph];
  const next = doc.paragraphs[paragraph + 1];
  if (!here || !next) return null;
  // Only white space after the quote in its paragraph (stops at the first other character).
  for (let i = quoteEnd; i < here.end; i++) if (!/\s/u.test(doc.text.charAt(i))) return null;
  const { tokens } = doc;
  const dash = nearbyTokenIndexAt(doc, next.start);
  let end = nearbyTokenIndexAt(doc, next.end);
  const signed = dash < tokens.length ? creditDashEnd(tokens, dash, end, true) : -1;
  if (signed < 0) return null;
  // A post's credit line goes on with its handle and date: `— Ana Ruiz (@anaruiz) March 3, 2024`.
  for (let h = signed; h < end && h < signed + 8; h++) {
    if (handleAt(tokens, h)) {
      end = h;
      break;
    }
  }
  if (end - dash > 12) return null;
  const subject = handleSubject(tokens, signed) ?? phraseAfterVerb(doc, signed - 1, end);
  if (!subject || !(isCapitalizedToken(tokens[subject.tokenStart]) || tokens[subject.tokenStart].text === '@') || /^(?:a|an|the)$/iu.test(tokens[subject.tokenStart].text)) return null;
  return { cue: span(doc, tokens[dash].start, tokens[signed - 1].end), subject, verbToken: signed - 1, position: 'after' };
}

/** The cue right after a quote ending at `quoteEnd`, looking no further than `limit`. */
export function cueAfterQuote(doc: AnalyzedText, quoteEnd: number, limit: number): SpeechCue | null {
  return quotedAsSaying(doc, findCueAfterQuote(doc, quoteEnd, limit));
}

/** The cue right before a quote starting at `quoteStart`, looking no further back than `floor`. */
export function cueBeforeQuote(doc: AnalyzedText, quoteStart: number, floor: number): SpeechCue | null {
  return quotedAsSaying(doc, findCueBeforeQuote(doc, quoteStart, floor));
}

/** A reporting verb and its subject in sentence `sentence`, outside quotations. */
export function cueInSentence(doc: AnalyzedText, sentence: number, isQuoted: (offset: number) => boolean): SpeechCue | null {
  return quotedAsSaying(doc, findCueInSentence(doc, sentence, isQuoted));
}

/** The nearest reporting verb before `offset` in its sentence, for partial quotes. */
export function reportingVerbBefore(doc: AnalyzedText, offset: number, floor: number): SpeechCue | null {
  return quotedAsSaying(doc, findReportingVerbBefore(doc, offset, floor));
}

/**
 * `the newspaper quoted him as saying`: the speaker is the one quoted, not the quoter.
 * The cue becomes the whole phrase "quoted … as saying".
 */
function quotedAsSaying(doc: AnalyzedText, cue: SpeechCue | null): SpeechCue | null {
  if (!cue) return cue;
  const { tokens } = doc;
  let quoted = -1;
  let as = -1;
  const v = cue.verbToken;
  const lower = (i: number): string => lowerCase(tokens[i]?.text ?? '');
  // By length first: the cue's verb is seldom a form of "quote" or "saying".
  const verb = tokens[v]?.text ?? '';
  if ((verb.length === 6 || verb.length === 7) && /^quot(?:ed|ing|es)$/u.test(lower(v))) {
    for (let i = v + 1; i < tokens.length && i <= v + 8; i++) {
      if (lower(i) === 'as' && lower(i + 1) === 'saying') {
        quoted = v;
        as = i;
        break;
      }
    }
  } else if (lowersTo(verb, 'saying') && lower(v - 1) === 'as') {
    for (let i = v - 2; i >= 0 && i >= v - 9; i--) {
      if (/^quot(?:ed|ing|es)$/u.test(lower(i))) {
        quoted = i;
        as = v - 1;
        break;
      }
    }
  }
  if (quoted < 0) return cue;
  const subject = phraseAfterVerb(doc, quoted, as);
  return { ...cue, cue: span(doc, tokens[quoted].start, tokens[as + 1].end), subject: subject ?? cue.subject, verbToken: quoted };
}

/** Words opening a clause of place: "everywhere she went", "wherever the senator goes". */
const PLACE_CLAUSE_OPENERS = new Set(['where', 'everywhere', 'wherever', 'anywhere', 'nowhere']);
/** The most words of a subject between such a word and its verb ("everywhere the new senator went"). */
const PLACE_CLAUSE_SUBJECT_WORDS = 4;

/** Verb `j` has a clause of place's opener a short subject before it, within its clause. */
function inClauseOfPlace(tokens: Token[], j: number, clauseStart: number): boolean {
  for (let m = j - 2; m >= clauseStart && m >= j - 1 - PLACE_CLAUSE_SUBJECT_WORDS; m--) {
    if (tokens[m].kind !== 'word') return false;
    if (PLACE_CLAUSE_OPENERS.has(lowerCase(tokens[m].text))) return true;
  }
  return false;
}
