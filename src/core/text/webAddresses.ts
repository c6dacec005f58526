import type { Span } from '../types';
import { lowerBound } from './sortedSearch';

// Articles pasted from the web or written in Markdown carry links and e-mail addresses:
// `https://www.reuters.com/world/2023/06/12/china-us-talks-may-2023/`. Read as prose, their
// paths hold dates ("2023/06/12", "may-2023") and names ("reuters"), which are not the
// article's. The finders run on the text as it is (offsets must stay those of the
// document); what they find inside an address is dropped afterwards.

/**
 * A URL (with a scheme, or starting "www."), or an e-mail address. Linear: each alternative
 * starts only where a run of its characters starts (the look-behinds), a scheme is at most 16
 * characters, and after the opening each part is a run of characters the next part cannot hold.
 */
const ADDRESS = /(?<![a-z0-9+.-])(?:[a-z][a-z0-9+.-]{0,15}:\/\/|www\.)[^\s<>"“”'‘’`()[\]{}]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
/** A URL ends before the punctuation that closes the sentence around it. */
const TRAILING = /[.,;:!?]+$/u;

/** The web and e-mail addresses of `text`, in text order. */
export function webAddresses(text: string): Span[] {
  // Most articles have none: one native search spares the scan.
  if (!text.includes('://') && !text.includes('www.') && !text.includes('@')) return NONE;
  const out: Span[] = [];
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(text); m; m = ADDRESS.exec(text)) {
    const address = m[0].replace(TRAILING, '');
    out.push({ start: m.index, end: m.index + address.length, text: address });
  }
  return out;
}

const NONE: Span[] = [];

/** The items that overlap none of `addresses` (in text order, disjoint). */
export function outsideAddresses<T extends { start: number; end: number }>(items: T[], addresses: readonly Span[]): T[] {
  if (addresses.length === 0) return items;
  return items.filter((item) => {
    const a = lowerBound(addresses, (s) => s.end <= item.start);
    return a >= addresses.length || addresses[a].start >= item.end;
  });
}
