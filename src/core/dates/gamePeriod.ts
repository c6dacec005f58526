// Sports copy divides a game into quarters ("scored twice in the third quarter", "trailed at
// halftime"); such a quarter is a part of the game, not of the calendar year.

/** How far on each side of a quarter the words of a game are looked for, inside its paragraph. */
const GAME_REACH = 300;

/**
 * Words of a game that business copy does not use: its parts, its plays and who calls them.
 * Lower case only: "Coach" is a brand whose quarterly sales are news.
 */
const GAME_WORDS = /\b(?:half-?time|touchdowns?|field goals?|free throws?|three-pointers?|quarterbacks?|fumbled?|interceptions?|buzzer|coach|head coach|end zone|rushing yards|tip-off|tipped off|scored|power play)\b/;

/** Whether the quarter at [start, end) of `text` is a game's: words of a game in its paragraph, near it. */
export function isGameQuarter(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - GAME_REACH);
  const to = Math.min(text.length, end + GAME_REACH);
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  const breakBefore = before.lastIndexOf('\n\n');
  const breakAfter = after.indexOf('\n\n');
  const around = (breakBefore < 0 ? before : before.slice(breakBefore)) + ' ' + (breakAfter < 0 ? after : after.slice(0, breakAfter));
  return GAME_WORDS.test(around);
}
