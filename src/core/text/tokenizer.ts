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
const TOKEN_PATTERN =
  /(\p{L}[\p{L}\p{M}\p{N}]*(?:['’][\p{L}]+)*(?:\.(?:\p{L}\.)+)?)|(\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th|s)?)|(\S)/uy;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    // Skip white space without invoking the regex.
    if (code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0x2028 || code === 0x2029) {
      i++;
      continue;
    }
    const plain = plainAsciiToken(text, i, code);
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
 * The token at `start` when TOKEN_PATTERN would surely read it from ASCII alone: a run of
 * ASCII letters and digits ended by an ASCII character that can continue no word or number
 * (a space, a comma, a bracket), or one ASCII punctuation mark. Anything else (a letter
 * outside ASCII, an apostrophe, a period or a "th" that may extend the token) is left to
 * the pattern: this only spares the Unicode-aware regex, and a match array per token, on
 * the plain words that make up most of English news.
 */
function plainAsciiToken(text: string, start: number, code: number): Token | null {
  const letter = isAsciiLetter(code);
  if (letter || isAsciiDigit(code)) {
    let end = start + 1;
    while (end < text.length && (isAsciiDigit(text.charCodeAt(end)) || (letter && isAsciiLetter(text.charCodeAt(end))))) end++;
    if (end < text.length && !endsPlainToken(text.charCodeAt(end), letter)) return null;
    return { start, end, text: text.slice(start, end), kind: letter ? 'word' : 'number' };
  }
  // One printable ASCII mark (TOKEN_PATTERN's `\S`): no letter, digit or space.
  if (code > 0x20 && code < 0x7f) return { start, end: start + 1, text: text[start], kind: 'punct' };
  return null;
}

/** An ASCII character after which TOKEN_PATTERN cannot extend a word (or a number): no letter, digit, apostrophe or period (or a number's comma, colon or suffix). */
function endsPlainToken(c: number, word: boolean): boolean {
  if (c >= 0x80 || isAsciiLetter(c) || isAsciiDigit(c) || c === 0x27 || c === 0x2e) return false;
  return word || (c !== 0x2c && c !== 0x3a);
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
