// A linear, offset-preserving tokenizer. natural's tokenizers drop offsets, and every
// finder here needs exact UTF-16 positions, so we keep our own (one sticky regex pass).

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
}

// Words may hold inner apostrophes, hyphens and periods of abbreviations ("U.S.", "O'Brien",
// "Hong Kong-based" is two tokens joined by "-"). Each alternative consumes at least one
// character and none backtracks across another, so the scan is linear.
// Invisible characters copy from web pages carries: a soft hyphen and the zero-width (non-)joiner
// stay inside a word ("Wash\u00ADington" is one), and a zero-width space or word joiner (below)
// is read as a space, not as a mark between words ("The minister,\u200B Jane Doe, said").
const TOKEN_PATTERN =
  /(\p{L}[\p{L}\p{M}\p{N}\u00AD\u200C\u200D]*(?:['’][\p{L}]+)*(?:\.(?:\p{L}\.)+)?)|(\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th|s)?)|(\S)/uy;

export function tokenize(text: string): Token[] {
  return tokenizeFrom(text, true);
}

/** Every token read by TOKEN_PATTERN, none by the shortcut: what tokenize must equal (tests). */
export function tokenizeByPattern(text: string): Token[] {
  return tokenizeFrom(text, false);
}

function tokenizeFrom(text: string, shortcut: boolean): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    // Skip white space without invoking the regex.
    if (code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x200b || code === 0x2060 || code === 0xfeff) {
      i++;
      continue;
    }
    const plain = shortcut ? plainToken(text, i, code) : null;
    if (plain !== null) {
      tokens.push(plain);
      i = plain.end;
      continue;
    }
    TOKEN_PATTERN.lastIndex = i;
    const m = TOKEN_PATTERN.exec(text);
    if (!m) {
      i++;
      continue;
    }
    const kind: TokenKind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'number' : 'punct';
    const end = i + m[0].length;
    if (kind === 'punct' && /\s/u.test(m[0])) {
      i = end;
      continue;
    }
    tokens.push({ start: i, end, text: m[0], kind });
    i = end;
  }
  return tokens;
}

/**
 * The token at `start` when TOKEN_PATTERN would surely read it from what is around it: a
 * run of ASCII letters and digits (and apostrophes between letters) that nothing after it
 * can extend (endsPlainToken), or one punctuation mark (ASCII, or a curly quote, a dash, an
 * ellipsis). Anything else (a letter outside ASCII, "U.S.", "3.5") is left to the pattern:
 * this only spares the Unicode-aware regex, and a match array per token, on the plain words
 * and marks that make up most of English news.
 */
function plainToken(text: string, start: number, code: number): Token | null {
  const letter = isAsciiLetter(code);
  if (letter || isAsciiDigit(code)) {
    let end = start + 1;
    while (end < text.length && (isAsciiDigit(text.charCodeAt(end)) || (letter && isAsciiLetter(text.charCodeAt(end))))) end++;
    // "don't", "Trump’s": an apostrophe before a letter joins the letters after it to the word.
    while (letter && (text.charCodeAt(end) === 0x27 || text.charCodeAt(end) === 0x2019) && isAsciiLetter(text.charCodeAt(end + 1))) {
      end += 2;
      while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
    }
    if (!endsPlainToken(text, end, letter)) return null;
    return { start, end, text: text.slice(start, end), kind: letter ? 'word' : 'number' };
  }
  // One mark (TOKEN_PATTERN's `\S`): no letter, digit or space.
  if (code > 0x20 && code < 0x7f) return { start, end: start + 1, text: text[start], kind: 'punct' };
  const mark = WIDE_MARKS.get(code);
  return mark === undefined ? null : { start, end: start + 1, text: mark, kind: 'punct' };
}

/**
 * The marks outside ASCII that news is full of, each as one string: a character sliced from
 * a text outside the range of one byte is a new string every time.
 */
const WIDE_MARKS = new Map(['“', '”', '‘', '’', '—', '–', '…'].map((m) => [m.charCodeAt(0), m]));

/**
 * Whether TOKEN_PATTERN cannot extend a run of ASCII letters and digits (a word, or with
 * `word` false a number) at `end`: the text ends there, or a white space or mark follows
 * that neither continues the word (a letter, digit or combining mark) nor joins it to what
 * comes next. A period joins a word to "U.S."-like letters, an apostrophe to letters
 * ("don't", "Trump’s"), and a period, comma or colon joins a number to digits ("3.5",
 * "1,300"): those count only before a letter (digit) or a character outside ASCII, which
 * may be one.
 */
function endsPlainToken(text: string, end: number, word: boolean): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  if (isAsciiLetter(c) || isAsciiDigit(c)) return false;
  const joins = c === 0x2e || (word ? c === 0x27 || c === 0x2019 : c === 0x2c || c === 0x3a);
  if (joins) {
    const next = text.charCodeAt(end + 1);
    return end + 1 >= text.length || (next < 0x80 && !(word ? isAsciiLetter(next) : isAsciiDigit(next)));
  }
  return c < 0x80 || c === 0xa0 || WIDE_MARKS.has(c);
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

export function isAsciiCapital(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
