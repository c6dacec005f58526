import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/text/analyzedText';
import { PlaceNameMatcher } from '../../src/core/places/placeNameMatcher';
import { PerceptronModel, type TaggerModel } from '../../src/core/names/perceptronModel';
import { PerceptronTagger } from '../../src/core/names/perceptronTagger';
import { defaultTagger } from '../../src/core/names/defaultTagger';
import { LABEL_COUNT, OUTSIDE } from '../../src/core/names/nerLabels';
import { weightSumsAreExact } from '../../src/core/names/wordScores';
import { ViterbiDecoder } from '../../src/core/names/viterbiDecoder';
import { featureKey, mix, pair } from '../../src/core/names/featureHash';
import { MAX_FEATURES_PER_TOKEN, MAX_FIRST_STAGE_KEYS } from '../../src/core/names/featureExtractor';
import { deserializeModel } from '../../src/core/names/modelFormat';
import { serializeModel } from '../../scripts/train/modelWriter';
import { mulberry32 } from '../../scripts/train/perceptronTrainer';

// The tagger sums each word's context-free feature weights once and keeps them
// (wordScores.ts), and takes the later stage's sums in stage 1's pass. Its labels must be
// those of scoring every token from its full list of keys, as the trainer does
// (PerceptronTagger.runStage). Fixture sentences written for these tests.

const places = new PlaceNameMatcher([{ name: 'Paris', kind: 'city' }, { name: 'Hong Kong', kind: 'region' }]);

/** A small seeded generator, so that a failure can be replayed: the trainer's. */
const random = mulberry32;

/** A stage of random weights in steps of 1/16 (so that every sum is exact, as the shipped model's are). */
function randomStage(seed: number, bits = 10): PerceptronModel {
  const next = random(seed);
  const grid = (n: number): Float32Array => Float32Array.from({ length: n }, () => Math.round((next() - 0.5) * 64) / 16);
  return new PerceptronModel(bits, LABEL_COUNT, grid((1 << bits) * LABEL_COUNT), grid((LABEL_COUNT + 1) * LABEL_COUNT));
}

/** Two stages of random weights (float32, not read from a file: stageWeights.ts reads them from the stages' own tables). */
function randomModel(seed: number, secondBits = 10): TaggerModel {
  const { vocabulary, caseClasses } = defaultTagger().model;
  return { vocabulary, caseClasses, stages: [randomStage(seed), randomStage(seed + 1, secondBits)] };
}

/** Both stages scored from each token's full list of keys. */
function referenceLabels(model: TaggerModel, text: string): Int32Array {
  const tagger = new PerceptronTagger(model, places);
  const doc = analyzeText(text);
  const prepared = tagger.extractor.prepare(doc);
  let labels = tagger.runStage(model.stages[0], doc, prepared);
  for (let k = 1; k < model.stages.length; k++) {
    tagger.extractor.addFirstStage(prepared, labels);
    labels = tagger.runStage(model.stages[k], doc, prepared);
  }
  return labels;
}

// Words repeated in several contexts (sentence start, mid-sentence, a capitals headline,
// a title-case headline), so that kept sums are read again, and in the wrong context if
// the context were not part of their key.
const TEXTS = [
  'PARIS MAYOR ANNE HIDALGO MEETS CHINA\n\nAnne Hidalgo met Xi Jinping in Paris on Monday. Hidalgo said Paris and Hong Kong would work together.\n\nXi Jinping Visits Paris To Meet Hidalgo\n\nMr. Xi told Reuters that Anne was right. Reuters reported it first.',
  'Rose told the council that the plan would work. Prices rose again. The Rose Garden of the White House, said Rose, is open.',
  '“Later,” said Kelly Ayotte of New Hampshire, “we will see.” Ayotte and Sen. Kelly spoke. KELLY AYOTTE: Well, yes.',
];

