// Where a date's sentence and line run: many value rules look no further than the sentence (a
// year or a day named in it) or ask whether a date opens its line (a live blog's headings).

/** The sentence (or the line) holding `position`. */
export function sentenceAround(text: string, position: number): string {
  let start = position;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1])) start--;
  let end = position;
  while (end < text.length && !/[.!?\n]/.test(text[end])) end++;
  return text.slice(start, end);
}

/** Only white space stands between `position` and the start of its line. */
export function opensLine(text: string, position: number): boolean {
  const before = text.slice(Math.max(0, position - 8), position);
  return position <= 8 ? /(?:^|\n)[ \t]*$/.test(before) : /\n[ \t]*$/.test(before);
}

export const SENTENCE_END = /[.!?]["”’')]*\s|\n\s*\n/;
