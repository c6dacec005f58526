import type { Token } from '../text/tokenizer';
import type { Sentence } from '../text/sentences';

// A wire dateline, a live blog's time stamp or a kicker opening a paragraph ("NEW DELHI, March 3
// (Reuters) -", "MELBOURNE, Australia (AP) —", "10:42 GMT -", "UPDATE:") is no part of the sentence it
// stands before: a reported clause told before its cue ("India's bank will hold rates,
// Governor Das said") starts after it.

/** The longest dateline read: "ST. LOUIS, Mo., Sept. 12 (Reuters) -" is 14 tokens. */
const MAX_DATELINE_TOKENS = 16;
const DASHES = new Set(['-', '—', '–', '--']);
/** What a dateline holds besides words: "," "." "(" ")" "/" and a time's ":". */
const DATELINE_MARKS = new Set([',', '.', '(', ')', '/', ':']);

/** The index of the first token after a dateline opening `s`, or s.tokenStart when there is none. */
export function datelineEnd(tokens: readonly Token[], s: Sentence): number {
  const first = tokens[s.tokenStart];
  if (first && first.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(first.text)) return agencyDatelineEnd(tokens, s);
  if (!first || !(isAllCapsWord(first) || first.kind === 'number' || /^\d/u.test(first.text))) return s.tokenStart;
  const stamp = timeStampEnd(tokens, s);
  if (stamp > s.tokenStart) return stamp;
  const limit = Math.min(s.tokenEnd - 1, s.tokenStart + MAX_DATELINE_TOKENS);
  // Capitals alone so far: a colon after them ends a kicker ("UPDATE:", "BREAKING NEWS:").
  let capitalsOnly = isAllCapsWord(first);
  for (let k = s.tokenStart + 1; k < limit; k++) {
    const t = tokens[k];
    if (t.text === ':' && capitalsOnly && k <= s.tokenStart + 3) return k + 1;
    // "NEW DELHI, Nov 21, 2024: The court …": a colon after the dateline's date ends it, as a dash does.
    if (t.text === ':' && tokens[k - 1].kind === 'number' && tokens[k - 1].end === t.start && tokens[k + 1]?.kind === 'word' && /^\p{Lu}/u.test(tokens[k + 1].text) && tokens.slice(s.tokenStart, k).some((x) => x.text === ',')) return k + 1;
    capitalsOnly &&= isAllCapsWord(t);
    // A spaced dash ends it ("US-China" is a word's hyphen).
    // "DEIR AL-BALAH, Gaza Strip (Reuters) -": a hyphen inside a place's name is part of it.
    if (t.text === '-' && t.start === tokens[k - 1].end && tokens[k + 1]?.start === t.end && tokens[k + 1].kind === 'word') continue;
    if (DASHES.has(t.text)) {
      // "WASHINGTON --" may come as two hyphens.
      let after = k + 1;
      while (after < limit && DASHES.has(tokens[after].text) && tokens[after].start === tokens[after - 1].end) after++;
      return t.start > tokens[k - 1].end || tokens[after].start > tokens[after - 1].end ? after : s.tokenStart;
    }
    if (t.kind === 'word' ? !/^[\p{Lu}\d]/u.test(t.text) && !MONTHS_IN_LOWER_CASE.has(t.text) : !(DATELINE_MARKS.has(t.text) || /^\d/u.test(t.text))) return s.tokenStart;
  }
  return s.tokenStart;
}

/** A clock time: "10:27", "9.05" (with "am" or "pm" after it). */
const CLOCK_TIME = /^(?:[01]?\d|2[0-3])([:.])[0-5]\d$/u;
const DAY_HALVES = /^(?:am|pm|a\.m\.|p\.m\.)$/iu;

/**
 * A live blog's time stamp ("10:27 A senior source said …", "9.05am: Police said …", "09:15 BST -
 * Roads …"): a clock time, then "am"/"pm" and a time zone in capitals if any, then a colon or a
 * dash if any, before a capitalized word. The index of that word, or s.tokenStart.
 */
export function timeStampEnd(tokens: readonly Token[], s: Sentence): number {
  const m = CLOCK_TIME.exec(tokens[s.tokenStart].text);
  if (!m) return s.tokenStart;
  let k = s.tokenStart + 1;
  const half = k < s.tokenEnd && DAY_HALVES.test(tokens[k].text);
  if (m[1] === '.' && !half) return s.tokenStart;
  if (half) k++;
  if (k < s.tokenEnd && isAllCapsWord(tokens[k]) && tokens[k].text.length <= 4) k++;
  if (k < s.tokenEnd && (tokens[k].text === ':' || DASHES.has(tokens[k].text))) k++;
  const next = tokens[k];
  return k < s.tokenEnd - 1 && next.kind === 'word' && /^\p{Lu}/u.test(next.text) ? k : s.tokenStart;
}

/** Months French, Spanish, Italian and Portuguese copy write in lower case: "PARIS, 4 juin (AFP) —", "MADRID, 3 de mayo (EFE) —". */
const MONTHS_IN_LOWER_CASE = new Set([
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro', 'de',
]);

/** `s` without the dateline opening it (`s` itself when there is none). */
export function withoutDateline(tokens: readonly Token[], s: Sentence): Sentence {
  const k = datelineEnd(tokens, s);
  return k === s.tokenStart ? s : { ...s, start: tokens[k].start, tokenStart: k };
}

function isAllCapsWord(t: Token): boolean {
  return t.kind === 'word' && t.text.length >= 2 && /^\p{Lu}[\p{Lu}.'’]*$/u.test(t.text);
}

/**
 * Indian and other agency copy writes the city in title case and ends the dateline with the
 * agency in brackets, no dash: "New Delhi, Nov 19 (PTI) The …", "Kolkata, Jan 3 (IANS) …".
 * Capitalized words, figures and commas, a comma among them, then "(Agency)" and a capital.
 */
function agencyDatelineEnd(tokens: readonly Token[], s: Sentence): number {
  const limit = Math.min(s.tokenEnd - 3, s.tokenStart + MAX_DATELINE_TOKENS);
  let comma = false;
  for (let k = s.tokenStart + 1; k < limit; k++) {
    const t = tokens[k];
    if (t.text === '(') {
      const agency = tokens[k + 1];
      let after = k + 3;
      if (!comma || tokens[k + 2].text !== ')' || agency.kind !== 'word' || !/^\p{Lu}[\p{L}]+$/u.test(agency.text)) return s.tokenStart;
      while (after < s.tokenEnd - 1 && DASHES.has(tokens[after].text)) after++;
      return /^\p{Lu}/u.test(tokens[after].text) || /^["“‘']$/u.test(tokens[after].text) ? after : s.tokenStart;
    }
    if (t.text === ',') comma = true;
    else if (t.kind === 'word' ? !/^[\p{Lu}\d]/u.test(t.text) : !(t.text === '.' || /^\d/u.test(t.text))) return s.tokenStart;
  }
  return s.tokenStart;
}
