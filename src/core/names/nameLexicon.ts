import { CaselessWordSet } from '../text/caselessWordSet';
import { lowerCase } from '../text/lowerCase';
// Word lists the tagger's lexicon features and the name finder's refinements rely on.

/** Titles and honorifics that precede a person's name; excluded from the mention. */
export const PERSON_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice', 'prime', 'minister', 'secretary', 'senator', 'sen', 'rep', 'representative',
  'governor', 'gov', 'mayor', 'judge', 'justice', 'chancellor', 'premier', 'king', 'queen', 'prince',
  'princess', 'pope', 'general', 'gen', 'colonel', 'col', 'lieutenant', 'lt', 'captain', 'capt',
  'sergeant', 'sgt', 'major', 'maj', 'admiral', 'adm', 'ambassador', 'envoy', 'spokesman', 'spokeswoman',
  'spokesperson', 'chairman', 'chairwoman', 'chair', 'director', 'commissioner', 'sheriff', 'officer',
  'detective', 'coach', 'chief', 'deputy', 'foreign', 'state', 'defense', 'defence', 'treasury', 'attorney',
  'first', 'lady', 'speaker', 'leader', 'ceo', 'founder', 'rev', 'reverend', 'father', 'sister', 'rabbi',
  'imam', 'sheikh', 'ayatollah', 'hon', 'congressman', 'congresswoman', 'councilman', 'councilwoman',
  'candidate', 'nominee', 'diplomat', 'counselor', 'adviser', 'advisor', 'economist', 'analyst',
  'top', 'former', 'acting', 'interim', 'u.s.', 'democratic', 'republican', 'gop',
  'brigadier', 'marshal', 'corporal', 'mullah', 'cardinal', 'archbishop', 'bishop', 'famer', 'whip',
  // Plurals of the abbreviations before two names or more: "Sens. John McCain and Lindsey Graham".
  'sens', 'reps', 'govs',
  // Irish and Indian offices and honorifics: "Taoiseach Micheál Martin", "Shri Amit Shah".
  'taoiseach', 'tanaiste', 'shri', 'smt', 'councillor',
  // British local copy: "Cllr Heather Mack".
  'cllr',
]);

/**
 * "Former Telangana chief minister K. Chandrashekar Rao": a word that only qualifies an office,
 * read alone as a title, says nothing of the name after it being a person's surname.
 */
export function isOnlyQualifier(title: string): boolean {
  return /^(?:former|top|acting|interim|late|then|ex|outgoing|incoming)$/iu.test(title);
}

/**
 * A service or rank before a name (`Marine John Tiegen`, `Pfc. Jane Doe`) that also begins
 * names (`Marine Le Pen`): a title only right before a common first name (isServiceTitleAt).
 */
const SERVICE_TITLES = new Set(['marine', 'airman', 'seaman', 'sailor', 'soldier', 'trooper', 'private', 'pfc', 'spc', 'cpl', 'specialist']);

/** The word `word` is a service title because `next`, the word after it, is a common first name. */
export function isServiceTitle(word: string, next: string | undefined): boolean {
  return next !== undefined && SERVICE_TITLES.has(lowerCase(word).replace(/\.$/u, '')) && COMMON_FIRST_NAMES.has(next.toLowerCase());
}

/** Words that make a capitalized sequence an organization. */
export const ORGANIZATION_WORDS = new Set([
  'ministry', 'department', 'university', 'college', 'school', 'institute', 'academy', 'party', 'post',
  'times', 'journal', 'news', 'press', 'herald', 'tribune', 'gazette', 'telegraph', 'guardian', 'inc',
  'corp', 'corporation', 'company', 'co', 'ltd', 'llc', 'plc', 'group', 'bank', 'council', 'committee',
  'commission', 'agency', 'association', 'federation', 'union', 'organization', 'organisation',
  'foundation', 'fund', 'network', 'airlines', 'airways', 'army', 'navy', 'police', 'forces', 'force',
  'court', 'congress', 'senate', 'parliament', 'assembly', 'administration', 'government', 'office',
  'bureau', 'service', 'services', 'board', 'authority', 'campaign', 'club', 'team', 'league', 'church',
  'center', 'centre', 'hospital', 'reuters', 'xinhua', 'cgtn', 'cnn', 'bbc', 'nbc', 'abc', 'cbs', 'fox',
  'msnbc', 'npr', 'ap', 'afp', 'pac', 'coalition', 'alliance', 'movement', 'front', 'brigade', 'industries',
  'motors', 'technologies', 'systems', 'holdings', 'partners', 'capital', 'labs', 'media', 'magazine',
  'review', 'daily', 'weekly', 'broadcasting', 'television', 'radio', 'house', 'pentagon', 'kremlin',
  'nations', 'caucus', 'cabinet', 'secretariat', 'mission', 'embassy', 'consulate', 'society', 'institution',
]);

