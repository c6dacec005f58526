import type { Person, Span } from '../types';
import type { Generation, NameMention } from '../names/nameMention';
import { parsePersonName, wordsWithin, isInitial, type PersonName } from './personName';
import { genderOfGivenName } from './givenNames';
import { genderOfNoun } from './roleNouns';
import { cachedByText } from '../text/cachedByText';

// Person mentions grouped into people. Full names ("Donald J. Trump", "Donald Trump") meet on
// given name + surname (+ suffix: "Donald Trump Jr." is someone else). A bare surname or given
// name joins the one person who carries it; when two people share a surname ("Bill Clinton",
// "Hillary Clinton") they stay two people, and a bare "Clinton" goes to the one a title points
// to ("Mrs. Clinton"), else the one the pronoun after it fits ("Clinton said she …":
// pronounsAfterNames.ts), else the one named in the same paragraph just before, else the one
// the article introduced first. One pass in text order with map look-ups: linear.

export interface PersonGroups {
  people: Person[];
  /** Person id of each PER mention, by mention start. */
  personIdAt: Map<number, string>;
  /** Gender each person's titles or given name state, where they do. */
  genderOf: Map<string, 'male' | 'female'>;
  /**
   * The distances between mentions that decided a pick, as triples (start of the bare
   * name, start of the candidate's latest mention, 1 if closer than RECENT else 0):
   * the only way the mentions' positions, beyond their order, shape the grouping. The
   * grouping memo (groupingPlan.ts) reuses a grouping only where these still hold.
   */
  recencyReads: number[];
}

interface Entry {
  person: Person;
  name: PersonName;
  /**
   * Start of the latest mention that named this person and no other (a full name, a
   * title's gender, the only bearer of the name), for recency. A bare surname that went
   * to someone only by recency does not move it: "his father, Rafael Cruz" would
   * otherwise take every later "Mr. Cruz" in a chain, each just after the last.
   */
  lastMention: number;
  gender: 'male' | 'female' | null;
  /** Introduced as someone's relative ("her son, Tom Hollis"): a bare shared surname goes to another bearer first. */
  kin: boolean;
  /** Said to be the younger or the elder of those sharing the surname ("his son, Nathan Hale"; "Tom Hale Sr."). */
  generation: Generation | null;
  /** How many bare surnames shared with someone else went to this person so far. */
  bareSurnames: number;
  /** How often called by the bare given name while sharing the surname and never by the bare surname before (calledByGivenName). */
  givenNames: number;
}

