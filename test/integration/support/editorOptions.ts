import type * as vscode from 'vscode';
import type { AnnotateOptions } from '../../../src/core/types';
import { isoOfLocalDay } from '../../../src/core/dates/calendarDay';

/**
 * The options the extension annotates an open document with when no article date is set:
 * its path, and today's date (the tests run in the extension host, by the same clock).
 */
export function editorOptions(uri: vscode.Uri, documentDate: string | null = null): AnnotateOptions {
  return { documentDate, fileName: uri.path, today: isoOfLocalDay(new Date()) };
}
