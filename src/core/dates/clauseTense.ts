// Which way a relative date points depends on the verb it goes with: "met on Monday"
// is the Monday before the article date, "will meet on Monday" the one after. This
// finds the verb group nearest to the date inside its sentence and reads its tense
// from auxiliaries and verb forms; no tagger is needed for that.

import type { Memo } from '../incremental/memo';
import { AHEAD, CALLED_ACTION, EARLIEST, FIXTURE, FIXTURE_OWN_CLAUSE, LOOKS_AHEAD_BEFORE, MANDATED, WARNING_FOR, WITH_OUTLOOK } from './tense/aheadCues';
import { inCondition, isAttribute, isClauseSubject, isCopulaPredicate, isListingEntry, withoutRelativeClauses } from './tense/clauseShape';
import { words } from './tense/clauseWords';
import {
  AFTERMATH_OF, AROUND_EVENT_REACH, AWAITED_AFTER, EVENT_BEFORE_DAY, PREPARING_FOR, SCHEDULED_EVENT_AWAITED, THE_UNFORESEEN_EVENT_ON, UNFORESEEN_EVENT_OF_DAY,
} from './tense/eventCues';
import { AFTER_CHANGE, EARLIER_FIGURE, MARKET_CLOSE_AFTER } from './tense/figureCues';
import { EXPECTED_OBJECT, FORECAST_MADE, FORESHADOWED_NOUN_AFTER, FORESHADOWING, MONTH_OR_SEASON, WEEKDAY } from './tense/forecastCues';
import {
  CLOCK_BEFORE_DAY, LIMIT, LIMIT_THE, MOVED_LIMIT, PERFECT_REACH, PERFECT_THEN_FROM, PERFECT_THEN_UNTIL, PERIOD_ENDING, RULE_FROM, RUN_FROM, SINCE,
} from './tense/limitCues';
import { Lead } from './tense/leadCue';
import { reportBefore, REPORTING } from './tense/reportedSpeech';
import { ABBREVIATION_READ, DATE_LINE_READ, LOOKAHEAD_READ, quoteClosing, quoteOpening, REACH, sentenceEnd, sentenceStart } from './tense/sentenceBounds';
import type { MarkerTense, Tense } from './tense/tense';
import { MAY_HAPPEN, tenseAt } from './tense/verbGroupTense';
import { ARTICLE, NOT_A_VERB, SAME_IN_PAST } from './tense/wordTense';

/** A verb this close after a date ("Friday reported") beats a farther one before it. */
const AFTER_PREFERRED_WITHIN = 2;

/** Words between a date and a bare verb that are no noun of the date's ("the May we cut"). */
const PAST_OR_PRESENT_WORD = new Set(['also', 'again', 'just', 'only', 'then', 'will', 'would', 'to', 'not', 'we', 'they', 'i', 'you']);

/** Words that may stand before a date opening its sentence ("On Tuesday, ..."). */
const OPENING = new Set(['on', 'early', 'late', 'and', 'but', 'then', 'also']);
/** How far back the cues just before a date are looked for. */
const CUE_REACH = 100;

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

/** The tense of the clause a date expression at [start, end) belongs to. */
export function tenseAround(text: string, start: number, end: number): Tense {
  if (isListingEntry(text, start, end)) return 'none';
  const left = quoteOpening(text, sentenceStart(text, start), start);
  const right = quoteClosing(text, end, sentenceEnd(text, end));
  const lead = text.slice(Math.max(left, start - CUE_REACH), start);
  const cues = new Lead(lead);
  if (cues.has(MOVED_LIMIT) || movedLimitBeforeClock(lead)) return 'future';
  // "the financial year ending in March", "the quarter ending Dec. 31": the period's own end,
  // whichever side of the article date it falls; not the tense of the verb that names the period.
  if (cues.has(PERIOD_ENDING)) return 'none';
  // "Thursday's jobs report is expected to show", "Saturday's final is set to": a day in the
  // possessive whose event is awaited is ahead; "Friday's attack is likely to harden opinion"
  // names no scheduled event, and a past one's consequences may still be awaited.
  // What is awaited after the date is read first: it rarely matches, the event before the date is a search through the lead.
  if (SCHEDULED_EVENT_AWAITED.test(text.slice(end, end + 80)) || (AWAITED_AFTER.test(text.slice(end, end + 40)) && EVENT_BEFORE_DAY.test(lead))) return 'future';
  // "Friday's shooting is likely to revive the debate", "the attack on Sunday will harden
  // opinion": no one names an attack or a crash by its day before it happens, so the day has
  // been, whatever follows.
  if (UNFORESEEN_EVENT_OF_DAY.test(text.slice(end, end + 60)) || cues.has(THE_UNFORESEEN_EVENT_ON)) return 'past';
  // "could come as early as Monday" is ahead; "began discounts, some as early as Oct. 7" told of what was done.
  if (cues.has(EARLIEST)) return tenseOfClause(text, start, end, left, right, cues) === 'past' && !LOOKS_AHEAD_BEFORE.test(lead) ? 'past' : 'future';
  const tense = tenseOfClause(text, start, end, left, right, cues);
  // "MPs are preparing for Thursday's vote", "Markets are still digesting Thursday's vote": a
  // clause in the present says nothing of which side of today the day is; the words that govern
  // it do (a verb of preparing looks ahead, one of aftermath back). A past or future verb decides alone.
  if (tense !== 'present' && tense !== 'none') return tense;
  const near = lead.slice(-AROUND_EVENT_REACH);
  return PREPARING_FOR.test(near) ? 'future' : AFTERMATH_OF.test(near) ? 'past' : tense;
}

