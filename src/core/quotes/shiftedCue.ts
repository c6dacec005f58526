import type { SpeechCue } from './speechCues';

/**
 * A cue found in one stretch of text, placed `offset` characters and `token` tokens further
 * on: how a reading remembered for a paragraph, or found on a paragraph's own view, is put
 * back into the whole text.
 */
export function shiftedCue(c: SpeechCue | null, offset: number, token: number): SpeechCue | null {
  if (!c) return c;
  const s = c.subject;
  return {
    cue: { start: c.cue.start + offset, end: c.cue.end + offset, text: c.cue.text },
    subject: s && {
      start: s.start + offset,
      end: s.end + offset,
      tokenStart: s.tokenStart + token,
      tokenEnd: s.tokenEnd + token,
      ...(s.relative !== undefined ? { relative: s.relative + token } : {}),
    },
    verbToken: c.verbToken + token,
    position: c.position,
  };
}
