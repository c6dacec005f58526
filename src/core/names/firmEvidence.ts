import type { NameMention } from './nameMention';
import type { AnalyzedText } from '../text/analyzedText';
import type { Token } from '../text/tokenizer';
import { isKnownPlace, isSizeablePlace, namesCountryOrRegion } from '../places/gazetteer';
import { perParagraph, someParagraph } from '../text/perParagraph';
import { genderOfGivenName } from '../entities/givenNames';
import { KNOWN_ORGANIZATIONS, isPlaceHeaded } from './nameLexicon';
import { lowerCase } from '../text/lowerCase';
import { cachedByText } from '../text/cachedByText';
import { firmsWherePeopleWork } from './workplaceFirms';
import { keptEnds } from '../incremental/keptEnds';
import { clubsBesideScores } from './clubsByScores';
import { LOC, MentionRetypes, ORG, PER } from './mentionRetypes';

// The tagger reads each sentence on its own and takes a firm's or a club's one-word name for
// a person's or a place's ("Petrobras said", "Al-Nassr"); the article, read whole, often says
// what it is: "shares of Petrobras", "Petrobras's chief executive", "oil company Petrobras",
// "Al-Hilal FC", "scored for Al-Nassr", "Pfizer buying Allergan". Where it does, every one-word mention of that name is
// the organization, unless the article gives it as a word of a person's full name ("Henry
// Ford") or the gazetteer knows a place so named. A statement ("Petrobras said in a statement")
// is no evidence either way: people and firms both issue them. And a one-word place the
// gazetteer does not know, listed with an organization ("Volkswagen and Stellantis") and read
// as a place nowhere else in the article, is another organization.

/** A word as a name is written: capitalized, maybe hyphenated or with an ampersand ("Al-Nassr", "AT&T"). */
const NAME = String.raw`(\p{Lu}[\p{L}\p{N}&-]*\p{L})`;

/**
 * Each pattern with its cue: a plain regex for words of which every match of the pattern
 * holds one. Few paragraphs hold any (and most articles none) of a pattern's cue words, and a
 * Unicode pattern that may start at any capital costs far more to run over a paragraph than
 * the cue's scan for its words: the pattern runs only over the paragraphs that hold its cue,
 * and finds there all it would find in every paragraph (a quarter of the time).
 */
/**
 * A capital letter here, asked before a lookbehind: a pattern opening with a lookbehind runs it
 * at every character of the paragraph, and this turns nearly all of them down at once. The
 * ASCII range is asked first, as Unicode's class of capitals costs far more per character: the
 * two cut the time of the pattern on " have " below, run over every paragraph holding its cue,
 * to a third.
 */
const CAPITAL_HERE = String.raw`(?=[A-Z\u{80}-\u{10FFFF}])(?=\p{Lu})`;

/**
 * NAME not preceded by another capitalised word: where the evidence follows the name ("X's chief
 * executive", "X, the patient watchdog,"), the whole name, not the last word of a longer one
 * ("Leeds" of "Healthwatch Leeds, the patient watchdog,", "Mail" of "Royal Mail's shares"). A word
 * ending a sentence before it is no part of it ("sold through Depop. Depop, the fashion app,").
 */
const NAME_ALONE = String.raw`${CAPITAL_HERE}(?<!\p{Lu}[\p{L}\p{N}&'’.-]*[\p{L}\p{N}] )${NAME}`;

/** NAME without its group, for names of several words. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}&-]*\p{L}`;

/** A capitalized word shaped as a people's ("Nigerian", "British", "Chinese", "Israeli", "Dutch"): "Flutterwave, the Nigerian payments firm,". */
const DEMONYM = String.raw`\p{Lu}\p{Ll}+(?:an|ish|ese|i|ch)`;

/**
 * What kind of firm a name is, set off after it: ", the Danish drugmaker,", ", a lender based in
 * Leeds", ", the carmaker that makes the Mini". Up to four words before the kind, no "of" or relative
 * among them ("Elon Musk, the Tesla chief whose company," is a person).
 */
const FIRM_KIND_SET_OFF = String.raw`, (?:the|a|an|\p{Lu}[\p{L}.]*['’]s)(?: \p{Lu}[\p{L}&-]*(?= \p{Ll}))?(?: (?!(?:of|who|whose|which|that)\b)\p{Ll}[\p{Ll}-]*| ${DEMONYM}){0,4} (?:company|firm|retailer|supermarket|chain|lender|insurer|airline|carrier|utility|miner|arm|subsidiary|carmaker|automaker|chipmaker|drugmaker|planemaker|steelmaker|shipbuilder|giant|club|conglomerate|corporation|multinational|manufacturer|start-?up|app|platform|bank)(?:[,.]| owned by | based in | that | which )`;

/** The cue of both patterns of a kind set off after a name (one scan of a paragraph answers both). */
const SET_OFF_KIND = /(?:giant|club|company|firm|retailer|supermarket|chain|lender|insurer|airline|carrier|utility|miner|arm|subsidiary|maker|conglomerate|corporation|multinational|manufacturer|start-?up|app|platform|bank|alliance|charity|nonprofit|non-profit|foundation|watchdog|regulator|broadcaster|operator|coalition|think tank|thinktank|group|union|federation|association|lobby)(?:[,.]| owned by | based in | that | which )/;

