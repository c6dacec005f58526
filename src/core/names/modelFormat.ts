import { PerceptronModel, type TaggerModel } from './perceptronModel';

// The shipped model as JSON: the vocabulary as one newline-joined string and, per stage,
// the transitions as numbers and the feature weights as a sparse one-byte-per-weight
// table in base64 (only rows with a non-zero weight: a varint gap to the row, a bit mask
// of its labels, one byte per set label: sign bit + index into the stage's 127 magnitude
// levels). The levels follow the weights' distribution, so the small file tags as the
// full-precision model does; the .vsix zip compresses it further.

export const MODEL_FORMAT = 'news-annotator-ner/3';

export interface SerializedStage {
  tableBits: number;
  labels: number;
  transitions: number[];
  /** Magnitude levels; byte b stands for ±levels[(b & 0x7f) - 1], negative when b & 0x80. */
  levels: number[];
  weights: string;
}

export interface SerializedModel {
  format: typeof MODEL_FORMAT;
  /** How the model was trained (corpus, epochs, seed), for the record. */
  trainedOn: string;
  vocabulary: string;
  /** Words of case class k + 1 (caseClasses.ts), newline-joined, at index k. */
  caseClasses: string[];
  stages: SerializedStage[];
}

export function deserializeModel(data: SerializedModel): TaggerModel {
  if (data.format !== MODEL_FORMAT) throw new Error(`unknown name model format ${String(data.format)}`);
  const vocabulary = new Map<string, number>();
  data.vocabulary.split('\n').forEach((w, i) => vocabulary.set(w, i));
  const caseClasses = new Map<string, number>();
  data.caseClasses.forEach((words, k) => {
    if (words) for (const w of words.split('\n')) caseClasses.set(w, k + 1);
  });
  return { vocabulary, caseClasses, stages: data.stages.map(deserializeStage) };
}

function deserializeStage(data: SerializedStage): PerceptronModel {
  const L = data.labels;
  const weights = new Float32Array((1 << data.tableBits) * L);
  // Each weight's byte is kept too: a table a quarter the size for the tagger's look-ups (stageWeights.ts).
  const codes = new Uint8Array(weights.length);
  const values = new Float64Array(256);
  for (let b = 1; b < 256; b++) {
    const magnitude = data.levels[(b & 0x7f) - 1];
    // The float32 value the weight table holds.
    if (magnitude !== undefined) values[b] = Math.fround(b & 0x80 ? -magnitude : magnitude);
  }
  const bytes = decodeBase64(data.weights);
  let p = 0;
  let row = -1;
  while (p < bytes.length) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[p++];
      gap |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    row += gap + 1;
    const mask = bytes[p] | (bytes[p + 1] << 8);
    p += 2;
    for (let y = 0; y < L; y++) {
      if (!(mask & (1 << y))) continue;
      const b = bytes[p++];
      const magnitude = data.levels[(b & 0x7f) - 1];
      weights[row * L + y] = b & 0x80 ? -magnitude : magnitude;
      codes[row * L + y] = b;
    }
  }
  return new PerceptronModel(data.tableBits, L, weights, Float32Array.from(data.transitions), { codes, values });
}

// atob exists in Node 16+ and in browsers; no Buffer needed at run time.
function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
