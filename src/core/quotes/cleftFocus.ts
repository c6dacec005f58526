import type { AnalyzedText } from '../text/analyzedText';
import { sentenceIndexAt } from '../text/analyzedText';
import type { Span } from '../types';
import { firstNameAtOrAfter } from './mentionIndex';
import { resolveRole, type PronounKind, type ReferenceContext } from './referenceResolver';
import { genderOfNoun } from '../entities/roleNouns';

// "It was the Prime Minister who answered. "…," he said.": a cleft puts the one it is about
// after "it was"; that phrase, not the sentence's grammatical subject "it" nor someone named
// before, is whom the next sentence's "he" goes on with.

/** "It was X who …", "It is X that …" opening a sentence: X's words. */
const CLEFT = /^\s*(?:But\s+|And\s+|Yet\s+)?It\s+(?:was|is|had\s+been|has\s+been|would\s+be)\s+((?:the|a|an)\s+[^,.;:!?"“”]{1,60}?|\p{Lu}[^,.;:!?"“”]{1,60}?)\s+(?:who|that)\s/u;
const QUOTE_OPENING = /^\s*["“‘']/u;

export interface CleftFocus {
  span: Span;
  /** The person the phrase names or whose role it gives, else null. */
  speakerId: string | null;
}

/**
 * The focus of a cleft in the sentence before the pronoun at `at` (the quotation's own
 * sentences between passed over), if it fits the pronoun and no one is named between.
 */
export function cleftFocus(doc: AnalyzedText, at: number, pronoun: PronounKind, ctx: ReferenceContext): CleftFocus | null {
  if (pronoun !== 'male' && pronoun !== 'female') return null;
  let s = sentenceIndexAt(doc, at) - 1;
  // The quotation the pronoun's cue closes may run over sentences of its own.
  for (let back = 0; s >= 0 && back < 3 && QUOTE_OPENING.test(doc.text.slice(doc.sentences[s].start, doc.sentences[s].start + 3)); back++) s--;
  if (s < 0) return null;
  const sentence = doc.sentences[s];
  const m = CLEFT.exec(doc.text.slice(sentence.start, sentence.end));
  if (!m) return null;
  const start = sentence.start + m.index + m[0].indexOf(m[1], m[0].search(/\s(?:was|is|been|be)\s/u));
  const span = { start, end: start + m[1].length, text: m[1] };
  const { names, insideQuote } = ctx.index;
  let named: string | null = null;
  for (let i = firstNameAtOrAfter(ctx.index, span.start); i < names.length && names[i].start < at; i++) {
    const n = names[i];
    if (insideQuote[i] || n.kind !== 'person' || !n.entityId) continue;
    // Someone named after the cleft's focus, outside it, may be whom the pronoun goes on with.
    if (n.start >= span.end) return null;
    named ??= n.entityId;
  }
  const fits = (id: string): boolean => {
    const g = ctx.entities.profiles.get(id)?.gender ?? null;
    return g === null || g === pronoun;
  };
  if (named !== null) return fits(named) ? { span, speakerId: named } : null;
  const words = span.text.split(/\s+/u);
  const head = words[words.length - 1];
  const gender = genderOfNoun(head.toLowerCase());
  if (gender && gender !== pronoun) return null;
  if (!/^(?:the|a|an)$/iu.test(words[0])) return null;
  const holder = words[0].toLowerCase() === 'the' ? resolveRole(head, span.start, ctx) : null;
  if (holder !== null && !holder.startsWith('p')) return null;
  return { span, speakerId: holder !== null && fits(holder) ? holder : null };
}
