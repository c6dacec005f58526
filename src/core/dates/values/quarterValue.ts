import type { ParsedComponents } from 'chrono-node';
import { quarterOf } from '../calendarDay';
import type { DatedMention } from '../dateDiscourse';
import { isGameQuarter } from '../gamePeriod';
import type { NewsTags } from '../parsers/newsParser';
import { FISCAL, fiscalEndTold, namedFiscal, quarterEndedOn, unknownYearQuarter } from './fiscalQuarter';
import { quarterHasBegun, quarterIndex, type QuarterRef, quarterTimex, shiftQuarter } from './quarterRef';
import type { Timex, TimexContext } from './timexContext';
import { QUARTER_COMPARISON_REACH } from './yearAgo';

// Quarters and halves of a year ("the third quarter", "the quarter", "the latest quarter", "the
// year-ago quarter", "the first half"): the quarter a business story reports on, and its year.

/** How far back "the quarter" looks for the quarter it refers to. */
const QUARTER_REACH = 300;

/**
 * "the latest quarter", "the latest period": the quarter the story reports on. That is the
 * last finished quarter it named ("third-quarter net ... In the latest quarter", not the
 * "fourth-quarter charge" forecast in between); when it named only the running one, that
 * one (a fiscal "fourth quarter" ended Sept. 30, reported in November); with none, the
 * last finished quarter of the calendar.
 */
function latestReported(ctx: TimexContext, lastFinished: QuarterRef | null): QuarterRef | null {
  if (!lastFinished) return null;
  const finished = quarterIndex(lastFinished);
  const isQuarter = (m: DatedMention): boolean => m.granularity === 'quarter' && m.quarter !== undefined;
  const reported = ctx.discourse.last(ctx.position, QUARTER_COMPARISON_REACH, (m) => isQuarter(m) && quarterIndex({ year: m.day.year, quarter: m.quarter as number }) <= finished)
    ?? ctx.discourse.last(ctx.position, QUARTER_COMPARISON_REACH, (m) => isQuarter(m) && quarterHasBegun(m, ctx.anchor));
  return reported ? { year: reported.day.year, quarter: reported.quarter as number, unknownYear: reported.unknownYear } : lastFinished;
}

const FIGURES_AFTER = /^[\s-]+(?:results?|earnings|profits?|revenues?|sales|figures|numbers|losses|income|report)\b/i;
const FIGURES_BEFORE = /\b(?:results?|earnings|profits?|revenues?|sales|figures|numbers|losses|income)\s+(?:for|from|in)\s+(?:the\s+|its\s+|their\s+)?$/i;

/** A year-ago period and the comma of an apposition right before a quarter: "the comparable year-ago quarter, ". */
const RESTATES_YEAR_AGO = /\b(?:year-ago|year-earlier|year-before|prior-year|(?:a|one)\s+year\s+(?:ago|earlier))\s+(?:(?:fiscal|financial)\s+)?(?:quarter|period),\s+$/i;

/** "fourth-quarter results", "earnings for the fourth quarter": the quarter whose figures are reported. */
function quarterOfResults(ctx: TimexContext): boolean {
  const end = ctx.position + ctx.phraseLength;
  return FIGURES_AFTER.test(ctx.text.slice(end, end + 16)) || FIGURES_BEFORE.test(ctx.text.slice(Math.max(0, ctx.position - 30), ctx.position));
}

/**
 * "the third quarter" without a year: the article's year, unless the quarter is still
 * to come in a past clause (then last year's) or long over in a future one (then next
 * year's). Earlier mentions are not used: stories compare with last year's quarters.
 * "the quarter", "that quarter": the quarter named just before, else the one the story
 * reports (latestReported), as "the latest quarter" always is.
 */
