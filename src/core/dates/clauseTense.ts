// Which way a relative date points depends on the verb it goes with: "met on Monday"
// is the Monday before the article date, "will meet on Monday" the one after. This
// finds the verb group nearest to the date inside its sentence and reads its tense
// from auxiliaries and verb forms; no tagger is needed for that.

import type { Memo } from '../incremental/memo';
import { words } from './tense/clauseWords';
import { isPastForm } from './tense/pastForms';
import { reportBefore, REPORTING } from './tense/reportedSpeech';
import { ABBREVIATION_READ, DATE_LINE_READ, LOOKAHEAD_READ, quoteClosing, quoteOpening, REACH, sentenceEnd, sentenceStart } from './tense/sentenceBounds';
import type { MarkerTense, Tense } from './tense/tense';
import { MAY_HAPPEN, tenseAt } from './tense/verbGroupTense';
import { ARTICLE, NOT_A_VERB, SAME_IN_PAST, SCHEDULED, tenseOfWord } from './tense/wordTense';

/** A verb this close after a date ("Friday reported") beats a farther one before it. */
const AFTER_PREFERRED_WITHIN = 2;

/** Words between a date and a bare verb that are no noun of the date's ("the May we cut"). */
const PAST_OR_PRESENT_WORD = new Set(['also', 'again', 'just', 'only', 'then', 'will', 'would', 'to', 'not', 'we', 'they', 'i', 'you']);
/** A warning's day: "a warning for snow on Monday", "an amber alert for the weekend" (not "a warning on Monday", the day it was given). */
const WARNING_FOR = /\b(?:warnings?|alerts?|watch(?:es)?)\s+for\s+(?:[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}\s+(?:on|from|over|until|at)\s+)?(?:the\s+)?(?:(?:coming|next)\s+)?$/iu;