/** Well-known organization acronyms and single-word names. */
export const KNOWN_ORGANIZATIONS = new Set([
  'nato', 'un', 'eu', 'fbi', 'cia', 'nsa', 'who', 'imf', 'wto', 'opec', 'asean', 'gop', 'nasa', 'epa', 'irs',
  'reuters', 'xinhua', 'cgtn', 'cnn', 'bbc', 'nbc', 'abc', 'cbs', 'msnbc', 'npr', 'afp', 'google', 'apple',
  'microsoft', 'amazon', 'facebook', 'twitter', 'meta', 'tesla', 'huawei', 'politico', 'breitbart',
  'pentagon', 'kremlin', 'congress', 'hamas', 'hezbollah', 'taliban', 'nra', 'aclu', 'fda', 'cdc', 'sec',
  'fed', 'ecb', 'unicef', 'unesco', 'interpol', 'dhs', 'doj', 'ice', 'ups', 'fedex', 'walmart', 'boeing',
  // News agencies, named in datelines and credit lines: "NEW YORK, Nov. 19 (UPI) —".
  'ap', 'upi', 'pti', 'ians', 'ani', 'aap', 'dpa', 'efe', 'ansa', 'kyodo', 'yonhap', 'tass',
  // Parties named by one word.
  'labour', 'snp', 'ukip', 'bjp', 'anc', 'cdu', 'csu', 'spd', 'afd', 'likud', 'fidesz', 'syriza', 'podemos', 'vox',
]);

/** Capitalized words that start sentences or name things other than entities. */
export const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'if', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'by', 'with',
  'as', 'after', 'before', 'during', 'since', 'while', 'when', 'where', 'what', 'who', 'why', 'how',
  'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you',
  'his', 'her', 'their', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'not', 'no', 'yes', 'so', 'yet',
  'also', 'still', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'some', 'many', 'most', 'all',
  'both', 'each', 'every', 'other', 'another', 'such', 'one', 'two', 'three', 'more', 'less', 'much',
  'mr', 'mrs', 'ms', 'dr', 'however', 'although', 'though', 'because', 'meanwhile', 'instead', 'later',
  'earlier', 'last', 'next', 'first', 'new', 'according', 'asked', 'said', 'says', 'told', 'added',
  'speaking', 'update', 'updated', 'published', 'advertisement', 'read', 'more', 'photo', 'video',
  'would', 'could', 'should', 'will', 'can', 'may', 'might', 'must', 'do', 'does', 'did', 'is', 'are',
  'was', 'were', 'be', 'been', 'has', 'have', 'had', 'let', 'like', 'just', 'even', 'only', 'over',
  'under', 'about', 'into', 'through', 'against', 'between', 'without', 'within', 'among', 'amid',
  'despite', 'unlike', 'whether', 'which', 'whose', 'whom', 'any', 'few', 'several', 'once', 'again',
  'well', 'very', 'too', 'why', 'yes', 'oh', 'please', 'thank', 'thanks', 'dear', 'let', 'chinese',
  'american', 'americans', 'british', 'russian', 'european', 'african', 'asian', 'democrats', 'republicans',
  'democrat', 'republican', 'christmas', 'easter', 'ramadan', 'covid', 'sir', 'madam',
  'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'indeed', 'thus', 'therefore', 'hence', 'likewise',
  'otherwise', 'besides', 'anyway', 'overall', 'finally', 'ultimately', 'initially', 'additionally', 'similarly',
  'consequently', 'accordingly', 'regardless', 'fortunately', 'unfortunately', 'sadly', 'hopefully', 'clearly',
  'obviously', 'certainly', 'frankly', 'honestly', 'look', 'listen', 'okay', 'ok', 'sure', 'absolutely',
]);

