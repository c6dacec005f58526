import { genderOfNoun } from '../../src/core/entities/roleNouns';
import { PERSON_TITLES } from '../../src/core/names/nameLexicon';
import { countryOfModifier } from '../../src/core/entities/countryModifiers';

// Counts, over a corpus with person names marked, how often each given name (the first
// word of a name of two or more words) is said to belong to a man or to a woman: by a
// gendered title right before the name ("Mrs.", "Congressman", "his wife") and by the
// pronouns of the sentence that names that one person and of the next sentence when it
// names nobody, the same rule src/core/entities/personProfiles.ts applies at run time.

export interface NameSentence {
  words: string[];
  /** Person names over word indices, end exclusive. */
  people: Array<{ start: number; end: number }>;
  /** The sentence may name people that `people` misses (names found by a heuristic), so its pronouns prove nothing. */
  unsure?: boolean;
}

export interface GenderVotes {
  male: number;
  female: number;
}

/** How often a word led a name of two or more words, and how often it ended one. */
export interface NamePositions {
  given: number;
  surname: number;
}

const MALE_PRONOUNS = new Set(['he', 'his', 'him', 'himself']);
const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);

/** A word that can be someone's given name: a capitalized word of letters, not an initial. */
function looksLikeGivenName(word: string): boolean {
  return /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u.test(word);
}

function isTitle(word: string): boolean {
  return PERSON_TITLES.has(word.toLowerCase().replace(/\.$/u, ''));
}

interface Mention {
  sentence: number;
  given: string | null;
  surname: string;
  /** The gender a title right before or leading the name states. */
  titleGender: 'male' | 'female' | null;
}

/** The names of one sentence with titles split off ("President George Bush" → George, Bush). */
function mentionsOf(s: NameSentence, sentence: number): Mention[] {
  const out: Mention[] = [];
  for (const p of s.people) {
    let start = p.start;
    // "Mrs. Clinton" may come as one token or as "Mrs" and ".".
    const before = s.words[start - 1] === '.' ? start - 2 : start - 1;
    let titleGender = before >= 0 ? genderOfNoun(s.words[before]) : null;
    // Some corpora (the GMB) put the title inside the name.
    for (; start < p.end - 1 && isTitle(s.words[start]); start++) titleGender ??= genderOfNoun(s.words[start]);
    const words = s.words.slice(start, p.end);
    const surname = words[words.length - 1].toLowerCase();
    // "Saudi Prince Saud", "Nazi officer …": a nationality leading a name is no given name.
    const given = words.length >= 2 && looksLikeGivenName(words[0]) && !countryOfModifier(words[0]) ? words[0].toLowerCase() : null;
    out.push({ sentence, given, surname, titleGender });
  }
  return out;
}

function pronounLean(s: NameSentence | undefined): GenderVotes {
  const v = { male: 0, female: 0 };
  for (const w of s?.words ?? []) {
    const lower = w.toLowerCase();
    if (MALE_PRONOUNS.has(lower)) v.male++;
    else if (FEMALE_PRONOUNS.has(lower)) v.female++;
  }
  return v;
}

/**
 * Adds one document's evidence to `votes`. Each mention casts at most one vote: its title's,
 * else the side its sentences' pronouns lean to. A surname alone ("Anderson said") counts
 * for the given name it carried earlier in the document when only one did.
 */
export function addDocumentEvidence(sentences: readonly NameSentence[], votes: Map<string, GenderVotes>, positions?: Map<string, NamePositions>): void {
  const mentions = sentences.flatMap((s, i) => mentionsOf(s, i));
  if (positions) {
    for (const m of mentions) {
      if (!m.given) continue;
      positionOf(positions, m.given).given++;
      positionOf(positions, m.surname).surname++;
    }
  }
  const givenBySurname = new Map<string, string | null>();
  for (const m of mentions) {
    if (!m.given) continue;
    const known = givenBySurname.get(m.surname);
    givenBySurname.set(m.surname, known === undefined || known === m.given ? m.given : null);
  }
  const surnamesBySentence = sentences.map(() => new Set<string>());
  for (const m of mentions) surnamesBySentence[m.sentence].add(m.surname);
  const counted = new Set<string>();
  for (const m of mentions) {
    const given = m.given ?? givenBySurname.get(m.surname) ?? null;
    if (!given) continue;
    let gender = m.titleGender;
    const key = `${m.sentence} ${m.surname}`;
    if (!gender && !counted.has(key)) {
      counted.add(key);
      const s = sentences[m.sentence];
      if (!s.unsure && surnamesBySentence[m.sentence].size === 1) {
        const lean = pronounLean(s);
        const next = sentences[m.sentence + 1];
        if (next && !next.unsure && next.people.length === 0) {
          const more = pronounLean(next);
          lean.male += more.male;
          lean.female += more.female;
        }
        if (lean.male > lean.female) gender = 'male';
        else if (lean.female > lean.male) gender = 'female';
      }
    }
    if (!gender) continue;
    const v = votes.get(given) ?? { male: 0, female: 0 };
    v[gender]++;
    votes.set(given, v);
  }
}

function positionOf(positions: Map<string, NamePositions>, word: string): NamePositions {
  let p = positions.get(word);
  if (!p) {
    p = { given: 0, surname: 0 };
    positions.set(word, p);
  }
  return p;
}

/**
 * Names with at least `minVotes` votes of which at least `minShare` go one way. With
 * `positions`, words that end names at least as often as they lead them ("Lopez", "Chen",
 * "Snyder", led by "Lopez Obrador" or a surname-first order) are left out: what the
 * pronouns say of them is not about a given name.
 */
export function decideGenders(votes: ReadonlyMap<string, GenderVotes>, minVotes: number, minShare: number, positions?: ReadonlyMap<string, NamePositions>): Map<string, 'male' | 'female'> {
  const out = new Map<string, 'male' | 'female'>();
  for (const [name, v] of votes) {
    const p = positions?.get(name);
    if (p && p.surname >= p.given) continue;
    const total = v.male + v.female;
    if (total < minVotes) continue;
    if (v.male >= minShare * total) out.set(name, 'male');
    else if (v.female >= minShare * total) out.set(name, 'female');
  }
  return out;
}
