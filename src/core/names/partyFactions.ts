import type { NameMention } from './nameMention';

// Parties that split keep the old name and add the faction's word in brackets: "Janata Dal
// (United)", "Janata Dal (Secular)", "Communist Party of India (Marxist)". The tagger reads the
// bracketed word as a body of its own ("United", a football club's word) and the name before it
// as a person's or not at all. Read sentence by sentence after tagging.

/** Words a faction adds in brackets after its party's name. */
const FACTION_WORD = '(?:United|Secular|Marxist|Marxist-Leninist|Maoist|Unified|Reformed|Provisional|Official)';

/** A faction's word in brackets right after a name: " (Secular)". */
const FACTION_AFTER = new RegExp(String.raw`^ \(${FACTION_WORD}\)`, 'u');

/** Up to four capitalised words (no possessive), a space and a faction's word in brackets, at the end of the text. */
const PARTY_BEFORE = new RegExp(String.raw`(?<![\p{L}'’-])(?!(?:The|A|An) )(\p{Lu}[\p{L}-]*(?: (?:of )?\p{Lu}[\p{L}-]*){0,3}) \(${FACTION_WORD}\)$`, 'u');

/**
 * Takes the sentence's mentions from `first` in `out`: a faction's word in brackets, read as a
 * name or right after one, with the capitalised words right before it, is one body's name,
 * whatever the tagger made of those words.
 */
export function partyFactions(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    const after = FACTION_AFTER.exec(text.slice(m.end, m.end + 24));
    if (after !== null && (i + 1 === out.length || out[i + 1].start >= m.end + after[0].length)) {
      out[i] = { start: m.start, end: m.end + after[0].length, text: text.slice(m.start, m.end + after[0].length), type: 'ORG' };
      continue;
    }
    if (text.charCodeAt(m.start - 1) !== 40 || text.charCodeAt(m.end) !== 41) continue;
    const party = PARTY_BEFORE.exec(text.slice(Math.max(0, m.start - 80), m.end + 1));
    if (party === null) continue;
    const start = m.end + 1 - party[0].length;
    let from = i;
    while (from > first && out[from - 1].end > start) from--;
    if (from < i && out[from].start < start) continue;
    out.splice(from, i - from + 1, { start, end: m.end + 1, text: text.slice(start, m.end + 1), type: 'ORG' });
    i = from;
  }
}
