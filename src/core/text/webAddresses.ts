import type { Span } from '../types';
import { firstEndingAfter } from './sortedSearch';
import { isAsciiDigit, isAsciiLetter } from './tokenizer';

// Articles pasted from the web or written in Markdown carry links and e-mail addresses:
// `https://www.reuters.com/world/2023/06/12/china-us-talks-may-2023/`. Read as prose, their
// paths hold dates ("2023/06/12", "may-2023") and names ("reuters"), which are not the
// article's. The finders run on the text as it is (offsets must stay those of the
// document); what they find inside an address is dropped afterwards.
//
// Addresses are found from their fixed parts ("://", "www.", "@") by native searches and
// grown character by character from there: a regex tried at every position of the text
// cost several milliseconds per 100 KB on every keystroke. Each character is read at most
// a few times (a stretch already inside an address is not read again), so the scan is linear.

/** The web and e-mail addresses and social-media handles of `text`, in text order. */
export function webAddresses(text: string): Span[] {
  // Most articles have none: native searches spare the scan.
  const scheme = text.indexOf('://');
  const www = text.indexOf('www.');
  const at = text.indexOf('@');
  const slash = text.indexOf('/');
  if (scheme < 0 && www < 0 && at < 0 && slash < 0) return NONE;
  const found: Span[] = [];
  if (scheme >= 0) eachIndex(text, '://', scheme, (i) => urlWithScheme(text, i));
  if (www >= 0) eachIndex(text, 'www.', www, (i) => urlFromWww(text, i));
  if (at >= 0) eachIndex(text, '@', at, (i, floor) => emailAround(text, i, floor) ?? handleAt(text, i));
  if (slash >= 0) eachIndex(text, '/', slash, (i) => urlFromBareDomain(text, i));
  if (found.length === 0) return NONE;
  return disjoint(found);

  /** `read` gets where the last address of this kind ended: no new one starts inside it. */
  function eachIndex(text: string, needle: string, first: number, read: (i: number, floor: number) => Span | null): void {
    let skipTo = -1;
    for (let i = first; i >= 0; i = text.indexOf(needle, Math.max(i + 1, skipTo))) {
      const span = read(i, Math.max(skipTo, 0));
      if (!span) continue;
      found.push(span);
      skipTo = span.end;
    }
  }
}

const NONE: Span[] = [];

/** The longest scheme read before "://" ("https", "svn+ssh"). */
const MAX_SCHEME = 16;

function urlWithScheme(text: string, colon: number): Span | null {
  let start = colon;
  while (start > 0 && colon - start < MAX_SCHEME && isSchemeCharButDot(text.charCodeAt(start - 1))) start--;
  // A scheme starts with a letter and is not the tail of a longer run of its characters. A
  // full stop before it is the end of a sentence that a pasted tweet runs its link into
  // ("Coming September 30th.https://t.co/…"): schemes with dots are not met in articles.
  while (start < colon && !isAsciiLetter(text.charCodeAt(start))) start++;
  if (start === colon || (start > 0 && isSchemeCharButDot(text.charCodeAt(start - 1)))) return null;
  return urlFrom(text, start, colon + 3);
}

/** The longest host name read before a "/" (a DNS name has at most 253 characters). */
const MAX_HOST = 253;

/**
 * A link written without scheme or "www.", as embedded tweets and wire copy give them
 * ("pic.twitter.com/P2qpm3h3Pm", "t.co/hbaWqfjJcp", "nytimes.com/2016/09/…"): a lower-case
 * host of two labels or more, the last of letters only, then "/" and a path. Capitals, a
 * final full stop ("U.S./Mexico", "p.m./a.m.") or a single-letter ending ("km/h") are prose.
 * A bare name with no path ("Breitbart.com reported") is left to the name finder: it is a
 * publication's name there.
 */
function urlFromBareDomain(text: string, slash: number): Span | null {
  const before = text.charCodeAt(slash - 1);
  if (!(before >= 0x61 && before <= 0x7a)) return null; // most slashes: "24/7", "and/or"
  let start = slash;
  while (start > 0 && slash - start < MAX_HOST && isHostChar(text.charCodeAt(start - 1))) start--;
  if (start > 0 && continuesHost(text.charCodeAt(start - 1))) return null;
  const host = text.slice(start, slash);
  const lastDot = host.lastIndexOf('.');
  if (lastDot <= 0 || host.startsWith('.') || host.includes('..')) return null;
  if (!TOP_LEVEL.test(host.slice(lastDot + 1))) return null;
  return urlFrom(text, start, slash + 1);
}

/** Top-level domain names are letters, 2 to 24 of them. */
const TOP_LEVEL = /^[a-z]{2,24}$/;

function urlFromWww(text: string, at: number): Span | null {
  if (at > 0 && isSchemeChar(text.charCodeAt(at - 1))) return null;
  return urlFrom(text, at, at + 4);
}

/** The URL from `start`, its body read from `from`: up to a space, a bracket or a quotation mark, without the sentence's punctuation after it. */
function urlFrom(text: string, start: number, from: number): Span | null {
  let end = from;
  while (end < text.length && isUrlChar(text.charCodeAt(end))) end++;
  while (end > from && isTrailingPunctuation(text.charCodeAt(end - 1))) end--;
  // "www.://" or "http://.." names nothing.
  let named = false;
  for (let i = from; i < end && !named; i++) named = isLetterOrDigit(text.charCodeAt(i));
  return named ? { start, end, text: text.slice(start, end) } : null;
}

