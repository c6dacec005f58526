import type { Annotations, DocumentDateSource } from '../core/types';

// How the article date and where it came from read in the hover, the status bar, the
// sidebar and the Set Article Date prompt: one wording for all of them. Plain text, as
// the status bar and the tree show it unrendered.

const DATE_SOURCES: Record<DocumentDateSource, string> = {
  user: 'the date you set',
  'front-matter': 'the front matter date:',
  dateline: 'the dateline',
  'dateline-without-year': 'the dateline, which gives no year: the latest such day up to today',
  'published-line': 'the "Published/Updated" line',
  'file-name': 'the date in the file name',
  none: 'nothing: no article date is known',
};

/** "from the dateline", "from the date you set". */
export function articleDateSource(a: Annotations): string {
  return `from ${DATE_SOURCES[a.documentDateSource]}`;
}

/** "2023-06-19 (from the dateline)", or "unknown". */
export function describeArticleDate(a: Annotations): string {
  return a.documentDate ? `${a.documentDate} (${articleDateSource(a)})` : 'unknown';
}
