import { REGNAL_NUMBER, SOVEREIGN_TITLES } from '../names/regnalNames';
import type { NameMention } from '../names/nameMention';
import { KNOWN_ORGANIZATIONS, PERSON_TITLES, SURNAME_PARTICLES, PLACE_HEADS, STORM_WORDS, STREET_HEADS, isOnlyQualifier, isPlaceHeaded } from '../names/nameLexicon';
import { demonymCountry, isKnownPlace, isSizeablePlace, lookupPlaces, namesCountryOrRegion } from '../places/gazetteer';
import { genderOfGivenName, isGivenName } from './givenNames';
import { isPersonRole } from './roleNouns';
import { PATRONYMIC_PARTICLES, stripPossessive } from './personName';
import { cachedByText } from '../text/cachedByText';
import { lowerCase } from '../text/lowerCase';
import { firmShortName } from './firmNames';
import { READ_AFTER } from './mentionFields';

/**
 * The tagger reads each sentence on its own; the article as a whole and a few sure words
 * correct a few of its slips before mentions become entities:
 *  - a title and a surname the article gives a person ("Governor Pence" read as a place), or
 *    reads as a person alone ("President Obama" and "Obama"), are that person, the title
 *    kept on the mention as the tagger does for persons;
 *  - a well-known organization read as a place ("Twitter") is the organization, unless the
 *    gazetteer knows a place of that name; read as a person, unless the article gives
 *    someone that surname ("Vicente Fox"); so is the first word of a firm's name ("Pfizer"
 *    of "Pfizer Inc.") read alone as a person, unless it is a word of someone's name;
 *  - a name made only of words for a faith or a people ("Muslim", "Sunni Arab"), or one word
 *    shaped as a product's ("ChatGPT", "iPhone"), is no one's;
 *  - a name ending in a word for a group ("the Clinton Camp") or a firm ("Bloor Homes": firmNames.ts), a town's name and a
 *    newspaper's word ("the Orlando Sentinel"), or joining names with an
 *    ampersand ("Moore & Van Allen", not two given names) is an organization, and the plural
 *    of a surname the article gives ("the Clintons") a family, not another person;
 *  - a weekday run into a name ("debuts on Netflix Friday") is no part of it, and a weekday
 *    alone ("said Sunday night") is no name;
 *  - a name ending in a word for a feature of the land or the sea ("Easter Island", "Long
 *    Island Sound") is a place, unless it starts with a given name ("Mary Lake");
 *  - one word read as a place that the gazetteer does not know and that is the given name or
 *    the surname of someone the article names in full ("Melania", "Trump"), or the last two
 *    words of a longer full name ("Bin Laden" of "Osama Bin Laden"), is that person;
 *  - a name built with "bin", "ibn" or "bint" read as a place or a group ("Osama Bin Laden",
 *    "Bin Laden") is a person's, unless the gazetteer knows the place or it ends in a group word;
 *  - a given name and a capitalised word read as a place that the gazetteer does not know,
 *    or as an organization ("Melania Trump"), is a person, unless the second word makes it a
 *    place, a document or a group ("Marion County", "Nazi Germany", "the Sharon Statement",
 *    "the Rand Corporation");
 *  - a region's whole name read as a person ("Nova Scotia", "Karnataka") is the place, unless a
 *    given name opens it or the article gives someone that name; a wildfire's name read as a
 *    place or a person ("the Canyon Fire") is the fire's (MISC), and "El Niño" or "La Niña", however
 *    read, a climate phase's (MISC);
 *  - a name opening with a building's word in a Romance language or German ("Palais Bourbon") is
 *    a place; a sovereign's title and one name ("Pope Francis") a person; a regnal number after
 *    a person's name ("Leo XIV") part of it; one word read as a thing's name right before a
 *    person's ("Tran" of "Tran Thi Hong Minh") the first word of it, and a demonym opening a
 *    person's name of three words ("Kenyan Eliud Kipchoge") no part of it.
 */
/** The warm and the cool phase of the Pacific's climate cycle, lower case, with and without the tilde: names of no place or person. */
const CLIMATE_PHASES = new Set(['el niño', 'el nino', 'la niña', 'la nina']);

/** Last words that make a name a group, never a person: "the Clinton Camp", "the Trump Foundation". */
const GROUP_HEADS = new Set([
  'camp', 'campaign', 'foundation', 'administration', 'committee', 'ministry', 'department', 'university', 'institute', 'corporation', 'inc', 'inc.', 'corp', 'corp.', 'llc',
  'party', 'movement', 'front', 'army', 'alliance', 'council', 'union', 'league', 'coalition', 'association', 'federation', 'organization', 'organisation',
  'agency', 'commission', 'brotherhood', 'college', 'school', 'academy', 'klan',
  // "Etihad Rail", "Network Rail", "Halifax Bank", "Transport Authority": a body, nobody's surname.
  'rail', 'railway', 'railways', 'bank', 'authority', 'directorate', 'secretariat', 'tribunal',
  // "Thames Water", "Octopus Energy", "British Airways": a utility's or a carrier's kind of work, nobody's surname.
  'water', 'energy', 'airways', 'airlines', 'telecom',
  // "Victoria Police", "Thames Valley Police"; India's houses of parliament and assemblies: "the Lok Sabha", "Vidhan Sabha".
  'police', 'sabha',
  // "Northline Records", "Harbour Books", "Pixar Studios": a label's, a publisher's or a studio's kind of work, nobody's surname.
  'records', 'books', 'studios', 'pictures', 'publishing', 'entertainment',
  // "Berkeley Developments", "Grainger Properties": a builder's or a landlord's, nobody's surname.
  'developments', 'properties', 'ventures',
  // "Christian Aid", "Asylum Aid", "the Wellcome Trust", "Music Venue Trust": a charity's, nobody's surname.
  'aid', 'trust',
  // South Asian parties and movements by their own word for front or association: "Jharkhand Mukti Morcha",
  // "Rashtriya Swayamsevak Sangh", "Vishva Hindu Parishad", "Awami League" (above).
  'morcha', 'sangh', 'parishad', 'kazhagam',
]);

/** Last words of builders' names, no person's: a group's only where the tagger read a person. */
const BUILDERS_HEADS = new Set(['estates', 'homes']);

/** Words for party or army that are surnames too ("Ken Sena"): a group's only after a word that is no given name ("Shiv Sena", "Janata Dal"). */
const SURNAME_GROUP_HEADS = new Set(['dal', 'sena']);

/**
 * Online platforms and services news names by one word ("posted on Instagram", "streams on
 * Spotify"), which the tagger, knowing no such name, can read as a place: the firm. Not in
 * KNOWN_ORGANIZATIONS, which the tagger's features read.
 */
const PLATFORMS = new Set(['instagram', 'linkedin', 'spotify', 'youtube', 'tiktok', 'whatsapp', 'snapchat', 'reddit', 'netflix', 'pinterest', 'twitch', 'bluesky', 'telegram', 'wechat', 'weibo']);

/**
 * Last words of newspapers named after their town ("the Orlando Sentinel", "the Charlotte
 * Observer"): after a place's name, a paper; after a given name, a surname ("Jim Courier").
 */
const NEWSPAPER_HEADS = new Set([
  'sentinel', 'observer', 'enquirer', 'inquirer', 'chronicle', 'gazette', 'tribune', 'herald', 'register', 'examiner', 'courier', 'journal', 'globe',
]);

/** Words for a faith or a people: a name made only of them ("Muslim", "Sunni Arab", "Shi'ite") is nobody's name. */
const FAITHS_AND_PEOPLES = new Set([
  'muslim', 'muslims', 'christian', 'christians', 'jewish', 'jew', 'jews', 'hindu', 'hindus', 'sikh', 'sikhs', 'buddhist', 'buddhists',
  'catholic', 'catholics', 'protestant', 'protestants', 'evangelical', 'evangelicals', 'mormon', 'mormons', 'sunni', 'sunnis', 'shia', 'shiite',
  'shiites', "shi'ite", "shi'ites", 'shi’ite', 'shi’ites', 'islamist', 'islamists', 'arab', 'arabs', 'kurd', 'kurds', 'kurdish', 'latino', 'latinos',
  'latina', 'hispanic', 'hispanics', 'pashtun', 'pashtuns', 'tamil', 'tamils', 'uighur', 'uighurs', 'uyghur', 'uyghurs', 'druze', 'alawite', 'alawites',
  // Peoples of New Zealand, the Pacific, Canada's north and Myanmar, no country's demonym: "Māori and Pasifika children".
  'māori', 'maori', 'pākehā', 'pakeha', 'pasifika', 'inuit', 'rohingya', 'yazidi', 'yazidis',
]);

