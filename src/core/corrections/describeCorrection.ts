import type { Correction } from './correctionTypes';

const short = (s: string, max = 40): string => {
  const t = s.replace(/\s+/gu, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** One line naming a correction, for messages and pickers. */
export function describeCorrection(c: Correction): string {
  switch (c.type) {
    case 'mark':
      return `"${short(c.target.exact)}" marked as ${c.as}`;
    case 'remove':
      return `${c.what} "${short(c.target.exact)}" removed`;
    case 'attribute':
      return c.speaker === null ? `"${short(c.quote.exact)}" said by nobody` : `"${short(c.quote.exact)}" attributed to ${c.speaker}`;
    case 'merge':
      return `${c.from} merged into ${c.into}`;
    case 'place-identity':
      return `${c.place} identified as ${c.identity.name} (${[c.identity.kind, c.identity.country].filter(Boolean).join(', ')})`;
  }
}
