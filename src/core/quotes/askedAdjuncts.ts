import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokenizer';
import { isSpeechVerb } from './reportingVerbs';
import { CaselessWords, lowerCase } from './caselessTests';
import { FINITE_FORMS, GOES_ON, QUOTE_OPENERS, mainClauseAt, predicateAt } from './clauseOpenings';

// A question put to the speaker, told as a passive participle set off from the sentence:
//   `Asked about the deal, Smith said the talks …`        fronted
//   `When asked by reporters whether …, Lee said …`        fronted, with a subordinator
//   `Smith, asked to comment, said …`                      set off between subject and verb
//   `Smith said, when asked about it, that the union …`    set off between verb and clause
//   `"…," Smith said when asked about the strike.`         trailing the cue
// The adjunct is no part of the speaker's words, nor of the cue: a clause the sentence's verb
// reports never starts inside it nor takes it whole, and what was asked inside it is the
// unnamed asker's question (PolNeAR marks it so, with "asked" as its cue and no source), never
// the words of the one asked. Each adjunct is read within MAX_ADJUNCT_TOKENS tokens.

export interface AskedAdjunct {
  /** The adjunct's first token ("When", "Asked", "after"). */
  start: number;
  /** The participle ("asked", "pressed", "questioned"). */
  asked: number;
  /** One past its last token: the comma before the rest of the sentence, or the sentence's closing mark. */
  end: number;
}

/** How many tokens an adjunct may hold. */
const MAX_ADJUNCT_TOKENS = 60;

/** Participles that put a question to the sentence's subject. */
export const ASKING_WORDS: readonly string[] = ['asked', 'pressed', 'questioned', 'quizzed'];
const ASKING = new CaselessWords(ASKING_WORDS);

/** Token text `word` is a word an asked adjunct opens at: a sentence without one has none. */
export function isAskingWord(word: string): boolean {
  return ASKING.has(word);
}

/** Subordinators that open the adjunct: `when asked`, `if asked`, `after being asked`. */
const SUBORDINATORS = new CaselessWords(['when', 'if', 'once', 'after', 'while', 'before', 'though', 'although', 'whenever', 'until']);
/** Adverbs before the participle: `Also asked`, `when later asked`. */
const ADVERBS_BEFORE = new CaselessWords(['also', 'later', 'again', 'then', 'repeatedly', 'previously', 'recently', 'first', 'separately', 'subsequently', 'directly', 'specifically']);
/** A conjunction that may open the sentence before the adjunct: `But asked whether …`. */
const OPENING_CONJUNCTIONS = new CaselessWords(['and', 'but', 'so', 'yet']);
/**
 * What follows a passive "asked": the asker, when or where, or what was asked (`asked about`,
 * `asked by`, `asked whether`, `asked to comment`, `asked on Sunday`). An object right after it
 * (`asked the minister whether`) makes it an active verb with a subject of its own.
 */
