import type { FoundQuote } from './quoteFinder';
import type { Attribution } from './speakerResolver';

/**
 * Reported speech inside reported speech ("Xi said that China wanted stable ties") is part
 * of what the outer speaker said: listing it again, most often with no speaker or with a
 * word that is none ("derogatory comments Trump had made"), only clutters the sidebar. It
 * stays when it names a speaker of its own, other than the enclosing ones ("Trump said Clinton
 * once described the pact as …"). Quotes come in text order; reported clauses never cross
 * (quoteFinder.ts), so a stack of the open ones holds each clause's enclosing ones.
 */
export function withoutEchoedReports(found: FoundQuote[], attributions: Attribution[]): { found: FoundQuote[]; attributions: Attribution[] } {
  const keptFound: FoundQuote[] = [];
  const keptAttributions: Attribution[] = [];
  const open: Array<{ end: number; speakerId: string | null }> = [];
  for (let i = 0; i < found.length; i++) {
    const q = found[i];
    const a = attributions[i];
    if (q.kind === 'indirect') {
      while (open.length && open[open.length - 1].end <= q.start) open.pop();
      const outer = open[open.length - 1];
      // Only a clause someone is known to have said takes in the ones inside it.
      const echoed = outer && q.end <= outer.end && open.some((o) => o.speakerId !== null && (a.speakerId === null || o.speakerId === a.speakerId));
      if (echoed) continue;
      open.push({ end: q.end, speakerId: a.speakerId });
    }
    keptFound.push(q);
    keptAttributions.push(a);
  }
  return { found: keptFound, attributions: keptAttributions };
}
