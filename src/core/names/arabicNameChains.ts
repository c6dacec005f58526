import type { NameMention } from './nameMention';

// Arabic names chain a person's name to a father's and a grandfather's with "bin", "bint" or
// "ibn": "Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum", "Fatima bint Khalid Al Suwaidi";
// Malay names with "bin" or "binti" ("Siti Aminah binti Yusof"), Welsh ones with "ap" ("Rhys ap
// Gwilym"). The tagger reads such a chain in parts, a part now and then as a place ("Fatima") or,
// the father's name alone, as a body: names on both sides of the particle, one of them a person's,
// are one person's name. Read sentence by sentence after tagging.

/** The particle between two names, as written between them: " bin ", " binti ", " ibn ", " ap ". */
const PATRONYMIC_BETWEEN = /^ (?:bin|binti|binte|bint|ibn|ap) $/u;

/** A whole name read as a body's with the particle inside, between two single names: "Dafydd ap Rhys". */
const PATRONYMIC_INSIDE = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? (?:bin|binti|binte|bint|ibn|ap) \p{Lu}\p{Ll}+$/u;

/**
 * The given name left unread before a particle that only joins names ("Hywel ap Dafydd" opening a
 * sentence): "bin" is left out, an English noun too ("the council bin Robson emptied").
 */
const UNREAD_GIVEN_NAME = /(?:^|[^\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+) (?:binti|binte|bint|ibn|ap) $/u;
/**
 * How UNREAD_GIVEN_NAME's match ends, asked first of the few characters before a mention: the
 * pattern, anchored at its end, is tried from every character of what it reads (all the text
 * since the mention before), and nearly no mention has a particle before it.
 */
const PARTICLE_BEFORE = / (?:binti|binte|bint|ibn|ap) $/u;
/** The last letters of PARTICLE_BEFORE's particles ("binti", "binte", "bint", "ibn", "ap"), by character code. */
const PARTICLE_LAST_LETTERS: ReadonlySet<number> = new Set(['i', 'e', 't', 'n', 'p'].map((c) => c.charCodeAt(0)));
/** The most characters PARTICLE_BEFORE matches. */
const PARTICLE_REACH = ' binti '.length;

/** Takes the sentence's mentions from `first` in `out` and joins each such pair in place. */
export function arabicNameChains(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type === 'ORG' && m.text.includes(' ') && PATRONYMIC_INSIDE.test(m.text)) out[i] = { start: m.start, end: m.end, text: m.text, type: 'PER' };
    if (m.text.includes(' ') || (m.type !== 'ORG' && m.type !== 'PER')) continue;
    // A space and a particle's last letter before the mention first: nearly every mention is let go before a slice is cut.
    if (text.charCodeAt(m.start - 1) !== 32 || !PARTICLE_LAST_LETTERS.has(text.charCodeAt(m.start - 2))) continue;
    const from = i > first ? out[i - 1].end : Math.max(0, m.start - 30);
    if (!PARTICLE_BEFORE.test(text.slice(Math.max(from, m.start - PARTICLE_REACH), m.start))) continue;
    const given = UNREAD_GIVEN_NAME.exec(text.slice(from, m.start));
    if (given) {
      const start = m.start - given[0].length + given[0].indexOf(given[1]);
      out[i] = { start, end: m.end, text: text.slice(start, m.end), type: 'PER' };
    }
  }
  for (let i = first; i + 1 < out.length; ) {
    const a = out[i];
    const b = out[i + 1];
    // The father's name alone may be read as a body's ("binti Abdullah"): after a person's name, one word is his.
    const fathers = b.type === 'PER' || b.type === 'LOC' || (a.type === 'PER' && b.type === 'ORG' && !b.text.includes(' '));
    const joins = b.start - a.end <= 7 && b.start - a.end >= 4 && text.charCodeAt(a.end) === 32 && PATRONYMIC_BETWEEN.test(text.slice(a.end, b.start))
      && (a.type === 'PER' || b.type === 'PER') && (a.type === 'PER' || a.type === 'LOC') && fathers
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
