import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { newsKindOf } from '../parsers/newsParser';

// chrono reads many ordinary words of news as dates: a month that is a name or a verb
// ("May said", "March Madness", "they march"), a part of the day inside a name ("South
// China Morning Post", "Good Morning America", "USA Today"), "now" as a conjunction
// ("now that"), a bare number ("at 10", "7 to 2"), "the last day" of something. Each
// rule below removes one kind; the filter runs before chrono's overlap removal so that
// a wrongly read date cannot hide a good one.

type Rule = (text: string, index: number, phrase: string, result: ParsingResult) => boolean;

const MONTH_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const WEEKDAY_ABBREVIATION = /^(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?$/i;
/** Words before a month that make it a month: "in May", "since March", "early August". */
const MONTH_CONTEXT_BEFORE = /\b(?:in|since|until|till|by|during|through|throughout|from|to|of|before|after|early|late|mid|last|next|this|that|each|every|between|and|or|around|about|on|for|into|as of|starting|beginning|ending|ended|end)\s*-?$/i;
/** Months that are also given names. */
const GIVEN_NAME_MONTH = /^(?:april|may|june|july|august)$/i;
const CASUAL_WORD = /^(?:today|tomorrow|yesterday|tonight|now|morning|afternoon|evening|night|midnight|noon|midday)$/i;

/** A month name standing alone: lowercase, or a name ("May said", "Theresa May", "April Ryan"). */
export const monthAsWord: Rule = (text, index, phrase) => {
  const lead = /^(?:in|on)\s+/i.exec(phrase)?.[0].length ?? 0;
  // chrono takes "March of" (for "March of 2023") and "May," (for "May, 2023"): the month is the word before "of" or the comma.
  const word = phrase.slice(lead).replace(/\s+of$/i, '').replace(/,$/, '');
  const wordEnd = index + lead + word.length;
  if (!MONTH_WORD.test(word)) return false;
  if (word[0] === word[0].toLowerCase() && !isAllCaps(text, index)) return true;
  // An abbreviation needs its dot or a number after it: "Mar-a-Lago", "Jan Smith".
  if (/^[a-z]{3,4}$/i.test(word) && !/^(?:may|june|july)$/i.test(word)) return true;
  const before = text.slice(Math.max(0, index - 24), index);
  if (MONTH_CONTEXT_BEFORE.test(before)) return false;
  const after = text.slice(wordEnd, wordEnd + 24);
  // "the May budget", "the May local elections", "the May figures": a month that dates an event
  // or a set of figures, as "the March budget" does ("the May government" is Theresa May's);
  // so after any article or possessive and an adjective of its own: "a possible May election",
  // "a snap May poll", "its May meeting" (a surname has no article: "Theresa May").
  if (/^may$/i.test(word)) return !(MAY_EVENT_BEFORE.test(before) && MAY_EVENT_AFTER.test(after));
  // "April's", "June's" may be a woman's; "December's figures" is the month's.
  if (/^\s+\p{Lu}/u.test(after) || (/^\s*['’]s\b/.test(after) && GIVEN_NAME_MONTH.test(word))) return true;
  // "the March for Life", "the March of Dimes", "March on Washington": an event's name.
  if (/^\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}/u.test(after)) return true;
  // "Florida's March primary": after a possessive the month is the thing's, not a surname.
  return endsWithCapitalisedWord(before) && !/['’]s\s+$/.test(before) && !isSentenceStart(text, index);
};

/** An article or a possessive, and at most one lowercase adjective, before "May" of an event: "the", "a possible", "its", "the governor's". */
const MAY_EVENT_BEFORE = /(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)|\p{L}['’]s)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?$/u;
/** Nouns of events and figures that a month names ("the May budget"), after which "May" is the month. */
const MAY_EVENT_AFTER = /^\s+(?:(?:local|general|state|federal|council|mayoral|jobs|inflation|trade|retail|sales)\s+)?(?:budget|elections?|polls?|vote|referendum|primary|primaries|meeting|summit|conference|convention|congress|session|sitting|talks|deadline|figures|data|numbers|report|reading|survey|statement|forecast|auction|review)\b/i;

/** "Sat", "Sun", "Wed" without a dot: "The Sun", "sat down", "Wed to". */
export const weekdayAbbreviationAsWord: Rule = (text, index, phrase) => {
  const word = phrase.replace(/^(?:on|,)\s*/i, '').replace(/[,)]$/, '');
  if (!WEEKDAY_ABBREVIATION.test(word)) return false;
  return !word.endsWith('.') && text[index + phrase.length] !== '.';
};

/** A part of the day alone ("morning") is a time only with a day ("Friday morning", "this morning") or after a preposition. */
export const bareDayPart: Rule = (text, index, phrase) => {
  if (!/^(?:the\s+)?(?:morning|afternoon|evening|night)$/i.test(phrase.trim())) return false;
  // "by mid-afternoon", "met in the morning with ...": a time of the day the story is on
  // (a clock time's day, values/clockDay.ts); "the morning newspaper", "in the evening news" name a thing.
  const before = text.slice(Math.max(0, index - 24), index);
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(index + phrase.length, index + phrase.length + 16))?.[1];
  return !(DAY_PART_PREPOSITION.test(before) && (next === undefined || NO_NOUN_STARTS.has(next)));
};
const DAY_PART_PREPOSITION = /\b(?:in|during|by|until|through|early|late)\s+(?:the\s+)?(?:(?:mid|early|late)[- ]?)?$/i;
/** Words after a part of the day that show it is not a noun's modifier ("in the morning with Abe"). */
const NO_NOUN_STARTS = new Set([
  'to', 'and', 'or', 'but', 'of', 'on', 'in', 'at', 'for', 'with', 'from', 'by', 'as', 'when', 'while', 'before', 'after', 'until', 'since',
  'the', 'a', 'an', 'that', 'there', 'then', 'so', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our',
  'was', 'were', 'is', 'are', 'had', 'has', 'have', 'will', 'would',
]);

/** "Today", "Morning", "Tonight" inside a name: a capitalised word next to it mid-sentence. */
export const casualWordInName: Rule = (text, index, phrase) => {
  const word = phrase.trim();
  if (!CASUAL_WORD.test(word) || word[0] === word[0].toLowerCase()) return false;
  if (isAllCaps(text, index) && word === word.toUpperCase() && word.length > 1) return false;
  const before = text.slice(Math.max(0, index - 24), index);
  const after = text.slice(index + phrase.length, index + phrase.length + 24);
  if (word === word.toUpperCase() && word.length > 1) return true; // "USA TODAY", "NOW" (the organisation) in normal text
  if (/^\s+(?:Show|Post|America|Programme|Program|News|Magazine|Edition|Herald|Star|Call|Journal)\b/.test(after)) return true;
  // "on the Today programme" (BBC Radio 4), "the Today show", "Radio 4's Today programme": a title before the lowercase noun.
  if (/(?:\bthe|['’]s)\s+$/i.test(before) && /^\s+(?:programme|program|show|podcast)\b/.test(after)) return true;
  // "joins ''Today'' as an anchor", "on “Today.”": a capitalised word alone in quotation marks is a title.
  if (/(?:''|["“‘])$/.test(before) && /^[,.!?]?(?:''|["”’])(?!s\b)/.test(after)) return true;
  return endsWithCapitalisedWord(before) && !isSentenceStart(text, index);
};

/** "now-defunct", "now and then", and "Now," opening a sentence as a discourse marker. */
export const nowNotATime: Rule = (text, index, phrase) => {
  if (!/^now$/i.test(phrase.trim())) return false;
  const after = text.slice(index + phrase.length, index + phrase.length + 12);
  const before = text.slice(Math.max(0, index - 6), index);
  if (/^-/.test(after) || /-$/.test(before) || /^\s+and\s+(?:then|again)\b/i.test(after)) return true;
  if (!isSentenceStart(text, index)) return false;
  return /^,/.test(after) || isHandover(text.slice(index + phrase.length, index + phrase.length + HANDOVER_READ));
};

/** How far after "Now" a broadcast's handover is read: "for today's geography quiz." */
const HANDOVER_READ = 60;

/**
 * "Now for the weather.", "Now over to Jim in Washington.", "Now to sport.": a presenter turning
 * to the next item, a short sentence with no verb; not "Now for the first time, …" or "Now to
 * win the league, they must …", which go on to a clause of their own.
 */
function isHandover(after: string): boolean {
  const m = /^\s+(?:for|to|over\s+to|back\s+to|on\s+to)\s+([^.!?:;,\n]*)[.!?:]/i.exec(after);
  return m !== null && !/\bfirst\s+time\b/i.test(m[1]) && m[1].trim().split(/\s+/).length <= 5 && !/^(?:be|get|win|make|take|do|have|see|say)\b/i.test(m[1]);
}

/**
 * What makes a number a clock time: "5 p.m.", "10 o'clock", "10:30", "9 in the morning". A
 * clock time that has none of these is dropped (bareNumberAsTime), so chrono's time parser
 * need not run on a text that has none of them anywhere (chronoParserGates.ts).
 */
export const CLOCK_WORDS = /[ap]\.?\s?m\b|o['’]?clock|noon|midnight|midday|:\d\d|\b(?:morning|afternoon|evening|night|tonight)\b/i;

/**
 * "today's youth", "in today's world", "many of today's computers", "the leaders of
 * tomorrow": the present or the future in general, said of a kind of people or things,
 * not the day the story is on or the day after it. Tied to a day's own things ("today's
 * vote", "tomorrow's hearing", "today's editions") the word stays a date.
 */
export const genericTodayOrTomorrow: Rule = (text, index, phrase) => {
  const word = /^\s*(today|tomorrow)$/i.exec(phrase)?.[1];
  if (!word) return false;
  const end = index + phrase.length;
  // Not "today's women's final", "today's military parade": the kind names what the day holds.
  const possessive = /^['’]s\s+(\p{L}+)(?!\p{L}|['’]|\s+(?:parade|rally|march|report|final|race|game|match|show|meeting|summit|vote)\b)/u.exec(text.slice(end, end + 40));
  const before = text.slice(Math.max(0, index - 24), index);
  if (possessive) return GENERIC_OF_AN_ERA.has(possessive[1].toLowerCase()) || /\b(?:many|most|some|all|few|much)\s+of\s+$/i.test(before);
  if (/^['’]s\b/.test(text.slice(end, end + 3))) return false;
  const owner = /(\p{L}+)\s+of\s+$/u.exec(before)?.[1];
  return owner !== undefined && GENERIC_OF_AN_ERA.has(owner.toLowerCase());
};
/** Kinds of people and things that an era has: "today's X", "the X of tomorrow" speak of the times, not of a day. */
const GENERIC_OF_AN_ERA = new Set([
  'world', 'society', 'societies', 'youth', 'young', 'youngsters', 'generation', 'generations', 'kids', 'children', 'teens', 'teenagers',
  'students', 'parents', 'families', 'women', 'men', 'people', 'americans', 'electorate', 'politics', 'politicians', 'climate',
  'culture', 'economy', 'era', 'age', 'standards', 'dollars', 'democrats', 'republicans', 'conservatives', 'liberals',
  'technology', 'technologies', 'life', 'lives', 'workforce', 'workers', 'leaders', 'marketplace', 'consumers',
  'computers', 'cars', 'cities', 'schools', 'refugees', 'heroes', 'citizens',
]);

/**
 * "high noon comes today", "it is high noon for the party": the hour of a showdown, a
 * figure of speech; after "at", "for", "by", "until" it is still twelve o'clock.
 */
export const highNoonAsFigure: Rule = (text, index, phrase) =>
  /^\s*noon$/i.test(phrase) && /\bhigh\s+$/i.test(text.slice(Math.max(0, index - 6), index))
  && !/\b(?:at|for|by|until|till|before|after|around|from|to)\s+high\s+$/i.test(text.slice(Math.max(0, index - 16), index));

/** A bare number read as a clock time: "at 10", "from 9", "7 to 2", "$300 a barrel". */
export const bareNumberAsTime: Rule = (_text, _index, phrase, result) => {
  if (!result.start.isCertain('hour')) return false;
  if (result.start.isCertain('day') || result.start.isCertain('weekday') || result.start.isCertain('month')) return false;
  return !CLOCK_WORDS.test(phrase);
};

/** A month and day written with a slash but no year: a fraction ("1/8"), a score or "24/7". */
export const slashWithoutYear: Rule = (text, index, phrase) => {
  if (!/^\d{1,2}\/\d{1,2}$/.test(phrase.trim())) return false;
  if (phrase.trim() === '9/11') return false;
  return !/\b(?:on|since|by|until|before|after|from|through)\s+$/i.test(text.slice(Math.max(0, index - 10), index));
};

/** "the last day", "his last day", "at the last minute": the final one of something, not yesterday. */
export const lastOfSomething: Rule = (text, index, phrase) =>
  /^(?:the\s+)?(?:last|past|next)\s+(?:day|hour|minute|second)$/i.test(phrase.trim())
  || (/^the\s+(?:last|next)\s+night$/i.test(phrase.trim()) && /^\s+of\b/.test(text.slice(index + phrase.length, index + phrase.length + 4)));

/** chrono's "for 99 years", "in the days", "in the hours after the attack", "in the quarter" (read as three months on): a length of time or a period named by our parsers. */
export const forDurationAsDate: Rule = (_text, _index, phrase) =>
  /^(?:for|over)\s/i.test(phrase.trim()) || /^(?:in|within|for|during)\s+(?:the|a)\s+(?:minutes?|hours?|days?|weeks?|months?|quarters?|years?)$/i.test(phrase.trim());

/**
 * "cover the 900 km journey in about four hours", "finished the marathon in 2 hours": how long a
 * journey or a task took (the duration parser's "about four hours"), not a time that far ahead of
 * the article date. Only after a journey's noun, or a verb of covering or finishing with at most
 * five words between: "the vote closes in four hours" stays a time ahead.
 */
export const tookInAsDate: Rule = (text, index, phrase) =>
  /^in\s/i.test(phrase) && TOOK_BEFORE.test(text.slice(Math.max(0, index - 60), index));
const TOOK_BEFORE = /(?:\b(?:journey|trip|distance|route|race|marathon|course|lap|crossing|km|kilometres|kilometers|miles|metres|meters)|\b(?:cover(?:s|ed|ing)?|complet(?:e|es|ed|ing)|finish(?:es|ed|ing)?)(?:\s+[\p{L}\d,'’-]+){0,5})\s+$/iu;

/** "the weeks before", "the day before the vote": counted from an event, not from a date. */
export const beforeAnEvent: Rule = (text, index, phrase) => {
  const p = phrase.trim();
  if (/^(?:the\s+)?(?:days|weeks|months|years)\s+(?:before|after|earlier|later|ago)$/i.test(p)) return true;
  if (!/\b(?:before|after)$/i.test(p)) return false;
  return /^[ \t]+[\p{L}\p{N}$]/u.test(text.slice(index + phrase.length, index + phrase.length + 3));
};

/** "ABC's \"This Week\"", "Next Year in Jerusalem", "CBS This Morning": a capitalised unit inside a sentence is a title. */
export const titleCaseRelative: Rule = (text, index, phrase) =>
  /^(?:(?:This|Last|Next) (?:Week|Month|Year)|This (?:Morning|Afternoon|Evening))$/.test(phrase.trim()) && !isAllCaps(text, index) && !isSentenceStart(text, index + phrase.indexOf(phrase.trim()) + 5);

/** chrono reading a relative date with no unit in it ("in half and"). */
export const relativeWithoutUnit: Rule = (_text, _index, phrase, result) =>
  result.start.tags().has('result/relativeDate') && !/\b(?:sec|min|hour|hr|day|week|fortnight|month|quarter|year|yr|decade|centur)/i.test(phrase);

/**
 * "Fox News Sunday", "Saturday Night Live", "Monday Night Football": a weekday inside a
 * title; British and Irish papers ("the Sunday Mirror", "the Mail on Sunday", "the Sun on Sunday", "the
 * Sunday Independent"; not "Scotland on Sunday", as likely a place and a day); "Bloody
 * Sunday", "Black Monday", "Black Wednesday" and the "Good Friday Agreement", named after a day
 * long past (not "Black Friday", the sales' day, a holiday of holidayParser.ts). Not "told Fox
 * News on Sunday": the day the network was told.
 */
export const weekdayInTitle: Rule = (text, index, phrase) => {
  const weekday = /^((?:on\s+)?)(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/.exec(phrase.trim());
  if (!weekday) return false;
  const upToWeekday = text.slice(Math.max(0, index - 16), index + phrase.length - phrase.trimStart().length + weekday[1].length);
  const after = text.slice(index + phrase.length, index + phrase.length + 14);
  const sunday = /Sunday/.test(weekday[0]);
  return /\bNews\s+$/.test(upToWeekday) || (sunday && /\bBloody\s+$|\b(?:Mail|Independent|Sun)\s+on\s+$/.test(upToWeekday))
    // "the Black Monday crash of 1987", "Black Wednesday" (1992): a market's day long past, by name.
    || (!/Friday/.test(weekday[0]) && /\bBlack\s+$/.test(upToWeekday))
    || (/\bGood\s+$/.test(upToWeekday) && /^\s+Agreement\b/.test(after))
    || /^\s+(?:Night|Morning|Evening|Times|Post|Herald|Telegraph|Express|Mail|Mirror|People|Independent|World|Business|Tribune|Sport)\b/.test(after)
    || /\s(?:Night|Morning)$/.test(phrase);
};

/**
 * "this second bankruptcy", "that second term", "scored in the second half", "in a second-floor
 * room": an ordinal before a noun, not a moment (chrono read "in the second half" as half a
 * second ahead).
 */
export const secondAsOrdinal: Rule = (text, index, phrase) =>
  (/^(?:this|that)\s+second$/i.test(phrase.trim()) && /^\s+\p{Ll}/u.test(text.slice(index + phrase.length, index + phrase.length + 3)))
  || /^(?:in\s+)?the\s+second\s+\p{Ll}+/iu.test(phrase.trim())
  // "the first debate drew 64 million; the second, two weeks later, drew fewer": the second of them.
  || /^(?:in\s+)?the\s+second\s*[,;:—–]/iu.test(phrase.trim())
  // "in a second-floor room", "in a second round", "for a second term": "a second" before a noun or a hyphen is the ordinal ("back in a second or two" is not).
  || (/^(?:(?:in|within|for|after)\s+)?an?\s+second$/i.test(phrase.trim()) && SECOND_BEFORE_NOUN.test(text.slice(index + phrase.length, index + phrase.length + 12)));

/** After "a second": a hyphen and a word, or a lower-case word that goes on with no time ("or two", "later", "ago" do). */
const SECOND_BEFORE_NOUN = /^(?:-\p{L}|\s+(?!(?:or|and|later|earlier|ago|before|after|too|more|longer|of|to)\b)\p{Ll})/u;

/** "Seventy-four years ago": the end of a hyphenated number is not a count of its own. */
export const partOfCompound: Rule = (text, index) =>
  /(?:\d|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)-$/i.test(text.slice(Math.max(0, index - 8), index));

/**
 * "I never thought I'd see this day", "This day, in the history of our relations": "this day"
 * alone is the moment spoken of, not a calendar day (chrono read it as the article's day, and
 * no value could be given). "to this day" is its own parser's (PRESENT_REF) and is not dropped here.
 */
export const thisDayAsDeixis: Rule = (_text, _index, phrase) => /^this\s+day$/i.test(phrase.trim());

/** "you said this 30 years ago": "this" is the object, the date is "30 years ago" (chrono read "this 30 years" as thirty years ahead). */
export const thisBeforeAgo: Rule = (text, index, phrase) =>
  /^this\s/i.test(phrase.trim()) && /^\s+ago\b/i.test(text.slice(index + phrase.length, index + phrase.length + 5));

/**
 * "Romans 8:31", "(Ephesians 5:11)": chapter and verse after a book's name, not a clock time.
 * A verse is never written with a leading zero, and the book's name is on the same line
 * ("Chelsea" ending the line before "15:00 – Liverpool v Everton" in a list of fixtures is none).
 */
export const chapterAndVerse: Rule = (text, index, phrase) => {
  if (!/^\d{1,3}:[1-9]\d{0,2}$/.test(phrase.trim())) return false;
  const word = /(\p{Lu}\p{Ll}+)[^\S\n]+$/u.exec(text.slice(Math.max(0, index - 20), index))?.[1];
  return word !== undefined && !NOT_A_BOOK.test(word);
};
/** Capitalised words a clock time may follow: a weekday, a month, a sentence-opening preposition. */
const NOT_A_BOOK = /^(?:At|By|Until|Till|From|Before|After|Around|About|Since|Today|Tonight|Tomorrow|Yesterday|Noon|Midnight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)$/;

/**
 * "-- around 22 weeks of pregnancy", "May 2013 - four months after": chrono reads a dash
 * before a count as "minus", a date that many units back; the dash is punctuation.
 */
export const dashAsMinus: Rule = (_text, _index, phrase, result) =>
  result.start.tags().has('result/relativeDate') && /(?:^|\s)[-–—]\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?(?:\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten|few|several)/i.test(phrase);

/** "the 1963 March on Washington": the year of an event named after a month. */
export const yearOfMarchEvent: Rule = (text, index, phrase) =>
  /^\d{4}\s+March$/.test(phrase.trim()) && /^\s+(?:on|of|for|to)\s+\p{Lu}/u.test(text.slice(index + phrase.length, index + phrase.length + 12));

/** "the discussion starts at the 15:20 mark": a point in a recording, not a clock time. */
export const recordingMark: Rule = (text, index, phrase) =>
  /^\d{1,2}:\d\d$/.test(phrase.trim()) && /^\s+mark\b/i.test(text.slice(index + phrase.length, index + phrase.length + 6));

/**
 * "won the 5,000m in 14:05", "the winner clocked 2:05:41", "a time of 3:45.21": a race
 * time in a sports report, a length of minutes and seconds, not a clock time. A clock
 * time is "at" 14:05; "in" or "clocked" before bare digits never is one.
 */
export const raceTime: Rule = (text, index, phrase) =>
  /^\d{1,2}:\d\d(?::\d\d)?(?:\.\d+)?$/.test(phrase.trim())
  && /\b(?:in|clocked|clocking|(?:a|winning|personal|best|record)\s+(?:time|best|record)\s+of|record\s+of)\s+$/i.test(text.slice(Math.max(0, index - 24), index));

/**
 * "a field goal with 1:12 to play", "scored with 4:05 left", "0:38 remaining": a game clock
 * in a sports report, the time left in a period, not a clock time.
 */
export const gameClock: Rule = (text, index, phrase) =>
  /^\d{1,2}:\d\d(?:\.\d+)?$/.test(phrase.trim())
  && /^\s+(?:to\s+(?:play|go)|left|remaining)\b/i.test(text.slice(index + phrase.length, index + phrase.length + 14));

const DIGITS = '0123456789';

/** A month and a number after its comma: "5 Dec, 7.30pm" was read as 7 December. */
const MONTH_COMMA_NUMBER = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,\s*\d{1,2}$/i;
/** A clock time's minutes or its "am"/"pm" right after the number. */
const CLOCK_REST = /^(?:[.:]\d\d(?!\d)|\s*[ap]\.?m\b)/i;

/** "Sat 5 Dec, 7.30pm", "Saturday 5 December, 19:30": the number after the month's comma is the hour, the day came before the month. */
function clockHourAsDay(text: string, index: number, phrase: string): boolean {
  return MONTH_COMMA_NUMBER.test(phrase.trim()) && CLOCK_REST.test(text.slice(index + phrase.length, index + phrase.length + 6));
}

/**
 * Each rule with the characters that can open a phrase it drops (the phrase without white
 * space around it; read off the rule's own pattern, both cases where it ignores case), or
 * none when any phrase may be dropped. Most of chrono's results are kept, so every rule ran
 * on nearly every result, each with its own patterns; a rule whose first characters
 * exclude the phrase's cannot drop it and is passed over (filterWith).
 */
export const FALSE_POSITIVE_RULES: ReadonlyArray<FilterRule> = [
  ['this-before-ago', thisBeforeAgo, 'tT'],
  ['this-day-as-deixis', thisDayAsDeixis, 'tT'],
  ['dash-as-minus', dashAsMinus],
  ['year-of-march-event', yearOfMarchEvent, DIGITS],
  ['recording-mark', recordingMark, DIGITS],
  ['race-time', raceTime, DIGITS],
  ['game-clock', gameClock, DIGITS],
  ['chapter-and-verse', chapterAndVerse, DIGITS],
  ['weekday-in-title', weekdayInTitle, 'oMTWFS'],
  ['part-of-compound', partOfCompound],
  // "in"/"on" before the month, or the month itself; a phrase opening with white space is no month word.
  ['month-as-word', monthAsWord, 'iIoOjJfFmMaAsSnNdD'],
  // "on" or a comma before the weekday, or the weekday itself.
  ['weekday-abbreviation', weekdayAbbreviationAsWord, ',oOmMtTwWfFsS'],
  ['casual-word-in-name', casualWordInName, 'tTyYnNmMaAeE'],
  ['now-not-a-time', nowNotATime, 'nN'],
  ['generic-today-or-tomorrow', genericTodayOrTomorrow, 'tT'],
  ['high-noon-as-figure', highNoonAsFigure, 'nN'],
  ['bare-number', bareNumberAsTime],
  ['slash-without-year', slashWithoutYear, DIGITS],
  ['last-of-something', lastOfSomething, 'tTlLpPnN'],
  ['for-duration', forDurationAsDate, 'fFoOiIwWdD'],
  ['took-in', tookInAsDate, 'iI'],
  ['before-an-event', beforeAnEvent],
  ['title-case-relative', titleCaseRelative, 'TLN'],
  ['relative-without-unit', relativeWithoutUnit],
  ['second-as-ordinal', secondAsOrdinal, 'tTiIaAwWfF'],
  ['clock-hour-as-day', clockHourAsDay, 'jJfFmMaAsSoOnNdD'],
];

/** Runs first: a misread word must not hide or join a real date. */
export const falsePositiveFilter: Refiner = filterWith(FALSE_POSITIVE_RULES);

/** Runs last: a part of the day counts once chrono has had the chance to join it to its day ("Friday night"). */
export const lonePartOfDayFilter: Refiner = filterWith([['bare-day-part', bareDayPart]]);

/** Tag of a month name this filter looked at and kept ("last May"), so that stricter filters later keep it too. */
export const VOUCHED_TAG = 'news/vouched=1';

/** A rule by name, and the characters that can open a phrase it drops (all when not given). */
type FilterRule = readonly [name: string, rule: Rule, firsts?: string];

function filterWith(rules: ReadonlyArray<FilterRule>): Refiner {
  if (rules.length > 31) throw new Error(`${rules.length} rules: a mask holds 31`);
  // For each first character below 128, the rules (as bits) that can drop a phrase it opens;
  // `anyFirst`, those that can whatever opens it.
  const byFirst = new Int32Array(128);
  let anyFirst = 0;
  rules.forEach(([, , firsts], i) => {
    if (firsts === undefined) anyFirst |= 1 << i;
    for (let c = 0; c < 128; c++) if (firsts === undefined || firsts.includes(String.fromCharCode(c))) byFirst[c] |= 1 << i;
  });
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      const kept: ParsingResult[] = [];
      for (const r of results) if (!misread(rules, byFirst, anyFirst, context.text, r)) kept.push(r);
      return kept;
    },
  };
}

/** Whether one of `rules` drops the result; a month name none drops is vouched for. */
function misread(rules: ReadonlyArray<FilterRule>, byFirst: Int32Array, anyFirst: number, text: string, r: ParsingResult): boolean {
  if (newsKindOf(r.start)) return false; // our own parsers check their context themselves
  const first = r.text.trimStart().charCodeAt(0);
  const open = first < 128 ? byFirst[first] : anyFirst;
  for (let i = 0; i < rules.length; i++) if ((open & (1 << i)) !== 0 && rules[i][1](text, r.index, r.text, r)) return true;
  if (MONTH_WORD.test(r.text.trim())) r.addTag(VOUCHED_TAG);
  return false;
}

function endsWithCapitalisedWord(before: string): boolean {
  return /\p{Lu}[\p{L}.'’-]*\s+$/u.test(before) && !/\b(?:In|On|Since|Until|By|During|From|Through|Before|After|Early|Late|Last|Next|This|Each|Every|Between|And|Or|For|Of|The|Mid)\s+$/.test(before);
}

function isSentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 4), index);
  return index === 0 || /(?:^|[.!?:"“”]\s*|\n\s*|^\s+)$/.test(before);
}

/** A text written in capitals (a headline, a wire slug): case tells nothing there. */
function isAllCaps(text: string, index: number): boolean {
  const around = text.slice(Math.max(0, index - 40), index + 40);
  const letters = around.replace(/[^\p{L}]/gu, '');
  return letters.length > 10 && letters === letters.toUpperCase();
}
