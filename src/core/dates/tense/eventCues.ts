// Events named by their day: a scheduled one awaited ("Thursday's jobs report is expected") is
// ahead, an unforeseen one ("Friday's shooting") has happened, and the words of preparing for or
// of the aftermath of an event say which side of the article date it lies.

import { leadCueByWords } from './leadCue';

/** How far back the words of preparing or aftermath governing a date are read: their phrase and an article. */
export const AROUND_EVENT_REACH = 48;
/** Words of getting ready for what a date names, right before it: "preparing for", "bracing for", "in the build-up to". */
export const PREPARING_FOR = /\b(?:prepar(?:e|es|ing)\s+(?:themselves\s+|itself\s+)?for|gear(?:s|ing)?\s+up\s+for|brac(?:e|es|ing)\s+(?:themselves\s+|itself\s+)?for|count(?:s|ing)?\s+down\s+to|in\s+(?:preparation|readiness)\s+for|(?:in\s+)?the\s+(?:build-?up|countdown)\s+to|on\s+the\s+eve\s+of|look(?:s|ing)?\s+ahead\s+to|heading\s+into)\s+(?:the\s+)?$/i;
/**
 * Words of what came of what a date names, right before it: "in the wake of", "still digesting",
 * "reacting to". Not "after", which in the present is as often a timetable's ("After Thursday's
 * vote, the bill goes to the Senate"), nor "the outcome of", of a vote to come as often ("The
 * outcome of the Nov. 8 election could be pivotal").
 */
export const AFTERMATH_OF = /\b(?:following|(?:in\s+)?the\s+(?:wake|aftermath)\s+of|(?:the\s+)?fall-?out\s+(?:from|of)|(?:in\s+)?(?:reaction|response)\s+to|(?:react|respond)(?:s|ing)\s+to|digest(?:s|ing)|absorb(?:s|ing)|(?:reel|recover)(?:s|ing)\s+from|on\s+the\s+back\s+of|in\s+(?:the\s+)?light\s+of)\s+(?:the\s+)?$/i;

/** Events held or published on a day set beforehand (SCHEDULED_EVENT_AWAITED). */
const SCHEDULED_EVENT = '(?:report|data|figures|numbers|statistics|meeting|vote|ballot|referendum|election|primary|primaries|caucus(?:es)?|decision|release|announcement|statement|speech|address|budget|briefing|hearing|sentencing|verdict|ruling|trial|match|game|fixture|final|semi-final|derby|race|tie|launch|summit|talks|debate|session|auction|ceremony|opening|deadline)s?';
/** "is expected", "are due", "is set to", "is likely to": what is awaited (SCHEDULED_EVENT_AWAITED, AWAITED_AFTER). */
const PLAN_AWAITED = '\\s+(?:is|are)\\s+(?:(?:still|now|widely|also)\\s+)?(?:expected|due|set|scheduled|slated|poised|likely)\\b';
/** "in Brussels", "between the two leaders", "against Chelsea": where the event is held or who meets, before "is expected". */
const EVENT_PLACE_OR_PARTIES = "(?:\\s+(?:in|at|between|with|against|of|on)(?:\\s+[\\p{L}\\d.'’-]+){1,4}?)?";
/** After a possessive date, up to three words naming its scheduled event, then what is awaited of it (tenseAround). */
export const SCHEDULED_EVENT_AWAITED = new RegExp(`^['’]s\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?${SCHEDULED_EVENT}${EVENT_PLACE_OR_PARTIES}${PLAN_AWAITED}`, 'iu');
/** "The jobs report on Thursday is expected to show": the event, its day, then what is awaited of it (tenseAround). */
export const EVENT_BEFORE_DAY = new RegExp(`\\b${SCHEDULED_EVENT}\\s+(?:on\\s+)?$`, 'iu');
export const AWAITED_AFTER = new RegExp(`^${PLAN_AWAITED}`, 'iu');

/** Events no one schedules, so none is named by its day before it happens (UNFORESEEN_EVENT_OF_DAY, THE_UNFORESEEN_EVENT_ON). */
const UNFORESEEN_EVENTS = [
  'attack', 'attacks', 'shooting', 'shootings', 'bombing', 'bombings', 'explosion', 'explosions', 'blast', 'blasts', 'crash', 'crashes',
  'killing', 'killings', 'murder', 'murders', 'stabbing', 'stabbings', 'massacre', 'massacres', 'ambush', 'ambushes', 'assassination',
  'earthquake', 'earthquakes', 'quake', 'quakes', 'landslide', 'landslides', 'derailment', 'sell-off', 'selloff', 'rout', 'plunge', 'slump',
  'collapse', 'upset', 'resignation', 'raid', 'raids', 'arrest', 'arrests', 'shelling', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'coup',
];
const UNFORESEEN_EVENT = `(?:${UNFORESEEN_EVENTS.map((e) => e.replace(' ', String.raw`\s+`)).join('|')})(?![\\p{L}-])`;
/** After a possessive date, up to two words and such an event: "Friday's shooting", "Monday's market sell-off" (tenseAround). */
export const UNFORESEEN_EVENT_OF_DAY = new RegExp(`^['’]s\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?${UNFORESEEN_EVENT}`, 'iu');
/** "the shooting on Friday", "after the deadly attack late on Sunday": the known event as a subject or after a preposition (not an object: "will launch the raid on Friday"), then its day (tenseAround). */
export const THE_UNFORESEEN_EVENT_ON = leadCueByWords(
  new RegExp(String.raw`(?:^\s*|[,;:—–]\s*|\b(?:after|since|of|in|about|over|into|following|from|for|with|by)\s+)the\s+(?:[\p{L}\d-]+\s+){0,2}?${UNFORESEEN_EVENT}\s+(?:(?:late|early)\s+)?(?:on\s+)?$`, 'iu'),
  // The event's last word, then at most "late on".
  new Set(UNFORESEEN_EVENTS.map((e) => e.slice(e.lastIndexOf(' ') + 1))), 3);
