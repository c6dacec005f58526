// Which characters open and close quotations, and what closes what.

export const OPENERS: Record<string, string[]> = {
  '"': ['"'],
  '“': ['”', '“'], // “…“ occurs in sloppy copy
  '„': ['“', '”'],
  '«': ['»'],
  '‘': ['’'],
  "'": ["'"],
  '\uFFFD': ['\uFFFD', '"', '”'],
};

export function isLetterOrDigit(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

export function isSpaceOrStart(ch: string | undefined): boolean {
  return ch === undefined || /[\s([{\u2014\u2013-]/u.test(ch);
}
