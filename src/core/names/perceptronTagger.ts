import type { AnalyzedText } from '../text/analyzedText';
import type { PlaceNameMatcher } from '../places/placeNameMatcher';
import {
  appendFirstStageKeys, FeatureBuffer, FeatureExtractor, MAX_FIRST_STAGE_KEYS, sentenceFeatures, type PreparedDocument,
} from './featureExtractor';
import type { PerceptronModel, TaggerModel } from './perceptronModel';
import { ViterbiDecoder } from './viterbiDecoder';
import { OUTSIDE } from './nerLabels';

/**
 * A sentence's result of one stage: stage 1 keeps its feature keys too, which the later
 * stages build on.
 */
export interface SentenceStageResult {
  labels: Int32Array;
  keys?: Uint32Array;
  offsets?: Uint32Array;
}

/**
 * Labels every token of a document (nerLabels.ts codes), sentence by sentence: stage 1
 * from local evidence, then, where the model has one, stage 2 with stage 1's labels of
 * the same words elsewhere in the document. Stage 2 reuses stage 1's feature keys and
 * adds its own, so each token's features are computed once.
 */
export class PerceptronTagger {
  readonly extractor: FeatureExtractor;
  private readonly decoder: ViterbiDecoder;
  private readonly buffer = new FeatureBuffer();
  private emissions = new Float64Array(0);
  /** Stage 1's keys of the whole document: token i's are docKeys[docOffsets[i] .. docOffsets[i + 1]). */
  private docKeys = new Uint32Array(1 << 14);
  private docOffsets = new Uint32Array(1 << 10);

  constructor(readonly model: TaggerModel, places: PlaceNameMatcher) {
    this.extractor = new FeatureExtractor(model.vocabulary, places, model.caseClasses);
    this.decoder = new ViterbiDecoder(model.stages[0].labels);
  }

  tag(doc: AnalyzedText): Int32Array {
    const prepared = this.extractor.prepare(doc);
    const { stages } = this.model;
    if (stages.length === 1) return this.runStage(stages[0], doc, prepared);
    let labels = this.runStage(stages[0], doc, prepared, true);
    for (let k = 1; k < stages.length; k++) {
      this.extractor.addFirstStage(prepared, labels);
      labels = this.runLaterStage(stages[k], doc, prepared);
    }
    return labels;
  }

  /**
   * Stage 1 of the sentence of tokens [from, to) of a prepared paragraph or document: its
   * labels are written into `labels` and returned with the sentence's feature keys, which
   * the later stages build on (laterStageOf).
   */
  firstStageOf(prepared: PreparedDocument, from: number, to: number, labels: Int32Array): SentenceStageResult {
    sentenceFeatures(prepared, from, to, this.buffer);
    this.decodeSentence(this.model.stages[0], prepared.candidates, from, to, labels);
    const count = to - from;
    return {
      labels: labels.subarray(from, to),
      keys: this.buffer.keys.slice(0, this.buffer.offsets[count]),
      offsets: this.buffer.offsets.slice(0, count + 1),
    };
  }

  /**
   * Stage `k` (> 0) of the same sentence: stage 1's keys of each token plus its
   * first-stage evidence (`evidence[i]` for token i, as FeatureExtractor.addFirstStage
   * computes it). The labels are written into `labels`.
   */
  laterStageOf(k: number, prepared: Pick<PreparedDocument, 'candidates' | 'profiles'>, first: SentenceStageResult, evidence: Uint16Array, from: number, to: number, labels: Int32Array): void {
    const { candidates, profiles } = prepared;
    const count = to - from;
    const own = first.keys as Uint32Array;
    const ownOffsets = first.offsets as Uint32Array;
    this.buffer.ensure(count, own.length + count * MAX_FIRST_STAGE_KEYS);
    const { keys, offsets } = this.buffer;
    let at = 0;
    for (let i = from; i < to; i++) {
      const r = i - from;
      offsets[r] = at;
      if (!candidates[i]) continue;
      keys.set(own.subarray(ownOffsets[r], ownOffsets[r + 1]), at);
      at += ownOffsets[r + 1] - ownOffsets[r];
      at = appendFirstStageKeys(evidence[i], profiles[i].cap, keys, at);
    }
    offsets[count] = at;
    this.decodeSentence(this.model.stages[k], candidates, from, to, labels);
  }

