import { addDays, type CalendarDay, daysInMonth, weekdayOf } from '../calendarDay';
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { type NewsParser, newsParser, resultOf } from './newsParser';
import { TriggerKind } from '../dateTriggers';

// Holidays news dates events by ("on Christmas Eve", "by Thanksgiving", "Election
// Day"), and the week they fall in ("as Easter week began", "Christmas week"). Which
// year is meant is left to the value stage, as for a month and day. With the bank and
// public holidays of British, Irish and Australian copy ("Easter Monday", "Good Friday",
// "St Patrick's Day", "Anzac Day", "Bonfire Night", "Hogmanay").

export type Holiday =
  | 'new-year' | 'new-year-eve' | 'valentine' | 'easter' | 'memorial' | 'independence' | 'labor'
  | 'halloween' | 'veterans' | 'election' | 'thanksgiving' | 'christmas-eve' | 'christmas' | 'boxing' | 'super-tuesday'
  | 'good-friday' | 'easter-monday' | 'st-patrick' | 'anzac' | 'australia-day' | 'canada-day' | 'remembrance-day' | 'remembrance-sunday'
  | 'bonfire-night' | 'hogmanay' | 'black-friday' | 'cyber-monday' | 'early-may-bank' | 'spring-bank' | 'summer-bank'
  | 'presidents' | 'mlk' | 'fathers' | 'juneteenth' | 'columbus'
  | TableHoliday | 'lunar-new-year-eve' | 'eid' | 'orthodox-easter' | 'orthodox-christmas';

/** Holidays of other calendars, by the table scripts/buildOtherCalendarHolidays.ts makes (which names its sources). */
export type TableHoliday = 'lunar-new-year' | 'ramadan' | 'eid-al-fitr' | 'eid-al-adha' | 'rosh-hashanah' | 'yom-kippur' | 'passover' | 'hanukkah' | 'diwali';

