import { COUNT_SOURCE, UNIT_SOURCE, durationValue, parseCount, parseUnit, partsDurationValue } from './quantity';
import { type NewsParser, newsParser, resultOf } from './newsParser';
import { TriggerKind } from '../dateTriggers';

// Durations (TimeML `P5Y`, `PT3H`): "five years", "the past two months", "a two-day
// visit", "more than 24 hours", "for weeks". chrono reads "the past two months" as the
// date two months back and "within two weeks" as a date; a news desk reads both as
// lengths of time, so these results are longer (or first) and win chrono's overlap
// removal. A count followed by "ago", "earlier", "later" stays a date (chrono's and
// the anaphora parser's).

// "after three days of questioning", "after 22 months": how long something went on, counted
// from an event and not from the article date, so a length of time (TimeML P3D), not a date.
const HEDGE = '(?:(?:about|around|roughly|nearly|almost|more than|less than|fewer than|at least|at most|up to|only|just|another|an additional|a further|within|after|over(?!\\s+the))\\s+)?';
const SPAN_WORD = '(?:(?:the|its|their|his|her)\\s+)?(?:(?:past|last|next|coming|previous|first|final|latest|following|preceding|remaining|full|entire|whole|same|initial|year-earlier|year-ago)\\s+)?';
const NOT_A_DATE_AFTER = '(?!\\s+(?:ago|earlier|later|back|from now|hence|prior)\\b)';

// "the past half century", "the last half-decade": half a unit, without the article.
const COUNTED = new RegExp(
  `${HEDGE}${SPAN_WORD}(${COUNT_SOURCE}(?=\\s)|half(?=[- ](?:century|decade)\\b))[\\s-]\\s*(?:(?:more|additional|full|straight|consecutive|trading|business|calendar|long|short)\\s+)?(${UNIT_SOURCE})(\\s+and\\s+a\\s+half)?${NOT_A_DATE_AFTER}(?![\\p{L}\\p{N}-])`,
  'iu',
);

// "two hours and 42 minutes", "3 minutes 32 seconds", "2 hours, 15 minutes and 30 seconds": one
// length written in parts, not two (TimeML PT2H42M). "two hours and 42 minutes later" is a time
// counted from an event (the anaphora parser's), left be.
const PART_SOURCE = `(?:${COUNT_SOURCE})\\s+${UNIT_SOURCE}`;
export const IN_PARTS = new RegExp(`${PART_SOURCE}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s+)${PART_SOURCE}){1,2}${NOT_A_DATE_AFTER}(?![\\p{L}\\p{N}-])`, 'iu');

const COMPOUND = new RegExp(`(\\d+(?:\\.\\d+)?|${COUNT_SOURCE})-(${UNIT_SOURCE})(?:-(?:long|old))?(?![\\p{L}\\p{N}])`, 'iu');

/** After "one-day": cricket's limited-overs game ("one-day cricket", "a one-day international", "the one-day side"). */
const ONE_DAY_GAME = /^\s+(?:cricket|internationals?|format|side|squad|captain|captaincy|cup|specialists?|game)\b/i;

