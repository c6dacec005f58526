import type { AnalyzedText } from '../text/analyzedText';
import type { Token } from '../text/tokenizer';
import type { NameMention } from './nameMention';
import type { TaggedText } from './incrementalTagging';
import { surnameKeys } from './incrementalTagging';
import { readSurnames, withSurnamesOf, type SurnameFacts } from './nameConsistency';

// The name finder's first passes after the tagger, on a keystroke in a long text: the
// passes that read a mention and the text and tokens near it (verbs run into a name, a
// nickname in quotation marks) and the propagation of the article's surnames, which reads
// the surnames of the whole text but otherwise a paragraph's own mentions and tokens. All of
// them looked at every mention of the text again, to change the same few. Here they run
// paragraph by paragraph: a paragraph with the tagger's same mentions, among the same
// paragraphs, takes its last answer, and its answer to the propagation too while the
// article's surnames are the same.

/** The paragraph-local passes before the propagation, over one paragraph's mentions and the tokens that may open a nickname in it (text token indices). */
export type LocalPasses = (mentions: NameMention[], openings: readonly number[]) => NameMention[];

/** How many tokens before and after a paragraph the passes may read (nicknameInMarks.ts reads two before the opening mark and up to six after it; a rank word one each way). */
const READ_BEFORE = 2;
const READ_AFTER = 6;

/** A paragraph's answers, offsets relative to the paragraph. */
interface Answer {
  list: readonly Token[];
  /** What the passes read around it: the blanks before it, the token list of the paragraph before, ... (null at the text's start), then the same after it. */
  around: (readonly Token[] | string | null)[];
  /** After the local passes. */
  local: readonly NameMention[];
  /** The surnames those mentions give (SurnameFacts), each once. */
  surnames: readonly string[];
  spelled: readonly string[];
  /** After the propagation, with `facts`. */
  facts: SurnameFacts | undefined;
  out: readonly NameMention[];
  /** `out` placed at `placedAt`. */
  placed: NameMention[];
  placedAt: number;
}

interface Facts extends SurnameFacts {
  keys: ReadonlySet<string>;
}

/** Answers by the session's list of the paragraph's mentions; the article's surnames of the last call. */
const kept: { answers: WeakMap<readonly NameMention[], Answer>; facts: Facts | undefined } = { answers: new WeakMap(), facts: undefined };

/**
 * propagateSurnames(doc, local(mentions, openings), ...) over the session's reading of the
 * text, paragraph by paragraph; undefined where a paragraph's mentions run out of it (a
 * nickname across a line break), when the caller runs them over the whole text.
 */
export function firstPassesByParagraph(doc: AnalyzedText, tagged: TaggedText, local: LocalPasses, withoutPossessive: (w: string) => string): NameMention[] | undefined {
  const { paragraphs } = doc;
  const lists = doc.paragraphTokens!;
  const answers: Answer[] = new Array(paragraphs.length);
  let base = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const reading = tagged.paragraphs[p];
    let answer = kept.answers.get(reading.mentions);
    if (answer === undefined || answer.list !== lists[p] || !sameAround(doc, p, answer.around)) {
      answer = localAnswer(doc, p, base, reading.mentions, reading.openings, local);
      if (answer === undefined) return undefined;
      kept.answers.set(reading.mentions, answer);
    }
    answers[p] = answer;
    base += lists[p].length;
  }
  const facts = factsOf(answers);
  const out: NameMention[] = [];
  base = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const answer = answers[p];
    const at = paragraphs[p].start;
    if (answer.facts !== facts) {
      const mentions = placed(answer.local, at);
      const found = facts.surnames.size === 0 ? mentions : withSurnamesOf(doc, readSurnames(mentions, false), facts, withoutPossessive, tokenIndices(tagged.paragraphs[p].spelled(facts.keys), base));
      answer.facts = facts;
      answer.out = placed(found, -at);
      answer.placed = found;
      answer.placedAt = at;
    } else if (answer.placedAt !== at) {
      answer.placed = placed(answer.out, at);
      answer.placedAt = at;
    }
    for (let k = 0; k < answer.placed.length; k++) out.push(answer.placed[k]);
    base += lists[p].length;
  }
  return out;
}

