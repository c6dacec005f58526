import type { Annotations } from '../types';

/** One article to export: its text exactly as annotated and its (corrected) annotations. */
export interface ExportArticle {
  /** The article's path as the user knows it (relative where possible); names the outputs. */
  source: string;
  /** IRI of the article for Web Annotation targets (`file:///…`); derived from `source` when absent. */
  iri?: string;
  text: string;
  annotations: Annotations;
}

/** A file an export produces, at a path relative to the chosen output folder. */
export interface ExportFile {
  path: string;
  content: string;
}