suite('name tagger: scores kept per word', () => {
  test('the shipped model\'s sums are exact in any order, so keeping partial sums changes no score', () => {
    assert.equal(weightSumsAreExact(defaultTagger().model.stages, MAX_FEATURES_PER_TOKEN + MAX_FIRST_STAGE_KEYS), true);
  });

  test('the exactness check refuses weights too far apart in magnitude and accepts a coarse grid', () => {
    const wide = new PerceptronModel(2, LABEL_COUNT);
    wide.weights[0] = 2 ** -20;
    wide.weights[1] = 2 ** 20;
    assert.equal(weightSumsAreExact([wide], 100), false);
    assert.equal(weightSumsAreExact([randomStage(1)], 100), true);
  });

  test('the tagger labels as scoring from every token\'s full key list does, with two stages of random weights', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const model = randomModel(seed * 10, seed % 2 ? 10 : 9);
      const tagger = new PerceptronTagger(model, places);
      let names = 0;
      for (const text of TEXTS) {
        // Twice: the second time reads the sums kept the first time.
        for (let round = 0; round < 2; round++) {
          const labels = tagger.tag(analyzeText(text));
          assert.deepEqual(Array.from(labels), Array.from(referenceLabels(model, text)), `seed ${seed}, round ${round}: ${text.slice(0, 30)}`);
          names += labels.filter((l) => l !== OUTSIDE).length;
        }
      }
      // The fixture has teeth: random weights label plenty of tokens as names.
      assert.ok(names > 20, `only ${names} name labels`);
    }
  });

  test('a model read from its file keeps each weight\'s one-byte code, standing for the weight itself', () => {
    for (const stage of defaultTagger().model.stages) {
      const quantized = stage.quantized;
      assert.ok(quantized);
      let nonZero = 0;
      for (let k = 0; k < stage.weights.length; k++) {
        if (quantized.values[quantized.codes[k]] !== stage.weights[k]) assert.fail(`weight ${k}: ${stage.weights[k]} read as ${quantized.values[quantized.codes[k]]}`);
        if (stage.weights[k] !== 0) nonZero++;
      }
      assert.ok(nonZero > 1000);
    }
  });

  test('a tagger of a model read from its file (weights by their codes) labels as the reference does', () => {
    for (let seed = 1; seed <= 3; seed++) {
      const model = deserializeModel(serializeModel(randomModel(seed * 31), 'test'));
      assert.ok(model.stages.every((s) => s.quantized !== null));
      const tagger = new PerceptronTagger(model, places);
      for (const text of TEXTS) {
        assert.deepEqual(Array.from(tagger.tag(analyzeText(text))), Array.from(referenceLabels(model, text)), `seed ${seed}: ${text.slice(0, 30)}`);
      }
    }
  });

  test('sums kept by one tagger are not read by a tagger of another model sharing the word profiles', () => {
    const first = new PerceptronTagger(randomModel(101), places);
    const secondModel = randomModel(202);
    const second = new PerceptronTagger(secondModel, places);
    const doc = analyzeText(TEXTS[0]);
    // Profiles from the first tagger's extractor, their sums kept by the first tagger.
    first.tag(doc);
    const prepared = first.extractor.prepare(doc);
    const labels = new Int32Array(doc.tokens.length);
    const results = doc.sentences.map((s) => second.firstStageOf(prepared, s.tokenStart, s.tokenEnd, labels));
    assert.deepEqual(Array.from(labels), Array.from(second.runStage(secondModel.stages[0], doc, prepared)));
    // The later stage from stage 1's kept sums, as the incremental tagger runs it.
    first.extractor.addFirstStage(prepared, labels);
    const evidence = prepared.firstStage as Uint16Array;
    const later = new Int32Array(doc.tokens.length);
    doc.sentences.forEach((s, k) => second.laterStageOf(1, prepared, results[k], evidence, s.tokenStart, s.tokenEnd, later));
    assert.deepEqual(Array.from(later), Array.from(second.runStage(secondModel.stages[1], doc, prepared)));
  });
});

suite('name tagger: the unrolled Viterbi of candidate runs', () => {
  test('decodes every run as the general decoder does, ties included', () => {
    const L = LABEL_COUNT;
    const next = random(7);
    // Small integers make ties common: the tie-breaks must be the general decoder's too.
    const small = (n: number): Float32Array => Float32Array.from({ length: n }, () => Math.floor(next() * 5) - 2);
    const general = new ViterbiDecoder(L);
    const unrolled = new ViterbiDecoder(L);
    let differentPaths = 0;
    for (let round = 0; round < 400; round++) {
      const length = 1 + Math.floor(next() * 6);
      const emissions = Float64Array.from(small(length * L));
      const transitions = small((L + 1) * L);
      const before = next() < 0.5 ? -1 : OUTSIDE;
      const thenOutside = next() < 0.5;
      const a = new Int32Array(length + 2);
      const b = new Int32Array(length + 2);
      general.decodeRun(emissions, 0, transitions, length, before, thenOutside, a, 1);
      unrolled.decodeCandidateRun(emissions, 0, transitions, length, before, thenOutside, b, 1);
      assert.deepEqual(Array.from(b), Array.from(a), `round ${round}`);
      if (a.some((y) => y !== OUTSIDE)) differentPaths++;
    }
    // The fixture has teeth: most runs decode to some name label.
    assert.ok(differentPaths > 200, `${differentPaths}`);
  });
});

suite('name tagger: feature key hashing', () => {
  test("mix is murmur3's finalizer, its 32 bits returned as a signed integer", () => {
    // Reference values of the unsigned finalizer: the model's table rows are found by these
    // bits, so they must not change; a result of 2^31 or more comes back negative, which
    // V8 keeps as a small integer rather than a heap number.
    const expected: [number, number][] = [[1, 0x514e28b7], [2, 0x30f4c306], [0xdeadbeef, 0x0de5c6a9], [3, 0x85f0b427], [5, 0xcc0d53cd], [10, 0xe9250490]];
    for (const [input, bits] of expected) {
      const h = mix(input);
      assert.equal(h >>> 0, bits, `mix(${input})`);
      assert.equal(h, bits | 0, `mix(${input}) is signed`);
    }
  });

  test('a key stored in a Uint32Array is the unsigned key', () => {
    const keys = new Uint32Array(1);
    keys[0] = featureKey(3, pair(0x85f0b427, 7));
    assert.equal(keys[0], featureKey(3, pair(0x85f0b427, 7)) >>> 0);
    assert.ok(featureKey(3, pair(0x85f0b427, 7)) === (featureKey(3, pair(0x85f0b427 | 0, 7)) | 0), 'signed and unsigned inputs give one key');
  });
});
