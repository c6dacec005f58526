import type { Annotations } from '../types';
import type { ExportArticle } from './exportArticle';

/** The schema v1 document (../shared/EVAL.md), with `source` set to the article's path. */
export function toSchemaDocument(article: ExportArticle): Annotations {
  const a = article.annotations;
  // schema and source first, as the command line has always printed them
  return Object.assign({ schema: a.schema, source: article.source }, a, { source: article.source });
}

export function formatJson(article: ExportArticle): string {
  return `${JSON.stringify(toSchemaDocument(article), null, 2)}\n`;
}

export function formatJsonLine(article: ExportArticle): string {
  return `${JSON.stringify(toSchemaDocument(article))}\n`;
}
