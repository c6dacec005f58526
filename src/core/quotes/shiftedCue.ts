import type { SpeechCue } from './speechCues';
import type { Phrase } from './speakerPhrase';

// A cue found in one stretch of text is put back into the whole text (a reading remembered for
// a paragraph, a clause found on a paragraph's own view) by copying it with its offsets and
// token indices moved. The copies below list the fields by hand, the optional ones set only
// where present, as a fresh reading has them: an editor's keystroke moves every cue after the
// edit, and a spread copy cost twice as much. A field added to SpeechCue or Phrase must be
// added here too (test/unit/shiftedCue.test.ts fails to compile until it is: its cue has
// every field), else the editor's annotations differ from a fresh annotate()'s.

/** The cue placed `offset` characters and `token` tokens further on. */
export function shiftedCue(c: SpeechCue | null, offset: number, token: number): SpeechCue | null {
  if (!c) return c;
  const s = c.subject;
  // Moved by tokens alone (a paragraph's clauses put back into the whole text), the cue's span stays what it was: shared, not copied.
  const cue = offset === 0 ? c.cue : { start: c.cue.start + offset, end: c.cue.end + offset, text: c.cue.text };
  const moved: SpeechCue = { cue, subject: s && shiftedPhrase(s, offset, token), verbToken: c.verbToken + token, position: c.position };
  if (c.unsaid !== undefined) moved.unsaid = c.unsaid;
  return moved;
}

function shiftedPhrase(s: Phrase, offset: number, token: number): Phrase {
  const moved: Phrase = { start: s.start + offset, end: s.end + offset, tokenStart: s.tokenStart + token, tokenEnd: s.tokenEnd + token };
  if (s.relative !== undefined) moved.relative = s.relative + token;
  return moved;
}

/** Whether `b` is `a` placed `by` characters and `tokens` tokens further on (shiftedCue's counterpart). */
export function sameShiftedCue(a: SpeechCue | null, b: SpeechCue | null, by: number, tokens: number): boolean {
  if (a === null || b === null || (a === b && by === 0 && tokens === 0)) return a === b;
  if (a.verbToken + tokens !== b.verbToken || a.position !== b.position || a.unsaid !== b.unsaid || a.cue.start + by !== b.cue.start || a.cue.end + by !== b.cue.end || a.cue.text !== b.cue.text) return false;
  const s = a.subject;
  const t = b.subject;
  if (s === null || t === null) return s === t;
  return s.start + by === t.start && s.end + by === t.end && s.tokenStart + tokens === t.tokenStart && s.tokenEnd + tokens === t.tokenEnd &&
    (s.relative === undefined ? t.relative === undefined : s.relative + tokens === t.relative);
}
