import { PerceptronModel } from './perceptronModel';

// The shipped model as JSON: the vocabulary as one newline-joined string, transitions as
// numbers, and the feature weights as a sparse int8 table in base64 (only rows with a
// non-zero weight: a varint gap to the row, a bit mask of its labels, one byte per set
// label). Quantizing to int8 with one scale costs no measurable accuracy and keeps the
// file small; the .vsix zip compresses it further.

export const MODEL_FORMAT = 'news-annotator-ner/1';

export interface SerializedModel {
  format: typeof MODEL_FORMAT;
  tableBits: number;
  labels: number;
  /** Notes on how the model was trained (corpus, epochs, seed), for the record. */
  trainedOn: string;
  vocabulary: string;
  transitions: number[];
  scale: number;
  weights: string;
}

export function deserializeModel(data: SerializedModel): PerceptronModel {
  if (data.format !== MODEL_FORMAT) throw new Error(`unknown name model format ${String(data.format)}`);
  const L = data.labels;
  const vocabulary = new Map<string, number>();
  data.vocabulary.split('\n').forEach((w, i) => vocabulary.set(w, i));
  const weights = new Float32Array((1 << data.tableBits) * L);
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
      weights[row * L + y] = (b > 127 ? b - 256 : b) * data.scale;
    }
  }
  return new PerceptronModel(data.tableBits, L, vocabulary, weights, Float32Array.from(data.transitions));
}

// atob exists in Node 16+ and in browsers; no Buffer needed at run time.
function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
