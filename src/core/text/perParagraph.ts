import type { AnalyzedText } from './analyzedText';
import type { Token } from './tokenizer';

/**
 * What `compute` finds in each paragraph's text, kept by the paragraph's token list while the
 * incremental annotator keeps it (the same list is the same paragraph text), so that a scan of
 * the whole text costs, on a keystroke, only the paragraphs the edit touched. `compute` must
 * read nothing past its paragraph.
 */
export function perParagraph<T>(doc: AnalyzedText, cache: WeakMap<readonly Token[], T>, compute: (paragraph: string) => T): T[] {
  const { paragraphs, paragraphTokens, text } = doc;
  const out: T[] = new Array(paragraphs.length);
  for (let i = 0; i < paragraphs.length; i++) {
    const list = paragraphTokens?.[i];
    let found = list && cache.get(list);
    if (found === undefined) {
      found = compute(text.slice(paragraphs[i].start, paragraphs[i].end));
      if (list) cache.set(list, found);
    }
    out[i] = found;
  }
  return out;
}

/**
 * Whether `test` holds of the text, for a test that holds of a text exactly when it holds of
 * one of its paragraphs (a pattern that reaches past no line's end, and whose bounds read the
 * blanks around a paragraph as they read its edges). With the incremental annotator's token
 * lists, each paragraph's answer is kept by its list, so that a keystroke tests only the
 * paragraphs it touched; without them, the whole text is tested once.
 */
export function someParagraph(doc: AnalyzedText, cache: WeakMap<readonly Token[], boolean>, test: (text: string) => boolean): boolean {
  const { paragraphs, paragraphTokens, text } = doc;
  if (!paragraphTokens) return test(text);
  for (let i = 0; i < paragraphs.length; i++) {
    const list = paragraphTokens[i];
    let holds = cache.get(list);
    if (holds === undefined) {
      holds = test(text.slice(paragraphs[i].start, paragraphs[i].end));
      cache.set(list, holds);
    }
    if (holds) return true;
  }
  return false;
}

/**
 * The spans `compute` finds in each paragraph (pairs of offsets into the paragraph, in text
 * order), as offsets into the whole text, kept by paragraph as perParagraph keeps them; null
 * when no paragraph has any.
 */
export function spansPerParagraph(doc: AnalyzedText, cache: WeakMap<readonly Token[], readonly number[]>, compute: (paragraph: string) => readonly number[]): number[] | null {
  const found = perParagraph(doc, cache, compute);
  let spans: number[] | null = null;
  for (let i = 0; i < found.length; i++) {
    if (found[i].length === 0) continue;
    const at = doc.paragraphs[i].start;
    for (const offset of found[i]) (spans ??= []).push(at + offset);
  }
  return spans;
}
