import { analyzeText, type AnalyzedText } from '../../src/core/text/analyzedText';
import { FeatureBuffer, sentenceFeatures, type FeatureExtractor, type PreparedDocument } from '../../src/core/names/featureExtractor';
import { beginLabel, insideLabel, OUTSIDE } from '../../src/core/names/nerLabels';
import type { RenderedDocument } from './conllReader';

// Turns rendered corpus documents into training examples: the text goes through the same
// analysis as an article (tokenizer, sentence splitter), and each token takes the gold
// label of the entity its first character falls in, so training sees exactly what tagging
// will see.

export interface TrainingDocument {
  doc: AnalyzedText;
  prepared: PreparedDocument;
  gold: Int32Array;
  /** Index of the corpus document it was rendered from (renderings share a fold). */
  source: number;
}

export interface Example {
  keys: Uint32Array;
  offsets: Uint32Array;
  gold: Int32Array;
  candidates: Uint8Array;
}

export function goldLabels(doc: AnalyzedText, entities: RenderedDocument['entities']): Int32Array {
  const labels = new Int32Array(doc.tokens.length);
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  let e = 0;
  let lastEntity = -1;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    while (e < sorted.length && sorted[e].end <= t.start) e++;
    if (e < sorted.length && sorted[e].start <= t.start) {
      labels[i] = lastEntity === e ? insideLabel(sorted[e].type) : beginLabel(sorted[e].type);
      lastEntity = e;
    } else labels[i] = OUTSIDE;
  }
  return labels;
}

export function prepareDocuments(rendered: Array<{ rendered: RenderedDocument; source: number }>, extractor: FeatureExtractor): TrainingDocument[] {
  return rendered.map(({ rendered: r, source }) => {
    const doc = analyzeText(r.text);
    const prepared = extractor.prepare(doc);
    const gold = goldLabels(doc, r.entities);
    // A token that is no name candidate is always tagged O; train on what can be predicted.
    for (let i = 0; i < gold.length; i++) if (!prepared.candidates[i]) gold[i] = OUTSIDE;
    return { doc, prepared, gold, source };
  });
}

/** One example per sentence with at least one candidate, with the features as prepared now. */
export function sentenceExamples(docs: TrainingDocument[]): Example[] {
  const out: Example[] = [];
  const buffer = new FeatureBuffer();
  for (const { doc, prepared, gold } of docs) {
    for (const s of doc.sentences) {
      const count = s.tokenEnd - s.tokenStart;
      let any = false;
      for (let i = s.tokenStart; i < s.tokenEnd && !any; i++) any = prepared.candidates[i] === 1;
      if (!any) continue;
      sentenceFeatures(prepared, s.tokenStart, s.tokenEnd, buffer);
      out.push({
        keys: buffer.keys.slice(0, buffer.offsets[count]),
        offsets: buffer.offsets.slice(0, count + 1),
        gold: gold.slice(s.tokenStart, s.tokenEnd),
        candidates: prepared.candidates.slice(s.tokenStart, s.tokenEnd),
      });
    }
  }
  return out;
}
