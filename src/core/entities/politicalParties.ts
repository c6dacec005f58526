import { PARTY_NAMES } from './organizationKinds';

// Which party the capitalized words of a role or a title name: "the Senate Republican leader"
// names the Republicans, "Senate Democratic Leader Harry Reid" the Democrats, "Tory MP X" the
// Conservatives. Each party is known by one key, whatever words name it or its members
// ("GOP", "Republican", "Republicans"; "Tory", "Conservative"), so that two namings of one
// party agree and namings of two differ. The parties PARTY_NAMES lists are each their own key.

/** A party's key and the words (lower case) that name it or its members. */
const PARTY_FORMS: ReadonlyArray<readonly [party: string, forms: readonly string[]]> = [
  // United States.
  ['republican', ['republican', 'republicans', 'gop']],
  ['democratic', ['democratic', 'democrat', 'democrats', 'dem', 'dems']],
  // United Kingdom and Ireland.
  ['labour', ['labour']],
  ['conservative', ['conservative', 'conservatives', 'tory', 'tories']],
  ['liberal democrat', ['liberal democrat', 'liberal democrats', 'lib dem', 'lib dems', 'libdem', 'libdems']],
  ['green', ['green', 'greens']],
  ['snp', ['snp', 'scottish national']],
  ['plaid cymru', ['plaid cymru', 'plaid']],
  ['ukip', ['ukip']],
  ['reform uk', ['reform uk']],
  ['dup', ['dup', 'democratic unionist', 'democratic unionists']],
  ['sinn fein', ['sinn féin', 'sinn fein']],
  ['fianna fail', ['fianna fáil', 'fianna fail']],
  // Elsewhere: parties whose words another party's members use too ("Social Democrat" is no Democrat).
  ['labor', ['labor']],
  ['liberal', ['liberal', 'liberals']],
  ['socialist', ['socialist', 'socialists']],
  ['social democratic', ['social democrat', 'social democrats', 'social democratic', 'spd']],
  ['christian democratic', ['christian democrat', 'christian democrats', 'christian democratic', 'cdu']],
  ['free democratic', ['free democrat', 'free democrats', 'free democratic', 'fdp']],
  ['liberal democratic', ['liberal democratic', 'ldp']],
  ['new democratic', ['new democrat', 'new democrats', 'new democratic', 'ndp']],
  ['sweden democrats', ['sweden democrats']],
  ['democratic alliance', ['democratic alliance']],
];

/**
 * Capitalized words that hold a party's word and name no party: "Democratic Republic of Congo
 * President X", "Green Bay coach Y", "Labor Secretary Z" (a portfolio), "the Republican Guard".
 */
const NO_PARTY_FORMS: readonly string[] = [
  'democratic republic', 'republican guard', 'republican guards', 'green bay', 'green new deal', 'green beret', 'green berets',
  'green card', 'green zone', 'labor secretary', 'labor department', 'labor minister', 'labor ministry', 'labor day',
];

/** The longest phrase of the forms, in words. */
const LONGEST = 4;

/** Each form (lower case, and without its accents) → its party's key, or null for a phrase that names none. */
const PARTY_OF_FORM: ReadonlyMap<string, string | null> = (() => {
  const map = new Map<string, string | null>();
  const add = (form: string, party: string | null): void => {
    for (const spelling of [form, form.normalize('NFD').replace(/\p{M}/gu, '')]) if (!map.has(spelling)) map.set(spelling, party);
  };
  for (const [party, forms] of PARTY_FORMS) for (const form of forms) add(form, party);
  for (const form of NO_PARTY_FORMS) add(form, null);
  // The parties named by words that say nothing of a party, each its own key.
  for (const name of PARTY_NAMES) add(name.toLowerCase(), name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));
  return map;
})();

/** The parties some words name, and the words that name none (in order). */
export interface PartyReading {
  parties: ReadonlySet<string>;
  rest: readonly string[];
  /** The last word is (the end of) a party's name: "a Kentucky Republican", "Democrat", "Labour Party". */
  endsInParty: boolean;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The parties named by `words` (as written; a possessive's "'s" is dropped): a phrase is read
 * from its first word, which must open with a capital ("the labour minister" is a portfolio),
 * and the longest phrase of the forms wins ("Liberal Democrat", "Democratic Republic").
 */
export function readParties(words: readonly string[]): PartyReading {
  let parties: Set<string> | null = null;
  const rest: string[] = [];
  let endsInParty = false;
  const plain = words.map((w) => w.replace(/['’]s?$/u, ''));
  for (let i = 0; i < plain.length; ) {
    let taken = 0;
    let party: string | null = null;
    if (/^\p{Lu}/u.test(plain[i])) {
      let phrase = '';
      for (let n = 1; n <= LONGEST && i + n <= plain.length; n++) {
        phrase = n === 1 ? plain[i].toLowerCase() : `${phrase} ${plain[i + n - 1].toLowerCase()}`;
        const found = PARTY_OF_FORM.get(phrase);
        if (found !== undefined) {
          taken = n;
          party = found;
        }
      }
    }
    endsInParty = taken > 0 && party !== null;
    if (taken === 0) {
      rest.push(words[i]);
      i++;
      continue;
    }
    if (party !== null) {
      (parties ??= new Set()).add(party);
      // "the Labour Party leader": the party's own word goes with its name.
      if (i + taken < plain.length && plain[i + taken] === 'Party') taken++;
    } else for (let j = i; j < i + taken; j++) rest.push(words[j]);
    i += taken;
  }
  return { parties: parties ?? NONE, rest, endsInParty };
}

/** Whether two sets of parties share one. */
export function shareParty(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const p of a) if (b.has(p)) return true;
  return false;
}

/** "(R-Ky.)", "D-Nev.": the parties of the US Congress's abbreviations. */
export function partyOfLetter(letter: string): string | null {
  return letter === 'R' ? 'republican' : letter === 'D' ? 'democratic' : null;
}
