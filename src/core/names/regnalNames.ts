import type { AnalyzedText } from '../text/analyzedText';
import { tokenIndexAt } from '../text/analyzedText';
import type { NameMention } from './nameMention';

// A pope's or a monarch's name with its numeral: "Pope Leo XIV", "King Felipe VI", "Pope John
// Paul II". The tagger, which sees few such names, may cut the numeral off as a name of its own
// ("XIV" an organization) and keep the title in ("Pope Leo" a miscellany). News always writes
// the title before them, so the reading is asked only where one stands: the title, one or two
// capitalised names, a Roman numeral. The person is the names and the numeral; the title is
// kept as the mention's title, as for "President Biden". After a title, "I" is a numeral too
// ("Queen Elizabeth I"), which a name alone would not show.

/**
 * Titles of sovereigns and prelates, lower case, whom news names by one name after them: "the
 * late Pope Francis", "Pope Leo XIV", "King Charles" read as a place, a body or a thing are
 * persons, known by that name (not a place the gazetteer knows: "Prince George", "Prince Albert").
 */
export const SOVEREIGN_TITLES = new Set(['pope', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir', 'sheikh', 'cardinal', 'patriarch', 'archbishop', 'tsar', 'czar', 'shah', 'kaiser']);
/** Roman numbers II to XXXIX, as after a sovereign's or a pope's name ("Leo XIV", "Charles III"); not "I", a word too. */
export const REGNAL_NUMBER = /^(?:X{0,3})(?:II|III|IV|V|VI|VII|VIII|IX|X)$|^X{1,3}I?$/u;
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/** The mentions with each "Title Name(s) NUMERAL" read as one person after the title. */
export function withRegnalNames(doc: AnalyzedText, mentions: NameMention[]): NameMention[] {
  const { tokens, text } = doc;
  let out: NameMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    // Only a mention holding or next to a numeral is asked further: one test of its last character.
    const last = m.text.charCodeAt(m.text.length - 1);
    const after = text.charCodeAt(m.end + 1);
    if (!(isRomanLetter(last) || isRomanLetter(after))) continue;
    const span = regnalSpan(doc, tokenIndexAt(doc, m.start));
    if (!span) continue;
    const person: NameMention = { start: tokens[span.first].start, end: tokens[span.numeral].end, text: text.slice(tokens[span.first].start, tokens[span.numeral].end), type: 'PER', title: tokens[span.title].text };
    out ??= mentions.slice();
    // Every mention from the title to the numeral gives way to the person.
    let from = i;
    while (from > 0 && out[from - 1].end > tokens[span.title].start) from--;
    let to = i;
    while (to < out.length && out[to].start < person.end) to++;
    out.splice(from, to - from, person);
    i = from;
    mentions = out;
  }
  return out ?? mentions;
}

function isRomanLetter(code: number): boolean {
  return code === 0x49 || code === 0x56 || code === 0x58;
}

/** From a token of the name or its title: the title, the first name and the numeral, or null. */
function regnalSpan(doc: AnalyzedText, k: number): { title: number; first: number; numeral: number } | null {
  const { tokens } = doc;
  // The title stands at most three tokens before the name's first token or this one.
  for (let title = Math.max(0, k - 3); title <= k; title++) {
    if (!/^\p{Lu}/u.test(tokens[title].text) || !SOVEREIGN_TITLES.has(tokens[title].text.toLowerCase())) continue;
    let n = title + 1;
    while (n < tokens.length && n <= title + 2 && NAME_WORD.test(tokens[n].text)) n++;
    if (n === title + 1 || n >= tokens.length || !(REGNAL_NUMBER.test(tokens[n].text) || tokens[n].text === 'I')) continue;
    // Words glued with single spaces: no comma or line between.
    for (let j = title + 1; j <= n; j++) if (tokens[j].start - tokens[j - 1].end !== 1) return null;
    return { title, first: title + 1, numeral: n };
  }
  return null;
}
