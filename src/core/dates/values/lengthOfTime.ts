import { IN_PARTS } from '../parsers/durationParser';
import { COUNT_SOURCE, durationValue, parseCount, parseUnit, partsDurationValue, UNIT_SOURCE } from '../parsers/quantity';
import type { Timex, TimexContext } from './timexContext';

// Lengths of time that chrono reads as dates: "in two weeks" in a past clause or after a record or a
// tally ("six majors in five years"), "a week later than planned".

/** A superlative or "the first time" ("the third time") shortly before "in 33 years", in the same clause (not "the first debate in 10 days", still ahead). */
const RECORD_BEFORE = /\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|only)\s+(?:time|such)|lowest|highest|biggest|largest|smallest|worst|best|strongest|weakest|fastest|slowest|longest|deepest|sharpest|steepest|most|least|fewest)\b[^.,;:!?]{0,40}$/i;
/**
 * A tally right before "in five years": a number and a plural noun ("six majors", "more than
 * 30,000 flats", "three titles"). The years are those within which it was reached or is to be.
 */
const TALLY_BEFORE = /(?<![\p{L}\p{N}$£€.,])(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\s+(?:[\p{Ll}-]+\s+)?\p{Ll}{2,}s\s+$/u;
/** "plays twice in four days", "struck three times in a week": how often within the span, a length of time too. */
const FREQUENCY_BEFORE = /\b(?:twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+times)\s+$/i;
/** Plural nouns that are themselves lengths or amounts of money, not things tallied. */
const NOT_TALLIED = /\b(?:seconds|minutes|hours|days|weeks|months|years|decades|times|percent|cents|dollars|pounds|euros)\s+$/i;
const IN_PARTS_ONLY = new RegExp(`^in\\s+(?:just\\s+|only\\s+)?(${IN_PARTS.source})$`, 'iu');
const IN_COUNT = new RegExp(`^in\\s+(?:just\\s+|only\\s+)?(${COUNT_SOURCE})\\s+(${UNIT_SOURCE})$`, 'i');

/**
 * "his second letter in two weeks was published": chrono reads "in two weeks" as two
 * weeks after the article date, which a past clause rules out; it is the time within
 * which things happened, a length of time.
 */
export function pastWithin(lower: string, ctx: TimexContext): Timex | null {
  const m = IN_COUNT.exec(lower.trim());
  // "captured the debate in 3 minutes 32 seconds": a length written in parts.
  const parts = m ? null : IN_PARTS_ONLY.exec(lower.trim());
  if (!m && !parts) return null;
  // "its lowest unemployment in 33 years", "for the first time in 25 years": a span looked
  // back over, whatever the tense.
  const before = ctx.text.slice(Math.max(0, ctx.position - 48), ctx.position);
  // "six majors in five years", "will build 500 homes in three years": the time within which a tally is reached, whatever the tense.
  const record = RECORD_BEFORE.test(before) || FREQUENCY_BEFORE.test(before) || (TALLY_BEFORE.test(before) && !NOT_TALLIED.test(before));
  if (!record && (ctx.tense() !== 'past' || inOpeningParticipleClause(ctx))) return null;
  if (!m) {
    const value = partsDurationValue(parts![1]);
    return value ? { type: 'DURATION', value } : null;
  }
  const unit = parseUnit(m[2]);
  return unit ? { type: 'DURATION', value: durationValue(parseCount(m[1]), unit, m[2]) } : null;
}

const COUNT_EARLIER = new RegExp(`^(?:just\\s+|only\\s+|about\\s+|nearly\\s+|almost\\s+|some\\s+)?(${COUNT_SOURCE})\\s+(${UNIT_SOURCE})\\s+(?:earlier|later|sooner)$`, 'i');

/**
 * "a week later than in 2026", "two years earlier than planned": a comparison of two
 * times, not a day counted from the article date; TimeML marks the difference, a length of time.
 */
export function comparedLength(lower: string, ctx: TimexContext): Timex | null {
  const m = COUNT_EARLIER.exec(lower.trim());
  if (!m) return null;
  const end = ctx.position + ctx.phraseLength;
  if (!/^\s+than\b/i.test(ctx.text.slice(end, end + 8))) return null;
  const unit = parseUnit(m[2]);
  return unit ? { type: 'DURATION', value: durationValue(parseCount(m[1]), unit, m[2]) } : null;
}

/**
 * "Heading into the first debate in 10 days, Sanders told …": a clause opened by a participle
 * has no tense of its own, and the past of the main verb after its comma is not its time.
 */
function inOpeningParticipleClause(ctx: TimexContext): boolean {
  const from = Math.max(0, ctx.position - 200);
  const before = ctx.text.slice(from, ctx.position);
  const opening = /(?:^|[.!?]["”’]?\s+|\n\s*)(\p{Lu}\p{Ll}+ing)\b([^.!?\n,;]*)$/u.exec(before);
  return opening !== null && !/^(?:During|According|Including|Regarding|Following|Morning|Evening|Spring|Nothing|Something|Everything|Anything)$/u.test(opening[1]);
}
