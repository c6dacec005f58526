import type { AnalyzedText } from '../text/analyzedText';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokenizer';
import { phraseBeforeVerb } from './speakerPhrase';
import type { StanceClause } from './stanceClauses';
import { CaselessWords, lowerCase, lowersTo } from './caselessTests';
import { FINITE_FORMS, mainClauseAt } from './clauseOpenings';

// What a law, a bill or a ruling provides is attributed content, its text the source (PolNeAR
// annotates it so: "GOP rules require delegates to …", "Federal law prohibits …", "The new bill
// would eliminate …", "the 1938 law that established a federal minimum wage"):
//   `LAW (would|will|does not …) VERB OBJECT`   the object reported, the law's phrase its source
// Verbs of saying with such a subject ("The report says", "the lawsuit alleges") are read by the
// indirect-speech finder itself; this module reads the verbs by which a text provides, with a
// subject whose head is a noun of such a text. Each test looks a few tokens back from the verb.

/** Nouns of texts that provide: laws and their drafts, rules, rulings, deals. */
const PROVISION_NOUNS = new CaselessWords([
  'law', 'laws', 'bill', 'bills', 'legislation', 'measure', 'measures', 'rule', 'rules', 'regulation', 'regulations',
  'act', 'amendment', 'amendments', 'constitution', 'ordinance', 'ordinances', 'statute', 'statutes', 'order', 'orders',
  'proposal', 'proposals', 'provision', 'provisions', 'treaty', 'agreement', 'accord', 'resolution', 'directive',
  'guidelines', 'guidance', 'ruling', 'decree', 'initiative', 'proposition', 'charter', 'deal', 'plan', 'platform',
  'policy', 'settlement', 'reform', 'reforms', 'mandate', 'code',
]);

/** Forms of the verbs by which such a text provides. */
export const PROVISION_FORMS: readonly string[] = [
  ...forms('require', 'requires', 'required'), ...forms('prohibit', 'prohibits', 'prohibited'), ...forms('ban', 'bans', 'banned'),
  ...forms('bar', 'bars', 'barred'), ...forms('forbid', 'forbids', 'forbade'), ...forms('allow', 'allows', 'allowed'),
  ...forms('permit', 'permits', 'permitted'), ...forms('mandate', 'mandates', 'mandated'), ...forms('empower', 'empowers', 'empowered'),
  ...forms('authorize', 'authorizes', 'authorized'), ...forms('authorise', 'authorises', 'authorised'), ...forms('direct', 'directs', 'directed'),
  ...forms('compel', 'compels', 'compelled'), ...forms('oblige', 'obliges', 'obliged'), ...forms('exempt', 'exempts', 'exempted'),
  ...forms('outlaw', 'outlaws', 'outlawed'), ...forms('criminalize', 'criminalizes', 'criminalized'), ...forms('legalize', 'legalizes', 'legalized'),
  ...forms('guarantee', 'guarantees', 'guaranteed'), ...forms('restrict', 'restricts', 'restricted'), ...forms('eliminate', 'eliminates', 'eliminated'),
  ...forms('establish', 'establishes', 'established'), ...forms('impose', 'imposes', 'imposed'), ...forms('repeal', 'repeals', 'repealed'),
  ...forms('abolish', 'abolishes', 'abolished'), ...forms('stipulate', 'stipulates', 'stipulated'), ...forms('entitle', 'entitles', 'entitled'),
  ...forms('prevent', 'prevents', 'prevented'), ...forms('limit', 'limits', 'limited'), ...forms('cap', 'caps', 'capped'),
  ...forms('shield', 'shields', 'shielded'), ...forms('grant', 'grants', 'granted'), ...forms('expand', 'expands', 'expanded'),
  ...forms('strip', 'strips', 'stripped'),
];

function forms(bare: string, third: string, past: string): string[] {
  return [bare, third, past];
}

