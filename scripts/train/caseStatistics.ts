import { analyzeText } from '../../src/core/text/analyzedText';
import type { FeatureExtractor } from '../../src/core/names/featureExtractor';
import { caseClassOf } from '../../src/core/names/caseClasses';
import { CapClass } from '../../src/core/names/wordShape';

// Counts, over plain news text, how often each word is written in lower case where its
// capital would mean something (mid-sentence, outside headlines), for the case-class
// feature (src/core/names/caseClasses.ts). Unlabeled text is enough, so the counts can
// come from more and newer articles than the labeled corpus.

export function countCaseClasses(texts: Iterable<string>, extractor: FeatureExtractor, minCount = 3): Map<string, number> {
  const counts = new Map<string, [lower: number, total: number]>();
  for (const text of texts) {
    const doc = analyzeText(text);
    const prepared = extractor.prepare(doc);
    for (let i = 0; i < doc.tokens.length; i++) {
      const p = prepared.profiles[i];
      if (prepared.context[i] !== 0 || p.cap === CapClass.Punct || p.cap === CapClass.Number) continue;
      let c = counts.get(p.lower);
      if (!c) {
        c = [0, 0];
        counts.set(p.lower, c);
      }
      if (p.cap === CapClass.Lower) c[0]++;
      c[1]++;
    }
  }
  const out = new Map<string, number>();
  for (const [word, [lower, total]] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (total >= minCount && !/\d/.test(word)) out.set(word, caseClassOf(lower, total));
  }
  return out;
}