/** The cue of the plural verb after a name ("Fulham have"), in about a fifth of news paragraphs: asked apart from ANY_OTHER_CUE. */
export const PLURAL_VERB = / (?:have|are) /;

export const EVIDENCE: readonly { cue: RegExp; pattern: RegExp }[] = [
  // Its shares and its officers: "shares of X" (opening a sentence too: "Shares in X fell"), "X's chief executive", "Nio's founder" (a
  // country's or a city's founder is left to the gazetteer, which knows the place), "X stock".
  { cue: /[Ss]hares (?:of|in) /, pattern: new RegExp(String.raw`\b[Ss]hares (?:of|in) ${NAME}`, 'gu') },
  { cue: /share|stock|chief|CEO|CFO|founder/, pattern: new RegExp(String.raw`\b${NAME_ALONE}['’]s? (?:shares|stock|share price|shareholders|chief executive|chief financial officer|CEO|CFO|founder|co-founder)\b`, 'gu') },
  { cue: /(?:shares|stock) /, pattern: new RegExp(String.raw`\b${NAME_ALONE} (?:shares (?:rose|fell|gained|climbed|jumped|slid|dropped|sank|closed|were|have)|stock (?:rose|fell|gained|climbed|jumped|slid|dropped|sank|closed))\b`, 'gu') },
  // Its officers after it: "Kate Nicholls, chief executive of UKHospitality", "a spokeswoman for Ofgem" aside (a body may have a spokeswoman too, and is one).
  {
    cue: /chief (?:executive|operating)|CEO|chair(?:man|woman)|founder|spokes(?:man|woman|person)|director/,
    pattern: new RegExp(String.raw`\b(?:chief executive|chief executive officer|chief operating officer|CEO|chairman|chairwoman|co-founder|founder|spokesman|spokeswoman|spokesperson|(?:deputy |managing |executive )?director) (?:of|for|at) ${NAME}(?![\p{L}\p{N}-]| \p{Lu})`, 'gu'),
  },
  // What kind of firm or body it is, right before its name: "oil company Petrobras", "chipmaker Nvidia", "regulator Ofwat", "broadcaster ITV",
  // "the fashion app Depop", "the digital bank Monzo", "Apple supplier Foxconn", "the pathology provider Synnovis", "the rock band Blur".
  {
    cue: /(?:company|firm|maker|retailer|lender|insurer|airline|utility|miner|brewer|conglomerate|start-?up|regulator|watchdog|broadcaster|app|platform|bank|supplier|provider|band) /,
    pattern: new RegExp(String.raw`\b(?:company|firm|carmaker|automaker|chipmaker|drugmaker|retailer|lender|insurer|airline|utility|miner|brewer|conglomerate|start-?up|regulator|watchdog|broadcaster|app|platform|bank|supplier|provider|band) ${NAME}(?![\p{L}\p{N}-]| \p{Lu})`, 'gu'),
  },
  // A party named by its place in a government: "its coalition partner Komeito", "opposition party Morena".
  {
    cue: /(?:partner|party) [A-Z]/,
    pattern: new RegExp(String.raw`\b(?:coalition partner|junior partner|ruling party|opposition party|governing party) ${NAME}(?![\p{L}\p{N}-]| \p{Lu})`, 'gu'),
  },
  // The same set off after its name: "Komeito, the LDP's coalition partner,".
  {
    cue: /coalition partner[,.]/,
    pattern: new RegExp(String.raw`\b${NAME_ALONE}, (?:(?:the|its|their) )?(?:\p{Lu}[\p{L}.]*['’]s )?(?:junior |ruling )?coalition partner[,.]`, 'gu'),
  },
  // What kind of firm it is, set off right after its name: "Tesco, Britain's biggest
  // supermarket,", "Tesco, the supermarket chain,", "Acme, a retailer,", "Monzo, the digital bank,",
  // "Depop, the fashion app owned by Etsy,", "Acme, a lender based in Leeds,", "Eskom, the state
  // power utility,", "Vale, the mining giant,", "Acme, the planemaker based in Lyon,", "Al-Fajr, the
  // Jeddah club,", and a firm's part named with its owner: "Jetstar, the Qantas budget arm,". Up to
  // four words before the kind, no "of" among them ("Jones, the head of the national bank," is a person).
  {
    cue: SET_OFF_KIND,
    pattern: new RegExp(String.raw`\b${NAME_ALONE}${FIRM_KIND_SET_OFF}`, 'gu'),
  },
  // The same after a name of two or three words, the whole name: "Novo Nordisk, the Danish
  // drugmaker,", "Bavarian Nordic, the drugmaker that makes the vaccine,". A name opening a
  // sentence may take in a capitalized word before it ("Meanwhile Novo Nordisk"), which no mention
  // is, and so retypes nothing.
  {
    cue: SET_OFF_KIND,
    pattern: new RegExp(String.raw`${CAPITAL_HERE}(?<!\p{Lu}[\p{L}\p{N}&'’.-]*[\p{L}\p{N}] )(${NAME_WORD}(?: ${NAME_WORD}){1,2})${FIRM_KIND_SET_OFF}`, 'gu'),
  },
  // What kind of body it is, set off right after its name: "Gavi, the vaccine alliance,", "Oxfam,
  // a British charity,", "Ibec, the employers' group,", "Unite, the union,". No "of" among the
  // words between: "Jones, a member of the alliance," is a person.
  {
    cue: SET_OFF_KIND,
    pattern: new RegExp(String.raw`\b${NAME_ALONE}, (?:the|a|an|\p{Lu}[\p{L}.]*['’]s)(?: (?!of\b)\p{Ll}[\p{Ll}'’-]*| ${DEMONYM}){0,3} (?:alliance|charity|nonprofit|non-profit|foundation|watchdog|regulator|broadcaster|operator|coalition|think tank|thinktank|group|union|federation|association|lobby)[,.]`, 'gu'),
  },
  // Its kind first, then its name set off: "a pathology supplier, Synnovis,", "the chipmaker, Arm,". Not before
  // "said" ("told the company, Jones said"): the name must be set off by a second comma.
  {
    cue: /(?:company|firm|supplier|retailer|lender|insurer|airline|maker|start-?up|charity|operator|provider)[,]/,
    pattern: new RegExp(String.raw`\b(?:a|an|the)(?: \p{Ll}[\p{Ll}-]*){0,3} (?:company|firm|supplier|retailer|lender|insurer|airline|carmaker|chipmaker|drugmaker|start-?up|charity|operator|provider), ${NAME},`, 'gu'),
  },
  // Deals and customers: "Pfizer buying Allergan", "the merger of Kraft and Heinz", "Hulu's subscribers".
  {
    cue: /acqui|buying |bought |merger |takeover of |stake in /,
    pattern: new RegExp(String.raw`\b(?:acquire|acquires|acquired|acquiring|buying|bought|merger of|merger with|takeover of|acquisition of|stake in) ${NAME}(?![\p{L}\p{N}'’-]| \p{Lu})`, 'gu'),
  },
  // Its workforce: "Qantas will cut 1,200 jobs", "Acme plans to shed about 5,000 jobs", "Acme axed 300 jobs".
  {
    cue: / jobs/,
    pattern: new RegExp(String.raw`\b${NAME_ALONE}(?: (?:will|would|is to|is set to|plans to|has|had))? (?:cut|cuts|shed|sheds|axe|axes|axed|slash|slashes|slashed|eliminate|eliminates|eliminated)(?: (?:about|around|up to|nearly|more than|some|another))? [\d,.]+(?: (?:million|thousand))? jobs\b`, 'gu'),
  },
  // Its results: "Shell profit beats forecasts", "Acme's quarterly revenue fell", "Acme reported a better-than-expected profit".
  {
    cue: /profit|earnings|revenue|sales/,
    pattern: new RegExp(String.raw`\b${NAME_ALONE}(?:['’]s)?(?: (?:quarterly|annual|first-quarter|second-quarter|third-quarter|fourth-quarter|full-year|half-year|net|operating|adjusted|core|underlying)){0,2} (?:profits?|earnings|revenues?|sales) (?:rose|rises|fell|falls|beat|beats|jumped|jumps|slumped|slumps|dropped|drops|climbed|climbs|missed|misses|topped|tops|surged|surges|plunged|plunges|doubled|doubles|halved|halves|tumbled|tumbles|soared|soars)\b`, 'gu'),
  },
  {
    cue: /(?:reported|posted|booked) (?:a|an|its) /,
    pattern: new RegExp(String.raw`\b${NAME_ALONE} (?:reported|posted|booked) (?:a|an|its)(?: [\p{L}\p{N}-]+){0,3} (?:profit|loss|earnings|revenue|sales)\b`, 'gu'),
  },
  { cue: /(?:subscriber|customer|store|shareholder|investor)s/, pattern: new RegExp(String.raw`\b${NAME_ALONE}['’]s? (?:subscribers|customers|stores|shareholders|investors)\b`, 'gu') },
  // A plural verb after one name: "Fulham have sacked their manager", "Coldplay are to tour". British
  // news gives a club, a band or a firm a plural verb; one person takes none, and "were" is a
  // person's too ("if Smith were elected"). Not the second of a list ("Smith and Jones are"), nor
  // a modal's or "did"'s subject ("would Smith have won", "did Jones have"), nor a preposition's
  // object, whose noun is the subject ("the gates of Hell have", "citizens across the West are").
  {
    cue: PLURAL_VERB,
    pattern: new RegExp(String.raw`${CAPITAL_HERE}(?<!\b(?:and|or|nor|would|could|should|might|must|may|can|will|did|does|do|to|let|not|n't|,|&) )(?<!\b(?:of|in|on|at|from|for|with|by|across|into|over|under|about|against|between|among|around|than|like)(?: the)? )${NAME_ALONE} (?:have|are) `, 'gu'),
  },
  // Who ran a poll: "a poll by Datafolha", "a survey from Ipsos", "a poll for the Journal" (pollsters are firms; a person's poll is "X's poll").
  { cue: /(?:poll|survey) (?:by|from|for) /, pattern: new RegExp(String.raw`\b(?:poll|survey) (?:by|from|for) ${NAME}(?![\p{L}\p{N}-]| \p{Lu})`, 'gu') },
  // Where analysts work: "analysts at Wedbush said".
  { cue: /(?:nalyst|conomist|trategist)s? at /, pattern: new RegExp(String.raw`\b(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?) at ${NAME}(?![\p{L}\p{N}-]| \p{Lu})`, 'gu') },
  // A club: "X FC", "FC X", "scored for X".
  { cue: /FC|F\.C\.|CF|SC/, pattern: new RegExp(String.raw`\b${NAME} (?:FC|F\.C\.|CF|AFC|SC)\b`, 'gu') },
  { cue: /[FS]C /, pattern: new RegExp(String.raw`\b(?:FC|AFC|SC) ${NAME}`, 'gu') },
  { cue: /(?:scored|signed|plays|played|playing) for /, pattern: new RegExp(String.raw`\b(?:scored|signed|plays|played|playing) for ${NAME}(?![\p{L}\p{N}-]| \p{Lu})`, 'gu') },
];

