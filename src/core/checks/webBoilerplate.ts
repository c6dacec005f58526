import type { Check, CheckFinding } from './checkTypes';
import { MAX_BOILERPLATE_LINE as MAX_LINE, isWebBoilerplateLine } from '../text/webBoilerplate';

export const webBoilerplate: Check = {
  id: 'web-boilerplate',
  setting: 'webBoilerplate',
  description: 'Boilerplate pasted in from the web ("ADVERTISEMENT", "SCROLL TO CONTINUE READING", "COMMERCIAL BREAK"), with a fix to remove the line.',
  run({ text }) {
    const out: CheckFinding[] = [];
    for (let start = 0; start < text.length; ) {
      const nl = text.indexOf('\n', start);
      const end = nl === -1 ? text.length : nl;
      const next = nl === -1 ? text.length : nl + 1;
      if (end - start <= MAX_LINE) {
        const line = text.slice(start, end);
        const trimmed = line.trim();
        if (trimmed && isWebBoilerplateLine(trimmed)) {
          const lead = line.length - line.trimStart().length;
          out.push({
            checkId: this.id,
            start: start + lead,
            end: start + lead + trimmed.length,
            message: `"${trimmed}" looks like web page boilerplate, not part of the article.`,
            fixes: [{ title: 'Remove this line', edits: [{ start, end: removalEnd(text, start, next), newText: '' }], preferred: true }],
          });
        }
      }
      start = next;
    }
    return out;
  },
};

/** Where removing the line at [start, next) ends: with the blank line after it when one precedes it too, so paragraphs stay one blank line apart. */
function removalEnd(text: string, start: number, next: number): number {
  const blankBefore = start >= 2 && /\n[ \t\r]*\n$/u.test(text.slice(Math.max(0, start - 8), start));
  if (!blankBefore) return next;
  const m = /^[ \t\r]*\n/u.exec(text.slice(next, next + 8));
  return m ? next + m[0].length : next;
}