  /** One stage over a prepared document (exposed for the trainer's cross-validation). */
  runStage(stage: PerceptronModel, doc: AnalyzedText, prepared: PreparedDocument, keep = false): Int32Array {
    const labels = new Int32Array(doc.tokens.length);
    const { candidates } = prepared;
    if (keep) this.docOffsets = grow(this.docOffsets, doc.tokens.length + 1);
    let stored = 0;
    for (const s of doc.sentences) {
      if (keep) this.docOffsets[s.tokenStart] = stored;
      if (!hasCandidate(candidates, s.tokenStart, s.tokenEnd)) {
        if (keep) for (let i = s.tokenStart + 1; i <= s.tokenEnd; i++) this.docOffsets[i] = stored;
        continue;
      }
      sentenceFeatures(prepared, s.tokenStart, s.tokenEnd, this.buffer);
      const count = s.tokenEnd - s.tokenStart;
      if (keep) {
        const { keys, offsets } = this.buffer;
        this.docKeys = grow(this.docKeys, stored + offsets[count]);
        this.docKeys.set(keys.subarray(0, offsets[count]), stored);
        for (let i = 1; i <= count; i++) this.docOffsets[s.tokenStart + i] = stored + offsets[i];
        stored += offsets[count];
      }
      this.decodeSentence(stage, candidates, s.tokenStart, s.tokenEnd, labels);
    }
    return labels;
  }

  /** A stage after the first: stage 1's keys of each token plus its first-stage evidence. */
  private runLaterStage(stage: PerceptronModel, doc: AnalyzedText, prepared: PreparedDocument): Int32Array {
    const labels = new Int32Array(doc.tokens.length);
    const { candidates, profiles, firstStage } = prepared;
    const { docKeys, docOffsets, buffer } = this;
    for (const s of doc.sentences) {
      if (!hasCandidate(candidates, s.tokenStart, s.tokenEnd)) continue;
      const count = s.tokenEnd - s.tokenStart;
      const local = docOffsets[s.tokenEnd] - docOffsets[s.tokenStart];
      buffer.ensure(count, local + count * MAX_FIRST_STAGE_KEYS);
      const { keys, offsets } = buffer;
      let k = 0;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        offsets[i - s.tokenStart] = k;
        if (!candidates[i]) continue;
        keys.set(docKeys.subarray(docOffsets[i], docOffsets[i + 1]), k);
        k += docOffsets[i + 1] - docOffsets[i];
        if (firstStage) k = appendFirstStageKeys(firstStage[i], profiles[i].cap, keys, k);
      }
      offsets[count] = k;
      this.decodeSentence(stage, candidates, s.tokenStart, s.tokenEnd, labels);
    }
    return labels;
  }

  // A non-candidate token can only be O, so every path passes through O there: each run
  // of candidates decodes on its own, entered from O (or the sentence start) and left into
  // O. Same result as decoding the sentence whole, a fraction of the work.
  private decodeSentence(stage: PerceptronModel, candidates: Uint8Array, from: number, to: number, labels: Int32Array): void {
    const L = stage.labels;
    const count = to - from;
    if (this.emissions.length < count * L) this.emissions = new Float64Array(count * L * 2);
    stage.emissions(this.buffer, count, candidates, from, this.emissions);
    let i = from;
    while (i < to) {
      if (!candidates[i]) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < to && candidates[j]) j++;
      this.decoder.decodeRun(this.emissions, (i - from) * L, stage.transitions, j - i, i === from ? -1 : OUTSIDE, j < to, labels, i);
      i = j;
    }
  }
}

/** Some token of [from, to) may be part of a name. */
export function hasCandidate(candidates: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (candidates[i]) return true;
  return false;
}

function grow(a: Uint32Array<ArrayBuffer>, size: number): Uint32Array<ArrayBuffer> {
  if (a.length >= size) return a;
  const bigger = new Uint32Array(Math.max(size, a.length * 2));
  bigger.set(a);
  return bigger;
}
