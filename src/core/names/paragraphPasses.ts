import type { AnalyzedText } from '../text/analyzedText';
import type { Token } from '../text/tokenizer';
import type { NameMention } from './nameMention';

// The name finder's last passes over the whole document each read only a mention, the text
// a few dozen characters around it and mentions of its own paragraph. On a keystroke in a
// long text all but one paragraph are the same text with the same mentions (moved, after the
// edit): each pass looked at every mention again to change the same few. Run paragraph by
// paragraph, a paragraph whose text, surroundings and mentions are those of the last run
// takes the last run's answer.

/**
 * A pass that reads, for the mentions of one paragraph, nothing but those mentions and the
 * text from `before` characters before the paragraph to `after` characters past it, and
 * that reads past no line break a mention of another paragraph.
 */
export interface ParagraphPass {
  run(text: string, mentions: NameMention[]): NameMention[];
  before: number;
  after: number;
  /** Its answers by the paragraph's token list (the same list is the same paragraph text). */
  memo: WeakMap<readonly Token[], ParagraphAnswer>;
}

/** A pass's answer for one paragraph at one place in the text. */
export interface ParagraphAnswer {
  at: number;
  /** The text around the paragraph it read: `before` characters before it, `after` past its end. */
  textBefore: string;
  textAfter: string;
  /** The token lists of the paragraphs before and after it (null at the text's edges). */
  listBefore: readonly Token[] | null;
  listAfter: readonly Token[] | null;
  /** How many characters part it from those paragraphs. */
  gapBefore: number;
  gapAfter: number;
  mentions: readonly NameMention[];
  out: readonly NameMention[];
  /** For each mention of `out`, its index in `mentions` where the pass kept it, else -1; null when the pass changed none. */
  from: Int32Array | null;
  /** The answer for another paragraph of the same text (a byline, a rule, a quotation repeated), elsewhere in the text. */
  twin: ParagraphAnswer | undefined;
}

/** How many answers are kept for paragraphs of one text: the paragraph repeated more often takes its answers again less often. */
const TWINS = 8;

/**
 * The mentions after `pass`, as pass.run over the whole list gives them. With the incremental
 * annotator's paragraph token lists the pass runs paragraph by paragraph, and a paragraph
 * whose answer is kept is not read again: the kept answer, moved to where the paragraph now
 * stands, serves. Without them (or in a text whose paragraphs are not parted by a line break,
 * which the passes read up to), the pass runs over the whole list.
 */
export function runByParagraph(doc: AnalyzedText, mentions: NameMention[], pass: ParagraphPass): NameMention[] {
  const { text, paragraphs, paragraphTokens } = doc;
  if (!paragraphTokens || !partedByLineBreaks(doc)) return pass.run(text, mentions);
  let out: NameMention[] | undefined;
  let i = 0;
  for (let p = 0; p < paragraphs.length && i < mentions.length; p++) {
    const { start, end } = paragraphs[p];
    if (mentions[i].start >= end) continue;
    if (mentions[i].start < start) return pass.run(text, mentions);
    let j = i;
    while (j < mentions.length && mentions[j].start < end) j++;
    // A mention that runs past its paragraph reads as no paragraph's.
    if (mentions[j - 1].end > end) return pass.run(text, mentions);
    const answer = answerFor(doc, p, mentions, i, j, pass);
    if (answer !== undefined || out !== undefined) {
      out ??= mentions.slice(0, i);
      if (answer === undefined) for (let k = i; k < j; k++) out.push(mentions[k]);
      else for (let k = 0; k < answer.length; k++) out.push(answer[k]);
    }
    i = j;
  }
  if (out === undefined) return mentions;
  for (let k = i; k < mentions.length; k++) out.push(mentions[k]);
  return out;
}

/** The pass's mentions for mentions [i, j) of paragraph p; undefined when it changes none of them. */
function answerFor(doc: AnalyzedText, p: number, mentions: NameMention[], i: number, j: number, pass: ParagraphPass): NameMention[] | undefined {
  const { text, paragraphs } = doc;
  const lists = doc.paragraphTokens!;
  const { start, end } = paragraphs[p];
  const first = pass.memo.get(lists[p]);
  let kept = first;
  while (kept !== undefined && !(kept.mentions.length === j - i && sameAround(doc, p, pass, kept) && sameMentions(kept.mentions, mentions, i, start - kept.at))) kept = kept.twin;
  if (kept !== undefined) {
    if (kept.from === null) return undefined;
    const shift = start - kept.at;
    const out: NameMention[] = new Array(kept.out.length);
    for (let k = 0; k < out.length; k++) {
      // A mention the pass kept is the one now in its place; one it made, made again where the paragraph now stands
      // (every field of what it was made from is the same, so is every field it copied).
      const from = kept.from[k];
      const m = kept.out[k];
      out[k] = from >= 0 ? mentions[i + from] : shift === 0 ? m : { ...m, start: m.start + shift, end: m.end + shift };
    }
    return out;
  }
  const own = mentions.slice(i, j);
  const found = pass.run(text, own);
  // The newest answer first; beyond TWINS, the oldest is forgotten.
  let last = first;
  for (let n = 1; last !== undefined && n < TWINS - 1; n++) last = last.twin;
  if (last !== undefined) last.twin = undefined;
  pass.memo.set(lists[p], {
    at: start,
    textBefore: text.slice(Math.max(0, start - pass.before), start),
    textAfter: text.slice(end, end + pass.after),
    listBefore: p > 0 ? lists[p - 1] : null,
    listAfter: p + 1 < lists.length ? lists[p + 1] : null,
    gapBefore: p > 0 ? start - paragraphs[p - 1].end : -1,
    gapAfter: p + 1 < lists.length ? paragraphs[p + 1].start - end : -1,
    mentions: own,
    out: found,
    from: found === own ? null : sourcesOf(found, own),
    twin: first,
  });
  return found === own ? undefined : found;
}

