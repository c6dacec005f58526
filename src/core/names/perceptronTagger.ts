import type { AnalyzedText } from '../text/analyzedText';
import type { PlaceNameMatcher } from '../places/placeNameMatcher';
import { FeatureBuffer, FeatureExtractor, sentenceFeatures, type PreparedDocument } from './featureExtractor';
import type { PerceptronModel, TaggerModel } from './perceptronModel';
import { ViterbiDecoder } from './viterbiDecoder';
import { OUTSIDE } from './nerLabels';

/**
 * Labels every token of a document (nerLabels.ts codes), sentence by sentence: stage 1
 * from local evidence, then, where the model has one, stage 2 with stage 1's labels of
 * the same words elsewhere in the document.
 */
export class PerceptronTagger {
  readonly extractor: FeatureExtractor;
  private readonly decoder: ViterbiDecoder;
  private readonly buffer = new FeatureBuffer();
  private emissions = new Float64Array(0);

  constructor(readonly model: TaggerModel, places: PlaceNameMatcher) {
    this.extractor = new FeatureExtractor(model.vocabulary, places, model.caseClasses);
    this.decoder = new ViterbiDecoder(model.stages[0].labels);
  }

  tag(doc: AnalyzedText): Int32Array {
    const prepared = this.extractor.prepare(doc);
    let labels = this.runStage(this.model.stages[0], doc, prepared);
    for (let k = 1; k < this.model.stages.length; k++) {
      this.extractor.addFirstStage(prepared, labels);
      labels = this.runStage(this.model.stages[k], doc, prepared);
    }
    return labels;
  }

  /** One stage over a prepared document (exposed for the trainer's cross-validation). */
  runStage(stage: PerceptronModel, doc: AnalyzedText, prepared: PreparedDocument): Int32Array {
    const labels = new Int32Array(doc.tokens.length);
    const L = stage.labels;
    const { candidates } = prepared;
    for (const s of doc.sentences) {
      const count = s.tokenEnd - s.tokenStart;
      let any = false;
      for (let i = s.tokenStart; i < s.tokenEnd && !any; i++) any = candidates[i] === 1;
      if (!any) continue;
      sentenceFeatures(prepared, s.tokenStart, s.tokenEnd, this.buffer);
      if (this.emissions.length < count * L) this.emissions = new Float64Array(count * L * 2);
      stage.emissions(this.buffer, count, candidates, s.tokenStart, this.emissions);
      // A non-candidate token can only be O, so every path passes through O there: each
      // run of candidates decodes on its own, entered from O (or the sentence start) and
      // left into O. Same result as decoding the sentence whole, a fraction of the work.
      let i = s.tokenStart;
      while (i < s.tokenEnd) {
        if (!candidates[i]) {
          i++;
          continue;
        }
        let j = i + 1;
        while (j < s.tokenEnd && candidates[j]) j++;
        this.decoder.decodeRun(
          this.emissions, (i - s.tokenStart) * L, stage.transitions, j - i,
          i === s.tokenStart ? -1 : OUTSIDE, j < s.tokenEnd, labels, i,
        );
        i = j;
      }
    }
    return labels;
  }
}