/**
 * A word of every cue but PLURAL_VERB's, one group per first letter: a paragraph holding none
 * (most of them) holds no such cue, and one scan of it for these replaces sixteen. Only a
 * filter: a paragraph it passes asks each cue as before. Every cue must be found in something
 * this finds (test/unit/firmEvidenceCues.test.ts checks it on each cue's strings). "app" and
 * "arm" come with the mark each cue has after them, or "happened", "approach", "warm" would
 * pass a paragraph; " have " and " are ", in a fifth of the paragraphs, are asked on their own.
 */
export const ANY_CUE = / (?:have|are) |profit|earnings|revenue|sales|(?:reported|posted|booked) (?:a|an|its) |a(?:cqui|irline|lliance|ssociation|pp|rm)|utility|subsidiary|group|union|lobby|federation|b(?:uying |ought |rewer|roadcaster|an[kd])|c(?:lub|arrier|hief|hair(?:man|woman)|o(?:mpany|nglomerate|rporation|alition|nomist|-founder)|ha(?:in|rity)|ustomers)|C(?:EO|F)|director|f(?:irm|ounder|oundation)|F\.?C|giant|i(?:nsurer|nvestors)|lender|m(?:aker|erger |iner|ultinational|anufacturer)|n(?:on-?profit|alyst)|operator|p(?:rovider|latform|lay(?:s|ed|ing) for |art(?:ner|y) [A-Z])|re(?:tailer|gulator)|s(?:hare|pokes(?:man|woman|person)|t(?:ock|art-?up|ake in |ores)|upermarket|ubscribers|upplier|(?:cored|igned) for )|S(?:C|hares)|t(?:akeover of |hink ?tank|rategist)|watchdog|(?:poll|survey) (?:by|from|for) /;
export const ANY_OTHER_CUE = /profit|earnings|revenue|sales|(?:reported|posted|booked) (?:a|an|its) |a(?:cqui|irline|lliance|ssociation|pp[ ,.]|rm[ ,.])|utility|subsidiary|group|union|lobby|federation|b(?:uying |ought |rewer|roadcaster|an[kd])|c(?:lub|arrier|hief|hair(?:man|woman)|o(?:mpany|nglomerate|rporation|alition|nomist|-founder)|ha(?:in|rity)|ustomers)|C(?:EO|F)|director|f(?:irm|ounder|oundation)|F\.?C|giant|i(?:nsurer|nvestors)|lender|m(?:aker|erger |iner|ultinational|anufacturer)|n(?:on-?profit|alyst)|operator|p(?:rovider|latform|lay(?:s|ed|ing) for |art(?:ner|y) [A-Z])|re(?:tailer|gulator)|s(?:hare|pokes(?:man|woman|person)|t(?:ock|art-?up|ake in |ores)|upermarket|ubscribers|upplier|(?:cored|igned) for )|S(?:C|hares)|t(?:akeover of |hink ?tank|rategist)|watchdog| jobs|(?:poll|survey) (?:by|from|for) /;

