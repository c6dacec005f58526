import type { Quote } from '../types';

/**
 * Who said a quote, for a reader: the speaker's name, else the words that name the source
 * without a name ("a spokesman for Mayor Tom Reed", "officials", an unresolved "he", or for a
 * "she" standing for an unnamed source, that source's words), which
 * an editor checking anonymous sourcing wants to see; null when nothing says who.
 */
export function speakerLabel(q: Pick<Quote, 'speakerName' | 'speakerMention' | 'speakerReferent'>): { text: string; named: boolean } | null {
  if (q.speakerName) return { text: q.speakerName, named: true };
  // "she", standing for "a spokeswoman for the ministry": the words that say who she is.
  const words = (q.speakerReferent ?? q.speakerMention)?.text.replace(/\s+/gu, ' ').trim();
  return words ? { text: words, named: false } : null;
}
