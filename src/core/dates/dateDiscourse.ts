import type { CalendarDay } from './calendarDay';

// What a story has dated so far, in text order. "that day", "two days later", "a year
// earlier" and "the quarter" take their value from it, the way a reader does.

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';

export interface DatedMention {
  position: number;
  granularity: Granularity;
  /** The first day of the period named. */
  day: CalendarDay;
  /** For a clock time on the day, its minutes after midnight ("3 a.m.": 180): what "two hours later" counts from. */
  minutes?: number;
  /** For a quarter, 1–4. */
  quarter?: number;
  /** The text named the year ("Nov. 12, 2012"), rather than it being inferred. */
  namedYear?: boolean;
  /** A company's quarter whose calendar year the text does not give (XXXX-Q4): `day` is the calendar's guess, for order only. */
  unknownYear?: boolean;
  /** A quarter of a fiscal year named by its number ("first-quarter fiscal 2027"): `day` is the calendar quarter of that name, which it need not be. */
  fiscal?: boolean;
}

export class DateDiscourse {
  private readonly mentions: DatedMention[] = [];
  private readonly periods: number[] = [];

  remember(mention: DatedMention): void {
    this.mentions.push(mention);
  }

  /** A length of time named at `position` ("in the nine months"): figures after it are about that period. */
  rememberPeriod(position: number): void {
    this.periods.push(position);
  }

  /** Where the last length of time before `position` was named, or -1. */
  lastPeriodBefore(position: number): number {
    for (let i = this.periods.length - 1; i >= 0; i--) if (this.periods[i] < position) return this.periods[i];
    return -1;
  }

  /** The latest mention before `position`, no further back than `reach` characters, that `accept` takes. */
  last(position: number, reach: number, accept: (m: DatedMention) => boolean = () => true): DatedMention | null {
    // Stories date a handful of things: a backward walk is cheap.
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m.position >= position) continue;
      if (position - m.position > reach) return null;
      if (accept(m)) return m;
    }
    return null;
  }
}
