// The parts of a person's name as written: given name, surname, generational suffix.
// "Donald J. Trump" and "Donald Trump" share a key; "Donald Trump Jr." does not.
import { cachedByText } from '../text/cachedByText';
import { CAPITALIZED_SURNAME_PARTICLES, SURNAME_PARTICLES } from '../names/nameLexicon';

export interface PersonName {
  /** Words as written, possessive and suffix removed. */
  readonly words: readonly string[];
  readonly given: string | null;
  readonly surname: string;
  /** "Jr", "III": part of who the person is. */
  readonly suffix: string | null;
  /** given + surname + suffix, lower case; null for a single word. */
  readonly key: string | null;
  /** The surname in lower case (the grouper's look-ups go by it). */
  readonly surnameKey: string;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v']);
/** Particles of Arabic names that join a person's name to a father's ("Osama Bin Laden"). */
export const PATRONYMIC_PARTICLES = new Set(['bin', 'ibn', 'bint']);
/** "binti", "binte": "daughter of" in Malay names, between a woman's own names and her father's. */
const MALAY_DAUGHTER_OF = new Set(['binti', 'binte']);
/** "Siti Aminah binti Yusof": a Malay woman's own last name, before "binti" (the name she is called by, "Aminah"); else null. */
export function ownNameBeforeFather(text: string): string | null {
  if (!text.includes(' bint')) return null;
  const words = text.split(/\s+/u);
  const father = words.findIndex((w) => MALAY_DAUGHTER_OF.has(w));
  return father >= 1 ? words[father - 1] : null;
}

/** Particles that open Irish surnames, written apart: "Ó Broin", "Ní Bhriain", "Nic Giolla", "Uí Bhriain". Not "Mac", a given name too ("Mac Jones"). */
const IRISH_PARTICLES = new Set(['Ó', 'Ní', 'Nic', 'Uí', 'Mhic', 'Ua']);

export function stripPossessive(word: string): string {
  // What /['’]s$/iu and /s['’]$/u find, read from the last two characters: asked of nearly
  // every word around every name ('s' under Unicode case folding: s, S and the long s ſ), where
  // a pattern written here would be a new RegExp object at every call.
  const n = word.length;
  if (n <= 2) return word;
  const last = word.charCodeAt(n - 1);
  const before = word.charCodeAt(n - 2);
  if ((last === 0x73 || last === 0x53 || last === 0x17f) && (before === 0x27 || before === 0x2019)) return word.slice(0, -2);
  if (before === 0x73 && (last === 0x27 || last === 0x2019)) return word.slice(0, -1);
  return word;
}

/** An initial such as "J." or "H.W.". */
export function isInitial(word: string): boolean {
  // Most words are neither one letter nor dotted: settled without the Unicode regex.
  if (word.length > 1 && word.charCodeAt(word.length - 1) !== 46) return false;
  // "Ó Broin": the Irish particle, no initial.
  if (IRISH_PARTICLES.has(word)) return false;
  return /^(?:\p{Lu}\.)+$/u.test(word) || /^\p{Lu}$/u.test(word);
}

// An article names its people again and again, and the incremental annotator groups every
// mention on every edit: each spelling is parsed once. The parts are only ever read.
export const parsePersonName: (text: string) => PersonName = cachedByText(parseAfresh);

/** A nickname in marks inside a name (`Marcia "Cia" Price`, `Dwayne “The Rock” Johnson`): no part of the name's key. */
const NICKNAME = /(^|\s)["“‘'][^"“”‘’'\s]+(?:\s[^"“”‘’'\s]+){0,2}["”’'](?=\s|$)/gu;

function parseAfresh(text: string): PersonName {
  const raw = text.replace(NICKNAME, '$1').split(/\s+/u).filter(Boolean);
  const words = raw.map((w, i) => (i === raw.length - 1 ? stripPossessive(w) : w)).map((w) => w.replace(/,$/u, ''));
  let suffix: string | null = null;
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1].replace(/\.$/u, '').toLowerCase())) {
    suffix = words.pop()!.replace(/\.$/u, '');
  }
  if (words.length === 1) return { words, given: null, surname: words[0], suffix, key: null, surnameKey: words[0].toLowerCase() };
  // "Bin Laden", "Ibn Saud": a patronymic particle and the name it joins are the surname alone,
  // as "Laden" would be, so they group with "Osama Bin Laden".
  // So are "le Carré" and "von der Leyen" (after "Mr.", "Ms."): particles in lower case open no given name.
  // "Le Pen", "De Gaulle" capitalized at the name's head are the surname too ("Van", "Al", "Ben", "Del" open given names: "Al Gore").
  // So is "Ó Broin" or "Ní Bhriain", as "Broin" would be, grouping with "Eoin Ó Broin".
  if ((words.length === 2 && (PATRONYMIC_PARTICLES.has(words[0].toLowerCase()) || CAPITALIZED_SURNAME_PARTICLES.has(words[0]) || IRISH_PARTICLES.has(words[0]))) || words.slice(0, -1).every((w) => SURNAME_PARTICLES.has(w))) {
    const surname = words[words.length - 1];
    return { words, given: null, surname, suffix, key: null, surnameKey: surname.toLowerCase() };
  }
  // "Siti Aminah binti Yusof": a Malay woman's own name comes before "binti" and her father's after;
  // the text calls her by her own ("Aminah"), so that is the name the grouper reads as a surname.
  const father = words.findIndex((w) => MALAY_DAUGHTER_OF.has(w));
  if (father === 1) return { words, given: null, surname: words[0], suffix, key: null, surnameKey: words[0].toLowerCase() };
  const given = words[0];
  const surname = father > 1 ? words[father - 1] : words[words.length - 1];
  const key = `${given} ${surname}${suffix ? ` ${suffix}` : ''}`.toLowerCase();
  return { words, given, surname, suffix, key, surnameKey: surname.toLowerCase() };
}

/** Whether `part`'s words appear in order in `whole` ("Wasserman Schultz" in "Debbie Wasserman Schultz"). */
export function wordsWithin(part: readonly string[], whole: readonly string[]): boolean {
  if (part.length > whole.length) return false;
  let i = 0;
  for (const w of whole) if (i < part.length && w.toLowerCase() === part[i].toLowerCase()) i++;
  return i === part.length;
}
