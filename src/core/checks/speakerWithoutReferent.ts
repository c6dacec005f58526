import type { Check, CheckFinding } from './checkTypes';

/**
 * Third-person pronouns that name a speaker. "I", "we" and "you" are left out: in a column
 * or an interview they are the writer and the reader, who need no referent.
 */
const THIRD_PERSON = new Set(['he', 'she', 'they']);

/**
 * A quote whose speaker is only "he", "she" or "they" and no one named earlier fits:
 * the reader cannot tell who spoke. Other unresolved mentions next to a cue ("experts
 * said", "Republicans said") name a group on purpose and are not flagged.
 */
export const speakerWithoutReferent: Check = {
  id: 'speaker-without-referent',
  setting: 'speakerWithoutReferent',
  description: 'A speaker named only by a pronoun ("he said"), with no one named earlier to refer to.',
  run({ annotations }) {
    const out: CheckFinding[] = [];
    for (const q of annotations.quotes) {
      const m = q.speakerMention;
      // A pronoun standing for an unnamed source ("a spokeswoman … she said") has its referent.
      if (q.speakerId !== null || m === null || q.speakerReferent || !THIRD_PERSON.has(m.text.toLowerCase())) continue;
      out.push({
        checkId: this.id,
        start: m.start,
        end: m.end,
        message: `The speaker is only "${m.text}", and no one named earlier in the article fits.`,
        fixes: [{ title: `Choose who "${m.text}" is…`, action: { kind: 'attribute-quote', quoteStart: q.start } }],
      });
    }
    return out;
  },
};
