// Words before a date that put what it names after the telling, whatever the tense of the verb
// that tells it: a fixture, an outlook, a warning for a day, a call to action, an order, "as early
// as", "ahead of".

import { leadCue } from './leadCue';

/** A warning's day: "a warning for snow on Monday", "an amber alert for the weekend" (not "a warning on Monday", the day it was given). */
export const WARNING_FOR = leadCue(String.raw`\b(?:warnings?|alerts?|watch(?:es)?)\s+`, String.raw`for\s+(?:[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}\s+(?:on|from|over|until|at)\s+)?(?:the\s+)?(?:(?:coming|next)\s+)?$`, 'iu', 7);

/** "as soon as Tuesday", "as early as next week": the earliest a thing may happen, still ahead. */
export const EARLIEST = leadCue(String.raw`\bas\s+`, String.raw`(?:soon|early)\s+as\s+(?:(?:on|at)\s+)?$`, 'i', 3);

/**
 * "a court order that Elian remain in Miami until March 6", "demanded that he resign by
 * Friday": what an order or a demand requires (the bare verb of English's mandative
 * subjunctive) comes after the order, told in the past or not; so the past of the verb
 * that ordered it does not date it.
 */
export const MANDATED = /\b(?:ask(?:s|ed)?|order(?:s|ed)?|demand(?:s|ed)?|requir(?:e|es|ed)|insist(?:s|ed)?|request(?:s|ed)?|urg(?:e|es|ed)|recommend(?:s|ed)?|propos(?:e|es|ed)|direct(?:s|ed)?|ruled|decreed|mandated)\s+that\s+(?:[\p{L}.'’-]+\s+){1,3}?(?:not\s+)?(?:be|remain|stay|return|leave|pay|stop|cease|resign|step|submit|testify|appear|face|hold|release|withdraw|delay|halt|hand|turn|keep|go|come|receive|vacate|report)\b[^.;!?]*$/iu;
/** A present perfect call to an action and the action's day: "have called for nationwide protests on", "has called a strike for". */
export const CALLED_ACTION = leadCue(
  String.raw`\b(?:has|have)\s+(?:(?:also|now|already|again|since)\s+)?called\s+(?:for\s+)?(?:an?\s+|the\s+|fresh\s+|more\s+|further\s+)?(?:[\p{L}\d-]+\s+){0,2}(?:protests?|strikes?|rall(?:y|ies)|march(?:es)?|demonstrations?|walkouts?|stoppages?|boycotts?|shutdowns?|sit-ins?|vigils?|day\s+of\s+(?:action|mourning|protest)|days\s+of\s+(?:action|protest))\b(?:\s+(?:in|across|at|outside)\s+[^.;!?,]{1,40}?)?\s+`,
  String.raw`(?:on|for|from)\s+$`, 'iu', 1);

/**
 * A capitalised subject (a team, a country), "they"/"we" or "Emery's side", "the women's team" and a fixture's
 * in the plural present, before the date in its clause; or a name inside the sentence and a timetable's verb ("The Canadiens
 * open the season on Wednesday", "They open the tour in Cardiff on July 4"; not a sentence's first word, often a plural
 * noun: "Shops open on the bank holiday").
 */
export const FIXTURE = /(?:\b[A-Z][\p{L}.'’-]*|\b(?:they|we|side|team|squad|men|women|and))\s+(?:face|host|play|visit|travel\s+to|meet|take\s+on)\b[^.;!?,]{0,60}$|(?:\S\s+[A-Z][\p{L}.'’-]*|\b[Tt]hey|\b[Ww]e)\s+(?:open|begin|start|resume|kick\s+off|tip\s+off)\b[^.;!?,]{0,60}$/u;
/** A "with" phrase of what is likely or expected, right before the date or the end of a pair: "with a warm spring likely in", "with rain expected on", "likely in September and". */
export const WITH_OUTLOOK = leadCue(
  String.raw`\bwith\s+(?:[\p{L}'’-]+\s+){1,4}`,
  String.raw`(?:likely|expected|forecast|due)\s+(?:(?:in|on|from|by|over|at|during|until|into)\s+)?(?:(?:early|late|mid)[- ]?)?(?:[\p{L}\d.]+(?:\s+[\p{L}\d.]+)?\s+(?:and|or|to|through)\s+)?$`, 'iu', 6);
/** A fixture (FIXTURE) opened by "where", "when" or "and" after a comma: its own clause, whatever the verb before it. */
export const FIXTURE_OWN_CLAUSE = /,\s*(?:where|when|and)\s+(?:they|we|[A-Z][\p{L}.'’-]*)\s+(?:face|host|play|visit|travel\s+to|meet|take\s+on)\b[^.;!?,]{0,60}$/u;
/** "ahead of Tuesday's vote", "in the run-up to Monday's primary": the event is still to come, unless the clause is past. */
export const AHEAD = leadCue('', String.raw`\b(?:ahead\s+of|(?:lead|run)[-\s]?up\s+to)\s+(?:the\s+)?$`, 'i', 4);

/** Words before "as early as" that make it a time still ahead, told in the past or not ("was expected as early as Friday", "said a cut was possible as early as February"). */
export const LOOKS_AHEAD_BEFORE = /\b(?:expected|scheduled|set|due|slated|planned|likely|possible|could|would|might|will)\b/i;