/** Streets' last words that are nobody's surname (unlike "Lane" or "Street"): "Stuart Highway", "Victoria Avenue" are roads after a given name too. */
const ROAD_HEADS_NO_ONE_BEARS = new Set(['avenue', 'boulevard', 'quay', 'wharf', 'highway']);

/**
 * Read as a person's name, a street's last word (STREET_HEADS) or a water's or mountain's first word makes it a
 * place's ("Elm Road", "Lake Erie", "Mount Kenya"), unless a given name opens it (retypedPerson).
 */
const PLACE_OPENERS = new Set(['lake', 'mount', 'mt.', 'cape', 'loch', 'lough', 'innis', 'inis', 'ynys', 'llyn']);

/**
 * First words of Scottish, Irish and Welsh lakes' and islands' names, lower case: "Loch Lomond",
 * "Lough Neagh", "Inis Mór", "Ynys Môn", "Llyn Tegid" name a place even read as a body's name
 * (unlike "Mount", which opens a hospital's: "Mount Sinai").
 */
const GAELIC_PLACE_OPENERS = new Set(['loch', 'lough', 'innis', 'inis', 'ynys', 'llyn']);

/**
 * Last words of a place of worship's name, lower case: "the Yasukuni Shrine", "St Giles'
 * Cathedral", "the Al-Aqsa Mosque" name a building, a place. Not "church", which names the body
 * too ("the Catholic Church").
 */
const WORSHIP_HEADS = new Set(['shrine', 'temple', 'cathedral', 'mosque', 'abbey', 'minster', 'synagogue', 'basilica', 'gurdwara', 'mandir', 'masjid', 'pagoda']);

/** Last words that make a name a programme or a publication, never a person. */
const WORK_HEADS = new Set(['show', 'podcast', 'hour', 'report', 'radio', 'tv']);

/**
 * A name's words, each without a possessive ending and in lower case: asked of every mention
 * on every keystroke, made once per name (a split and a new string per word each time before).
 * Shared: never changed by a caller.
 */
const possessiveLessLowerWords = cachedByText((text: string): readonly string[] => text.split(' ').map((w) => lowerCase(stripPossessive(w))));

/** Has, as the retyping rules ask the article's words (a kept retyping records what they ask: lastRetypeRun.ts). */
export type WordLookup = Pick<ReadonlySet<string>, 'has'>;
/** Get, as the retyping rules ask how often the article reads a word so. */
export type WordCounts = Pick<ReadonlyMap<string, number>, 'get'>;

/** What the retyping of one mention asks of the article's words (articleWordsOf), null where the article gives no such word. */
export interface WordLookups {
  surnames: WordLookup;
  nameWords: WordLookup;
  firms: WordLookup | null;
  untitled: WordLookup | null;
  organizationWords: WordCounts | null;
  placeWords: WordCounts | null;
  personWords: WordLookup | null;
  fullNameWords: WordLookup | null;
  bare: WordCounts | null;
  storms: WordLookup | null;
  particleSurnames: WordLookup | null;
  longNameWords: WordLookup | null;
}

/** The article's words themselves. */
export interface ArticleWords extends WordLookups {
  surnames: ReadonlySet<string>;
  nameWords: ReadonlySet<string>;
  firms: ReadonlySet<string> | null;
  untitled: ReadonlySet<string> | null;
  organizationWords: ReadonlyMap<string, number> | null;
  placeWords: ReadonlyMap<string, number> | null;
  personWords: ReadonlySet<string> | null;
  fullNameWords: ReadonlySet<string> | null;
  bare: ReadonlyMap<string, number> | null;
  storms: ReadonlySet<string> | null;
  particleSurnames: ReadonlySet<string> | null;
  longNameWords: ReadonlySet<string> | null;
}

/**
 * `sources`, when given, receives the index in `mentions` of each mention returned (the grouping memo maps them back).
 * `text`, the text the mentions were read in, gives two names joined into one their text as written ("Smith\nXi Jinping").
 * `reach`, when given, receives how many characters past each mention's end its retyping read (reachOf).
 */
export function retypeMentions(mentions: readonly NameMention[], sources?: number[], text?: string, reach?: Uint8Array): NameMention[] {
  const words = articleWordsOf(mentions);
  if (!reach) return retypeEach(mentions, words.firms, (i) => retypedOne(mentions, i, words, text), sources, text);
  const reads: TextReads = { to: 0 };
  return retypeEach(mentions, words.firms, (i) => {
    reads.to = 0;
    const r = retypedOne(mentions, i, words, text, reads);
    reach[i] = reachOf(mentions, i, reads);
    return r;
  }, sources, text);
}

/** What the article's names say of their words as a whole (a pass over every mention before any is retyped). */
export function articleWordsOf(mentions: readonly NameMention[]): ArticleWords {
  const surnames = new Set<string>();
  // The given names and surnames of the article's full names: "Trump" or "Melania" read as a place is one of them.
  const nameWords = new Set<string>();
  // The first words of firms' names ("Pfizer" of "Pfizer Inc."), lower case: the firm's short name.
  let firms: Set<string> | null = null;
  // One-word person mentions with no title, lower case: "President Obama" read as a place is the "Obama" read as a person.
  let untitled: Set<string> | null = null;
  // How often the article reads a word as an organization's name (twice for the short name of a
  // school's or firm's full name) and as a place's, and every word of a name read as a person's, lower case.
  let organizationWords: Map<string, number> | null = null;
  let placeWords: Map<string, number> | null = null;
  let personWords: Set<string> | null = null;
  // The words of names of two words or more read as a person's, lower case ("lula" of "Luiz Inácio Lula da Silva").
  let fullNameWords: Set<string> | null = null;
  // How often each one-word person mention with no title stands in the article, lower case.
  let bare: Map<string, number> | null = null;
  // The names of storms ("Debby" of "Tropical Storm Debby"), as the name finder marks them: a title of storm words on a MISC mention.
  let storms: Set<string> | null = null;
  // The surnames with a particle of the article's full names, lower case: "le pen" of "Marine Le Pen", "de moraes".
  let particleSurnames: Set<string> | null = null;
  // The words of names of two words or more read as a person's or an organization's, lower case: "Kent" of "Kent Walker" (however read) is no county.
  let longNameWords: Set<string> | null = null;
  // Indexed loops over the mentions and their words: run once a document, this function stays
  // in V8's first tiers, where a for-of made an iterator result per mention and per word.
  // Each field of a mention and each shape of its text is read once: a mention's fields are
  // slow to read (its several shapes make every read a megamorphic one), and a shape is a look-up.
  for (let r = 0; r < mentions.length; r++) {
    const read = mentions[r];
    const { type, text, title } = read;
    const spaced = text.includes(' ');
    const words = type === 'PER' || (type === 'ORG' && spaced) ? possessiveLessLowerWords(text) : null;
    if (type === 'PER' && words!.length >= 3 && SURNAME_PARTICLES.has(words![1])) (particleSurnames ??= new Set()).add(words!.slice(1).join(' '));
    if (type === 'MISC' && title !== undefined && isStormTitle(title)) (storms ??= new Set()).add(text);
    if ((type === 'PER' || type === 'ORG') && spaced) {
      for (let w = 0; w < words!.length; w++) (longNameWords ??= new Set()).add(words![w]);
    }
    // "Walter Energy" read as a person is the firm (retypedPerson), and "Walter" after it the firm's short name.
    const shape = type === 'PER' ? personShape(text) : null;
    const firmReadAsPerson = shape !== null && shape.head !== null && shape.type === 'ORG';
    if (type === 'ORG' || firmReadAsPerson) {
      const first = firmShortName(text);
      if (first !== null) (firms ??= new Set()).add(first);
      const short = shortNameOf(text);
      if (short !== null) {
        organizationWords ??= new Map();
        organizationWords.set(short, (organizationWords.get(short) ?? 0) + (spaced ? 2 : 1));
      }
    } else if (type === 'LOC' && !spaced) {
      const word = possessiveLessLowerWords(text)[0];
      placeWords ??= new Map();
      placeWords.set(word, (placeWords.get(word) ?? 0) + 1);
    } else if (type === 'PER') {
      for (let w = 0; w < words!.length; w++) {
        (personWords ??= new Set()).add(words![w]);
        if (words!.length > 1) (fullNameWords ??= new Set()).add(words![w]);
      }
    }
    // "Declan Rice's header" read as a place, which the loop below makes the person (personNotPlace): "Rice" later is his surname too.
    const personReadAsPlace = (type === 'LOC' || type === 'ORG') && title === undefined && placeOrGroupShape(text).personNotPlace;
    const m = (type === 'PER' && !firmReadAsPerson) || personReadAsPlace ? withoutWeekday(read) : null;
    if (!m) continue;
    // withoutWeekday keeps the title, and the text where it gives the mention back.
    const word = m === read && shape !== null ? shape : personShape(m.text);
    if (word.head !== null || (title && !isOnlyQualifier(title))) surnames.add(word.last);
    else (untitled ??= new Set()).add(word.last);
    if (word.head === null && !title) {
      bare ??= new Map();
      bare.set(word.last, (bare.get(word.last) ?? 0) + 1);
    }
    if (word.given !== null) {
      nameWords.add(word.last);
      nameWords.add(word.given);
    }
    if (word.tail !== null) nameWords.add(word.tail);
  }
  return { surnames, nameWords, firms, untitled, organizationWords, placeWords, personWords, fullNameWords, bare, storms, particleSurnames, longNameWords };
}

