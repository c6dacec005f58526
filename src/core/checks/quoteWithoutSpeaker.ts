import type { Check, CheckFinding } from './checkTypes';

/** Quoted words nobody is said to have spoken: the finders found no cue and no name. */
export const quoteWithoutSpeaker: Check = {
  id: 'quote-without-speaker',
  setting: 'quoteWithoutSpeaker',
  description: 'A quote with no speaker.',
  run({ annotations, text }) {
    const out: CheckFinding[] = [];
    let outerEnd = -1;
    for (const q of [...annotations.quotes].sort((a, b) => a.start - b.start || b.end - a.end)) {
      // Words quoted inside a quote belong to its speaker's account, not to the article.
      const nested = q.end <= outerEnd;
      outerEnd = Math.max(outerEnd, q.end);
      // A pronoun with no referent is the other check's finding, not this one's.
      if (nested || q.speakerId !== null || q.speakerMention !== null) continue;
      if (askedByTheWriter(text, q.cue?.start ?? -1)) continue;
      // "a sign that shoppers are spending again": the writer reading the facts, which no one is said to have said.
      if (q.kind === 'indirect' && q.cue !== null && EVIDENCE_NOUNS.has(q.cue.text.toLowerCase())) continue;
      out.push({
        checkId: this.id,
        start: q.start,
        end: q.end,
        message: `${q.kind === 'indirect' ? 'Reported speech' : 'Quote'} with no speaker: no one is said to have said it.`,
        fixes: [{ title: 'Choose the speaker of this quote…', action: { kind: 'attribute-quote', quoteStart: q.start } }],
      });
    }
    return out;
  },
};

/** Nouns of evidence whose "that" clause the reported-speech finder reads as content with no source. */
const EVIDENCE_NOUNS = new Set(['sign', 'signs', 'signal', 'signals', 'evidence', 'indication', 'indications', 'proof']);

/**
 * "Asked about his celebrations, Saka said …", "Asked whether …": a clause opened by "Asked"
 * reports the writer's question, whose asker a story never names; the answer has its speaker.
 */
function askedByTheWriter(text: string, cueStart: number): boolean {
  if (cueStart < 0 || !/^asked\b/i.test(text.slice(cueStart, cueStart + 6))) return false;
  return /(?:^|[.!?]["”’')]*\s+|\n\s*|["“]\s*)$/u.test(text.slice(Math.max(0, cueStart - 4), cueStart));
}