/** "postponed until 6am on": a moved limit read as if the clock time before the day were not there. */
function movedLimitBeforeClock(lead: string): boolean {
  // Without a clock time the lead is the one already read.
  const clock = CLOCK_BEFORE_DAY.exec(lead);
  return clock !== null && MOVED_LIMIT.whole.test(lead.slice(0, clock.index) + lead.slice(clock.index + clock[0].length));
}

function tenseOfClause(text: string, start: number, end: number, left: number, right: number, cues: Lead): Tense {
  const lead = cues.text;
  if (cues.has(SINCE) || MARKET_CLOSE_AFTER.test(text.slice(end, end + 14))) return 'past';
  if (cues.has(EARLIER_FIGURE)) return 'past';
  const change = cues.match(AFTER_CHANGE);
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
  if (tense === 'past' && cues.has(CALLED_ACTION)) tense = 'future';
  // "Arsenal face Chelsea on Saturday", "the Lakers play the Celtics on Sunday", "they meet
  // on Monday": a fixture in the plural present of sports and diplomatic copy is ahead.
  if (tense === 'none' && FIXTURE.test(lead0)) tense = 'future';
  // "would bring settled weather, with a warm spring likely in September", "with rain expected on Friday": an outlook in a "with" phrase is ahead.
  if ((tense === 'past' || tense === 'none') && cues.has(WITH_OUTLOOK)) tense = 'future';
  // "flew to Leicester, where they play on Saturday": a fixture in a clause of its own after a past verb is still ahead.
  if (tense === 'past' && FIXTURE_OWN_CLAUSE.test(lead0)) tense = 'future';
  // "has issued a warning for wind from 6am on Saturday", "have cancelled trains from Friday": what an announcement just made starts from lies ahead.
  if (tense === 'past' && PERFECT_THEN_FROM.test(text.slice(Math.max(left, start - PERFECT_REACH), start)) && !isAttribute(text, start, end)) tense = 'future';
  if (tense === 'past' && PERFECT_THEN_UNTIL.test(text.slice(Math.max(left, start - PERFECT_REACH), start)) && !isAttribute(text, start, end)) tense = 'future';
  // "issued a heatwave warning for the weekend", "put out a flood alert for Tuesday": what a warning is for lies ahead of its issuing.
  if (tense === 'past' && cues.has(WARNING_FOR) && !/\bhad\b/i.test(lead) && !isAttribute(text, start, end)) tense = 'future';
  if ((isPresent(tense) || tense === 'none') && cues.has(RULE_FROM)) tense = 'future';
  else if (isPresent(tense) && cues.has(RUN_FROM)) tense = 'none';
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
  if ((tense === 'none' || tense === 'present') && cues.has(LIMIT_THE)) return 'future';
  return tense !== 'past' && (cues.has(LIMIT) || cues.has(AHEAD)) ? 'future' : tense;
}

/** A determiner opening the subject of a reported clause before its date: "said the June election would". */
const SUBJECT_DETERMINER = new Set(['the', 'this', 'its', 'their', 'his', 'her', 'next']);

/** "-September", "–Friday": the end of a range written right after its start. */
const RANGE_END_JOINED = /^\s*[-–]\s*[A-Za-z]+/;

/** The present, or an infinitive under a past verb, which was read as the present before the two were told apart. */
function isPresent(tense: Tense): boolean {
  return tense === 'present' || tense === 'underPast';
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
