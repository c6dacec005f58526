import type { AnalyzedText } from '../text/analyzedText';
import type { FoundQuote } from './quoteFinder';
import { nearbyTokenIndexAt } from '../text/nearbyTokenSearch';
import { isSpeechVerb } from './reportingVerbs';

/** The label of a paragraph read as `Q. …` or `A. …` (indirectSpeechFinder.ts), or null. */
function stopLabelOf(text: string, q: FoundQuote): 'Q' | 'A' | null {
  const cue = q.cueBefore;
  if (q.kind !== 'indirect' || !cue || !cue.subject || cue.cue.text !== '.' || cue.subject.end !== cue.cue.start) return null;
  const label = text.slice(cue.subject.start, cue.subject.end);
  return label === 'Q' ? 'Q' : label === 'A' ? 'A' : null;
}

/**
 * Paragraphs opening `Q. …` / `A. …` are an interview's questions and answers only in a text
 * that prints both, a question before an answer: elsewhere a paragraph may open with an
 * initial (`A. Philip Randolph founded …`) or an item of a list (`A. The first option …`).
 * The paragraphs are read one by one (indirectSpeechByParagraph.ts); this asks the whole text.
 */
export function keepInterviewLabels(text: string, reported: FoundQuote[]): FoundQuote[] {
  let labelled = false;
  let question = false;
  let interview = false;
  for (const q of reported) {
    const label = stopLabelOf(text, q);
    if (label === null) continue;
    labelled = true;
    if (label === 'Q') question = true;
    else if (question) interview = true;
  }
  if (!labelled || interview) return reported;
  return reported.filter((q) => stopLabelOf(text, q) === null);
}

/**
 * An interview's answer often runs over several paragraphs, only the first labelled
 * (`A: It's a big mistake. …` then `At any rate, back to your question, …`); a transcript's
 * turn likewise (`SMITH: …` then more of Smith's words). In a text whose labels recur (an
 * interview, a transcript; not an article's sections headed `Jeb Bush: Student loans`), a
 * paragraph or a few without a label between two turns go on with the turn before: their
 * words are that speaker's. Not after the last turn (the writer's own prose may follow an
 * excerpt, or a footer), not a question (`What was the hardest part?`), which opens a turn no
 * label gives, nor anything after it until the next label; not a stage direction
 * (`(BEGIN VIDEO CLIP)`) or a line without a sentence's closing punctuation (a heading); not a
 * paragraph a quotation opens (quoted words have cues of their own).
 * Returns the clauses with the continuations added, in text order.
 */
