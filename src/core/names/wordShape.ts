// Orthographic classes of a word, the strongest single clue to a name in English news.

export const enum CapClass {
  Lower = 0,
  /** "Clinton", "McDonald" */
  Initial = 1,
  /** "NATO", "U.S." */
  AllCaps = 2,
  /** "I", "A" */
  SingleCap = 3,
  /** "iPhone", "eBay" */
  Mixed = 4,
  Number = 5,
  Punct = 6,
}

export function capClassOf(word: string): CapClass {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) digit++;
    else if (c < 128) {
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
    } else {
      const ch = word.charAt(i);
      const l = ch.toLowerCase();
      const u = ch.toUpperCase();
      if (l !== u) {
        if (ch === u) upper++;
        else lower++;
      }
    }
  }
  if (upper + lower === 0) return digit > 0 ? CapClass.Number : CapClass.Punct;
  if (digit > 0 && digit >= upper + lower) return CapClass.Number;
  if (upper === 0) return CapClass.Lower;
  if (lower === 0) return upper === 1 ? CapClass.SingleCap : CapClass.AllCaps;
  const first = word.charAt(0);
  if (first !== first.toLowerCase() && upper <= 3) return CapClass.Initial;
  return first === first.toLowerCase() ? CapClass.Mixed : CapClass.Initial;
}

/**
 * The short shape: upper → X, lower → x, digit → d, other characters kept, runs of the
 * same class collapsed ("Clinton" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d").
 */
export function shortShape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word.charAt(i);
    const c = word.charCodeAt(i);
    let k: string;
    if (c >= 48 && c <= 57) k = 'd';
    else if (c >= 65 && c <= 90) k = 'X';
    else if (c >= 97 && c <= 122) k = 'x';
    else {
      const l = ch.toLowerCase();
      const u = ch.toUpperCase();
      k = l !== u ? (ch === u ? 'X' : 'x') : ch;
    }
    if (k !== last || !(k === 'X' || k === 'x' || k === 'd')) out += k;
    last = k;
    if (out.length >= 8) break;
  }
  return out;
}
