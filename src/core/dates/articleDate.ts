import type { DocumentDateSource } from '../types';
import { type CalendarDay, compareDays, dayFromIso, daysInMonth, isoOfDay } from './calendarDay';
import { MONTH_NAME, monthNumber } from './monthNames';

export interface ArticleDate {
  /** YYYY-MM-DD, or null when no source gives one. */
  date: string | null;
  source: DocumentDateSource;
  /** Where in the text the date was read (front matter, dateline, "Published" line). */
  span?: { start: number; end: number };
}

// An article states its date near the top; a long text is not searched further.
const HEAD_LENGTH = 3000;

const WEEKDAY = '(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?';
const DASH = '(?:-{1,2}|—|–|:)';

/**
 * "June 19, 2023", "19 June 2023", "2023-06-19", "06/19/2023", and the day-first "19.06.2023"
 * of European sites, with or without a weekday.
 */
const DATE_TEXT = new RegExp(
  `${WEEKDAY}(?:${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}(?:,?\\s+(\\d{4}))?|(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})/(\\d{1,2})/(\\d{4})|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}))`,
);

/** A dateline's place in capitals and a comma, with its state or country: "BEIJING, ", "PORTLAND, Ore., ", or places filed from together: "BEIJING/TAIPEI, ". */
const PLACE_OF_DATELINE = `[\\p{Lu}][\\p{Lu}\\p{M}.'/ -]+(?:,[ \\t]*[\\p{L}.' -]+)?,[ \\t]+`;

/**
 * "BEIJING, June 19 (Reuters) -", "NEW YORK, Sept. 5, 2023 /PRNewswire/ --", "June 19, 2023 —";
 * Indian and Australian agencies' "NEW DELHI, Jan 18 (PTI) The government ..." (no dash
 * after the agency) and "MELBOURNE, Jan 18 AAP - ...".
 */
const DATELINE = new RegExp(
  `^[ \\t]*(?:${PLACE_OF_DATELINE})?(${DATE_TEXT.source})[ \\t]*(?:(?:\\([^)\\n]{1,40}\\)|/[^/\\n]{1,40}/)[ \\t]*${DASH}?|(?:AAP|AFP|AP|PTI|IANS|ANI|UNI|Reuters|Xinhua|PA|dpa)[ \\t]*${DASH}|${DASH})`,
  'mu',
);

/**
 * A dateline's place as a line under the headline prints it, in capitals or not, with its
 * state or country, then a comma or a dash: "Mumbai, ", "Cupertino, Calif., ", "Ottawa,
 * Ontario — ". Only where the rest of the line is a date (DATE_LINE) or a "Published" line
 * (PUBLISHED).
 */
const PLACE_OF_LINE = `[\\p{Lu}][\\p{L}\\p{M}.']*(?:[ \\t][\\p{Lu}][\\p{L}\\p{M}.']*){0,3}(?:,[ \\t]*[\\p{Lu}][\\p{L}.']*(?:[ \\t][\\p{Lu}][\\p{L}.']*)?)?(?:,[ \\t]+|[ \\t]+[–—][ \\t]+)`;

/**
 * A line near the top that is a full date and nothing else, as British and Australian
 * sites print it under the headline: "18 January 2023", "Wed 18 Jan 2023 14.05 GMT",
 * "Wednesday 18 January 2023 12.01am", "18 Jan 2023 · 3 min read", "18.01.2023 – 14:05";
 * or after the byline on the same line, as Indian sites print it: "By Staff Reporter |
 * 18 Jan 2023, 14:05 IST"; or after a live blog's title and a dash: "Election night live -
 * Wednesday 5 November 2025"; or after a dateline's place with nothing after the date, as
 * Irish and Asian desks print it: "DUBLIN, Tuesday 3 March 2026", or under the headline in
 * the place's own spelling: "Mumbai, April 17, 2025", "Melbourne, Thursday, 28 August 2025".
 */
