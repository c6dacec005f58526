import type { ExportArticle } from './exportArticle';
import { lineIndex } from './textPositions';

export const CSV_COLUMNS = ['speaker', 'quote', 'cue', 'line', 'kind', 'file'] as const;

/** RFC 4180: a field with a comma, a double quote or a line break is quoted, its quotes doubled. */
export function csvField(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/** The header line, CRLF-terminated. */
export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

/** One CRLF-terminated row per quote of the article, in text order. */
export function csvRows(article: ExportArticle): string {
  const at = lineIndex(article.text);
  let out = '';
  for (const q of article.annotations.quotes) {
    out += `${[q.speakerName, q.text, q.cue?.text ?? null, at(q.start).line, q.kind, article.source].map(csvField).join(',')}\r\n`;
  }
  return out;
}

/**
 * Every quote of the articles, one row each: who said it, the quote with its marks, the
 * reporting verb, its 1-based line, its kind and the article. Lines end with CRLF as
 * RFC 4180 asks; spreadsheets and csv readers all accept it.
 */
export function formatQuotesCsv(articles: readonly ExportArticle[]): string {
  return csvHeader() + articles.map(csvRows).join('');
}
