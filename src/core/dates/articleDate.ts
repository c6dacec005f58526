import type { DocumentDateSource } from '../types';
import { parseIsoDate, toIsoDate } from './isoDate';

export interface ArticleDate {
  date: string | null;
  source: DocumentDateSource;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_PATTERN = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

// Only the head of the file is searched: an article's date is stated near its top.
const HEAD_LENGTH = 2000;

/**
 * Finds the date an article appeared, in order: the user's date, front matter `date:`,
 * a dateline, a "Published"/"Updated" line, a date in the file name.
 */
export function findArticleDate(text: string, userDate?: string | null, fileName?: string): ArticleDate {
  if (userDate && parseIsoDate(userDate)) return { date: userDate, source: 'user' };
  const head = text.slice(0, HEAD_LENGTH);
  const front = /^---\r?\n(?:[^\n]*\n){0,40}?date:\s*["']?(\d{4}-\d{2}-\d{2})/.exec(head);
  if (front && parseIsoDate(front[1])) return { date: front[1], source: 'front-matter' };

  const dateline = new RegExp(`^[\\p{Lu}][\\p{Lu} .'-]+,\\s+${MONTH_PATTERN}\\s+(\\d{1,2})(?:,\\s+(\\d{4}))?\\s*(?:\\([^)]*\\)\\s*)?[-—–]`, 'mu').exec(head)
    ?? new RegExp(`^${MONTH_PATTERN}\\s+(\\d{1,2}),\\s+(\\d{4})\\s*[-—–]`, 'mu').exec(head);
  if (dateline) {
    const year = dateline[3] ? Number(dateline[3]) : yearFromAnywhere(head, fileName);
    const date = year ? fromParts(year, dateline[1], Number(dateline[2])) : null;
    if (date) return { date, source: 'dateline' };
  }

  const published = new RegExp(`^\\s*(?:Published|Updated|Posted|Last updated)(?: on)?:?\\s+(?:\\w+day,?\\s+)?(?:${MONTH_PATTERN}\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{4}-\\d{2}-\\d{2})|(\\d{1,2})\\s+${MONTH_PATTERN}\\s+(\\d{4}))`, 'imu').exec(head);
  if (published) {
    const date = published[4]
      ? (parseIsoDate(published[4]) ? published[4] : null)
      : published[1]
        ? fromParts(Number(published[3]), published[1], Number(published[2]))
        : fromParts(Number(published[7]), published[6], Number(published[5]));
    if (date) return { date, source: 'published-line' };
  }

  const fromName = fileName ? /(\d{4})[-_]?(\d{2})[-_]?(\d{2})/.exec(fileName.split(/[\\/]/).pop() ?? '') : null;
  if (fromName) {
    const date = `${fromName[1]}-${fromName[2]}-${fromName[3]}`;
    if (parseIsoDate(date)) return { date, source: 'file-name' };
  }
  return { date: null, source: 'none' };
}

function fromParts(year: number, monthName: string, day: number): string | null {
  const m = MONTHS.findIndex((name) => name.startsWith(monthName.toLowerCase().replace(/\.$/, '').slice(0, 3)));
  if (m < 0) return null;
  const iso = toIsoDate(year, m + 1, day);
  return parseIsoDate(iso) ? iso : null;
}

function yearFromAnywhere(head: string, fileName?: string): number | null {
  const y = /\b(19|20)\d{2}\b/.exec(fileName ?? '') ?? /\b(19|20)\d{2}\b/.exec(head);
  return y ? Number(y[0]) : null;
}
