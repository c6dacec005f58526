import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { DateMention } from '../types';
import { addDays, type CalendarDay, dayFromIso } from './calendarDay';
import { toldFromTheSouth } from './hemisphere';
import { rememberedTenseAround, tenseAround } from './clauseTense';
import { endsSentenceAt } from './tense/sentenceBounds';
import type { Tense } from './tense/tense';
import { DateDiscourse } from './dateDiscourse';
import { findDateWindows, memoizedLineTriggers, type DateTrigger, type LineTriggers } from './dateTriggers';
import { movedWindowRun, READ_AHEAD, READ_BACK, sameDay, sameWindowRun, type DateEffect, type DateRun, type LastDates, type LineRun, type WindowRun } from './lastDateRun';
import { SortedLookup, type EditedRange } from '../incremental/editedRange';
import { NewsChrono } from './newsChrono';
import { valueNamedBeside } from './periodApposition';
import { resolveTimex } from './timexValue';
import type { Memo } from '../incremental/memo';

const newsChrono = new NewsChrono();

export interface DateMemos {
  windows: Memo<readonly Part[]>;
  triggers: Memo<readonly DateTrigger[]>;
  tenses: Memo<Tense>;
  last?: LastDates;
}

// chrono needs some reference; without an article date no value read from it is kept.
const NO_ANCHOR_REFERENCE = new Date(2000, 0, 1, 12);

/**
 * The date expressions of a text with TimeML types and values, anchored to the article
 * date (YYYY-MM-DD). Without one, expressions that depend on it get the value null.
 * chrono runs only on the windows a linear trigger scan finds (dateTriggers.ts).
 */
