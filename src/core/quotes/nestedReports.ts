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
 * Quotes come in text order; neither reported clauses nor quotations cross a reported clause
 * (quoteFinder.ts), so a stack of the open clauses holds each quote's enclosing ones. Nesting
 * can be as deep as the text is long ("he said that he said that …"), so each entry keeps
 * the nearest enclosing clause with a speaker and a count of the speakers open: every
 * question is answered in constant time.
 */
interface OpenClause {
  end: number;
  attribution: Attribution;
  /** This clause or the nearest enclosing one whose speaker is known. */
  said: OpenClause | null;
}

export function foldNestedReports(found: FoundQuote[], attributions: Attribution[]): { found: FoundQuote[]; attributions: Attribution[] } {
  const keptFound: FoundQuote[] = [];
  const keptAttributions: Attribution[] = [];
  const open: OpenClause[] = [];
  const openSpeakers = new Map<string, number>();
  const pop = (): void => {
    const id = open.pop()!.attribution.speakerId;
    if (id !== null) openSpeakers.set(id, openSpeakers.get(id)! - 1);
  };
  for (let i = 0; i < found.length; i++) {
    const q = found[i];
    let a = attributions[i];
    while (open.length && open[open.length - 1].end <= q.start) pop();
    const said = open.length ? open[open.length - 1].said : null;
    if (q.kind === 'indirect') {
      if (said && (a.speakerId === null || (openSpeakers.get(a.speakerId) ?? 0) > 0)) continue;
      const clause: OpenClause = { end: q.end, attribution: a, said: null };
      // A pronoun standing for an unnamed source ("they", for "show insiders") says who spoke too.
      clause.said = a.speakerId !== null || a.referent !== undefined ? clause : said;
      open.push(clause);
      if (a.speakerId !== null) openSpeakers.set(a.speakerId, (openSpeakers.get(a.speakerId) ?? 0) + 1);
    } else if (q.kind === 'partial' && a.speakerId === null && a.speakerMention === null && said) {
      a = { ...said.attribution, cue: a.cue ?? said.attribution.cue };
    }
    keptFound.push(q);
    keptAttributions.push(a);
  }
  return { found: keptFound, attributions: keptAttributions };
}