/** Words that read as a cue but no firm's name: "shares of The", "company It". */
const NOT_NAMES = new Set(['The', 'A', 'An', 'It', 'This', 'That', 'Its', 'He', 'She', 'They', 'We', 'I']);

/** The mentions, the clubs beside a score (clubsByScores.ts), the names of firms where analysts or lawyers work (workplaceFirms.ts), one-word persons and places the article shows to be firms or clubs retyped as organizations, and one-word organizations it shows to be places (placesTheArticleShows). */
export function withFirmsTheArticleShows(doc: AnalyzedText, mentions: NameMention[]): NameMention[] {
  const firms = firmsEvidenced(doc);
  const retyped = new MentionRetypes(mentions);
  if (firms !== null) firmsOfTwoWordsShown(retyped, firms);
  clubsBesideScores(doc.text, retyped);
  // The three passes after clubsBesideScores retype one-word mentions only, so the people's full names, all that
  // wordsOfFullNames reads, are the same in the lists each gets: gathered once, by the first that asks, from the types clubsBesideScores left.
  const clubTypes = retyped.types();
  let words: Set<string> | undefined;
  const nameWords = (): Set<string> => (words ??= wordsOfFullNamesTyped(retyped, clubTypes));
  firmsWherePeopleWork(doc.text, retyped);
  firmsShown(doc.text, retyped, firms, nameWords);
  placesTheArticleShows(doc, retyped, firms, nameWords);
  clubsTheArticleShows(doc, retyped, nameWords);
  return retyped.mentions;
}