const DATE_LINE = new RegExp(
  `^[ \\t]*(?:By[ \\t]+[^\\n|·•]{1,60}?[ \\t]*[|·•][ \\t]*|[^\\n|·•–—]{1,80}?[ \\t]+[–—-][ \\t]+|${PLACE_OF_DATELINE}|${PLACE_OF_LINE})?(${DATE_TEXT.source})(?:(?:,|[ \\t]+[–—-])?[ \\t]+(?:at[ \\t]+)?\\d{1,2}[.:]\\d\\d(?:[ \\t]?[ap]\\.?m\\.?)?(?:[ \\t]+[A-Z]{2,4})?)?(?:[ \\t]*[·|•][^\\n]{0,30})?[ \\t]*$`,
  'gmu',
);
/** How far into the text a date alone on its line is taken for the article's. */
const DATE_LINE_HEAD = 600;

/**
 * "Published: June 19, 2023", and after a dateline's place or agency as some sites print
 * the line: "Lagos, Published 12 August 2025", "Chicago (AP) — Published Nov. 25, 2024".
 */
const PUBLISHED = new RegExp(`^[ \\t]*(?:${PLACE_OF_LINE}|[\\p{Lu}][^\\n()]{0,40}\\([^)\\n]{1,20}\\)[ \\t]*[–—-][ \\t]*)?(?:\\*\\*|_)?(Published|First published|Posted|Updated|Last updated|Last modified|Date)(?:\\s+(?:on|at))?(?:\\*\\*|_)?\\s*:?[ \\t]*(.{1,120})$`, 'gimu');

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const FRONT_MATTER_DATE = /^(?:date|published|pubDate|publishDate|published_at|date_published)[ \t]*:[ \t]*["']?([^"'\r\n#]+)/im;

/**
 * The day the article appeared, from the first source that gives one: the date the
 * user set, front matter `date:`, a dateline, a "Published …" or "Updated …" line, a
 * date in the file name. Otherwise unknown, and relative dates stay unresolved.
 */
export function findArticleDate(text: string, userDate?: string | null, fileName?: string, today?: string | null): ArticleDate {
  const user = dayFromIso(userDate);
  if (user) return { date: isoOfDay(user), source: 'user' };
  const head = text.slice(0, HEAD_LENGTH);
  return fromFrontMatter(head) ?? fromDateline(head, fileName, dayFromIso(today)) ?? fromPublishedLine(head) ?? fromDateLine(head) ?? fromFileName(fileName) ?? { date: null, source: 'none' };
}

function fromFrontMatter(head: string): ArticleDate | null {
  const block = FRONT_MATTER.exec(head);
  if (!block) return null;
  const line = FRONT_MATTER_DATE.exec(block[1]);
  if (!line) return null;
  const day = readDate(line[1].trim());
  if (!day) return null;
  const start = block.index + block[0].indexOf(block[1]) + line.index + line[0].indexOf(line[1]);
  return { date: isoOfDay(day), source: 'front-matter', span: { start, end: start + line[1].trimEnd().length } };
}

/**
 * A dateline without a year takes it from a "Published" line or the file name; without one,
 * the latest such day up to today (a dateline is written the day the story is filed);
 * without today either, it is no evidence.
 */
function fromDateline(head: string, fileName: string | undefined, today: CalendarDay | null): ArticleDate | null {
  const m = DATELINE.exec(head);
  if (!m) return null;
  const dateText = m[1];
  const start = m.index + m[0].indexOf(dateText);
  const span = { start, end: start + dateText.length };
  const day = readDate(dateText);
  if (day) return { date: isoOfDay(day), source: 'dateline', span };
  const partial = readMonthDay(dateText);
  if (!partial) return null;
  const year = fromPublishedLine(head)?.date?.slice(0, 4) ?? fromFileName(fileName)?.date?.slice(0, 4);
  if (year) {
    const iso = `${year}-${String(partial.month).padStart(2, '0')}-${String(partial.day).padStart(2, '0')}`;
    return dayFromIso(iso) ? { date: iso, source: 'dateline', span } : null;
  }
  const latest = today ? latestUpTo(partial, today) : null;
  return latest ? { date: isoOfDay(latest), source: 'dateline-without-year', span } : null;
}

/** The latest day with this month and day on or before `today` (February 29 looks back to a leap year). */
function latestUpTo(monthDay: { month: number; day: number }, today: CalendarDay): CalendarDay | null {
  const beforeToday = compareDays({ year: today.year, ...monthDay }, today) <= 0;
  for (let year = beforeToday ? today.year : today.year - 1; year > today.year - 9; year--) {
    if (monthDay.day <= daysInMonth(year, monthDay.month)) return { year, ...monthDay };
  }
  return null;
}

/** "Published June 19, 2023", "Updated: 2023-06-19 10:15", preferring a publication line to an update. */
function fromPublishedLine(head: string): ArticleDate | null {
  let updated: ArticleDate | null = null;
  PUBLISHED.lastIndex = 0;
  for (let m = PUBLISHED.exec(head); m; m = PUBLISHED.exec(head)) {
    const found = DATE_TEXT.exec(m[2]);
    const day = found ? readDate(found[0]) : null;
    if (!found || !day) continue;
    const start = m.index + m[0].length - m[2].length + found.index;
    const result: ArticleDate = { date: isoOfDay(day), source: 'published-line', span: { start, end: start + found[0].length } };
    if (!/updated|modified/i.test(m[1])) return result;
    updated ??= result;
  }
  return updated;
}

/** A full date alone on one of the first lines (DATE_LINE): the article's, as a dateline gives it. */
function fromDateLine(head: string): ArticleDate | null {
  const top = head.slice(0, DATE_LINE_HEAD);
  DATE_LINE.lastIndex = 0;
  for (let m = DATE_LINE.exec(top); m; m = DATE_LINE.exec(top)) {
    const day = readDate(m[1]);
    if (!day) continue;
    const start = m.index + m[0].indexOf(m[1]);
    return { date: isoOfDay(day), source: 'dateline', span: { start, end: start + m[1].length } };
  }
  return null;
}

/** "2023-06-19-beijing.txt", "20230619_talks.md", "news/2023/06/19/story.txt". */
function fromFileName(fileName?: string): ArticleDate | null {
  if (!fileName) return null;
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const candidates = [
    /(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(base),
    /(?<!\d)((?:19|20)\d{2})[\\/](0[1-9]|1[0-2])[\\/](0[1-9]|[12]\d|3[01])(?!\d)/.exec(fileName),
  ];
  for (const m of candidates) {
    if (!m) continue;
    const day = dayFromIso(`${m[1]}-${m[2]}-${m[3]}`);
    if (day) return { date: isoOfDay(day), source: 'file-name' };
  }
  return null;
}

/** A full date (year, month, day) written in one of the DATE_TEXT forms, or null. */
function readDate(value: string): CalendarDay | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return dayFromIso(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const m = DATE_TEXT.exec(value);
  if (!m) return null;
  let year: string | undefined;
  let month: number | undefined;
  let day: number | undefined;
  if (m[1]) [month, day, year] = [monthNumber(m[1]), Number(m[2]), m[3]];
  else if (m[5]) [day, month, year] = [Number(m[4]), monthNumber(m[5]), m[6]];
  // Month first, as US copy writes it; day first when the first number can be no month ("18/01/2023").
  else if (m[10]) [month, day, year] = Number(m[10]) > 12 ? [Number(m[11]), Number(m[10]), m[12]] : [Number(m[10]), Number(m[11]), m[12]];
  else if (m[13]) [day, month, year] = [Number(m[13]), Number(m[14]), m[15]];
  if (!year || !month || !day) return null;
  return dayFromIso(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

function readMonthDay(value: string): { month: number; day: number } | null {
  const m = DATE_TEXT.exec(value);
  if (!m) return null;
  if (m[1]) return { month: monthNumber(m[1]), day: Number(m[2]) };
  if (m[5]) return { month: monthNumber(m[5]), day: Number(m[4]) };
  return null;
}
