import type { ParsingContext, ParsingResult } from 'chrono-node';
import { expandTwoDigitYear } from '../calendarDay';
import { type NewsParser, newsParser, resultOf } from './newsParser';
import { TriggerKind } from '../dateTriggers';
import { MONTH_NAMES } from '../monthNames';

// Years, decades and centuries, which chrono leaves alone unless a month comes with
// them: "in 1998", "fiscal 1990", "2022-23", "FY23", "the 1990s", "the mid-'80s", "the 20th century",
// "this century", and years spoken in broadcast transcripts ("nineteen ninety-six").

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_CENTURY: Record<string, number> = {
  fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21,
};

/**
 * A four-digit year between 1000 and 2099, not part of a larger number, an amount, a
 * percentage, a clock time or a phone number. US news writes counts of a thousand
 * and more with a comma, so a bare "1998" is a year.
 */
const YEAR = /((?:fiscal|financial|calendar|model|school|academic)\s+(?:year\s+)?|[Tt]he\s+year\s+|(?:mid|pre|post)-)?(?<![$£€#]|\d[,.:-]?|No\.\s)(1\d{3}|20\d{2})(?!\d|[.,:]\d|\s?%|\s+(?:percent|per cent|GMT|UTC|hours|hrs)\b|\s*[ap]\.?m\b)/;

/**
 * A year that runs across two ("2022-23", "2022/23"), as British, Irish, Australian and
 * Indian copy writes financial years, budgets and sports seasons; and a financial year
 * by its initials ("FY23", "FY2023", "FY 2022-23") or its name ("the 2022-23 financial year"). The second year must follow the first:
 * "2019-21" is two years, and stays the first alone (YEAR).
 */
const SPLIT_YEAR = /((?:fiscal|financial)\s+(?:year\s+)?|FY\s?)?(?<![$£€#]|\d[,.:-]?|No\.\s)(1\d{3}|20\d{2})[-/–](\d\d)(\s+(?:fiscal|financial|tax)\s+year)?(?![\p{L}\p{N}]|[.,:/-]\d|\s?%)/u;
/**
 * "Joan Smith (1941-2023)", "the 2001-2005 period": the year after a year and a hyphen,
 * which YEAR leaves alone as it does the end of a phone number ("555-1998"). The first
 * year is YEAR's.
 */
const YEAR_SPAN_END = /(1\d{3}|20\d{2})-(1\d{3}|20\d{2})(?!\d|[.,:]\d|\s?%)/;
/** Words after two years that make them one season, run across both: "the 2025-2026 season". */
const SEASON_AFTER = /^\s+(?:season|campaign|school\s+year|academic\s+year)\b/i;
/**
 * A calendar's name before a year ("the Hijri year", "the Islamic new year", "AH", "Samvat 2081",
 * "the Hebrew year 5786"), and its era after it ("1447 AH", "1447H", "1403 SH"): no year of ours.
 */
const OTHER_CALENDAR_WORD = String.raw`\b(?:hijri|hijrah|islamic|muslim|persian|iranian|solar|samvat|sambat|vikram|bikram|hebrew|jewish|buddhist|saka|nepali|bengali|ethiopian)(?:\s+(?:new|calendar|lunar|era))*\s+(?:year\s+)?|\bA\.?H\.?\s+`;
const OTHER_CALENDAR_BEFORE = new RegExp(`(?:${OTHER_CALENDAR_WORD})$`, 'i');
const OTHER_CALENDAR_AFTER = /^\s?(?:A\.H\.|AH\b|SH\b|H\b)/;
const FY = /FY\s?(\d\d|1\d{3}|20\d{2})(?![\p{L}\p{N}]|[.,:/–-]\d|\s?%)/u;

const DECADE = /((?:the\s+)?(?:(?:early|late|mid)[- ]?)?)(?:(1\d|20)(\d)0['’]?s|['’](\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\p{L}\p{N}])/iu;
/**
 * "in her twenties", "in his mid-forties": an age; "growth in the high twenties", "the low
 * thirties" (degrees): a number. A decade is "the twenties", "the late sixties" (early, mid,
 * late), never high or low; after a possessive only in figures ("her 1970s heyday").
 */
const POSSESSIVE_BEFORE = /\b(?:his|her|their|my|your|our|its|whose)\s+$/i;
const HIGH_OR_LOW_BEFORE = /\b(?:high|low|upper|lower)[- ]?\s*$/i;
const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

const CENTURY = /(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)|(fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]first)|(this|last|next|the previous|the past|the current))\s+century(?![\p{L}-])/iu;

/** "the turn of the century", "the turn of the 20th century", "the turn of the millennium". */
const TURN = /(?:the\s+)?turn\s+of\s+the\s+(?:(\d{1,2})(?:st|nd|rd|th)\s+|(nineteenth|twentieth|twenty[- ]first)\s+)?(century|millennium)(?![\p{L}-])/iu;
/** How far back the turn of a century looks for a year that dates the story ("the 1890s … by the turn of the century"). */
const TURN_STORY_REACH = 300;
const CENTURY_OR_TURN = new RegExp(`${TURN.source}|${CENTURY.source}`, 'iu');

// A year spelled out: groups 1–8 ("nineteen", "hundred", tens, ones, teens, "oh" ones, "two thousand", its ones).
const SPELLED_NUMBER = String.raw`(nineteen)\s+(?:(hundred)|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?|(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|oh[- ](one|two|three|four|five|six|seven|eight|nine))|(two\s+thousand)(?:\s+(?:and\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?`;
/**
 * A spelled-out year as a pattern with no groups of its own, for other parsers ("the
 * winter of nineteen ninety-four"); "two thousand" only with its units, as alone it is
 * as often a count ("this summer two thousand people marched").
 */
export const SPELLED_YEAR = SPELLED_NUMBER.replace(/\((?!\?)/g, '(?:').replace(/\)\?$/, ')');
const SPELLED_YEAR_ONLY = new RegExp(`^(?:${SPELLED_NUMBER})$`, 'i');
const SPELLED = new RegExp(String.raw`(?:the\s+year\s+|(January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:${SPELLED_NUMBER})(?![\p{L}-]|\s+(?:dollars|people|years|pounds|euros|pesos|yuan|troops|soldiers|workers|students|jobs|votes|members|miles|feet|tons|shares|cars|homes|acres|barrels)\b)`, 'iu');

/** "a joint venture called Orion 1980", "a fund named Vision 2030": a name given just before the year, which is part of it. */
const NAMED_BEFORE = /\b(?:called|named|dubbed|titled|entitled|branded|known\s+as)\s+(?:the\s+)?\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,2}\s+$/u;
/** A capitalised word before the year, inside a sentence: a name it may belong to. */
const NAME_WORD_BEFORE = /[\p{L}\p{N},;)]\s+(\p{Lu}[\p{L}&'’-]*)\s+$/u;
/** Capitalised words before a year that date it rather than name something: months, seasons, days, prepositions in a title. */
const DATING_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter|Christmas|Easter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|In|Of|By|Since|From|Until|To|And|Or|The|For|Before|After|During|Through|Between|Circa|AD|BC|CE|BCE|Class|Election|Olympics|Games|Cup|FY)$/;
/**
 * Vehicle makes: "his 1987 Chevrolet Cavalier", "a 2019 Toyota Corolla". The year is the
 * car's model, no time of the story (TimeBank leaves it untagged).
 */
const VEHICLE_MAKE_AFTER = /^\s+(?:Chevrolet|Chevy|Ford|Toyota|Honda|Nissan|Datsun|Dodge|Chrysler|Jeep|Buick|Cadillac|Pontiac|Oldsmobile|Plymouth|GMC|Lincoln\s+(?:Town\s+Car|Continental|Navigator)|Mercury\s+\p{Lu}|Volkswagen|VW|BMW|Mercedes(?:-Benz)?|Audi|Porsche|Volvo|Saab|Subaru|Mazda|Mitsubishi|Hyundai|Kia|Tesla|Lexus|Acura|Infiniti|Jaguar|Land\s+Rover|Range\s+Rover|Fiat|Peugeot|Renault|Citro[eë]n|Opel|Vauxhall|Skoda|Škoda|Ferrari|Lamborghini|Maserati|Rolls-Royce|Bentley|Suzuki|Harley-Davidson|Yamaha|Kawasaki|Hummer|Saturn)\b/u;

/**
 * A year that is part of a name or a model, no date: after a name just given ("called Orion
 * 1980"), between two capitalised words of one name ("Windows 2000 Server", "the Philadelphia
 * 2016 Host Committee"), or before a vehicle's make ("his 1987 Chevrolet"). A place or a
 * campaign before a year and nothing capitalised after it ("Iowa 1976 and New Hampshire") dates it.
 */
function yearInName(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  const after = text.slice(index + length, index + length + 24);
  if (VEHICLE_MAKE_AFTER.test(after)) return true;
  const word = NAME_WORD_BEFORE.exec(before)?.[1];
  // "Johnson's 1964 Civil Rights Act", "Kerry's 2004 Democratic campaign": the owner's year.
  if (!word || DATING_WORD.test(word) || /['’]s$/.test(word)) return false;
  if (NAMED_BEFORE.test(before)) return true;
  // A headline capitalises every word: "Democrats 2016 Is Not Just About Her".
  return /^[^\S\n]+\p{Lu}\p{Ll}/u.test(after) && !/^\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(after) && !inTitleCase(text, index);
}

const TITLE_REACH = 200;

/** The line around `index` capitalises nearly all its longer words, as a headline does (a sentence of names does not: "chaired the Glasgow 2014 Organising Committee"). */
function inTitleCase(text: string, index: number): boolean {
  // A headline is short: no further than this each side (a line of a megabyte is read in linear time).
  const from = Math.max(0, index - TITLE_REACH);
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  const words = text.slice(Math.max(start, from), Math.min(end < 0 ? text.length : end, index + TITLE_REACH)).match(/\p{L}{4,}/gu) ?? [];
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.8;
}

export function yearParsers(): NewsParser[] {
  return [
    newsParser(TriggerKind.year, YEAR, (context, m) => {
      const year = Number(m[2]);
      // "the Islamic year 1447", "Ramadan in 1447 AH", "the Iranian year 1403": a year of
      // another calendar, which no Gregorian value names.
      if (OTHER_CALENDAR_BEFORE.test(context.text.slice(Math.max(0, m.index - 32), m.index)) || OTHER_CALENDAR_AFTER.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 6))) return null;
      // Before 1600 only with a word that makes it a year ("in 1492"): otherwise a count.
      if (year < 1600 && !/\b(?:in|of|since|from|until|by|year)\s*$/i.test(context.text.slice(Math.max(0, m.index - 8), m.index))) return null;
      // "the start of the Iranian year 1404 ... the budget for the year 1404": a year the story
      // named in another calendar stays that calendar's.
      if (year < 1600 && new RegExp(`(?:${OTHER_CALENDAR_WORD})${year}(?!\\d)`, 'i').test(context.text)) return null;
      if (!m[1] && yearInName(context.text, m.index, m[0].length)) return null;
      return resultOf(context, m, { year }, { kind: 'year' });
    }),
    newsParser(TriggerKind.year, SPLIT_YEAR, (context, m) => {
      const first = Number(m[2]);
      if ((first + 1) % 100 !== Number(m[3])) return null;
      // A financial year is named by the year it ends in ("FY23" is 2022-23; TimeML's "fiscal 1989" is 1989).
      // So is one named so after it ("the 2026-27 financial year", "the 2025/26 tax year").
      if (m[1] || m[4]) return resultOf(context, m, { year: first + 1 }, { kind: 'year' });
      // A season or a budget runs across both ("the 2024-25 season", "the deficit for 2026-27"):
      // one date, as "the winter of 1962-63" is, valued by the year it starts in; the second
      // year alone is no date of its own ("27" was 2027, and dated the months after it).
      return resultOf(context, m, { year: first }, { kind: 'year', vouched: 1 });
    }, ['-', '/', '–']),
    newsParser(TriggerKind.year, YEAR_SPAN_END, (context, m) => {
      const first = Number(m[1]);
      const last = Number(m[2]);
      if (last <= first || last - first > 150) return null;
      // "the 2025-2026 season", "the 2024-2025 school year": one season across two years, as
      // "the 2025-26 season" is (SPLIT_YEAR), valued by the year it starts in.
      if (last === first + 1 && SEASON_AFTER.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return resultOf(context, m, { year: first }, { kind: 'year', vouched: 1 });
      return resultOf(context, m, { year: last }, { kind: 'year' }, m[2]);
    }, ['-']),
    newsParser(TriggerKind.year, FY, (context, m) => {
      const digits = m[1];
      const year = digits.length === 2 ? expandTwoDigitYear(Number(digits), context.reference.getDateWithAdjustedTimezone().getFullYear()) : Number(digits);
      return resultOf(context, m, { year }, { kind: 'year' });
    }, ['fy']),
    newsParser(TriggerKind.year | TriggerKind.spelledYear, DECADE, (context, m) => {
      const before = context.text.slice(Math.max(0, m.index - 12), m.index);
      if (HIGH_OR_LOW_BEFORE.test(before) || (m[5] && POSSESSIVE_BEFORE.test(before))) return null;
      let decade: number;
      if (m[2]) decade = Number(m[2] + m[3]);
      else if (m[4]) decade = expandTwoDigitYear(Number(m[4]) * 10, context.reference.getDateWithAdjustedTimezone().getFullYear()) / 10;
      else decade = 190 + DECADE_WORDS[m[5].toLowerCase()];
      return resultOf(context, m, { year: decade * 10 }, { kind: 'decade', decade });
    }, ['0s', "0's", '0’s', 'ties']),
    newsParser(TriggerKind.unit, CENTURY_OR_TURN, (context, found) => {
      if (found[3]) return turnOfCentury(context, found);
      // CENTURY's groups, after TURN's three.
      const m = Object.assign([found[0], found[4], found[5], found[6]], { index: found.index, input: found.input }) as unknown as RegExpExecArray;
      const refYear = context.reference.getDateWithAdjustedTimezone().getFullYear();
      let ordinal: number;
      let relative: number | undefined;
      if (m[1]) ordinal = Number(m[1]);
      else if (m[2]) ordinal = ORDINAL_CENTURY[m[2].toLowerCase().replace(/\s+/, ' ')] ?? 21;
      // "the events of the past century": the hundred years up to now (as "the past decade").
      else if (/past/i.test(m[3])) return resultOf(context, m, {}, { kind: 'duration', value: 'P100Y' });
      else {
        relative = /last|previous/i.test(m[3]) ? -1 : /next/i.test(m[3]) ? 1 : 0;
        ordinal = Math.floor(refYear / 100) + 1 + relative;
      }
      if (ordinal < 1 || ordinal > 30) return null;
      // "21st Century Fox": a capitalised "Century" before another capitalised word is a name.
      if (/Century$/.test(m[0]) && /^[^\S\n]+\p{Lu}/u.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
      return resultOf(context, m, { year: (ordinal - 1) * 100 }, { kind: 'century', century: ordinal - 1, relative });
    }, ['century', 'millenni']),
    newsParser(TriggerKind.spelledYear, SPELLED, (context, m) => {
      const year = yearOfSpelledGroups(m.slice(2));
      // "two thousand" alone is a count unless it is named as a year.
      if (year === 2000 && !m[9] && !/^the\s+year/i.test(m[0])) return null;
      // "January nineteen ninety-seven": a month of that year, valued like chrono's "January 1997".
      if (m[1]) return resultOf(context, m, { year, month: MONTH_NAMES.indexOf(m[1]) + 1 }, {});
      return resultOf(context, m, { year }, { kind: 'year' });
    }, ['nineteen', 'thousand']),
  ];
}

/** The year a spelled-out year names ("nineteen ninety-four" is 1994), or null when the text is not one. */
export function spelledYearValue(text: string): number | null {
  const m = SPELLED_YEAR_ONLY.exec(text.trim().replace(/\s+/g, ' '));
  return m ? yearOfSpelledGroups(m.slice(1)) : null;
}

/** The year from the eight groups of SPELLED_NUMBER. */
function yearOfSpelledGroups(g: ReadonlyArray<string | undefined>): number {
  const [nineteen, , tens, ones, teens, ohOnes, , tail] = g.map((x) => x?.toLowerCase());
  if (nineteen) {
    if (tens) return 1900 + TENS.indexOf(tens) * 10 + (ones ? ONES.indexOf(ones) : 0);
    if (teens) return 1900 + TEENS.indexOf(teens) + 10;
    if (ohOnes) return 1900 + ONES.indexOf(ohOnes);
    return 1900;
  }
  return 2000 + (!tail ? 0 : ONES.includes(tail) ? ONES.indexOf(tail) : tail === 'twenty' ? 20 : TEENS.indexOf(tail) + 10);
}

/**
 * The year a century or millennium turned: a named century starts it ("the turn of the 20th
 * century", 1900); otherwise the turn nearest the story's time, the latest year written before
 * it when that is long past ("born in 1871 … by the turn of the century"), else the article
 * date's (2000, said in 2025).
 */
function turnOfCentury(context: ParsingContext, m: RegExpExecArray): ParsingResult | null {
  const named = m[1] ? Number(m[1]) : m[2] ? ORDINAL_CENTURY[m[2].toLowerCase().replace(/-/, ' ')] : undefined;
  if (named !== undefined && (named < 1 || named > 30)) return null;
  const refYear = context.reference.getDateWithAdjustedTimezone().getFullYear();
  const written = [...context.text.slice(Math.max(0, m.index - TURN_STORY_REACH), m.index).matchAll(/\b(1\d{3}|20\d{2})\b/g)].map((y) => Number(y[1])).pop();
  const storyYear = written !== undefined && written < refYear - 50 ? written : refYear;
  const span = /millennium/i.test(m[3]) ? 1000 : 100;
  const year = named !== undefined ? (named - 1) * 100 : Math.round(storyYear / span) * span;
  return resultOf(context, m, { year }, { kind: 'year' });
}
