import type { NameMention } from './nameMention';

// Vietnamese names put the family name first and, for most women and many men, the middle
// name "Thị" or "Văn" second: "Nguyễn Thị Minh Châu", "Trần Văn Minh". Opening a sentence, the
// family name is read as a capitalised sentence opener and left out ("Thị Minh Châu").
// Read sentence by sentence after tagging.

/** The middle names, spelled with their tones (without them, "Van" is a Dutch particle and "Thi" a word). */
const MIDDLE_NAMES = new Set(['Thị', 'Văn']);

/** A capitalised word right before the mention, one space apart: the family name. */
const FAMILY_NAME_BEFORE = /(?:^|[\s"“‘(])(\p{Lu}\p{Ll}+) $/u;

/** Takes the sentence's mentions from `first` in `out`: a person's name opening with "Thị" or "Văn" starts with the word before it. */
export function vietnameseMiddleNames(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'PER' || m.title !== undefined || !MIDDLE_NAMES.has(m.text.slice(0, m.text.indexOf(' ')))) continue;
    const before = FAMILY_NAME_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start));
    if (!before) continue;
    const start = m.start - before[1].length - 1;
    if (i > first && out[i - 1].end > start) continue;
    out[i] = { ...m, start, text: text.slice(start, m.end) };
  }
}
