// Paragraphs. News copy comes two ways: one line per paragraph (wire feeds, most web
// copies), or hard-wrapped at a fixed width with blank lines between paragraphs (e-mail,
// Markdown). In the second, a line break inside a paragraph is not a paragraph break, or a
// quotation would end at every wrapped line; so a document whose long lines mostly end
// mid-sentence is read as hard-wrapped and its consecutive lines are joined.

export interface TextBlock {
  start: number;
  end: number;
}

interface Line extends TextBlock {
  /** A blank line (or the start of the text) comes right before it. */
  blankBefore: boolean;
}

/** A line shorter than this is a headline, a dateline or a label, never a wrapped line. */
const MIN_WRAPPED_LINE = 40;

/** Paragraphs: lines, or blank-line-separated blocks in hard-wrapped text; blank lines produce none. */
export function splitParagraphs(text: string): TextBlock[] {
  const lines = splitLines(text);
  if (!looksHardWrapped(text, lines)) return lines.map(({ start, end }) => ({ start, end }));
  const blocks: TextBlock[] = [];
  let previous: Line | undefined;
  for (const [i, line] of lines.entries()) {
    const last = blocks[blocks.length - 1];
    // The first line is the headline unless the next line plainly continues its sentence.
    const headline = i === 1 && !/^\p{Ll}/u.test(text.charAt(line.start));
    if (last && previous && !line.blankBefore && !headline && continuesParagraph(text, previous, line)) last.end = line.end;
    else blocks.push({ start: line.start, end: line.end });
    previous = line;
  }
  return blocks;
}

/**
 * Non-blank lines, trimmed, split on \n, \r\n and lone \r. This runs over the whole text on
 * every keystroke, so the breaks are found by indexOf, which scans natively (and reads an
 * edited text, a rope in V8, flattened once): a third of the time of a global regex's
 * test() on a 100 KB text, and nothing allocated per line but the line. Each of the two
 * marks is looked for again only once the lines have passed the last one found, so most
 * texts, which have no \r, are scanned for it once.
 */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  let lineStart = 0;
  let blankBefore = true;
  let cr = -1;
  let lf = -1;
  while (lineStart <= n) {
    if (cr < lineStart) cr = nextOr(text, '\r', lineStart, n);
    if (lf < lineStart) lf = nextOr(text, '\n', lineStart, n);
    const i = Math.min(cr, lf);
    const after = i === n ? n + 1 : i === cr && lf === i + 1 ? i + 2 : i + 1;
    let s = lineStart;
    let e = i;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      lines.push({ start: s, end: e, blankBefore });
      blankBefore = false;
    } else {
      blankBefore = true;
    }
    lineStart = after;
  }
  return lines;
}

/** Where `mark` next stands at or after `from`, or `none`. */
function nextOr(text: string, mark: string, from: number, none: number): number {
  const i = text.indexOf(mark, from);
  return i < 0 ? none : i;
}

const TERMINAL = /[.!?:;"”’»)\]…]/u;

/**
 * Hard-wrapped: blank lines separate paragraphs somewhere, and of the long lines followed
 * directly by another line, more end mid-sentence than at a sentence end. (Text with no
 * blank line at all, such as one sentence or table row per line, is never joined.)
 */
function looksHardWrapped(text: string, lines: Line[]): boolean {
  if (!lines.some((l, i) => i > 0 && l.blankBefore)) return false;
  let midSentence = 0;
  let sentenceEnd = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i + 1].blankBefore || lines[i].end - lines[i].start < MIN_WRAPPED_LINE) continue;
    if (TERMINAL.test(text.charAt(lines[i].end - 1))) sentenceEnd++;
    else midSentence++;
  }
  return midSentence >= 2 && midSentence > sentenceEnd;
}

/** Whether `line` goes on the paragraph of the line before it (in hard-wrapped text). */
function continuesParagraph(text: string, previous: Line, line: Line): boolean {
  if (previous.end - previous.start < MIN_WRAPPED_LINE) return false;
  const first = text.charAt(line.start);
  // Markdown structure starts its own block: headings, list items, block quotes, rules, tables.
  if (/[#>|]/u.test(first) || /^(?:[-*+•]\s|\d+[.)]\s|---)/u.test(text.slice(line.start, line.start + 4))) return false;
  return text.charAt(previous.start) !== '#';
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0xfeff;
}