/**
 * One mention retyped, null where it is no name: `final` where it stands as it is, else it may
 * still be joined to the mention before (retypeEach), as `readAs` read it. Reads `mentions[i]`, the
 * mention after it, the words of the article (`w`) and the text from the mention's title to
 * READ_AFTER characters past its end, nothing else: the grouping memo and the retypings kept
 * (groupingPlan.ts, lastRetypeRun.ts) count on it, so a rule that reads further must raise
 * READ_AFTER. Where it reads past the mention's end, it says how far in `reads`.
 */
export function retypedOne(mentions: readonly NameMention[], i: number, w: WordLookups, text: string | undefined, reads?: TextReads): Retyping | null {
  const read = withoutWeekday(mentions[i]);
  const m = read && withoutPartyOrMajorityWord(read);
  if (!m) return null;
  // "Pasifika communities", "Rohingya fled": a people's or a faith's word read as a body or a place is neither.
  if ((m.type === 'ORG' || m.type === 'LOC') && !m.text.includes(' ') && FAITHS_AND_PEOPLES.has(lowerCase(m.text))) {
    return { mention: { start: m.start, end: m.end, text: m.text, type: 'MISC' }, final: true, readAs: m.type };
  }
  // "the Lord's made everybody", "The Bible tells us", "John Kasich (R)", "the Zika virus", "the No. 2": scripture, God, a
  // party's letter, a virus named after its place and common words are no place or body (CoNLL: MISC, or nothing).
  if ((m.type === 'ORG' || m.type === 'LOC') && isNoPlaceNorBody(m, text, reads)) {
    return { mention: { start: m.start, end: m.end, text: m.text, type: 'MISC' }, final: true, readAs: m.type };
  }
  // "Le Pen walked out" read as an organization, in an article naming Marine Le Pen: her surname, particle and all.
  if (w.particleSurnames !== null && m.type !== 'PER' && w.particleSurnames.has(possessiveLessLowerWords(m.text).join(' '))) {
    return { mention: { start: m.start, end: m.end, text: m.text, type: 'PER' }, final: true, readAs: m.type };
  }
  // "Debby could bring 25 inches of rain" after "Tropical Storm Debby": the storm again.
  if (w.storms !== null && m.type !== 'MISC' && w.storms.has(m.text)) {
    return { mention: { start: m.start, end: m.end, text: m.text, type: 'MISC' }, final: true, readAs: m.type };
  }
  // "El Niño conditions", "La Niña": the phases of the Pacific's climate cycle, no place, person or body (CoNLL: MISC, as a storm's).
  if (m.type !== 'MISC' && CLIMATE_PHASES.has(lowerCase(stripPossessive(m.text)))) {
    return { mention: { start: m.start, end: m.end, text: m.text, type: 'MISC' }, final: true, readAs: m.type };
  }
  // "the Canyon Fire", "the Franklin Fire": a wildfire's name, no place or person (CoNLL: MISC, as a storm's); "Cal Fire" is California's fire agency.
  if ((m.type === 'LOC' || m.type === 'PER') && m.text.endsWith(' Fire') && !m.title) {
    return { mention: { start: m.start, end: m.end, text: m.text, type: m.text === 'Cal Fire' ? 'ORG' : 'MISC' }, final: true, readAs: m.type };
  }
  // "the Venice Film Festival", "Glastonbury Festival": an event named after its place, no place or body (CoNLL: MISC).
  if (m.type !== 'MISC' && / Festival$/u.test(m.text) && !m.title) {
    return { mention: { start: m.start, end: m.end, text: m.text, type: 'MISC' }, final: true, readAs: m.type };
  }
  // "the Obama years", "Obama's cabinet", "the Clinton and Obama administrations": one word read as a place before a
  // leader's term is the leader ("Obama", a town in Japan); not a country, a region or a city ("the Moscow years").
  if (m.type === 'LOC' && m.title === undefined && text !== undefined && isLeaderBeforeTerm(m, text, reads)) {
    return { mention: { start: m.start, end: m.end, text: m.text, type: 'PER' }, final: true, readAs: m.type };
  }
  let retyped = m.type === 'PER' ? retypedPerson(m, w.surnames, w.nameWords, w.firms, text) : m.type === 'MISC' ? miscOrGroup(m) : retypedPlaceOrGroup(m, w.surnames, w.nameWords, w.untitled, w.firms);
  // "Acme's chief executive", "Chelsea's manager": the owner of a firm's or a club's staff is the body (or the place the gazetteer knows).
  if (retyped && retyped.staff !== undefined && (retyped.type === 'PER' || retyped.type === 'LOC') && retyped.title === undefined) {
    const owner = employerKind(retyped, w.surnames, w.nameWords);
    if (owner !== null && owner !== retyped.type) retyped = { start: retyped.start, end: retyped.end, text: retyped.text, type: owner };
  }
  // "Alphabet" read as a person once and as an organization at least twice as often, and no one's surname or given name there: the organization.
  if (retyped && retyped.type === 'PER' && !retyped.title && w.organizationWords !== null && !retyped.text.includes(' ')) {
    const word = lowerCase(retyped.text);
    if ((w.organizationWords.get(word) ?? 0) >= 2 * (w.bare?.get(word) ?? 0) && !w.surnames.has(word) && !w.nameWords.has(word)) retyped = { start: retyped.start, end: retyped.end, text: retyped.text, type: 'ORG' };
  }
  // "Charlotte experienced chaos" in an article that reads Charlotte as a city twice as often or more, and gives no one that name: the city.
  // A country's or a region's name needs only as many place readings ("Jharkhand has given its answer"): few people are so named;
  // and one place reading when it is no given name either ("BJP retains Maharashtra", "the Maharashtra result").
  if (retyped && retyped.type === 'PER' && !retyped.title && w.placeWords !== null && !retyped.text.includes(' ')) {
    const word = lowerCase(stripPossessive(retyped.text));
    const places = w.placeWords.get(word) ?? 0;
    const persons = w.bare?.get(word) ?? 0;
    const area = places > 0 && places < 2 * persons && namesCountryOrRegion(stripPossessive(retyped.text));
    // A city's name no one is given, read as the place as often as not ("BJP set to win Delhi", "the Delhi assembly", "which ruled Delhi"): the place.
    const noGivenName = genderOfGivenName(stripPossessive(retyped.text)) === null;
    if (places > 0 && (places >= 2 * persons || (area && (places >= persons || noGivenName)) || (noGivenName && places >= persons)) && !w.surnames.has(word) && !w.nameWords.has(word) && isSizeablePlace(retyped.text)) {
      retyped = { start: retyped.start, end: retyped.end, text: retyped.text, type: 'LOC' };
    }
  }
  // "Karnataka" or "Occitanie" read as a person: a state's or a province's name that is no given name and no word of a name the article gives is the place.
  if (retyped && retyped.type === 'PER' && !retyped.title && !retyped.text.includes(' ') && isUnnamedRegion(retyped.text, w.surnames, w.nameWords, w.longNameWords) && !(isGivenName(retyped.text) && speaksAfter(text, retyped.end, reads))) {
    retyped = { start: retyped.start, end: retyped.end, text: retyped.text, type: 'LOC' };
  }
  // "Lula travels to Buenos Aires" read as an organization once, in an article that reads "Lula" alone as a person twice as often or
  // more and as a word of a full name ("Luiz Inácio Lula da Silva"): the person.
  if (retyped && retyped.type === 'ORG' && w.bare !== null && w.fullNameWords !== null && !retyped.text.includes(' ')) {
    const word = lowerCase(stripPossessive(retyped.text));
    if ((w.bare.get(word) ?? 0) >= 2 * (w.organizationWords?.get(word) ?? 0) && w.fullNameWords.has(word) && !KNOWN_ORGANIZATIONS.has(word) && !w.firms?.has(word)) retyped = { start: retyped.start, end: retyped.end, text: retyped.text, type: 'PER' };
  }
  if (retyped && retyped.type === 'LOC' && w.organizationWords !== null && readsAsOrganization(retyped.text, w.organizationWords, w.placeWords, w.personWords, w.firms) && !isDateline(retyped, mentions[i + 1])) {
    return { mention: { start: retyped.start, end: retyped.end, text: retyped.text, type: 'ORG' }, final: true, readAs: m.type };
  }
  if (!retyped) return null;
  return { mention: retyped, final: false, readAs: m.type };
}