export function findDates(
  text: string,
  documentDate: string | null,
  /** The incremental annotator's: chrono's reading of each window by its text, trigger kinds and reference day; the trigger words of each line; the tense around each date; the last run (lastDateRun.ts). */
  memos?: DateMemos,
): DateMention[] {
  const anchor = dayFromIso(documentDate);
  // Noon local time: chrono works in the host's zone, and noon is a whole day away from either edge.
  const reference = anchor ? new Date(anchor.year, anchor.month - 1, anchor.day, 12) : NO_ANCHOR_REFERENCE;
  const southern = toldFromTheSouth(text);
  const last = memos?.last?.closest(text, (run) => run.documentDate === documentDate && run.southern === southern);
  const previous = last?.run;
  const edit = last?.edit;
  const lines: LineRun[] = [];
  // What the next run reuses (lastDateRun.ts): recorded only for an editor session's memo.
  const recording = memos?.last !== undefined;
  const windows = findDateWindows(text, memos && lineTriggers(memos, edit, previous, lines));
  const oldWindows = previous && new SortedLookup(previous.windows, (w) => w.window);
  const runs: WindowRun[] = [];
  const discourse = new DateDiscourse();
  const out: DateMention[] = [];
  // The day the start of a range resolved to: "from April 24 to 26" ends in the year it starts.
  let rangeStart: CalendarDay | undefined;
  // Windows this far into the text are the previous run's, value and all (lastDateRun.ts).
  let kept = 0;
  // Past the edit, where the last thing that may resolve differently from the previous run
  // ends: the edited text, then any window that did. A window more than READ_BACK past it
  // that only moved takes the previous run's values, moved.
  let changedUntil = edit ? edit.tail : Number.POSITIVE_INFINITY;
  // The index of the previous run's window the last one matched: a window of it with no
  // counterpart now also told the discourse something that is no longer said.
  let lastOld = -1;
  for (const window of windows) {
    const moved = edit?.movedBy(window.start, window.end) ?? null;
    const j = moved === null || !oldWindows ? -1 : oldWindows.indexOf(window.start - moved, window.end - moved);
    const old = j < 0 ? undefined : previous?.windows[j];
    const same = old !== undefined && old.window.kinds === window.kinds;
    const follows = same && j === lastOld + 1;
    if (j >= 0) lastOld = j;
    if (same && moved === 0 && kept === runs.length && window.end + READ_AHEAD <= (edit as EditedRange).prefix) {
      replay(old, out, discourse);
      rangeStart = old.rangeStartAfter;
      runs.push(old);
      kept++;
      if (memos?.last) memos.last.windowHits++;
      continue;
    }
    if (follows && moved !== null && (edit as EditedRange).isAfter(window.start) && window.start - changedUntil > READ_BACK && sameDay(rangeStart, previous?.windows[j - 1]?.rangeStartAfter)) {
      const run = movedWindowRun(old, window, moved);
      replay(run, out, discourse);
      rangeStart = run.rangeStartAfter;
      runs.push(run);
      if (memos?.last) {
        memos.last.windowHits++;
        memos.last.movedHits++;
      }
      continue;
    }
    const windowText = text.slice(window.start, window.end);
    if (same && memos?.last) memos.last.windowHits++;
    const parts = same ? old.parts : windowParts(windowText, reference, window.kinds, memos?.windows);
    const effects: DateEffect[] = [];
    // The window's last date, and what was recorded of it: a period named beside it may say which it is (periodApposition.ts).
    let before: { mention: DateMention; effect?: DateEffect } | undefined;
    for (const part of parts) {
      const span = trimSpan(text, window.start + part.index, window.start + part.index + part.text.length);
      const startOfRange = part.range === 'end' ? rangeStart : undefined;
      rangeStart = undefined;
      if (!span) continue;
      let tense: Tense | undefined;
      const timex = resolveTimex(part.components, text.slice(span.start, span.end), {
        anchor,
        southern,
        tense: () => (tense ??= memos ? rememberedTenseAround(text, span.start, span.end, memos.tenses) : tenseAround(text, span.start, span.end)),
        discourse,
        position: span.start,
        text,
        phraseLength: span.end - span.start,
        rangeStart: startOfRange,
        rangeEndMonth: part.range === 'start' ? endMonthOfRange(parts, part) : undefined,
      });
      if (timex.dropped) continue;
      // Only a calendar day or a weekday whose end is a weekday: chrono also joins "a revision Friday to December's figures".
      // And a day whose end is a clock time alone ("from 6am on Saturday until midnight"): that time is on the day the start resolved to.
      if (part.range === 'start' && timex.dated && (part.components.isCertain('month') || (part.components.isCertain('weekday') && endsOnWeekday(parts, part)))) rangeStart = timex.dated.day;
      // "from 8pm on Friday until 6am": a clock time before the start's is on the next day (midnight is the start day's end).
      else if (part.range === 'start' && timex.dated && endsOnClock(parts, part)) rangeStart = endsNextDay(parts, part) ? addDays(timex.dated.day, 1) : timex.dated.day;
      const mention: DateMention = { start: span.start, end: span.end, text: text.slice(span.start, span.end), type: timex.type, value: timex.value };
      if (timex.point !== undefined) mention.point = timex.point;
      const dated = timex.dated && { position: span.start, ...timex.dated };
      const period = !dated && timex.type === 'DURATION' && timex.point === undefined ? span.start : undefined;
      if (dated) discourse.remember(dated);
      else if (period !== undefined) discourse.rememberPeriod(period);
      const named = before && valueNamedBeside(text, before.mention, mention);
      if (before && named) {
        before.mention.value = named;
        if (before.effect) before.effect.mention.value = named;
      }
      let effect: DateEffect | undefined;
      if (recording) {
        effect = { mention: { ...mention } };
        if (dated) effect.dated = dated;
        if (period !== undefined) effect.period = period;
        effects.push(effect);
      }
      out.push(mention);
      before = { mention, effect };
    }
    if (recording) {
      const run: WindowRun = { window: { ...window }, parts, effects, shift: 0, rangeStartAfter: rangeStart };
      if (!(follows && moved !== null && sameWindowRun(old, run, moved))) changedUntil = Math.max(changedUntil, window.end);
      runs.push(run);
    }
  }
  if (memos?.last) {
    memos.last.keep({ text, documentDate, southern, lines, windows: runs }, previous);
    memos.last.hits = kept + memos.last.movedHits;
    memos.last.windowCount = runs.length;
  }
  return out;
}

/** A window's dates taken from the run before: given out again where they now stand, and told to the discourse as when they were found. */
function replay(run: WindowRun, out: DateMention[], discourse: DateDiscourse): void {
  const { shift } = run;
  for (const e of run.effects) {
    const m = e.mention;
    // Built field by field, in the order findDates gives them (a spread copied slower).
    const mention: DateMention = { start: m.start + shift, end: m.end + shift, text: m.text, type: m.type, value: m.value };
    if (m.point !== undefined) mention.point = m.point;
    out.push(mention);
    if (e.dated) discourse.remember(shift === 0 ? e.dated : { ...e.dated, position: e.dated.position + shift });
    if (e.period !== undefined) discourse.rememberPeriod(e.period + shift);
  }
}

