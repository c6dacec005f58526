import type { NameMention } from './nameMention';
import { isTitle } from './nameLexicon';
import { isSizeablePlace } from '../places/gazetteer';

// Bodies and places told apart by the words beside the name, read sentence by sentence after
// tagging (the tagger's features stay as they are). News from abroad names clubs, firms and
// parties the tagger has never seen, and describes them in the same sentence: "Gor Mahia, the
// Nairobi club, won", "Her party, Morena, controls"; and names places the way it names bodies:
// "Brazil's central bank", "Texas Governor Greg Abbott", "In Phoenix, the council said".

/**
 * Nouns for a kind of body, lower case, that a description in apposition ends in ("the
 * Nairobi club", "the largest private energy company", "the Dubai airline"): what it
 * describes is that body, no person or place.
 */
const BODY_KINDS = new Set([
  'club', 'team', 'side', 'company', 'firm', 'group', 'conglomerate', 'airline', 'carrier', 'bank', 'lender', 'insurer', 'broadcaster',
  'newspaper', 'retailer', 'supermarket', 'chain', 'utility', 'operator', 'manufacturer', 'startup', 'start-up', 'party', 'movement',
  'union', 'charity', 'agency', 'regulator', 'militia', 'brewer', 'automaker', 'carmaker', 'giant',
  // Not "developer", "producer", "publisher" or "miner": "Ann Lee, a Texas real estate developer" is a person.
]);

/** A description in apposition after a name, up to its kind of body: ", the Nairobi club," ", the largest private energy company." */
const DESCRIPTION_AFTER = /^, (?:the|a|an) ((?:[\p{L}\p{N}.-]+ ){0,4})([\p{Ll}-]+)(?=[,.;:)]| (?:based|owned|controlled|founded|which|that)\b)/u;

/** Words that make a description one of a person's role at the body ("the head of the company"), not the body's own. */
const ROLE_LINKS = /(?:^| )(?:of|at|for|in|with|to|from|and|by|on)(?= )|['’]s /u;

/** A body's kind after a possessive, right before the name: "Her party, " "Khan's party, " "its subsidiary, ". */
const KIND_BEFORE = /(?:\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y)|\p{L}['’]s) (?:[\p{Ll}-]+ )?([\p{Ll}-]+), $/u;

/**
 * "Gor Mahia, the Nairobi club, beat": a name read as a person's or a place's, described in
 * apposition as a kind of body ("the largest private energy company", "the Dubai airline"),
 * or named after its kind and a possessive ("Her party, Morena, controls"), is that body.
 */
export function bodiesDescribedBeside(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'PER' && m.type !== 'LOC') continue;
    if (m.type === 'PER' && m.title !== undefined) continue;
    const after = DESCRIPTION_AFTER.exec(text.slice(m.end, m.end + 80));
    let body = after !== null && BODY_KINDS.has(after[2]) && !ROLE_LINKS.test(` ${after[1]}`);
    if (!body && text.charCodeAt(m.end) === 44) {
      const before = KIND_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
      body = before !== null && BODY_KINDS.has(before[1]);
    }
    if (body) out[i] = { start: m.start, end: m.end, text: m.text, type: 'ORG' };
  }
}

/** A possessive, then a word in lower case: "Brazil's central bank", not "Brazil's President Lula". */
const POSSESSIVE_BEFORE_LOWER = /^['’]s \p{Ll}/u;

/**
 * "Brazil's central bank", "Texas Governor Greg Abbott", "In Phoenix, officials said": one word
 * read as a body's that names a country, a region or a sizeable city, in the possessive before
 * a common noun, right before a person's title, or after a sentence's opening "In" and a comma,
 * is the place.
 */
export function placesReadAsBodies(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'ORG' || m.text.includes(' ') || !isSizeablePlace(m.text)) continue;
    const after = text.slice(m.end, m.end + 40);
    const next = /^ (\p{Lu}[\p{L}.]*) \p{Lu}/u.exec(after);
    const place = POSSESSIVE_BEFORE_LOWER.test(after) || (next !== null && isTitle({ text: next[1] })) || (/^,/u.test(after) && /(?:^|[.!?"”]\s+|\n)In $/u.test(text.slice(Math.max(0, m.start - 6), m.start)));
    if (place) out[i] = { start: m.start, end: m.end, text: m.text, type: 'LOC' };
  }
}
