import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyzeText } from '../../src/core/text/analyzedText';
import { isGroupMember } from '../../src/core/names/nameLexicon';
import { CapClass, capClassOf, shortShape } from '../../src/core/names/wordShape';
import { FeatureBuffer, FeatureExtractor, sentenceFeatures, type PreparedDocument } from '../../src/core/names/featureExtractor';
import { tokenize, type Token } from '../../src/core/text/tokenizer';
import { PlaceNameMatcher, PLACE_KIND_CODE } from '../../src/core/places/placeNameMatcher';
import { ViterbiDecoder } from '../../src/core/names/viterbiDecoder';
import { isAllowedTransition, LABEL_COUNT, labelName, spansOfLabels, beginLabel, insideLabel, OUTSIDE, labelSpansInto, SpanList } from '../../src/core/names/nerLabels';
import { PerceptronModel } from '../../src/core/names/perceptronModel';
import { PerceptronTagger } from '../../src/core/names/perceptronTagger';
import { deserializeModel } from '../../src/core/names/modelFormat';
import { findNamesWithTagger, withoutPossessive } from '../../src/core/names/taggedNameFinder';
import { isTitle } from '../../src/core/names/nameLexicon';
import { defaultTagger } from '../../src/core/names/defaultTagger';
import { propagateSurnames } from '../../src/core/names/nameConsistency';
import { annotate } from '../../src/core/annotate';
import { serializeModel } from '../../scripts/train/modelWriter';
import { trainPerceptron } from '../../scripts/train/perceptronTrainer';
import { goldLabels, prepareDocuments, sentenceExamples } from '../../scripts/train/trainingExamples';
import { entitiesOfIob, readConll, renderDocument } from '../../scripts/train/conllReader';
import { SpanScorer } from '../../scripts/train/spanScoring';

const places = new PlaceNameMatcher([
  { name: 'Paris', kind: 'city' },
  { name: 'Hong Kong', kind: 'region' },
  { name: 'Bosnia and Herzegovina', kind: 'country' },
]);

/** The names found when the tagger labels exactly `words` as one-word names of the given types: the rules after tagging alone decide. */
function withNames(text: string, ...words: Array<[string, 'PER' | 'LOC' | 'ORG']>): string[] {
  const doc = analyzeText(text);
  const real = defaultTagger();
  const labels = new Int32Array(doc.tokens.length);
  for (const [word, type] of words) doc.tokens.forEach((t, i) => t.text === word && (labels[i] = beginLabel(type)));
  const tagger = { model: real.model, tag: (): Int32Array => labels } as unknown as PerceptronTagger;
  return findNamesWithTagger(doc, tagger).map((m) => `${m.type}:${m.text}`);
}

suite('name tagger: word shapes', () => {
  test('capitalization classes', () => {
    assert.equal(capClassOf('Clinton'), CapClass.Initial);
    assert.equal(capClassOf('McDonald'), CapClass.Initial);
    assert.equal(capClassOf('NATO'), CapClass.AllCaps);
    assert.equal(capClassOf('U.S.'), CapClass.AllCaps);
    assert.equal(capClassOf('I'), CapClass.SingleCap);
    assert.equal(capClassOf('iPhone'), CapClass.Mixed);
    assert.equal(capClassOf('said'), CapClass.Lower);
    assert.equal(capClassOf('1996'), CapClass.Number);
    assert.equal(capClassOf(','), CapClass.Punct);
    assert.equal(capClassOf('Élysée'), CapClass.Initial);
  });

  test('short shapes collapse runs of a class', () => {
    assert.equal(shortShape('Clinton'), 'Xx');
    assert.equal(shortShape('U.S.'), 'X.X.');
    assert.equal(shortShape('1996-08-22'), 'd-d-d');
    assert.equal(shortShape("O'Neill"), "X'Xx");
  });
});

