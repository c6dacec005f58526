// Paragraphs are runs of non-blank lines; news copy may also use one line per paragraph,
// so every line break ends a paragraph unless the next line continues mid-sentence.

export interface TextBlock {
  start: number;
  end: number;
}

/** Splits on line breaks (\n, \r\n, lone \r); blank lines produce no paragraph. */
export function splitParagraphs(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const n = text.length;
  let lineStart = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    let s = lineStart;
    let e = i;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) blocks.push({ start: s, end: e });
    if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
  }
  return blocks;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0xfeff;
}