/** "as soon as Tuesday", "as early as next week": the earliest a thing may happen, still ahead. */
const EARLIEST = /\bas\s+(?:soon|early)\s+as\s+(?:(?:on|at)\s+)?$/i;
/** "a premium over Thursday's closing price", "up from Friday's close": a market's close that is quoted has been. */
const MARKET_CLOSE_AFTER = /^['’]s\s+(?:close|closing)\b/i;
/** "since Thursday, Khan has mounted a campaign", "up 4% since March": the time a state runs from has been. */
const SINCE = /\bsince\s+(?:(?:early|late|mid)\s+)?$/i;
/**
 * "postponed until Tuesday", "extended its deadline until 9 a.m. Friday": a limit moved, so still
 * ahead; and a court's, "was remanded in custody until 14 December", "released on bail until 3 January".
 * The object may be long: "has extended its amber wind warning for the whole of Wales and much of
 * England until 6am on Sunday".
 */
const MOVED_LIMIT = /\b(?:postponed|delayed|deferred|extended|adjourned|put\s+off|pushed\s+back|bailed|remanded|on\s+bail)\b[^.;!?]{0,90}\b(?:until|till|to)\s+(?:(?:on|at)\s+)?$/i;
/**
 * "until 9 a.m. Tuesday", "by Friday", "until at least Thursday", the end of "from Monday to Friday": a limit,
 * ahead of a clause that is not in the past.
 */
const LIMIT = /(?:\b(?:until|till|by|through|thru)|\bfrom\s+\S+(?:\s+\S+)?\s+(?:to|through|thru|-|–))\s+(?:at\s+least\s+)?(?:(?:on|at)\s+)?$/i;
/** "rain by the weekend", "closed until the weekend": the same before "the", in a clause in the present or with no verb (not under a past verb: "had raised $38 million to boost his bid by the end of June"). */
const LIMIT_THE = /\b(?:until|till|by)\s+the\s+$/i;
/**
 * "a court order that Elian remain in Miami until March 6", "demanded that he resign by
 * Friday": what an order or a demand requires (the bare verb of English's mandative
 * subjunctive) comes after the order, told in the past or not; so the past of the verb
 * that ordered it does not date it.
 */
const MANDATED = /\b(?:ask(?:s|ed)?|order(?:s|ed)?|demand(?:s|ed)?|requir(?:e|es|ed)|insist(?:s|ed)?|request(?:s|ed)?|urg(?:e|es|ed)|recommend(?:s|ed)?|propos(?:e|es|ed)|direct(?:s|ed)?|ruled|decreed|mandated)\s+that\s+(?:[\p{L}.'’-]+\s+){1,3}?(?:not\s+)?(?:be|remain|stay|return|leave|pay|stop|cease|resign|step|submit|testify|appear|face|hold|release|withdraw|delay|halt|hand|turn|keep|go|come|receive|vacate|report)\b[^.;!?]*$/iu;
/** A present perfect call to an action and the action's day: "have called for nationwide protests on", "has called a strike for". */
const CALLED_ACTION = /\b(?:has|have)\s+(?:(?:also|now|already|again|since)\s+)?called\s+(?:for\s+)?(?:an?\s+|the\s+|fresh\s+|more\s+|further\s+)?(?:[\p{L}\d-]+\s+){0,2}(?:protests?|strikes?|rall(?:y|ies)|march(?:es)?|demonstrations?|walkouts?|stoppages?|boycotts?|shutdowns?|sit-ins?|vigils?|day\s+of\s+(?:action|mourning|protest)|days\s+of\s+(?:action|protest))\b(?:\s+(?:in|across|at|outside)\s+[^.;!?,]{1,40}?)?\s+(?:on|for|from)\s+$/iu;
/** "from" right before a date, or before a part of it: "from the early hours of Sunday", "from the start of April". */
const FROM_SOURCE = String.raw`\bfrom\s+(?:(?:on|at)\s+|(?:the\s+)?(?:(?:early|small|wee)\s+hours|morning|afternoon|evening|night|start|beginning|end|middle)\s+of\s+)?`;
/**
 * The passives of a notice given ("a warning has been issued for Sydney from 10am on Wednesday",
 * "a ban has been imposed from Friday"): what they start is ahead, as with the active "has
 * issued"; not "has been closed from", a state that may run from the past.
 */
const NOTICE_PASSIVE = '(?:issued|declared|extended|upgraded|raised|imposed|introduced|ordered|announced)';
/**
 * A present perfect and, later in its clause, "from" right before the date: "has issued a
 * warning from 6am on Saturday", "have suspended services from Friday evening". Not "has
 * been" or "has had", which tell a state that may run from the past; nor past a dash or
 * "that", which open another clause ("studies have suggested - a report estimated that from ...");
 * a hyphen inside a word opens none ("a warning covering south-west England from 6am on Saturday").
 */
const PERFECT_THEN_FROM = new RegExp(`\\b(?:has|have)\\s+(?:(?:not|already|now|also|just)\\s+)?(?:been\\s+(?=${NOTICE_PASSIVE}\\b))?(?!been\\b|had\\b)[a-z]+(?:ed|en|wn|ut|ld|id|ne)\\b(?:(?!\\bthat\\b|\\s-)[^.;!?:—–]){0,120}${FROM_SOURCE}$`, 'i');
/**
 * A present perfect and, later in its clause, "until" right before the date: "has issued an
 * amber warning until 06:00 on Wednesday", "has been closed until Friday", "have suspended
 * services till Monday": a state just brought about lasts until a time still ahead (a past
 * "stayed until Friday" is over). Not where another clause opens in between ("has admitted he
 * stayed until Friday").
 */
const PERFECT_THEN_UNTIL = /\b(?:has|have)\s+(?:(?:not|already|now|also|just)\s+)?(?:been\s+)?(?!been\b|had\b)[a-z]+(?:ed|en|wn|ut|ld|id|ne|pt)\b(?:(?!\b(?:that|he|she|they|we|I|it|who|which|when|after|before|as|and|but)\b|\s-)[^.;!?:—–,]){0,80}\b(?:until|till)\s+(?:at\s+least\s+)?(?:(?:on|at)\s+)?$/i;
/**
 * "The ban applies from 1 October", "the fines take effect from April", "rules come into
 * force from Monday": a rule in the present whose period starts at the date starts ahead.
 * Only after such verbs: "a jump from November", "numbers from Tuesday night", "prices have
 * come down from the middle of October" name a time to compare with, before the article's.
 */
const RULE_FROM = new RegExp(String.raw`\b(?:applies|apply|(?:takes?|comes?)\s+(?:effect|into\s+force)|(?:is|are)\s+in\s+(?:force|effect))\b[^.;:!?,]{0,48}` + FROM_SOURCE + '$', 'i');
/**
 * "The warning runs from 3am on Sunday", "a warning covers Wales from noon on Saturday", "the
 * fair runs from Monday to Friday": a period in the present may have begun or be ahead, so
 * the day nearest the article's, as with no verb (not the past a present clause reads as).
 */
const RUN_FROM = new RegExp(String.raw`\b(?:runs|run|lasts|last|operates|operate|covers|cover|(?:is|are)\s+in\s+place)\b[^.;:!?,]{0,48}` + FROM_SOURCE + '$', 'i');
/**
 * A capitalised subject (a team, a country), "they"/"we" or "Emery's side", "the women's team" and a fixture's
 * in the plural present, before the date in its clause; or a name inside the sentence and a timetable's verb ("The Canadiens
 * open the season on Wednesday", "They open the tour in Cardiff on July 4"; not a sentence's first word, often a plural
 * noun: "Shops open on the bank holiday").
 */
const FIXTURE = /(?:\b[A-Z][\p{L}.'’-]*|\b(?:they|we|side|team|squad|men|women|and))\s+(?:face|host|play|visit|travel\s+to|meet|take\s+on)\b[^.;!?,]{0,60}$|(?:\S\s+[A-Z][\p{L}.'’-]*|\b[Tt]hey|\b[Ww]e)\s+(?:open|begin|start|resume|kick\s+off|tip\s+off)\b[^.;!?,]{0,60}$/u;
/** A "with" phrase of what is likely or expected, right before the date or the end of a pair: "with a warm spring likely in", "with rain expected on", "likely in September and". */
const WITH_OUTLOOK = /\bwith\s+(?:[\p{L}'’-]+\s+){1,4}(?:likely|expected|forecast|due)\s+(?:(?:in|on|from|by|over|at|during|until|into)\s+)?(?:(?:early|late|mid)[- ]?)?(?:[\p{L}\d.]+(?:\s+[\p{L}\d.]+)?\s+(?:and|or|to|through)\s+)?$/iu;
/** A fixture (FIXTURE) opened by "where", "when" or "and" after a comma: its own clause, whatever the verb before it. */
const FIXTURE_OWN_CLAUSE = /,\s*(?:where|when|and)\s+(?:they|we|[A-Z][\p{L}.'’-]*)\s+(?:face|host|play|visit|travel\s+to|meet|take\s+on)\b[^.;!?,]{0,60}$/u;
/** "ahead of Tuesday's vote", "in the run-up to Monday's primary": the event is still to come, unless the clause is past. */
const AHEAD = /\b(?:ahead\s+of|(?:lead|run)[-\s]?up\s+to)\s+(?:the\s+)?$/i;

/** Words that may stand before a date opening its sentence ("On Tuesday, ..."). */
const OPENING = new Set(['on', 'early', 'late', 'and', 'but', 'then', 'also']);
/** How far back the cues just before a date are looked for. */
const CUE_REACH = 100;
/** How far back the perfect before "from" is looked for: its verb, an object of up to 120 characters ("a warning for snow covering much of northern England and southern Scotland"), "from the early hours of". */
const PERFECT_REACH = 200;
/** Verbs of saying whose object a date may open ("said Thanksgiving would be quiet"); not "announced", often a participle ("a merger announced Monday would"). */
const SAID = new Set(['said', 'says', 'warned', 'added']);
/** Pronouns that open a relative clause on the noun before them. */
const RELATIVE_PRONOUN = new Set(['that', 'which', 'who', 'whose']);
/** A word that may end a noun phrase: no comma, no function word ("so that", "such that"). */
const NOUN_END = /^(?!(?:so|such|now|and|but|or|is|are|was|were|said|says|told|than|to|of|in|on|at)$)[a-z]{3,}$/;

interface Marker {
  tense: MarkerTense;
  /** Distance in words from the date (0 = adjacent). */
  distance: number;
  /** A reporting verb after the date and a comma: it dates the report, not the event. */
  tail: boolean;
  before: boolean;
  /** An infinitive right after the date ("Thursday to announce"): a purpose, weaker than the verb before the date. */
  purpose: boolean;
  /** After the date and a comma: another clause's verb ("on Tuesday, is a novel"), never the date's by adjacency. */
  pastComma: boolean;
  /** A verb of reporting ("said"), before the date. */
  report?: boolean;
}

/**
 * tenseAround() remembered by all the text it can read: REACH characters each side of the
 * date and the few more that endsSentenceAt() looks at past them. A date whose
 * surroundings did not change in an edit keeps its tense without reading its sentence again.
 */
export function rememberedTenseAround(text: string, start: number, end: number, memo: Memo<Tense>): Tense {
  const base = Math.max(0, start - REACH - ABBREVIATION_READ);
  const top = Math.min(text.length, end + REACH + Math.max(LOOKAHEAD_READ, DATE_LINE_READ));
  const around = text.slice(base, top);
  const key = `${start - base} ${end - base} ${around}`;
  let tense = memo.get(key);
  if (tense === undefined) {
    tense = tenseAround(around, start - base, end - base);
    memo.set(key, tense);
  }
  return tense;
}

/**
 * "growth will be 1.2%, down from its forecast of 1.5% in March", "up from 4.1% in June",
 * "compared with 3% on Monday": the figure a change is measured from was seen before, whatever
 * the tense of the sentence that gives the new one.
 */
const EARLIER_FIGURE = /\b(?:(?:up|down|higher|lower|rising|falling|unchanged)\s+from|compared\s+(?:with|to)|versus|vs\.?)\s+[^,;()\n]{0,60}?\d[^,;()\n]{0,40}?\s(?:in|on|at)\s+$/i;

/**
 * "payrolls are expected to rise by 150,000, after a gain of 254,000 in September", "growth
 * will slow, following a 0.4% rise in the third quarter": a change with its figure that a new
 * one comes after was seen before, as EARLIER_FIGURE's (a figure must be part of it).
 */
const AFTER_CHANGE = /\b(?:after|following)\s+(?:an?\s+)?(?:[\w.,%$£€-]+\s+){0,3}?(?:gains?|rises?|increases?|jumps?|falls?|drops?|declines?|loss(?:es)?|slumps?|contraction|expansion|growth|(?:ris|fall|gain|increas|declin|dropp|grow|contract|jump)(?:ing|ed))(?:\s+[^;()\n]{0,40}?)?\s(?:in|on|at|during)\s+(?:the\s+)?$/i;

/** The tense of the clause a date expression at [start, end) belongs to. */
export function tenseAround(text: string, start: number, end: number): Tense {
  if (isListingEntry(text, start, end)) return 'none';
  const left = quoteOpening(text, sentenceStart(text, start), start);
  const right = quoteClosing(text, end, sentenceEnd(text, end));
  const lead = text.slice(Math.max(left, start - CUE_REACH), start);
  if (MOVED_LIMIT.test(lead) || MOVED_LIMIT.test(lead.replace(CLOCK_BEFORE_DAY, ''))) return 'future';
  // "the financial year ending in March", "the quarter ending Dec. 31": the period's own end,
  // whichever side of the article date it falls; not the tense of the verb that names the period.
  if (PERIOD_ENDING.test(lead)) return 'none';
  // "Thursday's jobs report is expected to show", "Saturday's final is set to": a day in the
  // possessive whose event is awaited is ahead; "Friday's attack is likely to harden opinion"
  // names no scheduled event, and a past one's consequences may still be awaited.
  if (SCHEDULED_EVENT_AWAITED.test(text.slice(end, end + 80)) || (EVENT_BEFORE_DAY.test(lead) && AWAITED_AFTER.test(text.slice(end, end + 40)))) return 'future';
  // "Friday's shooting is likely to revive the debate", "the attack on Sunday will harden
  // opinion": no one names an attack or a crash by its day before it happens, so the day has
  // been, whatever follows.
  if (UNFORESEEN_EVENT_OF_DAY.test(text.slice(end, end + 60)) || THE_UNFORESEEN_EVENT_ON.test(lead)) return 'past';
  // "could come as early as Monday" is ahead; "began discounts, some as early as Oct. 7" told of what was done.
  if (EARLIEST.test(lead)) return tenseOfClause(text, start, end, left, right, lead) === 'past' && !LOOKS_AHEAD_BEFORE.test(lead) ? 'past' : 'future';
  const tense = tenseOfClause(text, start, end, left, right, lead);
  // "MPs are preparing for Thursday's vote", "Markets are still digesting Thursday's vote": a
  // clause in the present says nothing of which side of today the day is; the words that govern
  // it do (a verb of preparing looks ahead, one of aftermath back). A past or future verb decides alone.
  if (tense !== 'present' && tense !== 'none') return tense;
  const near = lead.slice(-AROUND_EVENT_REACH);
  return PREPARING_FOR.test(near) ? 'future' : AFTERMATH_OF.test(near) ? 'past' : tense;
}

/** How far back the words of preparing or aftermath governing a date are read: their phrase and an article. */
const AROUND_EVENT_REACH = 48;
/** Words of getting ready for what a date names, right before it: "preparing for", "bracing for", "in the build-up to". */
const PREPARING_FOR = /\b(?:prepar(?:e|es|ing)\s+(?:themselves\s+|itself\s+)?for|gear(?:s|ing)?\s+up\s+for|brac(?:e|es|ing)\s+(?:themselves\s+|itself\s+)?for|count(?:s|ing)?\s+down\s+to|in\s+(?:preparation|readiness)\s+for|(?:in\s+)?the\s+(?:build-?up|countdown)\s+to|on\s+the\s+eve\s+of|look(?:s|ing)?\s+ahead\s+to|heading\s+into)\s+(?:the\s+)?$/i;
/**
 * Words of what came of what a date names, right before it: "in the wake of", "still digesting",
 * "reacting to". Not "after", which in the present is as often a timetable's ("After Thursday's
 * vote, the bill goes to the Senate"), nor "the outcome of", of a vote to come as often ("The
 * outcome of the Nov. 8 election could be pivotal").
 */
const AFTERMATH_OF = /\b(?:following|(?:in\s+)?the\s+(?:wake|aftermath)\s+of|(?:the\s+)?fall-?out\s+(?:from|of)|(?:in\s+)?(?:reaction|response)\s+to|(?:react|respond)(?:s|ing)\s+to|digest(?:s|ing)|absorb(?:s|ing)|(?:reel|recover)(?:s|ing)\s+from|on\s+the\s+back\s+of|in\s+(?:the\s+)?light\s+of)\s+(?:the\s+)?$/i;

/** A singular subject, "forecast", an object that is no weather (or none) and the date's "on" (FORECAST_MADE in tenseOfClause). */
const FORECAST_MADE = /(?:\b[A-Z][\p{L}.&'’-]*|\b(?:he|she|it)|\b(?:[Tt]he|[Ii]ts)\s+(?!weather\b)[a-z]+[^s\W])\s+(?:also\s+)?forecast\s+(?![^.;!?,]*\b(?:rain|snow|sleet|hail|showers?|storms?|thunderstorms?|sunshine|sun|winds?|gusts?|frost|fog|heat|temperatures?|highs?|lows?|weather|flooding|tornado(?:es)?|hurricanes?)\b)(?:[^.;!?,]{1,80}?\s)?(?:on\s+)?$/u;
/** A past "expected", not after an auxiliary or "as", its object, and the date's preposition (tenseOfClause). */
const EXPECTED_OBJECT = /(?<!\b(?:had|has|have|as|than|be|been|being|is|are|was|were|not|widely|originally|previously|initially)\s+)\bexpected\s+(?:the|a|an|another|further|more|its|their|some)\s+[^.;:!?,]{1,60}?\s(?:in|by|before|during|from|until|for)\s+(?:the\s+)?(?:(?:early|late|mid)[- ]?)?$/i;
/**
 * A past verb that foreshadows what it names, its object's article and at most two adjectives
 * right before the date: "signalled a February cut", "called a snap June election", "pencilled
 * in the spring budget" (FORESHADOWED_NOUN_AFTER: the date qualifies a noun after it).
 */
const FORESHADOWING = /\b(?:signall?ed|flagged|hinted\s+at|pencill?ed\s+in|promised|pledged|called|proposed|floated|mooted|trailed|telegraphed|threatened|sought|urged|demanded)\s+(?:a|an|the|its|their|his|her|another)\s+(?:(?!(?:in|on|at|by|for|from|since|until|during|of|to)\s)[\p{Ll}-]+\s+){0,2}$/u;
/** The noun a month or a season qualifies: "February cut", "June election" (not a clause end or a preposition). */
const FORESHADOWED_NOUN_AFTER = /^[ \t]+(?!(?:and|or|but|in|on|at|by|for|from|to|of|with|as|after|before|when|while|that|which|is|was|were|will|would)\b)\p{Ll}{3,}/u;
/** A month or a season alone, as the date read, or its early or late part ("hinted at an early May election"). */
const MONTH_OR_SEASON = /^(?:(?:early|late|mid)[- ])?(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter)$/i;
/** A weekday, the day a thing was done rather than a period it is for. */
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/** A clock time before the weekday or date being read: "until 6am on Sunday", "until 11.59pm GMT Friday" (read as "until Sunday"). */
const CLOCK_BEFORE_DAY = /\b(?:\d{1,2}(?:[.:]\d\d)?\s?[ap]\.?m\.?|\d{1,2}[.:]\d\d|midnight|noon|midday)(?:\s+[A-Z]{2,4})?\s+(?:on\s+)?$/i;

/** Events held or published on a day set beforehand (SCHEDULED_EVENT_AWAITED). */
const SCHEDULED_EVENT = '(?:report|data|figures|numbers|statistics|meeting|vote|ballot|referendum|election|primary|primaries|caucus(?:es)?|decision|release|announcement|statement|speech|address|budget|briefing|hearing|sentencing|verdict|ruling|trial|match|game|fixture|final|semi-final|derby|race|tie|launch|summit|talks|debate|session|auction|ceremony|opening|deadline)s?';
/** "is expected", "are due", "is set to", "is likely to": what is awaited (SCHEDULED_EVENT_AWAITED, AWAITED_AFTER). */
const PLAN_AWAITED = '\\s+(?:is|are)\\s+(?:(?:still|now|widely|also)\\s+)?(?:expected|due|set|scheduled|slated|poised|likely)\\b';
/** "in Brussels", "between the two leaders", "against Chelsea": where the event is held or who meets, before "is expected". */
const EVENT_PLACE_OR_PARTIES = "(?:\\s+(?:in|at|between|with|against|of|on)(?:\\s+[\\p{L}\\d.'’-]+){1,4}?)?";
/** After a possessive date, up to three words naming its scheduled event, then what is awaited of it (tenseAround). */
const SCHEDULED_EVENT_AWAITED = new RegExp(`^['’]s\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?${SCHEDULED_EVENT}${EVENT_PLACE_OR_PARTIES}${PLAN_AWAITED}`, 'iu');
/** "The jobs report on Thursday is expected to show": the event, its day, then what is awaited of it (tenseAround). */
const EVENT_BEFORE_DAY = new RegExp(`\\b${SCHEDULED_EVENT}\\s+(?:on\\s+)?$`, 'iu');
const AWAITED_AFTER = new RegExp(`^${PLAN_AWAITED}`, 'iu');

/** Events no one schedules, so none is named by its day before it happens (UNFORESEEN_EVENT_OF_DAY, THE_UNFORESEEN_EVENT_ON). */
const UNFORESEEN_EVENT = '(?:attacks?|shootings?|bombings?|explosions?|blasts?|crash(?:es)?|killings?|murders?|stabbings?|massacres?|ambush(?:es)?|assassination|earthquakes?|quakes?|landslides?|derailment|sell-?off|rout|plunge|slump|collapse|upset|resignation|raids?|arrests?|shelling|airstrikes?|air\\s+strikes?|coup)(?![\\p{L}-])';
/** After a possessive date, up to two words and such an event: "Friday's shooting", "Monday's market sell-off" (tenseAround). */
const UNFORESEEN_EVENT_OF_DAY = new RegExp(`^['’]s\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?${UNFORESEEN_EVENT}`, 'iu');
/** "the shooting on Friday", "after the deadly attack late on Sunday": the known event as a subject or after a preposition (not an object: "will launch the raid on Friday"), then its day (tenseAround). */
const THE_UNFORESEEN_EVENT_ON = new RegExp(`(?:^\\s*|[,;:—–]\\s*|\\b(?:after|since|of|in|about|over|into|following|from|for|with|by)\\s+)the\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?${UNFORESEEN_EVENT}\\s+(?:(?:late|early)\\s+)?(?:on\\s+)?$`, 'iu');

const PERIOD_ENDING = /\b(?:year|quarter|half|period|season|term|months|weeks)\s+ending\s+(?:(?:in|on)\s+)?$/i;

/** Words before "as early as" that make it a time still ahead, told in the past or not ("was expected as early as Friday", "said a cut was possible as early as February"). */
const LOOKS_AHEAD_BEFORE = /\b(?:expected|scheduled|set|due|slated|planned|likely|possible|could|would|might|will)\b/i;

function tenseOfClause(text: string, start: number, end: number, left: number, right: number, lead: string): Tense {
  if (SINCE.test(lead) || MARKET_CLOSE_AFTER.test(text.slice(end, end + 14))) return 'past';
  if (EARLIER_FIGURE.test(lead)) return 'past';
  const change = AFTER_CHANGE.exec(lead);
  if (change && /\d/.test(change[0])) return 'past';
  const lead0 = withoutRelativeClauses(text.slice(left, start));
  const before = words(lead0).reverse();
  const after = words(text.slice(end, right));
  // "Monday's vote": the possessive, not "is".
  if (after[0] === "'s" && /^['’]s\b/.test(text.slice(end, end + 3))) after.shift();
  // Only the nearest marker on each side can decide (tenseOfMarkers), so each side is read
  // outward from the date until it is found: before the date the first marker; after it
  // the first of the date's own clause, and the first of any clause in case there is none.
  let nearestBefore: Marker | undefined;
  for (let i = 0; i < before.length && !nearestBefore; i++) {
    // "Congress, elected on the same day, takes office in March": a participle set off by commas
    // before the date describes the subject; it is not the verb of the date's clause.
    if (before[i + 1] === ',' && /^[a-z]{3,}ed$/.test(before[i]) && before.slice(0, i).includes(',')) continue;
    const tense = tenseAt(before, i, true);
    if (tense) nearestBefore = { tense, distance: i, tail: false, before: true, purpose: false, pastComma: false, report: SAID.has(before[i]) };
  }
  let commaSeen = /^\s*[,;:—–-]/.test(text.slice(end, end + 3));
  // "On Tuesday, the company said ...": a date that opens its sentence dates the report after it.
  const opensSentence = before.every((w) => OPENING.has(w));
  // "planned a march on Saturday and were planning ...": after "and", "but" or "or" the
  // verbs belong to another predicate; they count only when the clause has none of its own.
  let joined = false;
  let reported = false;
  let nearestAfter: Marker | undefined;
  let nearestOwnAfter: Marker | undefined;
  let relative: 'none' | 'opened' | 'verb' = 'none';
  for (let i = 0; i < after.length && !nearestOwnAfter; i++) {
    const w = after[i];
    if (w === ',') commaSeen = true;
    if (w === 'and' || w === 'but' || w === 'or') joined = true;
    // "told the court on Wednesday that he intends to appeal", "Trump's announcement Friday that
    // he would endorse": after a report, a clause opened by "that" right after the date is what
    // was told, not the telling ("the incident Sunday evening that left one dead" still dates it).
    if (i === 0 && w === 'that' && reportBefore(before)) joined = true;
    // "return on Monday to a market that closed Friday at a record": a relative clause on a noun
    // after the date tells of that noun; its verbs do not date the date's clause.
    // Its verb group is skipped; a verb after the clause's object is the main clause's again
    // ("Tuesday's attack on a bus that killed 12 people was condemned").
    if (i > 0 && RELATIVE_PRONOUN.has(w) && NOUN_END.test(after[i - 1])) {
      relative = 'opened';
      continue;
    }
    const tense = tenseAt(after, i, false);
    if (relative !== 'none') {
      if (tense) {
        relative = 'verb';
        continue;
      }
      if (relative === 'verb') relative = 'none';
    }
    if (!tense) continue;
    const report = commaSeen && REPORTING.has(w) && !opensSentence;
    const marker: Marker = { tense, distance: i, tail: joined || reported || report, before: false, purpose: i === 1 && after[0] === 'to', pastComma: commaSeen };
    // "opening the bridge on Saturday, said it would ease traffic": what follows a report is what was reported.
    if (report) reported = true;
    nearestAfter ??= marker;
    if (!marker.tail) nearestOwnAfter = marker;
  }
  // "has decided that on Nov. 8, she will vote": a date fronted in a clause opened by "that"
  // belongs to that clause; the verb before "that" is the main clause's.
  const frontedAfterThat = before[0] === 'that' || (before[1] === 'that' && OPENING.has(before[0]));
  // "The March budget forecast a deficit", "the May report cut its estimate": after a date
  // that qualifies a singular noun, a verb whose past is its bare form is that past (the
  // present would be "forecasts", "cuts"), whatever "forecast" looks to.
  if (ARTICLE.has(before[0] ?? '') && after.length > 2 && /^[a-z]+[^s]$/.test(after[0]) && !NOT_A_VERB.has(after[0]) && !PAST_OR_PRESENT_WORD.has(after[0])
    && (after[1] === 'forecast' || SAME_IN_PAST.has(after[1])) && ARTICLE.has(after[2])) return 'past';
  // "the weekend should be fine", "and Saturday could bring storms": a date that is the subject
  // of such a modal is ahead ("should have been" is not; nor "a deal reached in July could lead").
  if (MAY_HAPPEN.has(after[0] ?? '') && after[1] !== 'have' && after[1] !== "'ve" && isClauseSubject(before)) return 'future';
  // "said the June election would be close", "warned the March tax deadline will be missed": a date
  // that qualifies the subject of what was reported is dated by the reported verb, as when the
  // date is the subject itself ("said Thanksgiving would be quiet", tenseOfMarkers).
  // The end of a range joined to the date comes first: "said the June-September monsoon would".
  const nounAt = RANGE_END_JOINED.test(text.slice(end, end + 16)) ? 1 : 0;
  if (nearestBefore?.report && nearestBefore.distance === 1 && SUBJECT_DETERMINER.has(before[0]) && nearestOwnAfter !== undefined && nearestOwnAfter.distance > nounAt && nearestOwnAfter.distance <= nounAt + 2 && nearestOwnAfter.tense === 'future' && (!nearestOwnAfter.pastComma || nounAt === 1) && after.slice(nounAt, nearestOwnAfter.distance).every((w) => NOUN_END.test(w))) return 'future';
  const marked = frontedAfterThat && nearestOwnAfter ? nearestOwnAfter.tense : tenseOfMarkers(nearestBefore, nearestOwnAfter, nearestAfter);
  let tense: Tense = marked === 'open' ? 'none' : marked;
  // "If he follows up with a win in Washington on Saturday": a condition in the present is about what is ahead.
  if ((isPresent(tense) || tense === 'none') && nearestBefore?.tense !== 'past' && !isAttribute(text, start, end) && inCondition(before)) tense = 'future';
  if (tense === 'past' && MANDATED.test(lead)) tense = 'none';
  // "Unions have called for protests on Thursday", "has called a general strike for Monday": a
  // present perfect takes no past day of its own, so the day is the protest's, still ahead.
  if (tense === 'past' && CALLED_ACTION.test(lead)) tense = 'future';
  // "Arsenal face Chelsea on Saturday", "the Lakers play the Celtics on Sunday", "they meet
  // on Monday": a fixture in the plural present of sports and diplomatic copy is ahead.
  if (tense === 'none' && FIXTURE.test(lead0)) tense = 'future';
  // "would bring settled weather, with a warm spring likely in September", "with rain expected on Friday": an outlook in a "with" phrase is ahead.
  if ((tense === 'past' || tense === 'none') && WITH_OUTLOOK.test(lead)) tense = 'future';
  // "flew to Leicester, where they play on Saturday": a fixture in a clause of its own after a past verb is still ahead.
  if (tense === 'past' && FIXTURE_OWN_CLAUSE.test(lead0)) tense = 'future';
  // "has issued a warning for wind from 6am on Saturday", "have cancelled trains from Friday": what an announcement just made starts from lies ahead.
  if (tense === 'past' && PERFECT_THEN_FROM.test(text.slice(Math.max(left, start - PERFECT_REACH), start)) && !isAttribute(text, start, end)) tense = 'future';
  if (tense === 'past' && PERFECT_THEN_UNTIL.test(text.slice(Math.max(left, start - PERFECT_REACH), start)) && !isAttribute(text, start, end)) tense = 'future';
  // "issued a heatwave warning for the weekend", "put out a flood alert for Tuesday": what a warning is for lies ahead of its issuing.
  if (tense === 'past' && WARNING_FOR.test(lead) && !/\bhad\b/i.test(lead) && !isAttribute(text, start, end)) tense = 'future';
  if ((isPresent(tense) || tense === 'none') && RULE_FROM.test(lead)) tense = 'future';
  else if (isPresent(tense) && RUN_FROM.test(lead)) tense = 'none';
  // "The hearing is on Tuesday", "the fair is open Saturday", "the deadline is Friday": a
  // date that is what the present "is" says of its subject is a day on the calendar ahead,
  // as a timetable says (never a report of what happened on it).
  if (isPresent(tense) && isCopulaPredicate(before) && !isAttribute(text, start, end)) tense = 'future';
  // "Nvidia forecast revenue above estimates on Wednesday": a business forecast is for a period,
  // so a weekday after its object is the day it was made, and the bare "forecast" after a
  // singular subject its past ("forecasts" would be the present); "forecast rain on Sunday" is
  // the day forecast for.
  if (tense === 'future' && FORECAST_MADE.test(lead) && WEEKDAY.test(text.slice(start, end))) tense = 'past';
  // "she expected the next cut in February", "analysts expected a rebound by the summer": a past
  // "expected" with an object looks ahead to a month or a season as "expects" does; a weekday
  // may be the day of the expecting ("the firm expected a decision on Monday").
  if (tense === 'past' && EXPECTED_OBJECT.test(lead) && !WEEKDAY.test(text.slice(start, end))) tense = 'future';
  // "The bank held rates but signalled a February cut", "called a June election": the month
  // names when what was foreshadowed is to happen, ahead of the telling.
  if (tense === 'past' && FORESHADOWING.test(lead) && MONTH_OR_SEASON.test(text.slice(start, end)) && FORESHADOWED_NOUN_AFTER.test(text.slice(end, end + 16))) tense = 'future';
  if ((tense === 'none' || tense === 'present') && LIMIT_THE.test(lead)) return 'future';
  return tense !== 'past' && (LIMIT.test(lead) || AHEAD.test(lead)) ? 'future' : tense;
}

/** A determiner opening the subject of a reported clause before its date: "said the June election would". */
const SUBJECT_DETERMINER = new Set(['the', 'this', 'its', 'their', 'his', 'her', 'next']);

/** "-September", "–Friday": the end of a range written right after its start. */
const RANGE_END_JOINED = /^\s*[-–]\s*[A-Za-z]+/;

/** Words that may open a subject before a date. */
const SUBJECT_OPENING = new Set(['the', 'this', 'next', 'coming']);
/** Whether the date opens its clause (after "and", "but" or a comma), as its subject: `before` runs from the date back. */
function isClauseSubject(before: readonly string[]): boolean {
  let j = 0;
  while (SUBJECT_OPENING.has(before[j] ?? '')) j++;
  return before[j] === undefined || before[j] === 'and' || before[j] === 'but' || before[j] === ',';
}

/**
 * "Wycombe, who had won seven in a row since early October, face Barnsley on Friday": a relative
 * clause set off by commas before the date describes the subject; its verbs do not date the
 * date's clause, so it is left out of what is read before the date.
 */
const RELATIVE_ASIDE = /,\s*(?:who|which|whose)\b[^,;:.!?()"“”]*,/g;

/** Verbs of a fixture in the plural present (FIXTURE), which tenseOfWord reads as no tense. */
const FIXTURE_VERB = new Set(['face', 'host', 'play', 'visit', 'travel', 'meet', 'take', 'open', 'begin', 'start', 'resume']);

/**
 * Only where the comma that closes the clause is followed by the subject's verb ("..., face
 * Barnsley", "..., rose again"): "James Taylor, who stepped down as chairman, president and chief
 * executive in March" goes on with a list, and its "who" clause holds the date.
 */
function withoutRelativeClauses(lead: string): string {
  if (!lead.includes(',')) return lead;
  return lead.replace(RELATIVE_ASIDE, (aside: string, at: number) => {
    const [w, next] = words(lead.slice(at + aside.length, at + aside.length + 40));
    if (w === undefined) return aside;
    // "The company, whose year ends in January, cut its guidance": a verb whose past is its bare form, too.
    return FIXTURE_VERB.has(w) || SCHEDULED.has(w) || SAME_IN_PAST.has(w) || tenseOfWord(w, undefined, undefined, next) !== null ? ' ' : aside;
  });
}

/** How far before a date its line may start for the date to head the line's entry (a bullet and a short label). */
const ENTRY_LEAD = 48;

/**
 * "Christmas Eve: 9am-4pm" or "Monday: closed" on a line of its own, as in a listing of
 * opening hours or a timetable: a date that labels a line, or the first thing after the
 * colon of a label of up to three words, belongs to no verb ("closed" there is no past
 * tense), so it is the nearest such day.
 */
function isListingEntry(text: string, start: number, end: number): boolean {
  const lead = text.slice(Math.max(0, start - ENTRY_LEAD), start);
  const lineStart = lead.lastIndexOf('\n');
  if (lineStart < 0 && start > ENTRY_LEAD) return false;
  const line = lead.slice(lineStart + 1);
  if (/^[ \t\-*•–]*$/.test(line)) return /^:[ \t]/.test(text.slice(end, end + 2));
  // A label of a few words ("Opening hours:", "Kick-off:"), not a sentence ending in a colon ("It was no idle worry: soon ...").
  return /^[ \t\-*•–]*[\p{Lu}\d][^\s:.!?]*(?:[ \t]+[^\s:.!?]+){0,2}:[ \t]+$/u.test(line);
}

/** The present, or an infinitive under a past verb, which was read as the present before the two were told apart. */
function isPresent(tense: Tense): boolean {
  return tense === 'present' || tense === 'underPast';
}

/** Between a copula and the date it predicates: "is on Tuesday", "is open Saturday", "are closed until Monday", "is available on Friday". */
const AFTER_COPULA = new Set(['on', 'at', 'open', 'closed', 'available', 'again', 'until', 'till', 'from']);

/** The words before the date (nearest first) are a present "is" or "are" and at most two of AFTER_COPULA. */
function isCopulaPredicate(before: readonly string[]): boolean {
  for (let i = 0; i < before.length && i <= 2; i++) {
    const w = before[i];
    if (w === 'is' || w === 'are' || w === "'re") return i + 1 >= before.length || !WH_BEFORE_COPULA.has(before[i + 1]);
    if (!AFTER_COPULA.has(w)) return false;
  }
  return false;
}

/** "what is on Monday's agenda" is no timetable of the subject's, nor "which is Friday's". */
const WH_BEFORE_COPULA = new Set(['what', 'which', 'that']);

/** How many words back the "if" of a condition may stand. */
const CONDITION_REACH = 12;

/**
 * Whether the clause before the date (back to a comma) opens with "if" or "unless", with
 * no past form in between ("even if he managed to split delegates in Tuesday's contests"
 * is about a past day).
 */
function inCondition(before: readonly string[]): boolean {
  for (let i = 0; i < before.length && i < CONDITION_REACH; i++) {
    const w = before[i];
    if (w === ',' || isPastForm(w)) return false;
    if (w === 'if' || w === 'unless') return true;
  }
  return false;
}

/** "Thursday night's debate", "his Tuesday wins": a date that qualifies a noun dates that thing, not the clause's verb. */
function isAttribute(text: string, start: number, end: number): boolean {
  return /^['’]s\b/.test(text.slice(end, end + 3)) || /\b(?:his|her|their|its|our|my|your)\s+$/i.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * The tense from the nearest marker before the date, the nearest after it in the date's own
 * clause and the nearest after it in any clause (a tail: the verb of a report or of another
 * predicate). Tails count only when no marker of the date's own clause is found.
 */
function tenseOfMarkers(before: Marker | undefined, ownAfter: Marker | undefined, anyAfter: Marker | undefined): MarkerTense | 'none' {
  const after = before || ownAfter ? ownAfter : anyAfter;
  // A date most often follows its verb ("will meet on Monday", "said Friday"); a verb
  // after it wins only when it is right there ("on Friday reported") or the only one.
  if (!before) return after ? after.tense : 'none';
  if (!after) return before.tense;
  // "said Thanksgiving would be quiet", "warned Sunday will be the hottest day": a date right after
  // a report and right before "will" or "would" is the subject of what was reported.
  if (before.report && before.distance === 0 && after.distance === 0 && after.tense === 'future' && !after.pastComma && !after.tail) return after.tense;
  return after.distance <= AFTER_PREFERRED_WITHIN && before.distance > after.distance && !after.purpose && !after.pastComma ? after.tense : before.tense;
}