suite('name tagger: feature extraction', () => {
  const extractor = new FeatureExtractor(new Map([['visited', 0], ['mr', 1], ['paris', 2]]), places);

  function keysOf(text: string): { doc: ReturnType<typeof analyzeText>; keys: number[][]; prepared: ReturnType<FeatureExtractor['prepare']> } {
    const doc = analyzeText(text);
    const prepared = extractor.prepare(doc);
    const keys: number[][] = doc.tokens.map(() => []);
    const buffer = new FeatureBuffer();
    for (const s of doc.sentences) {
      sentenceFeatures(prepared, s.tokenStart, s.tokenEnd, buffer);
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        keys[i] = Array.from(buffer.keys.subarray(buffer.offsets[i - s.tokenStart], buffer.offsets[i - s.tokenStart + 1]));
      }
    }
    return { doc, keys, prepared };
  }

  test('lower-case words away from capitals are not candidates and get no features', () => {
    const { doc, keys, prepared } = keysOf('Mr. Obama visited the old market in Paris today.');
    const at = (w: string): number => doc.tokens.findIndex((t) => t.text === w);
    assert.equal(prepared.candidates[at('Obama')], 1);
    assert.equal(prepared.candidates[at('Paris')], 1);
    assert.equal(prepared.candidates[at('market')], 0);
    assert.equal(keys[at('market')].length, 0);
    assert.ok(keys[at('Obama')].length > 20);
    // "the" sits between "visited" (lower) and "old": no capital within two tokens.
    assert.equal(prepared.candidates[at('the')], 0);
  });

  test("the full stop of 'Mr.' is skipped: 'Mr. Obama' has the features of 'Mr Obama'", () => {
    const dotted = keysOf('Mr. Obama spoke.');
    const plain = keysOf('Mr Obama spoke.');
    const obama = (r: ReturnType<typeof keysOf>): number[] => r.keys[r.doc.tokens.findIndex((t) => t.text === 'Obama')];
    assert.deepEqual(obama(dotted), obama(plain));
    assert.equal(dotted.prepared.candidates[1], 0, 'the dot is no candidate');
  });

  test('connectors between capitalized words are candidates, and gazetteer names are marked', () => {
    const { doc, prepared } = keysOf('Talks in Bosnia and Herzegovina and Hong Kong ended.');
    const at = (w: string, from = 0): number => doc.tokens.findIndex((t, i) => i >= from && t.text === w);
    const bosnia = at('Bosnia');
    assert.equal(prepared.candidates[bosnia + 1], 1, '"and" between two capitals');
    assert.equal(prepared.placeTags[bosnia], (PLACE_KIND_CODE.country << 1) | 1, 'begins a country name');
    assert.equal(prepared.placeTags[bosnia + 2], PLACE_KIND_CODE.country << 1, 'inside it');
    const hong = at('Hong');
    assert.equal(prepared.placeTags[hong], (PLACE_KIND_CODE.region << 1) | 1);
    assert.equal(prepared.placeTags[hong + 1], PLACE_KIND_CODE.region << 1);
    assert.equal(prepared.placeTags[at('ended')], 0);
  });

  test('a capital means less at a sentence start and in headlines: the contexts differ', () => {
    const mid = keysOf('They met Paris officials.');
    const start = keysOf('Paris officials met them.');
    const headline = keysOf('PARIS OFFICIALS MEET');
    const paris = (r: ReturnType<typeof keysOf>): number => r.doc.tokens.findIndex((t) => /^paris$/i.test(t.text));
    assert.equal(mid.prepared.context[paris(mid)], 0);
    assert.equal(start.prepared.context[paris(start)], 1);
    assert.equal(headline.prepared.context[paris(headline)], 2);
    const titleCase = keysOf('Hillary Clinton Was Headed to Paris');
    assert.equal(titleCase.prepared.context[0], 3, 'title-case headline');
    assert.notDeepEqual(new Set(mid.keys[paris(mid)]), new Set(start.keys[paris(start)]));
  });

  test('features are a pure function of the text (same keys on a second run)', () => {
    const a = keysOf('Chinese President Xi Jinping met Antony Blinken.');
    const b = keysOf('Chinese President Xi Jinping met Antony Blinken.');
    assert.deepEqual(a.keys, b.keys);
  });

  test('the document-level evidence: a word used in lower case elsewhere', () => {
    const r = keysOf('Bush spoke. The bush burned.');
    assert.equal(r.prepared.docBits[0] & 1, 1, '"bush" occurs in lower case in the document');
  });

  test('evidence kept paragraph by paragraph equals the whole text\'s, across edits', () => {
    // The incremental annotator hands prepare() each paragraph's token list from a memo:
    // the same list for the same paragraph text, whatever changed around it.
    const lists = new Map<string, readonly Token[]>();
    const byParagraph = (p: string): readonly Token[] => {
      let list = lists.get(p);
      if (!list) {
        list = tokenize(p);
        lists.set(p, list);
      }
      return list;
    };
    const plain = (p: PreparedDocument): unknown => ({
      words: p.profiles.map((w) => w.lower),
      context: [...p.context],
      docBits: [...p.docBits],
      candidates: [...p.candidates],
      skip: [...p.skip],
      placeTags: [...p.placeTags],
    });
    const versions = [
      'PARIS VISIT\nMr. Obama visited Paris. He said "Paris" was fine.\nOBAMA LEAVES PARIS. "\nNext day, Visited Rome.',
      // The third paragraph is unchanged but its sentences are not: a lower-case start
      // after it makes its full stop no sentence end, so the closing mark joins the headline.
      'PARIS VISIT\nMr. Obama visited Paris. He said "Paris" was fine.\nOBAMA LEAVES PARIS. "\nnext day, Visited Rome.',
      // "visited" now occurs in lower case, which changes the document bits of "Visited".
      'PARIS VISIT\nMr. Obama visited Paris. He said "Paris" was fine.\nOBAMA LEAVES PARIS. "\nnext day, visited Rome.',
    ];
    for (const text of versions) {
      const kept = analyzeText(text, { tokensOf: byParagraph });
      assert.ok(kept.paragraphTokens, 'the paragraph path is taken');
      assert.deepEqual(plain(extractor.prepare(kept)), plain(extractor.prepare(analyzeText(text))));
    }
  });
});