/** For each mention of `out`, its index in `from` when the pass kept it, else -1. */
function sourcesOf(out: readonly NameMention[], from: readonly NameMention[]): Int32Array {
  const index = new Map<NameMention, number>();
  for (let k = 0; k < from.length; k++) index.set(from[k], k);
  const sources = new Int32Array(out.length);
  for (let k = 0; k < out.length; k++) sources[k] = index.get(out[k]) ?? -1;
  return sources;
}

/**
 * The text the pass reads around paragraph p is what the kept answer read. Asked of every
 * paragraph on every keystroke: where the paragraph next to it is the same (the same token
 * list, as far from it) and holds all that is read on that side, only the blanks between them
 * are compared.
 */
function sameAround(doc: AnalyzedText, p: number, pass: ParagraphPass, kept: ParagraphAnswer): boolean {
  const { text, paragraphs } = doc;
  const lists = doc.paragraphTokens!;
  const { start, end } = paragraphs[p];
  const { textBefore, textAfter } = kept;
  if (Math.min(pass.before, start) !== textBefore.length || Math.min(pass.after, text.length - end) !== textAfter.length) return false;
  const before = p > 0 && lists[p - 1] === kept.listBefore && start - paragraphs[p - 1].end === kept.gapBefore && start - paragraphs[p - 1].start >= textBefore.length
    ? sameText(text, Math.max(paragraphs[p - 1].end, start - textBefore.length), start, textBefore, textBefore.length - Math.min(kept.gapBefore, textBefore.length))
    : sameText(text, start - textBefore.length, start, textBefore, 0);
  if (!before) return false;
  return p + 1 < lists.length && lists[p + 1] === kept.listAfter && paragraphs[p + 1].start - end === kept.gapAfter && paragraphs[p + 1].end - end >= textAfter.length
    ? sameText(text, end, Math.min(paragraphs[p + 1].start, end + textAfter.length), textAfter, 0)
    : sameText(text, end, end + textAfter.length, textAfter, 0);
}

/** text [from, to) is `kept` from offset `at`. */
function sameText(text: string, from: number, to: number, kept: string, at: number): boolean {
  if (at < 0 || at + (to - from) > kept.length) return false;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== kept.charCodeAt(at + k - from)) return false;
  return true;
}

/** mentions [i, i + kept.length) are the kept ones, or copies of them moved by `shift`. */
function sameMentions(kept: readonly NameMention[], mentions: readonly NameMention[], i: number, shift: number): boolean {
  for (let k = 0; k < kept.length; k++) {
    const a = kept[k];
    const b = mentions[i + k];
    if (a === b ? shift !== 0 : !isMovedCopy(a, b, shift)) return false;
  }
  return true;
}

/**
 * Every field of NameMention, for isMovedCopy: a field added to the interface and not here is a
 * type error, so a kept answer is never taken for a mention that differs in it.
 */
export const MENTION_FIELDS: Readonly<Record<keyof NameMention, true>> = {
  start: true, end: true, text: true, type: true, title: true, placeQualifier: true, name: true, body: true, kin: true, generation: true, pronoun: true, staff: true,
};

/** b is a moved by `shift`, every other field (each of MENTION_FIELDS) the same. */
export function isMovedCopy(a: NameMention, b: NameMention, shift: number): boolean {
  return a.start + shift === b.start && a.end + shift === b.end && a.text === b.text && a.type === b.type && a.title === b.title &&
    a.placeQualifier === b.placeQualifier && a.name === b.name && a.body === b.body && a.kin === b.kin && a.generation === b.generation &&
    a.pronoun === b.pronoun && a.staff === b.staff;
}

/** Whether a line break stands between every two paragraphs of the text. */
function partedByLineBreaks(doc: AnalyzedText): boolean {
  const { text, paragraphs } = doc;
  for (let p = 1; p < paragraphs.length; p++) {
    const from = paragraphs[p - 1].end;
    const to = paragraphs[p].start;
    let found = false;
    for (let k = from; k < to && !found; k++) found = text.charCodeAt(k) === 10;
    if (!found) return false;
  }
  return true;
}
