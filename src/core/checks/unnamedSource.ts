import type { Check, CheckFinding } from './checkTypes';

/**
 * The people who speak for others or on condition of anonymity: "a spokesman for the
 * mayor", "a senior official", "sources", "people familiar with the talks". Groups that
 * speak as groups ("residents", "experts", "Republicans") are ordinary sources and left out.
 */
const ANONYMOUS_HEADS = /\b(?:spokes(?:man|men|woman|women|person|people)|officials?|sources?|aides?|advis[eo]rs?|insiders?|staffers?|diplomats?|person|people familiar|people close|someone|one of)\b/iu;

/**
 * Words quoted from a source the article does not name: style guides ask that the source be
 * named or the reason for anonymity given. Direct and partial quotes only: a quote is where
 * the reader is asked to trust the speaker's exact words.
 */
export const unnamedSource: Check = {
  id: 'unnamed-source',
  setting: 'unnamedSource',
  description: 'A quote from a source the article does not name ("a spokesman for the mayor", "a senior official", "sources").',
  run({ annotations }) {
    const out: CheckFinding[] = [];
    for (const q of annotations.quotes) {
      const m = q.speakerMention;
      // "she", standing for "a spokeswoman for the ministry": flagged at "she", named by what it stands for.
      const source = q.speakerReferent ?? m;
      if (q.kind === 'indirect' || q.speakerId !== null || m === null || source === null || !ANONYMOUS_HEADS.test(source.text)) continue;
      out.push({
        checkId: this.id,
        start: m.start,
        end: m.end,
        message: `Quoted from an unnamed source, "${source.text.replace(/\s+/gu, ' ')}": name the source, or say why it is not named.`,
        fixes: [{ title: 'Choose the speaker of this quote…', action: { kind: 'attribute-quote', quoteStart: q.start } }],
      });
    }
    return out;
  },
};