suite('name tagger: labels and decoder', () => {
  test('BIO transitions and spans', () => {
    assert.equal(LABEL_COUNT, 9);
    assert.equal(labelName(beginLabel('LOC')), 'B-LOC');
    assert.ok(!isAllowedTransition(OUTSIDE, insideLabel('PER')));
    assert.ok(!isAllowedTransition(beginLabel('ORG'), insideLabel('PER')));
    assert.ok(isAllowedTransition(beginLabel('PER'), insideLabel('PER')));
    const labels = [beginLabel('PER'), insideLabel('PER'), OUTSIDE, beginLabel('LOC'), beginLabel('LOC'), insideLabel('LOC')];
    assert.deepEqual(spansOfLabels(labels), [
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 6, type: 'LOC' },
    ]);
  });

  test('spans of a range of labels, appended to a reused list that grows', () => {
    const list = new SpanList();
    list.push(100, 101, 'MISC');
    // A stray I-ORG opens a span; a type change closes one; the range's end closes the last.
    const labels = [beginLabel('PER'), insideLabel('ORG'), insideLabel('ORG'), insideLabel('LOC'), OUTSIDE, beginLabel('PER'), insideLabel('PER')];
    labelSpansInto(labels, 1, 6, list);
    const listed = (l: SpanList): [number, number, string][] => Array.from({ length: l.count }, (_, k) => [l.starts[k], l.ends[k], l.types[k]]);
    assert.deepEqual(listed(list), [[100, 101, 'MISC'], [1, 3, 'ORG'], [3, 4, 'LOC'], [5, 6, 'PER']]);
    // Forty one-token names: past the list's first capacity, nothing lost.
    const many = Array.from({ length: 40 }, (_, i) => beginLabel(i % 2 ? 'LOC' : 'PER'));
    list.clear();
    labelSpansInto(many, 0, many.length, list);
    assert.equal(list.count, 40);
    assert.deepEqual(listed(list), many.map((_, i) => [i, i + 1, i % 2 ? 'LOC' : 'PER']));
  });

  test('IOB1 (CoNLL) and IOB2 tags give the same entities', () => {
    assert.deepEqual(entitiesOfIob(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC']), [
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'LOC' },
    ]);
    assert.deepEqual(entitiesOfIob(['B-ORG', 'I-ORG', 'I-MISC']), [
      { start: 0, end: 2, type: 'ORG' },
      { start: 2, end: 3, type: 'MISC' },
    ]);
  });

  function bruteForce(emissions: number[], transitions: number[], n: number, L: number): number {
    let best = -Infinity;
    const path = new Array<number>(n).fill(0);
    const visit = (i: number, score: number): void => {
      if (i === n) {
        best = Math.max(best, score);
        return;
      }
      for (let y = 0; y < L; y++) {
        const prev = i === 0 ? -1 : path[i - 1];
        if (!isAllowedTransition(prev < 0 ? OUTSIDE : prev, y)) continue;
        path[i] = y;
        visit(i + 1, score + transitions[(prev + 1) * L + y] + emissions[i * L + y]);
      }
    };
    visit(0, 0);
    return best;
  }

  function pathScore(path: ArrayLike<number>, emissions: number[], transitions: number[], L: number): number {
    let s = 0;
    for (let i = 0; i < path.length; i++) s += transitions[((i ? path[i - 1] : -1) + 1) * L + path[i]] + emissions[i * L + path[i]];
    return s;
  }

  test('Viterbi finds the best allowed path (checked against brute force)', () => {
    const L = LABEL_COUNT;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 2 ** 31 }), (n, seed) => {
        let x = seed || 1;
        const rand = (): number => ((x = (x * 48271) % 2147483647) / 2147483647) * 4 - 2;
        const emissions = Array.from({ length: n * L }, rand);
        const transitions = Array.from({ length: (L + 1) * L }, rand);
        const out = new Int32Array(n);
        new ViterbiDecoder(L).decode(emissions, transitions, n, out);
        for (let i = 0; i < n; i++) assert.ok(isAllowedTransition(i ? out[i - 1] : OUTSIDE, out[i]));
        assert.ok(Math.abs(pathScore(out, emissions, transitions, L) - bruteForce(emissions, transitions, n, L)) < 1e-9);
      }),
      { numRuns: 60 },
    );
  });

  test('decoding runs between forced-O tokens equals decoding the sentence whole', () => {
    const L = LABEL_COUNT;
    const n = 7;
    let x = 12345;
    const rand = (): number => ((x = (x * 48271) % 2147483647) / 2147483647) * 4 - 2;
    const emissions = Array.from({ length: n * L }, rand);
    for (const i of [2, 5]) for (let y = 1; y < L; y++) emissions[i * L + y] = -Infinity;
    const transitions = Array.from({ length: (L + 1) * L }, rand);
    const decoder = new ViterbiDecoder(L);
    const whole = new Int32Array(n);
    decoder.decode(emissions, transitions, n, whole);
    const runs = new Int32Array(n);
    decoder.decodeRun(emissions, 0, transitions, 2, -1, true, runs, 0);
    decoder.decodeRun(emissions, 3 * L, transitions, 2, OUTSIDE, true, runs, 3);
    decoder.decodeRun(emissions, 6 * L, transitions, 1, OUTSIDE, false, runs, 6);
    assert.deepEqual(Array.from(runs), Array.from(whole));
  });
});

