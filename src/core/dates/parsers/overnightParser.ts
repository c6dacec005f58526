import { TriggerKind } from '../dateTriggers';
import { type NewsParser, newsParser, resultOf } from './newsParser';

// "More heavy rain is forecast overnight", "temperatures falling to minus 5C overnight in rural
// areas", "Gusts of 98mph were recorded at Stornoway overnight": the adverb names a night, the
// coming one in a forecast, the one just gone in a report (values/overnight.ts reads which by the
// clause's tense). As an adjective before its noun ("in overnight trading", "an overnight stay",
// "overnight losses") it names the kind of thing, not one night, and is left alone; so is
// "overnight" beside a day's name ("Friday overnight"), the night of that day, which chrono reads
// with the day; "overnight into Sunday" is OVERNIGHT_INTO's.
const OVERNIGHT = /(?<!(?:day|night|tonight)\s+)overnight(?![\p{L}\p{N}'’-])(?!\s+(?:(?:in)?to|on|until|till)\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|weekend|\d))(?=\s*(?:$|[.,;:!?)\n—–]|\s-\s|(?:in|on|at|into|to|and|or|but|with|as|across|before|after|from|until|till|while|when|then|if|for|over|under|amid|there|here)\b))/iu;

/**
 * "It will not happen overnight", "the town was transformed almost overnight", "became a star
 * overnight": "suddenly", not a night. Read in the clause before the word (back to a
 * sentence's or a clause's mark).
 */
const FIGURATIVE_BEFORE = /(?:\b(?:not|never|cannot|no|nothing)\b|n['’]t\b)[^.;:!?,\n]*$|\b(?:happen(?:s|ed|ing)?|chang(?:e|es|ed|ing)|disappear(?:s|ed|ing)?|vanish(?:es|ed|ing)?|transform(?:s|ed|ing)?|bec(?:ame|ome|omes|oming)|fix(?:es|ed)?|solv(?:e|es|ed)|turn(?:s|ed)?\s+around|evaporat(?:e|es|ed)|almost|virtually|practically|seemingly|literally|nearly|all\s+but|rich|famous|stars?|sensations?)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

const WEEKDAY = '(sun|mon|tues|wednes|thurs|fri|satur)day';
/**
 * "Rain will spread overnight into Sunday", "snow overnight Saturday into Sunday morning": the
 * night that ends on the day named after "into", dated (as TimeML dates a night) by the day
 * before it. A weekday before "into" is the night's own day and part of the phrase.
 */
const OVERNIGHT_INTO = new RegExp(`overnight\\s+(?:(?:on\\s+|from\\s+)?${WEEKDAY}\\s+)?into\\s+${WEEKDAY}(?:\\s+morning)?(?![\\p{L}\\p{N}'’-])`, 'iu');
const WEEKDAY_NUMBER: Record<string, number> = { sun: 0, mon: 1, tues: 2, wednes: 3, thurs: 4, fri: 5, satur: 6 };

/** Ungated (NewsChrono holds 62 gated parsers at most): they run only on windows with a part of the day. */
export function overnightParsers(): NewsParser[] {
  return [
    newsParser(TriggerKind.dayPart, OVERNIGHT_INTO, (context, m) => resultOf(context, m, {}, { kind: 'overnight', into: WEEKDAY_NUMBER[m[2].toLowerCase()] })),
    newsParser(TriggerKind.dayPart, OVERNIGHT, (context, m) => (FIGURATIVE_BEFORE.test(context.text.slice(Math.max(0, m.index - 80), m.index)) ? null : resultOf(context, m, {}, { kind: 'overnight' }))),
  ];
}
