import type { SpeechCue } from './speechCues';
import type { Phrase } from './speakerPhrase';

/**
 * A cue found in one stretch of text, placed `offset` characters and `token` tokens further
 * on: how a reading remembered for a paragraph, or found on a paragraph's own view, is put
 * back into the whole text. Every field is kept (spread), only the offsets and token
 * indices move: a field listed by hand was lost when one was added (`unsaid`), and the
 * editor's annotations then differed from a fresh annotate()'s.
 */
export function shiftedCue(c: SpeechCue | null, offset: number, token: number): SpeechCue | null {
  if (!c) return c;
  const s = c.subject;
  let subject: Phrase | null = null;
  if (s) {
    subject = { ...s, start: s.start + offset, end: s.end + offset, tokenStart: s.tokenStart + token, tokenEnd: s.tokenEnd + token };
    if (s.relative !== undefined) subject.relative = s.relative + token;
  }
  // Moved by tokens alone (a paragraph's clauses put back into the whole text), the cue's span stays what it was: shared, not copied.
  return { ...c, cue: offset === 0 ? c.cue : { ...c.cue, start: c.cue.start + offset, end: c.cue.end + offset }, subject, verbToken: c.verbToken + token };
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
