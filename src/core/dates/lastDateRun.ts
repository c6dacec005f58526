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
 * (READ_AHEAD). So do, moved, the windows far enough after all the edit changed, since the
 * rules read back only so far (READ_BACK). One run per text an editor goes back and forth
 * between (RecentRuns).
 */
export interface DateRun {
  text: string;
  documentDate: string | null;
  /** Whether the dateline is south of the equator (hemisphere.ts): seasons resolve by it. */
  southern: boolean;
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
  /** In order: each date found, and what it told the discourse, `shift` characters before where they now stand. */
  effects: readonly DateEffect[];
  /**
   * How far the window moved since its effects were recorded: a window wholly after an edit
   * keeps the record it had, never copied (movedWindowRun), and its dates are moved when given out.
   */
  shift: number;
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
 * (tense/sentenceBounds.ts REACH, 240 characters and a few), the election words around a month (160), a
 * weekday after a clock time (48), the end of a company's year around a fiscal quarter
 * (1500). Kept well above all of them.
 */
export const READ_AHEAD = 2000;

/**
 * How far before a date any rule reads to resolve it: the discourse's longest reach back
 * for a date named before (values/reaches.ts ANAPHOR_REACH, 2500 characters; the same event's day,
 * values/clockDay.ts SAME_EVENT_REACH and its sentence, 2900) and the text it
 * reads before a date (at most a story date's reach and a few, 1008). A date further than
 * this after everything the edit changed (its text, and the dates it made resolve
 * differently) resolves as before, moved. Kept above all of them.
 */
export const READ_BACK = 3000;

/** A window's run of the last version for the same window `shift` characters further on (wholly after the edit): every field kept, the window moved. */
export function movedWindowRun(old: WindowRun, window: TextWindow, shift: number): WindowRun {
  return { window: { ...window }, parts: old.parts, effects: old.effects, shift: old.shift + shift, rangeStartAfter: old.rangeStartAfter };
}

/** Whether a window resolved now as in the last version, `shift` characters before: the same dates, told the discourse alike, the same range start left for the next window. */
export function sameWindowRun(old: WindowRun, now: WindowRun, shift: number): boolean {
  if (old.effects.length !== now.effects.length || !sameDay(old.rangeStartAfter, now.rangeStartAfter)) return false;
  const by = old.shift + shift - now.shift;
  return old.effects.every((e, i) => sameEffect(e, now.effects[i], by));
}

function sameEffect(old: DateEffect, now: DateEffect, shift: number): boolean {
  const a = old.mention;
  const b = now.mention;
  if (a.start + shift !== b.start || a.end + shift !== b.end || a.text !== b.text || a.type !== b.type || a.value !== b.value || a.point !== b.point) return false;
  if ((old.period === undefined ? undefined : old.period + shift) !== now.period) return false;
  if (!old.dated || !now.dated) return old.dated === now.dated;
  const x = old.dated;
  const y = now.dated;
  return x.position + shift === y.position && x.granularity === y.granularity && sameDay(x.day, y.day) && x.quarter === y.quarter && x.namedYear === y.namedYear && x.unknownYear === y.unknownYear && x.fiscal === y.fiscal && x.minutes === y.minutes;
}

export function sameDay(a: CalendarDay | undefined, b: CalendarDay | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.year === b.year && a.month === b.month && a.day === b.day);
}

/** The date finder's last runs; `hits` counts the windows whose values were kept. */
export class LastDates extends RecentRuns<DateRun> {
  /** Of the last call: lines whose trigger words and windows whose chrono reading came from a kept run, and all windows. */
  lineHits = 0;
  windowHits = 0;
  windowCount = 0;
  /** Of those windows whose values were kept: the ones after the edit, moved. */
  movedHits = 0;

  resetCounts(): void {
    super.resetCounts();
    this.movedHits = 0;
    this.lineHits = 0;
    this.windowHits = 0;
    this.windowCount = 0;
  }
}
