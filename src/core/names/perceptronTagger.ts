import type { AnalyzedText } from '../text/analyzedText';
import type { PlaceNameMatcher } from '../places/placeNameMatcher';
import { FeatureBuffer, FeatureExtractor, sentenceFeatures } from './featureExtractor';
import type { PerceptronModel } from './perceptronModel';
import { ViterbiDecoder } from './viterbiDecoder';

/** Labels every token of a document with the model (nerLabels.ts), sentence by sentence. */
export class PerceptronTagger {
  readonly extractor: FeatureExtractor;
  private readonly decoder: ViterbiDecoder;
  private readonly buffer = new FeatureBuffer();
  private emissions = new Float64Array(0);

  constructor(readonly model: PerceptronModel, places: PlaceNameMatcher) {
    this.extractor = new FeatureExtractor(model.vocabulary, places);
    this.decoder = new ViterbiDecoder(model.labels);
  }

  tag(doc: AnalyzedText): Int32Array {
    const labels = new Int32Array(doc.tokens.length);
    const prepared = this.extractor.prepare(doc);
    const L = this.model.labels;
    for (const s of doc.sentences) {
      const count = s.tokenEnd - s.tokenStart;
      if (count === 0) continue;
      sentenceFeatures(prepared, s.tokenStart, s.tokenEnd, this.buffer);
      if (this.emissions.length < count * L) this.emissions = new Float64Array(count * L * 2);
      this.model.emissions(this.buffer, count, this.emissions);
      this.decoder.decode(this.emissions, this.model.transitions, count, labels.subarray(s.tokenStart, s.tokenEnd));
    }
    return labels;
  }
}