/** A word opening with a quotation mark inside a person's mention: a nickname. */
const NICKNAME = /(?:^|\s)["“‘']/u;

const span = (m: NameMention): Span => ({ start: m.start, end: m.end, text: m.text });

/** Mentions closer than this to a bare surname count as "just before" (about a paragraph). */
export const RECENT = 600;

export function groupPeople(mentions: NameMention[]): PersonGroups {
  const persons = mentions.filter((m) => m.type === 'PER').sort((a, b) => a.start - b.start);
  const names = persons.map((m) => parsePersonName(m.text));

  // People from full names, in order of first appearance.
  const byKey = new Map<string, Entry>();
  const entries: Entry[] = [];
  const bySurname = new Map<string, Entry[]>();
  const byGiven = new Map<string, Entry[]>();
  // Capitalized middle words of full names of three words or more ("Lula" of "Luiz Inácio Lula da Silva").
  const byMiddle = new Map<string, Entry[]>();
  // "J. Smith" waits for a fuller name of the same person ("John Smith"); "J.K. Rowling",
  // with no fuller name in the article, is a person of her own whom "Rowling" refers back to.
  const byInitial = (name: PersonName): boolean => isInitial(name.words[0]) && name.words.length === 2;
  const fuller = (name: PersonName): boolean => (bySurname.get(name.surnameKey) ?? []).some((e) => !byInitial(e.name) && initialsAgree(name, e.name));
  const inLonger = namesWithinLonger(names);
  persons.forEach((m, i) => addFullName(m, names[i], !byInitial(names[i]) && !inLonger.has(i)));
  persons.forEach((m, i) => addFullName(m, names[i], byInitial(names[i]) && !fuller(names[i])));

  function addFullName(m: NameMention, name: PersonName, add: boolean): void {
    if (!name.key || !add) return;
    let entry = byKey.get(name.key);
    if (!entry) {
      entry = {
        // `Marcia "Cia" Price` is Marcia Price: the nickname stays in the mention, not the name.
        person: { id: `p${entries.length + 1}`, name: NICKNAME.test(m.text) ? [...name.words, ...(name.suffix ? [name.suffix] : [])].join(' ') : m.text, aliases: [], mentions: [], quoteCount: 0 },
        name,
        lastMention: -Infinity,
        gender: null,
        kin: m.kin === true,
        generation: m.generation ?? generationOfSuffix(name.suffix),
        bareSurnames: 0,
        givenNames: 0,
      };
      byKey.set(name.key, entry);
      entries.push(entry);
      push(bySurname, name.surnameKey, entry);
      if (name.given && !isInitial(name.given)) push(byGiven, name.given.toLowerCase(), entry);
    }
    for (const w of name.words.slice(1, -1)) {
      const key = w.toLowerCase();
      if (!isInitial(w) && /^\p{Lu}/u.test(w) && !(byMiddle.get(key) ?? []).includes(entry)) push(byMiddle, key, entry);
    }
    // Best full form: the longest one seen.
    if (name.words.length > entry.name.words.length) {
      entry.name = name;
      entry.person.name = [...name.words, ...(name.suffix ? [name.suffix] : [])].join(' ');
    }
    entry.gender ??= genderFromMention(m);
  }

  const recencyReads: number[] = [];
  /** Whether the last pick chose among several by recency or order. */
  let byRecency = false;
  const singles = new Map<string, Entry>();
  // Each mention's person; ids are given once the people are in order.
  const assigned: Entry[] = new Array(persons.length);
  persons.forEach((m, i) => {
    const name = names[i];
    const gender = genderFromMention(m);
    let entry: Entry | undefined = name.key ? byKey.get(name.key) : undefined;
    let named = true;
    if (!entry) {
      const candidates = candidatesFor(name);
      entry = pick(candidates, gender, m.start, m.generation ?? null, m.pronoun ?? null);
      const givenOnly = entry !== undefined && calledByGivenName(name, entry);
      if (givenOnly) entry!.givenNames++;
      named = !entry || (!byRecency && !givenOnly);
      if (entry && candidates.length > 1 && name.words.length === 1 && bySurname.has(name.surnameKey)) entry.bareSurnames++;
    }
    if (!entry) {
      // Nobody fuller carries this name: the bare name is a person of its own.
      const key = name.words.join(' ').toLowerCase();
      entry = singles.get(key);
      if (!entry) {
        entry = {
          person: { id: `p${entries.length + 1}`, name: [...name.words, ...(name.suffix ? [name.suffix] : [])].join(' '), aliases: [], mentions: [], quoteCount: 0 },
          name,
          lastMention: -Infinity,
          gender: null,
          kin: false,
          generation: null,
          bareSurnames: 0,
          givenNames: 0,
        };
        singles.set(key, entry);
        entries.push(entry);
      }
    }
    entry.gender ??= gender;
    if (named) entry.lastMention = m.start;
    entry.person.mentions.push(span(m));
    addAlias(entry.person, m.text);
    if (m.title && isFormOfAddress(m.title)) addAlias(entry.person, `${m.title} ${m.text}`);
    assigned[i] = entry;
  });

  // Ids in order of first mention, so p1 is the first person the article names.
  const people = entries.filter((e) => e.person.mentions.length > 0).map((e) => e.person);
  people.sort((a, b) => a.mentions[0].start - b.mentions[0].start).forEach((p, i) => (p.id = `p${i + 1}`));
  const personIdAt = new Map<number, string>();
  persons.forEach((m, i) => personIdAt.set(m.start, assigned[i].person.id));
  const genderOf = new Map<string, 'male' | 'female'>();
  for (const e of entries) {
    const g = e.person.mentions.length > 0 ? genderOfEntry(e) : null;
    if (g) genderOf.set(e.person.id, g);
  }
  return { people, personIdAt, genderOf, recencyReads };

  /**
   * "Melania" beside Donald and Melania Trump: a bare given name is how news tells apart one of
   * those who share a surname, the one it does not call by the bare surname; it is not the
   * bearer a later bare "Trump" is nearest to. Not one the article has called by the bare
   * surname before ("Clinton" … "Hillary"), nor a given name with a suffix ("Donald Jr.", which names the son as the full name does).
   */
  function calledByGivenName(name: PersonName, entry: Entry): boolean {
    if (name.words.length !== 1 || name.suffix || bySurname.has(name.surnameKey) || !byGiven.has(name.surnameKey) || entry.bareSurnames > 0) return false;
    return (bySurname.get(entry.name.surnameKey)?.length ?? 0) > 1;
  }

  function candidatesFor(name: PersonName): Entry[] {
    if (name.words.length === 1) {
      // One word: it is the surname.
      const w = name.surnameKey;
      // "Lula" for "Luiz Inácio Lula da Silva": a middle word, when no one has it as a surname or a given name.
      return bySurname.get(w) ?? byGiven.get(w) ?? byMiddle.get(w) ?? [];
    }
    // "Wasserman Schultz" for "Debbie Wasserman Schultz", "J. Smith" for "John Smith".
    const within = (bySurname.get(name.surnameKey) ?? []).filter((e) => wordsWithin(name.words.filter((w) => !isInitial(w)), e.name.words) && initialsAgree(name, e.name));
    return within;
  }

  function pick(candidates: Entry[], gender: 'male' | 'female' | null, at: number, generation: Generation | null, pronoun: 'male' | 'female' | null): Entry | undefined {
    byRecency = false;
    if (candidates.length === 0) return undefined;
    // "the younger Hale": the bearer said to be the younger, else the one other than the elder.
    if (generation && candidates.length > 1) {
      const same = candidates.filter((e) => e.generation === generation);
      if (same.length === 1) return same[0];
      const unmarked = candidates.filter((e) => e.generation === null);
      if (same.length === 0 && unmarked.length === 1) return unmarked[0];
    }
    if (candidates.length === 1) {
      // "Mrs. Clinton" is not the article's only full-named Clinton if he is a man.
      const g = genderOfEntry(candidates[0]);
      return gender && g && g !== gender ? undefined : candidates[0];
    }
    let pool = candidates;
    if (gender) {
      const same = pool.filter((e) => genderOfEntry(e) === gender);
      if (same.length === 1) return same[0];
      if (same.length > 1) pool = same;
    }
    // "Trump … refuses to release his tax records" beside Donald and Melania Trump: the bearer the sentence's pronoun fits.
    // A bearer whose gender the article does not give ("Jeh Johnson") stays in the pool.
    if (pronoun) {
      const fits = pool.filter((e) => genderOfEntry(e) !== (pronoun === 'male' ? 'female' : 'male'));
      if (fits.length === 1) return fits[0];
      if (fits.length > 1) pool = fits;
    }
    // The relative is named in full or by the given name; the bare surname is the other bearer's.
    const notKin = pool.filter((e) => !e.kin);
    if (notKin.length === 1) return notKin[0];
    if (notKin.length > 1) pool = notKin;
    let recent: Entry | undefined;
    for (const e of pool) {
      const near = at - e.lastMention < RECENT;
      if (e.lastMention !== -Infinity) recencyReads.push(at, e.lastMention, near ? 1 : 0);
      if (near && (!recent || e.lastMention > recent.lastMention)) recent = e;
    }
    byRecency = true;
    // None named just before: the first introduced, passing over one the article calls by the given name, twice or more ("Melania";
    // not a nickname given once in the full name: Robert C. "Bobby" Scott).
    return recent ?? pool.find((e) => e.givenNames < 2) ?? pool[0];
  }
}

/**
 * The indexes of names of two words or more that are the end of a longer name in the article,
 * opened by a word that is no given name ("Torres Vila" of "Carlos Torres Vila", "Matos
 * Fernandes" of "João Pedro Matos Fernandes", "Wasserman Schultz" of "Debbie Wasserman
 * Schultz"): a compound surname, no full name of its own; it joins the longer name's person
 * as a bare surname does, when a given name stands before it in the longer name ("Pedro" of
 * "João Pedro Matos Fernandes"; not a headline's "McCain Challenger Kelli Ward"). "Paul Jones" beside "John Paul Jones" opens with a given name and
 * stays a full name.
 */
function namesWithinLonger(names: readonly PersonName[]): Set<number> {
  const within = new Set<number>();
  const longBySurname = new Map<string, PersonName[]>();
  for (const n of names) if (n.words.length >= 3 && n.key) push(longBySurname, n.surnameKey, n);
  if (longBySurname.size === 0) return within;
  names.forEach((n, i) => {
    if (!n.key || n.words.length < 2 || isInitial(n.words[0]) || genderOfGivenName(n.words[0]) !== null) return;
    const first = n.words[0].toLowerCase();
    const longer = longBySurname.get(n.surnameKey);
    if (longer?.some((l) => l.words.length > n.words.length && l.words[0].toLowerCase() !== first && l.words.slice(0, l.words.length - n.words.length).some((w) => genderOfGivenName(w) !== null) && wordsWithin(n.words, l.words.slice(1)))) within.add(i);
  });
  return within;
}

/** Words the tagger keeps out of a name with its title that name no office of their own: "Former Clinton" is no form of the name. */
const MODIFIERS = new Set(['former', 'top', 'acting', 'interim', 'u.s.', 'democratic', 'republican', 'gop', 'the', 'late', 'then']);

/** A title that makes a form of the name: a capitalised office or honorific ("Senator", "Mrs."), not a description ("Former", "nominee"). */
const isFormOfAddress = cachedByText((title: string): boolean => title.split(/\s+/u).some((w) => !MODIFIERS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w)));