/** Where the text read for a mention ends (retypedOne): what an edit must not reach for the retyping to stand. */
export interface TextReads {
  to: number;
}

/**
 * How many characters past mention `i`'s end its retyping read: at least one (two mentions
 * one character apart may be joined with the character between: retypeEach), at most READ_AFTER.
 */
export function reachOf(mentions: readonly NameMention[], i: number, reads: TextReads): number {
  return Math.min(READ_AFTER, Math.max(1, reads.to - mentions[i].end));
}

/** A mention retyped (retypedOne). */
export interface Retyping {
  mention: NameMention;
  /** Stands as it is, never joined to the mention before. */
  final: boolean;
  /** The tagger's type, once a weekday or a party's word is cut. */
  readAs: NameMention['type'];
}

/** The mentions as `retypingOf` retypes each, joined where two are one name ("Tran Thi Hong Minh", "Pope Leo XIV"), with one kind per name (oneKindPerName). */
export function retypeEach(mentions: readonly NameMention[], firms: ReadonlySet<string> | null, retypingOf: (i: number) => Retyping | null, sources?: number[], text?: string): NameMention[] {
  // Run on every keystroke over every mention: most mentions stay as they are, untouched.
  const out: NameMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const r = retypingOf(i);
    if (r === null) continue;
    if (r.final) {
      out.push(r.mention);
      sources?.push(i);
      continue;
    }
    const retyped = r.mention;
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    // "Tran Thi Hong Minh", "Sri Mulyani Indrawati" read as a thing's name "Tran" and a person "Thi Hong Minh": one word read as a
    // thing's name right before a person's is the first word of that name, unless it says where the person is from or what
    // faith or people they belong to ("Kenyan Eliud Kipchoge", "Sunni cleric"), or names a storm.
    // So is one before a group's name read as a person's ("Ku" and "Klux Klan").
    if (last !== undefined && r.readAs === 'PER' && (retyped.type === 'PER' || retyped.type === 'ORG') && !retyped.title && last.type === 'MISC' && last.title === undefined && last.end + 1 === retyped.start && isFirstNameReadAsThing(last.text)) {
      out[out.length - 1] = { start: last.start, end: retyped.end, text: joinedText(text, last.start, retyped.end, last.text, retyped.text), type: retyped.type };
      continue;
    }
    // "Pope Leo XIV", "King Charles III": a regnal number right after a person's name, read as a name of its own, is part of it.
    if (last !== undefined && last.type === 'PER' && last.end + 1 === retyped.start && REGNAL_NUMBER.test(retyped.text)) {
      out[out.length - 1] = { ...last, end: retyped.end, text: joinedText(text, last.start, retyped.end, last.text, retyped.text) };
      continue;
    }
    out.push(retyped);
    sources?.push(i);
  }
  oneKindPerName(out, firms);
  return out;
}

/**
 * One name, one kind in an article: a name read as a person in one sentence and as an
 * organization or a place in another ("Verizon has struck a deal", "at Verizon") takes one kind
 * everywhere:
 *  - one word the article gives someone is the person's: a word of a full name of two or three
 *    words, one a given name, read only as a person's ("Trayvon" of "Trayvon Martin", "Melania"),
 *    or a name after a person's title ("Justice Sotomayor"); unless the gazetteer knows a
 *    sizeable place or a region by it or it opens a firm's name the article gives ("Washington"
 *    beside George Washington, "Ford" beside Ford Motor Co. stay as read);
 *  - any other name the article reads more often as something else than as a person is the
 *    organization where it reads it so at least once and the gazetteer knows no such place
 *    ("Wells Fargo" read as a place four times, a person once and a bank once; "Patriot" of
 *    "Patriot Coal"), else the kind the article reads more often (the place on a tie); a given
 *    name no one there bears is left as read ("Sandy"), and so is a name read only as a person
 *    and as a place the gazetteer does not know.
 * Changes the mentions' types in place; their spans stay.
 */
function oneKindPerName(out: NameMention[], firms: ReadonlySet<string> | null): void {
  // Per name (lower case, no possessive): how often it is read as a person, an organization and a place, and the name as first written.
  let counts: Map<string, { persons: number; bodies: number; places: number; written: string }> | null = null;
  // The words the article gives someone as a name: a person's title before it; every word of a full name (keyed below).
  let given: Set<string> | null = null;
  let fullNames: string[] | null = null;
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    if (m.type === 'MISC') continue;
    const key = nameKey(m.text);
    let c = (counts ??= new Map()).get(key);
    if (c === undefined) counts.set(key, (c = { persons: 0, bodies: 0, places: 0, written: stripPossessive(m.text) }));
    if (m.type === 'ORG') c.bodies++;
    else if (m.type === 'LOC') c.places++;
    else {
      c.persons++;
      if (c.persons === 1 && isFullName(m.text)) (fullNames ??= []).push(key);
      if (m.title !== undefined && !isOnlyQualifier(m.title)) (given ??= new Set()).add(key);
    }
  }
  if (counts === null) return;
  // "Trayvon Martin", "Melania Trump": a full name read only as a person's gives its words to someone ("Patriot Coal" read as a person once is no full name).
  if (fullNames !== null) {
    for (const key of fullNames) {
      const c = counts.get(key)!;
      if (c.bodies + c.places === 0) for (const w of key.split(' ')) (given ??= new Set()).add(w);
    }
  }
  let kinds: Map<string, 'PER' | 'ORG' | 'LOC'> | null = null;
  for (const [key, { persons, bodies, places, written }] of counts) {
    if (persons === 0 || bodies + places === 0) continue;
    const kind = oneKindOf(key, written, persons, bodies, places, given?.has(key) === true, firms);
    if (kind !== null) (kinds ??= new Map()).set(key, kind);
  }
  if (kinds === null) return;
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    if (m.type === 'MISC') continue;
    const kind = kinds.get(nameKey(m.text));
    if (kind === undefined || kind === m.type) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: kind };
  }
}

/** Last words of a building's or a ground's name, lower case: "Trump Tower" read as a place five times and as a firm once is the building. */
const BUILDING_HEADS = new Set([...PLACE_HEADS, ...STREET_HEADS, 'tower', 'towers', 'building', 'center', 'centre', 'hall', 'stadium', 'arena', 'airport', 'station', 'bridge', 'palace', 'plaza', 'square', 'park']);

/** A name as oneKindPerName counts it: in lower case, each word without a possessive ending. */
const nameKey = cachedByText((text: string): string => possessiveLessLowerWords(text).join(' '));

/** Two or three words, one of them a given name: "Melania Trump", "Trayvon Martin"; not "Patriot Coal", "Wells Fargo" or a headline run together ("Elizabeth Warren Hammers Wells Fargo"). */
const isFullName = cachedByText((text: string): boolean => {
  const words = text.split(' ');
  return words.length >= 2 && words.length <= 3 && words.some((w) => isGivenName(stripPossessive(w)));
});

/**
 * The one kind of a name (`key`, as first written `written`) read `persons` times as a person and `bodies`, `places` times as an
 * organization and a place, where `givenToSomeone` says the article gives it to a person (oneKindPerName); null to leave the readings.
 */
function oneKindOf(key: string, written: string, persons: number, bodies: number, places: number, givenToSomeone: boolean, firms: ReadonlySet<string> | null): 'PER' | 'ORG' | 'LOC' | null {
  // A name of two words or more read as a person's and as something else is no sure person's ("Morgan Stanley"): the kind read more often.
  if (givenToSomeone && !key.includes(' ')) return isSizeablePlace(written) || namesCountryOrRegion(written) || firms?.has(key) ? null : 'PER';
  // A full name read as a person's twice or more is a person's more often than not ("America Ferrera"): a name of two words or more
  // needs twice as many other readings.
  if (key.includes(' ') ? bodies + places < 2 * persons : bodies + places <= persons) return null;
  // "Sandy" the storm and the first name: a given name no one in the article bears is left as read.
  if (!key.includes(' ') && isGivenName(written)) return null;
  // A place: a city of 100,000 people or more, a region, a building ("Trump Tower"), or a smaller town the article reads as a place more
  // than twice as often as a person ("Flint"; not "Obama", a town in Japan, read as a place twice and once as the president).
  const place = isSizeablePlace(written) || namesCountryOrRegion(written) || BUILDING_HEADS.has(key.slice(key.lastIndexOf(' ') + 1)) || (isKnownPlace(written) && places > 2 * persons);
  if (place) return bodies > places ? 'ORG' : 'LOC';
  return bodies > 0 ? 'ORG' : null;
}

