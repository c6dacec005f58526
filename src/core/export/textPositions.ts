import { firstAtLeast } from '../text/sortedSearch';

// Offset helpers for the exports: line numbers for people, code points for formats that
// count characters the way Python and the W3C do (the core counts UTF-16 code units).

/** 1-based line and column (in UTF-16 code units, as editors show them) of an offset. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

/**
 * UTF-16 offset → code point offset. brat (Python) and the W3C TextPositionSelector count
 * code points, so an emoji or a rare CJK character before a span would shift every
 * offset after it by one.
 */
export function codePointOffsets(text: string): (offset: number) => number {
  const pairs: number[] = []; // UTF-16 offsets of the second half of each surrogate pair
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) pairs.push(++i);
    }
  }
  if (pairs.length === 0) return (offset) => offset;
  // Each pair before the offset is one code unit more than code points.
  return (offset) => offset - firstAtLeast(pairs, offset);
}

/** Output names for articles: the source without its extension, made relative and unique. */
export function outputStems(sources: readonly string[]): string[] {
  const used = new Set<string>();
  return sources.map((source) => {
    const parts = source.replace(/\\/gu, '/').replace(/^[a-z]:/iu, '').split('/').filter((p) => p && p !== '.' && p !== '..');
    const base = (parts.join('/') || 'article').replace(/\.[^./]+$/u, '');
    let stem = base;
    for (let n = 2; used.has(stem.toLowerCase()); n++) stem = `${base}-${n}`;
    used.add(stem.toLowerCase());
    return stem;
  });
}
