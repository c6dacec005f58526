import type { DateMention } from '../types';
import type { CalendarDay } from './calendarDay';
import type { DatedMention } from './dateDiscourse';
import type { DateTrigger, TextWindow } from './dateTriggers';
import type { Part } from './dateFinder';
import { commonEnds } from '../text/commonEnds';

/**
 * What the date finder did on the version annotated last, for the next call to diff
 * against: the trigger words of each line, chrono's reading of each window, and what
 * resolving each window's dates gave and told the discourse. After an edit, lines and
 * windows outside the edited range are taken from here without their text being looked up
 * (hashing every line and window of a long text on each keystroke cost more than the rest),
 * and the windows well before the edit keep their values outright: a date's value depends
 * only on the text before it, the dates before it, and a short reach of text after it
 * (READ_AHEAD). One text's worth of memory.
 */
export interface DateRun {
  text: string;
  documentDate: string | null;
  lines: LineRun[];
  windows: WindowRun[];
}

export interface LineRun {
  start: number;
  end: number;
  triggers: readonly DateTrigger[];
}

export interface WindowRun {
  window: TextWindow;
  parts: readonly Part[];
  /** In order: each date found, and what it told the discourse. */
  effects: DateEffect[];
  /** The start of a range the window ended in ("from April 24 to" …), for the next window. */
  rangeStartAfter: CalendarDay | undefined;
}

export interface DateEffect {
  mention: DateMention;
  dated?: DatedMention;
  period?: number;
}

/**
 * How far past a date's window any rule reads to resolve it: the tense reader's sentence
 * (clauseTense.ts, 240 characters and a few), the election words around a month (160), a
 * weekday after a clock time (48). Kept well above all of them.
 */
export const READ_AHEAD = 2000;

export class LastDates {
  run: DateRun | undefined;
  /** Of the last call: lines whose trigger words and windows whose chrono reading came from the version before, and windows whose values did, of all windows. */
  lineHits = 0;
  windowHits = 0;
  valueHits = 0;
  windowCount = 0;

  get keyChars(): number {
    return this.run?.text.length ?? 0;
  }

  resetCounts(): void {
    this.lineHits = 0;
    this.windowHits = 0;
    this.valueHits = 0;
    this.windowCount = 0;
  }

  clear(): void {
    this.run = undefined;
  }
}

/**
 * Where the previous run's lines and windows stand in the new text: those wholly inside
 * the text both versions share at their start keep their offsets, those wholly inside the
 * shared end are moved by the length change; anything else was touched by the edit.
 */
export class EditedRange {
  readonly prefix: number;
  private readonly tail: number;
  private readonly shift: number;

  constructor(before: string, after: string) {
    const { prefix, suffix } = commonEnds(before, after);
    this.prefix = prefix;
    this.tail = after.length - suffix;
    this.shift = after.length - before.length;
  }

  /** How far [start, end) of the new text moved from the old one, or null if the edit touched it. */
  movedBy(start: number, end: number): number | null {
    return start >= this.tail ? this.shift : end <= this.prefix ? 0 : null;
  }
}

/**
 * Finds items of the previous run by their old bounds, for new bounds that come in text
 * order (so a single forward walk serves the whole text).
 */
export class SortedLookup<T> {
  private at = 0;

  constructor(private readonly items: readonly T[], private readonly bounds: (item: T) => TextWindow | LineRun) {}

  find(start: number, end: number): T | undefined {
    const { items, bounds } = this;
    while (this.at < items.length && bounds(items[this.at]).start < start) this.at++;
    const item = items[this.at];
    if (item === undefined) return undefined;
    const b = bounds(item);
    return b.start === start && b.end === end ? item : undefined;
  }
}
