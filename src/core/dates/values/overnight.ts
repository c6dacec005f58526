import type { ParsedComponents } from 'chrono-node';
import { addDays, compareDays, isoOfDay, weekdayOf } from '../calendarDay';
import { CLOCK_REACH } from './reaches';
import { sentenceAround } from './sentenceAndLine';
import type { Timex, TimexContext } from './timexContext';
import { weekdayDay } from './weekdayDay';

// "overnight", "overnight into Sunday": a forecast's night, dated as TimeML dates a night, by the day
// it starts on; elsewhere "overnight" is as often "suddenly", and is dropped.

/**
 * "overnight" alone, in a forecast: the night after the article's day ("Heavy rain is forecast
 * overnight", "will fall overnight"; with no verb or in the present, where the sentence speaks
 * of the weather: "Frost overnight, then rain"), as TimeML dates a night by the day it starts
 * on. Elsewhere it is dropped: in political copy, past "overnight" is as often "suddenly"
 * ("Overnight, Faso became a contender", "transformed … overnight") or a night of another
 * story's day ("flew overnight to Houston") as the night before the article; so is a night
 * after another day named just before.
 */
export function overnightValue(ctx: TimexContext): Timex {
  const tense = ctx.tense();
  const forecast = tense === 'future' || ((tense === 'none' || tense === 'present') && WEATHER_WORD.test(sentenceAround(ctx.text, ctx.position)));
  if (!forecast) return { type: 'TIME', value: null, dropped: true };
  if (!ctx.anchor) return { type: 'TIME', value: null };
  // "… by 5pm on 16 April. Counting begins overnight": the night of another day named just before.
  const named = ctx.discourse.last(ctx.position, CLOCK_REACH, (m) => m.granularity === 'day');
  if (named && compareDays(named.day, ctx.anchor) !== 0) return { type: 'TIME', value: null, dropped: true };
  return { type: 'TIME', value: `${isoOfDay(ctx.anchor)}TNI` };
}

/**
 * "Snow spreads overnight into Sunday", "heavy rain fell overnight into Sunday": the night before
 * the Sunday, the coming one in a forecast (a future, or a present of the weather), the one gone
 * in a past report; as TimeML dates a night, by the day it starts on.
 */
export function overnightIntoValue(weekday: number, c: ParsedComponents, ctx: TimexContext): Timex {
  if (!ctx.anchor) return { type: 'TIME', value: null };
  const tense = ctx.tense();
  const forward = (weekday - weekdayOf(ctx.anchor) + 7) % 7;
  const forecast = tense === 'future' || ((tense === 'none' || tense === 'present') && WEATHER_WORD.test(sentenceAround(ctx.text, ctx.position)));
  const day = forecast ? addDays(ctx.anchor, forward) : tense === 'past' ? addDays(ctx.anchor, forward === 0 ? 0 : forward - 7) : weekdayDay(weekday, '', c, ctx);
  const night = addDays(day, -1);
  return { type: 'TIME', value: `${isoOfDay(night)}TNI`, dated: { granularity: 'day', day: night } };
}

const WEATHER_WORD = /\b(?:rain|showers?|snow|sleet|hail|frost|fog|mist|drizzle|ice|icy|wind|winds|gusts?|gales?|storms?|thunder\w*|temperatures?|cloud|cloudy|clear|clears|dry|mild|cold|chilly|freezing|minus\s+\d+|\d+\s?°?C\b|lows?)\b/i;
