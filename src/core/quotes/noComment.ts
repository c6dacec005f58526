import type { AnalyzedText } from '../text/analyzedText';
import { sentenceIndexAt } from '../text/analyzedText';
import { nearbyTokenIndexAt } from '../text/nearbyTokenSearch';
import { lowersTo } from './caselessTests';
import { DECLINE_FORMS, isSpeechVerbAt, REFUSE_FORMS } from './reportingVerbs';

// `Reed did not respond to a request for comment.`, `A spokesman did not return calls.`,
// `Reed declined to comment.`, `Reed could not be reached for comment.`: the paper's note that
// someone said nothing. Such a sentence introduces no quotation after it, and whom it names is
// no speaker a "he" or "she" of the next quotation goes on with (speakerResolver.ts,
// referenceResolver.ts).

/**
 * The phrases of a note that someone gave no comment. Each alternative is a fixed run of
 * words with at most one optional adverb, so a test is linear in the text read.
 */
const NO_COMMENT = new RegExp(
  [
    // "did not respond to", "has not replied", "didn't immediately respond"
    String.raw`\b(?:did|does|do|has|have|had)(?:\s+not|n['’]t)\s+(?:immediately\s+|yet\s+|publicly\s+)?(?:respond|reply|replied|responded)\b`,
    // "did not return calls", "did not return repeated messages", "did not answer emails"
    String.raw`\b(?:did|does|do|has|have|had)(?:\s+not|n['’]t)\s+(?:immediately\s+)?(?:return|returned|answer|answered)\s+(?:(?:a|an|the|several|multiple|repeated|two|three|numerous|phone|telephone|email|e-mail|text|voice)\s+){0,2}(?:calls?|messages?|e-?mails?|requests?|inquiries|texts?|voicemails?)\b`,
    // "declined to comment", "refused to discuss the case", "declined further comment" (the
    // forms of "decline" and "refuse" of the lexicon, reportingVerbs.ts)
    String.raw`\b(?:${[...DECLINE_FORMS, ...REFUSE_FORMS].join('|')})\s+(?:to\s+(?:comment|respond|discuss|elaborate|answer|speak|be\s+interviewed)|further\s+comment|comment|an\s+interview|interview\s+requests?)\b`,
    // "could not be reached for comment", "could not immediately be reached"
    String.raw`\bcould(?:\s+not|n['’]t)\s+(?:immediately\s+)?be\s+(?:immediately\s+)?reached\b`,
    // "had no comment", "offered no immediate comment", "was not available for comment"
    String.raw`\b(?:had|has|have|offered|gave|made)\s+no\s+(?:immediate\s+|further\s+)?comment\b`,
    String.raw`\b(?:was|were|is|are)\s+not\s+(?:immediately\s+)?available\s+(?:for|to)\s+comment\b`,
    String.raw`\bunavailable\s+for\s+comment\b`,
  ].join('|'),
  'iu',
);

/**
 * A word every alternative of NO_COMMENT holds, with the same case folding: a text without
 * one is no note, told by this one test (about a tenth of NO_COMMENT's cost, and most
 * sentences hold none of them) before NO_COMMENT's many alternatives are tried at every word.
 */
const NO_COMMENT_WORD = /comment|respond|repl|return|answer|declin|refus|reached/iu;

/** NO_COMMENT.exec(text), with the cheap test first. */
function noCommentNote(text: string): RegExpExecArray | null {
  return NO_COMMENT_WORD.test(text) ? NO_COMMENT.exec(text) : null;
}

/** How far past a name its sentence is read for the note. */
const REACH = 240;

/**
 * The sentence holding offset `from` says, from there on, that someone gave no comment
 * (`Reed did not respond to a request for comment.`). Reads from `from` to the sentence's end,
 * REACH characters at most.
 */
export function noCommentFrom(doc: AnalyzedText, from: number): boolean {
  const s = sentenceIndexAt(doc, from);
  if (s < 0) return false;
  const end = Math.min(doc.sentences[s].end, from + REACH);
  if (end <= from) return false;
  const rest = doc.text.slice(from, end);
  const note = noCommentNote(rest);
  // `Smith said Reed did not respond`: a report before the note is the name's own words.
  return note !== null && !reportsBetween(doc, from, from + note.index);
}

/**
 * A verb of speech of the lexicon (reportingVerbs.ts), or "according to", between a name and
 * the note: the name spoke, the note is of someone else.
 */
function reportsBetween(doc: AnalyzedText, from: number, to: number): boolean {
  const { tokens } = doc;
  for (let i = Math.max(0, nearbyTokenIndexAt(doc, from)); i < tokens.length && tokens[i].start < to; i++) {
    if (tokens[i].start < from || tokens[i].kind !== 'word') continue;
    if (isSpeechVerbAt(tokens, i) || (lowersTo(tokens[i].text, 'according') && lowersTo(tokens[i + 1]?.text ?? '', 'to'))) return true;
  }
  return false;
}

/** The text from `start` to `end` (a sentence) is a note that someone gave no comment. */
export function saysNoComment(text: string, start: number, end: number): boolean {
  return noCommentNote(text.slice(start, Math.min(end, start + REACH * 2))) !== null;
}
