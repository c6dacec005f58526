import type { AnalyzedText } from '../text/analyzedText';
import type { PlaceNameMatcher } from '../places/placeNameMatcher';
import {
  appendFirstStageKeys, contextKeys, FeatureBuffer, FeatureExtractor, MAX_CONTEXT_KEYS, MAX_FIRST_STAGE_KEYS, sentenceFeatures,
  type PreparedDocument,
} from './featureExtractor';
import type { PerceptronModel, TaggerModel } from './perceptronModel';
import { ViterbiDecoder } from './viterbiDecoder';
import { WordScores } from './wordScores';
import { StageWeights } from './stageWeights';
import { OUTSIDE } from './nerLabels';

/**
 * A sentence's result of stage 1, with what the later stages build on: for each of its
 * candidate tokens (c-th in token order) and each stage s > 0, that stage's sum of the
 * token's word and context keys, at later[(c · (stages - 1) + s - 1) · labels].
 */
export interface SentenceStageResult {
  labels: Int32Array;
  later: Float64Array;
}

/**
 * Labels every token of a document (nerLabels.ts codes), sentence by sentence: stage 1
 * from local evidence, then, where the model has one, stage 2 with stage 1's labels of
 * the same words elsewhere in the document. A later stage's features are stage 1's plus
 * the first-stage evidence, so its sums of stage 1's keys are taken in the same pass as
 * stage 1's, and each token's keys are computed once. The word-only part of those sums is
 * kept per word (wordScores.ts).
 */
export class PerceptronTagger {
  readonly extractor: FeatureExtractor;
  private readonly decoder: ViterbiDecoder;
  private readonly scores: WordScores;
  private readonly weights: StageWeights;
  private readonly buffer = new FeatureBuffer();
  private readonly keys = new Uint32Array(Math.max(MAX_CONTEXT_KEYS, MAX_FIRST_STAGE_KEYS));
  private emissions = new Float64Array(0);
  /** The later stages' sums of the whole document's candidates (SentenceStageResult.later's layout). */
  private later = new Float64Array(0);

  constructor(readonly model: TaggerModel, places: PlaceNameMatcher) {
    this.extractor = new FeatureExtractor(model.vocabulary, places, model.caseClasses);
    this.decoder = new ViterbiDecoder(model.stages[0].labels);
    this.weights = new StageWeights(model.stages);
    this.scores = new WordScores(model.stages, this.weights);
  }

  tag(doc: AnalyzedText): Int32Array {
    const prepared = this.extractor.prepare(doc);
    const { stages } = this.model;
    const { candidates } = prepared;
    const n = doc.tokens.length;
    const perCandidate = (stages.length - 1) * stages[0].labels;
    if (perCandidate > 0) {
      let count = 0;
      for (let i = 0; i < n; i++) if (candidates[i]) count++;
      if (this.later.length < count * perCandidate) this.later = new Float64Array(count * perCandidate);
    }
    let labels = new Int32Array(n);
    let at = 0;
    for (const s of doc.sentences) {
      if (!hasCandidate(candidates, s.tokenStart, s.tokenEnd)) continue;
      at = this.scoreFirstStage(prepared, s.tokenStart, s.tokenEnd, this.later, at);
      this.decodeRuns(stages[0], candidates, s.tokenStart, s.tokenEnd, labels);
    }
    for (let k = 1; k < stages.length; k++) {
      this.extractor.addFirstStage(prepared, labels);
      const evidence = prepared.firstStage as Uint16Array;
      labels = new Int32Array(n);
      at = 0;
      for (const s of doc.sentences) {
        if (!hasCandidate(candidates, s.tokenStart, s.tokenEnd)) continue;
        at = this.scoreLaterStage(k, prepared, evidence, this.later, at, s.tokenStart, s.tokenEnd);
        this.decodeRuns(stages[k], candidates, s.tokenStart, s.tokenEnd, labels);
      }
    }
    return labels;
  }

  /**
   * Stage 1 of the sentence of tokens [from, to) of a prepared paragraph or document: its
   * labels are written into `labels` and returned with the later stages' sums, which
   * laterStageOf builds on.
   */
  firstStageOf(prepared: PreparedDocument, from: number, to: number, labels: Int32Array): SentenceStageResult {
    const { stages } = this.model;
    let count = 0;
    for (let i = from; i < to; i++) if (prepared.candidates[i]) count++;
    const later = new Float64Array(count * (stages.length - 1) * stages[0].labels);
    this.scoreFirstStage(prepared, from, to, later, 0);
    this.decodeRuns(stages[0], prepared.candidates, from, to, labels);
    return { labels: labels.subarray(from, to), later };
  }

