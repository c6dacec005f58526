import { analyzeText, type AnalyzedText } from '../../src/core/text/analyzedText';
import { FeatureBuffer, sentenceFeatures, type FeatureExtractor } from '../../src/core/names/featureExtractor';
import { beginLabel, insideLabel, OUTSIDE } from '../../src/core/names/nerLabels';
import type { RenderedDocument } from './conllReader';

// Turns rendered corpus documents into training examples: the text goes through the same
// analysis as an article (tokenizer, sentence splitter), and each token takes the gold
// label of the entity its first character falls in, so training sees exactly what tagging
// will see.

export interface Example {
  keys: Uint32Array;
  offsets: Uint32Array;
  gold: Int32Array;
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

export function buildExamples(rendered: RenderedDocument[], extractor: FeatureExtractor): Example[] {
  const out: Example[] = [];
  const buffer = new FeatureBuffer();
  for (const r of rendered) {
    const doc = analyzeText(r.text);
    const gold = goldLabels(doc, r.entities);
    const prepared = extractor.prepare(doc);
    for (const s of doc.sentences) {
      const count = s.tokenEnd - s.tokenStart;
      if (!count) continue;
      sentenceFeatures(prepared, s.tokenStart, s.tokenEnd, buffer);
      out.push({
        keys: buffer.keys.slice(0, buffer.offsets[count]),
        offsets: buffer.offsets.slice(0, count + 1),
        gold: gold.slice(s.tokenStart, s.tokenEnd),
      });
    }
  }
  return out;
}
