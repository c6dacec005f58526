import type { Token } from '../text/tokenizer';
import { lowerCase } from '../text/lowerCase';
import { stripPossessive } from '../entities/personName';

// Grounds, halls and airports are places people go to, whatever firm or person they are named
// after: "at Arthur Ashe Stadium", "the Crypto.com Arena", "Heathrow Airport", "Carnegie Hall".

/** Last words of venues' names. */
const VENUE_HEADS = new Set(['stadium', 'arena', 'airport', 'hall', 'ballpark', 'racecourse', 'velodrome', 'speedway', 'coliseum', 'colosseum']);

/** Halls that stand for the body seated in them ("City Hall said"): the council, no venue. */
const SEATS_OF_BODIES = new Set(['city', 'town', 'county']);

/** The name of tokens [a, b), two words or more, is a venue's by its last word. */
export function isVenueName(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a < 2) return false;
  const head = lowerCase(stripPossessive(tokens[b - 1].text));
  if (!VENUE_HEADS.has(head)) return false;
  // "Kansai International Airport are likely to launch bonds", "Heathrow Airport said": the firm that runs it acts.
  if (BODY_VERBS.has(tokens[b]?.text ?? '')) return false;
  if (head !== 'hall') return true;
  // "Hall" is a surname too ("MSNBC's Tamron Hall"): a hall is one where the text goes to it.
  return !SEATS_OF_BODIES.has(lowerCase(tokens[b - 2].text)) && a > 0 && PLACE_PREPOSITIONS.has(lowerCase(tokens[a - 1].text));
}

/** Words a venue's name follows where the text goes to it ("at Carnegie Hall", "the Royal Albert Hall", whose "Royal" the tagger may leave out). */
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'inside', 'outside', 'to', 'from', 'the', 'near', 'royal']);

/** Verbs after a venue's name that make it the firm running it: it speaks, plans, owns. */
const BODY_VERBS = new Set(['said', 'says', 'is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'plans', 'planned', 'announced', 'reported', 'posted', 'owns', 'owned']);
