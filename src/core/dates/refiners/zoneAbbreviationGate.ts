import * as chrono from 'chrono-node';
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

// chrono's time-zone abbreviation refiner takes any word of two to four letters after a result
// ("Monday to", "last week in", "Tuesday the") and works out the result's date, which builds
// Date objects, before it looks the word up among the zones and mostly finds none: a third of
// the refiners' time over the PolNeAR dev windows went there. Gated, it runs only on the
// results followed by a zone's abbreviation, one at a time: it treats each result on its own.

/** chrono's TIMEZONE_NAME_PATTERN, sticky at a result's end where chrono anchors it on the text after the result. */
const ZONE_AFTER = /\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/iy;

/** A fixed instant: whether a word is a zone does not depend on it (only a zone's offset does). */
const PROBE_INSTANT = new Date(2000, 0, 1, 12);

/** Bound on the words remembered (all words of two to four letters that ever follow a date). */
const MAX_WORDS = 4096;

/** Whether chrono's casual refiner is its time-zone abbreviation refiner: the one with zone overrides of its own. */
export function isZoneAbbreviationRefiner(refiner: Refiner): boolean {
  return Object.prototype.hasOwnProperty.call(refiner, 'timezoneOverrides');
}

/** `refiner` (chrono's ExtractTimezoneAbbrRefiner), run only on the results a zone's abbreviation follows. */
export function zoneAbbreviationGate(refiner: Refiner): Refiner {
  const overrides = (refiner as { timezoneOverrides?: Record<string, number> }).timezoneOverrides;
  const known = new Map<string, boolean>();
  const isZone = (word: string): boolean => {
    const upper = word.toUpperCase();
    let zone = known.get(upper);
    if (zone === undefined) {
      if (known.size >= MAX_WORDS) known.clear();
      // chrono's own lookup (toTimezoneOffset, not exported): null for a word that is no zone.
      zone = chrono.ReferenceWithTimezone.fromInput({ instant: PROBE_INSTANT, timezone: upper }, overrides).timezoneOffset !== null;
      known.set(upper, zone);
    }
    return zone;
  };
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      // Zones given with the context are chrono's to look up: the refiner runs whole.
      if (context.option.timezones) return refiner.refine(context, results);
      for (const r of results) {
        ZONE_AFTER.lastIndex = r.index + r.text.length;
        const m = ZONE_AFTER.exec(context.text);
        if (m && isZone(m[1])) refiner.refine(context, [r]);
      }
      return results;
    },
  };
}