/** The local passes' answer for paragraph p (its first token the text's token `base`); undefined where a mention runs out of the paragraph. */
function localAnswer(doc: AnalyzedText, p: number, base: number, mentions: readonly NameMention[], openings: readonly number[], local: LocalPasses): Answer | undefined {
  const { start, end } = doc.paragraphs[p];
  const found = local(placed(mentions, start), tokenIndices(openings, base));
  for (const m of found) if (m.start < start || m.end > end) return undefined;
  const read = readSurnames(found, false);
  return {
    list: doc.paragraphTokens![p],
    around: aroundOf(doc, p),
    local: placed(found, -start),
    surnames: [...read.surnames],
    spelled: [...read.spelled],
    facts: undefined,
    out: [],
    placed: [],
    placedAt: -1,
  };
}

/** The article's surnames from the paragraphs' answers: those of the last call while they are the same, so that the answers made with them serve. */
function factsOf(answers: readonly Answer[]): Facts {
  const surnames = new Set<string>();
  const spelled = new Set<string>();
  for (const answer of answers) {
    for (const s of answer.surnames) surnames.add(s);
    for (const s of answer.spelled) spelled.add(s);
  }
  const last = kept.facts;
  if (last !== undefined && sameSet(last.surnames, surnames) && sameSet(last.spelled, spelled)) return last;
  return (kept.facts = { surnames, spelled, keys: surnameKeys(spelled) });
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of b) if (!a.has(x)) return false;
  return true;
}

/** Mentions with their offsets moved by `shift` (the same list when 0). */
function placed(mentions: readonly NameMention[], shift: number): NameMention[] {
  if (shift === 0) return mentions as NameMention[];
  const out: NameMention[] = new Array(mentions.length);
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    out[k] = { ...m, start: m.start + shift, end: m.end + shift };
  }
  return out;
}

function tokenIndices(relative: readonly number[], base: number): number[] {
  const out: number[] = new Array(relative.length);
  for (let k = 0; k < relative.length; k++) out[k] = base + relative[k];
  return out;
}

/**
 * What the passes read around paragraph p besides its own tokens: on each side the blanks
 * that part it from the next paragraph and that paragraph's token list, as far as
 * READ_BEFORE and READ_AFTER tokens reach; null at the text's edge.
 */
function aroundOf(doc: AnalyzedText, p: number): (readonly Token[] | string | null)[] {
  const { text, paragraphs } = doc;
  const lists = doc.paragraphTokens!;
  const around: (readonly Token[] | string | null)[] = [];
  let need = READ_BEFORE;
  for (let q = p - 1; need > 0; q--) {
    around.push(text.slice(q >= 0 ? paragraphs[q].end : 0, paragraphs[q + 1].start));
    if (q < 0) {
      around.push(null);
      break;
    }
    around.push(lists[q]);
    need -= lists[q].length;
  }
  need = READ_AFTER;
  for (let q = p + 1; need > 0; q++) {
    around.push(text.slice(paragraphs[q - 1].end, q < paragraphs.length ? paragraphs[q].start : text.length));
    if (q >= paragraphs.length) {
      around.push(null);
      break;
    }
    around.push(lists[q]);
    need -= lists[q].length;
  }
  return around;
}

/** Whether aroundOf(doc, p) would be `kept`, compared where it stands rather than cut out again. */
function sameAround(doc: AnalyzedText, p: number, kept: readonly (readonly Token[] | string | null)[]): boolean {
  const { text, paragraphs } = doc;
  const lists = doc.paragraphTokens!;
  let k = 0;
  let need = READ_BEFORE;
  for (let q = p - 1; need > 0; q--) {
    if (!sameText(text, q >= 0 ? paragraphs[q].end : 0, paragraphs[q + 1].start, kept[k++])) return false;
    if (q < 0) return kept[k++] === null && sameAfter();
    if (kept[k++] !== lists[q]) return false;
    need -= lists[q].length;
  }
  return sameAfter();

  function sameAfter(): boolean {
    let need = READ_AFTER;
    for (let q = p + 1; need > 0; q++) {
      if (!sameText(text, paragraphs[q - 1].end, q < paragraphs.length ? paragraphs[q].start : text.length, kept[k++])) return false;
      if (q >= paragraphs.length) return kept[k++] === null && k === kept.length;
      if (kept[k++] !== lists[q]) return false;
      need -= lists[q].length;
    }
    return k === kept.length;
  }
}

/** text [from, to) is `kept`. */
function sameText(text: string, from: number, to: number, kept: readonly Token[] | string | null | undefined): boolean {
  if (typeof kept !== 'string' || kept.length !== to - from) return false;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== kept.charCodeAt(k - from)) return false;
  return true;
}
