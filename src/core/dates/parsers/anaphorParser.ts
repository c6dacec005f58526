import type { ParsingContext, ParsingResult } from 'chrono-node';
import { COUNT_SOURCE, UNIT_SOURCE, durationValue, parseCount, parseUnit } from './quantity';
import { type NewsParser, newsParser, resultOf } from './newsParser';
import { TriggerKind } from '../dateTriggers';
import { MONTH_NAME, MONTH_WORD } from '../monthNames';
import { partOfDayCode } from '../partOfDay';

// Dates that point back to a date named earlier in the story rather than to the day
// it appeared: "that day", "the same week", "the following month", "two days later",
// "a year earlier", "year-earlier" profits. chrono anchors "two days later" on the
// reference date; news anchors it on the last date mentioned, which the value stage
// keeps (dateDiscourse.ts). With no earlier date the article date is the anchor.

const UNIT_WORDS = '(day|week|weekend|month|year|quarter|morning|afternoon|evening|night)';

const SAME = new RegExp(`(?:that(?:\\s+same|\\s+very)?|the\\s+same|the\\s+very(?:\\s+same)?|this\\s+same)\\s+${UNIT_WORDS}(?![\\p{L}-])`, 'iu');
const NEIGHBOUR = new RegExp(`the\\s+(previous|prior|preceding|following|next)\\s+${UNIT_WORDS}(?![\\p{L}-])`, 'iu');
// "the week after next", "the year before last": two from the article date's.
const BEFORE_AFTER = new RegExp(`the\\s+${UNIT_WORDS}\\s+(before|after|earlier|prior)(?:\\s+(next|last)(?![\\p{L}-]))?(?![\\p{L}-])(?!\\s+(?:the|a|an|his|her|its|their|this|that|last)\\b)`, 'iu');
/**
 * "on Oct. 12, the day before the market plunged", "Feb. 4, the morning of the debate", "in
 * 2016, the year Republicans blocked a nominee": set after a date and a comma, the phrase says
 * what that date was, and names it again (TimeML marks "the day" with the date's value). It
 * counts from no event: the value stage checks that a date of its unit stands right before the
 * comma, and drops it otherwise. Not before a date ("the week of March 6" names its own); a
 * relative clause needs its subject right after (SUBJECT_AFTER) or "when".
 */