export function withInterviewContinuations(doc: AnalyzedText, marked: readonly FoundQuote[], reported: FoundQuote[]): FoundQuote[] {
  const turns = new Map<number, FoundQuote>();
  const labels = new Set<string>();
  let recurs = false;
  for (const q of reported) {
    const cue = q.cueBefore;
    if (q.kind !== 'indirect' || !cue?.subject || (cue.cue.text !== ':' && cue.cue.text !== '.') || cue.subject.start !== doc.paragraphs[q.paragraph]?.start) continue;
    turns.set(q.paragraph, q);
    const label = doc.text.slice(cue.subject.start, cue.subject.end);
    if (labels.has(label)) recurs = true;
    labels.add(label);
  }
  if (!recurs || labels.size < 2) return reported;
  const reportedBySomeone = paragraphsReportingOthers(doc, reported, turns);
  const added: FoundQuote[] = [];
  let turn: FoundQuote | null = null;
  let pending: FoundQuote[] = [];
  let m = 0;
  for (let p = 0; p < doc.paragraphs.length; p++) {
    const next = turns.get(p);
    if (next) {
      if (turn && pending.length <= MAX_CONTINUATIONS) added.push(...pending);
      pending = [];
      turn = next;
      continue;
    }
    if (!turn) continue;
    const { start, end } = doc.paragraphs[p];
    const text = doc.text.slice(start, end).trimEnd();
    if (!SENTENCE_CLOSE.test(text) || text.endsWith('?') || STAGE_DIRECTION.test(text) || reportedBySomeone.has(p) || introducesSpeaker(doc, p)) {
      turn = null;
      pending = [];
      continue;
    }
    while (m < marked.length && marked[m].end <= start) m++;
    if (m < marked.length && marked[m].start === start) continue;
    let e = start + text.length;
    while (e > start && doc.text.charAt(e - 1) === '.') e--;
    if (e - start >= MIN_CONTINUATION) pending.push({ ...turn, start, end: e, contentStart: start, contentEnd: e, paragraph: p });
  }
  if (added.length === 0) return reported;
  return [...reported, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Paragraphs holding a reported clause whose speaker is named or described ("Afterwards, Raza
 * said he had never doubted her", "The team doctor said …") and told in the third person: the
 * writer's prose between turns, not a turn going on (whose speaker says "I", "we", "you").
 */
function paragraphsReportingOthers(doc: AnalyzedText, reported: readonly FoundQuote[], turns: ReadonlyMap<number, FoundQuote>): Set<number> {
  const out = new Set<number>();
  for (const q of reported) {
    if (q.kind !== 'indirect' || turns.get(q.paragraph) === q) continue;
    const subject = (q.cueBefore ?? q.cueAfter)?.subject;
    if (!subject || TURN_PRONOUNS.test(doc.text.slice(subject.start, subject.end))) continue;
    // A turn's speaker talks of themselves and to the one asking; the writer, outside quotations, does not.
    const { start, end } = doc.paragraphs[q.paragraph];
    if (!FIRST_OR_SECOND_PERSON.test(doc.text.slice(start, end).replace(QUOTED, ' '))) out.add(q.paragraph);
  }
  return out;
}

/**
 * `Club captain Tom Reilly also spoke briefly.`: the writer's prose between turns, bringing in
 * the next speaker: a name (a capitalised word not opening the paragraph) or a described person
 * ("the chairman") right before a verb of speech, an adverb allowed between, in a paragraph told
 * in the third person.
 */
function introducesSpeaker(doc: AnalyzedText, p: number): boolean {
  const { start, end } = doc.paragraphs[p];
  if (FIRST_OR_SECOND_PERSON.test(doc.text.slice(start, end).replace(QUOTED, ' '))) return false;
  const { tokens } = doc;
  let i = nearbyTokenIndexAt(doc, start);
  while (i < tokens.length && tokens[i].start < start) i++;
  const first = i;
  for (; i < tokens.length && tokens[i].start < end; i++) {
    if (tokens[i].kind !== 'word' || !(isSpeechVerb(tokens[i].text) || TALKED.has(tokens[i].text))) continue;
    let k = i - 1;
    if (k > first && /^\p{Ll}+ly$|^(?:also|then|later|too)$/u.test(tokens[k].text)) k--;
    if (k > first && tokens[k].kind === 'word' && /^\p{Lu}\p{Ll}/u.test(tokens[k].text)) return true;
    // "the chairman spoke", "his agent said": a described person, brought in by the writer.
    if (k > first && /^\p{Ll}+$/u.test(tokens[k].text) && /^(?:the|his|her|their)$/iu.test(tokens[k - 1].text)) return true;
  }
  return false;
}

/** Verbs of taking part in a conversation that report no words ("spoke briefly", "also talked"). */
const TALKED = new Set(['spoke', 'speaks', 'talked', 'talks']);

const FIRST_OR_SECOND_PERSON = /\b(?:I|me|my|mine|we|us|our|you|your)\b|\bI['’]/u;
const QUOTED = /["“«][^"”»]*["”»]/gu;

/** Subjects a speaker's own turn reports with: "I said", "he told me", "they say". */
const TURN_PRONOUNS = /^(?:I|we|you|he|she|they|it|who|people|everyone|everybody|someone|somebody)$/iu;

/** The most paragraphs without a label read as one turn's continuation: more are the writer's prose. */
const MAX_CONTINUATIONS = 4;
/** The fewest characters of a paragraph read as a turn's continuation (not a lone "Yes."). */
const MIN_CONTINUATION = 8;
/** How a paragraph of speech ends: a sentence's closing punctuation, maybe inside a closing mark or bracket. */
const SENTENCE_CLOSE = /[.!?…]["”’')\]]*$/u;
/** A transcript's note of what happened, not what was said: "(BEGIN VIDEO CLIP)", "[Laughter.]", "(CROSSTALK)". */
const STAGE_DIRECTION = /^[([]/u;
