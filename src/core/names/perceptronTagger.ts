import type { AnalyzedText } from '../text/analyzedText';
import type { PlaceNameMatcher } from '../places/placeNameMatcher';
import {
  appendFirstStageKeys, FeatureBuffer, FeatureExtractor, MAX_FIRST_STAGE_KEYS, sentenceFeatures, type PreparedDocument,
} from './featureExtractor';
import type { PerceptronModel, TaggerModel } from './perceptronModel';
import { ViterbiDecoder } from './viterbiDecoder';
import { OUTSIDE } from './nerLabels';
import { paragraphKey } from '../incremental/paragraphIds';
import type { SentenceStageMemo } from '../incremental/sentenceStageMemo';

/**
 * A sentence's result of one stage, remembered by everything the stage reads of it (see
 * tagReusing): stage 1 keeps its feature keys too, which the later stages build on.
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
  /** Scratch space of stageKey. */
  private keyCodes = new Uint16Array(256);

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
   * The same labels as tag(), reusing the stage results of sentences seen before. Stage 1
   * of a sentence reads only the sentence's own tokens (its text) and, for capitalized
   * words at a sentence start or in a headline, the document bits of its words (docBits);
   * a later stage reads stage 1's keys and the first-stage evidence of its tokens. The
   * memo holds each sentence's results by its text, then by the stage and exactly these
   * codes, so a sentence whose words' evidence elsewhere in the article changed is decoded
   * again.
   */
  tagReusing(
    doc: AnalyzedText,
    memo: SentenceStageMemo<SentenceStageResult>,
    /** Filled with each sentence's final labels as the memo holds them: the same array object means the same sentence text and the same labels. */
    sentenceLabels?: (Int32Array | undefined)[],
  ): Int32Array {
    const prepared = this.extractor.prepare(doc);
    const { stages } = this.model;
    const { candidates, docBits, profiles } = prepared;
    const { sentences, tokens, text } = doc;
    let labels = new Int32Array(tokens.length);
    const remembered: Map<string, SentenceStageResult>[] = new Array(sentences.length);
    const firstResults: SentenceStageResult[] = new Array(sentences.length);
    const { paragraphs, paragraphTokens } = doc;
    let p = 0;
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si];
      if (!hasCandidate(candidates, s.tokenStart, s.tokenEnd)) continue;
      while (p < paragraphs.length - 1 && paragraphs[p].end <= s.start) p++;
      // A sentence never crosses a paragraph: its paragraph's key and its place there name
      // its text without slicing and hashing it.
      const variants = memo.sentence(paragraphTokens
        ? `${paragraphKey(doc, p)} ${s.start - paragraphs[p].start} ${s.end - paragraphs[p].start}`
        : text.slice(s.start, s.end), s.end - s.start);
      remembered[si] = variants;
      const key = this.stageKey(1, docBits, null, s.tokenStart, s.tokenEnd);
      let result = memo.get(variants, key);
      if (!result) {
        sentenceFeatures(prepared, s.tokenStart, s.tokenEnd, this.buffer);
        this.decodeSentence(stages[0], candidates, s.tokenStart, s.tokenEnd, labels);
        const count = s.tokenEnd - s.tokenStart;
        result = {
          labels: labels.slice(s.tokenStart, s.tokenEnd),
          keys: this.buffer.keys.slice(0, this.buffer.offsets[count]),
          offsets: this.buffer.offsets.slice(0, count + 1),
        };
        memo.set(variants, key, result);
      } else labels.set(result.labels, s.tokenStart);
      firstResults[si] = result;
      if (sentenceLabels && stages.length === 1) sentenceLabels[si] = result.labels;
    }
    for (let k = 1; k < stages.length; k++) {
      this.extractor.addFirstStage(prepared, labels);
      const evidence = prepared.firstStage as Uint16Array;
      const next = new Int32Array(tokens.length);
      for (let si = 0; si < sentences.length; si++) {
        const first = firstResults[si];
        if (!first) continue;
        const s = sentences[si];
        const key = this.stageKey(k + 1, docBits, evidence, s.tokenStart, s.tokenEnd);
        const known = memo.get(remembered[si], key);
        if (known) {
          next.set(known.labels, s.tokenStart);
          if (sentenceLabels && k === stages.length - 1) sentenceLabels[si] = known.labels;
          continue;
        }
        const count = s.tokenEnd - s.tokenStart;
        const own = first.keys as Uint32Array;
        const ownOffsets = first.offsets as Uint32Array;
        this.buffer.ensure(count, own.length + count * MAX_FIRST_STAGE_KEYS);
        const { keys, offsets } = this.buffer;
        let at = 0;
        for (let i = s.tokenStart; i < s.tokenEnd; i++) {
          const r = i - s.tokenStart;
          offsets[r] = at;
          if (!candidates[i]) continue;
          keys.set(own.subarray(ownOffsets[r], ownOffsets[r + 1]), at);
          at += ownOffsets[r + 1] - ownOffsets[r];
          at = appendFirstStageKeys(evidence[i], profiles[i].cap, keys, at);
        }
        offsets[count] = at;
        this.decodeSentence(stages[k], candidates, s.tokenStart, s.tokenEnd, next);
        const decoded = next.slice(s.tokenStart, s.tokenEnd);
        memo.set(remembered[si], key, { labels: decoded });
        if (sentenceLabels && k === stages.length - 1) sentenceLabels[si] = decoded;
      }
      labels = next;
    }
    return labels;
  }

  /**
   * The memo key of a sentence's stage among the results kept for its text: the stage,
   * the document bits of its tokens and, for a later stage, their first-stage evidence,
   * one character each. Written into a scratch array and made a string in one go: a
   * string appended to character by character, or joined with a prefix, is a rope that
   * the memo's Map has to flatten before hashing it.
   */
  private stageKey(stage: number, docBits: Uint8Array, evidence: Uint16Array | null, from: number, to: number): string {
    const count = to - from;
    const length = 1 + count + (evidence ? 1 + count : 0);
    if (this.keyCodes.length < length) this.keyCodes = new Uint16Array(length * 2);
    const c = this.keyCodes;
    c[0] = stage;
    let at = 1;
    for (let i = from; i < to; i++) c[at++] = docBits[i];
    if (evidence) {
      c[at++] = 1;
      for (let i = from; i < to; i++) c[at++] = evidence[i];
    }
    if (length <= CODES_CHUNK) return String.fromCharCode.apply(null, c.subarray(0, length) as unknown as number[]);
    let out = '';
    for (let i = 0; i < length; i += CODES_CHUNK) out += String.fromCharCode.apply(null, c.subarray(i, Math.min(length, i + CODES_CHUNK)) as unknown as number[]);
    return out;
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

/** Values per fromCharCode call: well under the engines' limit on arguments. */
const CODES_CHUNK = 4096;

function hasCandidate(candidates: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (candidates[i]) return true;
  return false;
}

function grow(a: Uint32Array<ArrayBuffer>, size: number): Uint32Array<ArrayBuffer> {
  if (a.length >= size) return a;
  const bigger = new Uint32Array(Math.max(size, a.length * 2));
  bigger.set(a);
  return bigger;
}
