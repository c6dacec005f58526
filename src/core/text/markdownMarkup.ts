// Articles are often written in Markdown (a default language of the extension): "**Penelope
// Endersby**, chief executive of …", "**Q: Will it snow?**", "*The Weekly*", a YAML front matter
// with `title: "…"`. The marks of emphasis and the front matter's keys are no words of the
// article: read as text they cut names ("**Penelope" is no name the tagger knows), hide labels
// ("**Endersby:**") and make quotations of YAML strings. They are read as blanks instead, one
// blank for each mark, so that every offset stays the text's own: mentions, quotes and cues
// point at the same characters in the editor. Nothing else of Markdown is touched.

/** Where any of the marks may stand: most texts have none and are returned as they are. */
const MAYBE_MARKUP = /[*_]|^---\r?\n|^#{1,6} |^> /mu;

/** `**bold**`, `__bold__`, `*italic*`, `_italic_`: marks glued to a word inside, not to one outside (not "5 * 3", "snake_case"). */
const EMPHASIS = /(?<![\p{L}\p{N}*_])(\*{1,3}|_{1,3})(?=[^\s*_])((?:(?!\1).){1,300}?[^\s*_])\1(?![\p{L}\p{N}*_])/gu;

/** A heading's hashes and a block quote's mark at a line's start. */
const LINE_MARKS = /^(?:#{1,6}|>)(?= )/gmu;

/** The front matter's opening and closing lines, at the text's start: `---` … `---`. */
const FRONT_MATTER = /^---\r?\n([\s\S]{0,4000}?)\r?\n---(?=\r?\n|$)/u;

/** A front matter line `key: value`, the value maybe in quotation marks. */
const FRONT_MATTER_LINE = /^([\w-]+:[ \t]*)(["']?)(.*?)\2[ \t]*$/gmu;

/** The text with Markdown's marks of emphasis, headings, block quotes and front matter keys as blanks, offsets kept. */
export function withoutMarkdownMarkup(text: string): string {
  if (!MAYBE_MARKUP.test(text)) return text;
  let out = text.replace(EMPHASIS, (_all, marks: string, inner: string) => blanks(marks) + inner + blanks(marks));
  out = out.replace(LINE_MARKS, blanks);
  const front = FRONT_MATTER.exec(out);
  if (front) {
    const bodyStart = front[0].indexOf(front[1]);
    const body = front[1].replace(FRONT_MATTER_LINE, (_line, key: string, mark: string, value: string) => blanks(key) + blanks(mark) + value + blanks(mark));
    const closing = front[0].slice(bodyStart + front[1].length).replace(/-/gu, ' ');
    out = blanks('---') + front[0].slice(3, bodyStart) + body + closing + out.slice(front[0].length);
  }
  return out;
}

function blanks(marks: string): string {
  return ' '.repeat(marks.length);
}