/**
 * "Acme's chief executive", "Chelsea's manager", "Amnesty International Kenya's director": a name in
 * the possessive before a firm's or a club's staff (marked by staffOwners.ts), read as a person's or a place
 * the gazetteer does not know, is the body that employs them; a place the gazetteer knows stays
 * one, unless a town's name owns a team's staff (the club). Not a name the article gives someone
 * ("Trump's new manager" beside Donald Trump), nor one opening with a given name that names no
 * place ("Taylor's manager"). Null where no such staff follows.
 */
function employerKind(m: NameMention, surnames: WordLookup, nameWords: WordLookup): 'ORG' | 'LOC' | null {
  if (m.staff === undefined) return null;
  const words = possessiveLessLowerWords(m.text);
  if (m.type === 'PER' && words.length === 1 && (surnames.has(words[0]) || nameWords.has(words[0]))) return null;
  // "Serena Williams' coach", "Max Verstappen's manager": a player or a performer of two names has a coach and a manager.
  if (m.type === 'PER' && words.length > 1 && m.staff === 'team') return null;
  const space = m.text.indexOf(' ');
  const opening = stripPossessive(space < 0 ? m.text : m.text.slice(0, space));
  const name = stripPossessive(m.text);
  if (isKnownPlace(name)) return m.staff === 'team' && !namesCountryOrRegion(name) ? 'ORG' : 'LOC';
  return m.type === 'PER' && isGivenName(opening) ? null : 'ORG';
}

/**
 * One capitalised word that may open a name: no plural ("Republicans Cory Gardner"), no
 * demonym ("Kenyan", "Kentuckian" unless a given name: "Brian"), faith or people ("Sunni"),
 * party member, title or role ("Assemblywoman", "Chief of Staff").
 */
function isFirstNameReadAsThing(word: string): boolean {
  const lower = lowerCase(word);
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !lower.endsWith('s') && !/(?:man|woman|person)$/u.test(lower) && demonymCountry(word) === null
    && !(/(?:ian|ean|ite|er)$/u.test(lower) && genderOfGivenName(word) === null)
    && !FAITHS_AND_PEOPLES.has(lower) && !NO_FIRST_NAMES.has(lower) && !PERSON_TITLES.has(lower) && !isPersonRole(word);
}

/** One capitalised word for a people or a nationality ("Kenyan", "Filipino", "Emirati"), no given name. */
function isDemonymAlone(text: string): boolean {
  const word = stripPossessive(text);
  return /^\p{Lu}\p{Ll}+$/u.test(word) && demonymCountry(word) !== null && genderOfGivenName(word) === null;
}

/** Words for a party's members, a prize's or a staff, that stand before names: "Democrat Jane Doe", "Nobel laureate", "Chief of Staff Jeremy Bash". */
const NO_FIRST_NAMES = new Set(['democrat', 'republican', 'tory', 'labour', 'liberal', 'conservative', 'socialist', 'communist', 'green', 'independent', 'nationalist', 'unionist', 'olympian', 'nobel', 'staff', 'state', 'army', 'navy']);

/** Where the name after a demonym ("Kenyan", "Dutchman") opening a name of three words or more starts, else 0. */
const demonymBefore = cachedByText((text: string): number => {
  const space = text.indexOf(' ');
  if (space < 0 || text.indexOf(' ', space + 1) < 0) return 0;
  const first = text.slice(0, space);
  const word = first.endsWith('man') || first.endsWith('woman') ? first.replace(/(?:wo)?man$/u, '') : first;
  return /^\p{Lu}\p{Ll}+$/u.test(word) && demonymCountry(word) !== null && !demonymCountry(word)!.startsWith('-') && /^\p{Lu}/u.test(text.slice(space + 1)) && genderOfGivenName(first) === null ? space + 1 : 0;
});



/**
 * A region's name (a state, a province, a county: not a country, whose names are often given
 * names and teams) that is no given name and no surname or given name of anyone the article
 * names, however read ("Karnataka", "Occitanie"; not "Georgia", not "Kent" beside "Kent Walker").
 */
function isUnnamedRegion(text: string, surnames: WordLookup, nameWords: WordLookup, longNameWords: WordLookup | null): boolean {
  const word = stripPossessive(text);
  const lower = lowerCase(word);
  if (surnames.has(lower) || nameWords.has(lower) || longNameWords?.has(lower) || genderOfGivenName(word) !== null) return false;
  return lookupPlaces(word).some((e) => e.kind === 'region');
}

/** A verb of saying right after a name: "Kerry said", "Kerry says", "Kerry told". */
const SPEAKS_AFTER = /^ (?:said|says|told|added|insisted|warned|argued|stressed)\b/u;

/**
 * "Kerry said the talks went well": a region's name that is a given name too (Kerry, an Irish county), right before a
 * verb of saying, is the person who speaks; a county rarely does ("deliver for Kerry" is the county).
 */
function speaksAfter(text: string | undefined, end: number, reads?: TextReads): boolean {
  return text !== undefined && SPEAKS_AFTER.test(textAfter(text, end, 10, reads));
}

/**
 * The `length` characters of `text` after `end`, recorded in `reads` as read: every look past a mention goes through here,
 * so that the grouping memo compares all the retyping read (a look past a name not recorded kept stale groupings); a
 * rule that records less (isLeaderBeforeTerm) records how far its outcome depends on the characters.
 */
function textAfter(text: string, end: number, length: number, reads: TextReads | undefined): string {
  markReadTo(reads, end + length);
  return text.slice(end, end + length);
}

/** Records in `reads` that the text up to `to` was read. */
function markReadTo(reads: TextReads | undefined, to: number): void {
  if (reads) reads.to = Math.max(reads.to, to);
}

/** The words for a storm the name finder keeps on a storm's name ("Hurricane", "Tropical Storm"): they end in one of STORM_WORDS. */
function isStormTitle(title: string): boolean {
  return STORM_WORDS.has(title.slice(title.lastIndexOf(' ') + 1).toLowerCase());
}

/** Second words that make the first the short name of a school or a firm: "Harvard Medical School", "Karolinska Institute", "Evercore Partners". */
const SHORT_NAME_HEADS = new Set(['university', 'institute', 'college', 'medical', 'law', 'business', 'partners', 'capital', 'group', 'holdings', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'plc']);

/**
 * What an organization's name gives the article as a one-word name of it, lower case: the
 * name itself ("nvidia"), or the first word of a school's or a firm's ("harvard" of "Harvard
 * Medical School") or of a firm's ("rogers" of "Rogers Communications": firmNames.ts); else null
 * ("Henrico County Public Schools" gives no "Henrico").
 */
const shortNameOf = cachedByText((text: string): string | null => {
  const words = text.split(' ');
  if (words.length === 1) return lowerCase(stripPossessive(text));
  return SHORT_NAME_HEADS.has(words[1].toLowerCase()) ? words[0].toLowerCase() : firmShortName(text);
});

/**
 * "Nvidia" read as an organization in one sentence and as a place in another, "Karolinska"
 * after "the Karolinska Institute": one word the gazetteer knows no place by, that the article
 * reads as often as an organization or its short name (shortNameOf) as a place or more, is that
 * organization, unless it is a word of a person's name there ("Trump" of "Trump Tower"), an
 * abbreviation of two capitals ("DC") or written with its country ("Eschen, Liechtenstein").
 * A small town's name (no city of 100,000 people, no region or country) is no place either where it
 * opens a firm's name the article gives ("Rogers" of "Rogers Communications": Rogers, Arkansas).
 */
function readsAsOrganization(text: string, organizationWords: WordCounts, placeWords: WordCounts | null, personWords: WordLookup | null, firms: WordLookup | null): boolean {
  if (text.includes(' ') || /^\p{Lu}{1,2}\.?$/u.test(text)) return false;
  const word = lowerCase(stripPossessive(text));
  if ((organizationWords.get(word) ?? 0) < (placeWords?.get(word) ?? 0) || personWords?.has(word)) return false;
  return (!isKnownPlace(text) && !isKnownPlace(`${text}.`)) || (firms?.has(word) === true && !isSizeablePlace(text));
}

/** "ESCHEN, Liechtenstein": a place written with the country or region it lies in stays a place (not a firm listed before a town's name: "Rogers, Bell"). (Mentions hold no text; two characters between two names are ", ".) */
function isDateline(m: NameMention, next: NameMention | undefined): boolean {
  return next !== undefined && next.type === 'LOC' && next.start === m.end + 2 && (namesCountryOrRegion(next.text) || namesCountryOrRegion(`${next.text}.`));
}