/**
 * "Reckitt Benckiser said", then "Reckitt's chief executive": a name of two or three words read
 * as a person's, with no title, opening with a word that is no given name and that the article
 * shows to be a firm's, is that firm (and its short name then no word of a person's full name).
 * Not by its last word: a firm named after its founder ("L.H. Meyer, a research firm") makes no
 * firm of "Laurence Meyer".
 */
function firmsOfTwoWordsShown(mentions: MentionRetypes, firms: ReadonlySet<string>): void {
  const { longer, texts } = mentions;
  for (let k = 0; k < longer.length; k++) {
    const i = longer[k];
    if (mentions.type(i) !== PER || mentions.hasTitle(i)) continue;
    const words = wordsOf(texts[i]);
    // The whole name shown to be a firm's ("Novo Nordisk, the Danish drugmaker,") is one, given name or not ("John Lewis, the retailer,").
    if (words.length > 3 || (!firms.has(texts[i]) && (!firms.has(words[0]) || genderOfGivenName(words[0]) !== null))) continue;
    mentions.retype(i, 'ORG');
  }
}

/**
 * "Arsenal beat Chelsea 2-1", then "Chelsea boss Enzo Maresca", "a team like Chelsea": in a
 * match report (MATCH_REPORT: what is scored and by whom; political copy "beats" rivals and has
 * campaign "managers" too), a one-word name the article reads as an organization at least once
 * (elsewhere: more often than as a person) and
 * elsewhere as a person with no title, and that is no word of anyone's full name there, is the
 * club throughout: clubs are named after places and share given names ("Chelsea", "Everton").
 */
function clubsTheArticleShows(doc: AnalyzedText, mentions: MentionRetypes, fullNameWords: () => ReadonlySet<string>): void {
  const { oneWord, longer, texts } = mentions;
  // How often each one-word name is read as an organization, and (below) as an untitled person.
  let organizations: Map<string, number> | null = null;
  for (let k = 0; k < oneWord.length; k++) {
    const i = oneWord[k];
    if (mentions.type(i) !== ORG) continue;
    const text = texts[i];
    (organizations ??= new Map()).set(text, (organizations.get(text) ?? 0) + 1);
  }
  // A club of two words is called by its last in a match report ("Aston Villa" → "Villa"):
  // that word counts as the organization's reading there.
  let lastWords: Set<string> | null = null;
  for (let k = 0; k < longer.length; k++) {
    const i = longer[k];
    if (mentions.type(i) !== ORG) continue;
    // Its words as wordsOf keeps them: the same strings on every keystroke, hashed once.
    const words = wordsOf(texts[i]);
    if (words.length === 2) (lastWords ??= new Set()).add(words[1]);
  }
  if (lastWords !== null) for (const w of lastWords) if (!organizations?.has(w)) (organizations ??= new Map()).set(w, 0);
  if (organizations === null) return;
  let titled: Set<string> | null = null;
  let persons: Map<string, number> | null = null;
  for (let k = 0; k < oneWord.length; k++) {
    const i = oneWord[k];
    if (mentions.type(i) !== PER || !organizations.has(texts[i])) continue;
    const m = mentions.at(i);
    if (m.title) (titled ??= new Set()).add(m.text);
    else (persons ??= new Map()).set(m.text, (persons.get(m.text) ?? 0) + 1);
  }
  if (persons === null) return;
  // Outside a match report, the organization's readings must outnumber the person's ("Shell
  // agrees takeover", "shares in Shell", "Shell's output", "Shell said"): firms' names are
  // words and surnames too. Whether the article is one is asked only where the counts do not
  // decide, paragraph by paragraph (someParagraph); the words of full names last, gathered
  // only where a name is left to ask them of.
  let matchReport: boolean | undefined;
  for (let k = 0; k < oneWord.length; k++) {
    const i = oneWord[k];
    if (mentions.type(i) !== PER || !organizations.has(texts[i])) continue;
    const m = mentions.at(i);
    if (m.title || titled?.has(m.text)) continue;
    // A last word of a club's name only in a match report.
    const onlyLastWord = organizations.get(m.text) === 0;
    if ((onlyLastWord || organizations.get(m.text)! <= (persons.get(m.text) ?? 0)) && !(matchReport ??= someParagraph(doc, matchReportParagraphs, isMatchReport))) continue;
    if (fullNameWords().has(m.text)) continue;
    mentions.retype(i, 'ORG');
  }
}

const NONE: readonly string[] = [];

/**
 * The names of the paragraphs' evidence, kept by each paragraph's token list while the
 * incremental annotator keeps it (the same list is the same paragraph text): ten patterns over
 * the whole of a long text cost more on every keystroke than the rest of the name finder's
 * article-wide rules. No pattern reaches past a line's end, so paragraph by paragraph they
 * find what they find in the whole text.
 */