/** Last words that make a name a place: an island, a lake, a street. */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'island', 'islands', 'lake', 'lakes', 'river', 'mountain', 'mountains', 'bay', 'sea', 'ocean', 'sound', 'strait', 'straits',
  'canyon', 'valley', 'desert', 'peninsula', 'gulf', 'coast', 'boulevard', 'avenue', 'hills', 'heights', 'springs', 'beach', 'falls',
  // Reefs and shoals disputed at sea: "Scarborough Shoal", "Second Thomas Shoal", "Mischief Reef".
  'shoal', 'reef', 'atoll',
  // Britain's and Ireland's lowlands, uplands and commons: "the Somerset Levels", "the Yorkshire Dales", "the Norfolk Broads", "Bodmin Moor", "Port Meadow".
  'levels', 'dales', 'moor', 'moors', 'fens', 'wolds', 'downs', 'broads', 'meadow', 'meadows',
]);

/** Last words of streets' names ("Elm Road", "Drury Lane"). */
export const STREET_HEADS: ReadonlySet<string> = new Set(['road', 'street', 'lane', 'drive', 'avenue', 'broadway', 'crescent', 'terrace', 'boulevard', 'quay', 'wharf', 'highway']);

/** Last two words that make a name a protected place ("Kruger National Park", "Masai Mara National Reserve"); "Park" alone may be a person's. */
const PROTECTED_AREA_HEADS = /\s(?:National|State|Marine|Forest|Game|Nature|Wildlife|Provincial|Regional|Country) (?:Park|Reserve|Refuge|Sanctuary|Forest|Monument)$/iu;

/** A name of two words or more ending in a place's word: "the Blue Mountains", "Hunter Valley", "Banff National Park". */
export function isPlaceHeaded(name: string): boolean {
  const space = name.lastIndexOf(' ');
  return space > 0 && (PLACE_HEADS.has(name.slice(space + 1).toLowerCase()) || PROTECTED_AREA_HEADS.test(name));
}

/** Words for a storm before its name: "Hurricane Milton", "Tropical Storm Debby", "Typhoon Haiyan". */
export const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'superstorm', 'storm', 'depression']);

/** Party members named by their party: "the Republican", "Democrat Hillary Clinton". */
export const PARTY_MEMBER_NOUNS = new Set(['Republican', 'Democrat', 'Conservative', 'Tory', 'Liberal', 'Socialist', 'Progressive', 'Independent']);

/** Lower-case words allowed inside a name ("Bank of England", "Osama bin Laden"). */
/** Surnames' particles written in lower case: "le Carré", "von der Leyen", "da Silva", "van Gogh", "ten Hag", "van 't Schip". */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'de', 'du', 'des', 'da', 'das', 'do', 'dos', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'ten', "'t", '’t', 'bin', 'ben', 'al']);

/** The particles that also open a surname written with a capital ("Le Pen", "De Gaulle"); not "Van", "Al", "Ben", "Del", which open given names ("Al Gore"). */
export const CAPITALIZED_SURNAME_PARTICLES: ReadonlySet<string> = new Set(['Le', 'La', 'De', 'Du', 'Des', 'Da', 'Das', 'Dos', 'Di', 'Von', 'Der', 'Ter']);

export const NAME_CONNECTORS = new Set(['of', 'de', 'del', 'der', 'van', 'von', 'bin', 'al', 'la', 'le', 'du', 'da', 'dos', 'for', 'and']);

