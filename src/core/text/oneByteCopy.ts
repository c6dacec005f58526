// V8 stores a string one byte a character when every character fits in one (up to U+00FF),
// else two; a slice keeps the width of the text it was cut from. A news text holds curly
// quotes and dashes, so all of it is two bytes wide, and so is every slice of it, even one
// that is plain ASCII. Regular expressions run faster on a one-byte string (our
// case-insensitive duration pattern twice as fast; chrono's and our date parsers together
// took a quarter less time on the PolNeAR dev articles): a slice that many patterns will
// scan is worth copying narrow first. Strings are values in JavaScript, so
// which width a string has changes nothing but speed.

/** Longest string copied (one String.fromCharCode call); longer ones are returned as they are. */
const MAX_LENGTH = 4096;
/** Reused for every copy; a plain array, which String.fromCharCode.apply reads faster than a typed one. */
const codes: number[] = [];

/** `s` itself, or when all its characters are at most U+00FF and it is not too long, an equal string stored one byte a character. */
export function oneByteCopy(s: string): string {
  const n = s.length;
  if (n > MAX_LENGTH || n === 0) return s;
  codes.length = n;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return s;
    codes[i] = c;
  }
  // String.fromCharCode makes a one-byte string when every code fits in one byte.
  return String.fromCharCode.apply(null, codes);
}
