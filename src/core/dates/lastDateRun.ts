import type { DateMention } from '../types';
import type { CalendarDay } from './calendarDay';
import type { DatedMention } from './dateDiscourse';
import type { DateTrigger, TextWindow } from './dateTriggers';
import type { Part } from './dateFinder';
import { RecentRuns } from '../incremental/recentRuns';

/**
 * What the date finder did on the version annotated last, for the next call to diff
 * against: the trigger words of each line, chrono's reading of each window, and what
 * resolving each window's dates gave and told the discourse. After an edit, lines and
 * windows outside the edited range are taken from here without their text being looked up
 * (hashing every line and window of a long text on each keystroke cost more than the rest),
 * and the windows well before the edit keep their values outright: a date's value depends
 * only on the text before it, the dates before it, and a short reach of text after it
 * (READ_AHEAD). One run per text an editor goes back and forth between (RecentRuns).
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

/** The date finder's last runs; `hits` counts the windows whose values were kept. */
export class LastDates extends RecentRuns<DateRun> {
  /** Of the last call: lines whose trigger words and windows whose chrono reading came from a kept run, and all windows. */
  lineHits = 0;
  windowHits = 0;
  windowCount = 0;

  resetCounts(): void {
    super.resetCounts();
    this.lineHits = 0;
    this.windowHits = 0;
    this.windowCount = 0;
  }
}