const evidenceByParagraph = new WeakMap<readonly Token[], readonly string[]>();

function firmsEvidenced(doc: AnalyzedText): Set<string> | null {
  const lists = doc.paragraphTokens;
  if (!lists) return unionOf(perParagraph(doc, evidenceByParagraph, evidenceIn));
  // The last text's evidence, less its paragraphs that are not this one's at the same place
  // from either end (compared by token list: the same list, the same paragraph text), plus
  // this one's: a keystroke looks up one paragraph's names, not every one's, and where it
  // changes none (nearly always: few paragraphs hold any) the last set serves again.
  const last = lastEvidence;
  const { start, end } = last ? keptEnds(last.lists, lists) : { start: 0, end: 0 };
  const byParagraph: (readonly string[])[] = new Array(lists.length);
  let changed = last === undefined;
  for (let p = 0; p < start; p++) byParagraph[p] = last!.byParagraph[p];
  for (let p = lists.length - end; p < lists.length; p++) byParagraph[p] = last!.byParagraph[p - lists.length + last!.lists.length];
  for (let p = start; p < lists.length - end; p++) if ((byParagraph[p] = evidenceOfParagraph(doc, p, lists[p])).length > 0) changed = true;
  if (last) for (let p = start; p < last.lists.length - end; p++) if (last.byParagraph[p].length > 0) changed = true;
  const firms = changed ? unionOf(byParagraph) : last!.firms;
  lastEvidence = { lists, byParagraph, firms };
  return firms;
}

/** The last text's paragraph token lists, each one's names (evidenceIn) and their union, as firmsEvidenced found them. */
let lastEvidence: { lists: readonly (readonly Token[])[]; byParagraph: readonly (readonly string[])[]; firms: Set<string> | null } | undefined;

/** Paragraph p's names, kept by its token list `list`. */
function evidenceOfParagraph(doc: AnalyzedText, p: number, list: readonly Token[]): readonly string[] {
  let found = evidenceByParagraph.get(list);
  if (found === undefined) {
    found = evidenceIn(doc.text.slice(doc.paragraphs[p].start, doc.paragraphs[p].end));
    evidenceByParagraph.set(list, found);
  }
  return found;
}

/** Every paragraph's names in one set; null when no paragraph has any. */
function unionOf(byParagraph: readonly (readonly string[])[]): Set<string> | null {
  let firms: Set<string> | null = null;
  for (let p = 0; p < byParagraph.length; p++) for (let k = 0; k < byParagraph[p].length; k++) (firms ??= new Set()).add(byParagraph[p][k]);
  return firms;
}

/** The names a paragraph's evidence shows to be firms or clubs (NOT_NAMES left out). */
export function evidenceIn(paragraph: string): readonly string[] {
  const others = ANY_OTHER_CUE.test(paragraph);
  if (!others && !PLURAL_VERB.test(paragraph)) return NONE;
  let names: string[] | null = null;
  let lastCue: RegExp | null = null;
  let lastHeld = false;
  for (const { cue, pattern } of EVIDENCE) {
    // Patterns sharing a cue are next to each other: its answer is asked once.
    if (cue !== lastCue) {
      lastCue = cue;
      lastHeld = (others || cue === PLURAL_VERB) && cue.test(paragraph);
    }
    if (!lastHeld) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(paragraph); m !== null; m = pattern.exec(paragraph)) if (!NOT_NAMES.has(m[1])) (names ??= []).push(m[1]);
  }
  return names ?? NONE;
}

function firmsShown(text: string, mentions: MentionRetypes, firms: Set<string> | null, fullNameWords: () => ReadonlySet<string>): void {
  // Words of people's full names: "Ford" of "Henry Ford" stays his (gathered at the first candidate: most articles have none).
  // A name of several words is none of this pass's: only one-word mentions are looked at.
  const before = mentions.types();
  const { oneWord, texts } = mentions;
  for (let k = 0; k < oneWord.length; k++) {
    const i = oneWord[k];
    const type = before[i];
    if (type !== PER && type !== LOC) continue;
    const name = texts[i];
    // Asked first, of every mention on every keystroke: the firms are few, and a mention listed with an organization is one word read as a place or a person.
    // The organization listed with it as the pass leaves it so far, the others as the pass found them.
    if (!firms?.has(name) && !(type === LOC && listedWithOrganization(text, mentions, i) && readAsPlaceOnce(mentions, before, name)) && !(type === PER && listedAmongOrganizations(text, mentions, before, i))) continue;
    // Initials read as a place are a country's or a state's ("acquired US citizenship"), the gazetteer knowing them or not.
    if (type === LOC && ALL_CAPITALS.test(name)) continue;
    // "the Clintons have": a family named by the plural of a surname the article gives a person.
    if (fullNameWords().has(name) || isKnownPlace(name) || (name.endsWith('s') && fullNameWords().has(name.slice(0, -1)))) continue;
    mentions.retype(i, 'ORG');
  }
}

