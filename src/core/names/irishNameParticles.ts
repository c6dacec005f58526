import type { NameMention } from './nameMention';

// Irish surnames open with a particle written apart: "Ó Broin", "Ní Bhriain", "Nic Giolla",
// "Mac Lochlainn", "Uí Bhriain", the name after "Ó" or "Ní" maybe with a mutation's letter in
// lower case ("Ó hAnnaidh", "Ní hÉalaí"). The tagger, knowing few such names, leaves the particle
// out of a surname alone ("Ó Broin said" read as "Broin") and the surname out of a full name
// ("Liam Óg Ó hAnnaidh" read as "Liam Óg"). Read sentence by sentence after tagging.

/** The particles, as written before the surname. "Mac" only before a surname with a particle of its own ("Mac Giolla"). */
const PARTICLES = 'Ó|Ní|Nic|Uí|Mhic|Ua|Mac';

/** The first and the last letters of the particles, by character code. */
const PARTICLE_FIRST_LETTERS: ReadonlySet<number> = new Set(PARTICLES.split('|').map((p) => p.charCodeAt(0)));
const PARTICLE_LAST_LETTERS: ReadonlySet<number> = new Set(PARTICLES.split('|').map((p) => p.charCodeAt(p.length - 1)));

/** A particle right before a name: the text just before the mention ends in one and a space. */
const PARTICLE_BEFORE = new RegExp(String.raw`(?:^|[\s"“‘(])(${PARTICLES}) $`, 'u');

/** A particle and a surname right after a name ("Liam Óg Ó hAnnaidh"): the surname capitalised, maybe after a mutation's h, n or t. */
const SURNAME_AFTER = new RegExp(String.raw`^ (?:${PARTICLES}) (?:[hnt]-?)?\p{Lu}[\p{L}'’-]*`, 'u');

/**
 * A given name, a particle and a surname ("Micheál Ó Súilleabháin", "Máire Ní Bhriain"): a person,
 * however the tagger read the unknown words. Not "Mac", which opens products and firms' names too.
 */
const PERSON_BY_PARTICLE = /^\p{Lu}[\p{Ll}\p{M}'’]+(?: \p{Lu}[\p{Ll}\p{M}'’]+)? (?:Ó|Ní|Nic|Uí|Mhic) (?:[hnt]-?)?\p{Lu}[\p{Ll}\p{M}'’-]+$/u;

/** Capitalised words that are no particle before a name though spelt as one ("Mac" as a given name: "Mac Jones"). */
function opensName(text: string, start: number): boolean {
  return text.slice(start, start + 4) !== 'Mac ' || /^Mac (?:Giolla|an) /u.test(text.slice(start));
}

/**
 * Takes the sentence's mentions from `first` in `out`: a person's name right after an Irish
 * particle starts with it; one right before a particle and a surname ends with them.
 */
export function irishNameParticles(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    if (out[i].type !== 'PER' && out[i].text.includes(' ') && PERSON_BY_PARTICLE.test(out[i].text)) out[i] = { ...out[i], type: 'PER' };
    const m = out[i];
    if (m.type !== 'PER') continue;
    let { start, end } = m;
    // A space and a particle's last letter before the name, a space and a particle's first after it, looked at before a slice is cut.
    const before = text.charCodeAt(start - 1) === 32 && PARTICLE_LAST_LETTERS.has(text.charCodeAt(start - 2)) ? PARTICLE_BEFORE.exec(text.slice(Math.max(0, start - 6), start)) : null;
    if (before && m.title === undefined && (i === first || out[i - 1].end < start - before[1].length - 1)) {
      const from = start - before[1].length - 1;
      if (opensName(text, from) && !/^Mac$/u.test(before[1])) start = from;
    }
    const after = text.charCodeAt(end) === 32 && PARTICLE_FIRST_LETTERS.has(text.charCodeAt(end + 1)) ? SURNAME_AFTER.exec(text.slice(end, end + 40)) : null;
    if (after && opensName(text, end + 1)) {
      const to = end + after[0].length;
      // The surname the tagger read as a name of its own joins the full name.
      if (i + 1 < out.length && out[i + 1].start < to) {
        if (out[i + 1].end !== to) continue;
        out.splice(i + 1, 1);
      }
      end = to;
    }
    if (start !== m.start || end !== m.end) out[i] = { ...m, start, end, text: text.slice(start, end) };
  }
}
