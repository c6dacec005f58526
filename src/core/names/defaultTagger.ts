import { placeNameMatcher } from '../places/gazetteer';
import { deserializeModel, type SerializedModel } from './modelFormat';
import { PerceptronTagger } from './perceptronTagger';

let tagger: PerceptronTagger | undefined;

/**
 * The tagger with the shipped model (`npm run train` writes data/ner-model.json). Loaded
 * on first use, never at activation: the bundle evaluates the JSON module lazily.
 */
export function defaultTagger(): PerceptronTagger {
  if (tagger) return tagger;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const data = require('./data/ner-model.json') as SerializedModel;
  tagger = new PerceptronTagger(deserializeModel(data), placeNameMatcher());
  return tagger;
}
