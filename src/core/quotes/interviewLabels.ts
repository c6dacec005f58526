import type { FoundQuote } from './quoteFinder';

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