/** Given names frequent in international news; a hit makes a sequence a person. */
export const COMMON_FIRST_NAMES = new Set(
  (
    'john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony ' +
    'antony donald mark paul steven andrew kenneth joshua kevin brian george edward ronald timothy jason jeffrey ' +
    'ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank gregory ' +
    'raymond alexander patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle ' +
    'walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse ' +
    'dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene ' +
    'vincent russell elijah louis bobby philip johnny mary patricia jennifer linda elizabeth barbara susan ' +
    'jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol ' +
    'amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna ' +
    'brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria ' +
    'heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl ' +
    'andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris ' +
    'abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany ' +
    'natalie isabella charlotte rose alexis kayla hillary bill barack michelle joe kamala nancy mitch chuck ' +
    'bernie ted marco jeb mike tim newt rudy rand ben carly chris kellyanne reince sean rex vladimir xi ' +
    'angela emmanuel boris theresa justin narendra recep benjamin shinzo moon kim jacinda jair ' +
    'mohammed muhammad ahmed ali hassan hussein omar abdul ibrahim yusuf mahmoud khalid fatima aisha ' +
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin qin he gao luo ' +
    'sergei sergey dmitry alexei ivan olga natalia tatiana yuri igor pierre jean francois marie ' +
    'hans klaus wolfgang jurgen angela carlos luis miguel jorge pedro manuel antonio francisco javier ' +
    'giuseppe marco luca matteo paolo hiroshi takeshi yoshihide fumio kenji akira raj rahul priya amit ' +
    'gennifer jill gary evan mike paul lindsey elizabeth cory kirsten amy tulsi pete beto julian ' +
    'janet jerome alexandria ilhan rashida ayanna nikki ron gavin greg kevin steve jim tom bob dan ed'
  ).split(/\s+/),
);

/** People named by their faith, party or origin ("Muslims", "Democrats", "Mexicans"): groups, never one person. */
const GROUP_PLURALS = new Set([
  'muslims', 'christians', 'jews', 'hindus', 'sikhs', 'buddhists', 'catholics', 'protestants', 'mormons', 'evangelicals',
  'democrats', 'republicans', 'latinos', 'latinas', 'hispanics', 'arabs', 'kurds', 'sunnis', 'shiites', 'europeans', 'africans',
  'asians', 'westerners', 'liberals', 'conservatives', 'tories', 'progressives', 'socialists', 'communists', 'millennials',
]);

/** GROUP_PLURALS without their final "s" ("muslim", "democrat"): isGroupMember's look-up, with no plural made of each word asked. */
const GROUP_SINGULARS = new Set([...GROUP_PLURALS].map((p) => p.slice(0, -1)));

export function isGroupPlural(word: string): boolean {
  const lower = lowerCase(word);
  return GROUP_PLURALS.has(lower) || (lower.endsWith('s') && DEMONYMS.has(lower.slice(0, -1)));
}

/** One of such a group, or a nationality ("Hispanic", "Muslim", "American"): a description, never a person's name. */
export function isGroupMember(word: string): boolean {
  const lower = lowerCase(word);
  return GROUP_SINGULARS.has(lower) || DEMONYMS.has(lower);
}

/** Demonyms and nationality words: not places, but they may link to one. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(Object.entries({
  american: 'US', chinese: 'CN', russian: 'RU', british: 'GB', french: 'FR', german: 'DE', japanese: 'JP',
  indian: 'IN', iranian: 'IR', israeli: 'IL', palestinian: 'PS', ukrainian: 'UA', mexican: 'MX',
  canadian: 'CA', korean: 'KR', syrian: 'SY', iraqi: 'IQ', afghan: 'AF', pakistani: 'PK', turkish: 'TR',
  italian: 'IT', spanish: 'ES', brazilian: 'BR', australian: 'AU', egyptian: 'EG', saudi: 'SA',
}));

const TITLE_WORDS = new CaselessWordSet(PERSON_TITLES);

/** A title's word, or one with a full stop after it ("Gov."). */
export function isTitle(t: { text: string }): boolean {
  const word = t.text;
  if (TITLE_WORDS.has(word)) return true;
  return word.length > 1 && word.charCodeAt(word.length - 1) === 46 && TITLE_WORDS.has(word.slice(0, -1));
}

/** Legal forms that end a firm's name ("Inc.", "AG", "GmbH", "plc"), in lower case without their full stop. */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'lp', 'ag', 'sa', 'nv', 'se', 'gmbh', 'bv', 'spa', 'oyj', 'asa', 'ab']);

/** Verbs of saying that are no noun: "Moody's said", not "the IMF's estimate". */
export const SAID_FORMS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'wrote', 'warned', 'added', 'noted']);
