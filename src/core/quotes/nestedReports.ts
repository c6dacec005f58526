import type { FoundQuote } from './quoteFinder';
import type { Attribution } from './speakerResolver';

/**
 * Reported speech inside reported speech, read as part of the outer clause:
 *  - a reported clause inside one someone is known to have said ("Xi said that China wanted
 *    stable ties") is part of their words: listing it again, most often with no speaker or
 *    with a word that is none ("derogatory comments Trump had made"), only clutters the
 *    sidebar. It stays when it names a speaker of its own, other than the enclosing ones
 *    ("Reed said that Ruiz had told the board that …");
 *  - a partial quote with no speaker of its own inside such a clause is that speaker's
 *    (a headline "Sanders: Clinton needs to 'get away from all of this'").
 * Quotes come in text order; reported clauses never cross (quoteFinder.ts), so a stack of
 * the open ones holds each quote's enclosing clauses.
 */
export function foldNestedReports(found: FoundQuote[], attributions: Attribution[]): { found: FoundQuote[]; attributions: Attribution[] } {
  const keptFound: FoundQuote[] = [];
  const keptAttributions: Attribution[] = [];
  const open: Array<{ end: number; attribution: Attribution }> = [];
  for (let i = 0; i < found.length; i++) {
    const q = found[i];
    let a = attributions[i];
    while (open.length && open[open.length - 1].end <= q.start) open.pop();
    const said = open.filter((o) => o.attribution.speakerId !== null && q.end <= o.end);
    if (q.kind === 'indirect') {
      if (said.some((o) => a.speakerId === null || o.attribution.speakerId === a.speakerId)) continue;
      open.push({ end: q.end, attribution: a });
    } else if (q.kind === 'partial' && a.speakerId === null && a.speakerMention === null && said.length) {
      a = { ...said[said.length - 1].attribution, cue: a.cue ?? said[said.length - 1].attribution.cue };
    }
    keptFound.push(q);
    keptAttributions.push(a);
  }
  return { found: keptFound, attributions: keptAttributions };
}
