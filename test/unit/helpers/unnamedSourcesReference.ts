import type { AnalyzedText } from '../../../src/core/text/analyzedText';
import type { FoundQuote } from '../../../src/core/quotes/quoteFinder';
import type { ReferenceContext } from '../../../src/core/quotes/referenceResolver';
import { candidateSubject, takesOf, type UnnamedSource, type UnnamedSourceLookup } from '../../../src/core/quotes/unnamedAntecedents';

// The whole list of unnamed sources, read quote by quote as the speaker resolver read it
// before UnnamedSourceFinder: the reference the finder's answers are checked against.

/** Every quote's cue subject that is an unnamed source, in text order; of two in a row at the same place, the first. */
export function unnamedSources(doc: AnalyzedText, quotes: readonly FoundQuote[], ctx: Pick<ReferenceContext, 'index'>): UnnamedSource[] {
  const out: UnnamedSource[] = [];
  for (const q of quotes) {
    const subject = candidateSubject(q);
    if (!subject) continue;
    const takes = takesOf(doc, subject, ctx);
    if (takes === null) continue;
    if (out.length && out[out.length - 1].start === subject.start) continue;
    out.push({ start: subject.start, end: subject.end, text: doc.text.slice(subject.start, subject.end), takes });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** unnamedSources() computed whole, as a lookup. */
export class UnnamedSourceList implements UnnamedSourceLookup {
  constructor(private readonly sources: readonly UnnamedSource[]) {}

  lastEndingBy(at: number): UnnamedSource | undefined {
    for (let i = this.sources.length - 1; i >= 0; i--) if (this.sources[i].end <= at) return this.sources[i];
    return undefined;
  }
}
