import { cachedByText } from '../text/cachedByText';
import { lowerCase } from '../text/lowerCase';

// Nouns that describe what a person or an organization is ("the senator", "the ministry"),
// kept in one place for the profile builder, the mention index and the speaker resolver.

/** Roles a person holds; a role noun after "the" may refer back to the person. */
export const PERSON_ROLE_NOUNS = new Set([
  'minister', 'president', 'secretary', 'senator', 'governor', 'mayor', 'spokesman', 'spokeswoman', 'spokesperson',
  'candidate', 'nominee', 'diplomat', 'ambassador', 'envoy', 'chairman', 'chairwoman', 'chair', 'director', 'chief',
  'leader', 'premier', 'chancellor', 'general', 'judge', 'justice', 'lawmaker', 'congressman', 'congresswoman',
  'representative', 'official', 'adviser', 'advisor', 'aide', 'strategist', 'manager', 'economist', 'analyst',
  'professor', 'expert', 'author', 'businessman', 'businesswoman', 'billionaire', 'mogul', 'founder', 'ceo',
  'executive', 'attorney', 'lawyer', 'prosecutor', 'speaker', 'host', 'anchor', 'commentator', 'pollster',
  'reporter', 'columnist', 'writer', 'editor', 'activist', 'pastor', 'actor', 'actress', 'singer', 'rapper', 'star',
  'frontrunner', 'front-runner', 'whip', 'sheriff', 'officer', 'commissioner', 'treasurer', 'delegate', 'veteran',
  'democrat', 'republican', 'independent', 'socialist', 'conservative', 'liberal', 'populist', 'incumbent',
  'challenger', 'rival', 'opponent', 'contender', 'hopeful', 'king', 'queen', 'prince', 'princess', 'pope',
  'cardinal', 'bishop', 'rabbi', 'imam', 'coach', 'player', 'owner', 'investor', 'banker', 'scientist', 'doctor',
  'physician', 'surgeon', 'nurse', 'teacher', 'student', 'researcher', 'scholar', 'historian', 'journalist',
  'producer', 'comedian', 'celebrity', 'entrepreneur', 'developer', 'magnate', 'tycoon', 'heir', 'heiress',
  'nephew', 'niece', 'wife', 'husband', 'mother', 'father', 'son', 'daughter', 'brother', 'sister', 'widow',
  'lady', 'governor-elect', 'president-elect', 'vice-president', 'deputy', 'counsel', 'solicitor', 'organizer',
  'consultant', 'operative', 'surrogate', 'supporter', 'critic', 'donor', 'fundraiser', 'chairperson', 'head',
  'administrator', 'inspector', 'investigator', 'agent', 'detective', 'soldier', 'marine', 'admiral', 'colonel',
  'captain', 'lieutenant', 'sergeant', 'commander', 'boss', 'mr', 'mrs', 'ms',
  // Local, court and Commonwealth copy ("the councillor said", "the coroner said", "the MP added").
  'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman', 'mp', 'mla', 'msp', 'mep', 'mps', 'mlas', 'msps', 'meps', 'taoiseach', 'tánaiste',
  'coroner', 'magistrate', 'barrister', 'constable', 'headteacher', 'headmaster', 'headmistress', 'principal',
  'priest', 'vicar', 'backbencher', 'campaigner', 'defendant', 'witness',
  // Science and weather copy ("the epidemiologist said", "Meteorologist Ginger Zee").
  'meteorologist', 'forecaster', 'correspondent', 'epidemiologist', 'neuroscientist', 'biologist', 'microbiologist', 'virologist',
  'physicist', 'chemist', 'astronomer', 'psychologist', 'sociologist', 'geologist', 'climatologist', 'archaeologist', 'novelist', 'poet',
  // Sports reports ("the midfielder said", "the skipper added").
  'striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'goalie', 'winger', 'skipper', 'quarterback', 'pitcher', 'batsman',
  'bowler', 'jockey', 'referee', 'umpire', 'golfer', 'cyclist', 'sprinter', 'swimmer', 'boxer', 'athlete',
  // Rugby and football positions opening a caption's name ("Fullback Tom Reed scored").
  'fullback', 'flanker', 'fly-half', 'scrum-half', 'back-rower', 'number-eight', 'lineman', 'linebacker', 'shortstop', 'point-guard',
]);

