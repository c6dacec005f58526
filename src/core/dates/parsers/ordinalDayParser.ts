import { type NewsParser, newsParser, resultOf } from './newsParser';
import { TriggerKind } from '../dateTriggers';
import { partOfDayCode } from '../partOfDay';

// British, Indian and court copy names a day of the month by its ordinal alone once the
// month is known: "contacted on the night of the 14th", "the deadline is the 30th". A part
// of the day before it ("the night of the 14th") is part of the expression, as TimeML has it. The
// value stage takes the month from the story (values/ordinalDay.ts). Only after a preposition or
// a verb of being, and not before a noun: "on the 3rd floor", "the 14th amendment", "on
// the 11th anniversary" are no days.

const ORDINAL_DAY = /(?:(?:the\s+)?(morning|afternoon|evening|night)\s+of\s+)?the\s+([12]?\d|3[01])(st|nd|rd|th)(?![\p{L}\p{N}-])/iu;
const BEFORE = /\b(?:on|by|until|till|to|from|since|before|after|of|is|was|be|and|or)\s+$/i;
/** After the ordinal: the end of the phrase (punctuation, a clause's next word), not a noun it counts. */
const AFTER = /^(?:\s*(?:[.,;:)!?]|$)|\s+(?:at|when|in|to|until|till|from|before|after|but|as|while|where|if|last|next|this|of\s+(?:this|last|next|that)\s+month)\b|\s+(?:and|or)\s+(?!\d))/i;
/** "to" and a word that opens no date: an infinitive. */
const INFINITIVE_AFTER = /^\s+to\s+(?!(?:the|next|this|last|mid|early|late|end|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d)[a-z]/i;
const BEING_BEFORE = /\b(?:is|was|be)\s+$/i;
/**
 * Words of the things an ordinal counts in sport and buildings: near them "on the 18th" is
 * a hole, a lap or a floor ("made birdie on the 18th", "finished on the 5th").
 */
const COUNTED_NEAR = /\b(?:holes?|birdied?|bogey(?:ed)?|eagled?|par|green|tee|fairway|putt(?:ed)?|floors?|storey|laps?|rounds?|innings|overs|minutes?|places?|positions?|finish(?:ed)?|grid|seeds?|seeded|ranked|stages?|heats?|tests?|races?)\b/i;

function suffixFits(n: number, suffix: string): boolean {
  const s = suffix.toLowerCase();
  if (n % 10 === 1 && n !== 11) return s === 'st';
  if (n % 10 === 2 && n !== 12) return s === 'nd';
  if (n % 10 === 3 && n !== 13) return s === 'rd';
  return s === 'th';
}

export function ordinalDayParsers(): NewsParser[] {
  return [
    newsParser(TriggerKind.ordinalDay, ORDINAL_DAY, (context, m) => {
      const day = Number(m[2]);
      if (day < 1 || !suffixFits(day, m[3])) return null;
      const end = m.index + m[0].length;
      // "the night of the 14th" is the night's; a bare ordinal needs its preposition.
      if ((!m[1] && !BEFORE.test(context.text.slice(Math.max(0, m.index - 8), m.index))) || !AFTER.test(context.text.slice(end, end + 24))) return null;
      // "The storm is the 15th to hit the country": after a verb of being, "to" and a verb make the ordinal a count.
      if (INFINITIVE_AFTER.test(context.text.slice(end, end + 24)) && BEING_BEFORE.test(context.text.slice(Math.max(0, m.index - 8), m.index))) return null;
      if (COUNTED_NEAR.test(context.text.slice(Math.max(0, m.index - 60), end + 40))) return null;
      return resultOf(context, m, {}, { kind: 'ordinalDay', day, part: m[1] ? partOfDayCode(m[1]) : undefined });
    }, ['the']),
  ];
}
