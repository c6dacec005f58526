import type { AnnotateOptions, Annotations } from '../core/types';
import type { Correction, CorrectionOutcome } from '../core/corrections/correctionTypes';
import type { GazetteerEntry } from '../core/places/gazetteer';

/** Messages between the extension host and the annotation worker thread. */
export type WorkerRequest =
  | { id: number; type: 'annotate'; text: string; options: AnnotateOptions; corrections: readonly Correction[] }
  | { id: number; type: 'lookupPlaces'; names: string[] };

/** Annotations with the article's corrections applied, and what became of each correction. */
export interface CorrectedResult {
  annotations: Annotations;
  outcomes: CorrectionOutcome[];
}

export type WorkerResponse =
  | { id: number; ok: true; type: 'annotate'; result: CorrectedResult; ms: number }
  | { id: number; ok: true; type: 'lookupPlaces'; entries: GazetteerEntry[] }
  | { id: number; ok: false; error: string };
