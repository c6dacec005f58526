import type { AnalyzedText } from '../text/analyzedText';
import type { Span } from '../types';
import { firstNameAtOrAfter, type IndexedMention, type MentionIndex } from './mentionIndex';

// "Tom Hughes and Sarah Hughes said", "said Ana Ruiz and Tom Lee", "Harding and her co-author,
// Dr Kwame Mensah, said": two people speak together. The words are neither's alone, so the
// quote's speaker is the pair as written, not the name nearest the verb.

/** What may stand between two people joined by "and": a title, or the second's relation to the first ("her co-author,"). */
const BETWEEN_NAMES = /^\s+and\s+(?:(?:his|her|their)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?,\s+)?(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sen|Rep|Cllr|Gov|Judge|Sir|Dame)\.?\s+)?$/u;

/** Words before the first name that make it an object ("talks with Ana Ruiz and Tom Lee"), not a speaker. */
const OBJECT_MARKERS = /(?:^|\s)(?:of|for|with|to|by|from|between|about|against|and|or|nor|like|than|as|met|meet|meets|meeting|called|calls|named|thanked|told|tells|asked|asks|praised|criticised|criticized|accused|blamed)\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sen|Rep|Cllr|Gov|Judge|Sir|Dame)\.?\s+)?$/iu;

/**
 * The span of two people joined by "and" of whom `name` (the speaker's name the phrase
 * reader took) is one: the other person named right before it (the phrase before the verb)
 * or right after it (after the verb). Null where `name` stands alone.
 */
export function coordinatedSpeakers(doc: AnalyzedText, name: IndexedMention, index: MentionIndex, beforeVerb: boolean): Span | null {
  if (name.kind !== 'person') return null;
  const { names } = index;
  const at = firstNameAtOrAfter(index, name.start);
  let first: IndexedMention | undefined;
  let second: IndexedMention | undefined;
  if (beforeVerb) {
    const before = names[at - 1];
    if (before && before.end < name.start && BETWEEN_NAMES.test(doc.text.slice(before.end, name.start))) [first, second] = [before, name];
  } else {
    const after = names[at + 1];
    if (after && after.start > name.end && /^\s+and\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sen|Rep|Cllr)\.?\s+)?$/u.test(doc.text.slice(name.end, after.start))) [first, second] = [name, after];
  }
  if (!first || !second || first.kind !== 'person' || second.kind !== 'person' || first.entityId === second.entityId) return null;
  const before = doc.text.slice(Math.max(0, first.start - 30), first.start);
  // "…, Patti Lane and Stevie Wood, who joked": the last two of a list are no pair, and the relative goes with the last.
  if (OBJECT_MARKERS.test(before) || /,\s*(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sen|Rep|Cllr|Gov|Judge|Sir|Dame)\.?\s+)?$/u.test(before)) return null;
  return { start: first.start, end: second.end, text: doc.text.slice(first.start, second.end) };
}