export function quarterValue(c: ParsedComponents, tags: NewsTags, ctx: TimexContext, phrase = ''): Timex {
  if (tags.yearAgo) {
    // "the year-ago third quarter": the same quarter a year before; a comparison, not remembered.
    const t = quarterValue(c, { ...tags, yearAgo: undefined }, ctx);
    const m = t.value ? /^(\d{4})-Q(\d)$/.exec(t.value) : null;
    return { type: 'DATE', value: m ? `${Number(m[1]) - 1}-Q${m[2]}` : t.value?.startsWith('XXXX') ? t.value : null };
  }
  const n = tags.quarter ? Number(tags.quarter) : null;
  if (n && c.isCertain('year')) {
    const t = quarterTimex(c.get('year') ?? 0, n);
    // "first-quarter fiscal 2027": a company's quarter, which may have ended before the calendar's of that name begins.
    return FISCAL.test(phrase) && t.dated ? { ...t, dated: { ...t.dated, fiscal: true } } : t;
  }
  if (n) {
    // "scored twice in the third quarter": a game's quarter, no date.
    if (isGameQuarter(ctx.text, ctx.position, ctx.position + ctx.phraseLength)) return { type: 'DATE', value: null, dropped: true };
    if (!ctx.anchor) return { type: 'DATE', value: null };
    const current = quarterOf(ctx.anchor.month);
    // The quarter just finished is still this year's in a future clause: its results are yet to
    // come. In January to March that is last year's fourth, when its results are what is to come
    // ("will report fourth-quarter results in March"; "will pick up in the fourth quarter" is ahead).
    const year = tags.relative !== undefined ? ctx.anchor.year + Number(tags.relative) : ctx.tense() === 'future'
      ? (current === 1 && n === 4 && quarterOfResults(ctx) ? ctx.anchor.year - 1 : n >= current - 1 ? ctx.anchor.year : ctx.anchor.year + 1)
      : n <= current ? ctx.anchor.year : ctx.anchor.year - 1;
    // "In the comparable year-ago quarter, the second quarter ended Oct. 31, ...": a quarter set
    // beside the year-ago one as its name is that quarter, a year before the one it would be.
    const restated = RESTATES_YEAR_AGO.test(ctx.text.slice(Math.max(0, ctx.position - 48), ctx.position)) ? year - 1 : year;
    return FISCAL.test(phrase) && !fiscalEndTold(ctx) ? unknownYearQuarter({ year: restated, quarter: n }) : quarterTimex(restated, n);
  }
  // "the quarter", "that quarter", "the previous quarter" refer to one just named; "the
  // year-ago quarter" compares reported results, so only with a quarter already begun
  // (not the forecast "third quarter of 1990" named in between).
  const named = ctx.discourse.last(ctx.position, QUARTER_REACH, (m) => m.granularity === 'quarter' && (tags.anchor !== 'year-ago' || quarterHasBegun(m, ctx.anchor)));
  if (tags.ofYear) {
    // "the 1988 quarter": the quarter just named, in that year; after "the nine months", or with none named, the year.
    const year = Number(tags.ofYear);
    if (!named?.quarter || ctx.discourse.lastPeriodBefore(ctx.position) > named.position) return { type: 'DATE', value: String(year) };
    return { type: 'DATE', value: `${year}-Q${named.quarter}` };
  }
  const fromNamed: QuarterRef | null = named?.quarter ? { year: named.day.year, quarter: named.quarter, unknownYear: named.unknownYear } : null;
  // "the nine months ... from the same period last year": after a length of time, the year-ago period is that length a year back, not a quarter.
  const period = ctx.discourse.lastPeriodBefore(ctx.position);
  if (tags.anchor === 'year-ago' && /\bperiod\b/i.test(phrase) && period >= 0 && ctx.position - period <= QUARTER_REACH && period > (named?.position ?? -1)) {
    const year = (named?.day.year ?? ctx.anchor?.year) ?? null;
    return { type: 'DATE', value: year === null ? null : String(year - 1) };
  }
  const current = ctx.anchor ? { year: ctx.anchor.year, quarter: quarterOf(ctx.anchor.month) } : null;
  const lastFinished = current && shiftQuarter(current, -1);
  let q: QuarterRef | null;
  switch (tags.anchor) {
    case 'this': q = reportedThisQuarter(ctx, fromNamed, lastFinished) ?? current; break;
    case 'last': q = lastFinished; break;
    case 'next': q = current && shiftQuarter(current, 1); break;
    case 'previous': q = fromNamed ? shiftQuarter(fromNamed, -1) : lastFinished; break;
    case 'year-ago': q = fromNamed ? shiftQuarter(fromNamed, -4) : lastFinished && shiftQuarter(lastFinished, -4); break;
    case 'same': q = fromNamed ?? lastFinished; break;
    case 'latest-named': q = latestReported(ctx, lastFinished); break;
    // "the quarter" paragraphs after the lead's "fiscal first quarter" is still the story's quarter.
    // "the quarter ended March 31" is the three months up to that day rather than a quarter named
    // before that has not yet begun ("expects a pickup in the fourth quarter") or one named by a
    // number of no calendar the text gives (an Indian "Q4" headline over the quarter ended March
    // 31); a quarter named "fiscal" keeps its name, as TimeML writes it ("the fiscal first quarter
    // … the quarter ended Sept. 29" is the first).
    default: q = (named && !quarterHasBegun(named, ctx.anchor)) || (named && !namedFiscal(named, ctx)) ? quarterEndedOn(ctx) ?? fromNamed ?? latestReported(ctx, lastFinished) : fromNamed ?? quarterEndedOn(ctx) ?? latestReported(ctx, lastFinished);
  }
  if (!q) return { type: 'DATE', value: null };
  // A quarter counted from a company's quarter of unknown year is of unknown year too.
  if (q.unknownYear) return tags.anchor === 'year-ago' ? { type: 'DATE', value: `XXXX-Q${q.quarter}` } : unknownYearQuarter(q);
  const t = quarterTimex(q.year, q.quarter);
  // "the year-ago quarter" is a comparison: it must not become the story's current quarter,
  // but it says which one that is, the same quarter a year on ("charges taken in the
  // year-earlier period. In the 1989 period also, ...").
  return tags.anchor === 'year-ago' ? { type: t.type, value: t.value, dated: quarterTimex(q.year + 1, q.quarter).dated } : t;
}