const MODAL_BEFORE = /\b(?:will|would|could|may|might|can|shall|should|must)\s+(?:(?:not|also|still|even)\s+)?$|['’]ll\s+$/i;

const VAGUE = /(?:for|in|over|within|after|lasting|last)\s+(((?:many|several|some)\s+)?(years|months|weeks|days|hours|minutes|decades|centuries))(?!\s+(?:ago|earlier|later|of|to come|ahead|before|after)\b)(?![\p{L}-])/iu;

/** A measure after "a quarter" that makes the word a fraction of it, not three months: "a quarter point", "a quarter percentage point", "a quarter mile". */
const QUARTER_OF_A_MEASURE = /^\s+(?:(?:percentage|basis)\s+)?(?:points?|percent|per\s*cent|miles?|inch(?:es)?|pounds?|acres?)\b/i;

/**
 * A change by a share before "a quarter": "sales rose by a quarter", "cut by almost a quarter",
 * "up by a quarter" (not "delayed by a quarter", three months later).
 */
const CHANGED_BY = /\b(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|grew|grow|grows|grown|increased?|increases|decreased?|decreases|dropped|drop|drops|jumped|jump|surged|surge|climbed|climb|declined|decline|slumped|slump|plunged|plunge|soared|soar|shrank|shrunk|shrink|cut|cuts|reduced?|reduces|lowered|raised|boosted|lifted|up|down|higher|lower)\s+(?:\S+\s+)?by\s+(?:(?:about|almost|nearly|roughly|around|some|over|more\s+than|less\s+than|just\s+(?:over|under))\s+)?$/i;

/** A verb after "a quarter" that a share of people is the subject of: "a quarter said", "a quarter were undecided". */
const SHARE_VERB_AFTER = /^\s+(?:said|say|says|told|were|are|think|thought|believe|believed|want|wanted|plan|planned|expect|expected|support|supported|oppose|opposed|favou?r|favou?red|backed|agreed|disagreed|reported|described|chose|voted|would|did|do)\b/i;

/**
 * British "over the past fortnight", "in the next fortnight": two weeks up to or from now, as
 * "the past two weeks" is; chrono reads "the past week" but has no fortnight, and a fortnight
 * is no week of the calendar, so a length of time (P2W).
 */
const SPAN_OF_A_FORTNIGHT = /(?:the\s+)?(?:past|last|previous|next|coming|following)\s+fortnight(?![\p{L}\p{N}'’-])/iu;

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
/** The last ordinal or count of the clause before "in as many": "the third … in as many", "three wins in as many". */
const AS_MANY_AS_SAID = new RegExp(`\\b(${ORDINALS.join('|')}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})\\b(?![^.;!?]*\\b(?:${ORDINALS.join('|')}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d)\\b)[^.;!?]*\\bin\\s+as\\s+$`, 'i');

export function durationParsers(): NewsParser[] {
  return [
    newsParser(TriggerKind.unit, SPAN_OF_A_FORTNIGHT, (context, m) => resultOf(context, m, {}, { kind: 'duration', value: 'P2W' })),
    newsParser(TriggerKind.unit | TriggerKind.dayPart | TriggerKind.quarter, COUNTED, (context, m) => {
      const count = parseCount(m[1]);
      const unit = parseUnit(m[2]);
      if (!unit) return null;
      // "a day" in "once a day" is a frequency (setParser); "one day" opening a sentence is "some day".
      if (/^one\s+day$/i.test(m[0]) && /^\s*,/.test(context.text.slice(m.index + m[0].length))) return null;
      // "Islam will one day be ...", "it could one day replace ...": some time to come, not a day's length.
      if (/^one\s+day$/i.test(m[0]) && MODAL_BEFORE.test(context.text.slice(Math.max(0, m.index - 24), m.index))) {
        return resultOf(context, m, {}, { kind: 'reference', value: 'FUTURE_REF' });
      }
      // "a quarter of the vote", "a second term": a share and an ordinal, not lengths of time.
      // "just over a quarter, 26 percent, say ...": a share, given in figures right after.
      // "while a quarter said they had started", "about a quarter were undecided": a share that is the subject of a verb.
      if (unit === 'quarter' && (/^\s+of\b|^\s*[,(—–-]\s*\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)/i.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 24))
        || QUARTER_OF_A_MEASURE.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 24))
        || SHARE_VERB_AFTER.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 16))
        || CHANGED_BY.test(context.text.slice(Math.max(0, m.index - 40), m.index)))) return null;
      if (unit === 'second' && /^(?:an?|one)$/i.test(m[1].trim())) return null;
      // "owned a Century speedboat": a capitalised unit after a lowercase count is a name.
      if (/^\p{Lu}/u.test(m[2]) && !/^\p{Lu}/u.test(m[1].trim())) return null;
      // "in a year of voter anger", "in a year when voters cried out": which year, not how long.
      if (/^(?:an?|one)$/i.test(m[1].trim()) && /\bin\s+$/i.test(context.text.slice(Math.max(0, m.index - 4), m.index)) && /^\s+(?:of|when|that|where|in\s+which|this|so|like)\b/i.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      // "the third summit in as many months", "three wins in as many days": as many as the
      // number said before (three months); without one, no length of time.
      if (/^many$/i.test(m[1].trim()) && /\bas\s+$/i.test(context.text.slice(Math.max(0, m.index - 3), m.index))) {
        const said = AS_MANY_AS_SAID.exec(context.text.slice(Math.max(0, m.index - 80), m.index));
        const n = said ? (ORDINALS.indexOf(said[1].toLowerCase()) + 1 || parseCount(said[1])) : null;
        return n ? resultOf(context, m, {}, { kind: 'duration', value: durationValue(n, unit, m[2]) }) : null;
      }
      const amount = count === null ? null : count + (m[3] ? 0.5 : 0);
      return resultOf(context, m, {}, { kind: 'duration', value: durationValue(amount, unit, m[2]) });
    }),
    newsParser(TriggerKind.unit, IN_PARTS, (context, m) => {
      const value = partsDurationValue(m[0]);
      return value ? resultOf(context, m, {}, { kind: 'duration', value }) : null;
    }),
    newsParser(TriggerKind.unit | TriggerKind.dayPart | TriggerKind.quarter, COMPOUND, (context, m) => {
      const count = parseCount(m[1]);
      const unit = parseUnit(m[2]);
      if (!unit || count === null || /s$/i.test(m[2])) return null;
      // "retired from one-day cricket", "the one-day internationals": a form of the game, not a day's length.
      if (count === 1 && unit === 'day' && ONE_DAY_GAME.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return null;
      return resultOf(context, m, {}, { kind: 'duration', value: durationValue(count, unit, m[2]) });
    }, ['-']),
    newsParser(TriggerKind.unit, VAGUE, (context, m) => {
      const unit = parseUnit(m[3]);
      return unit ? resultOf(context, m, {}, { kind: 'duration', value: durationValue(null, unit, m[3]) }, m[1]) : null;
    }),
  ];
}
