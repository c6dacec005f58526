import type { Check, CheckFinding } from './checkTypes';

/** Quoted words nobody is said to have spoken: the finders found no cue and no name. */
export const quoteWithoutSpeaker: Check = {
  id: 'quote-without-speaker',
  setting: 'quoteWithoutSpeaker',
  description: 'A quote with no speaker.',
  run({ annotations }) {
    const out: CheckFinding[] = [];
    let outerEnd = -1;
    for (const q of [...annotations.quotes].sort((a, b) => a.start - b.start || b.end - a.end)) {
      // Words quoted inside a quote belong to its speaker's account, not to the article.
      const nested = q.end <= outerEnd;
      outerEnd = Math.max(outerEnd, q.end);
      // A pronoun with no referent is the other check's finding, not this one's.
      if (nested || q.speakerId !== null || q.speakerMention !== null) continue;
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