const AFTER_ASKED = new CaselessWords([
  'about', 'by', 'if', 'whether', 'why', 'how', 'what', 'when', 'where', 'who', 'whom', 'which', 'to', 'for', 'on',
  'in', 'at', 'during', 'after', 'over', 'again', 'later', 'repeatedly', 'recently', 'earlier', 'last', 'this',
  'twice', 'directly', 'specifically', 'afterward', 'afterwards', 'separately', 'yesterday', 'today', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** The adjunct whose participle is token `j` of sentence `s`, or null. */
export function askedAdjunctAt(tokens: readonly Token[], s: Sentence, j: number): AskedAdjunct | null {
  const t = tokens[j];
  if (t === undefined || t.kind !== 'word' || !ASKING.has(t.text)) return null;
  const next = tokens[j + 1];
  if (next === undefined || j + 1 >= s.tokenEnd) return null;
  const passiveNext = AFTER_ASKED.has(next.text) || next.text === ',';
  let o = j;
  if (o - 1 >= s.tokenStart && lowerCase(tokens[o - 1].text) === 'being') o--;
  if (o - 1 >= s.tokenStart && ADVERBS_BEFORE.has(tokens[o - 1].text)) o--;
  const subordinated = o - 1 >= s.tokenStart && SUBORDINATORS.has(tokens[o - 1].text);
  if (subordinated) o--;
  const fronted = o === s.tokenStart || (o === s.tokenStart + 1 && OPENING_CONJUNCTIONS.has(tokens[s.tokenStart].text));
  const before = tokens[o - 1];
  const setOff = !fronted && o - 1 >= s.tokenStart && (before.text === ',' || before.text === '—' || before.text === '–');
  // `… Smith said when asked about it`: a subordinator after a cue, not set off (`leaving his car
  // when asked to do so` is what the clause tells, and `was once asked` a verb).
  if (!fronted && !setOff && !(subordinated && speechVerbBefore(tokens, o - 1, s.tokenStart))) return null;
  // `Tanden, a Clinton ally, asked Holder whether …`: without a subordinator a set-off "asked"
  // with an object is the sentence's own verb.
  if (!passiveNext && !subordinated && !fronted) return null;
  if (!passiveNext && fronted && !subordinated && !/^(?:if|whether|why|how|what|when|where|who|which|to|about|by)$/iu.test(next.text)) return null;
  const limit = Math.min(s.tokenEnd, j + MAX_ADJUNCT_TOKENS);
  let firstComma = -1;
  // Set off mid-sentence, a comma before an auxiliary may still be inside the question
  // (`Lopez, asked whether the plan, a costly one, would work, said …`): taken only when no
  // comma before another verb follows.
  let beforeAuxiliary = -1;
  for (let e = j + 1; e < limit; e++) {
    const c = tokens[e];
    if (c.text === ';') return { start: o, asked: j, end: e };
    if (c.text !== ',' && c.text !== '—' && c.text !== '–') continue;
    if (firstComma < 0) firstComma = e;
    const after = e + 1;
    if (after >= s.tokenEnd) break;
    if (fronted ? mainClauseAt(tokens, after, s.tokenEnd) : restOfSentenceAt(tokens, after, s.tokenEnd)) {
      if (fronted || !FINITE_FORMS.has(tokens[after].text)) return { start: o, asked: j, end: e };
      if (beforeAuxiliary < 0) beforeAuxiliary = e;
    }
  }
  if (beforeAuxiliary >= 0) return { start: o, asked: j, end: beforeAuxiliary };
  if (fronted) return firstComma >= 0 ? { start: o, asked: j, end: firstComma } : null;
  // Set off between a subject and its verb, the adjunct ends at a comma before that verb; with
  // none found, only one after a verb of speech (`Smith said, asked about it.`) or a subordinator runs to the end.
  if (!subordinated && !(setOff && speechVerbBefore(tokens, o - 2, s.tokenStart))) return null;
  return { start: o, asked: j, end: contentEnd(tokens, s) };
}

/** The adjuncts of sentence `s`, in text order (none overlap). */
export function askedAdjuncts(tokens: readonly Token[], s: Sentence): AskedAdjunct[] {
  const out: AskedAdjunct[] = [];
  for (let j = s.tokenStart; j < s.tokenEnd; j++) {
    if (tokens[j].kind !== 'word' || !ASKING.has(tokens[j].text)) continue;
    const a = askedAdjunctAt(tokens, s, j);
    if (a && (out.length === 0 || out[out.length - 1].end <= a.start)) {
      out.push(a);
      j = a.end;
    }
  }
  return out;
}

/** One past the sentence's last token that is no closing punctuation. */
function contentEnd(tokens: readonly Token[], s: Sentence): number {
  let e = s.tokenEnd;
  while (e > s.tokenStart + 1 && tokens[e - 1].kind === 'punct' && /^[.!?"”’'»)]$/u.test(tokens[e - 1].text)) e--;
  return e;
}

/** Token `k` (times and adverbs before it allowed) is a verb of speech: `Smith said, asked …`, `said Smith, asked …`. */
function speechVerbBefore(tokens: readonly Token[], k: number, floor: number): boolean {
  for (let i = k; i >= floor && i >= k - 4; i--) {
    const t = tokens[i];
    if (t.kind !== 'word') return false;
    if (isSpeechVerb(t.text) && /^\p{Ll}/u.test(t.text)) return true;
  }
  return false;
}

/**
 * After an adjunct set off mid-sentence, the rest of the sentence opens at token `k`: the
 * subject's verb (`Smith, asked …, said`), the clause the verb before reports (`said, when
 * asked …, that`), a main clause, or a quotation.
 */
function restOfSentenceAt(tokens: readonly Token[], k: number, limit: number): boolean {
  const t = tokens[k];
  if (QUOTE_OPENERS.has(t.text)) return true;
  if (lowerCase(t.text) === 'that') return true;
  if (GOES_ON.has(t.text)) return false;
  return predicateAt(tokens, k, limit) || mainClauseAt(tokens, k, limit);
}