/**
 * Each line's trigger words: a line outside the edited range is the previous run's, the
 * others are looked up by their text; every line is recorded in `lines` for the next run.
 */
function lineTriggers(memos: DateMemos, edit: EditedRange | undefined, previous: DateRun | undefined, lines: LineRun[]): LineTriggers {
  const byText = memoizedLineTriggers(memos.triggers);
  const oldLines = previous && new SortedLookup(previous.lines, (l) => l);
  return (text, lineStart, lineEnd) => {
    const moved = edit?.movedBy(lineStart, lineEnd) ?? null;
    const old = moved !== null ? oldLines?.find(lineStart - moved, lineEnd - moved) : undefined;
    if (old && memos.last) memos.last.lineHits++;
    // A line before the edit is the same line: its record serves the next run too (every
    // record made here outlives the call, and a new one per line was work for the GC).
    lines.push(old && moved === 0 ? old : { start: lineStart, end: lineEnd, triggers: old?.triggers ?? byText(text, lineStart, lineEnd) });
    return lines[lines.length - 1].triggers;
  };
}

/** The end chrono joined to a range starting at `start` names a weekday alone ("Monday to Saturday"). */
/** The month the end of a range starting at `start` names without a year or a day ("from April to February"), if it does. */
function endMonthOfRange(parts: readonly Part[], start: Part): number | undefined {
  const end = parts[parts.indexOf(start) + 1];
  const c = end?.range === 'end' ? end.components : undefined;
  return c && c.isCertain('month') && !c.isCertain('year') && !c.isCertain('day') ? (c.get('month') ?? undefined) : undefined;
}

function endsOnWeekday(parts: readonly Part[], start: Part): boolean {
  const end = parts[parts.indexOf(start) + 1];
  return end?.range === 'end' && end.components.isCertain('weekday') && !end.components.isCertain('month');
}

/** The end chrono joined to a range starting at `start`, a day with a clock time, is a clock time alone ("6am on Saturday until midnight"). */
function endsOnClock(parts: readonly Part[], start: Part): boolean {
  const end = parts[parts.indexOf(start) + 1];
  return end?.range === 'end' && start.components.isCertain('hour') && isClockOnly(end.components);
}

/** The clock time ending a range is earlier in the day than its start's, and not midnight. */
function endsNextDay(parts: readonly Part[], start: Part): boolean {
  const end = parts[parts.indexOf(start) + 1];
  const minutes = (c: ParsedComponents) => (c.get('hour') ?? 0) * 60 + (c.get('minute') ?? 0);
  return !/\bmidnight\b/i.test(end.text) && minutes(end.components) < minutes(start.components);
}

/** chrono's results on one window, ranges split: the same for the same window text, kinds and reference. */
function windowParts(windowText: string, reference: Date, kinds: number, memo: Memo<readonly Part[]> | undefined): readonly Part[] {
  const key = memo ? `${kinds}\u0000${reference.getTime()}\u0000${windowText}` : '';
  const known = memo?.get(key);
  if (known) return known;
  // Loops, not a chain of flatMap: each step mostly hands on its one result as it is. Indexed:
  // a for-of over each step's list made an iterator result per item.
  const parts: Part[] = [];
  const results = newsChrono.parse(windowText, reference, kinds);
  for (let i = 0; i < results.length; i++) {
    const unshifted = withoutAfterShift(results[i], reference, kinds, windowText);
    for (let j = 0; j < unshifted.length; j++) {
      const paragraphs = splitAtBreaks(unshifted[j], reference, kinds, windowText);
      for (let k = 0; k < paragraphs.length; k++) splitRange(paragraphs[k], reference, kinds, parts);
    }
  }
  memo?.set(key, parts);
  return parts;
}

const PARAGRAPH_BREAK = /\n[^\S\n]*\n/g;

type ChronoSpan = Pick<ParsedResult, 'index' | 'text' | 'start' | 'end'>;

const AFTER_SHIFT = /^after\s+/i;
/**
 * "by the end of the year, six months earlier than it forecast": chrono moves the date before a
 * comma by the length after it, which tells how it compares with another; each is its own date.
 */
const LENGTH_APPOSED = /^(.*\S),\s+(\S[^,]*\b(?:earlier|later|sooner))$/i;
/** An amount in millions before a date: "compared with £371m a year earlier", "up from $5m a year ago". */
const MILLIONS_LEAD = /^\d[\d,.]*\s?m\s+(?=\S)/;