function isLetterOrDigit(c: number): boolean {
  return c < 0x80 ? isAsciiLetter(c) || isAsciiDigit(c) : LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function emailAround(text: string, at: number, floor: number): Span | null {
  let start = at;
  while (start > floor && isLocalChar(text.charCodeAt(start - 1))) start--;
  // A local part is a whole run, not the tail of the address before ("a@b.c.@d.e").
  if (start === at || (start > 0 && isLocalChar(text.charCodeAt(start - 1)))) return null;
  // The domain: labels of word characters and hyphens joined by dots, at least two labels.
  let end = at + 1;
  let labels = 0;
  for (;;) {
    const labelStart = end;
    while (end < text.length && isDomainChar(text.charCodeAt(end))) end++;
    if (end === labelStart) {
      end = labelStart - 1; // back before the dot that led to no label
      break;
    }
    labels++;
    if (end + 1 < text.length && text.charCodeAt(end) === 0x2e && isDomainChar(text.charCodeAt(end + 1))) end++;
    else break;
  }
  if (labels < 2) return null;
  return { start, end, text: text.slice(start, end) };
}

/**
 * A social-media handle ("@MaryJBlige", "— Apple Music (@AppleMusic)"), as embedded tweets
 * print them: the account's address, whose run-together words are no name to list (read as
 * prose, "MaryJBlige" was an organization). A handle that is one plain word, an acronym or
 * a capitalised word ("stand up to the @NRA", "@Stranahan"), names its owner as the prose
 * would, so it is left to the name finder. An "@" inside a word is part of something else.
 */
function handleAt(text: string, at: number): Span | null {
  if (at > 0 && LETTER_OR_DIGIT.test(text[at - 1])) return null;
  if (at > 0 && text.charCodeAt(at - 1) === 0x5f) return null;
  let end = at + 1;
  let letter = false;
  while (end < text.length && isHandleChar(text.charCodeAt(end))) letter = isAsciiLetter(text.charCodeAt(end++)) || letter;
  // "@x@…" is the local part of an e-mail address that follows, not a handle.
  if (!letter || text.charCodeAt(end) === 0x40) return null;
  const handle = text.slice(at, end);
  return PLAIN_WORD.test(handle) ? null : { start: at, end, text: handle };
}

/** "@NRA", "@Milbank": an acronym or a capitalised word after the "@". */
const PLAIN_WORD = /^@(?:[A-Z]{2,}|[A-Z][a-z]+)$/;

/** [A-Za-z0-9_], the characters of a handle. */
function isHandleChar(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c) || c === 0x5f;
}

/**
 * The spans in text order, those inside or overlapping an earlier one dropped, kept or not:
 * what lies inside a reading that lost to an earlier one is garbage of the same stretch.
 */
function disjoint(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  let covered = -1;
  for (const s of spans) {
    if (s.start >= covered) out.push(s);
    covered = Math.max(covered, s.end);
  }
  return out;
}

/** [a-z0-9+.-], either case. */
function isSchemeChar(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c) || c === 0x2b || c === 0x2e || c === 0x2d;
}

function isSchemeCharButDot(c: number): boolean {
  return c !== 0x2e && isSchemeChar(c);
}

/** [a-z0-9.-]: a host name as links write it, in lower case. */
function isHostChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || isAsciiDigit(c) || c === 0x2e || c === 0x2d;
}

/** What, before a host name, makes it the tail of a word, an address or a path. */
function continuesHost(c: number): boolean {
  return isLetterOrDigit(c) || c === 0x5f || c === 0x40 || c === 0x2f || c === 0x3a || c === 0x2b || c === 0x2e || c === 0x2d || MARK.test(String.fromCharCode(c));
}

const MARK = /\p{M}/u;

/** Word characters (ASCII), "_", "-" and ".". */
function isDomainChar(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c) || c === 0x5f || c === 0x2d;
}

/** An e-mail address's local part: word characters, ".", "+", "-". */
function isLocalChar(c: number): boolean {
  return isDomainChar(c) || c === 0x2e || c === 0x2b;
}

/** Anything but white space (as a regex's \s), brackets, angle brackets and quotation marks. */
function isUrlChar(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return false;
  if (c < 0x7f) {
    switch (c) {
      case 0x3c: case 0x3e: case 0x22: case 0x27: case 0x60: case 0x28: case 0x29: case 0x5b: case 0x5d: case 0x7b: case 0x7d:
        return false;
      default:
        return true;
    }
  }
  switch (c) {
    case 0x201c: case 0x201d: case 0x2018: case 0x2019:
    case 0xa0: case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f: case 0x3000: case 0xfeff:
      return false;
    default:
      return c < 0x2000 || c > 0x200a;
  }
}

function isTrailingPunctuation(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f;
}

/** The items that overlap none of `addresses` (in text order, disjoint): `items` itself when none does (the usual case). */
export function outsideAddresses<T extends { start: number; end: number }>(items: T[], addresses: readonly Span[]): T[] {
  if (addresses.length === 0) return items;
  const outside = (item: T): boolean => {
    const a = firstEndingAfter(addresses, item.start);
    return a >= addresses.length || addresses[a].start >= item.end;
  };
  return items.every(outside) ? items : items.filter(outside);
}
