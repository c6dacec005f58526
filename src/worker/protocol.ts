import type { AnnotateOptions, Annotations } from '../core/types';

/** Messages between the extension host and the annotation worker thread. */
export interface AnnotateRequest {
  id: number;
  text: string;
  options: AnnotateOptions;
}

export type AnnotateResponse =
  | { id: number; ok: true; annotations: Annotations; ms: number }
  | { id: number; ok: false; error: string };
