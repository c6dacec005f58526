import type { Check, CheckFinding } from './checkTypes';

/**
 * Whole lines that web pages and broadcast transcripts insert between paragraphs and
 * that end up pasted into the article. Matched against the entire trimmed line only, so
 * a sentence that mentions "advertisement" is never flagged.
 */
const BOILERPLATE = new RegExp(
  '^(?:' +
    [
      'advertisement', 'advertising', 'ad', 'sponsored(?: content)?', 'skip advertisement', 'story continues below(?: advertisement)?',
      'scroll to continue reading', 'scroll down to continue reading', 'continue reading(?: below| the main story)?',
      'article continues (?:below|after (?:this )?advertisement)', 'commercial break', '\\(?commercial break\\)?',
      '\\[?(?:commercial break|end video clip|begin video clip|video clip)\\]?', 'read more:?', 'related:?',
      'recommended(?: stories| reading)?:?', 'most read', 'share this article', 'share(?: on)?(?: facebook| twitter| x)?',
      'sign up(?: for (?:our|the) newsletter)?', 'subscribe(?: now| to our newsletter)?', 'click here to (?:subscribe|read more)',
      'follow us on (?:facebook|twitter|x|instagram)', 'this content is not available in your region', 'watch:? .{0,60}video',
      'listen to this article', 'copy link', 'print this page',
    ].join('|') +
    ')[.!:]?$',
  'iu',
);
/** Longer lines are prose; testing them would only cost time. */
const MAX_LINE = 80;

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
        if (trimmed && BOILERPLATE.test(trimmed)) {
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
