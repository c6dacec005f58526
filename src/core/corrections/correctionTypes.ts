import type { Place } from '../types';

// Corrections an editor made to what the finders found, as stored in the sidecar file
// `<article>.annotations.json`. They are re-applied on top of every fresh annotation, so
// they are anchored by text, not by offsets that the next edit would invalidate.

/**
 * Where a correction applies, after the W3C Web Annotation TextQuoteSelector: the text
 * itself, a little of what surrounds it, and where it was last seen (a hint to choose
 * among repeats, not a position to trust).
 */
export interface TextAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  /** UTF-16 offset of `exact` when the anchor was made. */
  start: number;
}

/** What a span of text can be marked as. A speaker is a person who said a nearby quote. */
export type MarkKind = 'speaker' | 'person' | 'place' | 'organization' | 'date' | 'quote';
export const MARK_KINDS: readonly MarkKind[] = ['speaker', 'person', 'place', 'organization', 'date', 'quote'];

/** Annotations that can be removed. */
export type RemovableKind = 'person' | 'organization' | 'place' | 'date' | 'quote';
export const REMOVABLE_KINDS: readonly RemovableKind[] = ['person', 'organization', 'place', 'date', 'quote'];

/** A place's identity as the gazetteer knows it: the identifying fields of a Place. */
export type PlaceIdentity = Pick<Place, 'name' | 'kind' | 'country' | 'lat' | 'lon' | 'population'>;

interface CorrectionBase {
  /** Unique within the sidecar; made by the adapter that records the correction. */
  id: string;
}

export interface MarkCorrection extends CorrectionBase {
  type: 'mark';
  as: MarkKind;
  target: TextAnchor;
  /** For `as: 'speaker'`: the quote this person said. */
  quote?: TextAnchor;
}

export interface RemoveCorrection extends CorrectionBase {
  type: 'remove';
  what: RemovableKind;
  target: TextAnchor;
}

export interface AttributeCorrection extends CorrectionBase {
  type: 'attribute';
  quote: TextAnchor;
  /** The name of a person (or organization) of the article, or null for "nobody". */
  speaker: string | null;
}

export interface MergeCorrection extends CorrectionBase {
  type: 'merge';
  /** Names as the article's people list shows them; `from` becomes an alias of `into`. */
  from: string;
  into: string;
}

export interface PlaceIdentityCorrection extends CorrectionBase {
  type: 'place-identity';
  /** The place's name as written in the article. */
  place: string;
  identity: PlaceIdentity;
}

export type Correction = MarkCorrection | RemoveCorrection | AttributeCorrection | MergeCorrection | PlaceIdentityCorrection;

/** What became of one correction when it was applied to the current text. */
export interface CorrectionOutcome {
  id: string;
  /**
   * applied: in effect; changed: in effect, but the text it covers was edited;
   * no-effect: the finders already agree (nothing to override); gone: its text or the
   * people it names are no longer in the article.
   */
  status: 'applied' | 'changed' | 'no-effect' | 'gone';
  /** Where it applies now; for `gone`, where its text was last seen (clamped to the text). */
  start: number;
  end: number;
  message: string;
}