/** The words of the people's full names ("Henry", "Ford" of "Henry Ford"). */
export function wordsOfFullNames(mentions: readonly NameMention[]): Set<string> {
  const words = new Set<string>();
  for (let i = 0; i < mentions.length; i++) {
    const p = mentions[i];
    if (p.type !== 'PER' || !p.text.includes(' ')) continue;
    const of = wordsOf(p.text);
    for (let k = 0; k < of.length; k++) words.add(of[k]);
  }
  return words;
}

/** wordsOfFullNames of the mentions with the types `types`. */
function wordsOfFullNamesTyped(mentions: MentionRetypes, types: Uint8Array): Set<string> {
  const words = new Set<string>();
  const { longer } = mentions;
  for (let k = 0; k < longer.length; k++) {
    if (types[longer[k]] !== PER) continue;
    const of = wordsOf(mentions.texts[longer[k]]);
    for (let w = 0; w < of.length; w++) words.add(of[w]);
  }
  return words;
}

/** A full name's words: asked of every person mention on every keystroke where a candidate is, and an article repeats its names. */
const wordsOf = cachedByText((name: string): readonly string[] => name.split(' '));

/**
 * Mention i is one word read as a place, and the mention before or after it an organization's,
 * joined by "and" or "or". Not by a comma alone: "Eau Claire, Wis." and "City College, NY" are
 * a town or a school and its state. Not a compass word ("South and Southeast Manchester").
 */
function listedWithOrganization(text: string, mentions: MentionRetypes, i: number): boolean {
  const { starts, ends, texts } = mentions;
  // The neighbours' types first: asked of every one-word place on every keystroke, and few stand next to an organization's mention.
  const organization = (j: number): boolean => j >= 0 && j < starts.length && mentions.type(j) === ORG;
  const before = organization(i - 1);
  const after = organization(i + 1);
  if ((!before && !after) || COMPASS.has(texts[i])) return false;
  // "the Blue Mountains and Lithgow": a name ending in a place's word, however the tagger read it, is a place.
  return (before && !isPlaceHeaded(texts[i - 1]) && LIST_JOINER.test(text.slice(ends[i - 1], starts[i])))
    || (after && !isPlaceHeaded(texts[i + 1]) && LIST_JOINER.test(text.slice(ends[i], starts[i + 1])));
}

const LIST_JOINER = /^,? (?:and|or) (?:the )?$/u;

/**
 * Mention i is one word read as a person, between two organizations' mentions in a list ("Apple,
 * Alphabet, Amazon"; "Google, Alphabet and Meta"; a well-known one however the tagger read it),
 * and no given name: another organization.
 */
function listedAmongOrganizations(text: string, mentions: MentionRetypes, types: Uint8Array, i: number): boolean {
  const { starts, ends, texts } = mentions;
  // Asked of every one-word person on every keystroke: the lengths of the two gaps first (most
  // names stand far from the next), before the mention, any name is looked up or any gap cut from the text.
  if (i === 0 || i + 1 >= starts.length || !joinerLength(starts[i] - ends[i - 1]) || !joinerLength(starts[i + 1] - ends[i])) return false;
  if (mentions.at(i).title) return false;
  const organization = (j: number): boolean => types[j] === ORG || KNOWN_ORGANIZATIONS.has(lowerCase(texts[j]));
  return organization(i - 1) && organization(i + 1) && ORGANIZATION_LIST_JOINER.test(text.slice(ends[i - 1], starts[i]))
    && ORGANIZATION_LIST_JOINER.test(text.slice(ends[i], starts[i + 1])) && genderOfGivenName(texts[i]) === null;
}

const ORGANIZATION_LIST_JOINER = /^(?:, |,? (?:and|or) )$/u;

/** Whether a gap of `length` characters can be an ORGANIZATION_LIST_JOINER: ", " (2) to ", and " (6). */
function joinerLength(length: number): boolean {
  return length >= 2 && length <= 6;
}

const ALL_CAPITALS = /^\p{Lu}+$/u;

/** The article reads `word` as a place only once: "the towns of Barentsburg and Pyramiden", then "live in Barentsburg", is a town. */
function readAsPlaceOnce(mentions: MentionRetypes, types: Uint8Array, word: string): boolean {
  // One word: only one-word mentions can be it.
  const { oneWord } = mentions;
  let n = 0;
  for (let k = 0; k < oneWord.length; k++) if (types[oneWord[k]] === LOC && mentions.texts[oneWord[k]] === word && ++n > 1) return false;
  return true;
}

const COMPASS = new Set(['North', 'South', 'East', 'West', 'Northeast', 'Northwest', 'Southeast', 'Southwest']);

/**
 * "Council tax to rise as Leeds faces gap" over "LEEDS, 12 February —" and "Leeds City Council":
 * a town that acts in a headline or a sentence is read as an organization by the tagger, which
 * learned from sports results where a town's name is its club's. One word read as an
 * organization that the article also reads as a place (its dateline, "in Leeds") and that the
 * gazetteer knows as a country, a region or a city of 100,000 or more is that place (not the
 * pollster Gallup, after Gallup, New Mexico), unless the article shows it to be a firm or a club (EVIDENCE),
 * reports sport (SPORT: "Leeds beat Chelsea", "scored", "the league"), or gives it as a word of
 * a person's full name.
 */
