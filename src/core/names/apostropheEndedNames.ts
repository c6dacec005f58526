import type { NameMention } from './nameMention';

// Luo and other East African names may end in an apostrophe ("Anyang' Nyong'o", "Achieng'
// Otieno"), which the tagger, reading it as a possessive's or a closing quotation mark, leaves
// out, cutting the name in two. Read sentence by sentence after tagging.

/**
 * A one-word person's name, an apostrophe and a space, then a person's name: one name, the
 * apostrophe its first word's. Not after a word ending in "s", "x" or "z", whose apostrophe is a
 * possessive's ("Williams' coach Tom Reed" names two people), nor where a single quotation mark
 * opens earlier on the line and may close after the first name.
 * Takes the sentence's mentions from `first` in `out` and joins each such pair in place.
 */
export function apostropheEndedNames(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (a.type !== 'PER' || b.type !== 'PER' || a.text.includes(' ') || b.start !== a.end + 2 || /[sxzSXZ]$/u.test(a.text)) continue;
    const mark = text.charAt(a.end);
    if ((mark !== "'" && mark !== '’') || text.charAt(a.end + 1) !== ' ') continue;
    // "‘We love you, Kate’ William said": a single quotation mark opened before it on the line closes there.
    const line = text.slice(text.lastIndexOf('\n', a.start) + 1, a.start);
    if (/(?:^|[\s(“"])['‘]\p{L}/u.test(line)) continue;
    const joined: NameMention = { start: a.start, end: b.end, text: text.slice(a.start, b.end), type: 'PER' };
    if (a.title !== undefined) joined.title = a.title;
    out.splice(i, 2, joined);
  }
}
