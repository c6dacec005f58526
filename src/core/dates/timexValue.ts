import type { ParsedComponents } from 'chrono-node';
import { addDays, dayFromIso, isoOfDay } from './calendarDay';
import { pad } from './isoDate';
import { MONTH_NAME } from './monthNames';
import { type NewsTags, readNewsTags } from './parsers/newsParser';
import type { Unit } from './parsers/quantity';
import { anaphorValue } from './values/anaphorValue';
import { chronoValue } from './values/chronoValue';
import { holidayValue, weekdayOfMonthValue } from './values/holidayValue';
import { endsTheDay } from './values/midnight';
import { ordinalDayValue } from './values/ordinalDay';
import { overnightIntoValue, overnightValue } from './values/overnight';
import { endNotYetCome } from './values/periodEnd';
import { playingSeasonValue } from './values/playingSeason';
import { halfValue, quarterValue } from './values/quarterValue';
import { agoWithinValue, relativeValue } from './values/relativePeriod';
import { seasonValue } from './values/seasonValue';
import { dated, type Timex, type TimexContext } from './values/timexContext';
import { weekendOfValue, weekOfValue } from './values/weekAndWeekend';
import { weekAfterValue } from './values/weekdayDay';
import { yearEndValue } from './values/yearEnd';

// From a chrono result to a TimeML type and value, the way a news desk reads it: the
// article date anchors relative dates, the tense of the clause decides whether "on
// Monday" and "in November" look back or ahead, and dates named earlier in the story
// anchor "that day" and "a year earlier". Without an article date, whatever needs one
// gets the value null. This file passes each result to the rule of its kind (values/),
// then moves it by a day or sets it at a clock time where a refiner asked for it.

export function resolveTimex(c: ParsedComponents, phrase: string, ctx: TimexContext): Timex {
  const tags = readNewsTags(c.tags());
  const t = resolveTimexOf(c, tags, phrase, ctx);
  if (tags.dayShift) return shiftedDay(t, Number(tags.dayShift));
  return (tags.kind === 'holiday' || tags.kind === 'weekdayOfMonth' || tags.kind === 'anaphor') && c.isCertain('hour') ? atClockTime(t, c, endsTheDay(phrase, ctx)) : t;
}

