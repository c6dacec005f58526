import { analyzeText, type AnalyzedText } from '../../../src/core/text/analyzedText';
import { tokenize, type Token } from '../../../src/core/text/tokenizer';
import { createPipelineMemos } from '../../../src/core/incremental/pipelineMemos';

/** Analyses each text given to next() as the Annotator does, each against the one before (its memos kept for the stages after). */
export function editorAnalyzer(): { memos: ReturnType<typeof createPipelineMemos>; next(text: string): AnalyzedText } {
  const memos = createPipelineMemos();
  const tokens = new Map<string, readonly Token[]>();
  const tokensOf = (p: string): readonly Token[] => tokens.get(p) ?? (tokens.set(p, tokenize(p)), tokens.get(p)!);
  return {
    memos,
    next(text: string): AnalyzedText {
      const last = memos.lastAnalysis.closest(text);
      const doc = analyzeText(text, { tokensOf, previous: last?.run, edit: last?.edit });
      memos.lastAnalysis.keep({ text: doc.text, paragraphs: doc.paragraphs, paragraphTokens: doc.paragraphTokens }, last?.run);
      return doc;
    },
  };
}
