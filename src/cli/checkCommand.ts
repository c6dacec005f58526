import { runChecks } from '../core/checks/checkRegistry';
import type { CheckFinding } from '../core/checks/checkTypes';
import { lineIndex } from '../core/export/textPositions';
import type { CheckArgs } from './args';
import { readArticles, type Io } from './articleReader';

/** Shown for corrections whose text is gone, as the editor's Problems panel does. */
export const CORRECTION_GONE = 'correction-gone';

/**
 * `check`: the editor's checks on each file, `file:line:column: severity: message [id]`
 * one a line, in text order. Exit 1 when anything was found (2 wins when a file could not
 * be read), so a newsroom can put it in a pipeline.
 */
export function checkFiles(args: CheckArgs, io: Io): number {
  const reader = readArticles(args, io);
  if (!reader) return 2;
  let found = false;
  for (const { file, text, annotations, outcomes } of reader.articles) {
    const { findings, total } = runChecks({ text, annotations }, { disabled: args.disabled, optedIn: args.optedIn, maxFindings: args.maxPerFile ?? Infinity });
    const gone: CheckFinding[] = outcomes
      .filter((o) => o.status === 'gone')
      .map((o) => ({ checkId: CORRECTION_GONE, start: o.start, end: o.end, message: o.message, fixes: [] }));
    const all = [...findings, ...gone].sort((a, b) => a.start - b.start);
    const at = lineIndex(text);
    for (const f of all) {
      const { line, column } = at(f.start);
      io.out(`${file}:${line}:${column}: ${args.severity}: ${f.message.replace(/\s+/gu, ' ')} [${f.checkId}]\n`);
    }
    if (total > findings.length) io.err(`news-annotator: ${file}: ${total - findings.length} more findings not shown (--max ${args.maxPerFile})\n`);
    if (all.length || total) found = true;
  }
  if (reader.failed()) return 2;
  return found ? 1 : 0;
}