const APPOSED = new RegExp(`(?<=,[^\\S\\n]+)the\\s+${UNIT_WORDS}(?=[^\\S\\n]+(?:(?:before|after|of)\\s+(?!(?:${MONTH_WORD}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\\d)(?![\\p{L}]))[\\p{L}\\p{N}$'’]|when\\b|\\p{L}))`, 'iu');
/** Every match of BEFORE_AFTER holds one of these words; every match of APPOSED follows a comma. */
const BEFORE_AFTER_OR_APPOSED_GATE = new RegExp(`before|after|earlier|prior|,[^\\S\\n]+the\\s+${UNIT_WORDS}\\b`, 'i');
const COUNT_LATER = new RegExp(`(?:(?:about|around|some|nearly|almost|roughly|just\\s+over|just\\s+under|more\\s+than|less\\s+than)\\s+)?(${COUNT_SOURCE})\\s+(${UNIT_SOURCE})\\s+(earlier|later|before|prior|afterwards?|on)(?![\\p{L}-])(?!\\s+than\\b|\\s+\\d)`, 'iu');
// Not "year-on-year": "sales rose 5% year-on-year" is a rate of change, no date.
const YEAR_AGO = new RegExp(`(?:the\\s+)?(year-earlier|year-ago|year-before|year-previous|a-year-earlier)(?!\\s+(?:quarter|period|first|second|third|fourth|fiscal)\\b|\\s+(?:${COUNT_SOURCE})\\s+${UNIT_SOURCE})(?![\\p{L}-])`, 'iu');
const YEAR_END = /(?:(?:the|this|last|next)\s+)?(year[- ]end|year['’]s\s+end)(?![\p{L}-])/iu;
/**
 * "in the new year", "early in the New Year", "until the new year": the coming year (the
 * article's own in January and February, when it has just begun). Not "a new year" nor
 * "the new year's celebrations", which name no year of the calendar.
 */
const THE_NEW_YEAR = /(?<=\b(?:in|into|until|till|after|from|by)\s+(?:early\s+)?)the\s+new\s+year(?![\p{L}\p{N}'’-])/iu;
/** "the latest fiscal year", "the most recent month": the last one finished before the article date. */
const LATEST_PERIOD = /the\s+(?:latest|most\s+recent)\s+(?:(?:fiscal|financial|calendar)\s+)?(year|month|week)(?![\p{L}'’-])/iu;
/**
 * "last fiscal year", "next financial year" (British for fiscal): chrono reads "last year"
 * but not with a word between. Not "the previous fiscal year", which may count from a year
 * the story named (NEIGHBOUR's reading of "the previous year").
 */
const RELATIVE_FISCAL_YEAR = /(?:the\s+)?(this|last|next|past|coming)\s+(?:fiscal|financial)\s+year(?![\p{L}'’-])/iu;
/**
 * Indian copy's "fiscal" alone for the financial year: "grew 8% last fiscal", "in the
 * current fiscal". Only where the phrase ends: "this fiscal policy" is no year.
 */
const RELATIVE_FISCAL = /(?:the\s+)?(this|last|next|current|previous|coming)\s+fiscal(?=\s*(?:[.,;:)!?]|$)|\s+(?:to|as|when|while|but|after|before|on|in|from|compared|against|versus|vs|amid|despite|due|over|than)\b)/iu;
/** "sales are up 4% year to date", "year-to-date returns": the year so far, the article date's year. */
const YEAR_TO_DATE = /(?:the\s+)?year[- ]to[- ]date(?![\p{L}'’-])/iu;
/** British results: "the half year to 31 December", "the half-year ended 30 June": six months up to that day. */
const HALF_YEAR = /the\s+half[- ]year(?![\p{L}'’-])/iu;
/** "by the end of the week", "at the start of the decade": chrono reads "the end of the month" only; the article date's week or decade. */
const END_OF_THE_PERIOD = /the\s+(?:end|beginning|start|middle|close)\s+of\s+the\s+(week|decade)(?![\p{L}'’-])/iu;
const RELATIVE_DECADE = /(?:the\s+)?(this|last|past|next|coming|previous|current)\s+decade(?![\p{L}-])/iu;
const DECADES_AGO = new RegExp(`(${COUNT_SOURCE})\\s+(decades?|centur(?:y|ies))\\s+ago(?![\\p{L}-])`, 'iu');
/** "seventy-four years ago": counts chrono's "ago" parser does not read. */
/** "a week or so ago", "two years or so ago": chrono's "ago" parser stops at "or so". */
const OR_SO_AGO = new RegExp(`(${COUNT_SOURCE})\\s+(${UNIT_SOURCE})\\s+or\\s+so\\s+ago(?![\\p{L}-])`, 'iu');
/** And British "a fortnight ago", "two fortnights ago", which chrono does not read either; ahead too ("a fortnight from now", "forty years hence"). */
const COMPOUND_AGO = new RegExp(`(?:((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a|one) hundred|\\d+|an?|one)\\s+(${UNIT_SOURCE})|(${COUNT_SOURCE})\\s+(fortnights?))\\s+(?:ago(?:\\s+(this\\s+week|this\\s+month|today))?|from\\s+now|hence)(?![\\p{L}-])`, 'iu');
/**
 * "today is the eighth day of the blockade", "It's the second day of an offensive": the day
 * the story is on, counted within an event. Not the first day of a month, a year or a
 * season, which are calendar days of their own.
 */
const NTH_DAY_OF = /the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,3}(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive)\s+)?day(?= of\s+(?!(?:the\s+|this\s+|that\s+|next\s+|last\s+)?(?:month|year|week|quarter|season|spring|summer|autumn|fall|winter|decade|century|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Ramadan|Lent|Passover|Hanukkah)\b|\d))/iu;
/**
 * "he arrived later in the day", "earlier in the week", "late in the month": the day, week or
 * month the story is on (the last one it named, else the article's), as "earlier in the year"
 * is its year (THE_YEAR). chrono's "in the day" is a length of time and is dropped. Not the
 * idiom "it is rather late in the day to change course", "too late in the day": too late.
 */
const IN_THE_STORYS = /(?<=(?<!\b(?:too|rather|very|so|this|that|bit|quite|pretty|fairly|far)\s+)\b(?:earlier|later|early|late)\s+in\s+)the\s+(day|week|month)(?![\p{L}'’-])/iu;
const THE_YEAR = /the\s+((?:(?:full|current|calendar|fiscal|financial|present|entire|whole)\s+){0,2})year(?![\p{L}'’-])/iu;
/**
 * After a bare "the year" these words make it some other year ("the year before", "the
 * year that he died", "the year of the flood"); not "of" before an amount ("a high for the
 * year of $42.875" is this year's high).
 */
const NOT_THIS_YEAR_AFTER = /^\s+(?:before|after|earlier|ago|of(?!\s+(?:[$£€¥]|(?:US|C|A)\$))|in which|when|that|for)\b/i;
/** "the year Mr. Ackman teamed up", "the year she left": a relative clause with its subject right after it (not case-blind). */
const SUBJECT_AFTER = /^[^\S\n]+(?:(?:he|she|they|we|I|you)\b|(?:Mr|Mrs|Ms|Dr)\.|\p{Lu}\p{Ll}+(?:['’]s)?[^\S\n]+(?:\p{Lu}|\p{Ll}+(?:ed|s)\b))/u;

export function anaphorParsers(): NewsParser[] {
  return [
    newsParser(TriggerKind.unit | TriggerKind.dayPart | TriggerKind.weekday | TriggerKind.quarter, SAME, (context, m) => anaphor(context, m, m[1], 0), ['that', 'same', 'very']),
    newsParser(TriggerKind.unit | TriggerKind.dayPart | TriggerKind.weekday | TriggerKind.quarter, NEIGHBOUR, (context, m) => {
      const word = m[1].toLowerCase();
      const unit = m[2].toLowerCase();
      // "the next year", "the next week" in a future sentence mean the article date's next ones: chrono's.
      if (word === 'next' && /^(?:week|month|year|quarter)$/.test(unit)) return null;
      return anaphor(context, m, m[2], /previous|prior|preceding/.test(word) ? -1 : 1);
    }, ['previous', 'prior', 'preceding', 'following', 'next']),
    newsParser(TriggerKind.unit | TriggerKind.dayPart | TriggerKind.weekday, new RegExp(`${BEFORE_AFTER.source}|${APPOSED.source}`, 'iu'), (context, m) => {
      if (m[4]) {
        const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 32);
        return APPOSED_LINK.test(after) || SUBJECT_AFTER.test(after) ? apposed(context, m, m[4]) : null;
      }
      // "the day before Christmas", "the day before returning home": counted from an event.
      const unit = m[1].toLowerCase();
      if (m[3]) {
        const after = m[2].toLowerCase() === 'after';
        if ((m[3].toLowerCase() === 'next') !== after || !/^(?:week|month|year)$/.test(unit)) return null;
        return resultOf(context, m, {}, { kind: 'relative', unit, shift: after ? 2 : -2 });
      }
      if (/^(?:before|after)$/i.test(m[2]) && followedByWord(context.text, m.index + m[0].length)) return null;
      return anaphor(context, m, m[1], m[2].toLowerCase() === 'after' ? 1 : -1);
    }, BEFORE_AFTER_OR_APPOSED_GATE),
    newsParser(TriggerKind.unit | TriggerKind.quarter, COUNT_LATER, (context, m) => {
      const count = parseCount(m[1]);
      const unit = parseUnit(m[2]);
      const withinDay = unit === 'hour' || unit === 'minute' || unit === 'second';
      // TimeML marks "three days later" as the length of time ("three days", DURATION P3D)
      // anchored on the point it leads to, not as that point: a displacement in hours, days or
      // weeks from the story's last date. The point is still worked out, for the sidebar and
      // the hover. "A year earlier", "a month later" name the comparable period, a date.
      const displacement = withinDay || unit === 'day' || unit === 'week';
      // Hours and minutes need no count: "a few hours later" is still on the day; nor do days
      // and weeks, whose "a few days later" is a length of time that leads to no known day.
      if (!unit || (!displacement && (count === null || !['month', 'quarter', 'year', 'decade'].includes(unit)))) return null;
      // "a day before Kaine faces off", "a year after he was killed": counted from an event.
      if (/^(?:before|after)$/i.test(m[3]) && followedByWord(context.text, m.index + m[0].length)) return null;
      // "Seven decades on, ...": "on" means "later" only where the phrase ends; "a million
      // times a day on CNN", "nine minutes a day on its sites" go on to a place.
      if (/^on$/i.test(m[3]) && !/^\s*(?:[,.;:!?)]|$)/.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return null;
      const length = displacement ? durationValue(count, unit, m[2]) : undefined;
      // "shot on Friday night ... Just over an hour later, he was declared dead": the day the
      // story is on, not the article's (chrono counted the hours from the article date).
      // "Two hours earlier", "eight minutes later" after a clock time: that time moved (values/anaphorValue.ts).
      const minutes = count !== null && (unit === 'hour' || unit === 'minute') ? (/earlier|before|prior/i.test(m[3]) ? -1 : 1) * count * (unit === 'hour' ? 60 : 1) : undefined;
      if (withinDay) return anaphor(context, m, 'day', 0, false, length, false, minutes);
      if (count === null) return anaphor(context, m, unit, 0, false, length, true);
      const direction = /earlier|before|prior/i.test(m[3]) ? -1 : 1;
      return unit === 'decade'
        ? anaphor(context, m, 'year', direction * count * 10, true)
        : anaphor(context, m, unit, direction * count, !displacement, length);
    }, ['earlier', 'later', 'before', 'prior', 'afterward', ' on']),
    newsParser(TriggerKind.unit, YEAR_AGO, (context, m) => anaphor(context, m, 'year', -1, true), ['year-']),
    // "by year-end", "since year-end": a day, the year's last (TimeML's YYYY-12-31); which year's the value stage reads from "last", "next", "this" or the tense.
    newsParser(TriggerKind.unit, YEAR_END, (context, m) => {
      const word = m[0].toLowerCase();
      return resultOf(context, m, {}, { kind: 'yearEnd', shift: /^last/.test(word) ? -1 : /^next/.test(word) ? 1 : /^this/.test(word) ? 0 : undefined, possessive: /['’]s/.test(word) ? 1 : undefined });
    }, ['end']),
    newsParser(TriggerKind.unit, new RegExp(`${LATEST_PERIOD.source}|${THE_NEW_YEAR.source}`, 'iu'), (context, m) => {
      if (!m[1]) return resultOf(context, m, {}, { kind: 'relative', unit: 'year', shift: context.reference.getDateWithAdjustedTimezone().getMonth() <= 1 ? 0 : 1 });
      return resultOf(context, m, {}, { kind: 'relative', unit: m[1].toLowerCase(), shift: -1 });
    }, ['latest', 'recent', 'new']),
    newsParser(TriggerKind.unit, new RegExp(`${RELATIVE_FISCAL_YEAR.source}|${RELATIVE_FISCAL.source}|${YEAR_TO_DATE.source}`, 'iu'), (context, m) => {
      // "up 4% year to date": the article date's year, as "so far this year" is.
      if (!m[1] && !m[2]) return resultOf(context, m, {}, { kind: 'relative', unit: 'year', shift: 0 });
      const word = (m[1] ?? m[2]).toLowerCase();
      return resultOf(context, m, {}, { kind: 'relative', unit: 'year', shift: word === 'this' || word === 'current' ? 0 : word === 'next' || word === 'coming' ? 1 : -1 });
    }, ['fiscal', 'financial', 'to date', 'to-date']),
    newsParser(TriggerKind.unit, HALF_YEAR, (context, m) => {
      if (!YEAR_UP_TO.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
      return resultOf(context, m, {}, { kind: 'duration', value: 'P6M' });
    }, ['half']),
    newsParser(TriggerKind.unit, new RegExp(`${END_OF_THE_PERIOD.source}|${IN_THE_STORYS.source}`, 'iu'), (context, m) => (m[1]
      ? resultOf(context, m, {}, { kind: 'relative', unit: m[1].toLowerCase(), shift: 0 })
      : resultOf(context, m, {}, { kind: 'anaphor', unit: m[2].toLowerCase(), shift: 0, inStory: 1 })), ['of the', 'in the']),
    newsParser(TriggerKind.unit, RELATIVE_DECADE, (context, m) => {
      const word = m[1].toLowerCase();
      // "over the past decade": the ten years up to now, as "the past ten years" is, not the
      // calendar decade before this one ("the last decade" of the century).
      if (word === 'past') return resultOf(context, m, {}, { kind: 'duration', value: 'P10Y' });
      // "spend $8 billion over the next decade", "within the coming decade": the ten years from now, likewise.
      if (/next|coming/.test(word) && /\b(?:over|within|during|throughout)\s+$/i.test(context.text.slice(Math.max(0, m.index - 12), m.index))) {
        return resultOf(context, m, {}, { kind: 'duration', value: 'P10Y' });
      }
      return resultOf(context, m, {}, { kind: 'relative', unit: 'decade', shift: /this|current/.test(word) ? 0 : /next|coming/.test(word) ? 1 : -1 });
    }, ['decade']),
    newsParser(TriggerKind.reference, DECADES_AGO, (context, m) => {
      const count = parseCount(m[1]);
      if (count === null) return null;
      const years = (/^decade/i.test(m[2]) ? 10 : 100) * count;
      return resultOf(context, m, {}, { kind: 'relative', unit: 'year', shift: -years });
    }, ['ago']),
    newsParser(TriggerKind.reference, OR_SO_AGO, countAgo, ['or so ago']),
    newsParser(TriggerKind.reference | TriggerKind.unit, COMPOUND_AGO, countAgo, ['ago', 'from now', 'hence']),
    newsParser(TriggerKind.unit, NTH_DAY_OF, (context, m) => anaphor(context, m, 'day', 0), ['day of']),
    newsParser(TriggerKind.unit, THE_YEAR, (context, m) => {
      // "the current fiscal year that ..." stays this year; a bare "the year that he died" need not.
      const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 32);
      if (!m[1] && (NOT_THIS_YEAR_AFTER.test(after) || SUBJECT_AFTER.test(after))) return null;
      // "the full fiscal year 2023": the year named after it, which the year parser reads ("fiscal year 2023").
      if (YEAR_NUMBER_AFTER.test(after)) return null;
      // "the year ended March 31", British "the year to March 2023": the twelve months up to that day, a length of time.
      if (YEAR_UP_TO.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 16))) {
        return resultOf(context, m, {}, { kind: 'duration', value: 'P1Y' });
      }
      // "the year", "the full year", "the current fiscal year" in a story are the article's year.
      return resultOf(context, m, {}, { kind: 'relative', unit: 'year', shift: 0 });
    }, ['year']),
  ];
}

const YEAR_NUMBER_AFTER = /^\s+(?:1\d{3}|20\d{2})(?!\d)/;
const YEAR_UP_TO = new RegExp(`^\\s+(?:ended|ending|ends|through|to\\s+(?:${MONTH_NAME}|\\d))`);

/**
 * "two weeks or so ago", "forty-five years ago", "twenty years ago", "a fortnight ago": a
 * count of units back from the article date ("a fortnight from now": ahead). "Eighty years
 * ago this week", "50 years ago today": that week, or day, so many units back.
 */
function countAgo(context: ParsingContext, m: RegExpExecArray): ParsingResult | null {
  // "80 years ago", "a year ago" are chrono's; "80 years ago this week" is one date, the same week 80 years back.
  if (/^(?:\d+|an?|one)$/i.test(m[1] ?? '') && !m[5] && !/^fortnight/i.test(m[2]) && !/\bor\s+so\b/i.test(m[0])) return null;
  const unitWord = m[2] ?? m[4];
  const count = parseCount(m[1] ?? m[3]);
  const unit = parseUnit(unitWord);
  if (count === null || !unit) return null;
  // A decade is ten years, a fortnight two weeks.
  const times = unit === 'decade' ? 10 : /^fortnight/i.test(unitWord) ? 2 : 1;
  const direction = /\bago\b/i.test(m[0]) ? -1 : 1;
  const within = m[5] ? (/today/i.test(m[5]) ? 'day' : /week/i.test(m[5]) ? 'week' : 'month') : undefined;
  return resultOf(context, m, {}, { kind: 'relative', unit: unit === 'decade' ? 'year' : unit, shift: direction * count * times, within });
}

/**
 * `comparison`: "a year earlier", "year-ago", which compare with the period just named.
 * `length`: the TimeML duration of "three days later", anchored on the point the anaphor
 * reads; `unplaced` when the count is vague ("a few days later") and leads to no known point.
 * `minutes`: for hours and minutes, the signed count in minutes, which moves a clock time named before.
 */
function anaphor(context: ParsingContext, m: RegExpExecArray, unitWord: string, shift: number, comparison = false, length?: string, unplaced = false, minutes?: number): ParsingResult {
  const word = unitWord.toLowerCase();
  const part = partOfDayCode(word);
  const unit = part ? 'day' : word === 'weekend' ? 'weekend' : word;
  return resultOf(context, m, {}, { kind: 'anaphor', unit, shift, part, comparison: comparison ? 1 : undefined, length, unplaced: unplaced ? 1 : undefined, minutes });
}

/**
 * What ties an APPOSED phrase to what follows when no named subject does: "before", "after",
 * "of", "when", or a relative clause opened by its subject's article ("the day the markets fell").
 */
const APPOSED_LINK = /^[^\S\n]+(?:before|after|of|when|the|a|an|his|her|its|their)\b/i;

/** A phrase set after a date (APPOSED), naming it again: the value stage reads the date. */
function apposed(context: ParsingContext, m: RegExpExecArray, unitWord: string): ParsingResult | null {
  const word = unitWord.toLowerCase();
  if (word === 'quarter') return null;
  const part = partOfDayCode(word);
  return resultOf(context, m, {}, { kind: 'anaphor', unit: part ? 'day' : word, shift: 0, part, apposed: 1 });
}

/** "before" or "after" with a word after it is a preposition: "the day before the vote". At a clause end it means "earlier". */
function followedByWord(text: string, end: number): boolean {
  return /^[ \t]+[\p{L}\p{N}$]/u.test(text.slice(end, end + 3));
}
