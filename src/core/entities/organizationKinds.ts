import { cachedByText } from '../text/cachedByText';
import { firmShortName } from './firmNames';
import { countryOfModifier } from './countryModifiers';

// What kind of body an organization is, read from its name alone, and which kinds a noun
// that stands for an organization ("the court", "the company", "the movement") may refer
// back to. A reader ties "the court said" to the Supreme Court and "the company said" to
// Acme Corp., but never "the movement" to a court nor "the newspaper" to a ministry.
// Only the name is read, so two versions of a text that name an organization alike read
// it alike (the editor's reuse of speakers compares organizations by name).

export type OrganizationKind =
  | 'court' | 'government' | 'police' | 'legislature' | 'party' | 'campaign' | 'firm' | 'outlet' | 'school' | 'union' | 'group';

/**
 * Outlets news names in its copy by a name that says nothing of a newspaper or a channel,
 * often made of common words ("Rolling Stone gave the album three stars", "told Variety").
 * The name finder adds them where the tagger read none (taggedNameFinder.ts knownOutlets);
 * the kinds below read them as outlets and "the magazine" as one of them.
 */
export const OUTLETS_BY_NAME: readonly string[] = [
  'Rolling Stone', 'Variety', 'Billboard', 'Pitchfork', 'Vanity Fair', 'The New Yorker', 'The Atlantic', 'The Economist',
  'The Hollywood Reporter', 'Deadline', 'Der Spiegel', 'Le Monde', 'Le Figaro', 'El País', 'Haaretz', 'Politico', 'Axios',
];

/**
 * Parties news names by words that say nothing of a party ("Sinn Féin", "Fine Gael", "Law and Justice"), which the
 * tagger reads as people, places or things; those ending in a party's word ("Aam Aadmi Party") or its members
 * ("Sweden Democrats") it reads well enough, and one-word names are in the tagger's lexicon (KNOWN_ORGANIZATIONS).
 */
export const PARTY_NAMES: readonly string[] = [
  'Sinn Féin', 'Sinn Fein', 'Fianna Fáil', 'Fianna Fail', 'Fine Gael', 'Plaid Cymru', 'Lib Dems', 'Liberal Democrats', 'Reform UK',
  'National Rally', 'Rassemblement National', 'La France Insoumise', 'France Unbowed', 'Brothers of Italy', 'Fratelli d’Italia', "Fratelli d'Italia", 'Forza Italia',
  'Law and Justice', 'Civic Platform', 'Civic Coalition', 'New Democracy', 'Golden Dawn', 'Vlaams Belang', 'Die Linke', 'Yesh Atid',
  'Blue and White', 'Otzma Yehudit', 'United Torah Judaism', 'Nippon Ishin', 'Pheu Thai', 'Move Forward', 'Kenya Kwanza', 'Jatiya Party',
  'Tehreek-e-Insaf', 'Alternative for Germany', 'People Power Party', 'Democratic Unionists',
  // One word the tagger reads as a person's name ("Komeito, which left the coalition, said").
  'Komeito', 'Fidesz', 'Likud', 'Syriza', 'Podemos', 'Ennahda',
  // Parties of one plural word: "The Greens leader, X", "the Greens" (Australia, New Zealand, Germany, England and Wales).
  'Greens',
];

/** Words of a newspaper's name ("The Washington Post", "The Daily Telegraph"); for "the newspaper" and "the paper" too. */
export const NEWSPAPER_NAMES = /journal|times|\bpost\b|sentinel|tribune|herald|\bnews\b|gazette|globe|daily|register|chronicle|\bstar\b|inquirer|observer|guardian|telegraph|\bmail\b|courier|dispatch|examiner|\brecord\b|\bindependent$/u;

const escaped = (name: string): string => name.toLowerCase().replace(/^the /u, '').replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Names of magazines, for "the magazine" ("Rolling Stone", "Vanity Fair", "The Economist"). */
export const MAGAZINE_NAMES = new RegExp(String.raw`magazine|review|weekly|monthly|journal|newsweek|` + OUTLETS_BY_NAME.map(escaped).join('|'), 'u');

const OUTLET_NAMES = new RegExp([
  NEWSPAPER_NAMES.source,
  String.raw`magazine|\breview\b|weekly|monthly|newsweek|\.com\b|\btv\b|television|radio|broadcast|\bbbc\b|\bcnn\b|\bfox\b|\bnbc\b|\babc\b|\bcbs\b|msnbc|\bnpr\b|\bpbs\b`,
  String.raw`reuters|associated press|\bafp\b|bloomberg|politico|breitbart|buzzfeed|huffington|axios|\bvox\b|xinhua|\btass\b|al jazeera|russia today|daily beast|the hill\b`,
  ...OUTLETS_BY_NAME.map((name) => `^(?:the )?${escaped(name)}$`),
].join('|'), 'u');

