import * as assert from 'node:assert/strict';
import { sameShiftedCue, shiftedCue } from '../../src/core/quotes/shiftedCue';
import { shifted } from '../../src/core/quotes/indirectSpeechByParagraph';
import { shiftedReading, type QuoteReading } from '../../src/core/quotes/quoteReadingMemo';
import { movedMark } from '../../src/core/quotes/quotedSpans';
import { movedAttribution } from '../../src/core/quotes/lastSpeakerRun';
import type { SpeechCue } from '../../src/core/quotes/speechCues';
import type { Phrase } from '../../src/core/quotes/speakerPhrase';
import type { FoundQuote } from '../../src/core/quotes/quoteFinder';
import type { QuoteMark } from '../../src/core/quotes/quotationMarks';
import type { Attribution } from '../../src/core/quotes/speakerResolver';

// The copies that move what an edit left unchanged list their fields by hand (a spread copy
// cost twice as much on every keystroke). Each fixture below is typed Required<…>: a field
// added to the type stops this file compiling until it is given here, and the tests then fail
// until the copy keeps it. Optional fields absent stay absent, as in a fresh reading.

const subject: Required<Phrase> = { start: 10, end: 14, tokenStart: 2, tokenEnd: 3, relative: 4 };
const cue: Required<SpeechCue> = { cue: { start: 20, end: 24, text: 'said' }, subject, verbToken: 5, position: 'after', unsaid: true };
const bare: SpeechCue = { cue: { start: 20, end: 24, text: 'said' }, subject: { start: 10, end: 14, tokenStart: 2, tokenEnd: 3 }, verbToken: 5, position: 'before' };

suite('Copies moved by an edit keep every field', () => {
  test('a cue and its subject', () => {
    const moved = shiftedCue(cue, 100, 7)!;
    assert.deepEqual(moved, { cue: { start: 120, end: 124, text: 'said' }, subject: { start: 110, end: 114, tokenStart: 9, tokenEnd: 10, relative: 11 }, verbToken: 12, position: 'after', unsaid: true });
    assert.ok(sameShiftedCue(cue, moved, 100, 7));
    assert.deepEqual(Object.keys(shiftedCue(bare, 3, 1)!).sort(), Object.keys(bare).sort());
    assert.deepEqual(Object.keys(shiftedCue(bare, 3, 1)!.subject!).sort(), Object.keys(bare.subject!).sort());
    // Moved by tokens alone, the span is shared.
    assert.equal(shiftedCue(cue, 0, 7)!.cue, cue.cue);
  });

  test('a reported clause', () => {
    const clause: Required<FoundQuote> = { start: 30, end: 60, contentStart: 31, contentEnd: 59, paragraphs: 1, closed: true, kind: 'indirect', cueAfter: null, cueBefore: cue, paragraph: 2, anonymous: true, cues: [cue, null, bare] };
    const moved = shifted(clause, 100, 7, 5);
    assert.deepEqual(Object.keys(moved).sort(), Object.keys(clause).sort());
    assert.deepEqual([moved.start, moved.end, moved.contentStart, moved.contentEnd, moved.paragraph, moved.anonymous], [130, 160, 131, 159, 5, true]);
    assert.equal(moved.cues![0], moved.cueBefore);
    assert.deepEqual(moved.cues![2], shiftedCue(bare, 100, 7));
    const plain: FoundQuote = { start: 30, end: 60, contentStart: 30, contentEnd: 60, paragraphs: 1, closed: true, kind: 'indirect', cueBefore: bare, cueAfter: null, paragraph: 2 };
    assert.deepEqual(Object.keys(shifted(plain, 1, 1, 2)).sort(), Object.keys(plain).sort());
  });

  test('a quotation\'s reading', () => {
    const reading: Required<QuoteReading> = { kind: 'direct', cueAfter: cue, cueBefore: null, cues: [cue, bare] };
    const moved = shiftedReading(reading, 100, 7);
    assert.deepEqual(Object.keys(moved).sort(), Object.keys(reading).sort());
    assert.equal(moved.cues[0], moved.cueAfter);
    assert.deepEqual(moved.cues[1], shiftedCue(bare, 100, 7));
  });

  test('a quotation mark', () => {
    const mark: Required<QuoteMark> = { start: 5, end: 6, family: 'double', canOpen: true, canClose: false, damaged: false };
    assert.deepEqual(movedMark(mark, 10), { ...mark, start: 15, end: 16 });
  });

  test('an attribution', () => {
    const a: Required<Attribution> = { speakerId: 'p1', speakerMention: { start: 1, end: 4, text: 'Ann' }, cue: { start: 5, end: 9, text: 'said' }, referent: { start: 0, end: 1, text: 'A' }, together: true };
    assert.deepEqual(movedAttribution(a, 10, 'p2'), { speakerId: 'p2', speakerMention: { start: 11, end: 14, text: 'Ann' }, cue: { start: 15, end: 19, text: 'said' }, referent: { start: 10, end: 11, text: 'A' }, together: true });
    const plain: Attribution = { speakerId: null, speakerMention: null, cue: null };
    assert.deepEqual(Object.keys(movedAttribution(plain, 3, null)).sort(), Object.keys(plain).sort());
  });
});