suite('name tagger: training and the model file', () => {
  // A toy corpus written for this test: people before "said", places after "in".
  const sentences = [
    ['Anna Berg said she arrived in Oslo on Monday .', [[0, 2, 'PER'], [6, 7, 'LOC']]],
    ['Carl Dunn said the talks in Lima went well .', [[0, 2, 'PER'], [6, 7, 'LOC']]],
    ['Eva Falk said prices rose in Quito last year .', [[0, 2, 'PER'], [6, 7, 'LOC']]],
    ['Gus Hahn said he stayed in Riga for a week .', [[0, 2, 'PER'], [6, 7, 'LOC']]],
  ] as const;
  const docs = sentences.map(([text, spans]) => ({
    sentences: [{ words: text.split(' '), entities: spans.map(([start, end, type]) => ({ start, end, type })) }],
  }));
  const extractor = new FeatureExtractor(new Map(['said', 'in', 'the', 'he', 'she'].map((w, i) => [w, i])), places);

  test('gold labels follow the characters of each entity', () => {
    const r = renderDocument(docs[0]);
    const doc = analyzeText(r.text);
    assert.deepEqual(Array.from(goldLabels(doc, r.entities)).slice(0, 8).map(labelName), ['B-PER', 'I-PER', 'O', 'O', 'O', 'O', 'B-LOC', 'O']);
  });

  test('the perceptron learns the toy corpus and tags an unseen sentence of the same pattern', () => {
    const training = prepareDocuments(docs.map((d, source) => ({ rendered: renderDocument(d), source })), extractor);
    const model = new PerceptronModel(12, LABEL_COUNT);
    trainPerceptron(model, sentenceExamples(training), { epochs: 5, seed: 1 });
    const tagger = new PerceptronTagger({ vocabulary: new Map(['said', 'in', 'the', 'he', 'she'].map((w, i) => [w, i])), caseClasses: new Map(), stages: [model] }, places);
    const found = findNamesWithTagger(analyzeText('Ivo Jung said he met them in Baku on Friday .'), tagger).map((m) => `${m.type}:${m.text}`);
    assert.deepEqual(found, ['PER:Ivo Jung', 'LOC:Baku']);
  });

  test('the written model reads back with every weight within 5 %', () => {
    const model = new PerceptronModel(10, LABEL_COUNT);
    let x = 7;
    for (let i = 0; i < model.weights.length; i += 3) model.weights[i] = ((x = (x * 48271) % 2147483647) / 2147483647 - 0.5) * 20;
    model.transitions[5] = -3.25;
    const back = deserializeModel(JSON.parse(JSON.stringify(serializeModel({ vocabulary: new Map([['a', 0]]), caseClasses: new Map([['the', 1]]), stages: [model] }, 'test'))));
    const w = back.stages[0].weights;
    let checked = 0;
    for (let i = 0; i < w.length; i++) {
      if (Math.abs(model.weights[i]) < 0.5) continue;
      assert.ok(Math.abs(w[i] - model.weights[i]) <= 0.05 * Math.abs(model.weights[i]), `weight ${i}: ${model.weights[i]} → ${w[i]}`);
      checked++;
    }
    assert.ok(checked > 1000);
    assert.equal(back.stages[0].transitions[5], -3.25);
    assert.equal(back.caseClasses.get('the'), 1);
  });
});