/** Kinds a name says, by its words: "Supreme Court" a court, "Foreign Ministry" a government body, "Acme Corp." a firm. */
const NAMED_KINDS: ReadonlyArray<readonly [OrganizationKind, RegExp]> = [
  ['court', /\b(?:court|tribunal)\b/u],
  ['police', /\b(?:police|constabulary|sheriff|nypd|lapd|scotland yard)\b/u],
  ['government', /\b(?:ministry|department|agency|bureau|administration|authority|commission|government|cabinet|white house|kremlin|pentagon|treasury|office|service|fbi|cia|nsa|irs|epa|fda|fema|dhs|doj|cdc|nasa|army|navy|military|air force|marine corps)\b/u],
  ['legislature', /\b(?:senate|house of|congress|parliament|legislature|assembly)\b/u],
  ['party', new RegExp(String.raw`\b(?:party|gop|labour|tories|dnc|rnc|national committee|snp|ukip|lib dems)\b|` + PARTY_NAMES.map((name) => `^${escaped(name)}$`).join('|'), 'u')],
  ['campaign', /\b(?:campaign|for america|for president|pac)\b/u],
  ['firm', /\b(?:inc|corp|co|ltd|llc|plc|company|corporation|holdings|bank|airlines|motors|industries|group)\b/u],
  ['outlet', OUTLET_NAMES],
  ['school', /universit|college|school|academy/u],
  ['union', /\b(?:union|brotherhood|teamsters|afl-cio|seiu|guild)\b/u],
  ['group', /\b(?:foundation|institute|center|centre|association|coalition|alliance|movement|league|society|fund|council|federation|network|watch|project|initiative|forum|trust|organi[sz]ation|group|committee|club|action|caucus)\b/u],
];

/** The kinds an organization's name says (none for a bare name such as "Uber"). */
export const kindsOfOrganization = cachedByText((name: string): ReadonlySet<OrganizationKind> => {
  const lower = name.toLowerCase();
  const kinds = new Set<OrganizationKind>();
  for (const [kind, pattern] of NAMED_KINDS) if (pattern.test(lower)) kinds.add(kind);
  if (firmShortName(name)) kinds.add('firm');
  return kinds;
});

/** The countries a name names by a demonym or a country word ("Chinese Foreign Ministry", "U.S. Army"). */
export const countriesInName = cachedByText((name: string): ReadonlySet<string> => {
  const countries = new Set<string>();
  for (const word of name.split(/\s+/u)) {
    const country = countryOfModifier(word);
    if (country) countries.add(country);
  }
  return countries;
});

/**
 * Which kinds a noun refers back to; `strict` when only an organization known to be of one
 * of them will do ("the ministry", "the campaign"), else any whose name says no other kind
 * ("the company" after "Uber").
 */
interface NounKinds { kinds: ReadonlySet<OrganizationKind>; strict: boolean }

const kindsOf = (kinds: OrganizationKind[], strict: boolean): NounKinds => ({ kinds: new Set(kinds), strict });

const FIRM_NOUN = kindsOf(['firm'], false);