/**
 * chrono reads "after" before a unit as that unit from today ("after this week" as next
 * week). In news it is a preposition: "after this week's debate" is this week, "after the
 * day-long meeting" and "after a week of talks" name no day after today. What follows
 * "after" is read on its own.
 *
 * It also reads the "m" of "£371m a year earlier" as minutes added to the year: in news a
 * number's "m" is millions (or metres), and the date after the amount is read on its own; and a
 * length after a comma as a shift of the date before it (LENGTH_APPOSED).
 */
function withoutAfterShift(r: ParsedResult, reference: Date, kinds: number, windowText: string): ChronoSpan[] {
  if (!r.start.tags().has('result/relativeDate')) return [r];
  const apposed = LENGTH_APPOSED.exec(r.text);
  if (apposed) {
    // The length is read with the words after it, as in the window ("earlier than planned" is a comparison).
    const lengthAt = r.index + r.text.length - apposed[2].length;
    const length = newsChrono.parse(windowText.slice(lengthAt), reference, kinds).filter((x) => x.index === 0);
    return [...newsChrono.parse(apposed[1], reference, kinds), ...length.map((x) => ({ ...x, index: x.index + lengthAt - r.index }))].map((x) => ({ index: r.index + x.index, text: x.text, start: x.start, end: x.end }));
  }
  const m = AFTER_SHIFT.exec(r.text) ?? MILLIONS_LEAD.exec(r.text);
  if (!m) return [r];
  return newsChrono.parse(r.text.slice(m[0].length), reference, kinds).map((x) => ({ index: r.index + m[0].length + x.index, text: x.text, start: x.start, end: x.end }));
}

/**
 * chrono joins a date and a clock time across a blank line ("ahead of Friday.\n\n9:34 p.m."
 * over a live blog's entry) and across a sentence end ("The vote is on Monday. At 9am the
 * doors open." became one time on Monday): a date never runs over the end of its sentence,
 * so each paragraph, each sentence, and a date heading its own line, is read on its own.
 */
function splitAtBreaks(r: ChronoSpan, reference: Date, kinds: number, windowText: string): ChronoSpan[] {
  const pieces: Array<[number, number]> = [];
  let from = 0;
  if (r.text.includes('\n')) {
    for (const brk of r.text.matchAll(PARAGRAPH_BREAK)) {
      pieces.push([from, brk.index]);
      from = brk.index + brk[0].length;
    }
    // A date heading its own line ("Saturday, March 16" over "12:30 – Arsenal v Chelsea") ends
    // there; a line wrapped inside a sentence ("on Friday,\nMarch 15") does not end a date.
    const brk = /\n/.exec(r.text.slice(from));
    if (brk && from === 0 && /(?:^|\n)[^\S\n]*$/.test(windowText.slice(Math.max(0, r.index - 8), r.index)) && /[\p{L}\p{N}.]$/u.test(r.text.slice(0, brk.index))) {
      pieces.push([0, brk.index]);
      from = brk.index + 1;
    }
  }
  // Most phrases hold no stop ("last week", "Monday"), and matchAll copies the pattern for every
  // phrase it is asked of: asked only of those that hold one.
  if (mayHoldStop(r.text)) for (const stop of r.text.matchAll(SENTENCE_STOP)) {
    if (stop.index < from || !endsSentenceAt(r.text, stop.index)) continue;
    pieces.push([from, stop.index + 1]);
    from = stop.index + 1;
  }
  if (pieces.length === 0) return [r];
  pieces.push([from, r.text.length]);
  pieces.sort((a, b) => a[0] - b[0]);
  const out: ChronoSpan[] = [];
  for (const [start, end] of pieces) {
    for (const x of newsChrono.parse(r.text.slice(start, end), reference, kinds)) out.push({ index: r.index + start + x.index, text: x.text, start: x.start, end: x.end });
  }
  return out;
}

