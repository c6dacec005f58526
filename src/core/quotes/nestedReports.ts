import type { FoundQuote } from './quoteFinder';
import type { Attribution } from './speakerResolver';
import { hasNounKinds } from '../entities/organizationKinds';

/**
 * Reported speech inside reported speech, read as part of the outer clause:
 *  - a reported clause inside one someone is known to have said ("Xi said that China wanted
 *    stable ties") is part of their words: listing it again, most often with no speaker or
 *    with a word that is none ("derogatory comments Trump had made"), only clutters the
 *    sidebar. It stays when it names a speaker of its own, other than the enclosing ones
 *    ("Reed said that Ruiz had told the board that …", "Reed said the Ruiz campaign had
 *    called it …");
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
  /** Its speakerKey, kept for when it closes (the key reads the speaker phrase's words). */
  key: string | null;
}

export function foldNestedReports(found: FoundQuote[], attributions: Attribution[]): { found: FoundQuote[]; attributions: Attribution[] } {
  const keptFound: FoundQuote[] = [];
  const keptAttributions: Attribution[] = [];
  const open: OpenClause[] = [];
  const openSpeakers = new Map<string, number>();
  const pop = (): void => {
    const id = open.pop()!.key;
    if (id !== null) openSpeakers.set(id, openSpeakers.get(id)! - 1);
  };
  for (let i = 0; i < found.length; i++) {
    const q = found[i];
    let a = attributions[i];
    while (open.length && open[open.length - 1].end <= q.start) pop();
    const said = open.length ? open[open.length - 1].said : null;
    if (q.kind === 'indirect') {
      const key = speakerKey(a);
      if (said && (key === null || (openSpeakers.get(key) ?? 0) > 0)) continue;
      const clause: OpenClause = { end: q.end, attribution: a, said: null, key };
      // A pronoun standing for an unnamed source ("they", for "show insiders") says who spoke too.
      // So does an organization a definite noun stands for that the text never names ("the
      // Trump campaign said that …", referenceResolver.ts leaves it unresolved).
      clause.said = key !== null || a.referent !== undefined || unnamedOrganization(a) ? clause : said;
      open.push(clause);
      if (key !== null) openSpeakers.set(key, (openSpeakers.get(key) ?? 0) + 1);
    } else if (q.kind === 'partial' && a.speakerId === null && a.speakerMention === null && said) {
      a = { ...said.attribution, cue: a.cue ?? said.attribution.cue };
    }
    keptFound.push(q);
    keptAttributions.push(a);
  }
  return { found: keptFound, attributions: keptAttributions };
}

/**
 * Who speaks in a clause: the entity, else an organization the text never names but whose
 * phrase names whom it serves ("the Sanders campaign", "Trump's team"), by where the phrase
 * stands; null for none ("the department" names nobody of its own).
 */
function speakerKey(a: Attribution): string | null {
  if (a.speakerId !== null) return a.speakerId;
  // "Tom Hale and Ana Ruiz said that …" (coordinatedSpeakers.ts): two named people speak, as one does.
  if (a.together && a.speakerMention) return `@${a.speakerMention.start}`;
  return unnamedOrganization(a) && /^\S+\s.*\p{Lu}|^\p{Lu}\S*['’]s\s/u.test(a.speakerMention!.text) ? `@${a.speakerMention!.start}` : null;
}

/** What the first word test below needs and a second word: the words[0] and words.length >= 2 of unnamedOrganization, read without splitting. */
const UNNAMED_OPENING = /^(?:the|this|that)\s/iu;
const POSSESSIVE_OPENING = /^\S*['’]s\s/u;

/**
 * "the campaign", "Clinton's campaign", "the anti-abortion movement": a definite phrase whose
 * head noun stands for an organization of a kind (organizationKinds.ts), a body that speaks
 * (not "the poll", a document).
 */
function unnamedOrganization(a: Attribution): boolean {
  const text = a.speakerMention?.text;
  if (!text || a.speakerId !== null) return false;
  // Asked of every unattributed speaker phrase on every keystroke, mostly a pronoun: the phrase's
  // opening ("the …", "this …", "Xinhua's …") is looked at before it is split into words.
  if (!UNNAMED_OPENING.test(text) && !POSSESSIVE_OPENING.test(text)) return false;
  const words = text.split(/\s+/u);
  if (words.length < 2 || !/^(?:the|this|that)$/iu.test(words[0]) && !/['’]s$/u.test(words[0])) return false;
  const preposition = words.findIndex((w, i) => i > 0 && /^(?:of|for|at|from|with|to)$/iu.test(w));
  const head = words[preposition > 0 ? preposition - 1 : words.length - 1].toLowerCase();
  return hasNounKinds(head);
}