/** What a quarter reports: "this quarter's loss includes ...". */
const RESULTS_AFTER = /^['’]s\s+(?:(?:net|pretax|pre-tax|operating|reported)\s+)?(?:loss|losses|profit|profits|earnings|results|income|net|sales|revenue|revenues)\b/i;

/**
 * "This quarter's loss includes pretax charges", in a story that reports the quarter just
 * finished: results already told are that quarter's, not those of the quarter still
 * running on the article date. In a clause about what is to come ("this quarter's
 * results will suffer") it is the running one.
 */
function reportedThisQuarter(ctx: TimexContext, named: QuarterRef | null, lastFinished: QuarterRef | null): QuarterRef | null {
  if (!named || !lastFinished || quarterIndex(named) !== quarterIndex(lastFinished)) return null;
  const end = ctx.position + ctx.phraseLength;
  if (!RESULTS_AFTER.test(ctx.text.slice(end, end + 30)) || ctx.tense() === 'future') return null;
  return named;
}

export function halfValue(c: ParsedComponents, tags: NewsTags, ctx: TimexContext): Timex {
  const half = Number(tags.half);
  if (c.isCertain('year')) return { type: 'DATE', value: `${c.get('year')}-H${half}` };
  if (!ctx.anchor) return { type: 'DATE', value: null };
  if (tags.relative !== undefined) return { type: 'DATE', value: `${ctx.anchor.year + Number(tags.relative)}-H${half}` };
  const current = ctx.anchor.month <= 6 ? 1 : 2;
  const tense = ctx.tense();
  const year = tense === 'future' ? (half >= current ? ctx.anchor.year : ctx.anchor.year + 1) : half <= current ? ctx.anchor.year : ctx.anchor.year - 1;
  return { type: 'DATE', value: `${year}-H${half}` };
}
