import type { Check, CheckFinding } from './checkTypes';

/**
 * A quote whose speaker is named only by a pronoun or a role ("he said", "the minister
 * said") that refers to no one named earlier: the reader cannot tell who spoke.
 */
export const speakerWithoutReferent: Check = {
  id: 'speaker-without-referent',
  setting: 'speakerWithoutReferent',
  description: 'A speaker named only by a pronoun or role, with no one named earlier to refer to.',
  run({ annotations }) {
    const out: CheckFinding[] = [];
    for (const q of annotations.quotes) {
      const m = q.speakerMention;
      if (q.speakerId !== null || m === null) continue;
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