const NOUN_KINDS: Readonly<Record<string, NounKinds>> = {
  company: kindsOf(['firm', 'outlet'], false),
  firm: kindsOf(['firm'], false),
  ministry: kindsOf(['government'], true),
  department: kindsOf(['government', 'police'], true),
  agency: kindsOf(['government', 'police'], false),
  campaign: kindsOf(['campaign'], true),
  group: kindsOf(['group', 'firm', 'union', 'campaign'], false),
  organization: kindsOf(['group', 'firm', 'union', 'outlet', 'party', 'campaign', 'government'], false),
  organisation: kindsOf(['group', 'firm', 'union', 'outlet', 'party', 'campaign', 'government'], false),
  police: kindsOf(['police'], true),
  committee: kindsOf(['government', 'legislature', 'group', 'party'], false),
  commission: kindsOf(['government', 'legislature', 'group'], false),
  council: kindsOf(['government', 'legislature', 'group'], false),
  panel: kindsOf(['government', 'legislature', 'group', 'court'], false),
  party: kindsOf(['party'], true),
  network: kindsOf(['outlet'], true),
  website: kindsOf(['outlet'], true),
  site: kindsOf(['outlet'], true),
  outlet: kindsOf(['outlet'], true),
  publication: kindsOf(['outlet'], true),
  coalition: kindsOf(['group', 'party', 'government'], false),
  alliance: kindsOf(['group', 'party', 'government'], false),
  movement: kindsOf(['group', 'party'], false),
  team: kindsOf(['group', 'firm', 'campaign'], false),
  service: kindsOf(['government', 'firm', 'outlet'], true),
  pac: kindsOf(['campaign', 'group'], false),
  super: kindsOf(['campaign', 'group'], false),
  // A kind of firm: a firm's name, or a bare one ("Tesco"), never a ministry or a newspaper.
  retailer: FIRM_NOUN,
  supermarket: FIRM_NOUN,
  chain: FIRM_NOUN,
  lender: FIRM_NOUN,
  insurer: FIRM_NOUN,
  airline: FIRM_NOUN,
  carrier: FIRM_NOUN,
  carmaker: FIRM_NOUN,
  automaker: FIRM_NOUN,
  drugmaker: FIRM_NOUN,
  chipmaker: FIRM_NOUN,
  manufacturer: FIRM_NOUN,
  conglomerate: FIRM_NOUN,
  corporation: FIRM_NOUN,
  brewer: FIRM_NOUN,
  // A regulator or a watchdog is a public body or a group ("Ofcom", "the Competition and Markets Authority").
  regulator: kindsOf(['government', 'group'], false),
  watchdog: kindsOf(['government', 'group'], false),
  broadcaster: kindsOf(['outlet', 'firm'], false),
};

/** Words before the noun that say the kind themselves: "the news agency" is an outlet, "the law enforcement agency" a government body. */
const KIND_MODIFIERS: Readonly<Record<string, NounKinds>> = {
  news: kindsOf(['outlet'], true),
  media: kindsOf(['outlet', 'firm'], true),
  broadcasting: kindsOf(['outlet'], true),
  enforcement: kindsOf(['government', 'police'], true),
  intelligence: kindsOf(['government'], true),
  spy: kindsOf(['government'], true),
  federal: kindsOf(['government', 'police', 'court'], true),
  polling: kindsOf(['firm', 'outlet', 'school', 'group'], false),
};

/** Nouns that name a body of people joined by a cause: with a word before them that says another cause, a new one ("the anti-abortion movement"). */
const CAUSE_NOUNS = new Set(['movement']);

/** What a definite organization noun says of the organization it refers back to. */
export interface OrganizationReference {
  noun: string;
  /** The words between the determiner and the noun, as written ("anti-abortion", "Chinese"). */
  modifiers: readonly string[];
  /** Surnames of people named before the noun inside the phrase ("the Clinton campaign"). */
  people: readonly string[];
  /** The country a word before the noun names ("the Chinese company"). */
  country: string | null;
}

/** Whether the noun has a kind table (the nouns of the rule; others keep their own handling). */
export function hasNounKinds(noun: string): boolean {
  return Object.hasOwn(NOUN_KINDS, noun);
}

/** Whether an organization named `name` may be what the reference stands for. */
export function fitsReference(name: string, ref: OrganizationReference): boolean {
  const lower = name.toLowerCase();
  // "the Clinton campaign" is not the Trump campaign, nor any organization without Clinton in its name.
  for (const person of ref.people) if (!lower.includes(person.toLowerCase())) return false;
  // "the Chinese company" is not a company the name makes Japanese.
  if (ref.country) {
    const countries = countriesInName(name);
    if (countries.size > 0 && !countries.has(ref.country)) return false;
  }
  const table = modifierKinds(ref) ?? (Object.hasOwn(NOUN_KINDS, ref.noun) ? NOUN_KINDS[ref.noun] : undefined);
  if (CAUSE_NOUNS.has(ref.noun) && ref.modifiers.some((m) => !lower.includes(m.toLowerCase()))) return false;
  if (!table) return true;
  const kinds = kindsOfOrganization(name);
  if (kinds.size === 0) return !table.strict;
  for (const k of kinds) if (table.kinds.has(k)) return true;
  return false;
}

function modifierKinds(ref: OrganizationReference): NounKinds | undefined {
  for (const m of ref.modifiers) {
    const lower = m.toLowerCase();
    if (Object.hasOwn(KIND_MODIFIERS, lower)) return KIND_MODIFIERS[lower];
  }
  return undefined;
}