const PROVISION_VERBS = new CaselessWords(PROVISION_FORMS);
/** Bare forms: a verb only after a modal or "do" (`would require`, `does not require`); alone, as often a noun (`the ban`, `a cap`). */
const BARE = new CaselessWords(PROVISION_FORMS.filter((_, i) => i % 3 === 0));
/** Words between the text's noun and its verb: modals, "do", negation, a few adverbs, a relative pronoun. */
const BETWEEN = new CaselessWords([
  'would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'does', 'do', 'did', 'not', 'also', 'still', 'now',
  'currently', 'explicitly', 'specifically', 'effectively', 'further', 'already', 'even', 'only', 'generally', 'that', 'which',
]);
const MODALS = new CaselessWords(['would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'does', 'do', 'did', 'not']);

/** How many words may stand between the noun and the verb. */
const MAX_BETWEEN = 3;

/** The provision whose verb is token `j`: its object from `j + 1`, its source the text's phrase; or null. */
export function provisionClause(doc: AnalyzedText, s: Sentence, j: number): StanceClause | null {
  const { tokens } = doc;
  const verb = tokens[j];
  if (!PROVISION_VERBS.has(verb.text) || verb.text !== lowerCase(verb.text)) return null;
  let k = j - 1;
  let modal = false;
  while (k > s.tokenStart && k >= j - MAX_BETWEEN && tokens[k].kind === 'word' && BETWEEN.has(tokens[k].text)) {
    if (MODALS.has(tokens[k].text)) modal = true;
    k--;
  }
  // `didn't`, `doesn't`: one token.
  if (k > s.tokenStart && /^(?:does|do|did)n['’]t$/iu.test(tokens[k].text)) {
    modal = true;
    k--;
  }
  if (k < s.tokenStart || !PROVISION_NOUNS.has(tokens[k].text)) return null;
  // "would require", "does not ban", "rules require": a bare form is a verb only after a modal or
  // a plural noun; a present or past form stands alone (`the ban`, `a cap` are nouns).
  if (BARE.has(verb.text) && !modal && !(k === j - 1 && /s$/iu.test(tokens[k].text))) return null;
  // `in order to`, `the order of`: no text's order.
  if (lowerCase(tokens[k].text) === 'order' && lowerCase(tokens[k - 1]?.text ?? '') === 'in') return null;
  const object = tokens[j + 1];
  if (object === undefined || j + 1 >= s.tokenEnd || (object.kind !== 'word' && object.kind !== 'number' && object.text !== '$')) return null;
  // "The law allowed for …", "the rule limited to …": a preposition after the verb opens no object of it.
  if (/^(?:for|to|by|in|on|at|with|from|into|as|and|or)$/iu.test(object.text) && !/^(?:allow|allows|allowed|permit|permits|permitted)$/iu.test(verb.text)) return null;
  // `The resolution requires approval by the full House`, `the bill requires 60 votes`: what the text needs to pass, none of its provisions.
  if (/^requir/iu.test(verb.text) && passageNeeds(tokens, j + 1, s.tokenEnd)) return null;
  const subject = phraseBeforeVerb(doc, k + 1, s.tokenStart) ?? { start: tokens[k].start, end: tokens[k].end, tokenStart: k, tokenEnd: k + 1 };
  // `the amendment which abolished slavery also came with …`: in a relative clause the object ends before the sentence's own verb.
  const relative = k + 1 < j && /^(?:that|which)$/iu.test(tokens[k + 1].text);
  return { from: j + 1, verb: j, subject, until: objectEnd(tokens, j + 1, s, relative) };
}

/** What a text needs to pass or take effect. */
const PASSAGE_NEEDS = new CaselessWords(['approval', 'votes', 'vote', 'signature', 'signatures', 'ratification', 'passage', 'majority', 'supermajority', 'consent', 'confirmation', 'sign']);

/** From token `k`, within three words, a noun of what the text needs to pass: `approval by the House`, `a two-thirds majority`, `60 votes`. */
function passageNeeds(tokens: readonly Token[], k: number, limit: number): boolean {
  for (let i = k; i < limit && i < k + 3; i++) if (PASSAGE_NEEDS.has(tokens[i].text)) return true;
  return false;
}

/** Words after a comma that open a second clause, not the object's list. */
const SECOND_CLAUSE = new CaselessWords(['and', 'but', 'while', 'although', 'though', 'yet', 'so', 'which', 'who', 'according']);
const RELATIVES = new CaselessWords(['who', 'whom', 'whose', 'which', 'that', 'where']);
/** Adverbs before the sentence's own verb after a relative clause: `which abolished slavery also came …`. */
const ADVERBS = new CaselessWords(['also', 'still', 'then', 'later', 'now', 'eventually', 'quickly', 'soon', 'never']);
/** Past forms not in -ed. */
const IRREGULAR_PAST = new CaselessWords(['came', 'went', 'became', 'made', 'took', 'gave', 'left', 'led', 'got', 'drew', 'fell', 'grew', 'won', 'lost', 'met', 'said']);

/**
 * Where the object from token `k` ends (an offset; undefined: the sentence's end): a semicolon
 * or colon, a comma before a second clause or a main clause (`As X vetoes legislation that
 * would allow Y, Clinton disagrees`), "but" (`empower the DNC to name one but include few
 * guidelines`), "and" before an auxiliary; after a relative clause, the sentence's own verb.
 */
function objectEnd(tokens: readonly Token[], k: number, s: Sentence, relative: boolean): number | undefined {
  for (let i = k + 1; i < s.tokenEnd && i < k + 80; i++) {
    const t = tokens[i];
    // `grant citizenship to anyone who was adopted`: a relative inside the object has verbs of its own.
    if (relative && RELATIVES.has(t.text)) relative = false;
    if (t.text === ';' || t.text === ':') return tokens[i - 1].end;
    if ((t.text === ',' || t.text === '—' || t.text === '–') && i + 1 < s.tokenEnd && (SECOND_CLAUSE.has(tokens[i + 1].text) || mainClauseAt(tokens, i + 1, s.tokenEnd))) return tokens[i - 1].end;
    if (t.kind !== 'word' || tokens[i - 1].kind !== 'word') continue;
    const next = tokens[i + 1]?.text ?? '';
    if (lowersTo(t.text, 'but') && !/^(?:not|also)$/iu.test(next)) return tokens[i - 1].end;
    if ((lowersTo(t.text, 'and') || lowersTo(t.text, 'or')) && FINITE_FORMS.has(next)) return tokens[i - 1].end;
    if (relative && (FINITE_FORMS.has(t.text) || IRREGULAR_PAST.has(t.text) || (ADVERBS.has(t.text) && tokens[i + 1]?.kind === 'word' && /^\p{Ll}/u.test(next)))) return tokens[i - 1].end;
  }
  return undefined;
}
