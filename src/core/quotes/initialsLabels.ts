import type { Person } from '../types';

// Interviews printed as a transcript label each turn with the speaker's initials ("JS: We
// never planned it."), after an introduction that names them ("the architect John Smith
// (JS)", or only "John Smith"). A label of initials is the person of the text whose name
// those letters begin: every word of it, or the first and the last.

/** A label that may be initials: two to four capitals ("JS", "MAC"). */
const INITIALS = /^\p{Lu}{2,4}$/u;

/**
 * The id of the one person of `people` whose initials `label` spells, or null (none, or more
 * than one and none named with the label in brackets right after their name).
 */
export function personOfInitials(label: string, people: readonly Person[], text: string): string | null {
  if (!INITIALS.test(label)) return null;
  const matches = people.filter((p) => spellsInitials(p.name, label));
  if (matches.length === 1) return matches[0].id;
  // "John Smith (JS)" beside "Jane Swift": the one the text gave the initials.
  const bracketed = matches.filter((p) => p.mentions.some((m) => text.startsWith(` (${label})`, m.end)));
  return bracketed.length === 1 ? bracketed[0].id : null;
}

function spellsInitials(name: string, label: string): boolean {
  const words = name.split(/[\s-]+/u).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2) return false;
  const all = words.map((w) => w.charAt(0)).join('');
  return all === label || words[0].charAt(0) + words[words.length - 1].charAt(0) === label;
}
