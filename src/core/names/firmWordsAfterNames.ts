import { mayOpenAs, openingCharacters } from './openingCharacters';
import type { NameMention } from './nameMention';

// "the takeover of Shaw Communications", "Tata Motors": a firm named after a family or a town
// and its kind of business, which the tagger, knowing the first word as a surname or a town's
// name, reads as a person or a place and leaves the kind out of. Read sentence by sentence
// after tagging (the tagger's features stay as they are).

/**
 * Capitalised words for a firm's kind of business or legal form that end its name ("Shaw
 * Communications", "Tata Motors", "Acme Holdings", "Smith Ltd"). Not "International" (airports:
 * "Miami International"), "Front" ("Western Front"), "Energy" or "Group" alone, which name
 * other things after places too.
 */
const FIRM_KIND_WORDS = new Set([
  'Communications', 'Industries', 'Holdings', 'Technologies', 'Pharmaceuticals', 'Motors', 'Airlines', 'Airways', 'Networks', 'Brands', 'Foods',
  'Electronics', 'Telecom', 'Telecommunications', 'Petroleum', 'Logistics', 'Securities', 'Investments', 'Therapeutics', 'Biosciences', 'Semiconductor',
  'Bancorp', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Ltd', 'Ltd.', 'LLC', 'plc', 'PLC', 'Limited', 'Incorporated', 'Corporation',
]);
const KIND_WORD_OPENINGS = openingCharacters(FIRM_KIND_WORDS);

/**
 * A one-word name read as a person's or a place's, right before a firm's kind word the tagger
 * left out (one space between, the word no part of another name and no capitalised word after it), is
 * the firm's name with it.
 * Takes the sentence's mentions from `first` in `out` and changes them in place.
 */
export function firmWordsAfterNames(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    // A space and a kind word's first letter after the name first: most names are let go before a pattern runs or a slice is cut.
    if ((m.type !== 'PER' && m.type !== 'LOC') || m.title !== undefined || text.charCodeAt(m.end) !== 32 || !mayOpenAs(KIND_WORD_OPENINGS, text, m.end + 1)) continue;
    if (m.text.includes(' ') || !/^\p{Lu}[\p{L}&-]*$/u.test(m.text)) continue;
    const match = /^[\p{L}.]+/u.exec(text.slice(m.end + 1, m.end + 40));
    if (!match || !FIRM_KIND_WORDS.has(match[0]) && !FIRM_KIND_WORDS.has(match[0].replace(/\.$/u, ''))) continue;
    // "Ltd." ending the sentence: the full stop is the sentence's unless the word is written with one ("Inc.").
    const word = FIRM_KIND_WORDS.has(match[0]) ? match[0] : match[0].replace(/\.$/u, '');
    const end = m.end + 1 + word.length;
    if (i + 1 < out.length && out[i + 1].start < end) continue;
    // "Clinton Communications Director Jennifer Palmieri", "Alabama Securities Commissioner": the word opens a title or a longer name.
    if (/^ \p{Lu}/u.test(text.slice(end, end + 2))) continue;
    out[i] = { start: m.start, end, text: text.slice(m.start, end), type: 'ORG' };
  }
}