  /**
   * Stage `k` (> 0) of the same sentence: stage 1's keys of each token plus its
   * first-stage evidence (`evidence[i]` for token i, as FeatureExtractor.addFirstStage
   * computes it). The labels are written into `labels`.
   */
  laterStageOf(k: number, prepared: Pick<PreparedDocument, 'candidates' | 'profiles'>, first: SentenceStageResult, evidence: Uint16Array, from: number, to: number, labels: Int32Array): void {
    this.scoreLaterStage(k, prepared, evidence, first.later, 0, from, to);
    this.decodeRuns(this.model.stages[k], prepared.candidates, from, to, labels);
  }

  /**
   * One stage over a prepared document, scored from each token's full list of keys
   * (sentenceFeatures), as the trainer scores: for the trainer's cross-validation, and the
   * reference the tagger's kept sums must equal.
   */
  runStage(stage: PerceptronModel, doc: AnalyzedText, prepared: PreparedDocument): Int32Array {
    const labels = new Int32Array(doc.tokens.length);
    const { candidates } = prepared;
    for (const s of doc.sentences) {
      if (!hasCandidate(candidates, s.tokenStart, s.tokenEnd)) continue;
      sentenceFeatures(prepared, s.tokenStart, s.tokenEnd, this.buffer);
      const count = s.tokenEnd - s.tokenStart;
      this.ensureEmissions(count, stage.labels);
      stage.emissions(this.buffer, count, candidates, s.tokenStart, this.emissions);
      this.decodeRuns(stage, candidates, s.tokenStart, s.tokenEnd, labels);
    }
    return labels;
  }

  /**
   * Stage 1's scores of the candidates of tokens [from, to) into this.emissions and the
   * later stages' sums of their keys into later[at ...]; returns the end of what was written.
   */
  private scoreFirstStage(prepared: PreparedDocument, from: number, to: number, later: Float64Array, at: number): number {
    const { stages } = this.model;
    const { profiles, context, candidates } = prepared;
    const { keys, scores } = this;
    const L = stages[0].labels;
    this.ensureEmissions(to - from, L);
    const emissions = this.emissions;
    for (let i = from; i < to; i++) {
      if (!candidates[i]) continue;
      const count = contextKeys(prepared, i, from, to, keys, 0);
      const ctx = context[i];
      const p = profiles[i];
      const row = scores.rowsAt(p, ctx);
      const rows = p.scores as Float64Array;
      this.weights.add(0, keys, 0, count, rows, row, emissions, (i - from) * L);
      for (let s = 1; s < stages.length; s++) {
        this.weights.add(s, keys, 0, count, rows, row + s * L, later, at);
        at += L;
      }
    }
    return at;
  }

  /**
   * Stage k's scores of the candidates of tokens [from, to) into this.emissions: their
   * sums from stage 1 (later[at ...]) plus their first-stage evidence's weights. Returns
   * the end of the sums read.
   */
  private scoreLaterStage(k: number, prepared: Pick<PreparedDocument, 'candidates' | 'profiles'>, evidence: Uint16Array, later: Float64Array, at: number, from: number, to: number): number {
    const { stages } = this.model;
    const { candidates, profiles } = prepared;
    const { keys } = this;
    const L = stages[0].labels;
    const step = (stages.length - 1) * L;
    this.ensureEmissions(to - from, L);
    const emissions = this.emissions;
    for (let i = from; i < to; i++) {
      if (!candidates[i]) continue;
      const count = appendFirstStageKeys(evidence[i], profiles[i].cap, keys, 0);
      this.weights.add(k, keys, 0, count, later, at + (k - 1) * L, emissions, (i - from) * L);
      at += step;
    }
    return at;
  }

  private ensureEmissions(count: number, L: number): void {
    if (this.emissions.length < count * L) this.emissions = new Float64Array(count * L * 2);
  }

  // A non-candidate token can only be O, so every path passes through O there: each run
  // of candidates decodes on its own, entered from O (or the sentence start) and left into
  // O. Same result as decoding the sentence whole, a fraction of the work. Reads the
  // candidates' scores in this.emissions (token i's at (i - from) · labels).
  private decodeRuns(stage: PerceptronModel, candidates: Uint8Array, from: number, to: number, labels: Int32Array): void {
    const L = stage.labels;
    let i = from;
    while (i < to) {
      if (!candidates[i]) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < to && candidates[j]) j++;
      this.decoder.decodeCandidateRun(this.emissions, (i - from) * L, stage.transitions, j - i, i === from ? -1 : OUTSIDE, j < to, labels, i);
      i = j;
    }
  }
}

/** Some token of [from, to) may be part of a name. */
export function hasCandidate(candidates: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (candidates[i]) return true;
  return false;
}