function placesTheArticleShows(doc: AnalyzedText, mentions: MentionRetypes, firms: ReadonlySet<string> | null, fullNameWords: () => ReadonlySet<string>): void {
  const { text } = doc;
  // Only one-word mentions are looked at: the names that can change, and the places in lists with them.
  const { oneWord, starts, texts } = mentions;
  const types = mentions.types();
  // The one-word organizations, then the one-word places read so too: only those can change.
  let organizations: Set<string> | null = null;
  for (let k = 0; k < oneWord.length; k++) if (types[oneWord[k]] === ORG) (organizations ??= new Set()).add(lowerCase(texts[oneWord[k]]));
  if (organizations === null) return;
  let places: Set<string> | null = null;
  let anyPlace = false;
  for (let k = 0; k < oneWord.length; k++) {
    const i = oneWord[k];
    // "homes in Yorkshire": after "in", a country's or a region's name is where (a club plays at, not in, its town).
    if (types[i] === ORG && text.slice(starts[i] - 3, starts[i]) === 'in ' && namesCountryOrRegion(texts[i])) (places ??= new Set()).add(lowerCase(texts[i]));
    if (types[i] !== LOC) continue;
    anyPlace = true;
    const lower = lowerCase(texts[i]);
    if (organizations.has(lower)) (places ??= new Set()).add(lower);
  }
  // "cities such as Brampton, Mississauga and Hamilton": a name listed with places is one too,
  // along the list both ways (a pass each way: linear, however long the list).
  const listed = new Set<number>();
  const placeAt = (j: number): boolean => types[j] === LOC || listed.has(j);
  const list = (i: number): void => {
    if (types[i] !== ORG || listed.has(i) || !listedWithPlace(text, mentions, i, placeAt)) return;
    listed.add(i);
    (places ??= new Set()).add(lowerCase(texts[i]));
  };
  if (anyPlace) {
    for (let k = 0; k < oneWord.length; k++) list(oneWord[k]);
    for (let k = oneWord.length - 1; k >= 0; k--) list(oneWord[k]);
  }
  if (places === null) return;
  let sport: boolean | undefined;
  for (let k = 0; k < oneWord.length; k++) {
    const i = oneWord[k];
    if (types[i] !== ORG) continue;
    const name = texts[i];
    // A town of any size the gazetteer knows when a list gives it with places ("between Penrith and Keswick").
    if (!places.has(lowerCase(name)) || firms?.has(name) || !(isSizeablePlace(name) || (listed.has(i) && isKnownPlace(name)))) continue;
    // Asked at the first name to retype, before any is: in a sports report none is.
    sport ??= someParagraph(doc, sportParagraphs, isSport);
    if (sport) return;
    if (fullNameWords().has(name)) continue;
    mentions.retype(i, 'LOC');
  }
}

/** Mention i is one word, and a one-word place's mention (`isPlace`) comes right before or after it in a list ("Brampton, Mississauga and Hamilton"). */
function listedWithPlace(text: string, mentions: MentionRetypes, i: number, isPlace: (j: number) => boolean): boolean {
  const { starts, ends, texts } = mentions;
  const place = (j: number): boolean => j >= 0 && j < starts.length && isPlace(j) && mentions.isOneWord(j) && !COMPASS.has(texts[j]);
  return (place(i - 1) && PLACE_LIST_JOINER.test(text.slice(ends[i - 1], starts[i]))) || (place(i + 1) && PLACE_LIST_JOINER.test(text.slice(ends[i], starts[i + 1])));
}

const PLACE_LIST_JOINER = /^(?:, |,? (?:and|or) )$/u;

/** Words only a match report uses: who scored, in which position, a score with its result. */
const MATCH_REPORT = /\b(?:scored|scorer|goals?|striker|midfielder|goalkeeper|kick-?off|half-?time|relegation|innings|wickets?|touchdowns?|quarterback|\d{1,2}-\d{1,2} (?:win|defeat|loss|victory|draw))\b/u;

/**
 * Words of sports reports: an article holding one reads a town's name as its club's. A manager
 * alone is no club's: every shop, charity and ward has one ("its manager, Jane Doe"); a club's
 * manager comes with its results and its league.
 */
const SPORT = /\b(?:goals?|scored|scorer|striker|midfielder|goalkeeper|defender|kick-?off|fixtures?|[Ll]eague|[Cc]up|relegation|half-?time|innings|wickets?|touchdowns?|quarterback|pitcher|playoffs?|coach|beat|beats|drew|draw|defeated|\d{1,2}-\d{1,2} (?:win|defeat|loss|victory|draw))\b/u;

// Both are asked of the whole article on a keystroke in most long texts. Neither reaches past
// a line's end (its only blank is a space) and its \b reads the blanks around a paragraph as
// the paragraph's edges, so it holds of the text exactly when it holds of one of its
// paragraphs, whose answers are kept (someParagraph).
const matchReportParagraphs = new WeakMap<readonly Token[], boolean>();
const sportParagraphs = new WeakMap<readonly Token[], boolean>();
const isMatchReport = (text: string): boolean => MATCH_REPORT.test(text);
const isSport = (text: string): boolean => SPORT.test(text);

