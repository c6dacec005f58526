import { type NewsParser, newsParser, resultOf } from './newsParser';
import { TriggerKind } from '../dateTriggers';

// A season of play or of performances: "last season", "this season", "next season", "the
// current season" of a league, a club, a theatre or an opera house. TimeML has no value for
// one; as "the 2025-26 season" is (yearParser.ts), it is valued by the year it starts in,
// which the value stage reads from the article date (values/playingSeason.ts).
// Not a season of something named after it ("this season of The Crown"), nor "the last
// season" of a show or a person's (their final one: "his last season at Anfield").

const PLAYING_SEASON = /(this(?:\s+past)?|last|next|current|the\s+(?:current|coming|previous))\s+season(?![\p{L}\p{N}'’-]|\s+of\b)/iu;
/** "the" or a possessive before "last": the final season of a show, a person or a club, not the one before this ("the club's next season" is the next). */
const OWNER_BEFORE = /(?:\b(?:the|his|her|its|their|my|our|your)|['’]s?)\s+$/i;

/** Ungated (NewsChrono holds 62 gated parsers at most): it runs only on windows with a season's word. */
export function playingSeasonParsers(): NewsParser[] {
  return [
    newsParser(TriggerKind.season, PLAYING_SEASON, (context, m) => {
      const word = m[1].toLowerCase();
      if (word === 'last' && OWNER_BEFORE.test(context.text.slice(Math.max(0, m.index - 8), m.index))) return null;
      const shift = /last|previous|past/.test(word) ? -1 : /next|coming/.test(word) ? 1 : 0;
      return resultOf(context, m, {}, { kind: 'playingSeason', shift });
    }),
  ];
}