/** Nouns that stand for an organization ("the ministry said", "the company said"). */
export const ORGANIZATION_ROLE_NOUNS = new Set([
  'company', 'ministry', 'department', 'agency', 'campaign', 'government', 'administration', 'group', 'firm',
  'police', 'court', 'committee', 'commission', 'council', 'party', 'organization', 'organisation', 'office',
  'bureau', 'network', 'newspaper', 'paper', 'magazine', 'station', 'channel', 'union', 'association', 'foundation',
  'institute', 'university', 'school', 'bank', 'board', 'panel', 'embassy', 'consulate', 'army', 'military',
  'navy', 'coalition', 'alliance', 'movement', 'team', 'club', 'church', 'hospital', 'center', 'centre', 'service',
  'pac', 'super', 'website', 'site', 'outlet', 'publication', 'house', 'senate', 'congress', 'legislature',
  'parliament', 'cabinet', 'regime', 'state', 'city', 'county', 'statement', 'report', 'study', 'poll', 'survey',
  'memo', 'letter', 'lawsuit', 'complaint', 'release', 'ad', 'advertisement', 'video', 'post', 'tweet',
  // Business and regulation copy: "the retailer said", "the lender said", "the watchdog said".
  'retailer', 'supermarket', 'chain', 'lender', 'insurer', 'airline', 'carrier', 'carmaker', 'automaker', 'drugmaker',
  'chipmaker', 'manufacturer', 'conglomerate', 'corporation', 'brewer', 'regulator', 'watchdog', 'broadcaster',
  // Technology and industry copy: "the startup said", "the tech giant said", "the utility said".
  'startup', 'start-up', 'giant', 'utility', 'miner', 'subsidiary',
  // "the planemaker said", "the think tank said", "the charity said", "the operator said".
  'planemaker', 'jetmaker', 'operator', 'provider', 'supplier', 'charity', 'nonprofit', 'non-profit', 'think-tank', 'thinktank', 'tank',
]);

/** Honorifics say nothing about what a person is: "Mr." alone is no description. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss']);

/** Verb and adverb forms that still describe a person before the name ("acting director", "jailed opposition leader"). */
export const DESCRIBING_FORMS: ReadonlySet<string> = new Set(['elected', 'acting', 'retired', 'leading', 'ruling', 'ranking', 'governing', 'founding', 'managing', 'presiding', 'reigning', 'outgoing', 'incoming', 'sitting', 'deposed', 'disgraced', 'embattled', 'jailed', 'indicted', 'exiled', 'longtime', 'early']);

/**
 * A lower-case verb or adverb form (in -ed, -ing, -ly) that ends a description read back from a
 * name: "Labour MPs urged Ms Reeves", "critics accused President X" describe the subject, not
 * the one named. Not the forms that describe, nor role nouns ("the acting director").
 */
export function endsDescription(word: string): boolean {
  return /^\p{Ll}+(?:ed|ing|ly)$/u.test(word) && !DESCRIBING_FORMS.has(word) && !roleNounOf(word);
}

const MALE_NOUNS = new Set(['congressman', 'spokesman', 'chairman', 'businessman', 'husband', 'father', 'son', 'brother', 'king', 'prince', 'actor', 'nephew', 'mr', 'sir', 'lord', 'widower', 'boy', 'man', 'grandfather', 'uncle']);
const FEMALE_NOUNS = new Set(['congresswoman', 'spokeswoman', 'chairwoman', 'businesswoman', 'wife', 'mother', 'daughter', 'sister', 'queen', 'princess', 'actress', 'niece', 'mrs', 'ms', 'miss', 'madam', 'lady', 'widow', 'heiress', 'girl', 'woman', 'grandmother', 'aunt']);

// Asked of titles and of the words around person mentions on every edit: each spelling once.
export const genderOfNoun = cachedByText((noun: string): 'male' | 'female' | null => {
  const lower = noun.toLowerCase().replace(/\.$/u, '');
  if (MALE_NOUNS.has(lower)) return 'male';
  if (FEMALE_NOUNS.has(lower)) return 'female';
  return null;
});

export function isPersonRole(noun: string): boolean {
  const lower = lowerCase(noun);
  return PERSON_ROLE_NOUNS.has(lower) || isRankedRole(lower);
}

/** "vice-chancellor", "deputy-mayor": a rank hyphened to a person's role noun (lower case). */
function isRankedRole(lower: string): boolean {
  const dash = lower.indexOf('-');
  return dash > 0 && RANKS.has(lower.slice(0, dash)) && PERSON_ROLE_NOUNS.has(lower.slice(dash + 1));
}

