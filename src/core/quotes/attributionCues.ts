import type { AnalyzedText } from '../text/analyzedText';
import type { FoundQuote } from './quoteFinder';
import { cueAfterQuote, reportingVerbBefore, signatureBelow, type SpeechCue } from './speechCues';
import type { Phrase } from './speakerPhrase';
import { pronounKind } from './referenceResolver';

/** What choosing a quote's cues reads of it: where it stands (first paragraph, how many it runs over), its kind, and the cues found next to it. */
export type CuedQuote = Pick<FoundQuote, 'start' | 'end' | 'paragraph' | 'paragraphs' | 'kind' | 'cueAfter' | 'cueBefore'>;

/**
 * The cues that may name a quote's speaker, best first (speakerResolver.ts tries them in
 * order). Read from the quote's own paragraphs and the line after them only, so the quote
 * finder works them out with its reading of the quote and the incremental annotator keeps
 * them with it (quoteReadingMemo.ts).
 */
export function attributionCues(doc: AnalyzedText, q: CuedQuote): Array<SpeechCue | null> {
  if (q.kind === 'indirect') return [q.cueBefore ?? q.cueAfter];
  if (q.kind === 'partial') {
    const paragraph = doc.paragraphs[q.paragraph];
    const before = reportingVerbBefore(doc, q.start, paragraph.start);
    // `…, "you have to take a cynical view," he said`: a cue right after the quote names whose
    // words they are. After a full stop inside the marks the sentence has ended, and with it
    // the speech it reports (`said the offer was "an insult." Haines warned …`); only a
    // pronoun opening the next sentence still most often goes on about the same speaker.
    const ended = before !== null && lastCharBeforeClosing(doc.text, q.start, q.end) === '.';
    // A credit line signs the words before it (`… all he has is "the root of all evil." ―
    // Ana Ruiz`), but not words a reporting verb gives to someone inside the writer's
    // sentence (`insisted that his party was "still the first force."--Ana Ruiz.` is the
    // writer's sign-off).
    const after = q.cueAfter ?? cueAfterQuote(doc, q.end, paragraph.end);
    // So too a source after them (`told him to "see a doctor," according to Reuters`): the
    // source vouches for the report, the reporting verb's subject said the words.
    if (after !== null && (isCreditDash(after.cue.text) || /^according\s+to$/iu.test(after.cue.text))) return before ? [before] : [after];
    if (q.cueAfter?.subject && (!ended || isLonePronoun(doc, q.cueAfter.subject))) return [q.cueAfter, before];
    return [before, after];
  }
  // A quote that ends its sentence was most likely introduced before it (`He said: "…."`).
  const endsSentence = endsWithSentenceMark(doc.text, q.start, q.end);
  const signature = q.cueAfter || q.cueBefore ? null : signatureBelow(doc, q.end, q.paragraph + q.paragraphs - 1);
  return endsSentence && q.cueBefore ? [q.cueBefore, q.cueAfter] : [q.cueAfter, q.cueBefore, signature];
}

/** The dash of a credit line (`― Ana Ruiz`, `-- Ana Ruiz`) as a cue's text. */
function isCreditDash(cue: string): boolean {
  return /^(?:[―—–-]|--)$/u.test(cue);
}

const CLOSING = new Set(["'", '"', '”', '’', '»']);
const SENTENCE_ENDS = new Set(['.', '!', '?']);

/**
 * The quote's last character before its closing marks and blanks ('' when there is none),
 * read from the end instead of by regexes that tried every position of a quote of many
 * paragraphs.
 */
export function lastCharBeforeClosing(text: string, start: number, end: number): string {
  let i = end;
  while (i > start && (CLOSING.has(text.charAt(i - 1)) || /\s/u.test(text.charAt(i - 1)))) i--;
  return i > start ? text.charAt(i - 1) : '';
}

/** The quote's last character before its closing marks and blanks ends a sentence. */
function endsWithSentenceMark(text: string, start: number, end: number): boolean {
  return SENTENCE_ENDS.has(lastCharBeforeClosing(text, start, end));
}

function isLonePronoun(doc: AnalyzedText, phrase: Phrase): boolean {
  return phrase.tokenEnd - phrase.tokenStart === 1 && pronounKind(doc.tokens[phrase.tokenStart].text) !== null;
}