function addAlias(person: Person, alias: string): void {
  if (alias !== person.name && !person.aliases.includes(alias)) person.aliases.push(alias);
}

/** The gender a title on the mention states ("Mrs.", "Congresswoman"). */
function genderFromMention(m: NameMention): 'male' | 'female' | null {
  return m.title ? genderOfTitle(m.title) : null;
}

const genderOfTitle = cachedByText((title: string): 'male' | 'female' | null => {
  for (const w of title.split(/\s+/u)) {
    const g = genderOfNoun(w);
    if (g) return g;
  }
  return null;
});

function genderOfEntry(e: Entry): 'male' | 'female' | null {
  return e.gender ?? (e.name.given && !isInitial(e.name.given) ? genderOfGivenName(e.name.given) : null);
}

/** "Tom Hale Jr." is the younger of the Hales, "Tom Hale Sr." the elder. */
function generationOfSuffix(suffix: string | null): Generation | null {
  const s = suffix?.toLowerCase();
  return s === 'jr' ? 'younger' : s === 'sr' ? 'elder' : null;
}

/** "J. Smith" may be "John Smith" but not "Mary Smith". */
function initialsAgree(short: PersonName, full: PersonName): boolean {
  const initial = short.words.find((w) => isInitial(w));
  if (!initial || !full.given) return true;
  return full.given.charAt(0).toUpperCase() === initial.charAt(0).toUpperCase();
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