const HOLIDAY = /(?:(last|next|this)\s+)?(New Year'?s?'? Day|New Year'?s'? Eve|Valentine'?s Day|Easter(?: Sunday| Monday)?|Good Friday|Black Friday|Cyber Monday|(?:[Ee]arly May|[Ll]ate May|[Ss]pring|[Ss]ummer|August|May(?: Day)?) [Bb]ank [Hh]oliday(?: Monday)?|(?:St\.? |Saint )Patrick['’]s Day|ANZAC Day|Anzac Day|Australia Day|Canada Day|Remembrance (?:Day|Sunday)|Bonfire Night|Guy Fawkes (?:Night|Day)|Hogmanay|Memorial Day|Independence Day|(?:the )?Fourth of July|July Fourth|Labor Day|Presidents['’]? Day|President['’]s Day|Martin Luther King(?: Jr\.?)?(?:['’]s)? Day|MLK Day|Father['’]s Day|Juneteenth|Columbus Day|Indigenous Peoples['’]? Day|Halloween|Veterans Day|Election Day|Thanksgiving(?: Day)?|Christmas Eve|Christmas(?: Day)?|Boxing Day|Super Tuesday)(\s+week)?(?:,?\s+(1\d{3}|20\d{2}))?(?![\p{L}\p{N}])/u;

const NAMES: Array<[RegExp, Holiday]> = [
  [/^new year'?s?'? day/i, 'new-year'], [/^new year'?s'? eve/i, 'new-year-eve'], [/^valentine/i, 'valentine'],
  [/^easter monday/i, 'easter-monday'], [/^easter/i, 'easter'], [/^good friday/i, 'good-friday'], [/patrick/i, 'st-patrick'], [/^anzac/i, 'anzac'],
  [/^australia/i, 'australia-day'], [/^canada/i, 'canada-day'], [/^remembrance day/i, 'remembrance-day'], [/^remembrance/i, 'remembrance-sunday'],
  [/^bonfire|^guy fawkes/i, 'bonfire-night'], [/^hogmanay/i, 'hogmanay'], [/^black friday/i, 'black-friday'], [/^cyber monday/i, 'cyber-monday'],
  [/^(?:early )?may(?: day)? bank/i, 'early-may-bank'], [/^(?:late may|spring) bank/i, 'spring-bank'], [/^(?:august|summer) bank/i, 'summer-bank'], [/^memorial/i, 'memorial'], [/independence|fourth of july|july fourth/i, 'independence'],
  [/^labor/i, 'labor'], [/^president/i, 'presidents'], [/^martin luther king|^mlk/i, 'mlk'], [/^father/i, 'fathers'], [/^juneteenth/i, 'juneteenth'], [/^columbus|^indigenous/i, 'columbus'], [/^halloween/i, 'halloween'], [/^veterans/i, 'veterans'], [/^election/i, 'election'],
  [/^thanksgiving/i, 'thanksgiving'], [/^christmas eve/i, 'christmas-eve'], [/^christmas/i, 'christmas'], [/^boxing/i, 'boxing'], [/^super tuesday/i, 'super-tuesday'],
];

/** A capitalised word right before a holiday's name, not a sentence's first: a qualifier of the name. */
const NAME_BEFORE = /(?:^|[^\s])(\s*)(\p{Lu}[\p{L}'’-]*)\s+$/u;
/** Capitalised words before a holiday that leave it the one named: "US Thanksgiving", "Monday's Memorial Day parade" has a possessive. */
const SAME_HOLIDAY_BEFORE = new Set(['US', 'U.S', 'American', 'America', 'America’s', "America's", 'Federal', 'National', 'UK', 'British', 'Britain', 'This', 'Last', 'Next', 'Every', 'Since', 'Until', 'Before', 'After', 'By', 'On', 'Over', 'During', 'At', 'For', 'In', 'Through', 'Around', 'Of', 'From', 'And', 'Or', 'The', 'A', 'Happy', 'Merry', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Holy', 'Great']);

/** Calendars whose holidays share a name with the Gregorian ones and fall on other days; and "Canadian Thanksgiving", in October. */
const OTHER_CALENDAR = new Set(['Canadian', 'Lunar', 'Chinese', 'Vietnamese', 'Korean', 'Tibetan', 'Islamic', 'Hijri', 'Muslim', 'Jewish', 'Hebrew', 'Persian', 'Iranian', 'Orthodox', 'Coptic', 'Ethiopian', 'Julian', 'Thai', 'Khmer', 'Sinhala', 'Tamil', 'Hindu', 'Parsi']);

function namedOtherHoliday(text: string, index: number): boolean {
  const m = NAME_BEFORE.exec(text.slice(Math.max(0, index - 30), index));
  if (!m) return false;
  const word = m[2];
  if (SAME_HOLIDAY_BEFORE.has(word) || /['’]s$/.test(word)) return false;
  // "Lunar New Year's Day", "Orthodox Christmas": another calendar's, even opening a sentence.
  if (OTHER_CALENDAR.has(word)) return true;
  // The word opens its sentence or line: "Independence Day falls ...", "Memorial Day weekend" after a full stop.
  const before = text.slice(Math.max(0, index - 30), index - m[2].length - (text.slice(0, index).length - text.slice(0, index).trimEnd().length));
  return !/(?:^|[.!?:;"“”(\n]\s*)$/.test(before);
}

/**
 * Holidays of the lunar and lunisolar calendars, which move against ours: "Lunar New Year",
 * "Eid al-Fitr", "the start of Ramadan" (Ramadan alone is a month of its calendar, no day of
 * ours), "Rosh Hashanah", "Yom Kippur", "Passover", "Hanukkah" (its first day), "Diwali",
 * "Orthodox Easter" and "Orthodox Christmas".
 */
const OTHER_HOLIDAY = /(?:(last|next|this)\s+)?((?:Chinese|Lunar)\s+New\s+Year(?:['’]s)?(?:\s+(?:Day|Eve))?|(?:the\s+)?(?:start|beginning|first\s+day|onset)\s+of\s+(?:the\s+(?:holy\s+)?(?:fasting\s+)?month\s+of\s+)?(?:Ramadan|Ramazan|Ramzan)|Eid(?:[- ](?:al|ul|el)[- ]?|\s+)(?:Fitr|Adha)|Eid|Rosh\s+Hashanah?|Yom\s+Kippur|Passover|Pesach|Hanukk?ah|Chanukk?ah|Diwali|Deepavali|Orthodox\s+(?:Easter|Christmas))(?:,?\s+(1\d{3}|20\d{2}))?(?![\p{L}\p{N}])/u;

const OTHER_NAMES: Array<[RegExp, Holiday]> = [
  [/eve$/i, 'lunar-new-year-eve'], [/new\s+year/i, 'lunar-new-year'], [/ram[az]/i, 'ramadan'], [/fitr$/i, 'eid-al-fitr'], [/adha$/i, 'eid-al-adha'], [/^eid$/i, 'eid'],
  [/^rosh/i, 'rosh-hashanah'], [/kippur/i, 'yom-kippur'], [/^(?:passover|pesach)$/i, 'passover'], [/nukk?ah$/i, 'hanukkah'], [/^(?:diwali|deepavali)$/i, 'diwali'],
  [/easter$/i, 'orthodox-easter'], [/christmas$/i, 'orthodox-christmas'],
];

/** HOLIDAY's four groups, then OTHER_HOLIDAY's three. */
const ANY_HOLIDAY = new RegExp(`${HOLIDAY.source}|${OTHER_HOLIDAY.source}`, 'u');
const OTHER_HOLIDAY_WORDS = ['new year', 'ramadan', 'ramazan', 'ramzan', 'eid', 'rosh', 'kippur', 'passover', 'pesach', 'hanukah', 'hanukkah', 'chanukah', 'chanukkah', 'diwali', 'deepavali', 'orthodox'];

/**
 * A one-word holiday that is part of a name: a capitalised word right before it, even opening
 * a sentence ("Mohamed Eid said"), or right after it ("the Passover Seder", "the Diwali Foundation").
 */
function nameAround(text: string, start: number, end: number): boolean {
  const before = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return (before !== undefined && !SAME_HOLIDAY_BEFORE.has(before)) || /^\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3));
}

function otherHoliday(context: ParsingContext, found: RegExpExecArray): ParsingResult | null {
  const m = Object.assign([found[0], found[5], found[6], found[7]], { index: found.index, input: found.input }) as unknown as RegExpExecArray;
  const holiday = OTHER_NAMES.find(([re]) => re.test(m[2]))?.[1];
  if (!holiday) return null;
  // "Mohamed Eid said", "the Diwali Foundation": a name before or after.
  if (!m[1] && (namedOtherHoliday(context.text, m.index) || (/^(?:Eid|Passover|Diwali)$/.test(m[2]) && nameAround(context.text, m.index, m.index + m[0].length)))) return null;
  const year = m[3] ? Number(m[3]) : undefined;
  const date = year ? holidayDate(holiday, year) : null;
  const relative = m[1] ? { last: -1, next: 1, this: 0 }[m[1]] : undefined;
  return resultOf(context, m, date ? { year: date.year, month: date.month, day: date.day } : {}, { kind: 'holiday', holiday, relative });
}

export function holidayParsers(): NewsParser[] {
  return [
    // One parser for both: newsChrono.ts gates at most 62.
    newsParser(TriggerKind.holiday | TriggerKind.unit | TriggerKind.month | TriggerKind.weekday, ANY_HOLIDAY, (context, m) => {
      if (m[2] === undefined) return otherHoliday(context, m);
      const holiday = NAMES.find(([re]) => re.test(m[2]))?.[1];
      if (!holiday) return null;
      // "Christmas" before a noun is a season or a name ("Christmas shopping", "Christmas Carol").
      if (!m[3] && /^Christmas$|^Easter$|^Thanksgiving$|^Halloween$/.test(m[2]) && /^\s+(?:\p{Lu}|shopping|season|sales|trees?|holidays?|parade|party|break|weekend|dinner|gifts?|cards?|lights|spirit)/u.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      // "the Good Friday Agreement" of 1998 is a treaty's name.
      if (holiday === 'good-friday' && /^\s+(?:agreement|accord|peace)\b/i.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      // "Constitution Memorial Day" (Japan's), "Orthodox Easter", "Kenya Independence Day": a name
      // written before the holiday's inside a sentence makes it another holiday, on another day.
      if (!m[1] && namedOtherHoliday(context.text, m.index)) return null;
      const year = m[4] ? Number(m[4]) : undefined;
      const date = year ? holidayDate(holiday, year) : null;
      // "last Thanksgiving", "next Christmas": the one before or after the article date, whatever the tense.
      const relative = m[1] ? { last: -1, next: 1, this: 0 }[m[1]] : undefined;
      return resultOf(context, m, date ? { year: date.year, month: date.month, day: date.day } : {}, { kind: 'holiday', holiday, week: m[3] ? 1 : undefined, relative });
    }, ['new year', 'valentine', 'easter', 'memorial day', 'independence day', 'fourth', 'labor day', 'halloween', 'veterans day', 'election day', 'thanksgiving', 'christmas', 'boxing day', 'super tuesday',
      'good friday', 'patrick', 'anzac', 'australia day', 'canada day', 'remembrance', 'bonfire night', 'guy fawkes', 'hogmanay', 'black friday', 'cyber monday', 'bank holiday',
      'presidents day', "presidents' day", 'presidents’ day', "president's day", 'president’s day', 'luther king', 'mlk day', "father's day", 'father’s day',
      'juneteenth', 'columbus day', 'indigenous peoples',
      ...OTHER_HOLIDAY_WORDS]),
  ];
}

/** The day a holiday falls on in a year (US holidays where countries differ). */
/** The years a holiday can fall in around `year`, oldest first: three years, or three election years for Super Tuesday. */
/** The holiday named at the start of `text` ("Thanksgiving", "Christmas Day"), with the length of its name. */
export function holidayOpening(text: string): { holiday: Holiday; length: number } | null {
  const m = HOLIDAY.exec(text);
  if (!m || m.index !== 0 || m[1] || m[3]) return null;
  const holiday = NAMES.find(([re]) => re.test(m[2]))?.[1];
  return holiday ? { holiday, length: m[0].length } : null;
}

/**
 * The days a holiday falls on in the years around `year` (the one before, its own and the one
 * after), oldest first. A holiday of a lunar calendar may fall twice in one year of ours (Eid
 * al-Fitr in January and December 2000), or not at all.
 */
export function holidayDaysAround(holiday: Holiday, year: number): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (const y of holidayYearsAround(holiday, year)) {
    if (holiday === 'eid') days.push(...tableDays('eid-al-fitr', y), ...tableDays('eid-al-adha', y));
    else if (isTableHoliday(holiday)) days.push(...tableDays(holiday, y));
    // The new year falls from 21 January on: its eve is in the same year.
    else if (holiday === 'lunar-new-year-eve') days.push(...tableDays('lunar-new-year', y).map((d) => addDays(d, -1)));
    else days.push(holidayDate(holiday, y) as CalendarDay);
  }
  return days.sort((a, b) => a.year - b.year || a.month - b.month || a.day - b.day);
}

export function holidayYearsAround(holiday: Holiday, year: number): number[] {
  if (holiday !== 'super-tuesday') return [year - 1, year, year + 1];
  const election = Math.ceil(year / 4) * 4;
  return [election - 4, election, election + 4];
}

/** The day a holiday falls on in a year: the first, for one of another calendar that falls twice; null outside its table's years. */
export function holidayDate(holiday: Holiday, year: number): CalendarDay | null {
  switch (holiday) {
    case 'lunar-new-year': case 'ramadan': case 'eid-al-fitr': case 'eid-al-adha': case 'rosh-hashanah': case 'yom-kippur': case 'passover': case 'hanukkah': case 'diwali':
      return tableDays(holiday, year)[0] ?? null;
    case 'eid': return null;
    case 'lunar-new-year-eve': return holidayDaysAround(holiday, year).find((d) => d.year === year) ?? null;
    case 'orthodox-easter': return julianEasterSunday(year);
    // 25 December of the Julian calendar, 7 January of ours from 1901 to 2100.
    case 'orthodox-christmas': return { year, month: 1, day: 7 };
    case 'new-year': return { year, month: 1, day: 1 };
    case 'new-year-eve': return { year, month: 12, day: 31 };
    case 'valentine': return { year, month: 2, day: 14 };
    case 'easter': return easterSunday(year);
    case 'memorial': return lastWeekday(year, 5, 1);
    case 'independence': return { year, month: 7, day: 4 };
    case 'labor': return nthWeekday(year, 9, 1, 1);
    // US federal holidays on a Monday of their month, and Father's Day (US and UK), the third Sunday of June.
    case 'presidents': return nthWeekday(year, 2, 1, 3);
    case 'mlk': return nthWeekday(year, 1, 1, 3);
    case 'columbus': return nthWeekday(year, 10, 1, 2);
    case 'fathers': return nthWeekday(year, 6, 0, 3);
    case 'juneteenth': return { year, month: 6, day: 19 };
    case 'halloween': return { year, month: 10, day: 31 };
    case 'veterans': return { year, month: 11, day: 11 };
    // The Tuesday after the first Monday of November.
    case 'election': return addDays(nthWeekday(year, 11, 1, 1), 1);
    case 'thanksgiving': return nthWeekday(year, 11, 4, 4);
    case 'christmas-eve': return { year, month: 12, day: 24 };
    case 'christmas': return { year, month: 12, day: 25 };
    case 'boxing': return { year, month: 12, day: 26 };
    // The largest day of US presidential primaries: the first Tuesday of March of an election year (2008 moved it to Feb. 5).
    case 'super-tuesday': return year === 2008 ? { year, month: 2, day: 5 } : nthWeekday(year, 3, 2, 1);
    case 'good-friday': return addDays(easterSunday(year), -2);
    case 'easter-monday': return addDays(easterSunday(year), 1);
    case 'st-patrick': return { year, month: 3, day: 17 };
    case 'anzac': return { year, month: 4, day: 25 };
    case 'australia-day': return { year, month: 1, day: 26 };
    case 'canada-day': return { year, month: 7, day: 1 };
    case 'remembrance-day': return { year, month: 11, day: 11 };
    // The Sunday nearest Armistice Day: the second Sunday of November.
    case 'remembrance-sunday': return nthWeekday(year, 11, 0, 2);
    case 'bonfire-night': return { year, month: 11, day: 5 };
    case 'hogmanay': return { year, month: 12, day: 31 };
    // The shopping days after US Thanksgiving, which British and Australian retailers keep too.
    case 'black-friday': return addDays(nthWeekday(year, 11, 4, 4), 1);
    case 'cyber-monday': return addDays(nthWeekday(year, 11, 4, 4), 4);
    // England and Wales: the first Monday of May, the last of May, the last of August.
    case 'early-may-bank': return nthWeekday(year, 5, 1, 1);
    case 'spring-bank': return lastWeekday(year, 5, 1);
    case 'summer-bank': return lastWeekday(year, 8, 1);
  }
}

export function nthWeekday(year: number, month: number, weekday: number, n: number): CalendarDay {
  const first = { year, month, day: 1 };
  const offset = (weekday - weekdayOf(first) + 7) % 7;
  return { year, month, day: 1 + offset + (n - 1) * 7 };
}

export function lastWeekday(year: number, month: number, weekday: number): CalendarDay {
  const last = { year, month, day: daysInMonth(year, month) };
  return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
}

const TABLE_HOLIDAYS = new Set<Holiday>(['lunar-new-year', 'ramadan', 'eid-al-fitr', 'eid-al-adha', 'rosh-hashanah', 'yom-kippur', 'passover', 'hanukkah', 'diwali']);

function isTableHoliday(holiday: Holiday): holiday is TableHoliday {
  return TABLE_HOLIDAYS.has(holiday);
}

interface HolidayTable {
  from: number;
  to: number;
  /** Per holiday, its days as YYYYMMDD, space-separated, in order. */
  days: Record<TableHoliday, string>;
}

let table: Map<TableHoliday, Map<number, CalendarDay[]>> | undefined;

/** The days of a holiday of another calendar in one year of ours, from the generated table. */
function tableDays(holiday: TableHoliday, year: number): CalendarDay[] {
  if (!table) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const raw = require('../data/otherCalendarHolidays.json') as HolidayTable;
    table = new Map();
    for (const [name, days] of Object.entries(raw.days) as Array<[TableHoliday, string]>) {
      const byYear = new Map<number, CalendarDay[]>();
      for (const d of days.split(' ')) {
        const day = { year: Number(d.slice(0, 4)), month: Number(d.slice(4, 6)), day: Number(d.slice(6, 8)) };
        byYear.set(day.year, [...(byYear.get(day.year) ?? []), day]);
      }
      table.set(name, byYear);
    }
  }
  return table.get(holiday)?.get(year) ?? [];
}

/** Easter of the Julian calendar (Meeus, Astronomical Algorithms, ch. 8), as a day of ours: 13 days on from 1900 to 2099. */
function julianEasterSunday(year: number): CalendarDay {
  const d = (19 * (year % 19) + 15) % 30;
  const e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  return addDays({ year, month, day }, 13);
}

/** Gregorian Easter (the anonymous algorithm in Meeus, Astronomical Algorithms). */
function easterSunday(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}
