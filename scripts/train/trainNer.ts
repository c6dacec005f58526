// `npm run train [-- options]`: trains the name tagger from CoNLL-2003 (optionally adding
// the GMB corpus) and writes the model the extension ships. Seeded: the same corpus,
// options and code give the same model, byte for byte.
//
//   --train PATH   default ../shared/data/conll2003/eng.train
//   --dev PATH     default ../shared/data/conll2003/eng.testa (figures per epoch; "" to skip)
//   --gmb [PATH]   also train on the GMB (default ../shared/data/gmb/ner_dataset.csv)
//   --epochs N     default 8       --seed N   default 1      --bits N   hash table bits, default 16
//   --min-count N  vocabulary threshold, default 2
//   --stages 1|2   default 2: a second stage that also sees the first stage's labels of
//                  the same word elsewhere in the document; its training input comes
//                  from cross-validation (--folds N, default 5), so that it learns how
//                  far to trust first-stage labels on unseen text
//   (the GMB's labels follow other conventions: --gmb lowers the CoNLL figures)
//   --unlabeled DIR  plain news texts for the case-class counts (caseClasses.ts), default
//                  ../shared/data/polnear/train/text ("" to use the labeled corpus only)
//   --case-gmb PATH  the GMB's words also count towards the case classes (its labels are
//                  not used), default ../shared/data/gmb/ner_dataset.csv ("" to skip)
//   --out PATH     default src/core/names/data/ner-model.json
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { analyzeText } from '../../src/core/text/analyzedText';
import { FeatureExtractor } from '../../src/core/names/featureExtractor';
import { LABEL_COUNT } from '../../src/core/names/nerLabels';
import { PerceptronModel } from '../../src/core/names/perceptronModel';
import { deserializeModel } from '../../src/core/names/modelFormat';
import { PerceptronTagger } from '../../src/core/names/perceptronTagger';
import { findNamesWithTagger } from '../../src/core/names/taggedNameFinder';
import { placeNameMatcher } from '../../src/core/places/gazetteer';
import { readConll, renderDocument, type RenderedDocument, type TaggedDocument } from './conllReader';
import { readGmb } from './gmbReader';
import { countCaseClasses } from './caseStatistics';
import { prepareDocuments, sentenceExamples, type Example } from './trainingExamples';
import { mulberry32, trainPerceptron } from './perceptronTrainer';
import { serializeModel } from './modelWriter';
import { SpanScorer, formatScores } from './spanScoring';

const ROOT = join(__dirname, '..', '..');
const DATA = resolve(ROOT, '..', 'shared', 'data');

