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
