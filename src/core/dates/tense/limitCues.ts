// Words before a date that make it a limit or a start ("until Friday", "by March", "postponed
// until", "has issued a warning from 6am", "applies from 1 October", "since Thursday"): which
// side of the article date it lies on follows from them more than from the verb.

import { leadCue } from './leadCue';

/** "since Thursday, Khan has mounted a campaign", "up 4% since March": the time a state runs from has been. */
export const SINCE = leadCue('', String.raw`\bsince\s+(?:(?:early|late|mid)\s+)?$`, 'i', 2);
/**
 * "postponed until Tuesday", "extended its deadline until 9 a.m. Friday": a limit moved, so still
 * ahead; and a court's, "was remanded in custody until 14 December", "released on bail until 3 January".
 * The object may be long: "has extended its amber wind warning for the whole of Wales and much of
 * England until 6am on Sunday".
 */
export const MOVED_LIMIT = leadCue(
  String.raw`\b(?:postponed|delayed|deferred|extended|adjourned|put\s+off|pushed\s+back|bailed|remanded|on\s+bail)\b[^.;!?]{0,90}`,
  String.raw`\b(?:until|till|to)\s+(?:(?:on|at)\s+)?$`, 'i', 2);
/**
 * "until 9 a.m. Tuesday", "by Friday", "until at least Thursday", the end of "from Monday to Friday": a limit,
 * ahead of a clause that is not in the past.
 */
export const LIMIT = leadCue('', String.raw`(?:\b(?:until|till|by|through|thru)|\bfrom\s+\S+(?:\s+\S+)?\s+(?:to|through|thru|-|–))\s+(?:at\s+least\s+)?(?:(?:on|at)\s+)?$`, 'i', 7);
/** "rain by the weekend", "closed until the weekend": the same before "the", in a clause in the present or with no verb (not under a past verb: "had raised $38 million to boost his bid by the end of June"). */
export const LIMIT_THE = leadCue('', String.raw`\b(?:until|till|by)\s+the\s+$`, 'i', 2);

/** "from" right before a date, or before a part of it: "from the early hours of Sunday", "from the start of April". */
const FROM_SOURCE = String.raw`\bfrom\s+(?:(?:on|at)\s+|(?:the\s+)?(?:(?:early|small|wee)\s+hours|morning|afternoon|evening|night|start|beginning|end|middle)\s+of\s+)?`;
/** The most words FROM_SOURCE reads: "from the early hours of". */
const FROM_WORDS = 5;
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
export const PERFECT_THEN_FROM = new RegExp(`\\b(?:has|have)\\s+(?:(?:not|already|now|also|just)\\s+)?(?:been\\s+(?=${NOTICE_PASSIVE}\\b))?(?!been\\b|had\\b)[a-z]+(?:ed|en|wn|ut|ld|id|ne)\\b(?:(?!\\bthat\\b|\\s-)[^.;!?:—–]){0,120}${FROM_SOURCE}$`, 'i');
/**
 * A present perfect and, later in its clause, "until" right before the date: "has issued an
 * amber warning until 06:00 on Wednesday", "has been closed until Friday", "have suspended
 * services till Monday": a state just brought about lasts until a time still ahead (a past
 * "stayed until Friday" is over). Not where another clause opens in between ("has admitted he
 * stayed until Friday").
 */
export const PERFECT_THEN_UNTIL = /\b(?:has|have)\s+(?:(?:not|already|now|also|just)\s+)?(?:been\s+)?(?!been\b|had\b)[a-z]+(?:ed|en|wn|ut|ld|id|ne|pt)\b(?:(?!\b(?:that|he|she|they|we|I|it|who|which|when|after|before|as|and|but)\b|\s-)[^.;!?:—–,]){0,80}\b(?:until|till)\s+(?:at\s+least\s+)?(?:(?:on|at)\s+)?$/i;
/**
 * "The ban applies from 1 October", "the fines take effect from April", "rules come into
 * force from Monday": a rule in the present whose period starts at the date starts ahead.
 * Only after such verbs: "a jump from November", "numbers from Tuesday night", "prices have
 * come down from the middle of October" name a time to compare with, before the article's.
 */
export const RULE_FROM = leadCue(String.raw`\b(?:applies|apply|(?:takes?|comes?)\s+(?:effect|into\s+force)|(?:is|are)\s+in\s+(?:force|effect))\b[^.;:!?,]{0,48}`, `${FROM_SOURCE}$`, 'i', FROM_WORDS);
/**
 * "The warning runs from 3am on Sunday", "a warning covers Wales from noon on Saturday", "the
 * fair runs from Monday to Friday": a period in the present may have begun or be ahead, so
 * the day nearest the article's, as with no verb (not the past a present clause reads as).
 */
export const RUN_FROM = leadCue(String.raw`\b(?:runs|run|lasts|last|operates|operate|covers|cover|(?:is|are)\s+in\s+place)\b[^.;:!?,]{0,48}`, `${FROM_SOURCE}$`, 'i', FROM_WORDS);

/** How far back the perfect before "from" is looked for: its verb, an object of up to 120 characters ("a warning for snow covering much of northern England and southern Scotland"), "from the early hours of". */
export const PERFECT_REACH = 200;

/** A clock time before the weekday or date being read: "until 6am on Sunday", "until 11.59pm GMT Friday" (read as "until Sunday"). */
export const CLOCK_BEFORE_DAY = /\b(?:\d{1,2}(?:[.:]\d\d)?\s?[ap]\.?m\.?|\d{1,2}[.:]\d\d|midnight|noon|midday)(?:\s+[A-Z]{2,4})?\s+(?:on\s+)?$/i;

export const PERIOD_ENDING = leadCue(String.raw`\b(?:year|quarter|half|period|season|term|months|weeks)\s+`, String.raw`ending\s+(?:(?:in|on)\s+)?$`, 'i', 2);