/**
 * "the New York Democrat", "the Kentucky Republican": a place and a party member, an epithet
 * for a person named elsewhere, no name of its own; the place stays. And a title's word the
 * tagger ran into a chamber's name ("Senate Majority").
 */
const CHAMBER = /(?:^|\s)(?:Senate|House|Assembly|Council|Parliament)$/u;

function withoutPartyOrMajorityWord(m: NameMention): NameMention {
  // "Senate Majority Leader Mitch McConnell": the title's "Majority" is no part of the chamber's name.
  if (m.type === 'ORG' && (m.text.endsWith(' Majority') || m.text.endsWith(' Minority'))) {
    const chamber = m.text.slice(0, m.text.lastIndexOf(' '));
    // Not "The Emerging Republican Majority", a book.
    if (CHAMBER.test(chamber)) return { start: m.start, end: m.start + chamber.length, text: chamber, type: 'ORG' };
  }
  // Most names end in neither: two comparisons spare the split.
  if (!m.text.endsWith(' Democrat') && !m.text.endsWith(' Republican')) return m;
  const rest = m.text.slice(0, m.text.lastIndexOf(' '));
  return isKnownPlace(rest) ? { start: m.start, end: m.start + rest.length, text: rest, type: 'LOC' } : m;
}

/** A weekday the tagger ran into a name ("debuts on Netflix Friday") or read as one ("said Sunday night"). */
const WEEKDAY_TAIL = /(?:^| )(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
/** The first words of days with names of their own, which keep their weekday: "Black Friday", "Super Tuesday". */
const NAMED_DAYS = new Set(['black', 'good', 'super', 'ash', 'palm', 'easter', 'cyber', 'bloody', 'holy', 'maundy', 'shrove', 'giving', 'whit', 'low']);

/**
 * The mention without a weekday after the name, or null for a weekday alone: no name ends in
 * one, and the date finder reads it.
 */
function withoutWeekday(m: NameMention): NameMention | null {
  // Most names do not end in "day": one comparison spares the pattern.
  if (!m.text.endsWith('day') || !WEEKDAY_TAIL.test(m.text)) return m;
  const cut = m.text.lastIndexOf(' ');
  if (cut < 0) return null;
  const rest = m.text.slice(0, cut);
  if (NAMED_DAYS.has(lowerCase(rest))) return m;
  return { ...m, end: m.start + cut, text: rest };
}

// Every mention is retyped on every keystroke, and an article repeats its names: what the
// rules read of a name's words is worked out once per spelling.

interface PersonShape {
  /** The last word, lower case. */
  last: string;
  /** The same, when the name has more than one word; else null. */
  head: string | null;
  /** The first word, lower case, when the name has more than one word; else null. */
  given: string | null;
  /** Where the head makes the name a group, a programme or a place (see retypedPerson). */
  type: 'ORG' | 'MISC' | 'LOC' | null;
  /** For one word ending in "s" after a lower-case letter ("Clintons"): the word without it, lower case. */
  pluralOf: string | null;
  /** For a name of three words or more, its last two, lower case: "bin laden" of "Osama Bin Laden". */
  tail: string | null;
  /** One word naming a well-known organization ("Twitter", "Google"). */
  knownOrganization: boolean;
}

/**
 * Words shaped as a product's or a brand's name, never a person's: capitals run together after a
 * lower-case letter ("ChatGPT", "PlayStationVR"), or a lower-case letter opening the word before a
 * capital ("iPhone", "eBay"). Names such as "McDonald" or "DeSantis" have one capital inside.
 */
const PRODUCT_SHAPE = /\p{Ll}\p{Lu}{2,}|^\p{Ll}+\p{Lu}/u;

const personShape = cachedByText((text: string): PersonShape => {
  // Not one nationality: "English", "French" and "Welsh" are surnames too (retypedPerson asks the article's names first).
  const words = text.split(/\s+/u);
  // "Sunni Arab", "Kosovar Albanian": words for faiths and peoples only (one word for a people alone: retypedPerson).
  if (words.every((w) => FAITHS_AND_PEOPLES.has(lowerCase(w)) || (words.length > 1 && isDemonymAlone(w)))) return { last: '', head: null, given: null, type: 'MISC', pluralOf: null, tail: null, knownOrganization: false };
  const space = text.lastIndexOf(' ');
  const last = text.slice(space + 1).toLowerCase();
  if (space < 0) {
    const pluralOf = text.endsWith('s') && /\p{Ll}s$/u.test(text) ? text.slice(0, -1).toLowerCase() : null;
    return { last, head: null, given: null, type: PRODUCT_SHAPE.test(text) ? 'MISC' : null, pluralOf, tail: null, knownOrganization: KNOWN_ORGANIZATIONS.has(last) };
  }
  const paper = NEWSPAPER_HEADS.has(last) && isKnownPlace(text.slice(0, space));
  // "Harrow Estates", "Redrow Homes" read as a person: a builder's, nobody's name (read as a place, "Jamaica Estates" stays a place).
  const groupHead = GROUP_HEADS.has(last) || BUILDERS_HEADS.has(last) || (SURNAME_GROUP_HEADS.has(last) && genderOfGivenName(text.slice(0, text.indexOf(' '))) === null);
  const type = groupHead || paper || isFirmName(text) || firmShortName(text) !== null ? 'ORG' : WORK_HEADS.has(last) ? 'MISC' : PLACE_HEADS.has(last) || STREET_HEADS.has(last) || WORSHIP_HEADS.has(last) || PLACE_OPENERS.has(text.slice(0, space).toLowerCase()) ? 'LOC' : null;
  const tail = words.length >= 3 ? `${words[words.length - 2]} ${words[words.length - 1]}`.toLowerCase() : null;
  return { last, head: last, given: text.slice(0, text.indexOf(' ')).toLowerCase(), type, pluralOf: null, tail, knownOrganization: false };
});

/**
 * "Moore & Van Allen", "Procter & Gamble": names joined by an ampersand are a firm, never one
 * person; two given names so joined ("Hillary & Chelsea") are two people, left as read.
 */
function isFirmName(text: string): boolean {
  const amp = text.indexOf('&');
  if (amp < 0) return false;
  const before = text.slice(0, amp).trim().split(/\s+/u).pop() ?? '';
  const after = text.slice(amp + 1).trim().split(/\s+/u)[0] ?? '';
  return !(genderOfGivenName(before) && genderOfGivenName(after));
}

/** Two words or names one character apart, as one mention's text: as the text writes them where it is given, else with a space. */
function joinedText(text: string | undefined, start: number, end: number, first: string, second: string): string {
  return text === undefined ? `${first} ${second}` : text.slice(start, end);
}

function retypedPerson(m: NameMention, surnames: WordLookup, nameWords: WordLookup, firms: WordLookup | null, text?: string): NameMention | null {
  // "the Palais Bourbon", "the Palacio Nacional", "Piazza Navona": a building's, a square's or a street's word in French, Spanish, Italian, Portuguese or German opens no one's name.
  if (!m.title && opensWithBuildingWord(m.text)) return { start: m.start, end: m.end, text: m.text, type: 'LOC' };
  // "in Prince Edward Island", "Queen Charlotte Sound": a sovereign's title read as a person's before a place's name is the first word of the place's.
  if (m.title !== undefined && SOVEREIGN_TITLES.has(lowerCase(m.title)) && (isKnownPlace(`${m.title} ${m.text}`) || isPlaceHeaded(m.text))) {
    const start = m.start - m.title.length - 1;
    return { start, end: m.end, text: joinedText(text, start, m.end, m.title, m.text), type: 'LOC' };
  }
  // "Kenyan Eliud Kipchoge", "Dutchman Max Verstappen": a word for where someone is from, before a name of two words, is no part of it.
  const from = demonymBefore(m.text);
  if (from > 0) return { start: m.start + from, end: m.end, text: m.text.slice(from), type: 'PER' };
  // "The Taoiseach, Leo Varadkar, replied": a role's word after "The" is nobody's name.
  if (!m.title && /^The \p{Lu}\p{Ll}+$/u.test(m.text) && isPersonRole(m.text.slice(4))) return null;
  const shape = personShape(m.text);
  if (shape.type === 'MISC' && shape.head === null) return { start: m.start, end: m.end, text: m.text, type: 'MISC' };
  if (shape.head !== null) {
    if (shape.type === 'ORG') return { start: m.start, end: m.end, text: m.text, type: 'ORG' };
    // "the Rachel Maddow Show": a programme named after its host is not the host.
    if (shape.type === 'MISC') return { start: m.start, end: m.end, text: m.text, type: 'MISC' };
    if (shape.type === 'LOC' && !m.title && (!genderOfGivenName(m.text.slice(0, m.text.search(/\s/u))) || ROAD_HEADS_NO_ONE_BEARS.has(shape.last))) return { start: m.start, end: m.end, text: m.text, type: 'LOC' };
    // "Nova Scotia banned open burning", "Minas Gerais and Bahia": a province's or a state's whole name, opening with no given name, is the place.
    if (!m.title && namesCountryOrRegion(m.text) && !genderOfGivenName(m.text.slice(0, m.text.search(/\s/u)))) return { start: m.start, end: m.end, text: m.text, type: 'LOC' };
    // "Abu Dhabi's sovereign fund", "Kuala Lumpur said": a city of 100,000 people or more named in two words or more, opening with no given name, is the city.
    if (!m.title && isSizeablePlace(m.text) && !genderOfGivenName(m.text.slice(0, m.text.search(/\s/u)))) return { start: m.start, end: m.end, text: m.text, type: 'LOC' };
    // "between Cardiff and Merthyr Tydfil": a smaller town's whole name, none of its words a given name, is the town.
    if (!m.title && isKnownPlace(m.text) && m.text.split(/\s+/u).every((w) => genderOfGivenName(w) === null)) return { start: m.start, end: m.end, text: m.text, type: 'LOC' };
    return m;
  }
  // "Twitter said": a well-known organization, unless the article names someone so ("Vicente Fox");
  // "Pfizer said" after "Pfizer Inc.": the firm's short name, unless it is a word of someone's name.
  if (shape.knownOrganization && !surnames.has(shape.last)) return { start: m.start, end: m.end, text: m.text, type: 'ORG' };
  if (firms?.has(shape.last) && !surnames.has(shape.last) && !nameWords.has(shape.last) && !m.title) return { start: m.start, end: m.end, text: m.text, type: 'ORG' };
  // "Kenyan police fired", "Kenyan writer Jane Doe": a word for where people are from, read alone as a person, is no one's name
  // (CoNLL: MISC), unless it is a given name or the article gives someone that name ("Dawn French", "Germán").
  if (!m.title && isDemonymAlone(m.text) && !surnames.has(shape.last) && !nameWords.has(shape.last)) return { start: m.start, end: m.end, text: m.text, type: 'MISC' };
  // "a Dame Commander of the Order": a role's word alone is nobody's name, unless the article gives someone that surname ("Carole King").
  if (!m.title && isPersonRole(m.text) && !surnames.has(shape.last) && !nameWords.has(shape.last)) return null;
  // "the Clintons": a family, not one more person.
  return shape.pluralOf !== null && surnames.has(shape.pluralOf) ? null : m;
}

/**
 * First words of buildings, squares, streets and grounds in French, Spanish, Italian, Portuguese
 * and German, lower case: "Palais Bourbon", "Hôtel Matignon", "Casa Rosada", "Plaza de Mayo",
 * "Schloss Bellevue", "Stade Vélodrome". No given names; not "Hotel" (the English word names
 * films and songs), "Place" or "Mont" (English words and surnames too).
 */
const BUILDING_WORDS = new Set([
  'palais', 'palacio', 'palazzo', 'palácio', 'hôtel', 'château', 'chateau', 'schloss', 'casa', 'plaza', 'piazza', 'praça', 'plaça', 'rue', 'avenida', 'calle',
  'quai', 'parc', 'stade', 'estadio', 'estádio', 'stadio', 'basilique', 'basílica', 'iglesia', 'cathédrale', 'catedral', 'duomo',
]);

/** The name has two words or more, the first a BUILDING_WORDS word written with a capital. */
const opensWithBuildingWord = cachedByText((text: string): boolean => {
  const space = text.indexOf(' ');
  return space > 0 && /^\p{Lu}/u.test(text) && BUILDING_WORDS.has(text.slice(0, space).toLowerCase());
});

interface PlaceOrGroupShape {
  words: readonly string[];
  /** For "Governor Pence": the second word, lower case, after a title; else null. */
  titledSurname: string | null;
  /** One word naming a well-known organization and no place of the gazetteer ("Twitter"). */
  organizationNotPlace: boolean;
  /** Two words or more ending in a word for a feature of the land or the sea. */
  placeHeaded: boolean;
  /** Two words, a given name and a capitalised word, that name no place of the gazetteer and no group ("Melania Trump"). */
  personNotPlace: boolean;
  /** A name built with a patronymic particle ("Osama Bin Laden", "Bin Laden", "Ibn Saud"), no group, no place of the gazetteer. */
  patronymic: boolean;
}


/**
 * "the Rashtriya Janata Dal" read as a thing's name: a name of two words or more ending in a
 * party's word is the party's. Not every group's word: CoNLL's Reuters reads "League" and "Cup"
 * names of sport as things.
 */
const PARTY_HEADS = new Set(['party', 'morcha', 'dal', 'sena', 'sangh', 'parishad', 'kazhagam']);

function miscOrGroup(m: NameMention): NameMention {
  // "Pope Leo" read as a thing's name: the person (the title kept on the mention, as for "Pope Francis" read as a place).
  if (m.title === undefined) {
    const words = placeOrGroupShape(m.text).words;
    if (isSovereignNamed(words, m.text)) return sovereignMention(m, words);
  }
  const space = m.text.lastIndexOf(' ');
  if (space < 0) return m;
  const last = m.text.slice(space + 1).toLowerCase();
  // "the Meenakshi Temple" read as a thing's name: the building.
  if (WORSHIP_HEADS.has(last)) return { start: m.start, end: m.end, text: m.text, type: 'LOC' };
  if (!PARTY_HEADS.has(last)) return m;
  return { start: m.start, end: m.end, text: m.text, type: 'ORG' };
}


/**
 * Two words, a SOVEREIGN_TITLES title and one capitalised word that no place's or group's word
 * ends ("Street", "Park", "College"), naming no place the gazetteer knows.
 */
function isSovereignNamed(words: readonly string[], text: string): boolean {
  return (words.length === 2 || (words.length === 3 && REGNAL_NUMBER.test(stripPossessive(words[2])))) && SOVEREIGN_TITLES.has(words[0].toLowerCase())
    && /^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(words[1]) && !PLACE_WORDS.has(stripPossessive(words[1]).toLowerCase()) && !isKnownPlace(text);
}

/** The person's mention in a name isSovereignNamed holds: the words after the title ("Leo XIV" of "Pope Leo XIV"). */
function sovereignMention(m: NameMention, words: readonly string[]): NameMention {
  const start = m.start + words[0].length + 1;
  return { start, end: m.end, text: m.text.slice(words[0].length + 1), type: 'PER', title: words[0] };
}

/** Second words that make a given name the name of a place: "Marion County", "Lincoln Park". */
const PLACE_WORDS = new Set([
  ...PLACE_HEADS, ...STREET_HEADS, 'county', 'city', 'town', 'township', 'parish', 'borough', 'village', 'state', 'province', 'district', 'park', 'square', 'street',
  'st', 'st.', 'road', 'heights', 'hills', 'beach', 'falls', 'springs', 'harbor', 'harbour', 'port', 'point', 'center', 'centre', 'hall', 'airport',
  'station', 'bridge', 'place', 'plaza', 'creek', 'field', 'fields', 'forest', 'gardens', 'junction', 'landing', 'mills', 'ridge', 'village', 'wood', 'woods',
  // Documents and events named after a person or a place: "the Sharon Statement".
  'statement', 'declaration', 'act', 'doctrine', 'plan', 'agreement', 'accord', 'accords', 'treaty', 'conference', 'summit',
  // Groups: "the Nazi Party", "the Rand Corporation".
  ...GROUP_HEADS, 'party', 'group', 'company', 'co', 'co.', 'associates', 'partners', 'brothers', 'bros', 'sons', 'agency', 'enterprises',
  'industries', 'holdings', 'fund', 'trust', 'bank', 'society', 'union', 'council', 'league', 'club', 'church', 'school', 'college',
  'hospital', 'museum', 'library', 'press', 'books', 'media', 'news', 'times', 'post', 'journal', 'network', 'studios', 'records',
]);

/** "the High Court", "a Crown Court judge", "the Court of Appeal": a court by its rank is a body, not the building (read as a place). */
const COURT_NAME = /^(?:(?:High|Supreme|Crown|County|District|Federal|Constitutional|Circuit|Superior|Magistrates['’]?|Appeals?)\s+Court|Court\s+of\s+(?:Appeals?|Session|Cassation|Justice))$/u;

const placeOrGroupShape = cachedByText((text: string): PlaceOrGroupShape => {
  const words = text.split(/\s+/u);
  return {
    words,
    titledSurname: words.length === 2 && PERSON_TITLES.has(words[0].toLowerCase().replace(/\.$/u, '')) ? words[1].toLowerCase() : null,
    organizationNotPlace: (words.length === 1 && (KNOWN_ORGANIZATIONS.has(lowerCase(text)) || PLATFORMS.has(lowerCase(text))) && !isKnownPlace(text)) || COURT_NAME.test(text)
      // "Korea University", "Ontario Ministry": a place's name before an institution's word is the institution's;
      // so is any name ending in a body's or a firm's word ("Republic Records", "MIDiA Research", "Acme Holdings"),
      // unless a place's name ends it ("Jewish West Bank").
      || (words.length >= 2 && endsInBodyWord(words[words.length - 1].toLowerCase(), text) && !isKnownPlace(text) && !isKnownPlace(words.slice(-2).join(' '))),
    placeHeaded: isPlaceHeaded(text),
    personNotPlace: words.length === 2 && /^\p{Lu}\p{Ll}/u.test(words[1]) && !PLACE_WORDS.has(words[1].toLowerCase()) && genderOfGivenName(words[0]) !== null && !isKnownPlace(text) && !namesCountryOrRegion(words[1]),
    patronymic:
      words.some((w, i) => i < words.length - 1 && PATRONYMIC_PARTICLES.has(lowerCase(w)) && /^\p{Lu}/u.test(words[i + 1])) &&
      !words.some((w) => w === 'and' || w === '&') && !PLACE_WORDS.has(words[words.length - 1].toLowerCase()) && !isKnownPlace(text),
  };
});

/**
 * A last word that makes a name a body's or a firm's, even read as a place: an institution's
 * word, a group's (GROUP_HEADS: not "front", "camp", "army", whose names are often the places
 * of battles and camps, nor "union": the Soviet Union, the State of the Union), a party's word
 * that is a surname too (read as a place, "Shiv Sena" is no person), a firm's designator, or a firm's kind of work.
 */
function endsInBodyWord(last: string, text: string): boolean {
  return INSTITUTION_HEADS.has(last) || BODY_WORDS.has(last) || (GROUP_HEADS.has(last) && !BATTLE_WORDS.has(last)) || SURNAME_GROUP_HEADS.has(last) || firmShortName(text) !== null;
}

/** Scriptures and names of God, lower case: read as a place ("approach the Lord") or a body ("The Bible tells us"). */
const SACRED_NAMES = new Set(['lord', 'god', 'bible', 'koran', 'quran', 'qur’an', "qur'an", 'torah', 'talmud', 'gospel', 'gospels', 'scripture', 'scriptures']);

/**
 * SACRED_NAMES as written ("Lord's" is the cricket ground), a lone capital letter ("Kasich (R)"), a common word in capitals,
 * "No." before a number, or a name right before "virus" ("the Zika virus", "West Nile virus").
 */
function isNoPlaceNorBody(m: NameMention, text: string | undefined, reads?: TextReads): boolean {
  if (m.title !== undefined) return false;
  if (/^\p{Lu}$/u.test(m.text) || (!m.text.includes(' ') && (SACRED_NAMES.has(lowerCase(m.text)) || COMMON_WORDS_IN_CAPITALS.has(m.text)))) return true;
  if (text === undefined) return false;
  // "all I got, OK?", not Oklahoma's "OK Gov. Fallin".
  if (m.text === 'OK') return !/^ \p{Lu}/u.test(textAfter(text, m.end, 2, reads));
  // "the No. 2 Republican".
  if (m.text === 'No.') return /^ ?\d/u.test(textAfter(text, m.end, 2, reads));
  return /^ virus\b/iu.test(textAfter(text, m.end, 7, reads));
}

/** Common words the tagger reads as a body's name when alone: "ABC's TV show", "all I got, OK?", "Hillary's VP pick", "Subscribe here". */
const COMMON_WORDS_IN_CAPITALS = new Set(['TV', 'VP', 'LGBT', 'LGBTQ', 'Internet', 'Subscribe']);

/** The words of a leader's term, each in its longest form: "administration" is read within "administrations" (leadersTermReach). */
const TERM_WORDS = ['administrations', 'presidency', 'years', 'era', 'cabinet'];
/** A leader's time in office after their name: "the Obama years", "the Bush administration", "Obama's cabinet". */
const LEADERS_TERM = new RegExp(String.raw`^(?:['’]s)?\s+(?:${TERM_WORDS.join('|')}|administration)\b`, 'u');

/**
 * How many of the first characters of `after` decide LEADERS_TERM.test(after): the possessive, the
 * spaces, and of the word after them as far as it reads like one of TERM_WORDS, with the character
 * after that. Most one-word places are followed by no such word, and recording all READ_AFTER
 * characters as read made typing a few words after any of them group the article afresh
 * ("Chicago this year alone." edited into "alone.x").
 */
function leadersTermReach(after: string): number {
  let i = 0;
  if (after[0] === "'" || after[0] === '’') {
    if (after[1] !== 's') return 2;
    i = 2;
  }
  let j = i;
  while (j < after.length && /\s/u.test(after[j])) j++;
  if (j === i) return i + 1;
  let reach = j + 1;
  for (const word of TERM_WORDS) {
    let k = 0;
    while (k < word.length && after[j + k] === word[k]) k++;
    reach = Math.max(reach, j + k + 1);
  }
  return reach;
}

/** One capitalised word (possessive or not), no country, region or sizeable city, before LEADERS_TERM. */
function isLeaderBeforeTerm(m: NameMention, text: string, reads?: TextReads): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(m.text)) return false;
  const after = textAfter(text, m.end, 20, undefined);
  markReadTo(reads, m.end + Math.min(20, leadersTermReach(after)));
  if (!LEADERS_TERM.test(after)) return false;
  const name = stripPossessive(m.text);
  return !namesCountryOrRegion(name) && !isSizeablePlace(name);
}

const BODY_WORDS = new Set(['records', 'research', 'studios', 'pictures', 'media', 'press', 'publishing', 'entertainment', 'music', 'games', 'bank', 'trust', 'fund']);
const BATTLE_WORDS = new Set(['front', 'camp', 'army', 'union']);

/** Last words of an institution's name that the tagger may read as a place with the place before them. */
const INSTITUTION_HEADS = new Set(['university', 'college', 'academy', 'institute', 'ministry', 'foundation', 'polytechnic', 'seminary', 'conservatory']);

/** A press wire named in a release's dateline ("/PRNewswire/", "Business Wire"): no place. */
const NEWSWIRE = /(?:newswire|\bWire)$/iu;

/** `firms`: the first words of firms' names, lower case ("acme" of "Acme Corp."): read as a place, the firm. */
function retypedPlaceOrGroup(m: NameMention, surnames: WordLookup, nameWords: WordLookup, untitled: WordLookup | null, firms: WordLookup | null): NameMention | null {
  // "The two Garcias", "the Obamas": a family named by the plural of a surname the article gives a person, no place.
  if (m.type === 'LOC' && m.title === undefined && /^\p{Lu}\p{Ll}+s$/u.test(m.text) && surnames.has(lowerCase(m.text.slice(0, -1))) && !isKnownPlace(m.text)) return null;
  const shape = placeOrGroupShape(m.text);
  if (m.type === 'LOC' && shape.words.length <= 2 && nameWords.has(lowerCase(m.text)) && !isKnownPlace(m.text)) return { start: m.start, end: m.end, text: m.text, type: 'PER' };
  if (isSovereignNamed(shape.words, m.text)) return sovereignMention(m, shape.words);
  if (shape.titledSurname !== null && (surnames.has(shape.titledSurname) || untitled?.has(shape.titledSurname))) {
    const [title, surname] = shape.words;
    return { start: m.end - surname.length, end: m.end, text: surname, type: 'PER', title };
  }
  if (m.type === 'LOC' && (shape.organizationNotPlace || (firms?.has(lowerCase(m.text)) && !isKnownPlace(m.text)) || NEWSWIRE.test(m.text))) {
    return { start: m.start, end: m.end, text: m.text, type: 'ORG' };
  }
  if ((m.type === 'LOC' || m.type === 'ORG') && (shape.personNotPlace || shape.patronymic)) return { start: m.start, end: m.end, text: m.text, type: 'PER' };
  if (m.type === 'ORG' && shape.words.length >= 2 && (shape.placeHeaded || WORSHIP_HEADS.has(shape.words[shape.words.length - 1].toLowerCase()) || ROAD_HEADS_NO_ONE_BEARS.has(shape.words[shape.words.length - 1].toLowerCase()) || GAELIC_PLACE_OPENERS.has(shape.words[0].toLowerCase()))) return { start: m.start, end: m.end, text: m.text, type: 'LOC' };
  return m;
}
