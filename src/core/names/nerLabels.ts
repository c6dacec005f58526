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
 * Spans of tokens with their types, kept in typed arrays that grow and are reused: the
 * name finder lists a sentence's spans, and their refined parts, for every sentence of a
 * text, and objects in arrays for each would be garbage a moment later.
 */
export class SpanList {
  count = 0;
  starts = new Int32Array(16);
  ends = new Int32Array(16);
  readonly types: NameType[] = [];

  clear(): void {
    this.count = 0;
  }

  push(start: number, end: number, type: NameType): void {
    const k = this.count;
    if (k === this.starts.length) {
      const starts = new Int32Array(2 * k);
      starts.set(this.starts);
      this.starts = starts;
      const ends = new Int32Array(2 * k);
      ends.set(this.ends);
      this.ends = ends;
    }
    this.starts[k] = start;
    this.ends[k] = end;
    this.types[k] = type;
    this.count = k + 1;
  }
}

/**
 * Entity spans of a decoded label sequence, or of labels[from, to) (indices stay
 * absolute), written to `out` after what it holds; a stray I-X opens a span, as conlleval does.
 */
export function labelSpansInto(labels: ArrayLike<number>, from: number, to: number, out: SpanList): void {
  let openStart = -1;
  let openType: NameType | null = null;
  for (let i = from; i < to; i++) {
    const label = labels[i];
    if (openType === null && label === OUTSIDE) continue;
    const type = typeOfLabel(label);
    if (openType !== null && (type !== openType || isBegin(label))) {
      out.push(openStart, i, openType);
      openType = null;
    }
    if (type !== null && openType === null) {
      openStart = i;
      openType = type;
    }
  }
  if (openType !== null) out.push(openStart, to, openType);
}

/** labelSpansInto as a list of objects. */
export function spansOfLabels(labels: ArrayLike<number>, from = 0, to = labels.length): LabelSpan[] {
  const list = new SpanList();
  labelSpansInto(labels, from, to, list);
  const out: LabelSpan[] = [];
  for (let k = 0; k < list.count; k++) out.push({ start: list.starts[k], end: list.ends[k], type: list.types[k] });
  return out;
}