export function isOrganizationRole(noun: string): boolean {
  return ORGANIZATION_ROLE_NOUNS.has(lowerCase(noun));
}

/** The title words of a role phrase normalized to role nouns: "Sen." → senator, "Rep." → representative. */
const ABBREVIATED_ROLES: Record<string, string> = {
  sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', lt: 'lieutenant', col: 'colonel',
  sgt: 'sergeant', capt: 'captain', adm: 'admiral', prof: 'professor', dr: 'doctor', atty: 'attorney', pres: 'president',
  sec: 'secretary', amb: 'ambassador', supt: 'superintendent',
};

// Asked of the words around every person mention on every edit: each spelling once.
export const roleNounOf = cachedByText((word: string): string | null => {
  const lower = word.toLowerCase().replace(/\.$/u, '');
  const expanded = Object.hasOwn(ABBREVIATED_ROLES, lower) ? ABBREVIATED_ROLES[lower] : lower;
  return PERSON_ROLE_NOUNS.has(expanded) || isRankedRole(expanded) ? expanded : null;
});

/**
 * Words that make an office below the one named ("Vice President", "Deputy Prime Minister",
 * "assistant coach"): a role of its own, which "the president" or "the prime minister" never
 * refers back to.
 */
const RANKS = new Set(['vice', 'deputy', 'assistant']);
/** How many words a rank may stand before its role's noun ("Deputy Prime Minister"). */
export const RANK_REACH = 2;

/** The rank a word gives the role after it ("Deputy" → deputy), or null. */
export function rankOfWord(word: string): string | null {
  const lower = lowerCase(word);
  return RANKS.has(lower) ? lower : null;
}

/** The role a rank makes of a role noun, spelled as the hyphened noun is ("vice" + "president" → "vice-president"). */
export function rankedRole(rank: string, role: string): string {
  return `${rank}-${role}`;
}

/** Heads of state and government: "the Russian leader" is whichever of them the text made Russian. */
const LEADER_ROLES = ['president', 'premier', 'minister', 'chancellor', 'king', 'queen', 'leader', 'prince', 'pope'];

/** Whether a person with these roles is what `noun` ("the leader") may refer back to. */
export function holdsRole(roles: ReadonlySet<string>, noun: string): boolean {
  // "the deputy said" after "Deputy Mayor Tom Ruiz".
  if (noun === 'deputy' && [...roles].some((r) => r.startsWith('deputy-'))) return true;
  return roles.has(noun) || (noun === 'leader' && LEADER_ROLES.some((r) => roles.has(r)))
    || SAME_ROLES.some((names) => names.includes(noun) && names.some((r) => roles.has(r)))
    || (noun === 'lawmaker' && LAWMAKERS.some((r) => roles.has(r)));
}

/** A company's head, named one way and referred back to another: "Chief Executive X … the CEO said", "CEO X … the chief executive". */
const COMPANY_HEADS = ['ceo', 'executive'];
/** A member of the House, titled one way and referred back to another: "Rep. X … the congresswoman said". */
const HOUSE_MEMBERS = ['representative', 'congressman', 'congresswoman', 'congressmember'];
/** Those "the lawmaker" refers back to: members of a legislature by any title. */
const LAWMAKERS = [...HOUSE_MEMBERS, 'senator', 'legislator', 'assemblyman', 'assemblywoman', 'mp', 'mep', 'lawmaker'];

/** A team's captain, named one way and referred back to another: "captain X … the skipper said". */
const CAPTAINS = ['captain', 'skipper'];
/** "Goalkeeper X … the keeper said". */
const GOALKEEPERS = ['goalkeeper', 'keeper', 'goalie'];
/** A judge, titled one way and referred back to another: "Mr Justice Fraser … the judge said", "Judge X … the justice". */
const JUDGES = ['judge', 'justice'];
/** A team's head, named one way and referred back to another: "Arsenal coach X … the manager said", "boss X … the coach". */
const TEAM_HEADS = ['coach', 'manager', 'boss'];

/** Roles named one way and referred back to by another of the same list. */
const SAME_ROLES: readonly (readonly string[])[] = [TEAM_HEADS, CAPTAINS, GOALKEEPERS, JUDGES, COMPANY_HEADS, HOUSE_MEMBERS];