/** A stop that may end a sentence inside chrono's phrase, white space after it; endsSentenceAt() decides. */
const SENTENCE_STOP = /[.!?](?=(?:''|["”’'»)])?\s)/g;

/** Whether the phrase holds a character SENTENCE_STOP opens with. */
function mayHoldStop(phrase: string): boolean {
  return phrase.includes('.') || phrase.includes('!') || phrase.includes('?');
}

export interface Part {
  index: number;
  text: string;
  components: ParsedComponents;
  /** Which end of a range chrono joined, if any. */
  range?: 'start' | 'end';
}

// chrono joins "from Monday to Friday" into one range; TimeML, and a reader, see two dates.
// A joining word stands alone: the "to" of "October-December" is no join ("Oc" + "ber-December").
const RANGE_JOIN = /^(.*?\S)(\s*(?:-|–|—)\s*|\s+(?:to|until|till|through|thru|and)\s+)(\S.*)$/is;

const WORD_JOIN = /^(.*?\S)(\s+(?:to|until|till|through|thru|and)\s+)(\S.*)$/is;

/** Adds to `out` the result, or the two ends of a range it joined. */
function splitRange(r: ChronoSpan, reference: Date, kinds: number, out: Part[]): void {
  let m = r.end ? RANGE_JOIN.exec(r.text) : null;
  // "from 2026-27 to 2028-29": a hyphen between digits is inside a year that spans two, the join the word.
  if (m && /^\s*[-–]\s*$/.test(m[2]) && /\d$/.test(m[1]) && /^\d/.test(m[3])) m = WORD_JOIN.exec(r.text) ?? m;
  if (!m || !r.end) {
    out.push({ index: r.index, text: r.text, components: r.start });
    return;
  }
  let [first, second] = [r.start, r.end];
  // chrono puts the earlier time first whatever the order of the words ("from midnight to
  // 6 a.m." became 6:00 to 0:00): two clock times are each read from their own words.
  if (isClockOnly(first) && isClockOnly(second)) {
    const own = [m[1], m[3]].map((piece) => newsChrono.parse(piece, reference, kinds));
    if (own.every((found, i) => found.length === 1 && found[0].text === [m[1], m[3]][i] && isClockOnly(found[0].start))) [first, second] = [own[0][0].start, own[1][0].start];
  } else if (readsAlone(m[3], first, reference, kinds) && !readsAlone(m[3], second, reference, kinds)) {
    // The same for dates: "the year to March 2023" came back as March 2023 to this year.
    [first, second] = [second, first];
  }
  out.push(
    { index: r.index, text: m[1], components: first, range: 'start' },
    { index: r.index + m[1].length + m[2].length, text: m[3], components: second, range: 'end' },
  );
}

/** `piece` read by itself is the one date `c` names. */
function readsAlone(piece: string, c: ParsedComponents, reference: Date, kinds: number): boolean {
  const found = newsChrono.parse(piece, reference, kinds);
  return found.length === 1 && found[0].text === piece && found[0].start.date().getTime() === c.date().getTime();
}

function isClockOnly(c: ParsedComponents): boolean {
  return c.isCertain('hour') && !c.isCertain('day') && !c.isCertain('weekday') && !c.isCertain('month');
}

/** Without surrounding punctuation and a leading "on"/"from" that chrono takes into the phrase. */
/** Words before "last" and a length that make it the verb: "to last three days", "will last a week" (not "compared to last year", "not last night"). */
const LAST_AS_VERB_BEFORE = /\b(?:to|will|would|could|can|may|might|should|must|['’]ll)\s+$/i;

function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  const phrase = text.slice(start, end);
  const lead = /^(?:[\s,.;:(（]|on\s+|from\s+|at\s+(?=\d))*/i.exec(phrase)?.[0].length ?? 0;
  const trail = /[\s,;:)）]*$/.exec(phrase.slice(lead))?.[0].length ?? 0;
  let s = start + lead;
  // "is likely to last three days", "the strike will last a week": the verb "last", not the adjective.
  const verb = /^last\s+(?=(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a\s+few|few|many|\d+)\s)/i.exec(text.slice(s, end));
  if (verb && LAST_AS_VERB_BEFORE.test(text.slice(Math.max(0, s - 8), s))) s += verb[0].length;
  let e = end - trail;
  // chrono takes "August of" for "August of 2024"; before anything else ("in August of
  // wounding with intent") the "of" is the next phrase's.
  const of = /\s+of$/i.exec(text.slice(s, e));
  if (of) e -= of[0].length;
  // A final dot belongs to the phrase only when it ends an abbreviation ("a.m.", "Sept.").
  if (text[e - 1] === '.' && !/(?:\b[a-z]\.[a-z]|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tues?|Wed|Thurs?|Fri|Sat|Sun))\.$/i.test(text.slice(Math.max(s, e - 6), e))) e--;
  return e > s ? { start: s, end: e } : null;
}
