import type { Check, CheckFinding } from './checkTypes';

// Copy taken from web pages, PDFs and chat apps carries characters nobody sees: a zero-width
// space inside a name, a soft hyphen a layout program put in "Wash-ington", direction marks.
// They survive into print and the web unseen, break searches and name matching, and change
// how this extension reads the names and quotes around them: worth an editor's look.

/** The characters flagged, by code, with the name Unicode gives them. */
const INVISIBLE = new Map<number, string>([
  [0x00ad, 'SOFT HYPHEN'],
  [0x200b, 'ZERO WIDTH SPACE'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2060, 'WORD JOINER'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE'],
]);

/**
 * The joiners are part of writing in Persian, the Indian scripts and emoji ("👩‍⚕️"): only
 * between two Latin letters ("Ja\u200Dne") are they stray.
 */
const JOINERS = new Map<number, string>([
  [0x200c, 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZERO WIDTH JOINER'],
]);

/** One scan for any of them, so that a text with none costs one native search. */
const CANDIDATE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/gu;

export const invisibleCharacters: Check = {
  id: 'invisible-characters',
  setting: 'invisibleCharacters',
  description: 'Invisible characters pasted in with the text (zero-width spaces, soft hyphens, direction marks), with a fix to remove them.',
  run({ text }) {
    const out: CheckFinding[] = [];
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
      const start = m.index;
      if (start === 0 && text.charCodeAt(0) === 0xfeff) continue; // A byte order mark opening a file is its encoding's, not the text's.
      if (nameOf(text, start) === null) continue;
      let end = start + 1;
      while (end < text.length && nameOf(text, end) !== null) end++;
      CANDIDATE.lastIndex = end;
      const names = new Set<string>();
      for (let k = start; k < end; k++) names.add(`U+${text.charCodeAt(k).toString(16).toUpperCase().padStart(4, '0')} ${nameOf(text, k)}`);
      out.push({
        checkId: this.id,
        start,
        end,
        message: `Invisible ${end - start === 1 ? 'character' : 'characters'} ${[...names].join(', ')}: a search or a name match may miss the words around ${end - start === 1 ? 'it' : 'them'}.`,
        fixes: [{ title: end - start === 1 ? 'Remove the invisible character' : 'Remove the invisible characters', edits: [{ start, end, newText: '' }], preferred: true }],
      });
    }
    return out;
  },
};

/** The Unicode name of the invisible character at `i` (a joiner only between Latin letters), or null. */
function nameOf(text: string, i: number): string | null {
  const code = text.charCodeAt(i);
  const name = INVISIBLE.get(code);
  if (name !== undefined) return name;
  const joiner = JOINERS.get(code);
  return joiner !== undefined && isLatinLetter(text.charCodeAt(i - 1)) && isLatinLetter(text.charCodeAt(i + 1)) ? joiner : null;
}

function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
