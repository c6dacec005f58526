import type { ExportArticle, ExportFile } from './exportArticle';
import { formatJson, formatJsonLine } from './jsonExport';
import { BRAT_ANNOTATION_CONF, BRAT_VISUAL_CONF, formatBrat } from './bratExport';
import { formatQuotesCsv } from './csvExport';
import { formatWebAnnotations } from './webAnnotationExport';
import { formatMarkdownReport } from './markdownReport';
import { outputStems } from './textPositions';

export type ExportFormat = 'json' | 'jsonl' | 'brat' | 'csv' | 'jsonld' | 'markdown';

export interface ExportFormatInfo {
  id: ExportFormat;
  label: string;
  description: string;
  /** File extension of a one-file export of this format (brat writes two per article). */
  extension: string;
}

export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
  { id: 'json', label: 'JSON (schema news-annotator/v1)', description: 'Everything found, as the command line prints it', extension: 'json' },
  { id: 'jsonl', label: 'JSON Lines', description: 'One schema v1 object per article per line', extension: 'jsonl' },
  { id: 'brat', label: 'brat standoff', description: '.txt and .ann per article, quote→speaker relations, annotation.conf', extension: 'ann' },
  { id: 'csv', label: 'CSV of quotes', description: 'speaker, quote, cue, line, kind, file', extension: 'csv' },
  { id: 'jsonld', label: 'W3C Web Annotation (JSON-LD)', description: 'An AnnotationCollection with text quote and position selectors', extension: 'jsonld' },
  { id: 'markdown', label: 'Markdown "who said what" report', description: 'Each speaker, their quotes, the places and dates they mention', extension: 'md' },
];

export function isExportFormat(s: string): s is ExportFormat {
  return EXPORT_FORMATS.some((f) => f.id === s);
}

/**
 * The files an export of `articles` produces, at paths relative to the output folder:
 * json one `<article>.news.json` each; brat `<article>.txt` + `<article>.ann` each plus
 * `annotation.conf` and `visual.conf`; csv, jsonl, jsonld and markdown one file for all
 * (`quotes.csv`, `annotations.jsonl`, `annotations.jsonld`, `who-said-what.md`).
 */
export function exportFiles(format: ExportFormat, articles: readonly ExportArticle[]): ExportFile[] {
  const stems = outputStems(articles.map((a) => a.source));
  switch (format) {
    case 'json':
      return articles.map((a, i) => ({ path: `${stems[i]}.news.json`, content: formatJson(a) }));
    case 'brat':
      return [
        ...articles.flatMap((a, i) => {
          const doc = formatBrat(a);
          return [{ path: `${stems[i]}.txt`, content: doc.txt }, { path: `${stems[i]}.ann`, content: doc.ann }];
        }),
        { path: 'annotation.conf', content: BRAT_ANNOTATION_CONF },
        { path: 'visual.conf', content: BRAT_VISUAL_CONF },
      ];
    case 'jsonl':
      return [{ path: 'annotations.jsonl', content: exportText(format, articles) }];
    case 'csv':
      return [{ path: 'quotes.csv', content: exportText(format, articles) }];
    case 'jsonld':
      return [{ path: 'annotations.jsonld', content: exportText(format, articles) }];
    case 'markdown':
      return [{ path: 'who-said-what.md', content: exportText(format, articles) }];
  }
}

/** The export as one text, for standard output or a single file; brat, being several files, has none. */
export function exportText(format: Exclude<ExportFormat, 'brat'>, articles: readonly ExportArticle[]): string {
  switch (format) {
    case 'json': return articles.map(formatJson).join('');
    case 'jsonl': return articles.map(formatJsonLine).join('');
    case 'csv': return formatQuotesCsv(articles);
    case 'jsonld': return formatWebAnnotations(articles);
    case 'markdown': return articles.map(formatMarkdownReport).join('\n---\n\n');
  }
}