/** "3pm on Boxing Day", "02:00 the following morning" (clockOnNamedDay.ts): the day a news parser found, at the clock time. */
function atClockTime(t: Timex, c: ParsedComponents, dayEnd = false): Timex {
  const day = t.value ? /^(\d{4}-\d\d-\d\d)(?:T(?:MO|AF|EV|NI))?$/.exec(t.value) : null;
  if (!day) return t.value === null ? { ...t, type: 'TIME' } : t;
  return { ...t, type: 'TIME', value: `${day[1]}T${dayEnd ? '24:00' : `${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`}` };
}

/** "the day before last Tuesday's hearing": the day named, moved by a day (modifierExtender.ts). */
function shiftedDay(t: Timex, days: number): Timex {
  if (!t.value || !/^\d{4}-\d\d-\d\d$/.test(t.value)) return t;
  const named = dayFromIso(t.value);
  if (!named) return t;
  const day = addDays(named, days);
  return { type: t.type, value: isoOfDay(day), dated: { granularity: 'day', day } };
}

/** "the last year of his presidency", "the final week of the race": "last" is the final one of a span, not the one before the article date's. */
const FINAL_PERIOD = /^(?:the\s+)?(?:last|final)\s+(week|month|year|decade)$/i;
const OF_CALENDAR = new RegExp(`^\\s+of\\s+(?:${MONTH_NAME}|(?:the\\s+|this\\s+|that\\s+|next\\s+|last\\s+)?(?:year|month|quarter|decade|century|season)\\b|\\d)`, 'i');

function finalPeriodOf(phrase: string, ctx: TimexContext): Timex | null {
  const m = FINAL_PERIOD.exec(phrase.trim());
  if (!m) return null;
  const end = ctx.position + ctx.phraseLength;
  const after = ctx.text.slice(end, end + 40);
  if (!/^\s+of\s/i.test(after) || !(/^the\s/i.test(phrase) || /\bthe\s+$/i.test(ctx.text.slice(Math.max(0, ctx.position - 8), ctx.position)))) return null;
  // "the last week of October": the month names the period; it is found on its own.
  if (OF_CALENDAR.test(after)) return { type: 'DATE', value: null, dropped: true };
  const unit = m[1].toLowerCase();
  return { type: 'DURATION', value: unit === 'decade' ? 'P10Y' : `P1${unit[0].toUpperCase()}` };
}

function resolveTimexOf(c: ParsedComponents, tags: NewsTags, phrase: string, ctx: TimexContext): Timex {
  // "ushering in the year 5786": a year of another calendar after "the year" (yearParser.ts
  // takes the Gregorian ones) is no year of ours.
  if (/^the\s+year$/i.test(phrase.trim()) && OTHER_CALENDAR_YEAR_AFTER.test(ctx.text.slice(ctx.position + ctx.phraseLength, ctx.position + ctx.phraseLength + 8))) return { type: 'DATE', value: null, dropped: true };
  if (tags.kind === undefined || tags.kind === 'relative') {
    const final = finalPeriodOf(phrase, ctx);
    if (final) return final;
  }
  switch (tags.kind) {
    case 'reference':
      // "soon" in a past clause ("was soon released") relates two past events: no reference.
      if (tags.unlessPast && ctx.tense() === 'past') return { type: 'DATE', value: null, dropped: true };
      return { type: 'DATE', value: tags.value ?? null };
    case 'overnight': return tags.into === undefined ? overnightValue(ctx) : overnightIntoValue(Number(tags.into), c, ctx);
    case 'duration': return { type: 'DURATION', value: tags.value ?? null };
    case 'set': return { type: 'SET', value: tags.value ?? null };
    case 'year': return dated('year', { year: c.get('year') ?? 0, month: 1, day: 1 }, String(c.get('year')).padStart(4, '0'));
    case 'decade': return { type: 'DATE', value: tags.decade ?? null };
    case 'century': return centuryValue(tags, ctx);
    case 'quarter': return quarterValue(c, tags, ctx, phrase);
    case 'half': return halfValue(c, tags, ctx);
    case 'season': return seasonValue(c, tags, ctx);
    case 'playingSeason': return playingSeasonValue(Number(tags.shift ?? 0), ctx);
    case 'holiday': return holidayValue(c, tags, ctx);
    case 'weekdayOfMonth': return weekdayOfMonthValue(c, tags, ctx);
    case 'weekAfter': return weekAfterValue(tags, ctx);
    case 'yearEnd': return yearEndValue(tags, ctx);
    case 'ordinalDay': return ordinalDayValue(tags, ctx);
    case 'anaphor': return anaphorValue(tags, ctx);
    case 'relative': {
      const shift = Number(tags.shift ?? 0);
      if (tags.within) return agoWithinValue(tags.unit as Unit, shift, tags.within, ctx);
      return relativeValue(tags.unit as Unit, shift === 0 && endNotYetCome(tags.unit ?? '', phrase.toLowerCase(), ctx) ? -1 : shift, ctx);
    }
    case 'weekOf': return tags.weekend === undefined ? weekOfValue(c, phrase, ctx) : weekendOfValue(c, Number(tags.weekend), phrase, ctx);
    default: return chronoValue(c, phrase, ctx);
  }
}

function centuryValue(tags: NewsTags, ctx: TimexContext): Timex {
  if (tags.relative !== undefined) {
    if (!ctx.anchor) return { type: 'DATE', value: null };
    return { type: 'DATE', value: pad(Math.floor(ctx.anchor.year / 100) + Number(tags.relative)) };
  }
  return { type: 'DATE', value: pad(Number(tags.century)) };
}

/** A number of four digits or more right after "the year" (a Gregorian one is the year parser's). */
const OTHER_CALENDAR_YEAR_AFTER = /^\s+\d{4,}(?!\d)/;