suite('name tagger: the shipped model on sentences written for these tests', () => {
  const names = (text: string): string[] => findNamesWithTagger(analyzeText(text)).map((m) => `${m.type}:${m.text}`);

  test('titles stay out of person mentions but are kept for the speaker resolver', () => {
    const mentions = findNamesWithTagger(analyzeText('Chinese President Xi Jinping met Secretary of State Antony Blinken in Beijing on Monday.'));
    const xi = mentions.find((m) => m.text === 'Xi Jinping');
    const blinken = mentions.find((m) => m.text === 'Antony Blinken');
    assert.equal(xi?.type, 'PER');
    assert.equal(xi?.title, 'President');
    assert.equal(blinken?.type, 'PER');
    assert.equal(blinken?.title, 'Secretary of State');
    assert.ok(mentions.some((m) => m.type === 'LOC' && m.text === 'Beijing'));
  });

  test('a capitalised word after an honorific is a surname, even a title word: "Mr. King", "Mrs. Bishop"; not an office: "Mr. Speaker"', () => {
    const found = (text: string): string[] => findNamesWithTagger(analyzeText(text)).map((m) => `${m.type}:${m.text}:${m.title ?? ''}`);
    assert.deepEqual(found('Mr King said no to Mrs. Bishop and Dr. Judge.'), ['PER:King:Mr', 'PER:Bishop:Mrs.', 'PER:Judge:Dr.']);
    assert.deepEqual(found('Mr. Speaker, the bill failed.').filter((m) => m.startsWith('PER')), []);
  });

  test('"chairman of Mrs. Clinton\'s campaign": the honorific is the title, not the words before "of"', () => {
    const mentions = findNamesWithTagger(analyzeText("John Podesta, the chairman of Mrs. Clinton's campaign, spoke."));
    const clinton = mentions.find((m) => m.text === 'Clinton');
    assert.equal(clinton?.title, 'Mrs.');
  });

  test('religious and military ranks are titles too: "Mullah Mohammed Omar" is Mohammed Omar', () => {
    const omar = findNamesWithTagger(analyzeText('The Taliban leader Mullah Mohammed Omar was not seen.')).find((m) => m.type === 'PER');
    assert.equal(omar?.text, 'Mohammed Omar');
    assert.ok(omar?.title?.endsWith('Mullah'), omar?.title);
  });

  test('a time zone is no name: "Eastern Standard Time", "Pacific Time"', () => {
    const found = names('Polls close at 8 p.m. Eastern Standard Time in Ohio and at 11 p.m. Pacific Time in California.');
    assert.ok(!found.some((n) => n.endsWith('Time')), found.join(', '));
    assert.ok(found.includes('LOC:Ohio') && found.includes('LOC:California'), found.join(', '));
  });

  test('"Hall of Famer Dick Butkus", "Majority Whip Steve Scalise": titles, not given names', () => {
    assert.ok(names('He praised Hall of Famer Dick Butkus on Sunday.').includes('PER:Dick Butkus'));
    assert.ok(names('House Majority Whip Steve Scalise said no.').includes('PER:Steve Scalise'));
  });

  test('a possessive ends a person\'s name: "Hillary Clinton’s super PACs" is Hillary Clinton', () => {
    const found = names('Donors to Hillary Clinton’s super PACs gave millions, and Alan Patricof’s Hamptons home was full.');
    assert.ok(found.includes('PER:Hillary Clinton') && found.includes('PER:Alan Patricof'), found.join(', '));
    assert.ok(!found.some((n) => /PACs|Hamptons/.test(n) && n.startsWith('PER')), found.join(', '));
  });

  test('a state\'s postal code after a town and a comma is a place: "Tulsa, OK"; "OK, he said" is nothing', () => {
    assert.ok(names('The rally in Tulsa, OK drew thousands.').includes('LOC:OK'));
    assert.deepEqual(names('OK, he said.'), []);
  });

  test('one of a group or a nationality is no person: "a Hispanic", "an American"', () => {
    for (const word of ['Hispanic', 'Muslim', 'American', 'Democrat']) assert.ok(isGroupMember(word), word);
    assert.ok(!isGroupMember('Maddow') && !isGroupMember('Clinton'));
    assert.ok(!names('A Muslim woman and a Hispanic man spoke in Nice.').some((n) => /^(?:PER|LOC):.*(?:Muslim|Hispanic)/.test(n)));
  });

  test("possessive 's is excluded and 'Mr.' is a title", () => {
    assert.deepEqual(names("Mr. Obama praised Angela Merkel's plan."), ['PER:Obama', 'PER:Angela Merkel']);
  });

  test('organizations are never places; "Hong Kong-based" gives the place alone', () => {
    const text = 'Reporters for the Hong Kong-based South China Morning Post spoke to students at Peking University.';
    const found = names(text);
    assert.ok(found.includes('LOC:Hong Kong'), found.join());
    assert.ok(found.includes('ORG:South China Morning Post'), found.join());
    assert.ok(found.includes('ORG:Peking University'), found.join());
    const a = annotate(text);
    assert.deepEqual(a.places.map((p) => p.name), ['Hong Kong']);
  });

  test('one span of labels across a semicolon, a bracket and "and" between organizations is cut into its names', () => {
    // A tagger that labels every token of the text as one span of the given type, so
    // that only the refining of that span decides the mentions.
    const oneSpan = (text: string, type: 'PER' | 'ORG'): string[] => {
      const doc = analyzeText(text);
      const real = defaultTagger();
      const tagger = {
        model: real.model,
        tag: (d: typeof doc): Int32Array => Int32Array.from(d.tokens, (_, i) => (i === 0 ? beginLabel(type) : insideLabel(type))),
      } as unknown as PerceptronTagger;
      return findNamesWithTagger(doc, tagger).map((m) => `${m.type}:${m.text}`);
    };
    assert.deepEqual(oneSpan('Ralph Northam; Tim Kaine', 'PER'), ['PER:Ralph Northam', 'PER:Tim Kaine']);
    // An empty piece between two splitters ("; (") gives nothing.
    assert.deepEqual(oneSpan('Ralph Northam; (Tim Kaine)', 'PER'), ['PER:Ralph Northam', 'PER:Tim Kaine']);
    assert.deepEqual(oneSpan('South China Morning Post and Peking University', 'ORG'), ['ORG:South China Morning Post', 'ORG:Peking University']);
  });

  test('a place followed by words ending in an organization\'s word opens that organization: "USA TODAY", "the Des Moines Register"', () => {
    // A tagger that labels only the place names it is given, so that the rule alone decides.
    const withPlaces = (text: string, ...placeNames: string[]): string[] => {
      const doc = analyzeText(text);
      const real = defaultTagger();
      const labels = new Int32Array(doc.tokens.length);
      for (const place of placeNames) {
        const at = text.indexOf(place);
        doc.tokens.forEach((t, i) => {
          if (t.start >= at && t.end <= at + place.length) labels[i] = t.start === at ? beginLabel('LOC') : insideLabel('LOC');
        });
      }
      const tagger = { model: real.model, tag: (): Int32Array => labels } as unknown as PerceptronTagger;
      return findNamesWithTagger(doc, tagger).map((m) => `${m.type}:${m.text}`);
    };
    assert.deepEqual(withPlaces('The mayor told USA TODAY that the school would reopen.', 'USA'), ['ORG:USA TODAY']);
    assert.deepEqual(withPlaces('A teacher at Sandy Hook Elementary School in Newtown spoke.', 'Sandy Hook', 'Newtown'), ['ORG:Sandy Hook Elementary School', 'LOC:Newtown']);
    // A place read to a newspaper's last word is the paper.
    assert.deepEqual(withPlaces('An editorial in the Des Moines Register backed the governor.', 'Des Moines Register'), ['ORG:Des Moines Register']);
    // Not a place's own organization, nor the title of the one after it, nor a headline's words.
    assert.deepEqual(withPlaces("Germany's Green Party and the Soviet Union were discussed at length.", "Germany's", 'Soviet Union'), ['LOC:Germany', 'LOC:Soviet Union']);
    assert.deepEqual(withPlaces('Florida Sen. Marco Rubio spoke about the budget yesterday.', 'Florida'), ['LOC:Florida']);
    assert.deepEqual(withPlaces('Ohio Voters Spell Bad News For Clinton', 'Ohio'), ['LOC:Ohio']);
  });

  test('the plural of a title\'s abbreviation before two names is a title, not a person: "Sens. Mike Crapo and Jim Risch"', () => {
    const mentions = findNamesWithTagger(analyzeText('Take the two Republican Sens. Mike Crapo and Jim Risch of Idaho.'));
    assert.deepEqual(mentions.filter((m) => m.type === 'PER').map((m) => `${m.text}:${m.title ?? ''}`), ['Mike Crapo:Republican Sens.', 'Jim Risch:']);
    for (const yes of ['Sens.', 'Reps.', 'Govs.']) assert.ok(isTitle({ text: yes }), yes);
  });

  test('a common word standing alone in a quoted title or ending a longer name is no name: "Women in Power", “This Week,”, "Right to Rise"', () => {
    assert.deepEqual(withNames('She gave an interview for the series "Women in Power," answering questions.', ['Power', 'LOC']), []);
    assert.deepEqual(withNames('Speaking on ABC’s “This Week,” the senator said no.', ['ABC’s', 'ORG'], ['Week', 'PER']), ['ORG:ABC']);
    // Nor a common word ending a longer capitalized name, unquoted; a name of its own before it keeps it.
    assert.deepEqual(withNames('The waiver frees states from No Child Left Behind, which Congress rewrote.', ['Behind', 'ORG']), []);
    assert.deepEqual(withNames('Ads by Right to Rise ran all week.', ['Rise', 'LOC']), []);
    assert.deepEqual(withNames('It was a war between Nazi Germany and the Allies, he wrote.', ['Germany', 'LOC'], ['Allies', 'ORG']), ['LOC:Germany', 'ORG:Allies']);
    assert.deepEqual(withNames('While Will praised the plan, others did not.', ['Will', 'PER']), ['PER:Will']);
    // A name in a quoted sentence, or a word the news writes capitalized, stays.
    assert.deepEqual(withNames('He said "Washington is broken" today.', ['Washington', 'LOC']), ['LOC:Washington']);
    assert.deepEqual(withNames('The crowd chanted "Bernie, Bernie" outside.', ['Bernie', 'PER']), ['PER:Bernie', 'PER:Bernie']);
  });

  test('a common word opening a sentence or a clause before a lower-case word is no organization: "Additional reporting by"', () => {
    assert.deepEqual(withNames('Reporting by Jane Smith; Additional reporting by Tom Jones.', ['Additional', 'ORG']), []);
    assert.deepEqual(withNames('Standing in front of the crowd, she waved.', ['Standing', 'LOC']), []);
    // An acronym, and a person, stay: "CREW said", "Will wrote".
    assert.deepEqual(withNames('CREW said the filing was late. Will wrote that it was.', ['CREW', 'ORG'], ['Will', 'PER']), ['ORG:CREW', 'PER:Will']);
  });

  test('title words in any case, with or without a full stop against them', () => {
    const title = (text: string): boolean => isTitle({ text });
    for (const yes of ['Senator', 'SENATOR', 'senator', 'Gov.', 'gov.', 'U.S.']) assert.ok(title(yes), yes);
    for (const no of ['Smith', 'Senators', '.', '', 'Gov..', 'Sen-', 'İ', 'u.s']) assert.ok(!title(no), no);
  });

  test('no mention runs across brackets; a party affiliation gives the state', () => {
    assert.deepEqual(names('Rep. Bobby Scott (D-Va.) and Sen. Tim Kaine spoke.'), ['PER:Bobby Scott', 'LOC:Va.', 'PER:Tim Kaine']);
  });

  test('people named by faith, party or origin are a group, not a person', () => {
    const a = annotate("They don't want to think we're blaming Muslims, we're blaming Mexicans or Democrats.");
    assert.deepEqual(a.people.map((p) => p.name), []);
  });

  test('a thing named after a person ("Obamacare", "Trumpism") is not that person', () => {
    const names = (text: string): string[] => findNamesWithTagger(analyzeText(text)).filter((m) => m.type === 'PER').map((m) => m.text);
    // The tagger alone reads both "Obamacare"s as a person.
    for (const text of ['During the rally, the former president said Obamacare is causing premiums to rise.', 'Bill Clinton calls Obamacare ‘crazy system’ during campaign stop.']) {
      assert.ok(!names(text).some((n) => /care$|ism$/u.test(n)), `${text}: ${names(text).join(', ')}`);
    }
  });

  test('a demonym is no place', () => {
    const a = annotate('Chinese officials said the talks would continue.');
    assert.equal(a.places.length, 0);
  });
});

