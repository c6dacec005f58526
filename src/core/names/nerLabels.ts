import type { NameType } from './nameMention';

// The tagger's label set: BIO over the four CoNLL types. BIO rather than BILOU keeps the
// weight table at 9 columns; with Viterbi decoding and learned transitions the extra
// L/U labels gain little and would nearly double the model.

export const ENTITY_TYPES: readonly NameType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** Label 0 is O; type t (index in ENTITY_TYPES) has B = 1 + 2t and I = 2 + 2t. */
export const LABEL_COUNT = 1 + 2 * ENTITY_TYPES.length;
export const OUTSIDE = 0;

export const beginLabel = (type: NameType): number => 1 + 2 * ENTITY_TYPES.indexOf(type);
export const insideLabel = (type: NameType): number => 2 + 2 * ENTITY_TYPES.indexOf(type);
export const isBegin = (label: number): boolean => label > 0 && label % 2 === 1;
export const typeOfLabel = (label: number): NameType | null => (label === OUTSIDE ? null : ENTITY_TYPES[(label - 1) >> 1]);

export function labelName(label: number): string {
  const type = typeOfLabel(label);
  return type === null ? 'O' : `${isBegin(label) ? 'B' : 'I'}-${type}`;
}

/** I-X may only follow B-X or I-X; every other move is allowed. */
export function isAllowedTransition(prev: number, next: number): boolean {
  if (next === OUTSIDE || isBegin(next)) return true;
  return prev !== OUTSIDE && typeOfLabel(prev) === typeOfLabel(next);
}

export interface LabelSpan {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  type: NameType;
}

/**
 * Entity spans of a decoded label sequence, or of labels[from, to) (indices stay
 * absolute); a stray I-X opens a span, as conlleval does.
 */
export function spansOfLabels(labels: ArrayLike<number>, from = 0, to = labels.length): LabelSpan[] {
  const out: LabelSpan[] = [];
  let open: LabelSpan | null = null;
  for (let i = from; i < to; i++) {
    const label = labels[i];
    if (open === null && label === OUTSIDE) continue;
    const type = typeOfLabel(label);
    if (open && (type !== open.type || isBegin(label))) {
      open.end = i;
      out.push(open);
      open = null;
    }
    if (type && !open) open = { start: i, end: i + 1, type };
  }
  if (open) {
    open.end = to;
    out.push(open);
  }
  return out;
}
