import type { Check, CheckFinding } from './checkTypes';

// Copy that went through a system reading UTF-8 as Windows-1252 (or Latin-1) arrives with each
// accented letter or curly mark turned into two or three others: "GuantÃ¡namo", "FranÃ§ois",
// "donâ€™t". Seen in wire copy and in archives (PolNeAR's New York Times texts have it). The
// damage is mechanical, so the fix is exact: the characters are put back into the bytes they
// were read from and those bytes read as UTF-8 again. Where a later step decomposed a character
// ("Ã¨" became "Ã" + a space + a combining diaeresis), that is undone too.

/** Windows-1252's characters for the bytes 0x80-0x9F, by character. */
const WINDOWS_1252_HIGH = new Map<number, number>([
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86], [0x2021, 0x87], [0x02c6, 0x88],
  [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c], [0x017d, 0x8e], [0x2018, 0x91], [0x2019, 0x92], [0x201c, 0x93],
  [0x201d, 0x94], [0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98], [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b],
  [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
]);

/** Latin-1's spacing accents as compatibility decomposition writes them, a space and a combining mark, by the mark. */
const DECOMPOSED_ACCENTS = new Map<number, number>([[0x0308, 0xa8], [0x0304, 0xaf], [0x0301, 0xb4], [0x0327, 0xb8]]);

/** A lead byte's character (Â-ô) followed by a character a continuation byte may have become: where to look closer. */
const CANDIDATE = /[\u00c2-\u00f4](?:[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]| [\u0301\u0304\u0308\u0327])/gu;

export const misencodedText: Check = {
  id: 'misencoded-text',
  setting: 'misencodedText',
  description: 'Text mis-encoded on its way in ("GuantÃ¡namo", "donâ€™t": UTF-8 read as Windows-1252), with a fix to restore the characters.',
  run({ text }) {
    const out: CheckFinding[] = [];
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
      const run = misencodedRunAt(text, m.index);
      if (run === null) continue;
      CANDIDATE.lastIndex = run.end;
      const written = text.slice(m.index, run.end);
      out.push({
        checkId: this.id,
        start: m.index,
        end: run.end,
        message: `“${clipped(written)}” is “${clipped(run.restored)}” mis-encoded (UTF-8 read as Windows-1252): names and quotes around it may be misread.`,
        fixes: [{ title: `Replace with “${clipped(run.restored)}”`, edits: [{ start: m.index, end: run.end, newText: run.restored }], preferred: true }],
      });
    }
    return out;
  },
};

/** A run as a message shows it: a whole page of damage is not repeated in the Problems panel. */
function clipped(s: string): string {
  return s.length <= 40 ? s : `${s.slice(0, 39)}…`;
}

/** The longest run of mis-encoded characters from `start` and what it reads as, or null where the text there is as meant. */
export function misencodedRunAt(text: string, start: number): { end: number; restored: string } | null {
  let at = start;
  let restored = '';
  for (;;) {
    const next = decodeOne(text, at);
    if (next === null) break;
    restored += String.fromCodePoint(next.code);
    at = next.end;
  }
  return at > start ? { end: at, restored } : null;
}

/** One UTF-8 sequence read back from its characters at `at`: the code point and where it ends, or null. */
function decodeOne(text: string, at: number): { code: number; end: number } | null {
  const lead = text.charCodeAt(at);
  if (!(lead >= 0xc2 && lead <= 0xf4)) return null;
  const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  let code = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
  let end = at + 1;
  for (let i = 1; i < length; i++) {
    const byte = continuationByteAt(text, end);
    if (byte === null) return null;
    code = (code << 6) | (byte.value & 0x3f);
    end = byte.end;
  }
  // Overlong forms, surrogates and C1 controls are no text anyone wrote.
  const least = length === 2 ? 0xa0 : length === 3 ? 0x800 : 0x10000;
  if (code < least || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return null;
  return { code, end };
}

/** The continuation byte (0x80-0xBF) a character at `at` stands for, and where it ends; null if it stands for none. */
function continuationByteAt(text: string, at: number): { value: number; end: number } | null {
  const c = text.charCodeAt(at);
  if (c >= 0x80 && c <= 0xbf) return { value: c, end: at + 1 };
  const high = WINDOWS_1252_HIGH.get(c);
  if (high !== undefined) return { value: high, end: at + 1 };
  if (c === 0x20) {
    const accent = DECOMPOSED_ACCENTS.get(text.charCodeAt(at + 1));
    if (accent !== undefined) return { value: accent, end: at + 2 };
  }
  return null;
}