suite('name tagger: one reading of a name per article', () => {
  test("a full name's surname marks the later mentions, whatever the tagger made of them", () => {
    const text = 'Gennifer Flowers will come. Asked why, Flowers smiled. FLOWERS SPEAKS. The flowers wilted.';
    const doc = analyzeText(text);
    const at = (w: string, from = 0): number => text.indexOf(w, from);
    const mentions = propagateSurnames(doc, [
      { start: 0, end: 16, text: 'Gennifer Flowers', type: 'PER' },
      { start: at('FLOWERS'), end: at('FLOWERS') + 7, text: 'FLOWERS', type: 'ORG' },
    ], withoutPossessive);
    assert.deepEqual(mentions.map((m) => `${m.type}:${m.text}@${m.start}`), [
      'PER:Gennifer Flowers@0',
      `PER:Flowers@${at('Flowers smiled')}`,
      `PER:FLOWERS@${at('FLOWERS')}`,
    ]);
  });
});

suite('name tagger: one reading of a name per article (function words)', () => {
  test('a function word the tagger ran into a name is no surname: "a standing O. The problem" makes no other "The" a person', () => {
    const text = 'It ended in a standing O. The problem remained. The crowd left.';
    const doc = analyzeText(text);
    const at = text.indexOf('O. The');
    const mentions = propagateSurnames(doc, [{ start: at, end: at + 6, text: 'O. The', type: 'PER' }], withoutPossessive);
    assert.deepEqual(mentions.map((m) => m.text), ['O. The']);
  });
});

