import { type NewsParser, newsParser, resultOf } from './newsParser';
import { TriggerKind } from '../dateTriggers';

// TimeML's references to the present, past and future, which have no calendar value:
// "currently", "the current …", "at this (critical) moment", "to this day" (PRESENT_REF), "recently", "in recent years", "years
// ago" (PAST_REF), "the future", "the coming months", "at a later date" (FUTURE_REF). chrono reads "now"
// itself; the value stage maps it to PRESENT_REF.
//
// "the then current price", "the then-current chairman": current at a time gone by,
// so PAST_REF.
//
// "in coming weeks" without "the" is FUTURE_REF too; not "coming weeks after a wet autumn",
// where "coming" is the verb and the weeks a length of time.
//
// "soon" is FUTURE_REF where it looks ahead ("will soon", "may soon seek"); in a past
// clause ("was soon released") it is no reference and the value stage drops it.
//
// Left out on purpose: "previously", "future" as an adjective,
// which TimeML corpora mark only now and then; and "current" in "current account",
// "electric current", where it is not about time.

const PRESENT = /(currently|presently|nowadays|at present|these days|at the moment|at this time|(?<=\bat\s)this\s+(?:\p{Ll}+\s+)?moment(?!s)|(?<!\bin\s)current(?!\s+(?:account|accounts|affairs|events|flows?|density|speed|of|and|carrying|(?:fiscal\s+|financial\s+|calendar\s+)?(?:year|month|week|quarter|decade|century))\b))(?![\p{L}-])/iu;

// Not "as recently as 2018": the date after it is the time; "recently" only says how near it is
// ("became aggressive recently as Sanders won", "most recently as senior adviser" stay).
const PAST = /(then[\s-]+current|past\s+(?:years|decades|months|weeks|centuries)|recent\s+(?:years|months|weeks|days|times|decades|history)|(?:most\s+)?(?<!\b[Aa]s\s)recently|lately|recent(?!\s+(?:years|months|weeks|days|times|decades|history)\b)|the\s+past(?!\s+(?:\d|few|several|many|couple|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|year|month|week|day|hour|minute|decade|century|quarter|weekend|night|fortnight|summer|winter|spring|fall|autumn|season)\w*)|(?:many|several|some|a few|few|long|years|months|decades|weeks)\s+(?:years\s+|months\s+|decades\s+|weeks\s+)?ago)(?![\p{L}-])/iu;

const FUTURE = /(the\s+(?:(?:near|distant|foreseeable|immediate)\s+)?future|(?:a|some)\s+(?:later|future)\s+date|the\s+(?:near|short)\s+term|the\s+(?:coming|upcoming)\s+(?:days|weeks|months|years|decades|quarters)|(?:coming|upcoming)\s+(?:days|weeks|months|years|decades|quarters)(?!\s+(?:after|before|since)\b)|the\s+(?:days|weeks|months|years)\s+(?:ahead|to come))(?![\p{L}-])/iu;

// "still hosts a boxing class to this day": until now, not the article's calendar day.
const TO_THIS_DAY = /(?<=\bto\s)this\s+(?:very\s+)?day(?![\p{L}'’-])/iu;

// Not "as soon as", "how soon", "soon after" (a relation between events), "soon-to-be".
const SOON = /(?<!\b(?:as|how|too|so)\s)soon(?!\s+(?:after|afterwards?|before|as|thereafter|to be)\b)(?![\p{L}-])/iu;

/**
 * "the Future Investment Initiative", "Back to the Future", "the Current Affairs Unit": a
 * reference word capitalised inside a sentence is part of a name or a title, not a time.
 * A sentence's first word and a text in capitals say nothing by their case.
 */
function insideName(text: string, match: RegExpExecArray): boolean {
  const words = match[0];
  if (words === words.toUpperCase()) return false;
  for (const w of words.matchAll(/\p{Lu}/gu)) {
    const at = match.index + (w.index ?? 0);
    if (at > 0 && /\p{L}/u.test(text[at - 1])) continue; // not a word's first letter
    if (!opensSentence(text, at)) return true;
  }
  return false;
}

function opensSentence(text: string, at: number): boolean {
  return /(?:^|[.!?:;"“”‘’'(\n•*–—-]\s*)$/u.test(text.slice(Math.max(0, at - 4), at));
}

/** A parser for a reference, unless its words are a name's ("the Future Investment Initiative"). */
function referenceParser(pattern: RegExp, value: string, needs: readonly string[], unlessPast?: 1): NewsParser {
  return newsParser(TriggerKind.reference, pattern, (context, m) => (insideName(context.text, m) ? null : resultOf(context, m, {}, { kind: 'reference', value, unlessPast })), needs);
}

export function referenceParsers(): NewsParser[] {
  return [
    referenceParser(SOON, 'FUTURE_REF', ['soon'], 1),
    referenceParser(FUTURE, 'FUTURE_REF', ['future', 'term', 'coming', 'ahead', 'to come', 'later date']),
    referenceParser(PAST, 'PAST_REF', ['recent', 'lately', 'past', 'ago', 'current']),
    newsParser(TriggerKind.unit, TO_THIS_DAY, (context, m) => resultOf(context, m, {}, { kind: 'reference', value: 'PRESENT_REF' }), ['this day', 'this very day']),
    referenceParser(PRESENT, 'PRESENT_REF', ['current', 'presently', 'nowadays', 'present', 'these days', 'moment']),
  ];
}
