import type { NameMention } from './nameMention';

// Arabic names chain a person's name to a father's and a grandfather's with "bin", "bint" or
// "ibn": "Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum", "Fatima bint Khalid Al Suwaidi".
// The tagger reads such a chain in parts, a part now and then as a place ("Fatima"): names on
// both sides of the particle, one of them a person's, are one person's name. Read sentence by
// sentence after tagging.

/** The particle between two names, as written between them: " bin ", " bint ", " ibn ". */
const PATRONYMIC_BETWEEN = /^ (?:bin|bint|ibn) $/u;

/** Takes the sentence's mentions from `first` in `out` and joins each such pair in place. */
export function arabicNameChains(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i + 1 < out.length; ) {
    const a = out[i];
    const b = out[i + 1];
    const joins = b.start - a.end <= 6 && PATRONYMIC_BETWEEN.test(text.slice(a.end, b.start))
      && (a.type === 'PER' || b.type === 'PER') && (a.type === 'PER' || a.type === 'LOC') && (b.type === 'PER' || b.type === 'LOC')
      && !/['’]s$/u.test(a.text);
    if (!joins) {
      i++;
      continue;
    }
    const joined: NameMention = { start: a.start, end: b.end, text: text.slice(a.start, b.end), type: 'PER' };
    if (a.title !== undefined) joined.title = a.title;
    out.splice(i, 2, joined);
  }
}
