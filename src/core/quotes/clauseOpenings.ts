import type { Token } from '../text/tokenizer';
import { isCognitionVerb, isSpeechVerb, isWeakSpeechVerb } from './reportingVerbs';
import { isCapitalizedToken } from './speakerPhrase';
import { CaselessWords, lowerCase } from './caselessTests';

// Where a clause of its own opens after a comma: a subject and its verb (`, Lopez said`,
// `, 46 percent of voters said`, `, Tom Briggs, the spokesman, suggested`), or a verb where one
// is due (`Smith, asked about it, often steam-rolls …`). Read a few tokens on at most.

export const QUOTE_OPENERS: ReadonlySet<string> = new Set(['"', '“', '‘', "'", '«']);
/** Words that open a subject. */
const SUBJECT_OPENERS = new CaselessWords([
  'he', 'she', 'they', 'we', 'i', 'you', 'it', 'there', 'this', 'these', 'those', 'nobody', 'none', 'everyone',
  'someone', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'some', 'many', 'most', 'both', 'several',
  'all', 'few', 'one', 'two', 'three', 'four', 'five', 'only', 'each', 'neither',
]);
/** Words after a comma that go on with what came before (`whether the plan, which passed, would work`). */
export const GOES_ON = new CaselessWords(['which', 'who', 'whom', 'whose', 'where', 'when', 'and', 'or', 'but', 'nor', 'including', 'especially', 'such', 'like', 'as', 'not', 'if', 'whether']);
/** Adverbs before a verb: `Trump, when asked …, often steam-rolls …`. */
const ADVERBS = new CaselessWords(['often', 'also', 'then', 'only', 'still', 'never', 'again', 'just', 'later', 'first', 'simply', 'instead', 'quickly', 'promptly', 'flatly', 'repeatedly', 'usually', 'typically', 'initially']);
export const FINITE_FORMS = new CaselessWords([
  'is', 'was', 'are', 'were', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'has', 'have', 'had', 'did', 'does', 'do',
]);
/** Past forms not in -ed that a main verb often takes. */
const IRREGULAR_PAST = new CaselessWords([
  'said', 'told', 'gave', 'made', 'took', 'shook', 'went', 'came', 'got', 'wrote', 'spoke', 'left', 'saw', 'thought', 'felt',
  'knew', 'put', 'kept', 'held', 'brought', 'stood', 'sat', 'became', 'began', 'drew', 'threw', 'let', 'found', 'sent',
  'meant', 'shot', 'stuck', 'fought', 'sought', 'struck', 'broke', 'chose', 'hung', 'fell', 'ran', 'bit', 'quit',
]);

/**
 * Token `k` is a verb of a main clause: a finite form, a past form, a verb of speech or thought,
 * or a present form in -s: right after a name or a pronoun unless `bare` (the verb is where one
 * is due; elsewhere the form is as often a plural noun, "percent of voters").
 */
function verbAt(tokens: readonly Token[], k: number, bare = false): boolean {
  const t = tokens[k];
  if (t === undefined || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return false;
  const lower = lowerCase(t.text);
  if (FINITE_FORMS.has(lower) || IRREGULAR_PAST.has(lower) || isSpeechVerb(lower) || isCognitionVerb(lower) || isWeakSpeechVerb(lower)) return true;
  if (/^\p{Ll}{2,}ed$/u.test(lower)) return true;
  if (/n['’]t$/u.test(lower)) return true;
  if (!/^\p{Ll}{3,}s$/u.test(lower) || /(?:ss|ous|us|is)$/u.test(lower)) return false;
  const prev = tokens[k - 1];
  return bare || (prev !== undefined && (isCapitalizedToken(prev) || /^(?:he|she|it)$/iu.test(prev.text)));
}

/** Token `k` opens a verb where one is due (after a subject and a phrase set off from it), adverbs first allowed: `, said`, `, often steam-rolls`. */
export function predicateAt(tokens: readonly Token[], k: number, limit: number): boolean {
  let i = k;
  while (i < limit && i < k + 2 && ADVERBS.has(tokens[i].text)) i++;
  // `steam-rolls`: a hyphened verb is three tokens.
  if (tokens[i + 1]?.text === '-' && tokens[i + 2]?.kind === 'word') i += 2;
  // (`…, saying …`: a participle goes on from the clause before, no verb of its own.)
  return i < limit && !/ing$/u.test(tokens[i].text) && verbAt(tokens, i, true);
}

const CONTRACTED_SUBJECT = /^(?:it|he|she|that|there|they|we|i|you)['’](?:s|re|ll|d|ve|m)$/iu;

/**
 * A main clause opens at token `k`: a quotation, a verb of speech right away (`…, said no`),
 * or a subject of a few words (a name with its appositive set off by commas allowed: `Michael
 * Briggs, Sanders's spokesman, suggested`) and then its verb.
 */
export function mainClauseAt(tokens: readonly Token[], k: number, limit: number): boolean {
  const first = tokens[k];
  if (QUOTE_OPENERS.has(first.text)) return true;
  if (first.kind === 'word' && /^\p{Ll}/u.test(first.text) && isSpeechVerb(first.text)) return true;
  if (GOES_ON.has(first.text)) return false;
  // `…, it’s prohibited`, `…, he’d said`: a subject and its verb in one token.
  if (CONTRACTED_SUBJECT.test(first.text)) return true;
  if (!(isCapitalizedToken(first) || first.kind === 'number' || SUBJECT_OPENERS.has(first.text))) return false;
  let commas = 0;
  for (let i = k + 1; i < limit && i <= k + 8; i++) {
    const c = tokens[i];
    if (c.kind === 'punct') {
      if (c.text === '.' || c.text === '-' || QUOTE_OPENERS.has(c.text) || c.text === '”' || c.text === '’') continue;
      // One appositive after a name: `Michael Briggs, Sanders's spokesman, suggested`.
      if (c.text === ',' && commas < 2 && isCapitalizedToken(tokens[k])) {
        commas++;
        continue;
      }
      return false;
    }
    // (`Hillary Clinton apparently disagrees`: after an adverb, a verb in -s where one is due.)
    if (ADVERBS.has(c.text) || /^\p{Ll}{3,}ly$/u.test(c.text)) {
      if (verbAt(tokens, i + 1, true) && i + 1 < limit) return commas !== 1;
      continue;
    }
    if (verbAt(tokens, i)) return commas !== 1;
  }
  return false;
}