suite('name tagger: one reading of a name per article (titles)', () => {
  test('a surname after a person\'s title marks the other mentions when the full name is never given', () => {
    const text = 'Mr. Trump spoke. We are not looking at Trump today.';
    const doc = analyzeText(text);
    const at = text.lastIndexOf('Trump');
    const mentions = propagateSurnames(doc, [
      { start: 4, end: 9, text: 'Trump', type: 'PER', title: 'Mr.' },
      { start: at, end: at + 5, text: 'Trump', type: 'LOC' },
    ], withoutPossessive);
    assert.deepEqual(mentions.map((m) => `${m.type}:${m.text}@${m.start}`), ['PER:Trump@4', `PER:Trump@${at}`]);
    // Without a title, a one-word person mention says too little to overrule the tagger.
    const untitled = propagateSurnames(doc, [
      { start: 4, end: 9, text: 'Trump', type: 'PER' },
      { start: at, end: at + 5, text: 'Trump', type: 'LOC' },
    ], withoutPossessive);
    assert.deepEqual(untitled.map((m) => m.type), ['PER', 'LOC']);
  });
});

suite('name tagger: CoNLL-2003 dev file (needs ../shared/data)', () => {
  const dev = join(__dirname, '..', '..', '..', 'shared', 'data', 'conll2003', 'eng.testa');

  test('F1 on the first 60 documents of eng.testa is at least 0.88', function () {
    if (!existsSync(dev)) {
      console.log(`      skipped: ${dev} is absent (the corpora live in ../shared/data)`);
      this.skip();
    }
    const scorer = new SpanScorer(['PER', 'LOC', 'ORG']);
    for (const d of readConll(dev).slice(0, 60)) {
      const r = renderDocument(d);
      scorer.add(r.entities, findNamesWithTagger(analyzeText(r.text)));
    }
    const f1 = scorer.scores().ALL.f1;
    assert.ok(f1 >= 0.88, `F1 ${f1.toFixed(4)}`);
  });
});

