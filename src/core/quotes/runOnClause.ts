import type { AnalyzedText } from '../text/analyzedText';
import { sentenceIndexAt } from '../text/analyzedText';
import { CaselessWordSet } from '../text/caselessWordSet';
import { isWordChar } from './quotationMarks';

/** The reporter's words finishing a quoted clause are read this far at most (a bound, so the scan stays short). */
const MOST_RUN_ON = 300;

/**
 * Words that go on with the quoted clause rather than start the writer's own predicate:
 * prepositions and conjunctions that take a complement (`"We are horrified" by the
 * shooting`, `"it seems extremely unlikely" that Sanders can catch up`). Not "as", nor "and"
 * unless one of these follows it (`"The struggle continues" and vowing to …`, `"…" as he
 * promised`: the writer's sentence goes on), nor a verb (`"I am committed to manufacturing" sounds great`: the quote is the
 * writer's subject).
 */
const RUN_ON_LEADS = new CaselessWordSet([
  'about', 'against', 'at', 'because', 'before', 'between', 'by', 'despite', 'for', 'from', 'if', 'in', 'into',
  'of', 'on', 'over', 'since', 'than', 'that', 'to', 'toward', 'towards', 'unless', 'until', 'with', 'without',
]);

const COORDINATORS = new CaselessWordSet(['and', 'or', 'but']);

const SAYING_PLACES = new CaselessWordSet(['in', 'on', 'at']);

/** Words after such a preposition that make it the writer's time or place of the saying (`"…" on Wednesday night`). */
const SAYING_ADJUNCTS = new CaselessWordSet([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'a', 'an', 'twitter', 'facebook', 'tv', 'television',
  'camera', 'stage', 'tape',
]);

/**
 * `"We are frustrated and horrified" by the shooting, Nefzi said.`: a quote that closes in
 * the middle of its clause — a word right before the closing mark, and the sentence going
 * on with a preposition or conjunction that takes the rest of the clause — is finished by
 * the reporter in their own words; what the speaker is reported to have said is the whole
 * clause. The quote then ends where the clause does: at the first comma, dash, colon or
 * semicolon (before the cue that signs it: `, Nefzi said`), at the sentence's end, or before
 * the next quotation (`limit`). Returns the quote's end, unchanged where this does not hold.
 */
export function runOnClauseEnd(doc: AnalyzedText, start: number, end: number, contentEnd: number, limit: number): number {
  const { text } = doc;
  if (!isWordChar(text.charCodeAt(contentEnd - 1)) || text.charCodeAt(end) !== 0x20) return end;
  let at = end + 1;
  let lead = wordAt(text, at);
  // `"… numerous times" and against the gun law`: a conjunction joining a second complement.
  if (COORDINATORS.has(lead)) {
    at = skipSpaces(text, at + lead.length);
    lead = wordAt(text, at);
  }
  if (!RUN_ON_LEADS.has(lead)) return end;
  if (SAYING_PLACES.has(lead) && SAYING_ADJUNCTS.has(wordAt(text, skipSpaces(text, at + lead.length)))) return end;
  const s = sentenceIndexAt(doc, start);
  if (s < 0) return end;
  const stop = Math.min(doc.sentences[s].end, limit, end + MOST_RUN_ON);
  let last = end;
  for (let i = end; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2014 || c === 0x2013 || c === 0x28 || (c === 0x2d && text.charCodeAt(i + 1) === 0x2d)) break;
    if (c !== 0x20 && c !== 0xa0) last = i + 1;
  }
  return last;
}

function wordAt(text: string, from: number): string {
  let i = from;
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  return text.slice(from, i);
}

function skipSpaces(text: string, from: number): number {
  while (text.charCodeAt(from) === 0x20) from++;
  return from;
}