interface Options {
  train: string;
  dev: string;
  gmb: string | null;
  epochs: number;
  seed: number;
  bits: number;
  minCount: number;
  stages: number;
  folds: number;
  unlabeled: string;
  caseGmb: string;
  out: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    train: join(DATA, 'conll2003', 'eng.train'),
    dev: join(DATA, 'conll2003', 'eng.testa'),
    gmb: null,
    epochs: 8,
    seed: 1,
    bits: 16,
    minCount: 2,
    stages: 2,
    folds: 5,
    unlabeled: join(DATA, 'polnear', 'train', 'text'),
    caseGmb: join(DATA, 'gmb', 'ner_dataset.csv'),
    out: join(ROOT, 'src', 'core', 'names', 'data', 'ner-model.json'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--train') o.train = value();
    else if (a === '--dev') o.dev = value();
    else if (a === '--gmb') o.gmb = argv[i + 1] && !argv[i + 1].startsWith('--') ? value() : join(DATA, 'gmb', 'ner_dataset.csv');
    else if (a === '--epochs') o.epochs = Number(value());
    else if (a === '--seed') o.seed = Number(value());
    else if (a === '--bits') o.bits = Number(value());
    else if (a === '--min-count') o.minCount = Number(value());
    else if (a === '--stages') o.stages = Number(value());
    else if (a === '--folds') o.folds = Number(value());
    else if (a === '--unlabeled') o.unlabeled = value();
    else if (a === '--case-gmb') o.caseGmb = value();
    else if (a === '--out') o.out = value();
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

/** Lower-cased words (as the features see them) seen at least `minCount` times. */
function buildVocabulary(rendered: RenderedDocument[], minCount: number): Map<string, number> {
  const probe = new FeatureExtractor(new Map(), placeNameMatcher());
  const counts = new Map<string, number>();
  for (const r of rendered) {
    for (const t of analyzeText(r.text).tokens) {
      const lower = probe.profileOf(t.text).lower;
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
    }
  }
  const words = [...counts.entries()].filter(([w, c]) => c >= minCount && !/\d/.test(w)).map(([w]) => w).sort();
  return new Map(words.map((w, i) => [w, i]));
}

/**
 * Each document as EVAL.md rebuilds it and, for half of them (seeded), also as published
 * copy would read, so that possessives and attached punctuation are seen in training.
 */
function renderAll(docs: TaggedDocument[], seed: number): Array<{ rendered: RenderedDocument; source: number }> {
  const random = mulberry32(seed ^ 0x9e3779b9);
  const out: Array<{ rendered: RenderedDocument; source: number }> = [];
  docs.forEach((d, source) => {
    out.push({ rendered: renderDocument(d, 'spaced'), source });
    if (random() < 0.5) out.push({ rendered: renderDocument(d, 'natural'), source });
  });
  return out;
}

export function scoreOnDev(tagger: PerceptronTagger, dev: RenderedDocument[]): ReturnType<SpanScorer['scores']> {
  const scorer = new SpanScorer(['PER', 'LOC', 'ORG', 'MISC']);
  for (const r of dev) scorer.add(r.entities, findNamesWithTagger(analyzeText(r.text), tagger));
  return scorer.scores();
}

function devLine(tagger: PerceptronTagger, dev: RenderedDocument[]): string {
  if (!dev.length) return '';
  const s = scoreOnDev(tagger, dev);
  const f = (t: string): string => (s[t].f1 * 100).toFixed(2);
  return `; dev F1 PER ${f('PER')} LOC ${f('LOC')} ORG ${f('ORG')} MISC ${f('MISC')} all ${f('ALL')}`;
}

function trainStage(examples: Example[], o: Options, label: string, devTagger?: (current: PerceptronModel) => PerceptronTagger, dev: RenderedDocument[] = []): PerceptronModel {
  const model = new PerceptronModel(o.bits, LABEL_COUNT);
  trainPerceptron(model, examples, {
    epochs: o.epochs,
    seed: o.seed,
    onEpoch: (epoch, mistakes) => {
      const wantDev = devTagger && (epoch === o.epochs || epoch % 4 === 0);
      console.log(`${label} epoch ${epoch}: ${mistakes} sentences wrong${wantDev ? devLine(devTagger(model), dev) : ''}`);
    },
  });
  return model;
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  if (!existsSync(o.train)) {
    console.error(`train: corpus not found at ${o.train} (pass --train PATH)`);
    process.exit(2);
  }
  const started = Date.now();
  let docs = readConll(o.train);
  const sources = [`CoNLL-2003 ${o.train.split(/[\\/]/).pop()} (${docs.length} documents)`];
  if (o.gmb) {
    const gmb = readGmb(o.gmb);
    docs = docs.concat(gmb);
    sources.push(`GMB (${gmb.length} pseudo-documents)`);
  }
  const rendered = renderAll(docs, o.seed);
  const vocabulary = buildVocabulary(rendered.map((r) => r.rendered), o.minCount);
  const places = placeNameMatcher();
  const unlabeled = o.unlabeled && existsSync(o.unlabeled)
    ? readdirSync(o.unlabeled).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(o.unlabeled, f), 'utf8'))
    : [];
  // Relative to the project, so the model written does not depend on where the checkout lies.
  if (unlabeled.length) sources.push(`case counts also from ${unlabeled.length} texts in ${relative(ROOT, o.unlabeled).split(sep).join('/')}`);
  if (o.caseGmb && existsSync(o.caseGmb)) {
    const gmbTexts = readGmb(o.caseGmb).map((d) => renderDocument(d, 'spaced').text);
    unlabeled.push(...gmbTexts);
    sources.push('case counts also from the GMB words');
  }
  const caseClasses = countCaseClasses([...rendered.map((r) => r.rendered.text), ...unlabeled], new FeatureExtractor(new Map(), places));
  const extractor = new FeatureExtractor(vocabulary, places, caseClasses);
  const training = prepareDocuments(rendered, extractor);
  const dev = o.dev && existsSync(o.dev) ? readConll(o.dev).map((d) => renderDocument(d, 'spaced')) : [];

  const firstExamples = sentenceExamples(training);
  const tokens = firstExamples.reduce((n, e) => n + e.gold.length, 0);
  console.log(`train: ${rendered.length} renderings, ${firstExamples.length} sentences with candidates, ${tokens} tokens, vocabulary ${vocabulary.size}`);
  const stages: PerceptronModel[] = [];
  const taggerOf = (current: PerceptronModel): PerceptronTagger => new PerceptronTagger({ vocabulary, caseClasses, stages: [...stages, current] }, places);
  stages.push(trainStage(firstExamples, o, 'stage 1', taggerOf, dev));

  if (o.stages >= 2) {
    // Cross-validated first-stage labels for every training document.
    const random = mulberry32(o.seed ^ 0x51ed);
    const foldOf = docs.map(() => Math.floor(random() * o.folds));
    for (let fold = 0; fold < o.folds; fold++) {
      const inFold = training.filter((t) => foldOf[t.source] === fold);
      const model = trainStage(sentenceExamples(training.filter((t) => foldOf[t.source] !== fold)), { ...o }, `fold ${fold + 1}/${o.folds}`);
      const tagger = new PerceptronTagger({ vocabulary, caseClasses, stages: [model] }, places);
      for (const t of inFold) extractor.addFirstStage(t.prepared, tagger.runStage(model, t.doc, t.prepared));
    }
    stages.push(trainStage(sentenceExamples(training), o, 'stage 2', taggerOf, dev));
  }

  const trainedOn = `${sources.join(' + ')}; averaged perceptron, ${stages.length} stage(s), ${o.epochs} epochs, seed ${o.seed}, ${o.bits}-bit feature table`;
  const serialized = serializeModel({ vocabulary, caseClasses, stages }, trainedOn);
  const json = JSON.stringify(serialized);
  mkdirSync(dirname(o.out), { recursive: true });
  writeFileSync(o.out, json + '\n');
  console.log(`model written to ${o.out} (${(json.length / 1e6).toFixed(2)} MB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (dev.length) {
    const shipped = new PerceptronTagger(deserializeModel(serialized), places);
    console.log('dev figures of the written (quantized) model, tagger spans:');
    console.log(formatScores(scoreOnDev(shipped, dev)));
  }
}

if (require.main === module) main();