suite('names: plural acronyms', () => {
  test('"NDAs", "CEOs", "MPs" name nobody; "FBI", "EPA" still name organizations', () => {
    const a = annotate('Workers signed NDAs and the CEOs of three firms met MPs. The FBI and the EPA opened inquiries.');
    const names = [...a.people, ...a.organizations, ...a.places].map((e) => e.name);
    for (const plural of ['NDAs', 'CEOs', 'MPs']) assert.ok(!names.includes(plural), `${plural} in ${JSON.stringify(names)}`);
    assert.ok(names.includes('FBI') && names.includes('EPA'), JSON.stringify(names));
  });

  test('a wire story\'s credit line names its reporters and no place: "Reporting by …; Editing by …"', () => {
    const found = findNamesWithTagger(analyzeText('Talks resumed in Brussels.\n\nReporting by Jan Strupczewski; Editing by Alex Richardson'));
    assert.deepEqual(found.filter((m) => m.type !== 'PER').map((m) => m.text), ['Brussels']);
  });

  test('a name set off by commas before a verb of speech is the person speaking: "Her shadow, Mel Stride, said"', () => {
    const found = findNamesWithTagger(analyzeText('Her Conservative shadow, Mel Stride, said the plan would fail.'));
    assert.deepEqual(found.filter((m) => m.text === 'Mel Stride').map((m) => m.type), ['PER']);
    // An institution speaks by its place without the commas.
    const house = findNamesWithTagger(analyzeText('Later, the White House said it would wait.'));
    assert.ok(!house.some((m) => m.text === 'White House' && m.type === 'PER'), JSON.stringify(house));
  });

  test('a name right after a lower-case word for a role is that person: "City manager Pep Guardiola"', () => {
    const people = (t: string): string[] => findNamesWithTagger(analyzeText(t)).filter((m) => m.type === 'PER').map((m) => m.text);
    assert.ok(people('City manager Pep Guardiola praised his striker.').includes('Pep Guardiola'));
    // A building or an institution after the role word stays what it is.
    assert.ok(!people('A senior official White House aides trust said no.').includes('White House'));
  });

  test('a lower-case role word inside a name parts the body from the person: "City boss Pep Lijnders"', () => {
    const names = findNamesWithTagger(analyzeText('City boss Pep Lijnders told reporters he was pleased.')).map((m) => `${m.type}:${m.text}`);
    assert.ok(names.includes('PER:Pep Lijnders'), JSON.stringify(names));
    assert.ok(!names.some((n) => n.includes('boss')), JSON.stringify(names));
  });

  test('a role\'s acronym names no organization: "the MP added"', () => {
    const names = findNamesWithTagger(analyzeText('Labour MP Ann Lee backed the bill. "It is overdue," the MP added.')).map((m) => `${m.type}:${m.text}`);
    assert.ok(!names.some((n) => n.endsWith(':MP')), JSON.stringify(names));
    assert.ok(names.includes('PER:Ann Lee'), JSON.stringify(names));
  });

  test('Irish and Indian titles stay out of the name: "Taoiseach Seán Kelly", "Shri Ravi Kumar"', () => {
    const people = (t: string): string[] => findNamesWithTagger(analyzeText(t)).filter((m) => m.type === 'PER').map((m) => m.text);
    assert.deepEqual(people('Taoiseach Seán Kelly met the unions on Monday.'), ['Seán Kelly']);
    assert.deepEqual(people('Shri Ravi Kumar, the Union Home Minister, spoke in Delhi.'), ['Ravi Kumar']);
  });

  test('a name set off by commas after a word for kin or a role is a person: "His wife, Lorna, was"', () => {
    const names = findNamesWithTagger(analyzeText('His wife, Lorna, was at his side.')).map((m) => `${m.type}:${m.text}`);
    assert.deepEqual(names, ['PER:Lorna']);
  });

  test('a name followed by an age set off by commas is a person: "Hughes, 51, had"', () => {
    const names = findNamesWithTagger(analyzeText('The court heard that Hughes, 51, had hidden the money.')).map((m) => `${m.type}:${m.text}`);
    assert.deepEqual(names, ['PER:Hughes']);
    // A year is no age: "Paris, 2015," stays what the tagger made of it.
    const year = findNamesWithTagger(analyzeText('The deal struck in Paris, 2015, still holds.')).map((m) => `${m.type}:${m.text}`);
    assert.ok(!year.includes('PER:Paris'), JSON.stringify(year));
  });
  test('a party before a name is no part of it, as a title is not: "Ranking Democrat Lucia M. Alvarez"', () => {
    const people = findNamesWithTagger(analyzeText('Ranking Democrat Lucia M. Alvarez (Ore.) is waiting for the records.')).filter((m) => m.type === 'PER').map((m) => m.text);
    assert.deepEqual(people, ['Lucia M. Alvarez']);
  });

  test('a known place in capitals opening a dateline is that place: "DENVER (AP) —", "DECATUR, Ill. —"; a kicker\'s "UN:" is not read as one', () => {
    const names = (text: string): string[] => findNamesWithTagger(analyzeText(text)).map((m) => `${m.type}:${m.text}`);
    assert.ok(names('DENVER (AP) — The Latest on the campaign on Super Tuesday (all times local).').includes('LOC:DENVER'));
    assert.ok(names('DECATUR, Ill. — The plant will close next year, the company said.').includes('LOC:DECATUR'));
    assert.ok(!names('UN: PEACEKEEPERS PAID FOR SEX, REPORT SAYS').includes('LOC:UN'));
  });

  test('a word news writes in lower case, opening a sentence before a name, is no part of it: "Even Rendell", "Will Sanders …?"', () => {
    const people = (text: string): string[] => findNamesWithTagger(analyzeText(text)).filter((m) => m.type === 'PER').map((m) => m.text);
    assert.deepEqual(people('Game over: Will Sanders quit the race?'), ['Sanders']);
    assert.deepEqual(people('Despite Santilli’s pleas, the group stayed.'), ['Santilli']);
    assert.deepEqual(people('April Mellody, 41, said she would stay.'), ['April Mellody']);
  });

  test('a hyphen with spaces around it is a dash between names: "Deborah Reynolds - Santilli\'s girlfriend - told"', () => {
    const people = findNamesWithTagger(analyzeText("In an interview, Deborah Jordan Reynolds - Santilli's girlfriend - told The Post that she had left.")).filter((m) => m.type === 'PER').map((m) => m.text);
    assert.deepEqual(people, ['Deborah Jordan Reynolds', 'Santilli']);
  });

  test('"US", "UK" without full stops are the countries, whether the tagger saw them or not; "LET US" in a headline is not', () => {
    const names = (text: string): string[] => findNamesWithTagger(analyzeText(text)).map((m) => `${m.type}:${m.text}`);
    assert.ok(names('Former US secretary of state Madeleine Albright backed her.').includes('LOC:US'));
    assert.ok(names('The Univision anchor, a US citizen, was trying to ask a question.').includes('LOC:US'));
    assert.ok(!names('LET US GO HOME, SAYS THE CROWD').some((n) => n.endsWith(':US')));
  });

  test('a wire service\'s slug is no name: "The Latest: …", "The Latest on the race"', () => {
    for (const text of ['The Latest: Voters in three towns cast the first ballots.', 'WASHINGTON (AP) — The Latest on the race for the White House.']) {
      const names = findNamesWithTagger(analyzeText(text)).map((m) => `${m.type}:${m.text}`);
      assert.ok(!names.some((n) => n.endsWith(':Latest')), `${text}: ${JSON.stringify(names)}`);
    }
  });
});
