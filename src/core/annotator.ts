import { annotate } from './annotate';
import type { AnnotateOptions, Annotations } from './types';

/**
 * A long-lived annotator for one editor session. The extension and the benchmark go through
 * it so that work can be reused between versions of a document.
 */
export class Annotator {
  annotate(text: string, options: AnnotateOptions = {}): Annotations {
    return annotate(text, options);
  }
}
