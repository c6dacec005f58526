// How far a date's clause runs: its sentence, within REACH of the date, not ended by an
// abbreviation's full stop and ended by a headline's date line; and a direct quote holding the date.

/** How far to look on each side of a date for its verb. */
export const REACH = 240;

/**
 * A direct quote is a clause of its own: 'Klopp said: "We play again on Wednesday"' and
 * '"We meet on Monday," she said' are not dated by "said". Where the nearest quotation mark
 * before the date opens a quote that begins a clause (after ":" or "," or at the sentence
 * start), the date's clause starts inside it; a partial quote ('called it "due by Friday"')
 * keeps the verb before it.
 */
export function quoteOpening(text: string, left: number, start: number): number {
  for (let i = start - 1; i >= left; i--) {
    const c = text[i];
    if (c === '“' || c === '«' || (c === '`' && text[i - 1] === '`') || (c === '"' && (i === 0 || /[\s(:]/.test(text[i - 1])))) {
      const before = text.slice(left, c === '`' ? i - 1 : i);
      return /^\s*$|[:,]\s*$/.test(before) ? i + 1 : left;
    }
    if (c === '”' || c === '»' || c === '"' || (c === "'" && text[i - 1] === "'")) return left;
  }
  return left;
}

/** Where a direct quote holding the date closes before its attribution ('Monday," she said'): the date's clause ends there. */
export function quoteClosing(text: string, end: number, right: number): number {
  for (let i = end; i < right; i++) {
    const c = text[i];
    if (c === '”' || c === '»' || (c === "'" && text[i + 1] === "'") || (c === '"' && /\S/.test(text[i - 1] ?? ' ') && !/\w/.test(text[i + 1] ?? ' '))) {
      return /[,.!?]$/.test(text.slice(end, i)) ? i : right;
    }
    if (c === '“' || c === '«' || c === '`') return right;
  }
  return right;
}

export function sentenceStart(text: string, from: number): number {
  const limit = Math.max(0, from - REACH);
  for (let i = from - 1; i > limit; i--) {
    if (text[i] === '\n' && text[i - 1] === '\n') return i + 1;
    if (endsSentenceAt(text, i)) return i + 1;
  }
  return limit;
}

export function sentenceEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + REACH);
  for (let i = from; i < limit; i++) {
    if (text[i] === '\n' && (text[i + 1] === '\n' || DATE_LINE_AFTER.test(text.slice(i + 1, i + 1 + DATE_LINE_READ)))) return i;
    if (endsSentenceAt(text, i)) return i;
  }
  return limit;
}

/**
 * A headline with no full stop, then its article's date line: "NFL releases schedule; season opens
 * on Thursday, Sept. 9\nPublished: May 13, 2027". The line ends the headline ("Published" was read
 * as its past verb, and the September was last year's).
 */
const DATE_LINE_AFTER = /^[^\S\n]*(?:(?:First\s+|Last\s+)?(?:Published|Updated|Posted))\b/;
/** How far after a line break sentenceEnd() reads for a date line; rememberedTenseAround() depends on it. */
export const DATE_LINE_READ = 24;

/** How far before a full stop endsSentenceAt() reads (an abbreviation), and how far after it (white space and a letter); rememberedTenseAround() depends on both. */
export const ABBREVIATION_READ = 6;
export const LOOKAHEAD_READ = 6;
// Titles before a name ("the Rev. Al Green", "Lt. Col. Ann Ward") never end a sentence.
const ABBREVIATION_BEFORE = /\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Gov|Govs|Sen|Sens|Rep|Reps|Gen|Gens|Rev|Lt|Col|Capt|Cmdr|Sgt|Maj|Adm|Prof|Supt|Ft|Mt|Inc|Corp|Co|U\.S|a\.m|p\.m|vs|No|Jr|Sr)$/;

/**
 * A full stop, "!" or "?" before white space, unless it ends an abbreviation ("Roe vs.
 * Wade", "Sept. 12") or the next word starts lowercase ("Birmingham, Ala. police"): a
 * sentence does not begin so. Closing quotation marks may stand between the stop and the
 * space: a quote that ends its sentence (`in the spring.'' The figures showed`) ends it.
 */
export function endsSentenceAt(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?') return false;
  const after = /^(?:''|["”’'»)])?\s+(\S)?/.exec(text.slice(i + 1, i + 1 + LOOKAHEAD_READ - 1));
  if (!after) return false;
  if (after[1] && /\p{Ll}/u.test(after[1])) return false;
  return !ABBREVIATION_BEFORE.test(text.slice(Math.max(0, i - ABBREVIATION_READ + 1), i));
}
